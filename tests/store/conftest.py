"""Builders of small, hand-made articles and readings for the store tests (no spaCy needed)."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.model import (
    Actor,
    ActorMention,
    Article,
    Attribution,
    Evidence,
    ReportedAction,
    Role,
    Span,
    StanceRecord,
    TimeExpr,
)
from stancemap.store import Store

TEXT = ("Finland lifted its restrictions on Monday, Foreign Minister Elina Valtonen said. "
        "Hungary refused to allow it.")

FIN = Actor("country:FIN", "Finland", "country", country="FIN", aliases=["Suomi"])
HUN = Actor("country:HUN", "Hungary", "country", country="HUN")
VALTONEN = Actor("person:elina-valtonen", "Elina Valtonen", "person", country="FIN",
                 roles=[Role("Foreign Minister", "FIN", None, "2023-06-20", None)], represents="gov:FIN")


def span(text: str, part: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def make_article(text: str = TEXT, **kw) -> Article:
    fields = {"title": "Sanctions", "url": "https://news.example.com/a/1?utm_source=feed",
              "published": date(2024, 5, 30), "outlet": "news.example.com", "source_path": "/in/a.txt",
              "fmt": "txt"}
    fields.update(kw)
    return Article(text=text, **fields)


def make_reading(article: Article):
    """A reading of TEXT with every kind of record."""
    from stancemap.model import Reading

    t = article.text
    s1 = span(t, t[:t.index("said.") + 5])
    s2 = span(t, "Hungary refused to allow it.")
    quote = Attribution(cue=span(t, "said"), contents=[span(t, "Finland lifted its restrictions on Monday")],
                        sentence=s1, source=span(t, "Foreign Minister Elina Valtonen"),
                        actor_id=VALTONEN.id, speech="indirect", date="2024-05-27", date_source="sentence")
    return Reading(
        article=article,
        actors={a.id: a for a in (FIN, HUN, VALTONEN)},
        mentions=[ActorMention(span(t, "Finland"), FIN.id, "exact", 1.0, "GPE"),
                  ActorMention(span(t, "Elina Valtonen"), VALTONEN.id, "exact", 0.9, "PERSON"),
                  ActorMention(span(t, "Hungary"), HUN.id, "exact", 1.0, "GPE"),
                  ActorMention(Span(t.rindex("it."), t.rindex("it.") + 2, "it"), "org:unknown-thing", "pronoun", 0.4)],
        dates=[TimeExpr(span(t, "Monday"), "2024-05-27", interval=("2024-05-27", "2024-05-27"), anchored=True)],
        sentences=[s1, s2],
        attributions=[quote],
        actions=[ReportedAction(FIN.id, span(t, "Finland"), span(t, "lifted"), "lift",
                                span(t, "its restrictions"), s1, date="2024-05-27"),
                 ReportedAction(HUN.id, span(t, "Hungary"), span(t, "refused"), "refuse", None, s2,
                                negated=False)],
    )


def make_bare(article: Article, actors=(), mentions=()):
    """A reading with only the given actors and mentions."""
    from stancemap.model import Reading

    return Reading(article=article, actors={a.id: a for a in actors}, mentions=list(mentions), dates=[],
                   sentences=[Span(0, len(article.text), article.text)])


def make_stance(article: Article, actor: Actor = FIN, stance: str = "support", question: str = "q-lift",
                confidence: float = 0.8) -> StanceRecord:
    t = article.text
    return StanceRecord(
        actor=actor, question=question, stance=stance, confidence=confidence,
        evidence=Evidence(article.id, span(t, t[:t.index("said.") + 5]),
                          content=span(t, "Finland lifted its restrictions on Monday"), cue=span(t, "said"),
                          speaker=span(t, "Elina Valtonen")),
        method="rules", date="2024-05-27", date_source="sentence", via=VALTONEN.id)


@pytest.fixture()
def store(db_url):
    """A migrated store on SQLite and on PostgreSQL."""
    with Store(db_url) as s:
        yield s


@pytest.fixture(scope="session")
def build():
    """The builders above (test modules cannot import conftest under --import-mode=importlib)."""
    from types import SimpleNamespace

    return SimpleNamespace(article=make_article, reading=make_reading, bare=make_bare, stance=make_stance, span=span,
                           TEXT=TEXT, FIN=FIN, HUN=HUN, VALTONEN=VALTONEN)
