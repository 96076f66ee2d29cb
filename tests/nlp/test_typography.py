"""Doubled-apostrophe quote marks (``''Not now,'' she said.``) read as quotes, with offsets unchanged."""
from __future__ import annotations

import datetime

import pytest

from stancemap.model import Article
from stancemap.nlp.pipeline import read_article
from stancemap.nlp.typography import parse_text, unwrap, widen_to_marks


@pytest.mark.parametrize("text, expected", [
    ("''Not now,'' she said.", ' "Not now,"  she said.'),
    ("He said: ''No.''\n''Yes,'' she said.", 'He said:  "No." \n "Yes,"  she said.'),
    ("``Fine,'' he said.", ' "Fine,"  he said.'),
    ("(''quoted'')", '( "quoted" )'),
    ("Plain text with an apostrophe's use.", "Plain text with an apostrophe's use."),
])
def test_parse_text_swaps_doubled_marks_and_keeps_length(text, expected):
    out = parse_text(text)
    assert out == expected
    assert len(out) == len(text)


def test_widen_to_marks_takes_the_whole_mark():
    text = "x ''Go,'' he said."
    assert widen_to_marks(text, 3, 17) == (2, 17)
    assert widen_to_marks(text, 3, 8) == (2, 9)
    assert widen_to_marks("plain", 0, 5) == (0, 5)


@pytest.mark.model
def test_doubled_quote_is_attributed_to_the_speaker_after_it(nlp_full):
    text = ("Officials in Norland were divided over the plan on Monday.\n\n"
            "''To close the border now would be a grave mistake,'' Mr. Anders Vell declared on Sunday.")
    reading = read_article(nlp_full, Article(text=text, published=datetime.date(2024, 5, 31)))
    said = [a for a in reading.attributions if a.cue and a.cue.text.endswith("declared")]
    assert said, [a.cue.text for a in reading.attributions if a.cue]
    assert said[0].contents and "close the border" in said[0].contents[0].text
    assert "Vell" in said[0].source.text
    last = reading.sentences[-1]
    assert last.text == text[last.start:last.end]
    assert last.text.startswith("''To close")


@pytest.mark.model
def test_every_span_holds_the_articles_characters_and_sentences_do_not_overlap(nlp_full):
    text = ("Officials in Norland were divided over the plan on Monday. ''Closing the border with Vell would be a "
            "grave mistake,'' Holt said. ''We will not do it,'' he added. ''No wall will fix that.''\n\n"
            "The council meets on Friday.")
    reading = read_article(nlp_full, Article(text=text, published=datetime.date(2024, 5, 31)))
    spans = [*reading.sentences, *(m.span for m in reading.mentions)]
    for a in reading.attributions:
        spans += [s for s in (a.cue, a.source, a.sentence, *a.contents) if s is not None]
    assert spans and all(s.text == text[s.start:s.end] for s in spans)
    ends = [(s.start, s.end) for s in reading.sentences]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))
    assert reading.sentences[0].text.endswith("Monday.")
    assert reading.sentences[1].text.startswith("''Closing")
    # a closing mark stays with its sentence
    assert any(s.text.endswith("fix that.''") for s in reading.sentences)
    assert reading.sentences[-1].text.startswith("The council")


# -- hard-wrapped paragraphs (v12 reading) ------------------------------------------------------------------

WRAPPED = ("Experts Want An Audit\nA group of experts, led by voting-rights lawyer Anna\n            Marlowe and Tom Pell, said the count\n"
           "            should be audited.\n            Short Headline Line\nNext paragraph starts here.")


def test_unwrap_reads_a_break_inside_a_sentence_as_a_space():
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "lawyer Anna             Marlowe" in out  # a long line ending in a word
    assert "the count             should" in out  # the next line goes on in lowercase
    assert "audited.\n" in out  # a full stop keeps its break
    assert "Short Headline Line\nNext" in out  # a short line before a capital (a headline) keeps it


@pytest.mark.parametrize("text", [
    "Trump Calls Out Ted Cruz For Backing Down From A Fight Again\nReal estate mogul Donald Trump said",
    "TITLE: Russia expels diplomats LINK: https://example.org/news/russia-expels\nMoscow said on Friday",
    "A line that ends in a word and is long enough to be prose here\n\nA new paragraph",
    "Obama to Meet with the Leaders of Mexico and Canada on the Pacific Trade Deal\nToronto Mayor Ana Pell said",
    "The first line of a text may be a headline that runs long enough\nToronto Mayor Ana Pell said",
    "Headline\nA long line of prose that runs on and on against the bill, as it did in\n2. Sen. Mike Lee said",
    "Headline\nA long line of prose that runs on and on against the bill, and believe me\nCLINTON: We will",
])
def test_unwrap_keeps_headlines_links_and_paragraph_breaks(text):
    assert unwrap(text) == text


@pytest.mark.parametrize("text,joined", [
    ("Headline\nA long line of prose that runs on and on against the plan, and then\nUS troops left.", "then US"),
    ("WASHINGTON (AP) - The senator said he would vote against\nthe bill.", "against the"),  # lowercase after it
    ("Head\nOn Monday the Governor of Texas and the Mayor of Houston told reporters in\nAustin that it was over.",
     "in Austin"),  # names in prose do not make it a headline
])
def test_unwrap_joins_prose_before_ordinary_capitals(text, joined):
    assert joined in unwrap(text)


def test_a_name_across_a_wrapped_line_is_one_person():
    from datetime import date

    from stancemap.ledger.service import reading_pipeline
    from stancemap.model import Article
    from stancemap.nlp.pipeline import read_article

    reading = read_article(reading_pipeline(), Article(text=WRAPPED, outlet="Team Wire", published=date(2016, 11, 23)))
    assert any(a.name == "Anna Marlowe" for a in reading.actors.values())  # one space in the name
    assert all(s.text == WRAPPED[s.start:s.end] for s in reading.sentences)  # offsets are the article's
