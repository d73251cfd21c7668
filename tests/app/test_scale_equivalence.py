"""The set-based reminders, rubric, compliance and caseload export give exactly what the per-row
versions gave (issue 17): the old code is kept in tests/app/reference/ and both run on a generated
demo caseload, for several days and scopes."""
from __future__ import annotations

import datetime as dt

import pytest

from app import compliance, demo, reminders, rubric
from tests.app.reference import compliance_v1, reminders_v1, rubric_v1
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


def rubric_tuples(rubrics):
    return {pid: (r.participant_name, r.levels, r.missing, r.overall) for pid, r in rubrics.items()}


def test_rubric_and_compliance_match_the_per_row_version(caseload, workspace):
    from app.services import goals

    caseworker = workspace.as_user("cw111")
    # a plan the demo does not make: a goal without a justification and without a step
    people = sorted(rubric.rubric_for_caseload(caseload))
    goals.add_goal(caseload, people[0], statement="A goal with nothing yet", category="Career Plan")
    assert "A step for every goal" in rubric.rubric_for_participant(caseload, people[0]).missing["Customer-centered services"]
    levels = set()
    for today in DAYS:
        for ctx in (caseload, caseworker):
            new, old = rubric.rubric_for_caseload(ctx, today), rubric_v1.rubric_for_caseload(ctx, today)
            assert rubric_tuples(new) == rubric_tuples(old)
            levels |= {level for r in new.values() for level in r.levels.values()}
            assert rubric.caseload_counts(new) == rubric_v1.caseload_counts(old)
        for pid in people[:4]:
            assert rubric_tuples({pid: rubric.rubric_for_participant(caseload, pid, today)}) == \
                rubric_tuples({pid: rubric_v1.rubric_for_participant(caseload, pid, today)})
        new_c, old_c = compliance.compliance_for_caseload(caseload, today), compliance_v1.compliance_for_caseload(caseload, today)
        assert (new_c.today, new_c.participants, new_c.rubric_counts) == (old_c.today, old_c.participants, old_c.rubric_counts)
        assert rubric_tuples(new_c.rubrics) == rubric_tuples(old_c.rubrics)
        assert [(r.kind, r.title, as_tuples(r.overdue), r.late) for r in new_c.rules] == \
            [(r.kind, r.title, as_tuples(r.overdue), r.late) for r in old_c.rules]
        # two modules' dataclasses never compare equal: compare their fields
        assert {pid: vars(st) for pid, st in compliance.participant_statuses(caseload, today).items()} == \
            {pid: vars(st) for pid, st in compliance_v1.participant_statuses(caseload, today).items()}
    assert levels == {"Below", "Meets", "Exceeds"}


def test_caseload_export_matches_the_per_row_version(caseload, workspace, tmp_path):
    import openpyxl

    from app.reports import caseload_data, caseload_xlsx
    from app.reports.compliance import full_compliance
    from app.services import users
    from tests.app.reference import caseload_data_v1, report_compliance_v1

    org = users.list_organizations(caseload)[0]
    filters = [caseload_data.CaseloadFilter(), caseload_data.CaseloadFilter(organization_id=org.id),
               caseload_data.CaseloadFilter(date_from=TODAY - dt.timedelta(days=60), date_to=TODAY + dt.timedelta(days=30))]
    filled = set()
    for f in filters:
        for ctx in (caseload, workspace.as_user("cw111")):
            old_f = caseload_data_v1.CaseloadFilter(**vars(f))
            new = caseload_xlsx.sheet_rows(caseload_data.load_caseload(ctx, f, full_compliance, TODAY))
            old = caseload_xlsx.sheet_rows(caseload_data_v1.load_caseload(ctx, old_f, report_compliance_v1.full_compliance, TODAY))
            assert new == old
            filled |= {name for name, (_, rows) in new.items() if rows}
    assert filled == set(new)  # every sheet had rows somewhere: the comparison was not of empty lists
    # the streamed workbook holds those cells
    out = tmp_path / "caseload.xlsx"
    old = caseload_xlsx.sheet_rows(caseload_data_v1.load_caseload(caseload, caseload_data_v1.CaseloadFilter(),
                                                                 report_compliance_v1.full_compliance, TODAY))
    assert caseload_xlsx.export_caseload(caseload, out, today=TODAY) == len(old["Caseload"][1]) == 40
    book = openpyxl.load_workbook(out, read_only=True)

    def cell(value):  # what a cell gives back: a datetime for a date, nothing for an empty text
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
        return None if value == "" else value

    for name, (header, rows) in old.items():
        # a read-only sheet ends a row at its last filled cell (an unreviewed last follow-up is empty)
        read = [list(r) + [None] * (len(header) - len(r)) for r in book[name].iter_rows(values_only=True)]
        assert read[0] == header
        assert read[1:] == [[cell(v) for v in row] for row in rows]
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if len(r) > 1 and r[0]}
    assert summary["Participants"] == len(old["Caseload"][1]) and summary["Overdue reminders"] == len(old["Overdue"][1])


def test_participants_sharing_a_rubric_key_get_the_rubric_computed_on_its_own(caseload):
    """rubrics_from_facts computes each distinct PlanFacts.key once and shares the result: on every day
    where a participant's levels can change (a review or contact 30/90 days old, either side), each
    shared rubric is the one rubric_of computes for that participant alone."""
    from app.services import participants as participant_service

    with caseload.read() as s:
        facts = rubric.load_plan_facts(s, caseload.user)
    first = sorted(facts)[0]  # a plan made exactly 5 days after the assessments: neither late nor fast (timeliness)
    participant_service.update_participant(caseload, first, assessments_completed_on=TODAY - dt.timedelta(days=40),
                                           plan_created_on=TODAY - dt.timedelta(days=35))
    with caseload.read() as s:
        facts = rubric.load_plan_facts(s, caseload.user)
    days = set()
    for f in facts.values():
        for base, offsets in ((f.reviewed, (30, 31, 90, 91)), (f.last_two_way, (30, 31))):
            if base:
                days |= {base + dt.timedelta(days=d) for d in offsets}
    assert len(days) > 20
    shared = 0
    for today in sorted(days):
        rubrics = rubric.rubrics_from_facts(facts, today)
        for pid, f in facts.items():
            alone = rubric.rubric_of(pid, f.name, f, today)
            assert (rubrics[pid].levels, rubrics[pid].missing, rubrics[pid].overall) == (alone.levels, alone.missing, alone.overall)
        shared += len(facts) - len({id(r.levels) for r in rubrics.values()})
    assert shared > 0  # the results were shared, not computed once per participant
