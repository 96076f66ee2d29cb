"""The one place where stancemap's spaCy factories are registered.

Importing this module registers ``stancemap_dates``, ``stancemap_actors``, ``stancemap_attribution``
and ``stancemap_actions`` with spaCy, so a spaCy user can ``nlp.add_pipe("stancemap_dates")``.  The
package also declares them as ``spacy_factories`` entry points.
"""
from __future__ import annotations

from spacy.language import Language

from .extensions import register_extensions

register_extensions()


@Language.factory("stancemap_paragraphs", default_config={"min_newlines": 2}, assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str, min_newlines: int):
    """Sentence starts after blank lines, for pipelines whose parser would join a headline to the text."""
    from .paragraphs import ParagraphSplitter

    return ParagraphSplitter(nlp, name, min_newlines=min_newlines)


@Language.factory(
    "stancemap_dates",
    default_config={"rules": "stancemap.DateRules.v1", "narrative": False},
    assigns=["doc._.stancemap_dates"],
)
def make_dates(nlp: Language, name: str, rules: str, narrative: bool):
    """``narrative=True`` counts relative dates from the last date mentioned (history texts), not the anchor."""
    from .dates.component import DateNormaliser

    return DateNormaliser(nlp, name, rules=rules, narrative=narrative)


@Language.factory(
    "stancemap_actors",
    default_config={"fuzzy_threshold": 88, "kb_path": None},
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.stancemap_actors", "doc._.stancemap_mentions"],
)
def make_actors(nlp: Language, name: str, fuzzy_threshold: int, kb_path: str | None):
    from .actors.component import ActorLinker

    return ActorLinker(nlp, name, fuzzy_threshold=fuzzy_threshold, kb_path=kb_path)


@Language.factory(
    "stancemap_attribution",
    default_config={"model_path": None},
    requires=["doc._.stancemap_mentions", "token.dep"],
    assigns=["doc._.stancemap_attributions"],
)
def make_attribution(nlp: Language, name: str, model_path: str | None):
    from .attribution.component import AttributionFinder

    return AttributionFinder(nlp, name, model_path=model_path)


@Language.factory(
    "stancemap_actions",
    default_config={},
    requires=["doc._.stancemap_mentions", "token.dep"],
    assigns=["doc._.stancemap_actions"],
)
def make_actions(nlp: Language, name: str):
    from .actions.component import ActionFinder

    return ActionFinder(nlp, name)
