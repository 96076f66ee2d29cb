"""Second attribution pass: inherited sources, possessive sources, content hygiene, group speakers.

Records are built by hand over real parses (``nlp_read``: dates + actors) so each test checks the rule,
not the tagger; the last tests run the whole component (``nlp_full``).
"""
from __future__ import annotations

import spacy
import pytest

from stancemap.model import Article, Attribution, Span
from stancemap.nlp import registry  # noqa: F401  (registers the Doc extensions)
from stancemap.nlp.attribution import assemble, inherit
from stancemap.nlp.attribution.quotes import find_quotes, quote_mask
from stancemap.nlp.attribution.speaker import resolve_speaker
from stancemap.nlp.pipeline import make_doc
from stancemap.nlp.sentindex import sentence_index


def _frag(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return (i, i + len(part))


def _refined(nlp, text: str, cues: list[str], contents: list[str], sources: list[str]):
    doc = nlp(make_doc(nlp, Article(text=text)))
    spans = {"Cue": [_frag(text, c) for c in cues], "Content": [_frag(text, c) for c in contents],
             "Source": [_frag(text, s) for s in sources]}
    quotes = find_quotes(text)
    return inherit.refine(doc, assemble.build(doc, spans, quotes), quotes)


def _by_cue(records, cue: str) -> Attribution:
    found = [r for r in records if r.cue.text == cue]
    assert found, f"no record with cue {cue!r} in {[r.cue.text for r in records]}"
    return found[0]


# -- inherited sources ----------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,cues,contents,source,actor", [
    # participial cue after a cue with a source
    ("Finland's prime minister Sanna Marin echoed Stoltenberg's comments, saying on May 28 that Ukraine "
     "should be allowed to strike Russian territory.", ["echoed", "saying"],
     ["Stoltenberg's comments", "that Ukraine should be allowed to strike Russian territory"],
     "Finland's prime minister Sanna Marin", "person:sanna-marin"),
    ("German Chancellor Olaf Scholz said Berlin would keep its restrictions, adding that the decision was final.",
     ["said", "adding"], ["Berlin would keep its restrictions", "that the decision was final"],
     "German Chancellor Olaf Scholz", "person:olaf-scholz"),
    ("The White House said it would not change course, warning that escalation was a risk.",
     ["said", "warning"], ["it would not change course", "that escalation was a risk"], "The White House", "gov:USA"),
    # coordinated cues: "but warned", and "and urged" hung on the content's verb
    ("Germany said it supported the move, but warned against attacks on civilian targets.",
     ["said", "warned"], ["it supported the move", "against attacks on civilian targets"], "Germany", "country:DEU"),
    ("Jens Stoltenberg said on Tuesday that the weapons were legitimate, and urged allies to lift the restrictions.",
     ["said", "urged"], ["that the weapons were legitimate", "allies to lift the restrictions"],
     "Jens Stoltenberg", "person:jens-stoltenberg"),
])
def test_inherit_cue_takes_source_of_the_cue_it_depends_on(nlp_read, text, cues, contents, source, actor):
    doc = nlp_read(make_doc(nlp_read, Article(text=text)))
    src = Span(*_frag(text, source), source)
    parent = _rec(text, cues[0], contents[:1])
    parent = Attribution(cue=parent.cue, contents=parent.contents, sentence=parent.sentence, source=src,
                         actor_id=resolve_speaker(doc, src.start, src.end))
    rec = inherit.inherit_sources(doc, [parent, _rec(text, cues[1], contents[1:])])[1]
    assert rec.source is not None and rec.source.text == source
    assert rec.source.start == text.index(source)  # the original mention, not a copy elsewhere
    assert (rec.actor_id, rec.source_type) == (actor, "named")


@pytest.mark.model
@pytest.mark.parametrize("text,cue,content,source", [
    # the verb it hangs on is no cue: its subject is the speaker
    ("The minister criticised the plan, saying it was dangerous.", "saying", "it was dangerous", "The minister"),
    # xcomp chain
    ("Olaf Scholz went on to say that Berlin would keep its restrictions.", "say",
     "that Berlin would keep its restrictions", "Olaf Scholz"),
])
def test_inherit_subject_of_a_non_cue_head(nlp_read, text, cue, content, source):
    rec = _by_cue(_refined(nlp_read, text, [cue], [content], []), cue)
    assert rec.source is not None and rec.source.text == source


@pytest.mark.model
@pytest.mark.parametrize("text,cue,content", [
    ("If asked, officials say the plan is dangerous.", "asked", "the plan is dangerous"),  # "if" clause
    ("Anna arrived. It was reported that talks failed.", "reported", "that talks failed"),  # impersonal passive
])
def test_inherit_leaves_sourceless_cues_alone(nlp_read, text, cue, content):
    rec = _by_cue(_refined(nlp_read, text, [cue], [content], []), cue)
    assert (rec.source, rec.actor_id, rec.source_type) == (None, None, "none")


@pytest.mark.model
def test_inherit_cue_with_own_subject_keeps_it(nlp_read):
    text = "Analysts expect a deal, and the ministry said talks would resume."
    rec = _by_cue(_refined(nlp_read, text, ["said"], ["talks would resume"], ["the ministry"]), "said")
    assert rec.source.text == "the ministry"


# -- possessive sources ---------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,content,source,actor", [
    ("Italy also refused to let Ukraine use its weapons inside Russia, its defence ministry said.",
     "Italy also refused to let Ukraine use its weapons inside Russia", "its defence ministry", "gov:ITA"),
    ("The Netherlands supports the decision, their foreign ministry said on Tuesday.",
     "The Netherlands supports the decision", "their foreign ministry", "gov:NLD"),
    ("Italy refused the request on Monday. Its defence ministry said the weapons were needed at home.",
     "the weapons were needed at home", "Its defence ministry", "gov:ITA"),
    ("NATO rejected the claim, its spokesperson said.", "NATO rejected the claim", "its spokesperson", "org:NATO"),
])
def test_inherit_possessive_institution_speaks_for_antecedent(nlp_read, text, content, source, actor):
    recs = _refined(nlp_read, text, ["said"], [content], [source])
    assert (recs[0].source.text, recs[0].actor_id, recs[0].source_type) == (source, actor, "named")


@pytest.mark.model
def test_inherit_possessive_adds_government_to_doc_actors(nlp_read):
    text = "Italy also refused the request, its defence ministry said."
    doc = nlp_read(make_doc(nlp_read, Article(text=text)))
    assert inherit.speaks_for(doc, "country:ITA") == "gov:ITA"
    assert doc._.stancemap_actors["gov:ITA"].kind == "government"


# -- speakers -------------------------------------------------------------------------------------

@pytest.mark.model
def test_speaker_group_subject_not_an_earlier_group(nlp_read):
    text = ("Russian forces advanced near Kharkiv on Friday. A group of lawmakers from Kyiv urged "
            "administration officials to lift the restrictions on US weapons.")
    doc = nlp_read(make_doc(nlp_read, Article(text=text)))
    start, end = _frag(text, "A group of lawmakers from Kyiv")
    assert resolve_speaker(doc, start, end) == "group:lawmakers-ukr"


# -- content hygiene (no model needed) ------------------------------------------------------------

def _blank(text: str):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def _rec(text: str, cue: str, contents: list[str]) -> Attribution:
    c = _frag(text, cue)
    return Attribution(cue=Span(c[0], c[1], cue), contents=[Span(*_frag(text, x), x) for x in contents],
                       sentence=Span(0, len(text), text), source_type="none")


def _clean(text: str, rec: Attribution):
    doc = _blank(text)
    return inherit.clean_contents(rec, sentence_index(doc), text, quote_mask(text, find_quotes(text)),
                                  inherit.header_regions(text))


def test_inherit_headline_and_dateline_regions():
    text = "Allies split over weapons\n\nKYIV (Reuters) - Anna said that rain comes."
    regions = inherit.header_regions(text)
    assert [text[s:e].strip() for s, e in regions] == ["Allies split over weapons", "KYIV (Reuters) -"]


def test_inherit_content_loses_headline_and_dateline():
    text = "Allies split over weapons\n\nKYIV (Reuters) - Rain comes soon, Anna said."
    rec = _clean(text, _rec(text, "said", ["Allies split over weapons\n\nKYIV (Reuters) - Rain comes soon"]))
    assert [c.text for c in rec.contents] == ["Rain comes soon"]


def test_inherit_headline_cue_keeps_headline_content():
    text = "Anna says rain comes\n\nIt rained all day."
    rec = _clean(text, _rec(text, "says", ["rain comes"]))
    assert [c.text for c in rec.contents] == ["rain comes"]


def test_inherit_no_unquoted_content_from_another_sentence():
    text = "Anna said that rain comes. Snow comes too."
    rec = _clean(text, _rec(text, "said", ["that rain comes", "Snow comes too"]))
    assert [c.text for c in rec.contents] == ["that rain comes"]
    assert rec.sentence.text == "Anna said that rain comes."


def test_inherit_quote_running_on_over_sentences_is_kept():
    text = 'Anna said: "Rain comes. Snow comes too."'
    rec = _rec(text, "said", ['"Rain comes.', 'Snow comes too."'])
    assert _clean(text, rec) is rec


def test_inherit_record_with_only_header_content_is_dropped():
    text = "Allies split over weapons\n\nAnna said so."
    assert _clean(text, _rec(text, "said", ["Allies split over weapons"])) is None


# -- the whole component --------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,cue,actor", [
    ("Finland's prime minister Sanna Marin echoed Stoltenberg's comments, saying on May 28 that Ukraine "
     "should be allowed to strike Russian territory.", "saying", "person:sanna-marin"),
    ("Italy also refused to let Ukraine use its weapons inside Russia, its defence ministry said.", "said", "gov:ITA"),
    ("Russian forces advanced near Kharkiv on Friday. A group of lawmakers from Kyiv urged administration "
     "officials to lift the restrictions on US weapons.", "urged", "group:lawmakers-ukr"),
])
def test_inherit_in_the_component(nlp_full, text, cue, actor):
    doc = nlp_full(make_doc(nlp_full, Article(text=text)))
    assert _by_cue(doc._.stancemap_attributions, cue).actor_id == actor
