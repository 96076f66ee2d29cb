"""The ``stancemap_dates`` spaCy component: sets ``doc._.stancemap_dates``."""
from __future__ import annotations

import logging

from spacy.language import Language

from ...errors import ConfigError
from .extract import find_dates
from .tense import clause_direction

log = logging.getLogger(__name__)

RULE_SETS = ("stancemap.DateRules.v1",)


class DateNormaliser:
    """Finds date expressions and normalises them against ``doc._.stancemap_published``.

    Candidates come from stancemap's own grammar; spaCy's DATE/TIME entities (when the pipeline has
    an NER) confirm ambiguous ones (a bare "2019", "May", "the year"); the parse gives each clause
    its tense, which decides the direction of "Friday" or "May 27" without a year.
    """

    def __init__(self, nlp: Language, name: str, rules: str = "stancemap.DateRules.v1", narrative: bool = False):
        if rules not in RULE_SETS:
            raise ConfigError(f"unknown date rules {rules!r}; choose one of {list(RULE_SETS)}")
        self.name = name
        self.rules = rules
        self.narrative = narrative  # count from the last mentioned date (history) instead of the anchor

    def __call__(self, doc):
        entities = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        parsed = doc.has_annotation("DEP")
        sentences = list(doc.sents) if parsed else None
        text = doc.text
        doc._.stancemap_dates = find_dates(
            text, doc._.stancemap_published,
            direction_at=lambda s, e: clause_direction(doc, s, e, parsed, sentences, text), entities=entities,
            narrative=self.narrative)
        return doc
