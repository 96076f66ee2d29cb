"""The ``Doc._.stancemap_*`` extensions, registered once (idempotent)."""
from __future__ import annotations

from spacy.tokens import Doc

_DOC_EXTENSIONS = {
    "stancemap_published": None,   # datetime.date | None: the article's publication date (anchor)
    "stancemap_article_id": None,  # str | None
    "stancemap_outlet": None,      # str | None: the publisher (attributions to it are source_type "outlet")
    "stancemap_dates": None,       # list[TimeExpr]
    "stancemap_actors": None,      # dict[str, Actor]: KB actors seen plus actors created from the text
    "stancemap_mentions": None,    # list[ActorMention]
    "stancemap_attributions": None,  # list[Attribution]
    "stancemap_actions": None,     # list[ReportedAction]
}


def register_extensions() -> None:
    """Register every stancemap Doc extension; safe to call many times."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
