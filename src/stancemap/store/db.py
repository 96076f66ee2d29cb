"""The ``Store``: typed reads and writes of articles, readings, questions and stance records.

One class serves SQLite (embedded, one file) and PostgreSQL (teams); it migrates the database to the
newest schema when opened.  Every write of an article is one transaction, so a killed process leaves
either the whole article (text, reading, stances) or nothing.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from ..config import DEFAULT_DB
from ..errors import StoreError
from ..model import Actor, Article, Attribution, Question, Reading, Span, StanceRecord
from . import convert, writes
from .engine import make_engine, migrate
from .schema import (
    actions,
    actors,
    article_copies,
    articles,
    attributions,
    clusters,
    mentions,
    metadata,
    questions,
    stance_records,
    time_exprs,
)

log = logging.getLogger(__name__)

AddStatus = Literal["new", "duplicate", "near-duplicate"]


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_article` did: stored a new article, or recorded a copy of a stored one."""

    status: AddStatus
    article_id: str
    cluster_id: str | None


@dataclass(frozen=True)
class ActorRow:
    """One line of :meth:`Store.actor_summary`: an actor and how often it is mentioned."""

    actor: Actor
    mentions: int
    documents: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the actor's fields plus the counts."""
        return {**self.actor.to_dict(), "mentions": self.mentions, "documents": self.documents}


class RecordError(StoreError):
    """The database refused one article's records (a value too long, bad data); other articles may go on."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def canonical(url: str | None) -> str | None:
    """The canonical form of an article URL (the ingest helper's rules when available)."""
    if not url:
        return None
    try:
        from ..ingest import canonical_url
    except ImportError:  # readers not installed: compare URLs as given
        return url.strip() or None
    return canonical_url(url)


class Store:
    """A stancemap database.  ``Store("sqlite:///news.db")`` or ``Store("postgresql+psycopg://...")``."""

    def __init__(self, url: str = DEFAULT_DB) -> None:
        self.url = url
        self.engine = make_engine(url)
        migrate(self.engine)

    # -- plumbing -------------------------------------------------------------------------------
    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction, committed on success, with database errors as StoreError."""
        try:
            with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
                yield conn
        except IntegrityError:
            raise
        except OperationalError as e:
            raise StoreError(f"cannot write to {self.engine.url!r}: {_first_line(e)}") from e
        except DBAPIError as e:
            raise RecordError(f"the database refused a record: {_first_line(e)}") from e

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as e:
            raise StoreError(f"cannot read {self.engine.url!r}: {_first_line(e)}") from e

    # -- articles -------------------------------------------------------------------------------
    def find_duplicate(self, article: Article) -> str | None:
        """The id of a stored article with the same text or the same canonical URL, else None."""
        with self._read() as conn:
            return self._duplicate_of(conn, article, convert.url_key(canonical(article.url)))

    @staticmethod
    def _duplicate_of(conn: Connection, article: Article, key: str | None) -> str | None:
        cond = articles.c.content_hash == article.content_hash
        if key:
            cond = sa.or_(cond, articles.c.url_key == key)
        return conn.scalars(sa.select(articles.c.id).where(cond).limit(1)).first()

    def add_article(self, article: Article, reading: Reading | None = None,
                    stances: Sequence[StanceRecord] = (), *, minhash: bytes | None = None,
                    near_of: str | None = None, stages: Sequence[str] | None = None) -> AddResult:
        """Store an article with its reading and stance records in one transaction.

        Args:
            article: the article; its ``source_path``/``url`` are kept as a copy (provenance).
            reading: what the nlp stage found, or None when the article was not read.
            stances: decisions about this article.
            minhash: the article's MinHash signature (kept to warm the story clusterer).
            near_of: id of a stored article this one nearly duplicates; joins that story cluster.
            stages: the pipeline stages that produced ``reading`` (kept to tell what a re-read would add).
        Returns:
            AddResult: ``new``/``near-duplicate`` when stored, ``duplicate`` when the same text or the same
            canonical URL was already stored (then only a copy row is added).
        """
        try:
            return self._add(article, reading, stances, minhash, near_of, stages)
        except IntegrityError as e:
            if self.find_duplicate(article) is None:
                raise RecordError(f"article {article.id} was not stored: {_first_line(e)}; "
                                  "its reading breaks a database constraint") from e
            # another writer stored the same article between our check and our insert
            log.info("article %s was stored concurrently; recording a copy", article.id)
            return self._add(article, None, (), minhash, near_of, None)

    def _add(self, article, reading, stances, minhash, near_of, stages) -> AddResult:
        now, canon = _now(), canonical(article.url)
        with self._write() as conn:
            existing = self._duplicate_of(conn, article, convert.url_key(canon))
            if existing is not None:
                self._add_copy(conn, existing, article, "duplicate", now)
                cluster = conn.scalar(sa.select(articles.c.cluster_id).where(articles.c.id == existing))
                return AddResult("duplicate", existing, cluster)
            cluster, status = self._join_cluster(conn, article.id, near_of, now)
            row = convert.article_row(article, canon, now)
            row.update(cluster_id=cluster, minhash=minhash)
            if reading is not None:
                row.update(sentences=[[s.start, s.end] for s in reading.sentences],
                           read_stages=list(stages) if stages is not None else None)
            conn.execute(articles.insert(), row)
            self._add_copy(conn, article.id, article, status, now)
            if reading is not None:
                writes.insert_reading(conn, article.id, reading, now)
            writes.upsert_stances(conn, article.id, stances, now, (cluster, article.outlet))
            return AddResult(status, article.id, cluster)

    @staticmethod
    def _join_cluster(conn: Connection, article_id: str, near_of: str | None, now: datetime) -> tuple[str, AddStatus]:
        """The story cluster for a new article: its near-duplicate's, or a new one named after it."""
        if near_of:
            cluster = conn.scalar(sa.select(articles.c.cluster_id).where(articles.c.id == near_of))
            if cluster:
                conn.execute(clusters.update().where(clusters.c.id == cluster)
                             .values(size=clusters.c.size + 1, updated_at=now))
                return cluster, "near-duplicate"
            log.warning("near-duplicate target %s is not stored; starting a new cluster", near_of)
        conn.execute(clusters.insert(), {"id": article_id, "size": 1, "created_at": now, "updated_at": now})
        return article_id, "new"

    @staticmethod
    def _add_copy(conn: Connection, article_id: str, article: Article, status: str, now: datetime) -> None:
        same = sa.select(article_copies.c.id).where(
            article_copies.c.article_id == article_id,
            _eq_or_null(article_copies.c.path, article.source_path),
            _eq_or_null(article_copies.c.url, article.url))
        if conn.scalars(same.limit(1)).first() is not None:
            return  # the same file ingested again: provenance already recorded
        conn.execute(article_copies.insert(), {"article_id": article_id, "path": article.source_path,
                                               "url": article.url, "fmt": article.fmt, "status": status,
                                               "seen_at": now})

    def get_article(self, article_id: str) -> Article | None:
        """The stored article with this id (``source_path`` = where its first copy came from)."""
        with self._read() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
            if row is None:
                return None
            return convert.article_of(row, self._first_path(conn, article_id))

    @staticmethod
    def _first_path(conn: Connection, article_id: str) -> str | None:
        q = (sa.select(article_copies.c.path).where(article_copies.c.article_id == article_id)
             .order_by(article_copies.c.id).limit(1))
        return conn.scalars(q).first()

    def articles(self, page: int = 200) -> Iterator[Article]:
        """Every stored article, in id order (read in pages, so the store may be written meanwhile)."""
        last = ""
        while True:
            with self._read() as conn:
                rows = conn.execute(sa.select(articles).where(articles.c.id > last)
                                    .order_by(articles.c.id).limit(page)).mappings().all()
            if not rows:
                return
            for row in rows:
                yield convert.article_of(row)
            last = rows[-1]["id"]

    def copies(self, article_id: str) -> list[dict[str, Any]]:
        """Every place a copy of the article arrived from: path, url, fmt, status, seen_at."""
        cols = [article_copies.c[c] for c in ("path", "url", "fmt", "status", "seen_at")]
        with self._read() as conn:
            q = sa.select(*cols).where(article_copies.c.article_id == article_id).order_by(article_copies.c.id)
            return [{**r, "seen_at": _utc(r["seen_at"])} for r in conn.execute(q).mappings()]

    def cluster_of(self, article_id: str) -> str | None:
        """The story cluster id of a stored article."""
        with self._read() as conn:
            return conn.scalar(sa.select(articles.c.cluster_id).where(articles.c.id == article_id))

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) of every stored article that has one."""
        with self._read() as conn:
            q = sa.select(articles.c.id, articles.c.minhash).where(articles.c.minhash.is_not(None))
            rows = conn.execute(q.order_by(articles.c.id)).all()
        for article_id, sig in rows:
            yield article_id, bytes(sig)

    def get_reading(self, article_id: str) -> Reading | None:
        """The stored reading of an article (None when the article is absent or was not read)."""
        article = self.get_article(article_id)
        if article is None:
            return None
        with self._read() as conn:
            sents = conn.scalar(sa.select(articles.c.sentences).where(articles.c.id == article_id))
            if sents is None:
                return None
            return Reading(
                article=article,
                actors=self._reading_actors(conn, article_id),
                mentions=[convert.mention_of(r) for r in _rows(conn, mentions, article_id, "start")],
                dates=[convert.time_of(r) for r in _rows(conn, time_exprs, article_id, "start")],
                sentences=[Span(s, e, article.text[s:e]) for s, e in sents],
                attributions=[convert.attribution_of(r) for r in _rows(conn, attributions, article_id, "seq")],
                actions=[convert.action_of(r) for r in _rows(conn, actions, article_id, "seq")],
            )

    @staticmethod
    def _reading_actors(conn: Connection, article_id: str) -> dict[str, Actor]:
        ids = sa.union(*(sa.select(t.c.actor_id).where(t.c.article_id == article_id, t.c.actor_id.is_not(None))
                         for t in (mentions, attributions, actions)))
        q = sa.select(actors).where(actors.c.id.in_(sa.select(ids.subquery().c.actor_id))).order_by(actors.c.id)
        return {r["id"]: convert.actor_of(r) for r in conn.execute(q).mappings()}

    def counts(self) -> dict[str, int]:
        """Number of rows per table (for summaries and tests)."""
        with self._read() as conn:
            return {t.name: conn.scalar(sa.select(sa.func.count()).select_from(t))
                    for t in metadata.sorted_tables}

    # -- actors and quotes ------------------------------------------------------------------------
    def actor_summary(self, doc: str | None = None) -> list[ActorRow]:
        """Actors with their mention counts, most mentioned first (in one document, or in all)."""
        counts = sa.select(mentions.c.actor_id, sa.func.count().label("n"),
                           sa.func.count(sa.distinct(mentions.c.article_id)).label("docs"))
        if doc is not None:
            counts = counts.where(mentions.c.article_id == doc)
        counts = counts.group_by(mentions.c.actor_id).subquery()
        q = sa.select(actors, sa.func.coalesce(counts.c.n, 0).label("n"),
                      sa.func.coalesce(counts.c.docs, 0).label("docs"))
        if doc is None:
            q = q.outerjoin(counts, counts.c.actor_id == actors.c.id)
        else:
            q = q.join(counts, counts.c.actor_id == actors.c.id)
        q = q.order_by(sa.desc("n"), actors.c.id)
        with self._read() as conn:
            return [ActorRow(convert.actor_of(r), int(r["n"]), int(r["docs"])) for r in conn.execute(q).mappings()]

    def attributions(self, actor: str | None = None, doc: str | None = None) -> list[tuple[str, Attribution]]:
        """Stored reported speech as (article id, attribution), by document and cue position.

        Args:
            actor: an actor id (``person:olaf-scholz``) or a case-insensitive part of an actor's name.
            doc: an article id.
        """
        q = sa.select(attributions).order_by(attributions.c.article_id, attributions.c.cue_start)
        if doc is not None:
            q = q.where(attributions.c.article_id == doc)
        if actor is not None:
            q = q.where(attributions.c.actor_id.in_(_actor_ids_matching(actor)))
        with self._read() as conn:
            return [(r["article_id"], convert.attribution_of(r)) for r in conn.execute(q).mappings()]

    # -- questions --------------------------------------------------------------------------------
    def save_questions(self, items: Iterable[Question]) -> None:
        """Insert or update questions by id (``updated_at`` moves only when a question changed)."""
        now = _now()
        with self._write() as conn:
            for q in items:
                row = {"statement": q.statement, "keywords": list(q.keywords),
                       "examples": {k: list(v) for k, v in q.examples.items()}}
                old = conn.execute(sa.select(questions).where(questions.c.id == q.id)).mappings().first()
                if old is None:
                    conn.execute(questions.insert(), {"id": q.id, **row, "created_at": now, "updated_at": now})
                elif any(old[k] != v for k, v in row.items()):
                    conn.execute(questions.update().where(questions.c.id == q.id).values(**row, updated_at=now))

    def questions(self) -> list[Question]:
        """Every saved question, by id."""
        with self._read() as conn:
            return [convert.question_of(r) for r in conn.execute(sa.select(questions).order_by(questions.c.id)).mappings()]

    def question(self, question_id: str) -> Question | None:
        """One saved question, or None."""
        with self._read() as conn:
            row = conn.execute(sa.select(questions).where(questions.c.id == question_id)).mappings().first()
        return convert.question_of(row) if row else None

    # -- stance records -----------------------------------------------------------------------------
    def stance_records(self, question: str, actor: str | None = None) -> list[StanceRecord]:
        """Stored decisions on a question (optionally of one actor: id or part of a name), oldest first."""
        q = (sa.select(stance_records).where(stance_records.c.question_id == question)
             .order_by(stance_records.c.created_at, stance_records.c.id))
        if actor is not None:
            q = q.where(stance_records.c.actor_id.in_(_actor_ids_matching(actor)))
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            ids = sorted({r["actor_id"] for r in rows})
            found = {r["id"]: convert.actor_of(r) for r in
                     conn.execute(sa.select(actors).where(actors.c.id.in_(ids))).mappings()}
        return [convert.stance_of(r, found[r["actor_id"]]) for r in rows]

    def stance_timestamps(self, question: str) -> dict[str, tuple[datetime, datetime]]:
        """Record id -> (created_at, updated_at) for a question's records (for exports and history)."""
        q = sa.select(stance_records.c.id, stance_records.c.created_at, stance_records.c.updated_at).where(
            stance_records.c.question_id == question)
        with self._read() as conn:
            return {r.id: (_utc(r.created_at), _utc(r.updated_at)) for r in conn.execute(q)}

    def replace_stances(self, article_id: str, records: Sequence[StanceRecord],
                        question_ids: Iterable[str] | None = None) -> None:
        """Make ``records`` the article's stance records, updating unchanged ids in place.

        Args:
            article_id: a stored article.
            records: the new decisions for it.
            question_ids: when given, only records of these question ids are replaced; others stay.
        """
        now = _now()
        with self._write() as conn:
            context = conn.execute(sa.select(articles.c.cluster_id, articles.c.outlet)
                                   .where(articles.c.id == article_id)).first()
            if context is None:
                raise StoreError(f"article {article_id} is not stored; ingest it before deciding its stances")
            kept = writes.upsert_stances(conn, article_id, records, now, tuple(context))
            stale = sa.delete(stance_records).where(stance_records.c.article_id == article_id,
                                                    stance_records.c.id.not_in(list(kept)))
            if question_ids is not None:
                stale = stale.where(stance_records.c.question_id.in_(list(question_ids)))
            conn.execute(stale)


def _first_line(e: DBAPIError) -> str:
    return str(e.orig or e).strip().splitlines()[0]


def _utc(value: datetime) -> datetime:
    """SQLite returns stored UTC timestamps without their zone; put it back."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def _rows(conn: Connection, table: sa.Table, article_id: str, order: str):
    q = sa.select(table).where(table.c.article_id == article_id).order_by(table.c[order], table.c.id)
    return conn.execute(q).mappings().all()


def _actor_ids_matching(actor: str):
    """A subquery of actor ids equal to ``actor`` or whose name contains it (case-insensitive)."""
    return sa.select(actors.c.id).where(sa.or_(
        actors.c.id == actor, sa.func.lower(actors.c.name).contains(actor.lower(), autoescape=True)))


def _eq_or_null(col, value):
    return col.is_(None) if value is None else col == value
