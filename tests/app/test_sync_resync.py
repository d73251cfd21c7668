"""Issue 10, item 11: one full re-sync path — for a new epoch, a cursor ahead of the server and a digest
that disagrees — pushes first, re-downloads the scope from 0 with progress, and replaces this copy."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.services import records
from app.sync.client import sync
from db.models import CaseNote, SyncState
from db.wire import to_wire
from tests.conftest import PASSWORD

URL = "http://fake-server.test"


def _feed_from(fake, workspace, model, seq_start=1):
    """The fake server's feed holds every row this laptop has of `model` (as if it had pushed them)."""
    with workspace.session() as s:
        rows = list(s.scalars(select(model)))
    columns = [c.key for c in model.__table__.columns]
    for i, row in enumerate(rows):
        fake.feed.append(
            {
                "seq": seq_start + i,
                "table_name": model.__tablename__,
                "row": {c: to_wire(getattr(row, c)) for c in columns},
            }
        )
    return rows


def test_a_digest_that_disagrees_runs_the_full_resync_and_replaces_the_copy(world, workspace, fake):
    p = world.participant()
    kept = records.add_case_note(world.carla, p.id, subject="Kept", contact_date=dt.date.today())
    gone = records.add_case_note(world.carla, p.id, subject="The server lost this one", contact_date=dt.date.today())
    sync(world.carla, URL, password=PASSWORD)
    fake.feed = [c for c in fake.feed if c["row"]["id"] != gone.id]
    _feed_from(fake, workspace, CaseNote)
    fake.feed = [c for c in fake.feed if c["row"]["id"] != gone.id]
    fake.counts = {"case_note": 5}  # the server says it holds more notes than this laptop
    stages = []
    result = sync(world.carla, URL, progress=lambda stage, done, total: stages.append(stage))
    assert result.resynced.startswith("the digest disagrees (case_note)")
    assert "resync" in stages
    with workspace.session() as s:
        ids = set(s.scalars(select(CaseNote.id)))
    assert kept.id in ids and gone.id not in ids and result.replaced == 1


def test_a_new_epoch_reuploads_then_pulls_from_zero(world, workspace, fake):
    p = world.participant()
    records.add_case_note(world.carla, p.id, subject="Before the restore", contact_date=dt.date.today())
    sync(world.carla, URL, password=PASSWORD)
    fake.epoch, fake.pushed, fake.calls = "epoch-2", [], []
    unsent = records.add_case_note(world.carla, p.id, subject="Written meanwhile", contact_date=dt.date.today())
    result = sync(world.carla, URL)
    assert result.reuploaded and "new epoch" in result.resynced
    sent = {op["row_id"] for op in fake.pushed}
    assert p.id in sent and unsent.id in sent  # every row again, and the unsent op
    assert "GET /pull" in fake.calls


def test_a_cursor_ahead_of_the_server_runs_the_same_path(world, workspace, fake):
    world.participant()
    sync(world.carla, URL, password=PASSWORD)
    with workspace.sessions.begin() as s:
        s.merge(SyncState(key="cursor", value="999999"))
    result = sync(world.carla, URL)
    assert "cursor is ahead" in result.resynced
    with workspace.session() as s:
        assert int(s.get(SyncState, "cursor").value) <= fake.seq
