"""outgoing messages to the participant (issue 14)

Revision ID: 0004_participant
Revises: 0002_caseload

Case notes sent as message/email, Off Track notices, plan-updated notices, agreement requests and
invitations to the participant's page are queued on the laptop in this table and delivered by the server.
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_participant"
down_revision = "0004_laptop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outgoing_message",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source_table", sa.String(length=60), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.String(length=300), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], name=op.f("fk_outgoing_message_participant_id_participant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_message")),
    )
    with op.batch_alter_table("outgoing_message", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outgoing_message_participant_id"), ["participant_id"], unique=False)


def downgrade() -> None:
    op.drop_table("outgoing_message")
