"""ops the server rejected, set aside for a person (issue 10, item 2)

Revision ID: 0004_laptop
Revises: 0002_caseload

A rejected op leaves the outbox (so the rest syncs) and waits here, with the server's reason, until a
caseworker fixes or discards it (DESIGN.md, The trust boundary: PowerSync's rule).
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_laptop"
down_revision = "0002_caseload"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_rejected",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("base_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("errors", sa.Text(), nullable=False),
        sa.Column("rejected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_rejected")),
    )
    with op.batch_alter_table("sync_rejected", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_rejected_row_id"), ["row_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_rejected")
