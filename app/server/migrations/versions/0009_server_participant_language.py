"""participant gets language (issue 15): the language a participant reads their page, messages and emails in,
as the laptops' model has it (db/migrations 0006_spanish); rows pushed before it read English.

Revision ID: 0009_server_participant_language
Revises: 0003_server_row_json
"""
from alembic import op
import sqlalchemy as sa

revision = '0009_server_participant_language'
down_revision = '0003_server_row_json'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "language" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("participant")}:
        op.add_column("participant", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("participant", "language")
