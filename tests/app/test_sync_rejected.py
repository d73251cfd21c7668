"""Issue 10, item 2 (laptop): an op the server rejects is set aside with its reason and value, shown
beside the conflicts, fixed or discarded; the rest of the outbox syncs, even when the server refuses a
whole batch (the client halves it until the bad op is alone)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from app.services import records
from app.sync import rejected
from app.sync.client import sync
from app.sync.status import pending_count, rejected_count
from db.models import OutboxEntry, RejectedOp
from tests.conftest import PASSWORD

URL = "http://fake-server.test"


def _notes(world, pid, subjects):
    return [records.add_case_note(world.carla, pid, subject=s, contact_date=dt.date.today()) for s in subjects]


def test_a_rejected_op_is_set_aside_and_the_rest_syncs(world, workspace, fake):
    pid = world.participant().id
    bad, *good = _notes(world, pid, ["forbidden note", "Called about the bus pass", "Met at the library"])
    fake.reject = lambda op: (
        "You may not write this participant's plan." if "forbidden" in json.dumps(op["fields"]) else ""
    )
    result = sync(world.carla, URL, password=PASSWORD)
    assert result.rejected == 1
    assert pending_count(workspace) == 0  # nothing stuck in the outbox
    sent = {op["row_id"] for op in fake.pushed}
    assert {n.id for n in good} <= sent and bad.id not in sent
    views = rejected.list_rejected(world.carla)
    assert [(v.row_id, v.reason) for v in views] == [
        (bad.id, "rejected by the server: You may not write this participant's plan.")
    ]
    assert "forbidden note" in views[0].values and views[0].participant == "José Ñúñez"
    # a second sync does not send it again
    fake.pushed.clear()
    sync(world.carla, URL)
    assert bad.id not in {op["row_id"] for op in fake.pushed}
    assert rejected_count(workspace) == 1


def test_fix_sends_the_kept_value_again_and_discard_forgets_it(world, workspace, fake):
    pid = world.participant().id
    first, second = _notes(world, pid, ["forbidden one", "forbidden two"])
    fake.reject = lambda op: "Not in your scope." if "forbidden" in json.dumps(op["fields"]) else ""
    sync(world.carla, URL, password=PASSWORD)
    assert rejected_count(workspace) == 2
    fake.reject = lambda op: ""  # the administrator fixed the scope on the server
    by_row = {v.row_id: v.change_id for v in rejected.list_rejected(world.carla)}
    rejected.send_again(world.carla, by_row[first.id])
    rejected.discard_rejected(world.carla, by_row[second.id])
    assert rejected_count(workspace) == 0
    fake.pushed.clear()
    sync(world.carla, URL)
    sent = [op for op in fake.pushed if op["table_name"] == "case_note"]
    assert [op["row_id"] for op in sent] == [first.id] and sent[0]["fields"]["subject"] == "forbidden one"


def test_a_whole_batch_refused_is_bisected_to_the_bad_op(world, workspace, fake):
    pid = world.participant().id
    notes = _notes(world, pid, [f"Note {i}" for i in range(12)])
    bad = notes[7]
    fake.refuse_batch = lambda op: op["row_id"] == bad.id
    sync(world.carla, URL, password=PASSWORD, batch_size=40)
    sent = {op["row_id"] for op in fake.pushed}
    assert {n.id for n in notes if n is not bad} <= sent and bad.id not in sent
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        row = s.get(RejectedOp, next(v.change_id for v in rejected.list_rejected(world.carla)))
    assert row.row_id == bad.id and "at most 200 characters" in row.reason
    assert max(fake.batches) == 40 and len(fake.batches) < 3 * 12  # halving, not one op at a time


def test_conflicts_dialog_lists_rejected_ops_with_fix_and_discard(qtbot, world, workspace, fake):
    from ui.dialogs.conflicts import ConflictsDialog

    pid = world.participant().id
    _notes(world, pid, ["forbidden note"])
    fake.reject = lambda op: (
        "You may not write this participant's plan." if "forbidden" in json.dumps(op["fields"]) else ""
    )
    sync(world.carla, URL, password=PASSWORD)
    dialog = ConflictsDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.rejected
    assert panel.isVisible()
    model = panel.table.model()
    assert model.rowCount() == 1
    assert model.index(0, 3).data() == "rejected by the server: You may not write this participant's plan."
    assert "forbidden note" in model.index(0, 2).data()
    with qtbot.waitSignal(panel.open_participant) as opened:
        qtbot.mouseClick(panel.fix_button, __import__("PySide6.QtCore").QtCore.Qt.LeftButton)
    assert opened.args == [pid]
    assert model.rowCount() == 0 and not panel.isVisible() and pending_count(workspace) >= 1
