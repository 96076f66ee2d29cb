"""The ``stancemap_attribution`` spaCy component: who said what.

Labels cue / source / content spans with the trained tagger (``data/models/attribution``) or, when the
weights or torch are missing, with dependency rules; then links them into :class:`Attribution` records
(``doc._.stancemap_attributions``).  Never raises on odd text: a failure on one doc is logged and that
doc gets no attributions.
"""
from __future__ import annotations

import logging
from pathlib import Path

from ...config import PACKAGE_DATA
from . import assemble, continuity, inherit, rules
from .quotes import find_quotes
from .tagger import load_tagger

log = logging.getLogger(__name__)

DEFAULT_MODEL_PATH = PACKAGE_DATA / "models" / "attribution"


class AttributionFinder:
    """Finds attributions in a Doc; ``method`` is ``"tagger"`` or ``"rules"``."""

    def __init__(self, nlp, name: str = "stancemap_attribution", model_path: str | None = None,
                 use_model: bool = True) -> None:
        self.name = name
        self.model_path = Path(model_path) if model_path else DEFAULT_MODEL_PATH
        self.tagger = load_tagger(self.model_path) if use_model else None
        self.method = "tagger" if self.tagger is not None else "rules"
        if use_model and self.tagger is None:
            log.info("no attribution model at %s: using rules", self.model_path)

    def label(self, doc, quotes, text: str | None = None) -> dict[str, list[tuple[int, int]]]:
        """Cue / Source / Content character fragments for ``doc`` (``quotes``: its quote regions)."""
        if self.tagger is not None:
            return self.tagger.spans(doc, text, quotes)
        return rules.label_spans(doc, quotes)

    def __call__(self, doc):
        try:
            text = doc.text  # rebuilt from the tokens at each access: once per doc
            quotes = find_quotes(text)
            spans = self.label(doc, quotes, text)
            records = assemble.build(doc, spans, quotes, text=text)
            records = inherit.refine(doc, records, quotes, text=text)
            doc._.stancemap_attributions = continuity.carry_speakers(doc, records)
        except Exception:  # one odd article must not stop a batch; the error is logged with its id
            log.exception("attribution failed on article %s", doc._.stancemap_article_id)
            doc._.stancemap_attributions = []
        return doc

    def pipe(self, docs, batch_size: int = 32):
        for doc in docs:
            yield self(doc)
