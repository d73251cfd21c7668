"""The device schema's own limits (db/columns.py): what a laptop and the server both check."""
from __future__ import annotations

import datetime as dt

from db.changes import ChangeRecorder, Author
from db.columns import check_fields, check_row, max_length, required_columns
from db.models import synced_tables
from db.models.plan import Goal

TABLES = synced_tables()


def test_required_fields_of_a_new_goal_are_named():
    assert set(required_columns(Goal)) == {"statement", "category", "participant_id"}
    problems = dict(check_fields(Goal, {"statement": "Get a CDL"}, insert=True))
    assert problems == {"category": "Category is required and cannot be empty.",
                        "participant_id": "Participant is required and cannot be empty."}
    assert check_fields(Goal, {"statement": "Get a CDL"}, insert=False) == []


def test_null_in_a_required_field_is_refused_on_update_too():
    assert check_fields(Goal, {"participant_id": None}, insert=False) == [
        ("participant_id", "Participant is required and cannot be empty.")]


def test_types_lengths_and_characters_postgresql_refuses():
    note = TABLES["case_note"]
    problems = dict(check_fields(note, {"subject": "a" * 300, "message": "a\x00b", "contact_date": "yesterday",
                                        "task": "\ud800"}, insert=False))
    assert problems["subject"] == "Subject must be at most 200 characters (it has 300)."
    assert "NUL" in problems["message"]
    assert problems["contact_date"] == "Contact date must be a date (YYYY-MM-DD)."
    assert "surrogate" in problems["task"]


def test_numbers_must_be_finite_and_fit():
    payment = TABLES["support_payment"]
    problems = dict(check_fields(payment, {"unit_amount": float("inf"), "quantity": "2"}, insert=False))
    assert problems == {"unit_amount": "Unit amount must be a real number (not infinite or NaN).",
                        "quantity": "Quantity must be a number."}
    assert check_fields(payment, {"unit_amount": 12.5, "quantity": 2}, insert=False) == []


def test_wrong_shapes_and_unknown_fields():
    problems = dict(check_fields(Goal, {"statement": {"x": 1}, "created_on": "2026-02-30", "bogus": 1}, insert=False))
    assert problems == {"statement": "Statement must be text.", "created_on": "Created on must be a real date (YYYY-MM-DD).",
                        "bogus": "goal has no field 'bogus'."}


def test_python_values_of_an_object_and_max_length_for_the_ui():
    goal = Goal(statement="x" * 145, category="Career Plan", participant_id="p", created_on=dt.date(2026, 1, 2))
    assert check_row(goal, ["statement", "category", "created_on"]) == [
        ("statement", "Statement must be at most 144 characters (it has 145).")]
    assert max_length(Goal, "statement") == 144
    assert max_length(Goal, "justification") is None


def test_the_recorder_reports_what_it_changed():
    from sqlalchemy.orm import Session

    session = Session()
    rec = ChangeRecorder(session, Author("u1", "Ana", "dev1"), clock=lambda: "0001")
    goal = Goal(statement="Get a CDL", category="Career Plan", participant_id="p1")
    rec.add(goal)
    assert rec.changes.tables == {"goal", "update_log"}
    assert rec.changes.participant_ids == {"p1"}
    session.expunge_all()
