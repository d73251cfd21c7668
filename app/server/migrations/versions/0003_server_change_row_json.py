"""srv_change.row_json: the row as devices receive it, written with each change, so a pull reads one table
and sends the JSON as it is (issue 17 item 2). Older changes keep NULL and are read from the replica.

Revision ID: 0003_server_row_json
Revises: 0002_server_change_feed
"""
from alembic import op
import sqlalchemy as sa

revision = '0003_server_row_json'
down_revision = '0002_server_change_feed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('srv_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('row_json', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('srv_change', schema=None) as batch_op:
        batch_op.drop_column('row_json')
