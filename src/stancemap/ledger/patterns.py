"""Stance candidates from possessed proposals and from relative clauses about a named actor.

Proposals: "Trump's proposed ban", "his call for a ban on Muslims".

A proposal, plan, call or promise that a text attributes to an actor through a possessive is that
actor's position, whoever else in the sentence criticises it ("Clinton bashed Trump's proposal to ban
Muslims": Trump is for the ban, Clinton against).  The possessor gets the polarity of
"propose <what follows>", composed like any other text.  Possessive pronouns ("his proposal") go to the
nearest person named before them in the sentence.

Relative clauses and appositions: "Clinton, who opposes the TPP, ..." - the clause right after the
actor's name (", who ...") says where that actor stands.

Passive agents: "the ban was condemned by X", "the plan, proposed by X," - X is the one who acts.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import ActorMention, Span
from .candidates import (Candidate, Context, clauses, inside_phrase, is_pressed, mentions_in, relevant_clauses,
                         urge_stems)
from .lexicon import load_lexicon, stem, tokens
from .polarity import LEXICON, MODAL_STEMS, action_nominals, compose, find_operators
from .relevance import core_hit, question_terms
from .target import name_positions, names_topic, object_names

#: how many modifier words may stand between the possessor and the proposal noun ("repeated calls")
_MAX_MODIFIERS = 2
#: modifiers that name the question's topic may be more, and names ("Obama's Iran nuclear deal")
_MAX_TOPIC_MODIFIERS = 4
_POSSESSIVE = re.compile(r"^['’]s?\s")
_PRONOUNS = frozenset({"his", "her", "their"})
_STOP = re.compile(r"[;:]|,\s|\s[-–—]+\s|\n")


@functools.lru_cache(maxsize=1)
def _noun_verbs() -> dict[str, str]:
    """Possessed noun stem -> the verb its possessor is composed with ("opposition" -> "oppose")."""
    lex = load_lexicon(LEXICON)
    out = {stem(w): "propose" for w in lex["proposal_nouns"]}
    out.update({stem(w): "support" for w in lex["attitude_nouns"]["for"]})
    out.update({stem(w): "oppose" for w in lex["attitude_nouns"]["against"]})
    return out


def from_proposals(ctx: Context) -> Iterator[Candidate]:
    """Candidates for the possessors of proposal nouns in relevant sentences.

    What the proposal is about follows the noun ("Trump's proposal to ban Muslims") or stands before it
    ("Sanders's $15 minimum wage plan", "Obama's Iran deal"); either must be on the question's topic.
    """
    terms = question_terms(ctx.question)
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        mentions = mentions_in(ctx, sentence)
        for owner, found in _possessed_proposals(ctx, sentence, mentions):
            rest = _main_verb_cut(_STOP.split(sentence.text[found.end - sentence.start:], maxsplit=1)[0])
            modifiers = sentence.text[found.modifiers - sentence.start:found.noun - sentence.start]
            if rest.strip() and core_hit(rest, terms) and not found.topic_only:
                about, start = rest, found.end
            elif names_topic(modifiers, ctx.question):
                about, start = modifiers, found.modifiers
            elif (named := _apposition(sentence, found.end)) is not None and names_topic(named.text, ctx.question):
                about, start = named.text, named.start  # "Obama's signature law, the Affordable Care Act,"
            else:
                continue
            pol = compose(f"{found.verb} {about}", ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            date, source = ctx.sentence_date(sentence)
            content = Span(start, start + len(about), about)
            yield Candidate(owner.actor_id, pol, sentence, "proposal", 0.75, content=content,
                            speaker=owner.span, date=date, date_source=source, relevance=rel)


#: the main verb after a possessed proposal: what follows judges the proposal ("Germany's expulsion of diplomats was
#: condemned by Italy", "Trump's plan to ban Muslims drew criticism"); it is not the possessor's words
_MAIN_VERB = re.compile(r"\s(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by|"
                        r"drew|sparked|angered|prompted|triggered|met\s+with|has\s+drawn|has\s+sparked)\b",
                        re.IGNORECASE)


def _main_verb_cut(rest: str) -> str:
    """``rest`` up to a verb that judges the proposal: a passive with its agent ("was condemned by Italy") or one
    that reports a reaction ("drew criticism").  v11."""
    found = _MAIN_VERB.search(rest)
    return rest if found is None else rest[:found.start()]


_APPOSITION = re.compile(r"^,\s+((?:the|a|an)\s+[^,;:.()]{2,80}?)(?=[,;:.]|\s[-–—]|$)", re.IGNORECASE)


def _apposition(sentence: Span, offset: int) -> Span | None:
    """The noun phrase set off by a comma right after ``offset`` (", the Affordable Care Act,"), if any."""
    m = _APPOSITION.match(sentence.text[offset - sentence.start:])
    if m is None:
        return None
    start = offset + m.start(1)
    return Span(start, start + len(m.group(1)), m.group(1))


#: nouns that make a proposal noun before them a modifier ("Clinton's policy stances", "his policy adviser")
_COMPOUND_HEADS = frozenset(stem(w) for w in (
    "stance", "position", "adviser", "advisor", "aide", "team", "director", "chief", "expert", "staff", "shop",
    "maker", "debate", "fight", "battle", "process", "change", "shift"))


@dataclass(frozen=True)
class _Proposal:
    """Offsets (absolute) of a possessed proposal noun: where its modifiers start, where the noun starts and
    ends, and the verb its possessor is composed with."""

    modifiers: int
    noun: int
    end: int
    verb: str
    #: many or capitalised modifiers: only a topic among them makes it a proposal ("Britain's Parliament")
    topic_only: bool = False


def _possessed_proposals(ctx: Context, sentence: Span,
                         mentions: list[ActorMention]) -> Iterator[tuple[ActorMention, _Proposal]]:
    """(possessor, proposal) for each "X's / his <proposal or attitude noun>"."""
    text = sentence.text
    deeds = action_nominals(ctx.question)  # "Britain's expulsion of diplomats": the deed is the question's action
    for m in mentions:
        after = text[m.span.end - sentence.start:]
        if _POSSESSIVE.match(after):
            found = _proposal_end(after, m.span.end, deeds)
            if found is not None:
                yield m, found
        elif _ATTRIBUTIVE_BEFORE.search(text[:m.span.start - sentence.start]) and (
                found := _attributive(after, m.span.end)) is not None:
            yield m, found  # "the US decision to expel diplomats"
    owners: dict[str, ActorMention] = {}  # "his support for Trump and his refusal": one owner for both
    for tok in tokens(text):
        pronoun = text[tok.start:tok.end].lower()
        if pronoun not in _PRONOUNS:
            continue
        owner = owners.get(pronoun) or _person_before(ctx, mentions, sentence.start + tok.start)
        if owner is not None:
            owners.setdefault(pronoun, owner)
        found = _proposal_end(text[tok.end:], sentence.start + tok.end, deeds)
        if found is not None and owner is not None:
            yield owner, found


#: "the" right before a state or body named as the owner of the noun after it ("the US decision to expel")
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: nouns a name may own without "'s" ("the US decision to", "the Kremlin's" aside): a decision or plan to act
_ATTRIBUTIVE_NOUNS = frozenset(stem(w) for w in ("decision", "plan", "move", "order", "proposal", "bid", "offer",
                                                 "pledge", "promise", "refusal"))


def _attributive(after: str, offset: int) -> _Proposal | None:
    """The proposal noun right after a name that owns it without "'s", followed by "to" ("the US decision to expel
    the same number of diplomats"), else None.  v11."""
    toks = tokens(after)
    if len(toks) < 3 or toks[0].stem not in _ATTRIBUTIVE_NOUNS or toks[1].stem != "to" \
            or after[:toks[0].start].strip() or not after[toks[2].start].islower():
        return None
    verb = _noun_verbs().get(toks[0].stem, "propose")
    return _Proposal(offset + toks[0].start, offset + toks[0].start, offset + toks[0].end, verb)


def _proposal_end(after: str, offset: int, deeds: frozenset[str] = frozenset()) -> _Proposal | None:
    """The proposal/attitude noun among the first words of ``after`` (which starts at ``offset``), else None.

    Up to two lowercase modifiers may stand before it ("repeated calls"); up to four, names included, when
    they are the topic ("Iran deal", "$15 minimum wage plan"): the caller checks that.
    """
    toks = tokens(after)
    if not toks:
        return None
    start = toks[0].start
    lowercase = True
    for k, tok in enumerate(toks[:_MAX_TOPIC_MODIFIERS + 1]):
        # the noun of the question's own action keeps its word: "Britain's expulsion of" proposes an expulsion
        following = toks[k + 1].stem if k + 1 < len(toks) else ""
        verb = _noun_verbs().get(tok.stem)
        if verb is None and tok.stem in deeds and following not in ("from", "by"):
            # "Lanvar's expulsion from the bloc" is done to Lanvar; "Britain's expulsion of diplomats" is Britain's
            verb = f"propose {after[tok.start:tok.end]}"
        if verb is not None and following not in _COMPOUND_HEADS and (tok.stem != "push" or following == "for"):
            topic_only = k > _MAX_MODIFIERS or not lowercase
            return _Proposal(offset + start, offset + tok.start, offset + tok.end, verb, topic_only)
        if re.search(r"[,;:.]", after[:tok.start]):
            return None
        lowercase = lowercase and after[tok.start].islower()
    return None


def _person_before(ctx: Context, mentions: list[ActorMention], offset: int) -> ActorMention | None:
    """The nearest person mentioned before ``offset`` (the antecedent of "his"/"her")."""
    for m in reversed([m for m in mentions if m.span.end <= offset]):
        actor = ctx.reading.actors.get(m.actor_id)
        if actor is not None and actor.kind == "person" and not actor.anonymous:
            return m
    return None


_RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*who\s+")
#: an apposition that names the actor's side: "McConnell, a longtime critic of ..., said"
_ROLE_APPOSITION = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?=(?:%s)s?\s+of\s)"
                              % "|".join(("critic", "opponent", "foe", "enemy", "skeptic", "sceptic", "supporter",
                                          "proponent", "advocate", "champion", "backer", "defender", "architect",
                                          "sponsor", "author")), re.IGNORECASE)
_CLAUSE_END = re.compile(r",|;|:|\s[-–—]+\s|\n")


def from_relatives(ctx: Context) -> Iterator[Candidate]:
    """"X, who has backed the wall, ..." and "X, a critic of the wall, ...": X gets the polarity of the
    relative clause or the apposition."""
    terms = question_terms(ctx.question)
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        for m in mentions_in(ctx, sentence):
            after = sentence.text[m.span.end - sentence.start:]
            opener = _RELATIVE.match(after) or _ROLE_APPOSITION.match(after)
            if not opener or inside_phrase(ctx, m, sentence):
                continue
            body = _CLAUSE_END.split(after[opener.end():], maxsplit=1)[0]
            if not body.strip() or not core_hit(body, terms):
                continue
            pol = compose(body, ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            start = m.span.end + opener.end()
            date, source = ctx.sentence_date(sentence)
            yield Candidate(m.actor_id, pol, sentence, "relative", 0.6, content=Span(start, start + len(body), body),
                            speaker=m.span, date=date, date_source=source, relevance=rel)


#: a name in a list of agents, with what joins it to the next ("by Bulgaria, Luxembourg and Malta")
_LISTED = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_AGENT = re.compile(r"\b([a-z]+(?:ed|en))\s+(?:\w+\s+)?by\s*(?:" + _LISTED + r")*$")
#: what follows a listed agent that is not the last ("Luxembourg" in "by Bulgaria, Luxembourg and Malta")
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_LIST_GOES_ON = re.compile(r"^\s*(?:,\s*(?:" + _NAME + r"\s*,\s*)*(?:" + _NAME + r"\s*,?\s*)?|\s+)\b(?:and|or)\b")


def from_agents(ctx: Context) -> Iterator[Candidate]:
    """"The proposal was condemned by X": X gets the polarity of the clause up to "by"."""
    terms = question_terms(ctx.question)
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        for clause in clauses(sentence):
            for m in mentions_in(ctx, clause):
                before = clause.text[:m.span.start - clause.start]
                agent = _AGENT.search(before)
                if not agent:
                    continue
                if re.search(r",\s*$", before) and not _LIST_GOES_ON.match(clause.text[m.span.end - clause.start:]):
                    continue  # "opposed by Donald Trump, Hillary Clinton said": no "and" closes a list
                body = re.split(r";|:|\s[-–—]+\s|\n", before)[-1]
                if not core_hit(body, terms):
                    continue
                pol = compose(body, ctx.question)
                if pol.stance is None or pol.stance == "neutral":
                    continue
                start = m.span.start - len(body)
                date, source = ctx.sentence_date(sentence)
                yield Candidate(m.actor_id, pol, sentence, "agent", 0.55, content=Span(start, m.span.start, body),
                                speaker=m.span, date=date, date_source=source, relevance=rel)


#: after the actor of a reduced relative: auxiliaries, an adverb, then the verb ("has long promised")
_REDUCED_VERB = re.compile(r"^\s+((?:(?:has|have|had|is|was|were|are|would|will|still|once|long|also|now)\s+)*"
                           r"[a-z]+(?:\s+to\s+[a-z]+)?)")
#: how many words before the actor the topic's name must end ("the TPP trade deal Obama is pushing")
_REDUCED_GAP = 3


def from_reduced_relatives(ctx: Context) -> Iterator[Candidate]:
    """"the TPP trade deal Obama is pushing", "the wall Trump has promised": the named actor does the verb to
    the topic named just before it, so the actor gets the polarity of "<verb> <topic>"."""
    names = _topic_names(ctx)
    if not names:
        return
    for i, rel in sorted(ctx.relevant.items()):
        sentence = ctx.reading.sentences[i]
        for m in mentions_in(ctx, sentence):
            before = sentence.text[:m.span.start - sentence.start]
            toks = tokens(before)
            if not toks or re.search(r"[,;:.!?()\"“”]\s*(?:that|which)?\s*$", before):
                continue
            tail = toks[-_REDUCED_GAP - 3:]
            hits = [k for k in name_positions(tail, names)]
            if not hits:
                continue
            topic = before[tail[hits[-1]].start:].strip()
            verb = _REDUCED_VERB.match(sentence.text[m.span.end - sentence.start:])
            if verb is None or not _ends_near(tail, hits[-1], names) or not _attitude_verb(verb.group(1)) \
                    or ctx.reading.actors[m.actor_id].kind == "country":
                continue
            pol = compose(f"{verb.group(1)} {topic}", ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            start = sentence.start + tail[hits[-1]].start
            date, source = ctx.sentence_date(sentence)
            yield Candidate(m.actor_id, pol, sentence, "relative", 0.55,
                            content=Span(start, start + len(topic), topic), speaker=m.span, date=date,
                            date_source=source, relevance=rel)


def _attitude_verb(words: str) -> bool:
    """True when the verb group itself takes a side ("is pushing", "has long promised", "opposes"); a modal
    ("should") or a plain verb ("mentioned", "following") does not."""
    toks = tokens(words)
    return any(o.category in ("endorse", "refusal", "reversal", "restriction") and toks[o.first].stem not in MODAL_STEMS
               for o in find_operators(toks))


def _topic_names(ctx: Context) -> tuple[tuple[str, ...], ...]:
    """The question's object names and its keywords of two or more words, as stems."""
    names = list(object_names(ctx.question))
    for kw in ctx.question.keywords:
        stems = tuple(t.stem for t in tokens(kw))
        if stems and stems not in names:
            names.append(stems)
    return tuple(names)


def _ends_near(toks, start: int, names) -> bool:
    """True when the topic name starting at ``start`` is followed by at most a few words before the actor
    (its head noun and "that"/"which": "the TPP trade deal (that) Obama ...")."""
    return len(toks) - start <= max(len(n) for n in names) + _REDUCED_GAP


#: a list of named members after a group noun: ", including A, B and C," / " such as A and B" / " — A and B — "
_MEMBER_SEP = r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)"
_MEMBERS = re.compile(r"(?P<intro>(?:,\s*|\s+)(?:including|such\s+as|among\s+them|notably)\s+|,\s*like\s+"
                      r"|\s+[—–―]\s+|\s+--?\s+)"
                      r"(?P<list>\x01+(?:" + _MEMBER_SEP + r"\x01+)*)"
                      r"(?P<close>\s*,\s*|\s+[—–―]\s+|\s+--?\s+|\s+)(?=\S)", re.IGNORECASE)
_DASHES = frozenset({"—", "–", "―", "-", "--"})
#: an apposition between dashes after a member list ("like A, B and C ― three former officials ― have said")
_DASHED_APPOSITION = re.compile(r"^[^—–―,;:()\"“”]{1,80}?\s(?:[—–―]|--?)\s+")
_MEMBER_RELATIVE = re.compile(r"^(?:that|which|who)\s+", re.IGNORECASE)
#: how many words the group noun phrase (with "the fact that" and the like) may hold before the list
_MAX_GROUP_WORDS = 6


def from_members(ctx: Context) -> Iterator[Candidate]:
    """Named members of a group share what the group did: "several allies, including Finland and Poland, have
    lifted their restrictions", "countries, including Germany, that expelled Russian diplomats", "several EU
    countries — Austria, Slovakia and Greece — declined to take similar measures".

    The members get the polarity of a relative clause right after the list, or of the predicate that follows
    it when the group opens its clause (it is the subject then)."""
    terms = question_terms(ctx.question)
    for site in relevant_clauses(ctx):
        sentence, clause, mentions, rel = site.sentence, site.clause, site.mentions, site.relevance
        masked = _masked(clause, mentions)
        for hit in _MEMBERS.finditer(masked):
            members = [m for m in mentions if hit.start("list") <= m.span.start - clause.start < hit.end("list")]
            rest = clause.text[hit.end():]
            if re.match(r"^to\b", rest, re.IGNORECASE) or is_pressed(rest):
                continue  # "urged allies, including A, to lift ...", "A and B - were urged to": a call on them
            relative = _MEMBER_RELATIVE.match(rest)
            if relative:
                rest = rest[relative.end():]
            else:
                # the group is the subject: its list is closed by a comma, or by a dash when a dash opened it
                close = hit.group("close").strip()
                dashed = hit.group("intro").strip() in _DASHES and close in _DASHES
                apposition = _DASHED_APPOSITION.match(rest) if close in _DASHES and not dashed else None
                if apposition:  # v13: the list's description between dashes, then the group's predicate
                    rest, close = rest[apposition.end():], ","
                if not (close == "," or dashed) or not _opens_clause(masked[:hit.start()]):
                    continue
            body = _CLAUSE_END.split(rest, maxsplit=1)[0]
            if not body.strip() or not (core_hit(body, terms) or _ANAPHORIC_DEED.match(body)):
                continue
            pol = compose(body, ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            start = clause.start + len(clause.text) - len(rest)
            date, source = ctx.sentence_date(sentence)
            for m in members:
                yield Candidate(m.actor_id, pol, sentence, "members", 0.55,
                                content=Span(start, start + len(body), body), speaker=m.span, date=date,
                                date_source=source, relevance=rel)


#: a deed that points back to the one named before ("declined to take similar measures", "followed suit")
_ANAPHORIC_DEED = re.compile(r"^(?:\w+\s+){0,3}?(?:to\s+)?(?:take|took|taken|taking|adopt|adopted|follow|followed)\s+"
                             r"(?:similar|such|the\s+same|a\s+similar|suit\b)", re.IGNORECASE)


def _masked(clause: Span, mentions: list[ActorMention]) -> str:
    """The clause's text with each actor mention replaced by as many \\x01 characters (offsets kept)."""
    chars = list(clause.text)
    for m in mentions:
        for k in range(m.span.start - clause.start, min(m.span.end - clause.start, len(chars))):
            chars[k] = "\x01"
    return "".join(chars)


def _opens_clause(before: str) -> bool:
    """True when the group noun phrase before a member list opens its clause and is its subject: a few words,
    no punctuation, no name of an actor, no preposition and no call ("Several allies", "The fact that several EU
    countries"; not "Pressure on allies", "He urged allies")."""
    words = re.findall(r"[\w’'-]+", before)
    stems = {stem(w) for w in words}
    verbs = [w for w in words if w.islower() and w.endswith("ed") and w not in _ED_ADJECTIVES]
    # a name may be the group's head ("Other prominent Republicans, like A and B, ..."; v13), not stand before it
    head = re.fullmatch(r"[^\x01]*\x01+", before.rstrip()) is not None
    return 0 < len(words) <= _MAX_GROUP_WORDS and not re.search(r"[,;:()\"“”]" if head else r"[,;:()\"“”\x01]", before) \
        and not stems & _GROUP_BREAKS and not verbs and not (words[0].islower() and stem(words[0]) in urge_stems())


#: words that make the phrase before a member list something other than its subject: a pronoun subject ("He
#: urged allies"); a lowercase past form is a verb too ("Russia threatened allies"), unless an adjective below
_GROUP_BREAKS = frozenset(stem(w) for w in ("he", "she", "they", "we", "i", "it", "you"))
_ED_ADJECTIVES = frozenset({"allied", "armed", "united", "developed", "advanced", "concerned", "interested",
                            "related", "based", "affected", "involved", "aligned", "unaligned", "nonaligned",
                            "industrialised", "industrialized", "landlocked", "so-called"})
