"""Format checks of the stance development gold set, and the scorer on hand-made cases."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from stancemap.evaluation import stance_dev as sd
from stancemap.model import STANCE_LABELS, Actor, Evidence, Span, StanceRecord

GOLD = sd.load_gold()
QUESTIONS = {q.id: q for q in sd.load_questions()}
ROWS = [(a, r) for a in GOLD for r in a.rows]


def test_stance_dev_gold_has_enough_articles_and_rows():
    assert len(GOLD) >= 32
    assert len(ROWS) >= 80
    assert len({a.file for a in GOLD}) == len(GOLD)


def test_stance_dev_gold_oppose_share_at_least_a_quarter():
    counts = Counter(r.stance for _, r in ROWS)
    assert counts["oppose"] / len(ROWS) >= 0.25
    assert counts["support"] / len(ROWS) >= 0.25


def test_stance_dev_gold_uses_train_or_dev_split_only():
    for article in GOLD:
        assert re.match(r"^polnear/data/(train|dev)/text/[^/]+\.txt$", article.file), article.file


def test_stance_dev_questions_are_used_and_defined():
    assert len(QUESTIONS) >= 3
    used = {r.question for _, r in ROWS}
    assert used <= set(QUESTIONS)
    assert used == set(QUESTIONS)


@pytest.mark.parametrize("article,row", ROWS, ids=lambda x: getattr(x, "actor", ""))
def test_stance_dev_gold_row_is_well_formed(article, row):
    assert row.stance in STANCE_LABELS
    assert sd.ACTOR_ID.match(row.actor), row.actor
    assert row.actor == sd.normalise_actor(row.actor), "gold person ids carry no middle initials"
    assert (row.condition is not None) == (row.stance == "conditional")
    start, end = row.evidence
    assert 0 <= start < end


def test_stance_dev_gold_one_row_per_actor_and_question():
    for article in GOLD:
        keys = [(r.actor, r.question) for r in article.rows]
        assert len(keys) == len(set(keys)), article.file


def test_stance_dev_gold_published_matches_metadata(shared_data):
    meta = {}
    for line in (shared_data / "polnear/data/metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols[5]
    for article in GOLD:
        assert article.published == date.fromisoformat(meta[Path(article.file).stem]), article.file


def test_stance_dev_gold_evidence_reslices_to_whole_sentences(shared_data):
    """Offsets point into the shared text: a sentence with no stray white space at either end."""
    for article in GOLD:
        text = (shared_data / article.file).read_text(encoding="utf-8")
        for row in article.rows:
            start, end = row.evidence
            assert end <= len(text), (article.file, row.actor)
            sentence = text[start:end]
            assert sentence == sentence.strip() and "\n" not in sentence, (article.file, row.actor)
            assert len(sentence.split()) >= 3, (article.file, row.actor, sentence)
            assert sentence[-1] in ".!?\"'”’;:)", (article.file, row.actor, sentence)


def test_stance_dev_gold_evidence_mentions_the_question(shared_data):
    """Each evidence sentence, or the one before it, says something about its question's topic."""
    topic = {"border-wall": r"wall", "muslim-ban": r"muslim|ban|islam|proposal|remarks|offer|statement",
             "syrian-refugees": r"refugee|syria|them|shameful|slamming",
             "tpp": r"tpp|trans-pacific|trade|it"}
    for article in GOLD:
        text = (shared_data / article.file).read_text(encoding="utf-8")
        for row in article.rows:
            start, end = row.evidence
            window = text[max(0, start - 300):end].lower()
            assert re.search(topic[row.question], window), (article.file, row.actor, row.question)


def test_stance_dev_make_article_uses_gold_date(shared_data):
    article = sd.make_article(GOLD[0])
    assert article.published == GOLD[0].published
    assert article.text.startswith(article.title)


@pytest.mark.parametrize("raw,norm", [
    ("person:paul-d-ryan", "person:paul-ryan"),
    ("person:donald-j-trump", "person:donald-trump"),
    ("person:hillary-clinton", "person:hillary-clinton"),
    ("person:j-k-rowling", "person:j-rowling"),
    ("org:NATO", "org:NATO"),
])
def test_stance_dev_normalise_actor_drops_middle_initials(raw, norm):
    assert sd.normalise_actor(raw) == norm


def _rec(actor_id: str, stance: str, conf: float, via: str | None = None) -> StanceRecord:
    span = Span(0, 5, "hello")
    return StanceRecord(actor=Actor(actor_id, actor_id, "person"), question="q", stance=stance,
                        confidence=conf, evidence=Evidence(document="d", sentence=span), method="t", via=via)


def test_stance_dev_collapse_keeps_most_confident_and_drops_via():
    preds = sd.collapse("f", [_rec("person:a-b", "support", 0.4), _rec("person:a-b", "oppose", 0.9),
                              _rec("gov:USA", "support", 0.99, via="person:a-b")])
    assert set(preds) == {("f", "person:a-b", "q")}
    assert preds[("f", "person:a-b", "q")].stance == "oppose"


def test_stance_dev_score_counts_labelled_tuples():
    gold = {("f", "a", "q"): "oppose", ("f", "b", "q"): "support", ("f", "c", "q"): "oppose"}
    pred = {("f", "a", "q"): "oppose", ("f", "b", "q"): "oppose", ("f", "d", "q"): "support"}
    fig = sd.score(gold, pred)
    assert fig["dev_labelled_precision"] == pytest.approx(1 / 3)
    assert fig["dev_labelled_recall"] == pytest.approx(1 / 3)
    assert fig["dev_pair_f1"] == pytest.approx(2 / 3)
    assert fig["dev_oppose_f1"] == pytest.approx(0.5)
    assert fig["dev_support_f1"] == 0.0
    matrix = sd.confusion(gold, pred)
    assert matrix[("support", "oppose")] == 1
    assert matrix[("oppose", "none")] == 1
    assert matrix[("none", "support")] == 1


def test_confidence_auc_is_the_chance_a_right_prediction_outranks_a_wrong_one():
    gold = {("f", "a", "q"): "oppose", ("f", "b", "q"): "support", ("f", "c", "q"): "oppose"}
    preds = {("f", "a", "q"): sd.Prediction("oppose", 0.9, None, "m"),    # right
             ("f", "b", "q"): sd.Prediction("oppose", 0.5, None, "m"),    # wrong stance
             ("f", "c", "q"): sd.Prediction("oppose", 0.5, None, "m"),    # right, tied with the wrong one
             ("f", "d", "q"): sd.Prediction("support", 0.95, None, "m")}  # no gold row: wrong
    # right {0.9, 0.5} against wrong {0.5, 0.95}: 0.9 beats 0.5; 0.5 ties 0.5 (half); nothing beats 0.95
    assert sd.confidence_auc(gold, preds) == pytest.approx(1.5 / 4)
    assert sd.confidence_auc(gold, {k: p for k, p in preds.items() if gold.get(k) == p.stance}) is None


def test_stance_dev_worst_errors_put_flips_first():
    gold = {("f", "a", "q"): "support", ("f", "b", "q"): "oppose"}
    preds = {("f", "a", "q"): sd.Prediction("oppose", 0.5, (0, 4)), ("f", "c", "q"): sd.Prediction("support", 0.9)}
    lines = sd.worst_errors(gold, preds, {"f": "text of f"})
    assert len(lines) == 3
    assert "gold=support" in lines[0] and "pred=oppose" in lines[0]
    assert "gold=none" in lines[1]
    assert "pred=none" in lines[2]


def test_a_generational_suffix_names_the_same_person():
    from stancemap.evaluation.stance_dev import match_actor

    assert match_actor("person:joseph-biden-jr", {"person:joseph-biden"}) == "person:joseph-biden"
