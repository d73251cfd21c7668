"""srv_change gets ix_srv_change_participant_seq (participant_id, seq) for a participant's feed in order;
it replaces ix_srv_change_participant_id, whose lookups it serves too (one index fewer to write per change).

Revision ID: 0002_server_change_feed
Revises: 0001_server_baseline
"""
from alembic import op
import sqlalchemy as sa

revision = '0002_server_change_feed'
down_revision = '0001_server_baseline'
branch_labels = None
depends_on = None


def _indexes() -> set[str]:
    return {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("srv_change")}


def upgrade() -> None:
    present = _indexes()
    if "ix_srv_change_participant_seq" not in present:
        op.create_index("ix_srv_change_participant_seq", "srv_change", ["participant_id", "seq"])
    if "ix_srv_change_participant_id" in present:
        op.drop_index("ix_srv_change_participant_id", table_name="srv_change")


def downgrade() -> None:
    op.create_index("ix_srv_change_participant_id", "srv_change", ["participant_id"])
    op.drop_index("ix_srv_change_participant_seq", table_name="srv_change")
