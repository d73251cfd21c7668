"""Outgoing messages are written in the same transaction as the change that causes them (issue 14)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import goals, messages, records
from db.models import Document, OutboxEntry, OutgoingMessage

TODAY = dt.date.today().strftime("%m/%d/%Y")


def test_only_notes_sent_as_message_queue_one(world):
    pid = world.participant(email="jose@example.org").id
    records.add_case_note(world.carla, pid, contact_date=TODAY, subject="Phone call", delivery="Saved only")
    note = records.add_case_note(world.carla, pid, contact_date=TODAY, subject="Class on Monday", delivery="Message to participant")
    [message] = messages.list_messages(world.carla, pid)
    assert (message.kind, message.channel, message.source_id, message.source_table) == ("case_note", "message", note.id, "case_note")
    assert messages.status_text(message) == "queued (offline)"
    with world.carla.read() as s:
        assert s.query(OutboxEntry).filter_by(table_name="outgoing_message", row_id=message.id).count() == 1


def test_a_refused_case_note_queues_nothing(world):
    pid = world.participant(email="jose@example.org").id
    with pytest.raises(ValidationError):
        records.add_case_note(world.carla, pid, contact_date=TODAY, subject="", delivery="Message and email")
    with world.carla.read() as s:
        assert s.query(OutgoingMessage).count() == 0


def test_off_track_and_agreement_request_notify_the_participant(world):
    pid = world.participant(email="jose@example.org").id
    goal = world.goal(pid)
    goals.update_goal(world.carla, goal.id, status="On Track")
    assert messages.list_messages(world.carla, pid) == []
    goals.update_goal(world.carla, goal.id, status="Off Track")
    goals.update_goal(world.carla, goal.id, justification="still off track")  # no second notice
    records.record_agreement(world.carla, pid, "Request sent (electronic, pending)")
    kinds = [(m.kind, m.channel) for m in reversed(messages.list_messages(world.carla, pid))]
    assert kinds == [("off_track", "message_email"), ("agreement_request", "message_email")]
    [off_track] = [m for m in messages.list_messages(world.carla, pid) if m.kind == "off_track"]
    assert "Earn a CDL Class A license" in off_track.body and off_track.source_id == goal.id


def test_printing_the_customer_copy_stores_it_and_queues_plan_updated(world):
    from app.reports.plan_pdf import plan_pdf

    pid = world.participant().id
    data = plan_pdf(world.carla, pid)
    messages.customer_copy_printed(world.carla, pid, data)
    [message] = messages.list_messages(world.carla, pid)
    assert (message.kind, message.channel) == ("plan_updated", "message")  # no email address: the page only
    with world.carla.read() as s:
        doc = s.get(Document, message.source_id)
        assert (doc.kind, doc.size, doc.mime) == ("Customer copy", len(data), "application/pdf")


def test_an_invitation_needs_an_email_address(world):
    pid = world.participant().id
    with pytest.raises(ValidationError) as refused:
        messages.invite_participant(world.carla, pid)
    assert refused.value.for_field("email") == ["An invitation goes by email: enter the participant's email address first."]
