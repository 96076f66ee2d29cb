"""Stance decisions on articles and questions the dev set never saw: ``dev2``, ``dev3`` and the ``test`` sets.

- ``dev2`` (``gold/stance_dev2.jsonl``, 5 questions: minimum wage, gun control, ACA repeal, Garland
  hearings, Brexit) was annotated blind as a test set, measured once with ``StanceRules.v1`` (labelled F1
  0.322), then opened for development: its errors are studied, so it is a second development set.
- ``dev3`` (``gold/stance_dev3.jsonl``, 5 questions: Clinton's speech transcripts, a torture ban, a Syrian
  no-fly zone, the Paris agreement, NATO allies; 26 articles) was annotated blind in the fourth session as a
  development set, opened for error analysis from the start.  See ``gold/STANCE_DEV3.md``.
- ``test`` (``gold/stance_test_a.jsonl`` + ``gold/stance_test_b.jsonl``, 6 more questions) was held out:
  annotated blind by two helpers, never tuned on.  See ``gold/STANCE_TEST_*.md``.  Its statements were seen
  while ``StanceRules.v3`` was designed (not its articles or rows).  The ninth session read its errors: it is
  opened since (a development set that keeps its name), and its report prints its worst errors.
- ``test2`` (``gold/stance_test2_a.jsonl`` + ``gold/stance_test2_b.jsonl``, 6 more questions, 39 articles) was
  annotated blind after ``StanceRules.v3`` was written, and is held out: never tuned on, its report prints no
  errors.  See ``gold/STANCE_TEST2_*.md``.
- ``test3`` (``gold/stance_test3_a.jsonl`` + ``gold/stance_test3_b.jsonl``, 6 more questions, 37 articles) was
  annotated blind in the fourth session, scored first with ``StanceRules.v3`` as it stood, and is held out the
  same way.  See ``gold/STANCE_TEST3_*.md``.
- ``test4`` (``gold/stance_test4.jsonl``, 3 more questions, 24 articles) was annotated blind in the seventh
  session, while that session's rules were being written, and was held out the same way until the ninth
  session read its errors (opened since, like ``test``).  See ``gold/STANCE_TEST4.md``.
- ``test5`` (``gold/stance_test5.jsonl``, 3 more questions, 22 articles) was annotated blind in the eighth
  session and first scored with ``StanceRules.v7`` as it stood; held out the same way.  See ``gold/STANCE_TEST5.md``.
- ``test6`` (``gold/stance_test6.jsonl``, 3 more questions, 23 articles; two of them judge past decisions: "the
  2003 invasion of Iraq was the right decision") was annotated blind in the ninth session and first scored with
  ``StanceRules.v7`` as it stood; held out the same way.  See ``gold/STANCE_TEST6.md``.
- ``test7`` (``gold/stance_test7.jsonl``, 4 more questions, 10 articles of international news from GeoWebNews:
  sanctions over the Skripal poisoning, US troops in Syria, the National Guard on the border, NAFTA; most holders
  are states and organisations) was annotated blind in the twelfth session and first scored with
  ``StanceRules.v10`` as it stood (0.129), then opened in the same session, like ``test`` and ``test4``.  See
  ``gold/STANCE_TEST7.md``.
- ``test8`` (``gold/stance_test8.jsonl``, 4 more questions, 14 articles from the TR-News and LGL corpora: a 2016
  vote recount, AIG bonuses, a two-state solution, 2009 stimulus money) was annotated blind in the thirteenth
  session and is held out like ``test2``.  Its articles sit inside XML corpora (``path.xml#docid``,
  :mod:`.corpus_xml`).  See ``gold/STANCE_TEST8.md``.
- ``test9`` (``gold/stance_test9.jsonl``, 4 more questions, 12 articles from the LGL and TR-News corpora) was
  annotated blind in the thirteenth session, while ``StanceRules.v11`` was written, by a helper who reported only
  its counts: the lead saw neither its questions nor its rows before its first score.  Held out like ``test2``.
  See ``gold/STANCE_TEST9.md``.
- ``test10`` (``gold/stance_test10.jsonl``, 4 more questions, 11 articles from the LGL corpus) was annotated blind
  at the end of the thirteenth session the same way as ``test9`` (the lead saw only its counts before its first
  score), first scored with ``StanceRules.v11``, held out until the sixteenth session opened it (its errors
  are studied since, and its report prints its worst errors).  See ``gold/STANCE_TEST10.md``.
- ``test11`` (``gold/stance_test11.jsonl``, 5 more questions, 14 articles from LGL, TR-News and GeoWebNews) was
  annotated blind in the fourteenth session, while ``StanceRules.v12`` was written, by a helper who reported only
  its counts (the lead saw neither its questions nor its rows before its first score).  Held out.  See
  ``gold/STANCE_TEST11.md``.
- ``test12`` (``gold/stance_test12.jsonl``, 5 more questions, 14 PolNeAR articles from its dev and test splits)
  was annotated blind in the fifteenth session by a helper who reported only its counts; first scored with
  ``StanceRules.v12`` as it stood.  Held out.  See ``gold/STANCE_TEST12.md``.
- ``dev4`` (``gold/stance_dev4.jsonl``, 4 more questions, 26 PolNeAR train articles, 35 of its 61 rows
  ``oppose``) was annotated blind in the fifteenth session as a development set rich in ``oppose`` rows and
  opened from the start, like ``dev3``.  See ``gold/STANCE_DEV4.md``.
- ``test13`` (``gold/stance_test13.jsonl``, 4 more questions, 13 articles from GeoWebNews and the geoparsing
  corpora, 28 of its 48 rows ``oppose``) was annotated blind in the sixteenth session by a helper who reported
  only its counts; first scored with ``StanceRules.v13`` as it stood, held out until the seventeenth session
  opened it (the oppose-rich set where the rules read the side wrongest).  See ``gold/STANCE_TEST13.md``.

- ``test14`` (``gold/stance_test14.jsonl``, 5 more questions, 13 articles from PolNeAR, GeoWebNews and TR-News)
  was annotated blind in the seventeenth session by a helper who reported only its counts; first scored with
  ``StanceRules.v14`` as it stood.  Held out.  See ``gold/STANCE_TEST14.md``.
- ``test15`` (``gold/stance_test15.jsonl``, 5 more questions, 9 articles from PolNeAR and GeoWebNews) was
  annotated blind in the eighteenth session by a helper who reported only its counts; first scored with
  ``StanceRules.v15`` as it stood.  Held out.  See ``gold/STANCE_TEST15.md``.

``test8``, ``test9``, ``test10`` and ``test13`` were opened in the fourteenth to seventeenth sessions: their
reports print their worst errors.

Keys: ``dev2_labelled_f1``, ``dev2_oppose_f1``, ..., ``dev3_labelled_f1``, ..., ``test_labelled_f1``,
``test_oppose_f1``, ... and
``test2_labelled_f1``, ..., ``test3_labelled_f1``, ..., ``test4_labelled_f1``, ..., ``test5_labelled_f1``, ...,
``test6_labelled_f1``, ..., ``test7_labelled_f1``, ..., ``test8_labelled_f1``, ..., ``test9_labelled_f1``, ..., ``test10_labelled_f1``, ...,
``test11_labelled_f1``, ..., ``test12_labelled_f1``, ..., ``test13_labelled_f1``, ..., ``test14_labelled_f1``, ..., ``test15_labelled_f1``, ..., ``dev4_labelled_f1``, ...
(same figures as :mod:`stancemap.evaluation.stance_dev`, other prefixes).
"""
from __future__ import annotations

import logging

from .stance_dev import (GOLD_DIR, Part, evaluate_with_report, gold_labels, load_gold, match_actor, normalise_actor,
                         score)

log = logging.getLogger(__name__)

DEV2: tuple[Part, ...] = ((GOLD_DIR / "stance_dev2.jsonl", GOLD_DIR / "stance_dev2_questions.yaml"),)
DEV3: tuple[Part, ...] = ((GOLD_DIR / "stance_dev3.jsonl", GOLD_DIR / "stance_dev3_questions.yaml"),)
TEST: tuple[Part, ...] = tuple((GOLD_DIR / f"stance_test_{p}.jsonl", GOLD_DIR / f"stance_test_{p}_questions.yaml")
                               for p in ("a", "b"))
TEST2: tuple[Part, ...] = tuple((GOLD_DIR / f"stance_test2_{p}.jsonl", GOLD_DIR / f"stance_test2_{p}_questions.yaml")
                                for p in ("a", "b"))
TEST3: tuple[Part, ...] = tuple((GOLD_DIR / f"stance_test3_{p}.jsonl", GOLD_DIR / f"stance_test3_{p}_questions.yaml")
                                for p in ("a", "b"))

TEST4: tuple[Part, ...] = ((GOLD_DIR / "stance_test4.jsonl", GOLD_DIR / "stance_test4_questions.yaml"),)
TEST5: tuple[Part, ...] = ((GOLD_DIR / "stance_test5.jsonl", GOLD_DIR / "stance_test5_questions.yaml"),)
TEST6: tuple[Part, ...] = ((GOLD_DIR / "stance_test6.jsonl", GOLD_DIR / "stance_test6_questions.yaml"),)
TEST7: tuple[Part, ...] = ((GOLD_DIR / "stance_test7.jsonl", GOLD_DIR / "stance_test7_questions.yaml"),)
TEST8: tuple[Part, ...] = ((GOLD_DIR / "stance_test8.jsonl", GOLD_DIR / "stance_test8_questions.yaml"),)
TEST9: tuple[Part, ...] = ((GOLD_DIR / "stance_test9.jsonl", GOLD_DIR / "stance_test9_questions.yaml"),)
TEST10: tuple[Part, ...] = ((GOLD_DIR / "stance_test10.jsonl", GOLD_DIR / "stance_test10_questions.yaml"),)
TEST11: tuple[Part, ...] = ((GOLD_DIR / "stance_test11.jsonl", GOLD_DIR / "stance_test11_questions.yaml"),)
TEST12: tuple[Part, ...] = ((GOLD_DIR / "stance_test12.jsonl", GOLD_DIR / "stance_test12_questions.yaml"),)
TEST13: tuple[Part, ...] = ((GOLD_DIR / "stance_test13.jsonl", GOLD_DIR / "stance_test13_questions.yaml"),)
TEST14: tuple[Part, ...] = ((GOLD_DIR / "stance_test14.jsonl", GOLD_DIR / "stance_test14_questions.yaml"),)
TEST15: tuple[Part, ...] = ((GOLD_DIR / "stance_test15.jsonl", GOLD_DIR / "stance_test15_questions.yaml"),)
DEV4: tuple[Part, ...] = ((GOLD_DIR / "stance_dev4.jsonl", GOLD_DIR / "stance_dev4_questions.yaml"),)


#: test3 annotated a second time, blind to the first annotation: human agreement on new questions
TEST3_SECOND: tuple[Part, ...] = tuple((GOLD_DIR / f"stance_test3_{p}_annotator_b.jsonl",
                                        GOLD_DIR / f"stance_test3_{p}_questions.yaml") for p in ("a", "b"))

#: test4 annotated a second time by another helper, blind to the first annotator's rows
TEST4_SECOND: tuple[Part, ...] = ((GOLD_DIR / "stance_test4_annotator_b.jsonl", GOLD_DIR / "stance_test4_questions.yaml"),)

#: test6 annotated a second time by another helper, blind to the first annotator's rows and notes
TEST6_SECOND: tuple[Part, ...] = ((GOLD_DIR / "stance_test6_annotator_b.jsonl", GOLD_DIR / "stance_test6_questions.yaml"),)


def agreement(first: tuple[Part, ...], second: tuple[Part, ...], prefix: str) -> dict[str, float]:
    """The second annotator's rows scored against the first's (labelled and pair F1): the human ceiling.

    Person ids are matched across spellings as predictions are (``match_actor``).
    """
    gold: dict = {}
    other: dict = {}
    for (first_path, _), (second_path, _) in zip(first, second):
        firsts = {a.file: a for a in load_gold(first_path)}
        gold.update(gold_labels(list(firsts.values())))
        for article in load_gold(second_path):
            known = frozenset(normalise_actor(r.actor) for r in firsts[article.file].rows) \
                if article.file in firsts else frozenset()
            other.update({(article.file, match_actor(r.actor, known), r.question): r.stance for r in article.rows})
    figures = score(gold, other)
    return {f"{prefix}_agreement_f1": figures["dev_labelled_f1"], f"{prefix}_agreement_pair_f1": figures["dev_pair_f1"]}


def evaluate() -> dict[str, float]:
    """Score the second and third development sets and the test sets, and the annotator agreement of test3,
    test4 and test6."""
    figures: dict[str, float] = {}
    for parts, prefix, errors in ((DEV2, "dev2", True), (DEV3, "dev3", True), (TEST, "test", True),
                                   (TEST2, "test2", False), (TEST3, "test3", False), (TEST4, "test4", True),
                                   (TEST5, "test5", False), (TEST6, "test6", False), (TEST7, "test7", True),
                                   (TEST8, "test8", True), (TEST9, "test9", True),
                                   (TEST10, "test10", True), (TEST11, "test11", False), (TEST12, "test12", False),
                                   (TEST13, "test13", True), (TEST14, "test14", False),
                                   (TEST15, "test15", False), (DEV4, "dev4", True)):
        result, report = evaluate_with_report(parts, prefix, errors=errors)
        log.info("%s", report)
        figures.update(result)
    for first, second, prefix in ((TEST3, TEST3_SECOND, "test3"), (TEST4, TEST4_SECOND, "test4"),
                                  (TEST6, TEST6_SECOND, "test6")):
        figures.update(agreement(first, second, prefix))
        log.info("%s agreement between annotators: labelled F1 %.3f, pair F1 %.3f", prefix,
                 figures[f"{prefix}_agreement_f1"], figures[f"{prefix}_agreement_pair_f1"])
    return figures


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name, value in evaluate().items():
        print(f"{name:<28} {value:.4f}" if isinstance(value, float) else f"{name:<28} {value}")
