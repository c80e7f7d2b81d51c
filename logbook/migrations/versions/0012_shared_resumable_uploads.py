"""shared resumable uploads: with S3 storage, an upload's pieces live in the bucket and its state here

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

"""
from alembic import op
import sqlalchemy as sa

import logbook.db


# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('upload_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_storage', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('received_bytes', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('multipart_id', sa.String(length=1024), nullable=True))
        batch_op.add_column(sa.Column('parts', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('tail_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('tail_size', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('writer', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('writer_until', logbook.db.UTCDateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('upload_sessions', schema=None) as batch_op:
        batch_op.drop_column('writer_until')
        batch_op.drop_column('writer')
        batch_op.drop_column('tail_size')
        batch_op.drop_column('tail_key')
        batch_op.drop_column('parts')
        batch_op.drop_column('multipart_id')
        batch_op.drop_column('received_bytes')
        batch_op.drop_column('in_storage')
