"""The tables stancemap stores, for SQLite and PostgreSQL alike (SQLAlchemy Core).

Every change here needs an Alembic revision in ``migrations/versions``; ``tests/store`` checks that the
migrated schema equals these models.  Spans are stored as ``<name>_start``/``<name>_end``/``<name>_text``
columns (character offsets into ``articles.text``) so each stored record can be traced to its sentence.
"""
from __future__ import annotations

import sqlalchemy as sa

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

TS = sa.DateTime(timezone=True)


def _span(prefix: str, nullable: bool = False) -> list[sa.Column]:
    """Three columns holding one :class:`~stancemap.model.Span`."""
    return [
        sa.Column(f"{prefix}_start", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_end", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_text", sa.Text, nullable=nullable),
    ]


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=False, index=True)


def _actor_fk(nullable: bool = True) -> sa.Column:
    return sa.Column("actor_id", sa.String(200), sa.ForeignKey("actors.id"), nullable=nullable, index=True)


clusters = sa.Table(
    "clusters", metadata,
    sa.Column("id", sa.String(16), primary_key=True),  # the id of the cluster's first article
    sa.Column("size", sa.Integer, nullable=False, server_default="1"),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("canonical_url", sa.Text),
    # sha256 of canonical_url: a unique key that fits any index whatever the URL's length
    sa.Column("url_key", sa.String(64), unique=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("published_source", sa.String(32)),
    sa.Column("outlet", sa.Text, index=True),
    sa.Column("language", sa.String(16)),
    sa.Column("fmt", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("cluster_id", sa.String(16), sa.ForeignKey("clusters.id"), index=True),
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("sentences", sa.JSON),  # [[start, end], ...] of the reading, None when not read
    sa.Column("read_stages", sa.JSON),  # stages of the stored reading, None when not read
    sa.Column("ingested_at", TS, nullable=False),
)

article_copies = sa.Table(
    "article_copies", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("path", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("fmt", sa.String(16)),
    sa.Column("status", sa.String(16), nullable=False),  # new | duplicate | near-duplicate
    sa.Column("seen_at", TS, nullable=False),
)

actors = sa.Table(
    "actors", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False, index=True),
    sa.Column("country", sa.String(8), index=True),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("represents", sa.String(200)),
    sa.Column("anonymous", sa.Boolean, nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    _actor_fk(nullable=False),
    sa.Column("method", sa.String(32), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("label", sa.String(32)),
)

time_exprs = sa.Table(
    "time_exprs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.String(64), nullable=False, index=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("granularity", sa.String(16), nullable=False),
    sa.Column("interval_start", sa.String(10)),
    sa.Column("interval_end", sa.String(10)),
    sa.Column("anchored", sa.Boolean, nullable=False),
    sa.Column("mod", sa.String(16)),  # TIMEX3 mod (START, MID, END, APPROX...); added in revision 0002
)

attributions = sa.Table(
    "attributions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("seq", sa.Integer, nullable=False),  # order within the article's reading
    *_span("cue"),
    *_span("source", nullable=True),
    sa.Column("contents", sa.JSON, nullable=False),  # [{"start", "end", "text"}, ...]
    *_span("sentence"),
    _actor_fk(),
    sa.Column("speech", sa.String(16), nullable=False),
    sa.Column("date", sa.String(64)),
    sa.Column("date_source", sa.String(16), nullable=False),
    sa.Column("source_type", sa.String(16), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
)

actions = sa.Table(
    "actions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("seq", sa.Integer, nullable=False),
    _actor_fk(),
    *_span("subject"),
    *_span("verb"),
    sa.Column("category", sa.String(32), nullable=False, index=True),
    *_span("obj", nullable=True),
    *_span("sentence"),
    sa.Column("condition", sa.Text),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("date", sa.String(64)),
)

questions = sa.Table(
    "questions", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("statement", sa.Text, nullable=False),
    sa.Column("keywords", sa.JSON, nullable=False),
    sa.Column("examples", sa.JSON, nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)

stance_records = sa.Table(
    "stance_records", metadata,
    # sha256(article|actor|question|sentence and content offsets)[:32]: stable across re-ingests
    sa.Column("id", sa.String(32), primary_key=True),
    _article_fk(),
    _actor_fk(nullable=False),
    # not a foreign key: records may be decided for questions given on the command line only
    sa.Column("question_id", sa.String(200), nullable=False),
    sa.Column("stance", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("method", sa.String(64), nullable=False),
    sa.Column("condition", sa.Text),
    sa.Column("date", sa.String(64)),
    sa.Column("date_source", sa.String(16)),
    sa.Column("via", sa.String(200)),
    *_span("sentence"),
    *_span("content", nullable=True),
    *_span("cue", nullable=True),
    *_span("speaker", nullable=True),
    sa.Column("attribution_id", sa.Integer, sa.ForeignKey("attributions.id", ondelete="SET NULL")),
    sa.Column("outlet", sa.Text),
    sa.Column("cluster_id", sa.String(16), index=True),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.Index(None, "question_id", "actor_id"),
)
