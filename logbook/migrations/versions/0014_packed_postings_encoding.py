"""packed search postings: how each row writes its arrays

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    # Rows written before hold plain arrays (encoding 0) and are read as before; the next
    # rebuild writes the smaller encoding (search.postgres_packing).
    with op.batch_alter_table('search_packed_postings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('encoding', sa.SmallInteger(), server_default='0', nullable=False))


def downgrade():
    # The previous version cannot read the smaller encoding: an index holding it is built
    # again.
    op.execute(
        'DELETE FROM search_state WHERE EXISTS'
        ' (SELECT 1 FROM search_packed_postings WHERE encoding <> 0)'
    )
    with op.batch_alter_table('search_packed_postings', schema=None) as batch_op:
        batch_op.drop_column('encoding')
