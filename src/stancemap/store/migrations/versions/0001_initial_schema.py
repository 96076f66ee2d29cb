"""Initial schema: articles, copies, clusters, actors, readings, questions, stance records.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 10:48:31.154756
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('represents', sa.String(length=200), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_kind'), ['kind'], unique=False)

    op.create_table('clusters',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('size', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clusters'))
    )
    op.create_table('questions',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.Column('examples', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions'))
    )
    op.create_table('articles',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('canonical_url', sa.Text(), nullable=True),
    sa.Column('url_key', sa.String(length=64), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('published_source', sa.String(length=32), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('fmt', sa.String(length=16), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('cluster_id', sa.String(length=16), nullable=True),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('sentences', sa.JSON(), nullable=True),
    sa.Column('read_stages', sa.JSON(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_articles_cluster_id_clusters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash')),
    sa.UniqueConstraint('url_key', name=op.f('uq_articles_url_key'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_outlet'), ['outlet'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('actions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=True),
    sa.Column('subject_start', sa.Integer(), nullable=False),
    sa.Column('subject_end', sa.Integer(), nullable=False),
    sa.Column('subject_text', sa.Text(), nullable=False),
    sa.Column('verb_start', sa.Integer(), nullable=False),
    sa.Column('verb_end', sa.Integer(), nullable=False),
    sa.Column('verb_text', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('obj_start', sa.Integer(), nullable=True),
    sa.Column('obj_end', sa.Integer(), nullable=True),
    sa.Column('obj_text', sa.Text(), nullable=True),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('sentence_text', sa.Text(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('date', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actions_actor_id_actors')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_actions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actions_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_category'), ['category'], unique=False)

    op.create_table('article_copies',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('fmt', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_copies_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_copies'))
    )
    with op.batch_alter_table('article_copies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_copies_article_id'), ['article_id'], unique=False)

    op.create_table('attributions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('cue_start', sa.Integer(), nullable=False),
    sa.Column('cue_end', sa.Integer(), nullable=False),
    sa.Column('cue_text', sa.Text(), nullable=False),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('source_text', sa.Text(), nullable=True),
    sa.Column('contents', sa.JSON(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('sentence_text', sa.Text(), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=True),
    sa.Column('speech', sa.String(length=16), nullable=False),
    sa.Column('date', sa.String(length=64), nullable=True),
    sa.Column('date_source', sa.String(length=16), nullable=False),
    sa.Column('source_type', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_attributions_actor_id_actors')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_attributions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attributions'))
    )
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attributions_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attributions_article_id'), ['article_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('label', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_mentions_actor_id_actors')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)

    op.create_table('time_exprs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('value', sa.String(length=64), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('granularity', sa.String(length=16), nullable=False),
    sa.Column('interval_start', sa.String(length=10), nullable=True),
    sa.Column('interval_end', sa.String(length=10), nullable=True),
    sa.Column('anchored', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_time_exprs_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_exprs'))
    )
    with op.batch_alter_table('time_exprs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_time_exprs_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_exprs_value'), ['value'], unique=False)

    op.create_table('stance_records',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('question_id', sa.String(length=200), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('method', sa.String(length=64), nullable=False),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=64), nullable=True),
    sa.Column('date_source', sa.String(length=16), nullable=True),
    sa.Column('via', sa.String(length=200), nullable=True),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('sentence_text', sa.Text(), nullable=False),
    sa.Column('content_start', sa.Integer(), nullable=True),
    sa.Column('content_end', sa.Integer(), nullable=True),
    sa.Column('content_text', sa.Text(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('cue_text', sa.Text(), nullable=True),
    sa.Column('speaker_start', sa.Integer(), nullable=True),
    sa.Column('speaker_end', sa.Integer(), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('attribution_id', sa.Integer(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('cluster_id', sa.String(length=16), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_stance_records_actor_id_actors')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_stance_records_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['attribution_id'], ['attributions.id'], name=op.f('fk_stance_records_attribution_id_attributions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stance_records'))
    )
    with op.batch_alter_table('stance_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stance_records_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stance_records_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stance_records_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stance_records_question_id_actor_id'), ['question_id', 'actor_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stance_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stance_records_question_id_actor_id'))
        batch_op.drop_index(batch_op.f('ix_stance_records_cluster_id'))
        batch_op.drop_index(batch_op.f('ix_stance_records_article_id'))
        batch_op.drop_index(batch_op.f('ix_stance_records_actor_id'))

    op.drop_table('stance_records')
    with op.batch_alter_table('time_exprs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_exprs_value'))
        batch_op.drop_index(batch_op.f('ix_time_exprs_article_id'))

    op.drop_table('time_exprs')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_actor_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attributions_article_id'))
        batch_op.drop_index(batch_op.f('ix_attributions_actor_id'))

    op.drop_table('attributions')
    with op.batch_alter_table('article_copies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_copies_article_id'))

    op.drop_table('article_copies')
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_category'))
        batch_op.drop_index(batch_op.f('ix_actions_article_id'))
        batch_op.drop_index(batch_op.f('ix_actions_actor_id'))

    op.drop_table('actions')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet'))
        batch_op.drop_index(batch_op.f('ix_articles_cluster_id'))

    op.drop_table('articles')
    op.drop_table('questions')
    op.drop_table('clusters')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_kind'))
        batch_op.drop_index(batch_op.f('ix_actors_country'))

    op.drop_table('actors')
