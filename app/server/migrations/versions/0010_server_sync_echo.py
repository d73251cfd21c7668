"""srv_change.echo_device: the device whose own push made the row what it is, on top of every version of it that
device already held (issue 17: a laptop pulls back only what others changed). A pull by that device skips the
change; NULL (every change written before this revision, merges, conflicts, server writes) is sent to everyone.

Revision ID: 0010_server_sync_echo
Revises: 0009_server_participant_language
"""
from alembic import op
import sqlalchemy as sa

revision = '0010_server_sync_echo'
down_revision = '0009_server_participant_language'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('srv_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('echo_device', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('srv_change', schema=None) as batch_op:
        batch_op.drop_column('echo_device')
