"""Statements that write one article's records; each function runs inside the caller's transaction."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..model import Actor, Reading, StanceRecord
from . import convert
from .schema import actions, actors, attributions, mentions, stance_records, time_exprs

log = logging.getLogger(__name__)

#: which description of an actor wins when two disagree: the knowledge base, then the text, then a stub
_SOURCE_RANK = {"stub": 0, "text": 1}


def _rank(source: str) -> int:
    return _SOURCE_RANK.get(source, 2)


def upsert_actors(conn: Connection, given: Iterable[Actor], now: datetime) -> None:
    """Insert new actors and refresh stored ones unless the stored description is better sourced."""
    wanted: dict[str, Actor] = {}
    for actor in given:
        if actor.id not in wanted or _rank(actor.source) >= _rank(wanted[actor.id].source):
            wanted[actor.id] = actor
    if not wanted:
        return
    stored = {r["id"]: r for r in conn.execute(
        sa.select(actors).where(actors.c.id.in_(list(wanted)))).mappings()}
    new_rows = [convert.actor_row(a, now) for i, a in wanted.items() if i not in stored]
    if new_rows:
        conn.execute(actors.insert(), new_rows)
    for actor_id, actor in wanted.items():
        old = stored.get(actor_id)
        if old is None or _rank(actor.source) < _rank(old["source"]):
            continue
        row = convert.actor_row(actor, now)
        del row["created_at"], row["updated_at"], row["id"]
        row["aliases"] = sorted(set(old["aliases"] or []) | set(actor.aliases))
        if any(old[k] != v for k, v in row.items()):  # most articles re-mention known actors unchanged
            conn.execute(actors.update().where(actors.c.id == actor_id).values(**row, updated_at=now))


def referenced_actors(reading: Reading) -> list[Actor]:
    """The reading's actors plus stubs for ids that mentions, attributions or actions use undescribed."""
    found = dict(reading.actors)
    names = {m.actor_id: m.span.text for m in reading.mentions}
    ids = [m.actor_id for m in reading.mentions]
    ids += [a.actor_id for a in reading.attributions if a.actor_id]
    ids += [a.actor_id for a in reading.actions if a.actor_id]
    for actor_id in ids:
        if actor_id not in found:
            log.debug("actor %s has no description in the reading; storing a stub", actor_id)
            found[actor_id] = convert.stub_actor(actor_id, names.get(actor_id, actor_id))
    return list(found.values())


def insert_reading(conn: Connection, article_id: str, reading: Reading, now: datetime) -> None:
    """Store a reading's actors, mentions, dates, attributions and actions for one article."""
    upsert_actors(conn, referenced_actors(reading), now)
    _insert_many(conn, mentions, [convert.mention_row(article_id, m) for m in reading.mentions])
    _insert_many(conn, time_exprs, [convert.time_row(article_id, t) for t in reading.dates])
    _insert_many(conn, attributions, [convert.attribution_row(article_id, i, a)
                                      for i, a in enumerate(reading.attributions)])
    _insert_many(conn, actions, [convert.action_row(article_id, i, a) for i, a in enumerate(reading.actions)])


def _insert_many(conn: Connection, table: sa.Table, rows: list[dict]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def attribution_ids(conn: Connection, article_id: str) -> dict[tuple[int, int], int]:
    """Stored attributions of an article by cue offsets -> row id (to link stance records to them)."""
    q = sa.select(attributions.c.id, attributions.c.cue_start, attributions.c.cue_end).where(
        attributions.c.article_id == article_id)
    return {(r.cue_start, r.cue_end): r.id for r in conn.execute(q)}


def upsert_stances(conn: Connection, article_id: str, records: Sequence[StanceRecord], now: datetime,
                   context: tuple[str | None, str | None]) -> set[str]:
    """Insert or update (in place, keeping ``created_at``) stance records; returns their ids.

    ``context`` is the article's (cluster id, outlet), copied onto each record.
    """
    if not records:
        return set()
    upsert_actors(conn, [r.actor for r in records], now)
    links = attribution_ids(conn, article_id)
    rows: dict[str, dict] = {}
    for record in records:
        cue = record.evidence.cue
        link = links.get((cue.start, cue.end)) if cue else None
        row = convert.stance_row(article_id, record, context[0], context[1], link)
        rows[row["id"]] = row  # the same decision twice in one batch: the last one wins
    stored = set(conn.scalars(sa.select(stance_records.c.id).where(stance_records.c.id.in_(list(rows)))))
    new_rows = [{**r, "created_at": now, "updated_at": now} for i, r in rows.items() if i not in stored]
    _insert_many(conn, stance_records, new_rows)
    for record_id in stored:
        row = {k: v for k, v in rows[record_id].items() if k != "id"}
        conn.execute(stance_records.update().where(stance_records.c.id == record_id)
                     .values({**row, "updated_at": now}))
    return set(rows)
