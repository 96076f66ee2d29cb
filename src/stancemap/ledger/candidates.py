"""Where stance candidates come from in one reading: attributions, actions and sentence patterns.

Each finder yields :class:`Candidate` objects (actor id, composed polarity, evidence spans, date); the
scorer in :mod:`stancemap.ledger.rules` ranks, de-duplicates and turns them into StanceRecords.

Sentence patterns, each motivated by how news reports positions:

* holder: "X's restriction", "X ... its restriction" - X holds a restriction on the action (against);
* pressed: "X is under pressure / was urged to lift its restriction", "urged X to lift" - X currently
  holds it (against);
* clause: "Finland and Poland lifted their restrictions, while France ..." - subjects of a clause whose
  composed polarity is clear, used when no linked speaker's attribution covers the clause.

Attributions are checked before they count: a speaker phrase that names the actor only as a modifier
("A Clinton ally suggested ...") is a third party's guess; a coordinated speaker ("Jeb Bush and Ted
Cruz floated ...") gives every named actor the stance.  Proposals, attitude nouns, relative clauses and
passive agents are in :mod:`stancemap.ledger.patterns`.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import ActorMention, Attribution, Question, Reading, ReportedAction, Span
from .anchors import is_subject, names_subject, subject_is_person
from .history import date_key, parse_as_of
from .lexicon import IRREGULAR_PARTICIPLES, find_phrase, load_lexicon, phrases, stem, tokens
from .polarity import (LEXICON, Polarity, compose, cue_attitude, find_conditions, restriction_stems, reversal_stems,
                       stated_action_sign, statement_sign, urge_stems)
from .relevance import core_hit, keyword_hit, question_terms
from .target import patient_hit, policy_pointers

_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_PREPOSITIONS = frozenset(stem(w) for w in (
    "of", "from", "by", "in", "on", "to", "with", "for", "against", "at", "about", "over", "into",
    "between", "among", "than", "like"))
_NOUN_AFTER = re.compile(r"^\s*(?:['’]s?\b|members?\b|allies\b|countries\b|states\b|partners\b|officials?\b)",
                         re.IGNORECASE)


@dataclass
class Candidate:
    """A possible stance of one actor in one sentence, before ranking."""

    actor_id: str
    polarity: Polarity
    sentence: Span
    origin: str  # attribution | action | holder | pressed | clause
    base: float
    content: Span | None = None
    cue: Span | None = None
    speaker: Span | None = None
    date: str | None = None
    date_source: str | None = None
    relevance: float = 0.0
    past: bool = False  # the text marks the position as given up ("who once praised")


@dataclass
class Context:
    """One reading prepared for one question: relevant sentences and lookups."""

    reading: Reading
    question: Question
    relevant: dict[int, float]  # sentence index -> relevance
    content_relevance: dict[int, float]  # attribution index -> relevance of its contents
    #: sentences relevant only because they name the question's patient (:mod:`stancemap.ledger.target`)
    patient_only: frozenset[int] = frozenset()

    @functools.cached_property
    def persons(self) -> frozenset[str]:
        """Lowercase surnames of the article's persons."""
        return frozenset(a.name.split()[-1].lower() for a in self.reading.actors.values()
                         if a.kind == "person" and a.name)

    @functools.cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.reading.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding character ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.reading.sentences[i].end:
            return i
        return None

    def published(self) -> str | None:
        """The publication date as a TIMEX value (a year when only the copyright year is known)."""
        article = self.reading.article
        if not article.published:
            return None
        if (article.published_source or "").startswith("copyright"):
            return str(article.published.year)
        return article.published.isoformat()

    def sentence_date(self, sentence: Span) -> tuple[str | None, str]:
        """The first calendar date written in the sentence, else the publication date."""
        for t in self.reading.dates:
            if sentence.start <= t.span.start < sentence.end and _DATE_VALUE.match(t.value or ""):
                return t.value, "sentence"
        pub = self.published()
        return pub, "published" if pub else "none"

    def stance_date(self, value: str | None, source: str) -> tuple[str | None, str]:
        """The date a position is held: a sentence's date, unless it falls after publication.

        A stance is reported as taken by the time the article appears; a later date in its sentence
        names what the position is about ("up for re-election in 2018"), so the publication date stands.
        """
        pub = self.published()
        if source == "sentence" and pub and date_key(value) > (parse_as_of(pub) or ""):
            return pub, "published"
        return value, source


@functools.lru_cache(maxsize=1)
def _pressed_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r"^\s*,?\s*" + p) for p in load_lexicon(LEXICON)["pressed_passive"])


@functools.lru_cache(maxsize=1)
def _clause_breaks() -> tuple[str, ...]:
    return tuple(load_lexicon(LEXICON)["clause_breaks"])


def clauses(sentence: Span) -> list[Span]:
    """Split a sentence at contrast/coordination boundaries (", while", "; ", ", but")."""
    cuts = [0]
    low = sentence.text.lower()
    for brk in _clause_breaks():
        for m in re.finditer(re.escape(brk), low):
            cuts.append(m.start())
    cuts = sorted(set(cuts)) + [len(sentence.text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if sentence.text[a:b].strip():
            out.append(Span(sentence.start + a, sentence.start + b, sentence.text[a:b]))
    return out


def _sub(span: Span, start: int, end: int) -> Span:
    """The part of ``span`` between absolute offsets ``start`` and ``end``."""
    start, end = max(start, span.start), min(end, span.end)
    return Span(start, end, span.text[start - span.start:end - span.start])


def mentions_in(ctx: Context, span: Span) -> list[ActorMention]:
    """Actor mentions in a span, leaving out the outlet's own name (a dateline is not a stance holder)."""
    outlet = (ctx.reading.article.outlet or "").lower()
    return sorted((m for m in ctx.reading.mentions if span.start <= m.span.start < span.end
                   and m.actor_id in ctx.reading.actors
                   and not (outlet and m.span.text.lower() in outlet)), key=lambda m: m.span.start)


@functools.lru_cache(maxsize=1)
def _in_office() -> re.Pattern[str]:
    """An office noun, a preposition (a determiner, a name's first words) right before a mention."""
    nouns = "|".join(sorted((re.escape(str(w)) for w in load_lexicon(LEXICON).get("office_nouns", [])),
                            key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})s?\s+(?:of|for|from|in|at|on|with|to)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.’'-]*\s+){0,2}$", re.IGNORECASE)


def inside_phrase(ctx: Context, m: ActorMention, sentence: Span) -> bool:
    """True when an organisation's or a country's mention sits in a person's description after an office
    noun (lexicon ``office_nouns``): a description after it belongs to that person ("the 2014 candidate for
    U.S. Senate, a longtime supporter of Clinton," describes the candidate, not the Senate).  A person's
    mention stays theirs ("voted for Kirk, a critic"), and so does a body's anywhere else ("according to
    the Union, a longtime advocate of the ban")."""
    actor = ctx.reading.actors.get(m.actor_id)
    return actor is not None and actor.kind != "person" \
        and bool(_in_office().search(sentence.text[:m.span.start - sentence.start]))


# -- attributions -------------------------------------------------------------------------------


def from_attributions(ctx: Context) -> Iterator[Candidate]:
    """Speakers' stances from their reported words, with the cue verb's attitude."""
    doers = {(a.verb.start, a.verb.end): a.actor_id for a in ctx.reading.actions if a.actor_id}
    for k, att in enumerate(ctx.reading.attributions):
        if not att.actor_id or att.actor_id not in ctx.reading.actors or not att.contents:
            continue
        if att.cue and doers.get((att.cue.start, att.cue.end), att.actor_id) != att.actor_id:
            # the action finder gives the same verb another subject: one of them is wrong, keep neither
            continue
        if _name_as_modifier(ctx, att):
            continue
        speakers = _speakers(ctx, att)
        replaced = att.actor_id not in speakers  # a list of persons stands for the group heading it
        judged = _judged_deed(ctx, att)
        if judged is None and (_reports_others_deed(ctx, att) or _reports_others_position(ctx, att)) or \
                (not replaced and _third_party_source(ctx, att)):
            continue
        rel = max(ctx.content_relevance.get(k, 0.0), ctx.relevant.get(_idx(ctx, att.sentence), 0.0))
        if rel <= 0.0:
            continue
        pol = (judged.speaker if judged else None) or _cue_with_object(ctx, att) or compose(
            _joined(att), ctx.question, cue=att.cue.text if att.cue else None)
        if pol.stance is None or (_cue_only(pol) and not _content_on_topic(ctx, k, att)):
            continue  # a cue's attitude ("proposed", "vowed") is about its content: that must be on the topic
        pol = _with_trailing_condition(pol, ctx, att.sentence, att.contents[-1].end)
        dated = bool(att.date) and att.date_source == "sentence" and bool(_DATE_VALUE.match(att.date or ""))
        date = att.date if dated else ctx.published()
        date_source = "sentence" if dated else ("published" if date else "none")
        for actor_id in speakers:
            yield Candidate(actor_id, pol, att.sentence, "attribution", 0.85, content=_content(att),
                            cue=att.cue, speaker=att.source, date=date, date_source=date_source, relevance=rel)
        if judged is not None and judged.doer.actor_id not in speakers:
            yield Candidate(judged.doer.actor_id, judged.deed, att.sentence, "judged", 0.6, content=_content(att),
                            cue=att.cue, speaker=judged.doer.span, date=date, date_source=date_source,
                            relevance=rel)


_FOR_DEED = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,60},\s*)?(?:(?:for|over)\s+(?P<deed>\S.*)|"
                       r"of\s+(?P<charge>(?:not\s+|never\s+)?[a-z]+ing\b.*))$", re.DOTALL)


#: the deed named later in a list of charges: "attacked Clinton as too cozy with Wall Street ... and for not
#: releasing transcripts"
_LATER_DEED = re.compile(r"\s(?:and\s+)?(?:for|over)\s+(?P<deed>(?:not\s+|never\s+)?[a-z]+ing\b.*)$", re.DOTALL)


@dataclass
class Judged:
    """A speaker judging someone for a deed: the speaker's stance, and the doer's stance from the deed."""

    speaker: Polarity
    doer: ActorMention
    deed: Polarity


def _judged_deed(ctx: Context, att: Attribution) -> Judged | None:
    """"slammed Cruz for his vote against background checks", "praised Brown for raising the minimum wage",
    "accused Thune of killing the increase": the speaker judges someone for a deed, so the speaker's stance is
    the cue's attitude times the deed's, and the doer's stance is the deed's.

    None when the cue has no attitude, the content does not open with an actor and "for"/"over"/"of", or the
    deed carries no clear stance.
    """
    sign = cue_attitude(att.cue.text if att.cue else None)
    if sign is None:
        return None
    content = att.contents[0]
    mentions = mentions_in(ctx, content)
    if not mentions or [t.stem for t in tokens(content.text[:mentions[0].span.start - content.start])] not in (
            [], ["th"], ["hi"], ["her"], ["their"]):
        return None
    after = content.text[mentions[0].span.end - content.start:]
    if _anothers_deed(ctx, mentions[0]) and not names_subject(ctx.question, after):
        return None
    m = _FOR_DEED.match(after) or _LATER_DEED.search(after)
    if m is None:
        return None
    # "accused Thune of blocking the increase" (only _FOR_DEED has the "charge" group)
    text = m.group("deed") or m.groupdict().get("charge")
    deed = compose(text, ctx.question)
    deed_sign = deed.sign if deed.stance in ("support", "oppose") else stated_action_sign(text, ctx.question)
    if not deed_sign:
        return None
    stance = "support" if sign * deed_sign > 0 else "oppose"
    return Judged(Polarity(stance, sign * deed_sign, None, deed.operators, "judges someone for a deed"),
                  mentions[0], Polarity("support" if deed_sign > 0 else "oppose", deed_sign, None, deed.operators,
                                        "the deed someone is judged for"))


def _anothers_deed(ctx: Context, doer: ActorMention) -> bool:
    """True when the question's action is a named person's own ("Donald Trump should release his tax
    returns") and the one judged is another person: "mocked Romney for not releasing his tax returns"
    judges Romney's returns, not Trump's (unless the deed names Trump: "for defending Trump's refusal")."""
    actor = ctx.reading.actors.get(doer.actor_id)
    return actor is not None and actor.kind == "person" and subject_is_person(ctx.question, ctx.persons) \
        and not is_subject(actor, ctx.question)


#: a content that opens by pointing back ("it as a candidate", "the proposal as divisive") is about
#: what the sentence or the one before it is about
_ANAPHORIC = re.compile(r"^[\"“'‘]?(?:it|this|them|these|those)\b|^(?:the|this|his|her|their|its)\s+[\w-]+"
                        r"(?:\s+(?:as|because|for|since|and|but)\b|\s*[.,;:!?\"”’]*\s*$)"
                        # "declined to take similar measures", "followed suit": the deed named before
                        r"|^(?:to\s+)?(?:take|took|taken|taking|adopt|adopted|follow|followed)\s+(?:similar|such|the\s+same|"
                        r"a\s+similar|suit\b)(?:\s+(?:a\s+)?(?:measures?|steps?|actions?|moves?))?", re.IGNORECASE)


def _anaphoric(att: Attribution) -> bool:
    return bool(_ANAPHORIC.match(att.contents[0].text.strip()))


def _cue_with_object(ctx: Context, att: Attribution) -> Polarity | None:
    """The polarity of a cue that names the question's topic itself ("lobbies for a higher minimum wage:"
    before a quote): the stance is in the cue, the quote only gives the reason."""
    if att.cue is None or not keyword_hit(att.cue.text, question_terms(ctx.question)):
        return None
    pol = compose(att.cue.text, ctx.question)
    return pol if pol.stance is not None else None


def _content_on_topic(ctx: Context, k: int, att: Attribution) -> bool:
    """The content is relevant, holds one of the question's keywords, is a short statement of its action
    ("not to drop out"), or points back ("it", "the proposal")."""
    text = _joined(att)
    return k in ctx.content_relevance or _anaphoric(att) or keyword_hit(text, question_terms(ctx.question)) \
        or patient_hit(text, ctx.question) or (len(tokens(text)) <= _SHORT and stated_action_sign(text, ctx.question) != 0)


#: a content this short that states the question's action is the cue's complement ("vowed" + "not to drop out")
_SHORT = 6


def _cue_only(pol: Polarity) -> bool:
    """True when nothing in the content but negation took part: the stance is the cue's attitude."""
    return all(o.category in ("negation", "negation_void") for o in pol.operators)


@functools.lru_cache(maxsize=1)
def _speaks_for() -> frozenset[str]:
    return frozenset(stem(w.split()[0]) for w in load_lexicon(LEXICON)["speaks_for_nouns"])


_QUOTE_END = re.compile(r"[.!?,]\s*[\"'”’]+\s*$")
_QUOTE_START = re.compile(r"^\s*[\"'“‘]+\s*[A-Z]")


def _joined(att: Attribution) -> str:
    """The contents as one text; a quoted sentence that ends before the next quote opens stays a sentence.

    ("“I will stop any deal, including the TPP,” Clinton said, “I oppose it now.”" is two sentences
    that are composed one by one, not one chain of operators.)
    """
    out = att.contents[0].text
    for prev, nxt in zip(att.contents, att.contents[1:]):
        glue = ". " if _QUOTE_END.search(prev.text) and _QUOTE_START.match(nxt.text) else " "
        out = out.rstrip() + glue + nxt.text
    return out


def _third_party_source(ctx: Context, att: Attribution) -> bool:
    """True when the speaker phrase names the actor only as a modifier of someone else.

    "A Clinton ally suggested she would ..." is the ally's guess, not Clinton's stance; "Clinton's
    campaign said" still speaks for Clinton.
    """
    if att.source is None:
        return False
    own = [m for m in mentions_in(ctx, att.source) if m.actor_id == att.actor_id]
    if not own:
        return False
    after = att.source.text[own[-1].span.end - att.source.start:]
    word = re.match(r"^(?:['’]s?)?\s+([a-z][a-z-]*)", after)
    return bool(word) and stem(word.group(1)) not in _speaks_for() and word.group(1) not in ("and", "or", "who")


#: nouns that a person's name can modify: "Bush administration officials said", "Trump supporters say"
_MODIFIED = re.compile(r"[\s-]*(?:administration|aides?|advis[eo]rs?|officials?|supporters?|staffers?|era|years|"
                       r"allies|ally|backers?|voters?|delegates?|loyalists?|surrogates?|critics?|opponents?|fans?)\b", re.IGNORECASE)


def _name_as_modifier(ctx: Context, att: Attribution) -> bool:
    """True when the speaker's name is the last name in the speaker phrase and modifies a noun after it
    ("three former George W. Bush administration big shots", "Trump supporters"): those people speak, not the one
    named.  v13."""
    if att.source is None:
        return False
    text = ctx.reading.article.text
    own = [m for m in mentions_in(ctx, att.source) if m.actor_id == att.actor_id]
    return bool(own) and all((hit := _MODIFIED.match(text, m.span.end)) and hit.end() <= att.source.end for m in own)


def _speakers(ctx: Context, att: Attribution) -> list[str]:
    """The attribution's actor, plus the others of a coordinated speaker ("Jeb Bush and Ted Cruz").

    A list of persons with descriptions ("The top Republicans, Paul Ryan, the speaker, and Mitch McConnell,
    the majority leader,") gives every listed person, and replaces a group or party the speaker phrase
    opens with.
    """
    out = [att.actor_id]
    if att.source is None:
        return out
    mentions = mentions_in(ctx, att.source)
    listed = _listed_persons(ctx, att.source, mentions)
    if len(listed) >= 2 and (att.actor_id in listed or ctx.reading.actors[att.actor_id].kind != "person"):
        return sorted(listed, key=lambda a: a != att.actor_id)
    if len(mentions) < 2 or not any(m.actor_id == att.actor_id for m in mentions):
        return out
    rest = att.source.text
    for m in sorted(mentions, key=lambda m: -m.span.start):
        a, b = m.span.start - att.source.start, m.span.end - att.source.start
        rest = rest[:a] + " " + rest[b:]
    words = [w for w in re.findall(r"[A-Za-z.]+", rest)]
    if "and" not in words or any(w[0].islower() and w not in ("and", "both") for w in words):
        return out
    for m in mentions:
        if m.actor_id not in out and m.actor_id in ctx.reading.actors:
            out.append(m.actor_id)
    return out


#: lowercase words that may stand before a listed person's name in its comma segment
_LIST_WORDS = frozenset({"and", "both", "former", "then", "sen", "rep", "gov"})


def _listed_persons(ctx: Context, source: Span, mentions: list[ActorMention]) -> list[str]:
    """Persons, or states, named as members of a list in a speaker phrase, with "and" before the last of
    them ("Several EU countries, Austria, Slovakia, Cyprus and Greece,").

    A name after other lowercase words in its comma segment ("an aide to Paul Ryan") is not a member.
    """
    by_kind: dict[str, list[ActorMention]] = {"person": [], "state": []}
    for m in mentions:
        actor = ctx.reading.actors.get(m.actor_id)
        if actor is None or actor.kind not in ("person", "country", "government"):
            continue
        head = source.text[:m.span.start - source.start]
        segment = re.split(r"[,;(—–]", head)[-1]
        words = re.findall(r"[A-Za-z]+", segment)
        if all(w[0].isupper() or w.lower() in _LIST_WORDS for w in words):
            by_kind["person" if actor.kind == "person" else "state"].append(m)
    members = max(by_kind.values(), key=len)
    if members and members is by_kind["state"]:
        # "NATO allies Austria, Slovakia and Greece": the first state follows a lowercase head word
        earlier = [m for m in mentions if m.span.end <= members[0].span.start
                   and ctx.reading.actors.get(m.actor_id) is not None
                   and ctx.reading.actors[m.actor_id].kind in ("country", "government")]
        if earlier and re.fullmatch(r"\s*,\s*", ctx.reading.article.text[earlier[-1].span.end:members[0].span.start]):
            members = [earlier[-1], *members]
    if len(members) < 2:
        return []
    between = source.text[members[-2].span.end - source.start:members[-1].span.start - source.start]
    if not re.search(r"\band\b", between):
        return []
    return list(dict.fromkeys(m.actor_id for m in members))


def _reports_others_deed(ctx: Context, att: Attribution) -> bool:
    """True when the content reports another actor's deed ("..., its ministry said": Italy refused).

    The deed is that actor's stance (an action candidate); the speaker only reports it.
    """
    for act in ctx.reading.actions:
        if act.actor_id and act.actor_id != att.actor_id and \
                any(c.start <= act.verb.start < c.end for c in att.contents):
            return True
    return False


def _reports_others_position(ctx: Context, att: Attribution) -> bool:
    """True when the content opens with another actor as subject and says nothing normative.

    "The Times reported that Trump proposed a ban" reports Trump's position, not the Times'; "Berg said
    Germany should lift its ban" is Berg's own call (normative), so it stays.
    """
    if _report_only(att):
        return True
    if att.cue and any(t.stem in urge_stems() for t in tokens(att.cue.text)):
        return False  # "lobbied Clinton to embrace ...": the urged actor opens the content, the call is the speaker's
    content = att.contents[0]
    mentions = mentions_in(ctx, content)
    if not mentions or mentions[0].actor_id == att.actor_id:
        return False
    first = mentions[0]
    if patient_hit(content.text[first.span.start - content.start:first.span.end - content.start + 30], ctx.question):
        return False  # "praised NPR": the actor is what the question acts on, not another speaker
    if _speaks_for_state(ctx, att.actor_id, first.actor_id):
        return False  # "Norway remains committed to ..." from Norway's foreign minister is her own position
    head = content.text[:first.span.start - content.start]
    after = content.text[first.span.end - content.start:]
    # "that President Obama wanted ...": a capitalised title before the name is part of the name
    head_words = [t for t in tokens(head) if not head[t.start].isupper()]
    if [t.stem for t in head_words] not in ([], ["that"], ["th"]) or _NOUN_AFTER.match(after):
        return False
    return not _normative(att, first_only=True)


def _speaks_for_state(ctx: Context, speaker_id: str | None, state_id: str) -> bool:
    """True when the speaker represents the state (a minister or president of it: ``represents`` is its
    government) that ``state_id`` names as a country or a government.  v11."""
    speaker = ctx.reading.actors.get(speaker_id or "")
    if speaker is None or not speaker.represents or not state_id.startswith(("country:", "gov:")):
        return False
    return speaker.represents.startswith("gov:") and speaker.represents.split(":", 1)[1] == state_id.split(":", 1)[1]


def _normative(att: Attribution, first_only: bool = False) -> bool:
    text = att.contents[0].text if first_only else " ".join(c.text for c in att.contents)
    return any(find_phrase(p, tokens(text)) for p in phrases(LEXICON, "normative"))


def _report_only(att: Attribution) -> bool:
    """A source that is data ("a new poll finds", "the survey from X found") or a reporting cue ("reported",
    "revealed"), with content that says nothing about what ought to be."""
    if not att.cue:
        return False
    report = {stem(str(w)) for w in load_lexicon(LEXICON).get("report_cues", [])}
    return (_data_source(att) or any(t.stem in report for t in tokens(att.cue.text))) and not _prescriptive(att)


#: normative phrases that describe a permission or an ability rather than prescribe ("superdelegates are free to
#: support anyone, according to the AP" reports a fact; "a right to" and "entitled to" are claims and count)
_PERMISSIVE = frozenset({"free to", "able to"})


def _prescriptive(att: Attribution) -> bool:
    """True when the content prescribes ("should", "must", "need to"): a report of that is the source's view.  v11."""
    toks = tokens(" ".join(c.text for c in att.contents))
    return any(find_phrase(p, toks) for p in phrases(LEXICON, "normative") if p.text not in _PERMISSIVE)


#: what ends the head of a source phrase ("a new poll from USA Today", "the study by the institute")
_SOURCE_TAIL = re.compile(r"\s(?:from|by|of|for|in|on|conducted|released|published|commissioned)\b.*$", re.S)


def _data_source(att: Attribution) -> bool:
    """True when the source's head noun is data rather than someone (``report_sources``: a poll, a survey, a
    study): what it finds is a measurement, not a position of whoever ran it."""
    if att.source is None:
        return False
    # the head of the first noun phrase: "Anna Berg and other party figures", "Berg, who wrote the study,"
    # ("The Research and Policy Institute" is one name: "and" between capitalised words does not split)
    first = re.split(r",|\s(?:who|which|that)\s|\s(?:and|or)\s(?![A-Z])", att.source.text, maxsplit=1)[0]
    head = _SOURCE_TAIL.sub("", first).strip()
    words = tokens(head)
    sources = {stem(str(w)) for w in load_lexicon(LEXICON).get("report_sources", [])}
    return bool(words) and words[-1].stem in sources


def _idx(ctx: Context, span: Span) -> int:
    i = ctx.sentence_index(span.start)
    return -1 if i is None else i


def _content(att: Attribution) -> Span:
    first, last = att.contents[0], att.contents[-1]
    if len(att.contents) == 1:
        return first
    return Span(first.start, last.end, " ".join(c.text for c in att.contents))


# -- actions ------------------------------------------------------------------------------------


def from_actions(ctx: Context) -> Iterator[Candidate]:
    """Stances carried by deeds: the verb and what follows it in its clause, composed."""
    for act in ctx.reading.actions:
        if not act.actor_id or act.actor_id not in ctx.reading.actors:
            continue
        i = ctx.sentence_index(act.verb.start)
        if i is None or i not in ctx.relevant:
            continue
        pol = _action_polarity(ctx, act, ctx.reading.sentences[i])
        if pol is None or pol.stance is None:
            continue
        date, source = (act.date, "sentence") if act.date and _DATE_VALUE.match(act.date) \
            else ctx.sentence_date(ctx.reading.sentences[i])
        yield Candidate(act.actor_id, pol, ctx.reading.sentences[i], "action", 0.8, content=act.obj,
                        cue=act.verb, speaker=act.subject, date=date, date_source=source,
                        relevance=ctx.relevant[i])


_HARD_BREAKS = (", while ", ", whereas ", "; ", " while ", " whereas ")


def _with_trailing_condition(pol: Polarity, ctx: Context, sentence: Span, after: int) -> Polarity:
    """A support whose condition follows later in the sentence (", but only to defend the border region")."""
    if pol.stance != "support" or pol.condition is not None:
        return pol
    rest = sentence.text[max(0, after - sentence.start):]
    low = rest.lower()
    cut = min([low.find(b) for b in _HARD_BREAKS if b in low] or [len(rest)])
    condition, exclusive, _ = find_conditions(rest[:cut], ctx.question)
    if condition is None:
        return pol
    if exclusive:
        return Polarity("oppose", -1, condition, pol.operators, "later condition leaves no room")
    return Polarity("conditional", 1, condition, pol.operators, "later condition leaves some room")


_POINTING_BACK = frozenset(stem(w) for w in ("it", "them", "this"))


def _names_topic(text: str, question: Question) -> bool:
    """True when a deed's words name the question (a word of its predicate) or point back to a policy
    ("voted against it", "voted for the bill")."""
    toks = tokens(text)
    return core_hit(text, question_terms(question)) or bool(policy_pointers(toks, text)) \
        or any(t.stem in _POINTING_BACK for t in toks)


def _action_polarity(ctx: Context, act: ReportedAction, sentence: Span) -> Polarity | None:
    if act.obj is not None and act.obj.start >= act.verb.end:
        text = f"{act.verb.text} {ctx.reading.article.text[act.verb.end:act.obj.end].strip()}"
    else:  # no object after the verb: the verb and the rest of its clause, up to the next comma
        clause = next((c for c in clauses(sentence) if c.start <= act.verb.start < c.end), sentence)
        text = re.split(r"[,;:]", _sub(clause, act.verb.start, clause.end).text)[0]
        if act.obj is not None and act.obj.end <= act.verb.start:
            text = f"{act.obj.text} {text}"  # a passive: "the act was signed into law by X" acts on the act
    if act.condition and act.condition.lower() not in text.lower():
        text = f"{text} {act.condition}"
    if act.category == "vote" and not _names_topic(text, ctx.question):
        return None  # "voted for Trump, who opposes ...": the vote is on something else
    pol = _with_trailing_condition(compose(text, ctx.question), ctx, sentence, act.obj.end if act.obj else act.verb.end)
    if pol.stance is None or not act.negated:
        return pol
    flipped = {"support": "oppose", "oppose": "support", "conditional": "oppose"}.get(pol.stance)
    # "did not lift its ban" is against; "did not ban" is not a clear support: keep only the former.
    if flipped == "support":
        return None
    return Polarity(flipped, -pol.sign, None, pol.operators, "negated action")


# -- sentence patterns --------------------------------------------------------------------------


@dataclass(frozen=True)
class ClauseSite:
    """A clause of a relevant sentence with the actor mentions in it."""

    index: int  # the sentence's index
    relevance: float
    sentence: Span
    clause: Span
    mentions: list[ActorMention]


def relevant_clauses(ctx: Context) -> Iterator[ClauseSite]:
    """Each clause (:func:`clauses`) of each relevant sentence that mentions an actor, in text order."""
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        for clause in clauses(sentence):
            mentions = mentions_in(ctx, clause)
            if mentions:
                yield ClauseSite(i, rel, sentence, clause, mentions)


def from_patterns(ctx: Context, covered: set[int]) -> Iterator[Candidate]:
    """Holder, pressed and clause-subject candidates in relevant sentences.

    Args:
        covered: sentence indices that hold a linked speaker's attribution cue; there, clause subjects are
            guessed only in clauses that hold no such attribution's cue or content.
    """
    for site in relevant_clauses(ctx):
        args = (ctx, site.clause, site.sentence, site.mentions, site.relevance)
        yield from _holders(*args)
        yield from _pressed(*args)
        if site.index not in covered or not _overlaps_speech(ctx, site.clause):
            yield from _subjects(*args)


def _overlaps_speech(ctx: Context, clause: Span) -> bool:
    """True when a resolved attribution's cue or content lies in the clause (its subject is a speaker then).

    An attribution whose speaker was not linked to an actor does not count: its clause subject is
    guessed like any other ("Mr. Trump ... said he would deport refugees").
    """
    for att in ctx.reading.attributions:
        if not att.actor_id or att.actor_id not in ctx.reading.actors:
            continue
        for span in [att.cue, *att.contents]:
            if span is not None and span.start < clause.end and clause.start < span.end:
                return True
    return False


def _make(ctx: Context, actor_id: str, pol: Polarity, sentence: Span, origin: str, base: float,
          clause: Span, mention: ActorMention, rel: float) -> Candidate:
    date, source = ctx.sentence_date(sentence)
    return Candidate(actor_id, pol, sentence, origin, base, content=clause, speaker=mention.span,
                     date=date, date_source=source, relevance=rel)


def _holders(ctx, clause, sentence, mentions, rel) -> Iterator[Candidate]:
    """"X's restriction" / "X ... its restriction": X holds a restriction (against)."""
    # holding a restriction is against the question's action, unless that action is itself a restriction
    opp = Polarity("oppose", -1, None, (), "holds a restriction") if statement_sign(ctx.question) > 0 \
        else Polarity("support", 1, None, (), "holds the restriction the question asks for")
    for m in mentions:
        after = clause.text[m.span.end - clause.start:]
        if re.match(r"^['’]s?\s", after) and _restriction_within(after, 3):
            yield _make(ctx, m.actor_id, opp, sentence, "holder", 0.7, clause, m, rel)
    for tok in tokens(clause.text):
        word = clause.text[tok.start:tok.end].lower()
        if word not in ("its", "their") or not _restriction_within(clause.text[tok.end:], 2):
            continue
        holder = _antecedent(clause, mentions, clause.start + tok.start)
        if holder is None:
            continue
        between = clause.text[holder.span.end - clause.start:tok.start]
        # "X lifted its ban" is X's own change (an action); "X should lift / is pressed to lift its ban" means
        # X holds it now
        if not any(t.stem in reversal_stems() for t in tokens(between)) or is_pressed(between) \
                or any(find_phrase(p, tokens(between)) for p in phrases(LEXICON, "normative")):
            yield _make(ctx, holder.actor_id, opp, sentence, "holder", 0.65, clause, holder, rel)


def _antecedent(clause: Span, mentions: list[ActorMention], offset: int) -> ActorMention | None:
    """The nearest mention before ``offset`` that can be a subject (not after a preposition, not "X's")."""
    for m in reversed([m for m in mentions if m.span.end <= offset]):
        prev = tokens(clause.text[:m.span.start - clause.start])
        if prev and prev[-1].stem in _PREPOSITIONS or _NOUN_AFTER.match(clause.text[m.span.end - clause.start:]):
            continue
        return m
    return None


def _restriction_within(text: str, n: int) -> bool:
    return any(t.stem in restriction_stems() for t in tokens(text)[:n])


def is_pressed(after: str) -> bool:
    """True when ``after`` opens with a passive pressure phrase ("is under pressure", "were urged")."""
    return any(p.match(after.lower()) for p in _pressed_patterns())


def _pressed(ctx, clause, sentence, mentions, rel) -> Iterator[Candidate]:
    """"X is under pressure to lift its ban" / "urged X to lift the ban": X holds it (against).  Whoever
    the pressure comes from ("under fire from Y to release his returns", "was urged by Y to lift it") is
    for what the one pressed, named or not ("He has come under fire ..."), is pressed to do."""
    opp = Polarity("oppose", -1, None, (), "pressed to change a position against")
    low = clause.text.lower()
    for m in mentions:
        after = low[m.span.end - clause.start:]
        before = tokens(low[:m.span.start - clause.start])
        phrase = next((h for h in (p.match(after) for p in _pressed_patterns()) if h), None)
        if phrase is None and not (before and before[-1].stem in urge_stems()):
            continue
        wanted = _pressed_to(after[phrase.end():] if phrase else after)
        if wanted is not None and compose(wanted[0], ctx.question).stance == "support":
            yield _make(ctx, m.actor_id, opp, sentence, "pressed", 0.6, clause, m, rel)
    for p in _passive_patterns():
        for hit in p.finditer(low):
            wanted = _pressed_to(low[hit.end():])
            if wanted is None:
                continue
            # the pressure is a call for what follows "to": a stance of its own ("to lift its ban"), or
            # the question's action itself ("to release his returns")
            pol = compose(wanted[0], ctx.question)
            if pol.stance not in ("support", "oppose"):
                if stated_action_sign(wanted[0], ctx.question) == 0:
                    continue
                pol = compose(wanted[0], ctx.question, cue="urge")
            yield from _pressers(ctx, clause, sentence, mentions, rel, hit.end(), hit.end() + wanted[1], pol)


#: words that make what follows a pressure phrase something other than a call ("under fire over its decision
#: to lift", "asked whether he would", "after agreeing to")
_NOT_A_CALL = frozenset({"for", "over", "after", "about", "whether", "if", "since", "because", "and", "of", "who",
                         "which", "that", "decision", "plan", "plans", "refusal", "move", "vote", "failure", "choice"})


def _pressed_to(after: str) -> tuple[str, int] | None:
    """What the one pressed is pressed to do (up to a clause mark; "not" before "to" kept: "under pressure
    not to lift it") and where its "to" starts in ``after``; None without a "to", or when anything but who
    the pressure comes from ("from Western allies", "by Germany on Monday") stands before it."""
    to = re.search(r"\bto\b", after)
    if not to:
        return None
    gap = after[:to.start()]
    if re.search(r"[,;:]|['’]s\b", gap) or any(w in _NOT_A_CALL or w.endswith("ing")
                                               for w in re.findall(r"[a-z’'-]+", gap.lower())):
        return None
    wanted = re.split(r"[,;:]", after[to.end():])[0]
    if re.search(r"\bnot\s*$", after[:to.start()]):
        wanted = "not " + wanted
    return wanted, to.start()


@functools.lru_cache(maxsize=1)
def _passive_patterns() -> tuple[re.Pattern[str], ...]:
    """The passive pressure phrases, found anywhere in a clause."""
    lex = load_lexicon(LEXICON)
    return tuple(re.compile(r"\b" + p) for p in [*lex["pressed_passive"], *lex["pressure_only"]])


#: what stands before the one the pressure comes from: "from" or "by", then titles and descriptions
_PRESSER = re.compile(r"\b(?:from|by)\s+(?:[\w.’'-]+\s+){0,4}?$", re.IGNORECASE)
#: what may stand after the one the pressure comes from, before "to": a day or a time ("on Monday")
_PRESSER_AFTER = re.compile(r"^\s*(?:(?:on|last|this|earlier|late)\s+\w+\s*){0,2}(?:not\s*)?$", re.IGNORECASE)


def _pressers(ctx, clause, sentence, mentions, rel, start: int, end: int, pol: Polarity) -> Iterator[Candidate]:
    """The actors the pressure between ``start`` and ``end`` (clause offsets) comes from."""
    if pol.stance not in ("support", "oppose"):
        return
    urged = Polarity(pol.stance, pol.sign, pol.condition, pol.operators, "presses for it")
    for other in mentions:
        a, b = other.span.start - clause.start, other.span.end - clause.start
        if start <= a and b <= end and _PRESSER.search(clause.text[start:a]) \
                and _PRESSER_AFTER.match(clause.text[b:end]):
            yield _make(ctx, other.actor_id, urged, sentence, "presser", 0.6, clause, other, rel)


def _subjects(ctx, clause, sentence, mentions, rel) -> Iterator[Candidate]:
    """Clause subjects: mentions at the clause start, not inside a prepositional phrase."""
    subjects = []
    for m in mentions:
        prev = tokens(clause.text[:m.span.start - clause.start])
        after = clause.text[m.span.end - clause.start:]
        if prev and prev[-1].stem in _PREPOSITIONS or _NOUN_AFTER.match(after) or is_pressed(after):
            continue
        if _subject_position(clause, m, mentions):
            subjects.append(m)
    if not subjects:
        return
    # a relative clause on the last subject ("Trump and Cruz, who has opposed ground troops, have ...") is
    # that subject's alone (from_relatives): the predicate shared by all subjects comes after it
    rest = _LEADING_RELATIVE.sub("", clause.text[subjects[-1].span.end - clause.start:], count=1)
    if _undergoes(rest):
        return  # "Russian diplomats were expelled by Bulgaria": the subject undergoes the deed, it does not do it
    pol = compose(rest, ctx.question)
    pol = _with_trailing_condition(pol, ctx, sentence, clause.end)
    if pol.stance is None:
        return
    for m in subjects:
        yield _make(ctx, m.actor_id, pol, sentence, "clause", 0.55, clause, m, rel)


_LEADING_RELATIVE = re.compile(r"^\s*,\s*(?:who|which)\s[^,;:]*,")
#: a passive predicate whose subject undergoes it ("were expelled", "have not been recounted"); not one with an
#: infinitive after it, whose subject does the infinitive ("was allowed to strike", "is expected to sign")
_PASSIVE_PREDICATE = re.compile(r"^\s*(?:(?:has|have|had|will|would|could|should|must|may|might)\s+)?(?:not\s+)?"
                                r"(?:been|be|being|was|were|is|are)\s+(?:\w+ly\s+|not\s+|also\s+)*"
                                r"(?P<participle>[a-z]+(?:ed|en)|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b"
                                r"(?!\s+to\b)", re.IGNORECASE)
#: participles that are adjectives after "be": their subject holds a view ("are united against", "is convinced")
_ADJECTIVAL = frozenset({"united", "convinced", "divided", "opposed", "committed", "determined", "interested",
                         "concerned", "worried", "prepared", "inclined", "agreed", "pleased", "disappointed",
                         "frustrated", "alarmed", "dismayed", "troubled", "outraged", "split", "torn", "sold", "set"})


def _undergoes(predicate: str) -> bool:
    """True when ``predicate`` (what follows a clause's subject) is a passive its subject undergoes.  v12."""
    found = _PASSIVE_PREDICATE.match(predicate)
    return found is not None and found.group("participle").lower() not in _ADJECTIVAL

_FILLER = frozenset(stem(w) for w in {"and", "while", "whereas", "but", "the", "member", "however", "meanwhile", "also",
                     "both", "although", "though", "as", "well", "last", "month", "week", "year", "day",
                     "today", "yesterday", "earlier", "later", "recently", "now", "then", "a", "an"})


def _subject_position(clause: Span, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """True when only other mentions, commas, "and" and capitalised modifiers stand before the mention."""
    text = clause.text[:mention.span.start - clause.start]
    for other in mentions:
        if other.span.start < mention.span.start:
            a, b = other.span.start - clause.start, other.span.end - clause.start
            text = text[:a] + " " * (b - a) + text[b:]
    proper_ok = not _title_case(clause.text)
    return all(t.stem in _FILLER or t.stem in _title_words() or (proper_ok and text[t.start].isupper())
               for t in tokens(text))


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of role titles ("former secretary of State Clinton"): a subject may follow them."""
    from ..nlp.actors.kb import load_lexicon as load_roles

    words = {"former", "then", "outgoing", "incoming", "acting"}
    for title, entry in load_roles()["titles"].items():
        for variant in [title, *entry.get("variants", [])]:
            words.update(w for w in variant.lower().replace("-", " ").split() if w.isalpha())
    return frozenset(stem(w) for w in words)


def _title_case(text: str) -> bool:
    """True for a headline in Title Case, where capitals say nothing about proper names."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def condition_of(text: str, question: Question) -> str | None:
    """The condition text in ``text``, if any (re-exported for callers that only need the text)."""
    return find_conditions(text, question)[0]
