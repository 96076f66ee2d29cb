"""Typed records that cross module boundaries.

Every record that is stored or printed can be traced back to characters of one article: spans carry
``start``/``end`` character offsets into ``Article.text``.  These dataclasses are the contract between
the pipeline stages (ingest -> nlp -> ledger -> store -> cli); change them with care.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal["country", "person", "organisation", "group", "government"]
StanceLabel = Literal["support", "oppose", "conditional", "neutral"]
SpeechKind = Literal["direct", "indirect", "mixed"]

ACTOR_KINDS: tuple[str, ...] = ("country", "person", "organisation", "group", "government")
STANCE_LABELS: tuple[str, ...] = ("support", "oppose", "conditional", "neutral")


def normalise_text(text: str) -> str:
    """Text as hashed for identity: NFC, unified newlines, collapsed blank space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[ \t]+", " ", text).strip()


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text, by character offsets (end exclusive)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def strip(self) -> Span:
        """The span without leading or trailing white space (a spaCy sentence keeps its paragraph break)."""
        text = self.text.strip()
        if text == self.text or not text:
            return self
        start = self.start + self.text.index(text)
        return Span(start, start + len(text), text)


@dataclass
class Article:
    """One news article as ingested.

    ``published_source`` says how the publication date was found: ``given`` (front matter, JSON
    field, feed entry), ``html`` (htmldate), ``warc`` (the WARC record date), ``dateline`` / ``text``
    (a date stated at the top of the text), ``latest-date-in-text`` (only a copyright year is stated;
    the day is estimated as the latest day of that year the text reports), ``copyright-year`` (only
    the year is known; the date is 1 January of it) or ``None`` when unknown.
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: str | None = None
    outlet: str | None = None
    language: str | None = "en"
    source_path: str | None = None
    fmt: str | None = None  # the reader that produced it: txt, html, json, jsonl, feed, warc

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def id(self) -> str:
        """Stable article id: the first 16 hex digits of the content hash."""
        return self.content_hash[:16]


@dataclass(frozen=True)
class ReadFailure:
    """A file (or one record in it) that could not be read, and why, in words a user can act on."""

    path: str
    reason: str


@dataclass(frozen=True)
class Role:
    """An office held by a person, optionally dated (ISO dates, None = open)."""

    title: str
    country: str | None = None  # ISO 3166 alpha-3
    organisation: str | None = None  # actor id of the organisation, e.g. "org:NATO"
    start: str | None = None
    end: str | None = None

    def held_on(self, day: date | None) -> bool:
        """True when the role is held on ``day`` (always True when ``day`` is unknown)."""
        if day is None:
            return True
        iso = day.isoformat()
        if self.start and iso < self.start:
            return False
        if self.end and iso > self.end:
            return False
        return True


@dataclass
class Actor:
    """A stance holder: a country, a government, a person, an organisation or a group.

    Ids are stable strings: ``country:FIN``, ``gov:USA``, ``org:NATO``, ``person:<slug>``,
    ``group:<slug>``.  ``represents`` is the actor id of the government or organisation a person
    speaks for (from their role), used for ``via`` records.  Actors created from a description in
    one article (not in the knowledge base) have ``source="text"``.
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    represents: str | None = None
    anonymous: bool = False
    source: str = "kb"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ActorMention:
    """A mention of an actor in an article: surface span, linked actor id, how and how sure."""

    span: Span
    actor_id: str
    method: str  # exact | alias | fuzzy | description | coref | metonym | pronoun
    score: float = 1.0
    label: str | None = None  # spaCy entity label when the mention came from NER


@dataclass(frozen=True)
class TimeExpr:
    """A normalised date expression (TIMEX3-style).

    ``value`` is one of ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-Qn``, or a TIMEX3
    value such as ``PRESENT_REF`` / ``P3D`` for non-date types.  ``interval`` is the first and last day
    covered (inclusive, ISO dates) when the value is a calendar date, week, month, quarter or year.
    """

    span: Span
    value: str
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    granularity: str = "day"  # day | week | month | quarter | year | other
    interval: tuple[str, str] | None = None
    anchored: bool = False  # True when computed relative to the publication date
    mod: str | None = None  # TIMEX3 mod: START ("early June"), MID, END, APPROX, ...; narrows ``interval``


@dataclass
class Attribution:
    """Reported speech: who (source) said (cue) what (contents)."""

    cue: Span
    contents: list[Span]
    sentence: Span
    source: Span | None = None
    actor_id: str | None = None
    speech: SpeechKind = "indirect"
    date: str | None = None
    date_source: str = "published"  # sentence | published | none
    source_type: str = "named"  # named | none | outlet
    score: float = 1.0


@dataclass
class ReportedAction:
    """A deed that carries a position: "Finland lifted its restrictions"."""

    actor_id: str | None
    subject: Span
    verb: Span
    category: str  # lift | impose | allow | refuse | deliver | ratify | urge | ...
    obj: Span | None
    sentence: Span
    condition: str | None = None
    negated: bool = False
    date: str | None = None


@dataclass
class Reading:
    """Everything the nlp stage found in one article."""

    article: Article
    actors: dict[str, Actor]
    mentions: list[ActorMention]
    dates: list[TimeExpr]
    sentences: list[Span]
    attributions: list[Attribution] = field(default_factory=list)
    actions: list[ReportedAction] = field(default_factory=list)


@dataclass
class Question:
    """A user-defined policy question."""

    id: str
    statement: str
    keywords: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Evidence:
    document: str
    sentence: Span
    content: Span | None = None
    cue: Span | None = None
    speaker: Span | None = None
    outlet: str | None = None
    cluster: str | None = None


@dataclass
class StanceRecord:
    """One decision: actor X's stance on question Q, with evidence."""

    actor: Actor
    question: str
    stance: StanceLabel
    confidence: float
    evidence: Evidence
    method: str
    condition: str | None = None
    date: str | None = None
    date_source: str | None = None
    via: str | None = None  # actor id of the person whose words make this the actor's stance

    def to_contract(self) -> dict[str, Any]:
        """The record as printed by ``stancemap extract --format jsonl``."""
        return {
            "actor": {"id": self.actor.id, "name": self.actor.name, "kind": self.actor.kind,
                      "country": self.actor.country},
            "question": self.question,
            "stance": self.stance,
            "condition": self.condition,
            "date": self.date,
            "confidence": round(float(self.confidence), 3),
            "evidence": {"start": self.evidence.sentence.start, "end": self.evidence.sentence.end,
                         "text": self.evidence.sentence.text, "document": self.evidence.document},
            "via": self.via,
            "method": self.method,
        }
