"""browser_sessions: signed-in browsers kept on the server, so signing out ends them

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

"""
from alembic import op
import sqlalchemy as sa

import logbook.db


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('browser_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('user_agent', sa.String(length=200), nullable=False),
    sa.Column('created_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_browser_sessions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_browser_sessions')),
    sa.UniqueConstraint('key_hash', name=op.f('uq_browser_sessions_key_hash'))
    )
    with op.batch_alter_table('browser_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_browser_sessions_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_browser_sessions_last_seen_at'), ['last_seen_at'], unique=False)


def downgrade():
    with op.batch_alter_table('browser_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_browser_sessions_last_seen_at'))
        batch_op.drop_index(batch_op.f('ix_browser_sessions_user_id'))
    op.drop_table('browser_sessions')
