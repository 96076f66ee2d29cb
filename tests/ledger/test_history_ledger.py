"""The ledger over time: as-of, history, changes, copies of a story, neutral vs directional."""
import pytest

from stancemap.errors import InputError
from stancemap.ledger.history import changes, date_key, history, last_day, parse_as_of, positions, stance_as_of, table
from stancemap.model import Actor, Evidence, Span, StanceRecord

FIN = Actor("country:FIN", "Finland", "country", "FIN")
DEU = Actor("country:DEU", "Germany", "country", "DEU")


def rec(actor, stance, date, doc, cluster=None, conf=0.8, condition=None, start=0):
    ev = Evidence(document=doc, sentence=Span(start, start + 10, f"{actor.name} {stance} {date}"), outlet="Wire",
                  cluster=cluster)
    return StanceRecord(actor=actor, question="q", stance=stance, confidence=conf, evidence=ev,
                        method="m", condition=condition, date=date)


RECORDS = [
    rec(DEU, "oppose", "2024-03-01", "d1"),
    rec(DEU, "oppose", "2024-04", "d2"),
    rec(DEU, "conditional", "2024-W22", "d3", condition="only to defend Kharkiv"),
    rec(FIN, "support", "2024-05-20", "d3"),
]


@pytest.mark.parametrize("value, key", [("2024", "2024-01-01"), ("2024-05", "2024-05-01"),
                                        ("2024-W22", "2024-05-27"), ("2024-05-30", "2024-05-30"), (None, "")])
def test_history_date_key_first_day(value, key):
    assert date_key(value) == key


def test_history_table_latest_and_since():
    rows = {r.actor.id: r for r in table(RECORDS)}
    assert rows["country:DEU"].stance == "conditional"
    assert rows["country:DEU"].since == "2024-W22"
    assert rows["country:DEU"].condition == "only to defend Kharkiv"
    assert rows["country:FIN"].stance == "support"


def test_history_as_of_earlier_date():
    assert stance_as_of(RECORDS, "2024-05-01") == {"country:DEU": "oppose"}
    row = next(r for r in table(RECORDS, "2024-05-01") if r.actor.id == "country:DEU")
    assert row.since == "2024-03-01"


def test_history_changes_are_records_with_both_evidences():
    [change] = changes(RECORDS)
    assert (change.actor.id, change.from_stance, change.to_stance, change.date) == \
        ("country:DEU", "oppose", "conditional", "2024-W22")
    assert change.before.evidence.document == "d2" and change.after.evidence.document == "d3"


def test_history_copies_of_a_story_count_once():
    copies = [rec(FIN, "support", "2024-05-20", "a", cluster="c1"),
              rec(FIN, "support", "2024-05-21", "b", cluster="c1"),
              rec(FIN, "support", "2024-05-22", "c", cluster="c2")]
    assert [r.evidence.document for r in positions(copies)] == ["a", "c"]


def test_history_directional_outweighs_neutral_in_one_article():
    same_doc = [rec(FIN, "support", "2024-05-27", "d"), rec(FIN, "neutral", "2024-05-28", "d")]
    assert stance_as_of(same_doc) == {"country:FIN": "support"}
    later_doc = same_doc + [rec(FIN, "neutral", "2024-06-02", "e")]
    assert stance_as_of(later_doc) == {"country:FIN": "neutral"}


def test_history_two_sentences_outweigh_one_surer_in_one_article():
    doc = [rec(FIN, "oppose", "2024-05-27", "d", conf=0.85, start=0),
           rec(FIN, "support", "2024-05-27", "d", conf=0.8, start=20),
           rec(FIN, "support", "2024-05-27", "d", conf=0.6, start=40)]
    [row] = table(doc)
    assert (row.stance, row.latest.confidence) == ("support", 0.8)  # shown by its surest record
    assert stance_as_of(doc[:2]) == {"country:FIN": "oppose"}


def test_history_one_sentence_counts_once_in_the_vote():
    doc = [rec(FIN, "oppose", "2024-05-27", "d", conf=0.85, start=0),
           rec(FIN, "support", "2024-05-27", "d", conf=0.8, start=20),
           rec(FIN, "support", "2024-05-27", "d", conf=0.7, start=20)]
    assert stance_as_of(doc) == {"country:FIN": "oppose"}


def test_history_positions_within_a_week_are_one_current_position():
    monday = rec(FIN, "oppose", "2024-05-20", "d", conf=0.85, start=0)
    published = rec(FIN, "support", "2024-05-22", "d", conf=0.7, start=20)
    assert stance_as_of([monday, published]) == {"country:FIN": "oppose"}
    march = rec(FIN, "oppose", "2024-03-01", "d", conf=0.85, start=0)
    assert stance_as_of([march, published]) == {"country:FIN": "support"}  # an older position gives way


def test_history_support_and_conditional_are_one_side_in_the_vote():
    doc = [rec(FIN, "oppose", "2024-05-27", "d", conf=0.85, start=0),
           rec(FIN, "support", "2024-05-27", "d", conf=0.8, start=20),
           rec(FIN, "conditional", "2024-05-27", "d", conf=0.7, start=40, condition="only near the border")]
    [row] = table(doc)
    assert (row.stance, row.condition) == ("conditional", "only near the border")


def test_history_a_year_counts_to_its_last_day():
    # undated records of an article known only by its copyright year are as current as a dated one
    doc = [rec(FIN, "oppose", "2024", "d", conf=0.8, start=0), rec(FIN, "oppose", "2024", "d", conf=0.8, start=20),
           rec(FIN, "support", "2024-03-10", "d", conf=0.85, start=40)]
    assert stance_as_of(doc) == {"country:FIN": "oppose"}


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "2024-00", "20x4"])
def test_history_impossible_dates_are_unknown_not_a_crash(value):
    assert date_key(value) == "" and last_day(value) == ""
    assert stance_as_of([rec(FIN, "support", value, "d")]) == {"country:FIN": "support"}


@pytest.mark.parametrize("value, last", [("2024", "2024-12-31"), ("2024-02", "2024-02-29"), ("2024-12", "2024-12-31"),
                                         ("2024-W21", "2024-05-26"), ("2024-05-30", "2024-05-30"), (None, "")])
def test_history_last_day_a_value_covers(value, last):
    assert last_day(value) == last


def test_history_of_one_actor_in_date_order():
    assert [r.date for r in history(RECORDS, "country:DEU")] == ["2024-03-01", "2024-04", "2024-W22"]


def test_history_bad_as_of_names_the_fix():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_as_of("May 2024")
