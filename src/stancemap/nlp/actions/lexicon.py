"""The reported-actions lexicon (``data/lexicons/actions.yaml``), loaded once."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ...config import PACKAGE_DATA
from ...errors import ConfigError

DEFAULT_PATH = PACKAGE_DATA / "lexicons" / "actions.yaml"


@dataclass(frozen=True)
class ActionLexicon:
    """Verb lemmas by category and the word lists that qualify them."""

    verbs: dict[str, str]                      # lemma -> category
    needs_restriction: frozenset[str]          # categories valid only with a restriction object
    needs_complement: frozenset[str]           # lemmas valid only with "X to do Y" or a particle
    phrasal: dict[tuple[str, str], str]        # (verb lemma, particle) -> category
    forms: dict[str, str]                      # bad word form -> lemma
    hyphenated: dict[str, str]                 # "green-lit" -> lemma
    restriction_nouns: frozenset[str]
    negating_heads: frozenset[str]
    negation_words: frozenset[str]
    object_control: frozenset[str] = field(default_factory=frozenset)
    representative_heads: frozenset[str] = field(default_factory=frozenset)
    government_heads: frozenset[str] = field(default_factory=frozenset)
    hypothetical_marks: frozenset[str] = field(default_factory=frozenset)
    hypothetical_modals: frozenset[str] = field(default_factory=frozenset)
    only_words: frozenset[str] = field(default_factory=frozenset)
    condition_preps: frozenset[str] = field(default_factory=frozenset)
    condition_nouns: frozenset[str] = field(default_factory=frozenset)
    condition_marks: frozenset[str] = field(default_factory=frozenset)
    except_words: frozenset[str] = field(default_factory=frozenset)

    @property
    def phrasal_verbs(self) -> frozenset[str]:
        return frozenset(v for v, _ in self.phrasal)


def _words(values) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or [])


def _from_dict(raw: dict) -> ActionLexicon:
    verbs: dict[str, str] = {}
    needs_restriction = set()
    for category, spec in raw["categories"].items():
        for lemma in spec["verbs"]:
            verbs[str(lemma).lower()] = category
        if spec.get("needs") == "restriction_object":
            needs_restriction.add(category)
    phrasal = {}
    for phrase, category in (raw.get("phrasal") or {}).items():
        verb, particle = str(phrase).lower().split(maxsplit=1)
        phrasal[(verb, particle)] = category
    cond = raw.get("conditions") or {}
    return ActionLexicon(
        verbs=verbs, needs_restriction=frozenset(needs_restriction),
        needs_complement=_words((raw.get("frames") or {}).get("complement")),
        phrasal=phrasal, forms={str(k).lower(): str(v) for k, v in (raw.get("forms") or {}).items()},
        hyphenated={str(k).lower(): str(v) for k, v in (raw.get("hyphenated") or {}).items()},
        restriction_nouns=_words(raw.get("restriction_nouns")),
        negating_heads=_words(raw.get("negating_heads")), negation_words=_words(raw.get("negation_words")),
        object_control=_words(raw.get("object_control")),
        representative_heads=_words(raw.get("representative_heads")),
        government_heads=_words(raw.get("government_heads")),
        hypothetical_marks=_words(raw.get("hypothetical_marks")),
        hypothetical_modals=_words(raw.get("hypothetical_modals")),
        only_words=_words(cond.get("only_words")), condition_preps=_words(cond.get("prepositions")),
        condition_nouns=_words(cond.get("condition_nouns")), condition_marks=_words(cond.get("marks")),
        except_words=_words(cond.get("except_words")),
    )


@functools.cache
def load_lexicon(path: str | Path = DEFAULT_PATH) -> ActionLexicon:
    """Load and check the actions lexicon (cached per path)."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return _from_dict(raw)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as e:
        raise ConfigError(f"cannot load the actions lexicon {path}: {e}; fix the YAML file "
                          f"(see data/lexicons/actions.yaml for the expected keys)") from e
