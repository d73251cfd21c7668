"""covering indexes for the caseload-wide rubric, compliance and reminders (issue 17, reports)

Revision ID: 0007_reports
Revises: 0006_spanish

SQLite reads a partial index without its table only when every column the query names is in the index,
or pinned by an `= constant` term of the index's WHERE: `content != ''`, `status != 'Complete'` or a
bare `two_way_contact` are not, so the 0006_scale indexes still read each row of the (large) tables, and
at 10,000 participants the rubric's and the reminders' reads no longer fitted the 64 MiB page cache
together (SQLCipher decrypts every page read again). Each index below names the columns, or the exact
expression the query uses, as well, so app/rubric.py and app/reminders.py read them alone. The indexes
they replace are dropped (each write would keep both). Indexes only: nothing synced changes.
"""

from alembic import op


revision = "0007_reports"
down_revision = "0006_spanish"
branch_labels = None
depends_on = None

#: name → (new definition, the definition it replaces or None)
INDEXES = {
    # app.rubric._SECTIONS
    "ix_assessment_section_rubric": ("assessment_section (participant_id, section, deleted, content != '') WHERE deleted = 0 AND content != ''", None),
    # app.rubric._GOALS (the blank-justification expression exactly as the query writes it) and app.reminders._OPEN_STEP
    "ix_goal_rubric": ("goal (participant_id, id, term, category, status, deleted, "
                       "trim(coalesce(justification, ''), ' ' || char(9, 10, 11, 12, 13)) = '') WHERE deleted = 0", None),
    # app.rubric._CONTACTS and _SIGNED
    "ix_contact_person_live": ("contact_person (participant_id) WHERE deleted = 0", None),
    "ix_plan_agreement_live": ("plan_agreement (participant_id, status) WHERE deleted = 0", None),
    # app.rubric._MESSAGED
    "ix_case_note_rubric_messaged": ("case_note (participant_id, deleted, delivery != 'Saved only') WHERE deleted = 0 AND delivery != 'Saved only'",
                                     None),
    # the last two-way contact (app.reminders._LAST_CONTACT, the caseload's list in app/caseload.py): same name, now covering
    "ix_case_note_two_way_contact": ("case_note (participant_id, contact_date, two_way_contact, deleted) WHERE two_way_contact AND NOT deleted",
                                     "case_note (participant_id, contact_date) WHERE two_way_contact AND NOT deleted"),
}
#: 0006_scale's indexes the ones above replace
REPLACED = {
    "ix_goal_open": "goal (participant_id, id) WHERE deleted = 0 AND status != 'Complete'",
    "ix_assessment_section_filled": "assessment_section (participant_id, section) WHERE deleted = 0 AND content != ''",
    "ix_case_note_messaged": "case_note (participant_id) WHERE deleted = 0 AND delivery != 'Saved only'",
}


def upgrade() -> None:
    for name in REPLACED:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, (definition, old) in INDEXES.items():
        if old is not None:
            op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def downgrade() -> None:
    for name, (_definition, old) in INDEXES.items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        if old is not None:
            op.execute(f"CREATE INDEX {name} ON {old}")
    for name, definition in REPLACED.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
