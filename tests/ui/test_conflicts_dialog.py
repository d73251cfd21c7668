"""ConflictsDialog: both values, who and when; keeping one is a synced write."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services import participants
from db.models import Conflict, OutboxEntry


def make_conflict(world, pid):
    with world.carla.write() as rec:  # as sync would have stored it
        rec.add(Conflict(participant_id=pid, table_name="participant", row_id=pid, field="phone",
                         kept_value=json.dumps("555-0222"), lost_value=json.dumps("555-0111"), kept_by="Pam Manager",
                         lost_by="Carla Caseworker", kept_hlc="001795600000000-00000-dev2", lost_hlc="001795599000000-00000-dev1"))


def test_dialog_shows_both_values_and_keeping_the_lost_one_writes_it_back(qtbot, world, tmp_path):
    from ui.dialogs.conflicts import ConflictsDialog

    pid = world.participant(phone="555-0222").id
    make_conflict(world, pid)
    dialog = ConflictsDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.proxy
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[:5] == ["José Ñúñez", "Profile", "Phone", "555-0222", "Pam Manager"]
    assert cells[6:8] == ["555-0111", "Carla Caseworker"]
    assert (cells[5], cells[8]) == ("11/25/2026 09:46", "11/25/2026 09:30")  # from the HLCs (UTC)
    dialog.grab().save(str(tmp_path / "conflicts.png"))

    with world.carla.read() as s:
        before = len(list(s.scalars(select(OutboxEntry))))
    qtbot.mouseClick(dialog.keep_lost_button, Qt.LeftButton)
    assert participants.get_participant(world.carla, pid).phone == "555-0111"
    assert model.rowCount() == 0 and not dialog.keep_lost_button.isEnabled()
    with world.carla.read() as s:
        conflict = s.scalar(select(Conflict))
        ops = list(s.scalars(select(OutboxEntry)))[before:]
    assert conflict.resolved and conflict.resolution == "lost"
    assert {(o.table_name, o.op) for o in ops} == {("participant", "update"), ("conflict", "update")}  # both sync


def test_keeping_the_kept_value_changes_nothing_but_the_conflict(qtbot, world):
    from ui.dialogs.conflicts import ConflictsDialog

    pid = world.participant(phone="555-0222").id
    make_conflict(world, pid)
    dialog = ConflictsDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.keep_kept_action.trigger()
    assert participants.get_participant(world.carla, pid).phone == "555-0222"
    assert dialog.proxy.rowCount() == 0


def test_resolving_twice_says_so(qtbot, world):
    from app.errors import ValidationError
    from app.services import conflicts

    pid = world.participant().id
    make_conflict(world, pid)
    [view] = conflicts.list_conflicts(world.carla)
    conflicts.resolve_conflict(world.carla, view.id, "kept")
    for keep, message in (("kept", "already resolved"), ("maybe", "Choose which value to keep")):
        try:
            conflicts.resolve_conflict(world.carla, view.id, keep)
        except ValidationError as exc:
            assert message in str(exc) and exc.problems[0].field == "keep"
        else:
            raise AssertionError("no error")
