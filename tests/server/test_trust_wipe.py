"""A lost laptop is told to wipe itself; password guessing is throttled (raw HTTP, real server)."""
from __future__ import annotations

import httpx

from app.server.cli import main
from app.sync.protocol import WIPE_ACTION, WIPE_STATUS
from tests.conftest import PASSWORD
from tests.server.raw import RawDevice


def test_a_device_marked_to_wipe_gets_410_wipe_at_its_next_contact(net, capsys):
    lost, other = RawDevice(net.server.url, "carla", device_id="lost-laptop"), RawDevice(net.server.url, "carla", device_id="desk")
    assert main(["wipe", "--device", "lost-laptop", "--database-url", net.server.database_url]) == 0
    assert "Marked 1 device(s)" in capsys.readouterr().out
    for answer in (lost.get("/pull"), lost.push(), lost.get("/scope")):
        assert answer.status_code == WIPE_STATUS and answer.json()["action"] == WIPE_ACTION and "wiped" in answer.json()["detail"]
    again = httpx.post(f"{lost.url}/sign-in", json={"username": "carla", "password": PASSWORD, "device_id": "lost-laptop"})
    assert again.status_code == WIPE_STATUS and again.json()["action"] == WIPE_ACTION
    assert other.get("/pull").status_code == 200
    assert main(["wipe", "--device", "never-seen", "--database-url", net.server.database_url]) == 4


def test_sign_in_is_throttled_per_account(net):
    url = f"{net.server.url}/api/v1/sign-in"
    for _ in range(5):
        assert httpx.post(url, json={"username": "carla", "password": "guess", "device_id": "d"}).status_code == 401
    blocked = httpx.post(url, json={"username": "carla", "password": PASSWORD, "device_id": "d"})
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.json()["detail"]
    assert httpx.post(url, json={"username": "bob", "password": PASSWORD, "device_id": "d"}).status_code == 200
