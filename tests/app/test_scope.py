"""Scope by role, enforced in the services: a caseworker of A never reads or writes B's participants."""
from __future__ import annotations

import pytest

from app.errors import NotAllowed, NotFound
from app.services import goals, participants, records, update_log
from db.models import Goal, Participant
from tests.helpers import counts


def test_caseworker_cannot_read_or_write_other_organization(world, workspace):
    mine = world.participant()
    theirs = world.participant(ctx=world.bob, first_name="Bea", last_name="Other", individual_number="200001")
    assert [r.id for r in participants.list_caseload(world.carla)] == [mine.id]
    assert [r.id for r in participants.list_caseload(world.bob)] == [theirs.id]
    with pytest.raises(NotFound):
        participants.get_participant(world.carla, theirs.id)
    with pytest.raises(NotFound):
        goals.list_goals(world.carla, theirs.id)
    with pytest.raises(NotFound):
        update_log.list_log(world.carla, theirs.id)
    before = counts(workspace, Goal, Participant)
    with pytest.raises(NotFound):
        world.goal(theirs.id, ctx=world.carla)
    with pytest.raises(NotFound):
        participants.update_participant(world.carla, theirs.id, first_name="Hacked")
    their_goal = world.goal(theirs.id, ctx=world.bob)
    before = counts(workspace, Goal, Participant)
    with pytest.raises(NotFound):
        goals.update_goal(world.carla, their_goal.id, status="Complete")
    with pytest.raises(NotFound):
        records.add_case_note(world.carla, theirs.id, contact_date="11/01/2026", subject="x")
    assert counts(workspace, Goal, Participant) == before
    assert participants.get_participant(world.bob, theirs.id).first_name == "Bea"


def test_caseworker_cannot_create_in_another_organization(world):
    with pytest.raises(NotAllowed):
        world.participant(organization_id=world.org_b.id)


def test_program_manager_sees_own_region(world):
    a = world.participant()
    a2 = world.participant(ctx=world.admin, organization_id=world.org_a2.id, first_name="Ana", individual_number="100002")
    b = world.participant(ctx=world.bob, first_name="Bea", individual_number="200001")
    assert {r.id for r in participants.list_caseload(world.pam)} == {a.id, a2.id}
    with pytest.raises(NotFound):
        participants.get_participant(world.pam, b.id)
    assert {r.id for r in participants.list_caseload(world.admin)} == {a.id, a2.id, b.id}


def test_participant_sees_only_own_plan_and_cannot_edit(world, workspace):
    from app.services import users

    me = world.participant()
    other = world.participant(first_name="Other", individual_number="100009")
    users.create_user(world.admin, "jose", "participant-pass", "participant", participant_id=me.id)
    jose = workspace.sign_in("jose", "participant-pass")
    assert [r.id for r in participants.list_caseload(jose)] == [me.id]
    with pytest.raises(NotFound):
        participants.get_participant(jose, other.id)
    with pytest.raises(NotAllowed):
        world.goal(me.id, ctx=jose)
    records.record_agreement(jose, me.id, "Signature collected – electronic")
    with pytest.raises(NotAllowed):
        records.record_agreement(jose, me.id, "Unable to collect signature")


def test_sign_in_refuses_wrong_password(workspace):
    with pytest.raises(NotAllowed, match="Wrong user name or password"):
        workspace.sign_in("admin", "nope-nope")
    with pytest.raises(NotAllowed):
        workspace.sign_in("nobody", "whatever1")
