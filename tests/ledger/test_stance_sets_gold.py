"""Format checks of the second and third dev sets, the test sets and the second annotators' rows."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stancemap.evaluation import stance_dev as sd
from stancemap.evaluation import stance_test as st
from stancemap.model import STANCE_LABELS

PARTS = {"dev2": st.DEV2, "dev3": st.DEV3, "test": st.TEST, "test2": st.TEST2, "test3": st.TEST3, "test4": st.TEST4,
         "test5": st.TEST5, "test6": st.TEST6, "test7": st.TEST7, "test8": st.TEST8, "test9": st.TEST9, "test10": st.TEST10,
         "test11": st.TEST11, "test12": st.TEST12, "test13": st.TEST13, "test14": st.TEST14, "test15": st.TEST15, "dev4": st.DEV4}
SECOND = {"test3": st.TEST3_SECOND, "test4": st.TEST4_SECOND, "test6": st.TEST6_SECOND}
#: least articles and rows of each set (dev3, test2, test3 and test7 to test11 and test15 are smaller: the news they were drawn from holds
#: fewer stances)
SIZES = {"dev2": (30, 100), "dev3": (25, 35), "test": (30, 100), "test2": (30, 70), "test3": (30, 60), "test4": (20, 50),
         "test5": (20, 35), "test6": (20, 40), "test7": (10, 40), "test8": (14, 30), "test9": (12, 30), "test10": (11, 30),
         "test11": (14, 40), "test12": (14, 50), "test13": (13, 45), "test14": (13, 50), "test15": (9, 40), "dev4": (26, 60)}


def _rows(parts):
    for gold_path, questions_path in parts:
        questions = {q.id for q in sd.load_questions(questions_path)}
        for article in sd.load_gold(gold_path):
            for row in article.rows:
                yield gold_path.name, questions, article, row


ROWS = [(name, *r) for name, parts in PARTS.items() for r in _rows(parts)]


@pytest.mark.parametrize("name", sorted(PARTS))
def test_stance_set_is_big_enough_and_new(name):
    rows = [r for r in ROWS if r[0] == name]
    files = {r[3].file for r in rows}
    min_files, min_rows = SIZES[name]
    assert len(files) >= min_files and len(rows) >= min_rows
    dev_files = {a.file for a in sd.load_gold()}
    assert not files & dev_files, "a held-out set shares no article with the dev set"
    dev_questions = {q.id for q in sd.load_questions()}
    assert not {r[4].question for r in rows} & dev_questions, "and asks new questions"


def test_held_out_sets_share_no_article_or_question_with_each_other():
    files = {name: {r[3].file for r in ROWS if r[0] == name} for name in PARTS}
    questions = {name: {r[4].question for r in ROWS if r[0] == name} for name in PARTS}
    for a in PARTS:
        for b in PARTS:
            if a < b:
                assert not files[a] & files[b], (a, b)
                assert not questions[a] & questions[b], (a, b)


@pytest.mark.parametrize("name,gold,questions,article,row", ROWS, ids=lambda x: getattr(x, "actor", ""))
def test_stance_set_row_is_well_formed(name, gold, questions, article, row):
    assert row.stance in STANCE_LABELS
    assert row.question in questions
    assert row.actor == sd.normalise_actor(row.actor)
    assert 0 <= row.evidence[0] < row.evidence[1]


def test_stance_set_rows_are_unique_and_inside_the_text(shared_data):
    meta = {}
    for line in (shared_data / "polnear/data/metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols[5]
    seen = set()
    for _, gold, _, article, row in ROWS:
        key = (article.file, row.actor, row.question)
        assert key not in seen, key
        seen.add(key)
        text = sd.article_text(article)
        assert row.evidence[1] <= len(text), key
        if article.file.startswith("polnear/"):
            assert article.published == date.fromisoformat(meta[Path(article.file).stem]), key


def test_second_annotator_covers_dev_articles_only():
    second = sd.load_gold(sd.ANNOTATOR_B)
    assert len(second) >= 20
    assert {a.file for a in second} <= {a.file for a in sd.load_gold()}


def test_agreement_scores_the_second_annotator_against_the_first():
    figures = sd.agreement()
    assert figures["dev_agreement_articles"] >= 20
    assert 0.5 <= figures["dev_agreement_f1"] <= 1.0


@pytest.mark.parametrize("predicted,gold,same", [
    ("person:charles-grassley", "person:chuck-grassley", True), ("person:martin-o-malley", "person:martin-omalley", True),
    ("person:paul-d-ryan", "person:paul-ryan", True), ("person:tom-perez", "person:thomas-perez", True),
    ("person:bill-clinton", "person:hillary-clinton", False), ("person:jeb-bush", "person:george-bush", False),
    ("gov:RUS", "country:RUS", True), ("country:GBR", "gov:GBR", True), ("gov:RUS", "country:GBR", False),
    ("person:marsh", "person:john-marsh", True), ("person:john", "person:john-marsh", False),
    ("org:lakeside-racetrack-gaming-center", "org:lakeside-racetrack-and-gaming-center", True),
    ("org:city-council", "org:springfield-city-council", True), ("org:council", "org:springfield-city-council", False),
    ("org:city-council", "org:city-council-of-springfield", False), ("group:council", "org:city-council", False),
    ("org:democratic-party", "org:new-democratic-party", False), ("org:supreme-court", "org:florida-supreme-court", False),
])
def test_scorer_matches_spellings_of_one_person(predicted, gold, same):
    assert (sd.match_actor(predicted, {gold}) == gold) is same


def test_scorer_leaves_a_surname_or_body_shared_by_two_gold_actors_alone():
    assert sd.match_actor("person:smith", {"person:ann-smith", "person:bob-smith"}) == "person:smith"
    assert sd.match_actor("org:city-council", {"org:springfield-city-council", "org:shelbyville-city-council"}) \
        == "org:city-council"


@pytest.mark.parametrize("name", sorted(SECOND))
def test_a_second_annotation_covers_the_same_articles_and_questions(name):
    for (first, questions_path), (second, _) in zip(PARTS[name], SECOND[name]):
        questions = {q.id for q in sd.load_questions(questions_path)}
        firsts, seconds = sd.load_gold(first), sd.load_gold(second)
        assert {a.file for a in seconds} == {a.file for a in firsts}
        assert all(r.question in questions and r.stance in STANCE_LABELS for a in seconds for r in a.rows)


def test_agreement_scores_a_set_against_itself_as_perfect():
    figures = st.agreement(st.TEST3, st.TEST3, "x")
    assert figures["x_agreement_f1"] == 1.0
    assert 0.0 < st.agreement(st.TEST3, st.TEST3_SECOND, "x")["x_agreement_f1"] <= 1.0
