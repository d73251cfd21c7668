"""Issue 10, items 8 and 12 (laptop): a participant who left the device's scope is purged after the
sync; a device marked for wipe deletes the profile's data at its next contact, having pushed nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.services import records
from app.sync import rejected
from app.sync.client import sync
from app.sync.transport import WipeOrdered
from db.models import CaseNote, Goal, OutboxEntry, Participant, UpdateLogEntry
from tests.conftest import PASSWORD

URL = "http://fake-server.test"


def _count(ws, model, **where):
    with ws.session() as s:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return s.scalar(query)


def test_a_participant_who_left_the_scope_is_purged_after_pushing(world, workspace, fake):
    moved, stays = world.participant(), world.participant(first_name="Ana", last_name="García", ssn_last4="1111")
    world.goal(moved.id)
    records.add_case_note(world.carla, moved.id, subject="Last call before the move", contact_date=dt.date.today())
    refused = records.add_case_note(
        world.carla, moved.id, subject="written after the move", contact_date=dt.date.today()
    )
    world.goal(stays.id)
    fake.scope = [stays.id]
    fake.reject = lambda op: "This participant moved to another organization." if op["row_id"] == refused.id else ""
    result = sync(world.carla, URL, password=PASSWORD)
    assert result.purged == 1
    assert "Last call before the move" in json.dumps([op["fields"] for op in fake.pushed])  # pushed first
    assert _count(workspace, Participant, id=moved.id) == 0
    for model in (Goal, CaseNote, UpdateLogEntry):
        assert _count(workspace, model, participant_id=moved.id) == 0, model
    assert _count(workspace, Participant, id=stays.id) == 1 and _count(workspace, Goal, participant_id=stays.id) == 1
    # what the server refused is kept for a person, its value with it
    views = rejected.list_rejected(world.carla)
    assert [v.row_id for v in views] == [refused.id] and "written after the move" in views[0].values
    assert fake.calls.index("GET /scope") < fake.calls.index("POST /push")  # the wipe probe, then the push ...
    assert (
        fake.calls[-1] == "GET /digest" and fake.calls.count("GET /scope") == 2
    )  # ... and the purge's scope after the pull


def test_a_server_without_scope_purges_nothing(world, workspace, fake):
    p = world.participant()
    fake.scope = None  # GET /scope answers 404 (a server of an older version)
    assert sync(world.carla, URL, password=PASSWORD).purged == 0
    assert _count(workspace, Participant, id=p.id) == 1


def test_wipe_deletes_the_profile_and_pushes_nothing(world, workspace, fake, memory_keyring):
    p = world.participant()
    records.add_case_note(world.carla, p.id, subject="Sensitive", contact_date=dt.date.today())
    sync(world.carla, URL, password=PASSWORD)
    records.add_case_note(world.carla, p.id, subject="Never sent", contact_date=dt.date.today())
    assert _count(workspace, OutboxEntry) > 0
    data_dir = workspace.data_dir
    assert any("database-key" in account for _, account in memory_keyring.store)
    fake.wipe, fake.calls = True, []
    with pytest.raises(WipeOrdered, match="wiped"):
        sync(world.carla, URL)
    assert "POST /push" not in fake.calls
    assert not any(data_dir.glob("fieldplan.db*")) and not (data_dir / "profile.json").exists()
    assert not any("database-key" in account for _, account in memory_keyring.store)
    assert "Never sent" not in json.dumps([op["fields"] for op in fake.pushed])
