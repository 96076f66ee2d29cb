"""The seed article's table matches its hand-labelled gold (issue 4, point 5): every row, none wrong."""
import pytest

from stancemap.evaluation.seed import compare, load_gold, seed_table


@pytest.mark.model
def test_seed_table_matches_gold(nlp_full):
    gold = load_gold()
    result = compare(seed_table(gold, nlp=nlp_full), gold)
    wrong = [(r.actor.id, r.stance, r.latest.evidence.sentence.text[:80]) for r in result.wrong]
    missing = [(g["actor"], g["stance"]) for g in result.missing]
    assert wrong == [] and missing == []
    assert result.figures()["seed_labelled_f1"] == 1.0


def test_seed_compare_counts_wrong_and_missing_rows():
    from stancemap.ledger.history import LedgerRow
    from stancemap.model import Actor, Evidence, Span, StanceRecord

    def row(actor_id, stance):
        actor = Actor(actor_id, actor_id, "country")
        rec = StanceRecord(actor, "q", stance, 0.9, Evidence("d", Span(0, 1, "x")), "m")
        return LedgerRow(actor, "q", stance, None, None, rec)

    gold = {"rows": [{"actor": ["gov:USA", "country:USA"], "stance": "oppose"},
                     {"actor": ["country:FIN"], "stance": "support"}],
            "also_correct": [{"actor": ["org:NATO"], "stance": "support"}]}
    result = compare([row("gov:USA", "oppose"), row("country:USA", "oppose"), row("country:FIN", "oppose"),
                      row("org:NATO", "support"), row("country:XYZ", "support")], gold)
    assert [r.actor.id for r in result.wrong] == ["country:FIN", "country:XYZ"]
    assert len(result.correct) == 1 and len(result.also_correct) == 1
    assert result.figures()["seed_labelled_precision"] == pytest.approx(1 / 3)
