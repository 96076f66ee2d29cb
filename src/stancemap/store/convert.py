"""Rows <-> dataclasses: the only place that knows how a model record maps onto columns."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import asdict
from datetime import datetime
from typing import Any

from ..model import (
    Actor,
    ActorMention,
    Article,
    Attribution,
    Evidence,
    Question,
    ReportedAction,
    Role,
    Span,
    StanceRecord,
    TimeExpr,
)

#: actor kind guessed from an id prefix, for ids that no reading described (stub actors)
_KIND_BY_PREFIX = {"country": "country", "gov": "government", "org": "organisation", "person": "person",
                   "anon": "person", "group": "group"}


def span_cols(prefix: str, span: Span | None) -> dict[str, Any]:
    """``{prefix_start, prefix_end, prefix_text}`` for a span (all None when absent)."""
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def span_of(row: Mapping[str, Any], prefix: str) -> Span | None:
    """The span stored under ``prefix`` in a row, or None."""
    start = row[f"{prefix}_start"]
    if start is None:
        return None
    return Span(start, row[f"{prefix}_end"], row[f"{prefix}_text"] or "")


def article_row(article: Article, canonical_url: str | None, now: datetime) -> dict[str, Any]:
    """The ``articles`` row for a new article (cluster, minhash and reading are added by the caller)."""
    return {
        "id": article.id, "content_hash": article.content_hash, "canonical_url": canonical_url,
        "url_key": url_key(canonical_url), "url": article.url, "title": article.title,
        "published": article.published, "published_source": article.published_source,
        "outlet": article.outlet, "language": article.language, "fmt": article.fmt,
        "text": article.text, "ingested_at": now,
    }


def url_key(canonical_url: str | None) -> str | None:
    """The unique key of a canonical URL (its sha256), or None."""
    if not canonical_url:
        return None
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()


def article_of(row: Mapping[str, Any], source_path: str | None = None) -> Article:
    """An :class:`Article` from an ``articles`` row."""
    return Article(
        text=row["text"], title=row["title"], url=row["url"], published=row["published"],
        published_source=row["published_source"], outlet=row["outlet"], language=row["language"],
        source_path=source_path, fmt=row["fmt"],
    )


def actor_row(actor: Actor, now: datetime) -> dict[str, Any]:
    """The ``actors`` row of an actor."""
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
        "aliases": list(actor.aliases), "roles": [asdict(r) for r in actor.roles],
        "represents": actor.represents, "anonymous": bool(actor.anonymous), "source": actor.source,
        "created_at": now, "updated_at": now,
    }


def stub_actor(actor_id: str, name: str) -> Actor:
    """An actor known only by id (a mention or record pointing at an actor no reading described)."""
    prefix = actor_id.split(":", 1)[0]
    kind = _KIND_BY_PREFIX.get(prefix, "group")
    return Actor(id=actor_id, name=name or actor_id, kind=kind, anonymous=prefix == "anon", source="stub")


def actor_of(row: Mapping[str, Any]) -> Actor:
    """An :class:`Actor` from an ``actors`` row."""
    return Actor(
        id=row["id"], name=row["name"], kind=row["kind"], country=row["country"],
        aliases=list(row["aliases"] or []), roles=[Role(**r) for r in row["roles"] or []],
        represents=row["represents"], anonymous=bool(row["anonymous"]), source=row["source"],
    )


def mention_row(article_id: str, m: ActorMention) -> dict[str, Any]:
    """The ``mentions`` row of a mention."""
    return {"article_id": article_id, "start": m.span.start, "end": m.span.end, "text": m.span.text,
            "actor_id": m.actor_id, "method": m.method, "score": float(m.score), "label": m.label}


def mention_of(row: Mapping[str, Any]) -> ActorMention:
    """An :class:`ActorMention` from a ``mentions`` row."""
    return ActorMention(Span(row["start"], row["end"], row["text"]), row["actor_id"], row["method"],
                        row["score"], row["label"])


def time_row(article_id: str, t: TimeExpr) -> dict[str, Any]:
    """The ``time_exprs`` row of a date expression."""
    start, end = t.interval if t.interval else (None, None)
    return {"article_id": article_id, "start": t.span.start, "end": t.span.end, "text": t.span.text,
            "value": t.value, "type": t.type, "granularity": t.granularity, "interval_start": start,
            "interval_end": end, "anchored": bool(t.anchored), "mod": t.mod}


def time_of(row: Mapping[str, Any]) -> TimeExpr:
    """A :class:`TimeExpr` from a ``time_exprs`` row."""
    interval = (row["interval_start"], row["interval_end"]) if row["interval_start"] else None
    return TimeExpr(Span(row["start"], row["end"], row["text"]), row["value"], row["type"],
                    row["granularity"], interval, bool(row["anchored"]), row.get("mod"))


def attribution_row(article_id: str, seq: int, a: Attribution) -> dict[str, Any]:
    """The ``attributions`` row of a piece of reported speech."""
    return {
        "article_id": article_id, "seq": seq, **span_cols("cue", a.cue), **span_cols("source", a.source),
        "contents": [c.to_dict() for c in a.contents], **span_cols("sentence", a.sentence),
        "actor_id": a.actor_id, "speech": a.speech, "date": a.date, "date_source": a.date_source,
        "source_type": a.source_type, "score": float(a.score),
    }


def attribution_of(row: Mapping[str, Any]) -> Attribution:
    """An :class:`Attribution` from an ``attributions`` row."""
    return Attribution(
        cue=span_of(row, "cue"), contents=[Span(**c) for c in row["contents"] or []],
        sentence=span_of(row, "sentence"), source=span_of(row, "source"), actor_id=row["actor_id"],
        speech=row["speech"], date=row["date"], date_source=row["date_source"],
        source_type=row["source_type"], score=row["score"],
    )


def action_row(article_id: str, seq: int, a: ReportedAction) -> dict[str, Any]:
    """The ``actions`` row of a reported action."""
    return {
        "article_id": article_id, "seq": seq, "actor_id": a.actor_id, **span_cols("subject", a.subject),
        **span_cols("verb", a.verb), "category": a.category, **span_cols("obj", a.obj),
        **span_cols("sentence", a.sentence), "condition": a.condition, "negated": bool(a.negated),
        "date": a.date,
    }


def action_of(row: Mapping[str, Any]) -> ReportedAction:
    """A :class:`ReportedAction` from an ``actions`` row."""
    return ReportedAction(
        actor_id=row["actor_id"], subject=span_of(row, "subject"), verb=span_of(row, "verb"),
        category=row["category"], obj=span_of(row, "obj"), sentence=span_of(row, "sentence"),
        condition=row["condition"], negated=bool(row["negated"]), date=row["date"],
    )


def question_of(row: Mapping[str, Any]) -> Question:
    """A :class:`Question` from a ``questions`` row."""
    return Question(id=row["id"], statement=row["statement"], keywords=list(row["keywords"] or []),
                    examples={k: list(v) for k, v in (row["examples"] or {}).items()})


def stance_id(article_id: str, record: StanceRecord) -> str:
    """The stable id of a stance record: article, actor, question and evidence offsets."""
    ev = record.evidence
    content = (ev.content.start, ev.content.end) if ev.content else ("", "")
    key = "|".join(str(p) for p in (article_id, record.actor.id, record.question, ev.sentence.start,
                                    ev.sentence.end, *content))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def stance_row(article_id: str, record: StanceRecord, cluster_id: str | None, outlet: str | None,
               attribution_id: int | None) -> dict[str, Any]:
    """The ``stance_records`` row of a decision (timestamps are set by the store)."""
    ev = record.evidence
    return {
        "id": stance_id(article_id, record), "article_id": article_id, "actor_id": record.actor.id,
        "question_id": record.question, "stance": record.stance, "confidence": float(record.confidence),
        "method": record.method, "condition": record.condition, "date": record.date,
        "date_source": record.date_source, "via": record.via, **span_cols("sentence", ev.sentence),
        **span_cols("content", ev.content), **span_cols("cue", ev.cue), **span_cols("speaker", ev.speaker),
        "attribution_id": attribution_id, "outlet": ev.outlet or outlet, "cluster_id": cluster_id,
    }


def stance_of(row: Mapping[str, Any], actor: Actor) -> StanceRecord:
    """A :class:`StanceRecord` from a ``stance_records`` row and its actor."""
    evidence = Evidence(
        document=row["article_id"], sentence=span_of(row, "sentence"), content=span_of(row, "content"),
        cue=span_of(row, "cue"), speaker=span_of(row, "speaker"), outlet=row["outlet"],
        cluster=row["cluster_id"],
    )
    return StanceRecord(
        actor=actor, question=row["question_id"], stance=row["stance"], confidence=row["confidence"],
        evidence=evidence, method=row["method"], condition=row["condition"], date=row["date"],
        date_source=row["date_source"], via=row["via"],
    )
