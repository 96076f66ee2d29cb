"""Decide stances: the scorer interface, the registry of versioned scorers, and ``via`` records.

The ingest service calls :func:`decide_stances` for each reading.  A scorer is anything that follows
:class:`StanceScorer`; rule-based ``stancemap.StanceRules.v21`` is the default, a model-based one can be
registered beside it under its own versioned name.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from ..errors import ConfigError
from ..model import Actor, Reading, Question, StanceRecord
from .rules import StanceRulesV21

log = logging.getLogger(__name__)
DEFAULT_SCORER = "stancemap.StanceRules.v21"
#: confidence kept by a record derived through a spokesperson
VIA_FACTOR = 0.9


@runtime_checkable
class StanceScorer(Protocol):
    """Turns one reading into stance records on the given questions."""

    name: str

    def score(self, reading: Reading, questions: Sequence[Question]) -> list[StanceRecord]:
        """Stance records (without ``via`` records; :func:`decide_stances` adds those)."""
        ...


SCORERS: dict[str, Callable[[], StanceScorer]] = {DEFAULT_SCORER: StanceRulesV21}
_instances: dict[str, StanceScorer] = {}


def register_scorer(name: str, factory: Callable[[], StanceScorer]) -> None:
    """Register a scorer factory under a versioned name (``org.Name.vN``)."""
    if name in SCORERS and SCORERS[name] is not factory:
        raise ConfigError(f"stance scorer {name!r} is already registered: ship new behaviour as a new version")
    SCORERS[name] = factory


def get_scorer(name: str = DEFAULT_SCORER) -> StanceScorer:
    """The (shared) scorer registered under ``name``."""
    if name not in SCORERS:
        raise ConfigError(f"unknown stance scorer {name!r}; choose from {sorted(SCORERS)}")
    if name not in _instances:
        _instances[name] = SCORERS[name]()
    return _instances[name]


def decide_stances(reading: Reading, questions: list[Question],
                   scorer: StanceScorer | str | None = None) -> list[StanceRecord]:
    """Every stance the reading supports on each question, plus ``via`` records.

    Args:
        reading: one article as read by the pipeline (attributions, actions, actors, mentions).
        questions: the user's questions.
        scorer: a scorer or registered name; default ``stancemap.StanceRules.v21``.
    Returns:
        StanceRecords; a person's stance also yields one for the government or organisation they speak
        for at that date, with ``via`` set to the person's actor id.
    """
    if not questions:
        return []
    if scorer is None or isinstance(scorer, str):
        scorer = get_scorer(scorer or DEFAULT_SCORER)
    records = scorer.score(reading, questions)
    return records + via_records(records, reading.actors)


def represented(actor: Actor, day: str | None) -> str | None:
    """The actor id a person speaks for on ``day`` (``represents``, else a role held then)."""
    if actor.kind != "person" or actor.anonymous:
        return None
    if actor.represents:
        return actor.represents
    from datetime import date as _date

    when = None
    if day and len(day) == 10:
        try:
            when = _date.fromisoformat(day)
        except ValueError:
            when = None
    for role in actor.roles:
        if role.held_on(when):
            if role.organisation:
                return role.organisation
            if role.country:
                return f"gov:{role.country}"
    return None


def via_records(records: list[StanceRecord], actors: dict[str, Actor]) -> list[StanceRecord]:
    """For each person's record, the same stance for the body they represent (``via`` = person)."""
    out = []
    direct = {(r.actor.id, r.question, r.evidence.sentence.start) for r in records}
    for r in records:
        target = represented(r.actor, r.date)
        if not target or target == r.actor.id or (target, r.question, r.evidence.sentence.start) in direct:
            continue
        body = actors.get(target) or _stub(target)
        out.append(replace(r, actor=body, via=r.actor.id, confidence=round(r.confidence * VIA_FACTOR, 3)))
    return out


def _stub(actor_id: str) -> Actor:
    """A minimal actor for an id that the reading did not describe."""
    prefix, _, rest = actor_id.partition(":")
    kind = {"gov": "government", "country": "country", "org": "organisation", "group": "group"}.get(prefix, "organisation")
    country = rest if prefix in ("gov", "country") and len(rest) == 3 else None
    name = f"Government of {rest}" if prefix == "gov" else rest
    return Actor(id=actor_id, name=name, kind=kind, country=country, source="text")
