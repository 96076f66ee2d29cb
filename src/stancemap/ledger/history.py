"""The ledger over time: pure functions over StanceRecords (the store hands them over).

* :func:`positions` - one position per actor, question and story: within one article a directional
  stance outweighs an explicit neutral one, and copies of one story (same ``evidence.cluster``) count once;
* :func:`stance_as_of` / :func:`table` - each actor's stance on a question as of a date;
* :func:`history` - an actor's positions in date order;
* :func:`changes` - changes of position as first-class records (date, from, to, both evidences).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..errors import InputError
from ..model import Actor, StanceRecord


@dataclass(frozen=True)
class StanceChange:
    """An actor moved from one stance to another; both evidences are kept."""

    actor: Actor
    question: str
    date: str | None
    from_stance: str
    to_stance: str
    before: StanceRecord
    after: StanceRecord

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor.id, "name": self.actor.name, "question": self.question,
                "date": self.date, "from": self.from_stance, "to": self.to_stance,
                "before": _evidence(self.before), "after": _evidence(self.after)}


@dataclass(frozen=True)
class LedgerRow:
    """One actor's current stance on a question: the row of ``stancemap table``."""

    actor: Actor
    question: str
    stance: str
    since: str | None
    condition: str | None
    latest: StanceRecord

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor.name, "actor_id": self.actor.id, "kind": self.actor.kind,
                "country": self.actor.country, "stance": self.stance, "since": self.since,
                "condition": self.condition, "evidence": self.latest.evidence.sentence.text,
                "outlet": self.latest.evidence.outlet, "document": self.latest.evidence.document,
                "via": self.latest.via, "confidence": round(float(self.latest.confidence), 3)}


def _evidence(r: StanceRecord) -> dict[str, Any]:
    return {"document": r.evidence.document, "date": r.date, "text": r.evidence.sentence.text,
            "outlet": r.evidence.outlet, "confidence": round(float(r.confidence), 3)}


def date_key(value: str | None) -> str:
    """The first day a TIMEX value covers, as ISO text ("2024-W21" -> "2024-05-20"); "" when unknown or
    not a real day ("2024-02-30")."""
    if not value:
        return ""
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week[:2]), 1).isoformat()
        if len(value) == 4:
            return date(int(value), 1, 1).isoformat()
        if len(value) == 7:
            return date.fromisoformat(f"{value}-01").isoformat()
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""


def last_day(value: str | None) -> str:
    """The last day a TIMEX value covers ("2024" -> "2024-12-31", "2024-W21" -> "2024-05-26"); "" when
    unknown."""
    first = date_key(value)
    if not first:
        return ""
    start = date.fromisoformat(first)
    if "-W" in value:
        return date.fromordinal(start.toordinal() + 6).isoformat()
    if len(value) == 4:
        return date(start.year, 12, 31).isoformat()
    if len(value) == 7:
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1).isoformat()
    return first


def parse_as_of(value: str | None) -> str | None:
    """Validate an ``--as-of`` value (YYYY, YYYY-MM or YYYY-MM-DD); returns its last covered day."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return date(int(value), 12, 31).isoformat()
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1).isoformat()
        return date.fromisoformat(value).isoformat()
    except ValueError as e:
        raise InputError(f"--as-of {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from e


def _order(r: StanceRecord) -> tuple[str, float]:
    return date_key(r.date), float(r.confidence)


#: days before an article's latest dated position that still count as the same, current position
CURRENT_DAYS = 7


def _days_before(key: str, days: int) -> str:
    """The ISO day ``days`` before the ISO day ``key`` (a :func:`date_key`; "" stays "")."""
    if not key:
        return key
    return date.fromordinal(date.fromisoformat(key).toordinal() - days).isoformat()


def article_position(records: list[StanceRecord]) -> StanceRecord:
    """The position one article gives one actor: directional over neutral, then the current records
    (those that reach within :data:`CURRENT_DAYS` of the latest date: "voted on Monday" and "said" on the
    day of publication are one position; a year or a month counts to its last day), then the side with
    the most evidence (:func:`_weight`), shown by its surest record.

    A conditional record refines a support ("Germany allows strikes" in the headline, "only to defend
    the border region" in the body): the two count as one side, and when that side wins the
    conditional one stands for it.
    """
    directional = [r for r in records if r.stance != "neutral"] or records
    since = _days_before(max(date_key(r.date) for r in directional), CURRENT_DAYS)
    current = [r for r in directional if last_day(r.date) >= since]
    surest = max(current, key=_order)
    weights = _weight(current)
    side = max(weights, key=lambda s: (weights[s], s == _side(surest.stance)))
    stances = {r.stance for r in current if _side(r.stance) == side}
    stance = "conditional" if "conditional" in stances else side
    return max((r for r in current if r.stance == stance), key=_order)


def _side(stance: str) -> str:
    """A conditional stance is on the side of support."""
    return "support" if stance == "conditional" else stance


def _weight(records: list[StanceRecord]) -> dict[str, float]:
    """Evidence for each side: the confidences summed over sentences (a sentence counts once).

    Two sentences that endorse outweigh one surer refusal ("refused to endorse him in July" against
    "is endorsing" and "will vote for" the same man).
    """
    best: dict[tuple[str, int], float] = {}
    for r in records:
        key = (_side(r.stance), r.evidence.sentence.start)
        best[key] = max(best.get(key, 0.0), float(r.confidence))
    weights: dict[str, float] = {}
    for (side, _), conf in best.items():
        weights[side] = weights.get(side, 0.0) + conf
    return weights


def _country_actor(actor):
    """The country a government actor governs (one ledger row per country), else the actor itself."""
    if actor.kind != "government" or not actor.country:
        return actor
    from ..nlp.actors.kb import load_kb

    try:
        return load_kb().actor_on(f"country:{actor.country}", None)
    except KeyError:
        return actor


def as_country_rows(records: Iterable[StanceRecord]) -> list[StanceRecord]:
    """Records of a government ("Washington", "the Biden administration") filed under its country.

    The reading keeps metonyms as governments; the ledger shows one row per country, so that "Berlin
    rules out strikes" and a later "Germany allows strikes" are one history with a change of position.
    """
    return [r if r.actor.kind != "government" else replace(r, actor=_country_actor(r.actor)) for r in records]


def positions(records: Iterable[StanceRecord]) -> list[StanceRecord]:
    """One record per actor, question and story, in date order (copies of a story count once).

    A government's records count for its country (see :func:`as_country_rows`).
    """
    per_doc: dict[tuple[str, str, str], list[StanceRecord]] = {}
    for r in as_country_rows(records):
        per_doc.setdefault((r.actor.id, r.question, r.evidence.document), []).append(r)
    per_story: dict[tuple[str, str, str], StanceRecord] = {}
    for (actor_id, question, doc), group in per_doc.items():
        pos = article_position(group)
        key = (actor_id, question, pos.evidence.cluster or doc)
        seen = per_story.get(key)
        # the first report of a story stands for its copies
        if seen is None or (date_key(pos.date), pos.evidence.document) < (date_key(seen.date), seen.evidence.document):
            per_story[key] = pos
    return sorted(per_story.values(), key=lambda r: (r.actor.id, *_order(r)))


def history(records: Iterable[StanceRecord], actor_id: str | None = None) -> list[StanceRecord]:
    """Positions in date order, for one actor (id) or all."""
    out = [r for r in positions(records) if actor_id is None or r.actor.id == actor_id]
    return sorted(out, key=_order)


def _by_actor(records: Iterable[StanceRecord], as_of: str | None) -> dict[str, list[StanceRecord]]:
    limit = parse_as_of(as_of)
    grouped: dict[str, list[StanceRecord]] = {}
    for r in positions(records):
        if limit and date_key(r.date) and date_key(r.date) > limit:
            continue
        grouped.setdefault(r.actor.id, []).append(r)
    for group in grouped.values():
        group.sort(key=_order)
    return grouped


def table(records: Iterable[StanceRecord], as_of: str | None = None) -> list[LedgerRow]:
    """Each actor's stance as of ``as_of`` (default: latest), with the date it was first taken."""
    rows = []
    for group in _by_actor(records, as_of).values():
        latest = group[-1]
        since = latest
        for r in reversed(group):
            if r.stance != latest.stance:
                break
            since = r
        rows.append(LedgerRow(latest.actor, latest.question, latest.stance, since.date, latest.condition, latest))
    return sorted(rows, key=lambda row: (row.stance, row.actor.name.lower()))


def stance_as_of(records: Iterable[StanceRecord], as_of: str | None = None) -> dict[str, str]:
    """Actor id -> stance as of ``as_of``."""
    return {row.actor.id: row.stance for row in table(records, as_of)}


def changes(records: Iterable[StanceRecord]) -> list[StanceChange]:
    """Every change of position, in date order."""
    out = []
    for group in _by_actor(records, None).values():
        for before, after in zip(group, group[1:]):
            if before.stance != after.stance:
                out.append(StanceChange(after.actor, after.question, after.date, before.stance,
                                        after.stance, before, after))
    return sorted(out, key=lambda c: (date_key(c.date), c.actor.id))
