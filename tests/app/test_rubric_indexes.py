"""The caseload-wide rubric and reminder queries read their indexes alone (issue 17): at 10,000
participants over SQLCipher, a query that also reads each row of assessment_section, goal or case_note
pushed the rubric and the reminders together out of the page cache. SQLite says so in its plan
("COVERING INDEX"); an index whose columns drift from its query's expression silently reads the table."""
from __future__ import annotations

from sqlalchemy import text

import datetime as dt

from app import reminders, rubric
from app.reports import caseload_data


def plan(s, sql: str) -> list[str]:
    return [row[-1] for row in s.connection().execute(text("EXPLAIN QUERY PLAN " + sql)).all()]


def test_every_caseload_query_of_the_rubric_the_reminders_and_the_export_reads_one_index_alone(world):
    queries = {
        "sections": rubric._SECTIONS + " GROUP BY x.participant_id", "goals": rubric._GOALS + " GROUP BY x.participant_id",
        "steps": rubric._STEPS + " GROUP BY x.participant_id", "contacts": rubric._CONTACTS + " GROUP BY x.participant_id",
        "signed": rubric._SIGNED, "messaged": rubric._MESSAGED, "last contact": reminders._LAST_CONTACT + " GROUP BY x.participant_id",
        "open step": reminders._OPEN_STEP,
        # the export's Caseload sheet: goal and step counts, last contacts (with a date range)
        "goal counts": caseload_data._GOAL_COUNTS,
    }
    in_range = caseload_data.CaseloadFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30))
    for name, make in (("step counts", caseload_data._service_counts), ("last contacts", caseload_data._last_contacts)):
        sql, params = make(in_range)
        queries[name] = str(sql).replace(":date_from", f"'{params['date_from']}'").replace(":date_to", f"'{params['date_to']}'")
    expected = {"sections": "ix_assessment_section_rubric", "goals": "ix_goal_rubric", "steps": "ix_plan_service_steps",
                "contacts": "ix_contact_person_live", "signed": "ix_plan_agreement_live", "messaged": "ix_case_note_rubric_messaged",
                "last contact": "ix_case_note_two_way_contact", "open step": "ix_goal_rubric",
                "goal counts": "ix_goal_rubric", "step counts": "ix_plan_service_steps", "last contacts": "ix_case_note_two_way_contact"}
    with world.admin.read() as s:
        for name, sql in queries.items():
            steps = plan(s, sql)
            scans = [step for step in steps if step.startswith(("SCAN", "SEARCH"))]
            assert scans, (name, steps)
            assert scans[0] == f"SCAN x USING COVERING INDEX {expected[name]}", (name, steps)
            # the correlated look-ups into the steps (goals, open step) are index-only too
            assert all("COVERING INDEX" in step for step in scans), (name, steps)
