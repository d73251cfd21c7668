"""The batched write path (new rows, Update Log and outbox rows kept and written as one Core
executemany per table; no autoflush of tables a read does not touch) writes exactly what the per-row
ORM path writes: the same demo caseload through the same services, every table compared row for row."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select, text

from app.errors import ValidationError
from app.services import goals
from db.changes import ChangeRecorder
from db.models import Goal, OutboxEntry, UpdateLogEntry
from tests.conftest import PASSWORD

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: written at the moment of writing (clock, wall time) or salted: never equal between two runs
MOMENTS = {"at", "updated_at", "created_at", "hlc", "verified_at", "password_hash"}
SALTED = re.compile(r'"(password_hash|hlc)": "[^"]*"')
#: ISO stamps, and the Update Log's displayed "MM/DD/YYYY HH:MM" (a run can cross a minute between the two caseloads)
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?|\d\d/\d\d/\d{4} \d\d:\d\d")


def _caseload(tmp_path, name: str, batched: bool, monkeypatch) -> list[tuple]:
    from app import demo
    from app.profile import create_profile

    monkeypatch.setattr(ChangeRecorder, "batched", batched)
    ws = create_profile(tmp_path / name, "admin", PASSWORD, admin_full_name="Ada Admin")
    try:
        demo.generate(ws.as_user("admin"), 6, password=PASSWORD, batch_size=4)
        with ws.engine.connect() as conn:
            raw = [dict(r) for r in conn.execute(text("SELECT * FROM sync_outbox ORDER BY seq")).mappings()]
            raw += [dict(r) for r in conn.execute(text("SELECT * FROM update_log ORDER BY rowid")).mappings()]
            for table in _data_tables():  # every other table, in the order its rows were written
                raw += [{"table": table, **r} for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY rowid")).mappings()]
    finally:
        ws.close()
    ids: dict[str, str] = {}

    def same_ids(value):
        if not isinstance(value, str):
            return value
        value = TIMESTAMP.sub("*", SALTED.sub(lambda m: f'"{m.group(1)}": "*"', value))
        return UUID.sub(lambda m: ids.setdefault(m.group(0), f"id{len(ids)}"), value)

    return [tuple((k, same_ids(v)) for k, v in row.items() if k not in MOMENTS | {"seq"}) for row in raw]


def _data_tables() -> list[str]:
    from db.base import Base

    # sync_state holds this device's id and clock: never equal between two profiles
    return [t.name for t in Base.metadata.sorted_tables if t.name not in {"sync_outbox", "update_log", "sync_state"}]


def test_batched_and_unbatched_write_the_same_rows(tmp_path, monkeypatch):
    batched = _caseload(tmp_path, "batched", True, monkeypatch)
    unbatched = _caseload(tmp_path, "unbatched", False, monkeypatch)
    assert len(batched) > 1000  # the demo's participants, plans, attendance, staff and catalog
    assert len(batched) == len(unbatched)
    for a, b in zip(batched, unbatched):
        assert a == b


def test_a_read_in_the_transaction_sees_the_log_rows_written_so_far(world):
    p = world.participant()
    with world.carla.batch() as rec:
        goal = goals.add_goal(world.carla, p.id, statement="Finish the CNA course", category="Career Plan")
        logged = rec.session.scalars(select(UpdateLogEntry.new).where(UpdateLogEntry.entity_id == goal.id)).all()
        queued = rec.session.scalars(select(OutboxEntry.op).where(OutboxEntry.row_id == goal.id)).all()
    assert logged == ["Goal “Finish the CNA course”"] and queued == ["insert"]


def test_a_refused_write_in_a_batch_leaves_no_log_or_outbox_row(world, workspace):
    p = world.participant()
    with workspace.session() as s:
        before = (s.query(UpdateLogEntry).count(), s.query(OutboxEntry).count(), s.query(Goal).count())
    with pytest.raises(ValidationError) as refused:
        with world.carla.batch():
            goals.add_goal(world.carla, p.id, statement="Earn a CDL", category="Career Plan")
            goals.add_goal(world.carla, p.id, statement="", category="Career Plan")
    assert refused.value.problems[0].field == "statement"
    with workspace.session() as s:
        assert (s.query(UpdateLogEntry).count(), s.query(OutboxEntry).count(), s.query(Goal).count()) == before


def test_a_row_kept_in_a_batch_is_read_back_by_a_query_and_found_by_get_without_a_select(world, workspace):
    p = world.participant()
    statements = []
    with world.carla.batch() as rec:
        goal = goals.add_goal(world.carla, p.id, statement="Earn the OSHA-10 card", category="Career Plan")
        from sqlalchemy import event

        def seen(_conn, _cursor, sql, *_args):
            statements.append(sql)

        event.listen(workspace.engine, "before_cursor_execute", seen)
        try:
            assert rec.session.get(Goal, goal.id) is goal
            assert statements == []  # found in the session: no SELECT, no INSERT yet
            found = rec.session.scalars(select(Goal.statement).where(Goal.participant_id == p.id, ~Goal.deleted)).all()
        finally:
            event.remove(workspace.engine, "before_cursor_execute", seen)
    assert found == ["Earn the OSHA-10 card"]
    assert [s.split()[0] for s in statements] == ["PRAGMA", "INSERT", "SELECT"]  # the kept row went in first
    with workspace.session() as s:
        assert s.scalars(select(Goal.statement).where(Goal.id == goal.id)).all() == ["Earn the OSHA-10 card"]


def test_a_kept_row_changed_twice_in_the_batch_is_inserted_once_with_its_last_values(world, workspace):
    p = world.participant()
    with world.carla.batch() as rec:
        goal = goals.add_goal(world.carla, p.id, statement="Earn a CDL", category="Career Plan")
        goals.update_goal(world.carla, goal.id, statement="Earn a CDL Class A")
        goal.justification = "Set outside the recorder"  # not the write path, but it must still land
        rec.session.flush()
    with workspace.session() as s:
        row = s.get(Goal, goal.id)
        assert (row.statement, row.justification) == ("Earn a CDL Class A", "Set outside the recorder")
        ops = s.scalars(select(OutboxEntry.op).where(OutboxEntry.row_id == goal.id).order_by(OutboxEntry.seq)).all()
    assert ops == ["insert", "update"]


def test_a_kept_write_the_database_refuses_leaves_nothing_of_the_transaction(world, workspace):
    from sqlalchemy.exc import IntegrityError

    from db.models import User

    p = world.participant()
    with workspace.session() as s:
        before = (s.query(UpdateLogEntry).count(), s.query(OutboxEntry).count(), s.query(Goal).count(), s.query(User).count())
    with pytest.raises(RuntimeError, match="nothing of it is saved"):
        with world.carla.batch() as rec:
            goals.add_goal(world.carla, p.id, statement="Earn a CDL", category="Career Plan")
            rec.add(User(username="twice", role="caseworker"))
            rec.add(User(username="twice", role="caseworker"))
            with pytest.raises(IntegrityError):  # the kept rows go in before a read of their table
                rec.session.scalars(select(User.id).where(User.username == "twice")).all()
    with workspace.session() as s:
        after = (s.query(UpdateLogEntry).count(), s.query(OutboxEntry).count(), s.query(Goal).count(), s.query(User).count())
    assert after == before
