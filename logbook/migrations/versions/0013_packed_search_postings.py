"""packed search postings: each term's postings as a few rows of packed arrays

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    # Created on SQLite too (unused there): one schema for both deployments. An index
    # built before keeps every posting in search_postings (packed_generation null) and
    # is read as before until the next rebuild packs it.
    op.create_table(
        'search_packed_postings',
        sa.Column('field', sa.String(length=16), nullable=False),
        sa.Column('term', sa.Text(), nullable=False),
        sa.Column('part', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('written_after', sa.BigInteger(), nullable=False),
        sa.Column('written_until', sa.BigInteger(), nullable=False),
        sa.Column('entry_ids', sa.LargeBinary(), nullable=False),
        sa.Column('weights', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('field', 'term', 'part'),
    )
    if op.get_bind().dialect.name == 'postgresql':
        # Numbers hardly compress: stored as they are, read with nothing to decompress.
        op.execute(
            'ALTER TABLE search_packed_postings ALTER COLUMN entry_ids SET STORAGE EXTERNAL,'
            ' ALTER COLUMN weights SET STORAGE EXTERNAL'
        )
    with op.batch_alter_table('search_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('packed_generation', sa.BigInteger(), nullable=True))


def downgrade():
    with op.batch_alter_table('search_state', schema=None) as batch_op:
        batch_op.drop_column('packed_generation')
    op.drop_table('search_packed_postings')
    # Without the packed table, a packed index would miss its postings: it is built again.
    op.execute('DELETE FROM search_state')
