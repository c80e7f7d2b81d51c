"""job state in the database: when a media was queued, which version of an entry is indexed

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

"""
from alembic import op
import sqlalchemy as sa

import logbook.db


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.add_column(sa.Column('queued_at', logbook.db.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('indexed_at', logbook.db.UTCDateTime(timezone=True), nullable=True))
    # Entries that exist at the upgrade are taken as indexed (the index was kept up to date
    # by the jobs so far): the sweep must not re-index a whole instance on its first run.
    op.execute("UPDATE entries SET indexed_at = updated_at")


def downgrade():
    with op.batch_alter_table('entries', schema=None) as batch_op:
        batch_op.drop_column('indexed_at')
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.drop_column('queued_at')
