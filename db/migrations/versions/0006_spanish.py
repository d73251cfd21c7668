"""the participant's preferred language (issue 15)

Revision ID: 0006_spanish
Revises: 0006_scale

The language a participant reads their customer copy, signing screen, messages and page in; existing
participants read English, as everything was until now.
"""

from alembic import op
import sqlalchemy as sa


revision = "0006_spanish"
down_revision = "0006_scale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=False, server_default="en"))


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("language")
