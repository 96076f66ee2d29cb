"""Hand-built readings for ledger tests (no spaCy needed)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from stancemap.model import (Actor, ActorMention, Article, Attribution, Question, Reading, ReportedAction,
                             Role, Span)

ACTORS = {
    "country:FIN": Actor("country:FIN", "Finland", "country", "FIN"),
    "country:FRA": Actor("country:FRA", "France", "country", "FRA"),
    "country:DEU": Actor("country:DEU", "Germany", "country", "DEU"),
    "country:ITA": Actor("country:ITA", "Italy", "country", "ITA"),
    "gov:USA": Actor("gov:USA", "Government of the United States", "government", "USA"),
    "gov:NLD": Actor("gov:NLD", "Government of the Netherlands", "government", "NLD"),
    "person:anna-berg": Actor("person:anna-berg", "Anna Berg", "person", "NLD", represents="gov:NLD"),
    "person:li-wei": Actor("person:li-wei", "Li Wei", "person", "FRA",
                           roles=[Role("Foreign Minister", country="FRA", start="2020-01-01")]),
}
NAMES = {"Finland": "country:FIN", "France": "country:FRA", "Germany": "country:DEU", "Italy": "country:ITA",
         "Washington": "gov:USA", "the White House": "gov:USA", "Anna Berg": "person:anna-berg",
         "Berg": "person:anna-berg", "Li Wei": "person:li-wei"}


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def sentences(text: str) -> list[Span]:
    out = []
    for m in re.finditer(r"[^.!?]+[.!?]", text):
        s, e = m.start(), m.end()
        while text[s] == " ":
            s += 1
        out.append(Span(s, e, text[s:e]))
    return out


def mentions(text: str) -> list[ActorMention]:
    out = []
    for name, actor_id in NAMES.items():
        for m in re.finditer(re.escape(name), text):
            if any(o.span.start <= m.start() < o.span.end for o in out):
                continue
            out.append(ActorMention(Span(m.start(), m.end(), name), actor_id, "exact"))
    return sorted(out, key=lambda m: m.span.start)


def build(text: str, attributions=(), actions=(), published=date(2024, 5, 30)) -> Reading:
    """A Reading of ``text``: mentions from NAMES; attributions (speaker, cue, content[, date]);
    actions (subject, verb, category, obj[, condition, negated])."""
    atts = []
    for item in attributions:
        speaker, cue, content = item[:3]
        s = span(text, speaker)
        c = span(text, cue)
        body = span(text, content)
        sent = next(x for x in sentences(text) if x.start <= c.start < x.end)
        atts.append(Attribution(cue=c, contents=[body], sentence=sent, source=s, actor_id=NAMES[speaker],
                                date=item[3] if len(item) > 3 else None,
                                date_source="sentence" if len(item) > 3 else "published"))
    acts = []
    for item in actions:
        subject, verb, category, obj = item[:4]
        v = span(text, verb)
        sent = next(x for x in sentences(text) if x.start <= v.start < x.end)
        acts.append(ReportedAction(actor_id=NAMES[subject], subject=span(text, subject), verb=v, category=category,
                                   obj=span(text, obj) if obj else None, sentence=sent,
                                   condition=item[4] if len(item) > 4 else None,
                                   negated=item[5] if len(item) > 5 else False))
    article = Article(text=text, title="t", published=published, published_source="given", outlet="Test Wire")
    used = {m.actor_id for m in mentions(text)}
    return Reading(article=article, actors={k: v for k, v in ACTORS.items() if k in used},
                   mentions=mentions(text), dates=[], sentences=sentences(text), attributions=atts,
                   actions=acts)


STRIKES = Question("strikes-in-russia",
                   "Ukraine may use Western-supplied weapons to strike military targets on Russian territory.",
                   keywords=["strike Russia", "Russian territory", "restrictions on weapons"])


@pytest.fixture()
def strikes() -> Question:
    return STRIKES


@pytest.fixture()
def rules():
    """The rule scorer without sentence embeddings (fast, deterministic)."""
    from stancemap.ledger.rules import StanceRulesV21

    return StanceRulesV21(use_semantic=False)


@pytest.fixture()
def build_reading():
    """The :func:`build` helper (tests cannot import conftest under --import-mode=importlib)."""
    return build


@pytest.fixture(scope="session")
def read_text():
    """Read a team-written text with the full spaCy reading pipeline (loaded once): ``read_text(text)``."""
    from stancemap.ledger.service import reading_pipeline
    from stancemap.nlp.pipeline import read_article

    nlp = reading_pipeline()
    return lambda text, published=date(2017, 3, 1): read_article(
        nlp, Article(text=text, outlet="Team Wire", published=published))
