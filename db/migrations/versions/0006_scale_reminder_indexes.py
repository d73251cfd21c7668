"""partial indexes for the caseload-wide reminders and ISTEP rubric (issue 17)

Revision ID: 0006_scale
Revises: 0004_participant

app/reminders.py and app/rubric.py read the open steps, the entries made late, the filled-in assessment
sections... from these (covering) indexes instead of the tables: at 10,000 participants over SQLCipher the tables are far larger than the page cache.
Indexes only: nothing synced changes, the server needs nothing.
"""

from alembic import op


revision = "0006_scale"
down_revision = "0004_participant"
branch_labels = None
depends_on = None

INDEXES = {
    # the open goals with an open step (app.reminders._OPEN_STEP), read from the two indexes alone
    "ix_goal_open": "goal (participant_id, id) WHERE deleted = 0 AND status != 'Complete'",
    "ix_plan_service_open_step": "plan_service (participant_id, goal_id) WHERE deleted = 0 "
                                 "AND status IN ('Planned/Not Started', 'Started/Open')",
    # entries made late (app.reminders.late_entries): the recent ones by entry date, all of them by a scan
    "ix_case_note_entered": "case_note (entered_on, contact_date, participant_id, id) WHERE deleted = 0",
    "ix_plan_service_entered": "plan_service (entered_on, planned_start, status, participant_id, id) WHERE deleted = 0",
    # the ISTEP rubric (app.rubric.load_plan_facts): filled-in assessment sections, each goal's steps and
    # their due dates, case notes sent as a message — without reading the sections' or notes' text
    "ix_assessment_section_filled": "assessment_section (participant_id, section) WHERE deleted = 0 AND content != ''",
    "ix_plan_service_steps": "plan_service (participant_id, goal_id, planned_due, planned_start, status, weekly_hours, provider_kind, "
                             "provider_id, other_provider_name) WHERE deleted = 0",
    "ix_case_note_messaged": "case_note (participant_id) WHERE deleted = 0 AND delivery != 'Saved only'",
}


def upgrade() -> None:
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
