"""Issue 17: a laptop pulls back only what others changed. The server leaves a device's own writes out of its
pull (`skip_own`) when the device holds exactly the row as it stands; another device, a full re-sync (no
`skip_own`), and the same device after somebody else's change to the row still get it. Raw HTTP against a real
server, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import httpx

from app.services import participants, records
from app.sync.client import sync
from app.sync.protocol import API_PREFIX
from app.sync.transport import load_token


def _pulled(server, ctx, after: int = 0, skip_own: bool = True) -> dict[str, dict]:
    """row id → row of every change the device's token is sent from `after`."""
    token = load_token(ctx.workspace, server.url)
    rows, cursor = {}, after
    with httpx.Client(base_url=server.url + API_PREFIX, headers={"Authorization": f"Bearer {token}"}) as client:
        while True:
            params = {"after": cursor, "limit": 500, **({"skip_own": "true"} if skip_own else {})}
            page = client.get("/pull", params=params).raise_for_status().json()
            rows.update({c["row"]["id"]: c["row"] for c in page["changes"]})
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return rows


def test_a_laptops_own_pushed_rows_are_not_sent_back_but_others_changes_are(net):
    carla = net.device("carla")
    pid = net.world.participant(carla).id
    notes = [records.add_case_note(carla, pid, subject=f"Note {i}", contact_date=dt.date.today()).id for i in range(5)]
    first = sync(carla, net.server.url)
    mine = {pid, *notes}
    assert first.pushed >= 6 and first.applied == 0 and first.digest_ok
    assert not mine & set(_pulled(net.server, carla))  # skipped for carla ...
    assert mine <= set(_pulled(net.server, carla, skip_own=False))  # ... yet listed for a full re-sync
    pam = net.device("pam")
    assert mine <= set(participants_and_notes(pam, pid))  # another device gets them all

    # carla edits her participant again: still her own write over a version she holds
    cursor = first.cursor
    participants.update_participant(carla, pid, city="Springfield")
    again = sync(carla, net.server.url)
    assert again.pushed >= 1 and pid not in _pulled(net.server, carla, after=cursor)
    sync(pam, net.server.url)
    assert participants.get_participant(pam, pid).city == "Springfield"

    # pam changes carla's participant; carla, not having pulled it, edits another field of the same row: the merged
    # row holds pam's field, so it is NOT carla's copy and comes back to her
    participants.update_participant(pam, pid, phone="(217) 555-0101")
    sync(pam, net.server.url)
    participants.update_participant(carla, pid, city="Peoria")
    cursor = again.cursor
    result = sync(carla, net.server.url)
    assert pid in _pulled(net.server, carla, after=cursor)
    shown = participants.get_participant(carla, pid)
    assert shown.city == "Peoria" and shown.phone == "(217) 555-0101" and result.pulled >= 1


def participants_and_notes(ctx, pid) -> set[str]:
    return {participants.get_participant(ctx, pid).id} | {n.id for n in records.list_case_notes(ctx, pid)}
