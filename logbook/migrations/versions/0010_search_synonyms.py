"""search synonyms: a logbook's own groups of synonyms for its searches

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('logbooks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_synonyms', sa.Text(), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('logbooks', schema=None) as batch_op:
        batch_op.drop_column('search_synonyms')
