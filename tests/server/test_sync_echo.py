"""Issue 10, item 11: a laptop does not write back the rows it just pushed (against the real server, on
SQLite and PostgreSQL), yet still takes another device's field of the same row."""

from __future__ import annotations

import datetime as dt

from app.services import participants, records
from app.sync.client import sync


def test_own_pushed_rows_are_not_written_again_but_others_fields_are(net):
    carla = net.device("carla")
    pid = net.world.participant(carla).id
    for i in range(5):
        records.add_case_note(carla, pid, subject=f"Note {i}", contact_date=dt.date.today())
    first = sync(carla, net.server.url)
    assert first.pushed >= 6
    assert first.pulled == first.applied == 0  # every row was carla's own write as she holds it: the server sent none back

    pam = net.device("pam")
    participants.update_participant(pam, pid, phone="(217) 555-0101")
    sync(pam, net.server.url)
    participants.update_participant(carla, pid, city="Peoria")  # the same row, another field, newer HLC
    sync(carla, net.server.url)
    shown = participants.get_participant(carla, pid)
    assert shown.city == "Peoria" and shown.phone == "(217) 555-0101"  # the merged row's other field arrived
