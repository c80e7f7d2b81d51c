"""search tables: the entry index held in the database, for team servers on PostgreSQL

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    # Created on SQLite too (unused there): one schema for both deployments.
    op.create_table(
        'search_state',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('generation', sa.BigInteger(), nullable=False),
        sa.Column('schema', sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'search_documents',
        sa.Column('entry_id', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('generation', sa.BigInteger(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('logbook_id', sa.BigInteger(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('stage_id', sa.BigInteger(), nullable=True),
        sa.Column('stage_title', sa.Text(), nullable=False),
        sa.Column('author_id', sa.BigInteger(), nullable=True),
        sa.Column('author_name', sa.Text(), nullable=False),
        sa.Column('day', sa.Integer(), nullable=False),
        sa.Column('timestamp', sa.Float(), nullable=False),
        sa.Column('tags', sa.Text(), nullable=False),
        sa.Column('stamp', sa.String(length=32), nullable=False),
        sa.Column('lengths', sa.Text(), nullable=False),
        sa.Column('stored', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('entry_id'),
    )
    op.create_index('ix_search_documents_order', 'search_documents', ['generation', 'position'])
    op.create_table(
        'search_postings',
        sa.Column('field', sa.String(length=16), nullable=False),
        sa.Column('term', sa.Text(), nullable=False),
        sa.Column('entry_id', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('weight', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('field', 'term', 'entry_id'),
    )
    op.create_index('ix_search_postings_entry_id', 'search_postings', ['entry_id'])
    op.create_table(
        'search_words',
        sa.Column('word', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('word'),
    )
    op.create_index(
        'ix_search_words_pattern', 'search_words', ['word'], postgresql_ops={'word': 'text_pattern_ops'}
    )


def downgrade():
    op.drop_index('ix_search_words_pattern', table_name='search_words')
    op.drop_table('search_words')
    op.drop_index('ix_search_postings_entry_id', table_name='search_postings')
    op.drop_table('search_postings')
    op.drop_index('ix_search_documents_order', table_name='search_documents')
    op.drop_table('search_documents')
    op.drop_table('search_state')
