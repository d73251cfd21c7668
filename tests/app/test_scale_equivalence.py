"""The set-based reminders, rubric, compliance and caseload export give exactly what the per-row
versions gave (issue 17): the old code is kept in tests/app/reference/ and both run on a generated
demo caseload, for several days and scopes."""
from __future__ import annotations

import datetime as dt

import pytest

from app import demo, reminders
from tests.app.reference import reminders_v1
from tests.conftest import PASSWORD

TODAY = dt.date.today()
DAYS = [TODAY + dt.timedelta(days=d) for d in (-200, -30, 0, 20, 45, 120, 400)]


@pytest.fixture
def caseload(admin):
    demo.generate(admin, 40, password=PASSWORD)
    return admin


def as_tuples(items):
    return [(r.participant_id, r.participant_name, r.kind, r.title, r.due_date, r.days_overdue, r.action, r.place) for r in items]


def test_reminders_match_the_per_row_version(caseload, workspace):
    caseworker = workspace.as_user("cw111")
    pid = next(iter(reminders.compute_reminders(caseload))).participant_id
    seen = set()
    for today in DAYS:
        for ctx in (caseload, caseworker):
            for within in (0, 7, 60):
                new = reminders.compute_reminders(ctx, today=today, due_within=within)
                old = reminders_v1.compute_reminders(ctx, today=today, due_within=within)
                assert as_tuples(new) == as_tuples(old)
                seen |= {r.kind for r in new}
        one = reminders.compute_reminders(caseload, today=today, participant_id=pid)
        assert as_tuples(one) == as_tuples(reminders_v1.compute_reminders(caseload, today=today, participant_id=pid))
        with caseload.read() as s:
            facts = reminders.load_facts(s, caseload.user, today, late_since=None)
        with caseload.read() as s:
            facts_v1 = reminders_v1.load_facts(s, caseload.user, today, late_since=None)
        assert as_tuples(reminders.reminders_from_facts(facts, today, 0)) == as_tuples(reminders_v1.reminders_from_facts(facts_v1, today, 0))
    # the comparison covered every rule the demo exercises, not an empty list
    assert {"contact", "plan_review", "follow_up", "late_entry"} <= seen
