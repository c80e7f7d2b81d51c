"""upload_sessions: files uploaded in pieces (tus), resumable after a lost connection

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

"""
from alembic import op
import sqlalchemy as sa

import logbook.db


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('upload_sessions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('logbook_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('created_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['logbook_id'], ['logbooks.id'], name=op.f('fk_upload_sessions_logbook_id_logbooks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_upload_sessions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_upload_sessions'))
    )
    with op.batch_alter_table('upload_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_upload_sessions_expires_at'), ['expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_upload_sessions_logbook_id'), ['logbook_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_upload_sessions_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('upload_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_upload_sessions_user_id'))
        batch_op.drop_index(batch_op.f('ix_upload_sessions_logbook_id'))
        batch_op.drop_index(batch_op.f('ix_upload_sessions_expires_at'))

    op.drop_table('upload_sessions')
