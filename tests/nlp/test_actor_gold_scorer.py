"""The actor-linking scorer: overlap pairing, error kinds, and the pinned floor on the team's gold set."""
from __future__ import annotations

import pytest

from stancemap.errors import ConfigError
from stancemap.evaluation import actor_linking as al
from stancemap.evaluation.actor_linking import Mention, align, prf, score_article


def m(start, end, actor, label=None):
    return Mention(start, end, "x" * (end - start), actor, label)


def counts(tally):
    return tally.tp, tally.fp, tally.fn


def test_actor_gold_scorer_same_id_overlap_is_tp():
    assert counts(score_article([m(0, 12, "person:vladimir-putin")], [m(9, 12, "person:vladimir-putin")])) == (1, 0, 0)


def test_actor_gold_scorer_ids_compared_case_insensitively():
    assert counts(score_article([m(0, 4, "org:DNC")], [m(0, 4, "org:dnc")])) == (1, 0, 0)


def test_actor_gold_scorer_wrong_id_is_fp_and_fn():
    tally = score_article([m(0, 5, "person:a")], [m(0, 5, "person:b")])
    assert counts(tally) == (0, 1, 1)
    assert tally.kind_errors == 0


def test_actor_gold_scorer_unmatched_sides():
    tally = score_article([m(0, 5, "country:RUS")], [m(10, 15, "country:USA", "NORP")])
    assert counts(tally) == (0, 1, 1)
    assert tally.norp_spurious == 1


def test_actor_gold_scorer_gov_against_country_is_kind_error():
    tally = score_article([m(0, 6, "gov:RUS")], [m(0, 6, "country:RUS")])
    assert counts(tally) == (0, 1, 1)
    assert tally.kind_errors == 1
    assert counts(score_article([m(0, 6, "gov:RUS")], [m(0, 6, "country:RUS")], country_level=True)) == (1, 0, 0)


def test_actor_gold_scorer_pairs_one_to_one():
    """Two predictions inside one gold mention: one pairs with it, the other is a false positive."""
    gold = [m(0, 18, "gov:RUS")]
    pred = [m(0, 7, "country:RUS"), m(8, 18, "gov:RUS")]
    assert counts(score_article(gold, pred)) == (1, 1, 0)
    assert sorted(align(gold, pred), key=str) == sorted([(0, 1), (None, 0)], key=str)


def test_actor_gold_scorer_prf_handles_empty():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 1, 0) == (0.5, 1.0, pytest.approx(2 / 3))


def test_actor_gold_scorer_reports_missing_pipeline(monkeypatch):
    import stancemap.nlp.pipeline as pipeline

    def broken(*args, **kwargs):
        raise ImportError("No module named 'stancemap.nlp.actors.component'")

    monkeypatch.setattr(pipeline, "cached_pipeline", broken)
    with pytest.raises(ConfigError, match="actor linking cannot be evaluated"):
        al.evaluate()


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_actor_gold_linking_floor(nlp_read, shared_data):
    """Quality gate on the team's gold set (measured 0.925 F1 on 2026-11-26); the floor only moves up."""
    gold = al.load_gold()
    result, _ = al.figures(gold, al.run_linker(gold))
    assert result["actor_link_f1"] >= 0.88
    assert result["actor_link_country_level_f1"] >= 0.88


def test_actor_gold_scorer_skips_unpaired_descriptions():
    """Gold annotates names only: an anonymous-source or group prediction alone is not a false positive."""
    tally = score_article([m(0, 5, "person:a")], [m(0, 5, "person:a"), m(20, 40, "anon:senior-official-usa")])
    assert counts(tally) == (1, 0, 0)
    assert tally.out_of_scope == 1
    assert counts(score_article([m(0, 5, "person:a")], [m(0, 5, "group:lawmakers-ukr")])) == (0, 1, 1)
