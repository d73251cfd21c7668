"""Every write produces its Update Log entries and outbox ops in the same transaction."""
from __future__ import annotations

import json

from sqlalchemy import select

from app.services import goals, participants, plan_services
from db.models import OutboxEntry, UpdateLogEntry


def _outbox(ws, row_id):
    with ws.session() as s:
        return list(s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == row_id).order_by(OutboxEntry.seq)))


def _log(ws, entity_id):
    with ws.session() as s:
        return list(s.scalars(select(UpdateLogEntry).where(UpdateLogEntry.entity_id == entity_id).order_by(UpdateLogEntry.at)))


def test_add_goal_logs_and_queues(world, workspace):
    p = world.participant()
    g = world.goal(p.id, statement="Finish the CNA course")
    (op,) = _outbox(workspace, g.id)
    assert op.op == "insert" and op.table_name == "goal" and op.participant_id == p.id
    fields = json.loads(op.fields)
    assert fields["statement"] == "Finish the CNA course" and fields["status"] == "Not Started"
    assert op.device_id == workspace.device_id and op.user_id == world.carla.user.id and op.hlc == g.hlc
    (entry,) = _log(workspace, g.id)
    assert (entry.action, entry.entity, entry.new, entry.user_name) == ("added", "Goal", "Goal “Finish the CNA course”", "Carla Caseworker")
    assert entry.participant_id == p.id
    # a new goal needs the participant's agreement again: logged on the profile
    assert any(e.field == "Needs agreement" and e.new == "Yes" for e in _log(workspace, p.id))


def test_update_logs_old_and_new_per_field_with_base(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    goals.update_goal(world.carla, g.id, status="On Track", term="Long Term", category="Career Plan")
    ops = _outbox(workspace, g.id)
    assert [o.op for o in ops] == ["insert", "update"]
    assert json.loads(ops[1].fields) == {"status": "On Track", "term": "Long Term"}
    assert json.loads(ops[1].base) == {"status": "Not Started", "term": "Short Term"}
    changes = {(e.field, e.old, e.new) for e in _log(workspace, g.id) if e.action == "changed"}
    assert changes == {("Status", "Not Started", "On Track"), ("Term", "Short Term", "Long Term")}


def test_no_change_writes_nothing(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    goals.update_goal(world.carla, g.id, status="Not Started")
    assert len(_outbox(workspace, g.id)) == 1 and len(_log(workspace, g.id)) == 1


def test_delete_is_a_tombstone(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    s = world.service(p.id, g.id)
    goals.remove_goal(world.carla, g.id)
    assert goals.list_goals(world.carla, p.id) == []
    assert plan_services.list_services(world.carla, p.id) == []
    assert [o.op for o in _outbox(workspace, g.id)] == ["insert", "delete"]
    assert [o.op for o in _outbox(workspace, s.id)] == ["insert", "delete"]
    assert _log(workspace, g.id)[-1].action == "removed"


def test_hlc_is_monotonic_across_writes(world, workspace):
    p = world.participant()
    participants.update_participant(world.carla, p.id, preferred_name="Pepe")
    with workspace.session() as s:
        stamps = list(s.scalars(select(OutboxEntry.hlc).order_by(OutboxEntry.seq)))
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_derived_goal_dates_follow_steps(world):
    import datetime as dt

    p = world.participant()
    g = world.goal(p.id)
    world.service(p.id, g.id, planned_start=dt.date(2026, 3, 2), planned_due=dt.date(2026, 5, 1))
    world.service(p.id, g.id, item_name="Job Readiness", planned_start=dt.date(2026, 2, 1), planned_due=dt.date(2026, 4, 1))
    (row,) = goals.list_goals(world.carla, p.id)
    assert (row.earliest_start, row.latest_due, row.related_steps) == (dt.date(2026, 2, 1), dt.date(2026, 5, 1), 2)


def test_search_ignores_accents(world):
    p = world.participant(first_name="José", last_name="Ñúñez")
    world.participant(first_name="Mary", last_name="Smith", individual_number="100002", ssn_last4="1111")
    assert [r.id for r in participants.list_caseload(world.carla, search="jose nunez")] == [p.id]
    assert [r.id for r in participants.list_caseload(world.carla, search="4321")] == [p.id]
