"""Success stories with the seed's fields; employment after exit with its end date, second address
line and why the job does (not) meet the participant's needs (issue 12, intake and corrections).

Revision ID: 0002_intake
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_intake"
down_revision = "0001"
branch_labels = None
depends_on = None

STORY = (("title", sa.String(length=200), ""), ("program_type", sa.String(length=80), ""), ("provider", sa.String(length=200), ""),
         ("career_pathway", sa.String(length=200), ""), ("status", sa.String(length=40), "Draft"))
EMPLOYMENT = (("address_2", sa.String(length=200), ""), ("meets_needs_why", sa.Text(), ""))


def upgrade() -> None:
    with op.batch_alter_table("success_story") as batch:
        for name, kind, default in STORY:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))
    with op.batch_alter_table("employment_outcome") as batch:
        batch.add_column(sa.Column("end_date", sa.Date(), nullable=True))
        for name, kind, default in EMPLOYMENT:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("employment_outcome") as batch:
        for name in ("meets_needs_why", "address_2", "end_date"):
            batch.drop_column(name)
    with op.batch_alter_table("success_story") as batch:
        for name, _kind, _default in reversed(STORY):
            batch.drop_column(name)
