"""Stance candidates from the side an actor is described as being on: "a Trump supporter", "a longtime
critic of the wall", "Sessions, who is Mr. Trump's most outspoken supporter", "Palin's endorsement of
Trump".

News names people by their side more often than it quotes them on it.  A role noun of support or
opposition (``roles`` in ``stance.yaml``: "supporter", "backer", "critic", "opponent" ...) with what it
is for or against, said of an actor, is that actor's stance: composed like "support X" / "oppose X", so
that a question against X ("The ACA should be repealed") turns it round.  Four forms are read:

* an apposition: "Lee Zeldin, a Trump supporter, said", "McConnell, a longtime critic of the deal,";
* a relative clause that says what the actor is: "Jeff Sessions, the Alabama Republican who is Mr.
  Trump's most outspoken supporter";
* a title before the name: "Trump critic Mark Kirk", "longtime wall opponent Sen. Jo Ames";
* a possessive nominalisation: "Sarah Palin's endorsement of Donald Trump", "Kirk's opposition to the
  deal".

What the role is for must name the question's topic (a keyword, an object name of the statement, its
patient; :func:`stancemap.ledger.target.names_topic`) or the one the question would have a group back
("Trump" for "Republicans should support Donald Trump"; :func:`stancemap.ledger.anchors.names_backed`).
A role the text marks as past ("a former backer of Ted Cruz", "onetime critic") says nothing of the
actor's stance now and is left out.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..model import ActorMention, Span
from .anchors import names_backed
from .candidates import LEXICON, Candidate, Context, mentions_in
from .lexicon import load_lexicon
from .polarity import compose
from .relevance import THRESHOLD
from .target import names_topic

#: words of a role phrase before the role noun ("a longtime", "the most outspoken")
_MODS = r"(?:[\w’'-]+\s+){0,3}?"
#: what a role is "of" or "for": the words up to the end of the phrase
_OBJECT = r"(?P<obj>[^,;:()\n—–]+?)(?=\s*(?:[,;:()\n—–]|\s(?:who|which|that|and|but|said|says|has|have|is|was|in|on|at|since)\s|[.!?]?[\"”’']?\s*$))"
#: a name run written before the role noun ("a Trump supporter", "Mr. Trump's most outspoken supporter")
_NAME_BEFORE = r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)(?:['’]s)?\s+"
#: what may stand between the actor's name and a comma: a party and state in brackets, "of New York"
_PLACE = r"(?:\s*\([^)]*\))?(?:\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
#: words that mark a role as given up
_PAST = re.compile(r"\b(?:former|onetime|one-time|erstwhile|ex|once|previous|past)\b", re.IGNORECASE)
#: words (lowercase) that may stand between a title role and the actor's name ("critic Sen. Jo Ames")
_TITLE_WORDS = frozenset({"sen.", "senator", "rep.", "representative", "gov.", "governor", "congressman",
                          "congresswoman", "mayor", "president", "the", "former", "presidential", "candidate",
                          "activist", "lawmaker", "leader", "businessman", "billionaire", "host", "commentator"})
#: how many words may stand between a relative pronoun and the actor (an apposition before it)
_RELATIVE_GAP = 6


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Role noun (singular and plural) -> "support" or "oppose"."""
    roles = load_lexicon(LEXICON)["roles"]
    out: dict[str, str] = {}
    for side, verb in (("for", "support"), ("against", "oppose")):
        for noun in roles[side]:
            out[noun] = verb
            out[noun[:-1] + "ies" if noun.endswith("y") else noun + "s"] = verb
    return out


@functools.lru_cache(maxsize=1)
def _nominal() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Possessed nominalisation -> (verb, the prepositions that take its object)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in load_lexicon(LEXICON)["role_nominalisations"]:
        out[entry["noun"]] = (entry["stance"], tuple(entry["of"]))
    return out


def _role_alternation() -> str:
    return "|".join(sorted(map(re.escape, _nouns()), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    roles = _role_alternation()
    of_phrase = rf"(?P<role>{roles})\s+(?:of|for)\s+{_OBJECT}"
    named = rf"{_NAME_BEFORE}{_MODS}(?P<role2>{roles})\b"
    phrase = rf"(?:{_MODS}{of_phrase}|{_MODS}{named})"
    nominal = "|".join(sorted(map(re.escape, _nominal()), key=len, reverse=True))
    return {
        # after the actor: ", a Trump supporter", ", the most vocal critic of the wall"
        "apposition": re.compile(rf"^{_PLACE}\s*,\s*(?P<det>an?|the)\s+{phrase}"),
        # after the actor and an apposition: ", the Alabama Republican who is Mr. Trump's ... supporter"
        "relative": re.compile(rf"^{_PLACE}\s*(?:,(?P<app>[^,;:()]*?))?,?\s*(?:who|which)\s+"
                               rf"(?:is|was|has\s+been|remains|became|has\s+become)\s+(?:an?\s+|the\s+)?(?:also\s+)?{phrase}"),
        # before the actor: "Trump critic Mark Kirk", "longtime wall opponent Sen. Jo Ames"
        "title": re.compile(rf"(?P<name>[\w.’'-]+(?:\s+[\w.’'-]+){{0,2}})\s+(?P<role>{roles})\s+(?P<rest>(?:[\w.’'-]+\s+){{0,3}}?)$"),
        # a possessed nominalisation: "'s endorsement of Donald Trump"
        "nominal": re.compile(rf"^['’]s\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nominal})\s+(?P<prep>of|for|to)\s+{_OBJECT}"),
    }


def from_roles(ctx: Context) -> Iterator[Candidate]:
    """Candidates for actors described by a role of support or opposition on the question's topic."""
    for i, sentence in enumerate(ctx.reading.sentences):
        mentions = mentions_in(ctx, sentence)
        if not mentions:
            continue
        for m in mentions:
            found = _role_of(ctx, sentence, m)
            if found is None:
                continue
            verb, what, start = found
            pol = compose(f"{verb} {what}", ctx.question)
            if pol.stance is None or pol.stance == "neutral":
                continue
            date, source = ctx.sentence_date(sentence)
            yield Candidate(m.actor_id, pol, sentence, "role", 0.6, content=Span(start, start + len(what), what),
                            speaker=m.span, date=date, date_source=source,
                            relevance=max(ctx.relevant.get(i, 0.0), THRESHOLD))


def _role_of(ctx: Context, sentence: Span, m: ActorMention) -> tuple[str, str, int] | None:
    """(verb, what the role is for or against, its offset) for a role said of the mention, else None."""
    pats = _patterns()
    offset = m.span.end - sentence.start
    after = sentence.text[offset:]
    for kind in ("nominal", "apposition", "relative"):
        match = pats[kind].match(after)
        if match is None:
            continue
        if kind == "nominal":
            verb, preps = _nominal()[match.group("noun")]
            if match.group("prep") not in preps:
                continue
            return _checked(ctx, verb, match, "obj", sentence.start + offset, after)
        if kind == "relative" and len((match.group("app") or "").split()) > _RELATIVE_GAP:
            continue
        found = _from_phrase(ctx, match, sentence.start + offset, after)
        if found is not None:
            return found
    before = sentence.text[:m.span.start - sentence.start]
    match = pats["title"].search(before)
    if match is not None and all(w.lower() in _TITLE_WORDS or w[:1].isupper() for w in match.group("rest").split()):
        if _PAST.search(before[max(0, match.start() - 12):match.start()]):
            return None
        verb = _nouns()[match.group("role").lower()] if match.group("role").lower() in _nouns() else None
        if verb is not None and _on_question(ctx, match.group("name")):
            return verb, match.group("name"), sentence.start + match.start("name")
    return None


def _from_phrase(ctx: Context, match: re.Match[str], base: int, text: str) -> tuple[str, str, int] | None:
    role = match.group("role") or match.group("role2")
    if role is None or _PAST.search(text[:match.start("role") if match.group("role") else match.start("role2")]):
        return None
    verb = _nouns().get(role.lower())
    if verb is None:
        return None
    if match.group("role"):
        return _checked(ctx, verb, match, "obj", base, text)
    return _checked(ctx, verb, match, "name", base, text)


def _checked(ctx: Context, verb: str, match: re.Match[str], group: str, base: int,
             text: str) -> tuple[str, str, int] | None:
    what = match.group(group).strip()
    if not what or not _on_question(ctx, what):
        return None
    return verb, what, base + match.start(group)


def _on_question(ctx: Context, what: str) -> bool:
    """True when ``what`` names the question's topic or the one it would have a group back."""
    return names_topic(what, ctx.question) or names_backed(ctx.question, what)
