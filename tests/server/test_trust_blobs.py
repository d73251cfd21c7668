"""Documents' files: readable only through a row in scope created by someone who had the file (raw HTTP)."""
from __future__ import annotations

import hashlib
import os

from tests.server.raw import RawDevice, op


def _person(device: RawDevice, org_id: str) -> str:
    person = op("participant", {"first_name": "Ana", "last_name": "Ruiz", "organization_id": org_id})
    assert device.receipts(person)[0]["status"] == "applied"
    return person["row_id"]


def _document(device: RawDevice, pid: str, digest: str) -> dict:
    return device.receipts(op("document", {"name": "agreement.pdf", "sha256": digest, "participant_id": pid}))[0]


def test_another_organizations_file_is_not_there_even_when_named_in_a_row(net):
    carla, bob, pam = (RawDevice(net.server.url, name) for name in ("carla", "bob", "pam"))
    data = b"%PDF-1.4 carla's participant " + os.urandom(16)
    digest = hashlib.sha256(data).hexdigest()
    nowhere = hashlib.sha256(b"never uploaded").hexdigest()
    assert _document(carla, _person(carla, net.world.org_a.id), digest)["status"] == "applied"
    assert carla.client.put(f"{carla.url}/blobs/{digest}", content=data).status_code == 204
    assert carla.client.post(f"{carla.url}/blobs/missing", json={"hashes": [digest]}).json()["hashes"] == []
    # Bob (organization B) names Carla's hash in a document of his own participant
    assert _document(bob, _person(bob, net.world.org_b.id), digest)["status"] == "applied"
    theirs, absent = bob.get(f"/blobs/{digest}"), bob.get(f"/blobs/{nowhere}")
    assert (theirs.status_code, theirs.json()) == (absent.status_code, absent.json()) == (404, {"detail": "No such file on the server."})
    assert bob.client.post(f"{bob.url}/blobs/missing", json={"hashes": [digest, nowhere]}).json()["hashes"] == [digest, nowhere]
    assert pam.get(f"/blobs/{digest}").content == data  # Carla's region: her document row is in Pam's scope
    assert carla.get(f"/blobs/{digest}").content == data
    wrong = bob.client.put(f"{bob.url}/blobs/{nowhere}", content=b"not those bytes")
    assert wrong.status_code == 422 and "SHA-256" in wrong.json()["detail"]
    assert bob.get("/blobs/not-a-hash").status_code == 422


def test_files_have_a_size_limit(net):
    net.server.restart(FIELDPLAN_SERVER_BLOB_LIMIT_MB="1")
    carla = RawDevice(net.server.url, "carla")
    big = os.urandom(1024 * 1024 + 1)
    answer = carla.client.put(f"{carla.url}/blobs/{hashlib.sha256(big).hexdigest()}", content=big)
    assert answer.status_code == 413 and "at most 1 MB" in answer.json()["detail"]
    small = b"fits"
    assert carla.client.put(f"{carla.url}/blobs/{hashlib.sha256(small).hexdigest()}", content=small).status_code == 204
    assert not net.server.rows("srv_blob", f"WHERE sha256 = '{hashlib.sha256(big).hexdigest()}'")
