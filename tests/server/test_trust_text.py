"""Text PostgreSQL cannot store (NUL, lone UTF-16 surrogates) is refused at the door with a 4xx and a
sentence on every route that takes text, on both backends; before, a NUL user name at sign-in was a 500
on PostgreSQL (schemathesis, tests/server/test_trust_schema.py)."""
from __future__ import annotations

import json

import httpx
import pytest

from tests.conftest import PASSWORD
from tests.server.raw import RawDevice

BROKEN = ["car\x00la", "car\ud800la"]


def _post_json(url: str, body: dict, **headers) -> httpx.Response:
    # json.dumps escapes a lone surrogate as \ud800 (valid JSON text) instead of failing to encode it
    return httpx.post(url, content=json.dumps(body), headers={"Content-Type": "application/json", **headers}, timeout=30)


@pytest.mark.parametrize("text", BROKEN, ids=["nul", "surrogate"])
def test_sign_in_refuses_unstorable_text_with_a_422(net, text):
    url = net.server.url + "/api/v1/sign-in"
    for field in ("username", "password", "device_id", "device_name"):
        body = {"username": "carla", "password": PASSWORD, "device_id": "laptop-1", "device_name": "Carla's laptop", field: text}
        answer = _post_json(url, body)
        assert answer.status_code == 422, (field, answer.status_code, answer.text)
        detail = answer.json()["detail"]
        assert field in detail and ("NUL" in detail or "surrogate" in detail or "unicode" in detail)
    # the server is fine afterwards: the real sign-in works
    assert _post_json(url, {"username": "carla", "password": PASSWORD, "device_id": "laptop-1"}).status_code == 200


@pytest.mark.parametrize("text", BROKEN, ids=["nul", "surrogate"])
def test_blob_hashes_refuse_unstorable_text_with_a_422(net, text):
    carla = RawDevice(net.server.url, "carla")
    answer = _post_json(carla.url + "/blobs/missing", {"hashes": ["0" * 64, text]}, Authorization=f"Bearer {carla.token}")
    assert answer.status_code == 422, answer.text
    assert "hashes" in answer.json()["detail"]


def test_the_participant_pages_refuse_a_nul_with_a_sentence(net):
    with httpx.Client(base_url=net.server.url, timeout=30) as browser:  # a real form: its CSRF cookie first
        browser.get("/p/sign-in")
        token = browser.cookies["fp_csrf"]
        answer = browser.post("/p/sign-in", data={"csrf": token, "email": "someone\x00@example.org", "password": "x"})
    assert answer.status_code == 422
    assert "Email contains a NUL or broken character" in answer.text
    answer = httpx.get(net.server.url + "/p/invite/abc%00def", timeout=30)
    assert answer.status_code == 422
    assert "Token contains a NUL or broken character" in answer.text
    log = net.server.log_path.read_text()
    assert "Traceback" not in log and "someone" not in log
