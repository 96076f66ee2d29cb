"""Linked PolNeAR scoring: a content or source counts only on the right cue."""
from __future__ import annotations

from stancemap.evaluation.polnear import GoldAttribution, GoldDoc
from stancemap.evaluation.polnear_links import gold_pairs, predicted_pairs, score_links
from stancemap.model import Attribution, Span


def _att(cue, content, source=None) -> Attribution:
    return Attribution(cue=Span(*cue, ""), contents=[Span(*content, "")], sentence=Span(0, 100, ""),
                       source=Span(*source, "") if source else None)


def _pred(*atts):
    return predicted_pairs(list(atts))


GOLD = GoldDoc("x", "", [GoldAttribution(cue=[(5, 9)], content=[(10, 20)], source=[(0, 4)]),
                         GoldAttribution(cue=[(40, 45)], content=[(50, 60)])])


def test_polnear_links_right_cue_counts():
    scores = score_links(_pred(_att((5, 9), (10, 20), (0, 4))), gold_pairs(GOLD))
    assert scores == {"content": (1, 1, 1, 2), "source": (1, 1, 1, 1)}


def test_polnear_links_content_on_wrong_cue_does_not_count():
    # the content of the second relation hung on the first cue: right span, wrong link
    scores = score_links(_pred(_att((5, 9), (50, 60))), gold_pairs(GOLD))
    assert scores["content"] == (0, 1, 0, 2)
