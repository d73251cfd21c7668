"""The pull that answers from row JSON stored at push time (issue 10 / 17) keeps the feed's scope: raw HTTP as
another organization's caseworker, a participant account of another plan and a revoked token, on both backends."""
from __future__ import annotations

from app.server import cli
from tests.server.raw import RawDevice, op

PAT = "01000000-0000-7000-8000-0000000000aa"


def test_the_stored_rows_reach_only_the_devices_in_scope_and_stay_current(net):
    carla, bob = RawDevice(net.server.url, "carla"), RawDevice(net.server.url, "bob")
    person = op("participant", {"first_name": "Ana", "last_name": "Ruiz", "organization_id": net.world.org_a.id})
    note = op("case_note", {"contact_date": "2026-01-05", "subject": "Intake call", "participant_id": person["row_id"],
                            "delivery": "Saved only"})
    assert [r["status"] for r in carla.receipts(person, note)] == ["applied", "applied"]
    edit = op("case_note", {"subject": "Intake call, rescheduled"}, row_id=note["row_id"], kind="update",
              base={"subject": "Intake call"})
    assert carla.receipts(edit)[0]["status"] == "applied"

    mine = carla.pull_all()
    assert mine[("case_note", note["row_id"])]["subject"] == "Intake call, rescheduled"  # the latest row, not the first
    theirs = bob.pull_all()
    assert ("case_note", note["row_id"]) not in theirs and ("participant", person["row_id"]) not in theirs

    net.server.account("pat", "participant", PAT)  # a participant account of another plan
    assert not {key for key in RawDevice(net.server.url, "pat").pull_all() if key[1] in (note["row_id"], person["row_id"])}

    assert cli.main(["revoke", "--user", "carla", "--database-url", net.server.database_url]) == 0
    answer = carla.get("/pull", after=0)
    assert answer.status_code == 401 and answer.json()["detail"].endswith(".")
    assert "Intake" not in answer.text
    for bad in ({"after": -1}, {"after": "x"}, {"after": 10**30}):
        answer = bob.get("/pull", **bad)
        assert 400 <= answer.status_code < 500 and answer.json()["detail"], bad


def _pull_all_skipping_own(device: RawDevice) -> dict[tuple[str, str], dict]:
    rows, cursor = {}, 0
    while True:
        page = device.get("/pull", after=cursor, limit=1000, skip_own="true").json()
        rows.update({(c["table_name"], c["row"]["id"]): c["row"] for c in page["changes"]})
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return rows


def test_skip_own_only_ever_leaves_rows_out(net):
    """`skip_own` (a laptop pulls back only what others changed) narrows a device's own pull and nothing else:
    another organization's caseworker and a participant account of another plan still get none of the rows,
    a revoked token gets 401 with a sentence, and a malformed flag is a 4xx."""
    carla, bob = RawDevice(net.server.url, "carla"), RawDevice(net.server.url, "bob")
    person = op("participant", {"first_name": "Ana", "last_name": "Ruiz", "organization_id": net.world.org_a.id})
    note = op("case_note", {"contact_date": "2026-01-05", "subject": "Intake call", "participant_id": person["row_id"],
                            "delivery": "Saved only"})
    assert [r["status"] for r in carla.receipts(person, note)] == ["applied", "applied"]
    ours = {("participant", person["row_id"]), ("case_note", note["row_id"])}

    # (which own writes it leaves out is tests/server/test_sync_no_echo.py; here: what it never lets through)
    assert ours <= set(carla.pull_all())
    assert not ours & set(_pull_all_skipping_own(bob))
    net.server.account("pat", "participant", PAT)
    assert not ours & set(_pull_all_skipping_own(RawDevice(net.server.url, "pat")))

    for bad in ("maybe", "\x00", "1" * 200):
        answer = bob.get("/pull", after=0, skip_own=bad)
        assert 400 <= answer.status_code < 500 and answer.json()["detail"], bad

    assert cli.main(["revoke", "--user", "carla", "--database-url", net.server.database_url]) == 0
    answer = carla.get("/pull", after=0, skip_own="true")
    assert answer.status_code == 401 and answer.json()["detail"].endswith(".")
    assert "Intake" not in answer.text
