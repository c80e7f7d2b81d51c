"""effects_stakeholders: expected effects and their evidence, stage reviews (bilans), stakeholders

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

"""
from alembic import op
import sqlalchemy as sa

import logbook.db


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('expected_effects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('logbook_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('indicator', sa.String(length=200), nullable=False),
    sa.Column('target', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['logbook_id'], ['logbooks.id'], name=op.f('fk_expected_effects_logbook_id_logbooks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expected_effects'))
    )
    with op.batch_alter_table('expected_effects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expected_effects_logbook_id'), ['logbook_id'], unique=False)

    op.create_table('stakeholders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('logbook_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('consent_to_name', sa.Boolean(), nullable=False),
    sa.Column('created_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['logbook_id'], ['logbooks.id'], name=op.f('fk_stakeholders_logbook_id_logbooks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholders'))
    )
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholders_logbook_id'), ['logbook_id'], unique=False)

    op.create_table('effect_revisions',
    sa.Column('effect_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('changed', sa.JSON(), nullable=False),
    sa.Column('edited_by_id', sa.Integer(), nullable=True),
    sa.Column('edited_by_name', sa.String(length=120), nullable=False),
    sa.Column('edited_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edited_by_id'], ['users.id'], name=op.f('fk_effect_revisions_edited_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['effect_id'], ['expected_effects.id'], name=op.f('fk_effect_revisions_effect_id_expected_effects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_effect_revisions')),
    sa.UniqueConstraint('effect_id', 'version', name=op.f('uq_effect_revisions_effect_id_version'))
    )
    with op.batch_alter_table('effect_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_effect_revisions_effect_id'), ['effect_id'], unique=False)

    op.create_table('stage_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('done', sa.Text(), nullable=False),
    sa.Column('learnt', sa.Text(), nullable=False),
    sa.Column('next_changes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_stage_reviews_stage_id_stages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_reviews')),
    sa.UniqueConstraint('stage_id', name=op.f('uq_stage_reviews_stage_id'))
    )
    op.create_table('effect_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effect_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.String(length=500), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_by_name', sa.String(length=120), nullable=False),
    sa.Column('created_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_effect_evidence_added_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['effect_id'], ['expected_effects.id'], name=op.f('fk_effect_evidence_effect_id_expected_effects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['entries.id'], name=op.f('fk_effect_evidence_entry_id_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_effect_evidence')),
    sa.UniqueConstraint('effect_id', 'entry_id', name=op.f('uq_effect_evidence_effect_id_entry_id'))
    )
    with op.batch_alter_table('effect_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_effect_evidence_effect_id'), ['effect_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_effect_evidence_entry_id'), ['entry_id'], unique=False)

    op.create_table('entry_stakeholders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('stakeholder_id', sa.Integer(), nullable=False),
    sa.Column('as_speaker', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entries.id'], name=op.f('fk_entry_stakeholders_entry_id_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholders.id'], name=op.f('fk_entry_stakeholders_stakeholder_id_stakeholders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_stakeholders')),
    sa.UniqueConstraint('entry_id', 'stakeholder_id', name=op.f('uq_entry_stakeholders_entry_id_stakeholder_id'))
    )
    with op.batch_alter_table('entry_stakeholders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_stakeholders_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entry_stakeholders_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('stage_review_revisions',
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('changed', sa.JSON(), nullable=False),
    sa.Column('edited_by_id', sa.Integer(), nullable=True),
    sa.Column('edited_by_name', sa.String(length=120), nullable=False),
    sa.Column('edited_at', logbook.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edited_by_id'], ['users.id'], name=op.f('fk_stage_review_revisions_edited_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['review_id'], ['stage_reviews.id'], name=op.f('fk_stage_review_revisions_review_id_stage_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_review_revisions')),
    sa.UniqueConstraint('review_id', 'version', name=op.f('uq_stage_review_revisions_review_id_version'))
    )
    with op.batch_alter_table('stage_review_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_review_revisions_review_id'), ['review_id'], unique=False)



def downgrade():
    with op.batch_alter_table('stage_review_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_review_revisions_review_id'))

    op.drop_table('stage_review_revisions')
    with op.batch_alter_table('entry_stakeholders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_stakeholders_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_entry_stakeholders_entry_id'))

    op.drop_table('entry_stakeholders')
    with op.batch_alter_table('effect_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_effect_evidence_entry_id'))
        batch_op.drop_index(batch_op.f('ix_effect_evidence_effect_id'))

    op.drop_table('effect_evidence')
    op.drop_table('stage_reviews')
    with op.batch_alter_table('effect_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_effect_revisions_effect_id'))

    op.drop_table('effect_revisions')
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholders_logbook_id'))

    op.drop_table('stakeholders')
    with op.batch_alter_table('expected_effects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expected_effects_logbook_id'))

    op.drop_table('expected_effects')
