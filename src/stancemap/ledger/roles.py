"""Stance candidates from the side an actor is described as being on: "a Trump supporter", "a longtime
critic of the wall", "Sessions, who is Mr. Trump's most outspoken supporter", "Palin's endorsement of
Trump".

News names people by their side more often than it quotes them on it.  A role noun of support or
opposition (``roles`` in ``stance.yaml``: "supporter", "backer", "critic", "opponent" ...) with what it
is for or against, said of an actor, is that actor's stance: composed like "support X" / "oppose X", so
that a question against X ("The ACA should be repealed") turns it round.  Four forms are read:

* an apposition: "Lee Zeldin, a Trump supporter, said", "McConnell, a longtime critic of the deal,";
* a relative clause that says what the actor is: "Jeff Sessions, the Alabama Republican who is Mr.
  Trump's most outspoken supporter" ("who was", "until last spring" and "during the primaries" date a role to
  the past);
* a title before the name: "Trump critic Mark Kirk", "longtime wall opponent Sen. Jo Ames";
* a possessive nominalisation: "Sarah Palin's endorsement of Donald Trump", "Kirk's opposition to the
  deal".

What the role is for must name the question's topic (a keyword, an object name of the statement, its
patient; :func:`stancemap.ledger.target.names_topic`) or the one the question would have a group back
("Trump" for "Republicans should support Donald Trump"; :func:`stancemap.ledger.anchors.names_backed`),
as the head of what follows the role: "a supporter of Trump", not "a supporter of Trump's rival" or "a
critic of the plan proposed by Trump"; only the first words that name it are composed ("support for Ivo
Brandt never wavered" is support for Ivo Brandt).  The words between the actor and the role carry no
preposition, conjunction or relative pronoun, so a role of someone else's is not taken ("a rival of
Brandt supporter Bo Ray", "the sister of a man who is a Brandt critic").  A role the text marks as past
("a former backer of Ted Cruz", "onetime critic", "Berg's former support for") says nothing of the
actor's stance now and is left out, as is a nominalisation that undoes it ("lack of support for").
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..model import ActorMention, Span
from .anchors import backed_forms, names_backed
from .candidates import LEXICON, Candidate, Context, inside_phrase, mentions_in
from .lexicon import load_lexicon
from .polarity import compose
from .relevance import THRESHOLD
from .target import names_topic

_WORD = r"[\w’'-]+"
#: a few words before the role noun, checked by :func:`_plain_words` ("a longtime", "the most outspoken")
_MODS = rf"(?:{_WORD}\s+){{0,3}}?"
#: what a role is "of" or "for": up to a clause boundary (possessive quantifiers: no backtracking on spaces)
_OBJECT = (r"(?P<obj>[^,;:()\n—–]{1,160}?)(?=\s*+[,;:()\n—–]|\s(?:who|which|that|and|but|said|says|has|have|is|was|"
           r"in|on|at|since|until|during)\s|\s*+[.!?]?[\"”’']?\s*+$)")
#: a name run written before the role noun ("a Trump supporter", "Mr. Trump's most outspoken supporter")
_NAME_BEFORE = r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)(?:['’]s)?\s+"
#: what may stand between the actor's name and a comma: a party and state in brackets, "of New York"
_PLACE = r"(?:\s*\([^)]*\))?(?:\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
#: words that mark a role as given up
_PAST = re.compile(r"\b(?:former|formerly|onetime|one-time|erstwhile|ex|once|previous|previously|past)\b", re.IGNORECASE)
#: words that may not stand between an actor and its role: they make the role someone else's
_FUNCTION = frozenset({"of", "for", "to", "in", "on", "at", "by", "with", "from", "against", "about", "among", "over",
                       "under", "between", "into", "like", "as", "and", "or", "but", "who", "which", "that", "whom",
                       "whose", "is", "was", "are", "were", "be", "been", "turned", "than"})
#: nouns before a nominalisation that undo it ("lack of support for")
_UNDOING = frozenset({"lack", "absence", "withdrawal", "loss", "end", "erosion", "collapse", "retraction", "withdrawn",
                      "rescinded", "waning", "reversal"})
#: words (lowercase) that may stand between a title role and the actor's name ("critic Sen. Jo Ames")
_TITLE_WORDS = frozenset({"sen.", "senator", "rep.", "representative", "gov.", "governor", "congressman",
                          "congresswoman", "mayor", "president", "the", "presidential", "candidate",
                          "activist", "lawmaker", "leader", "businessman", "billionaire", "host", "commentator"})
#: words before a name that do not make it another person's ("Mr. Trump", "President Trump")
_NAME_TITLES = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator",
                          "governor", "candidate", "nominee", "presidential"})
#: how many words may stand between the actor and a relative pronoun (an apposition before it)
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


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    roles = _alternation(_nouns())
    of_phrase = rf"(?P<mods_a>{_MODS})(?P<role>{roles})(?!['’])\s+(?:of|for)\s+{_OBJECT}"
    named = rf"(?P<mods_b>{_MODS}){_NAME_BEFORE}(?P<mods_c>{_MODS})(?P<role2>{roles})\b(?!['’])"
    phrase = rf"(?:{of_phrase}|{named})"
    return {
        # after the actor: ", a Trump supporter", ", the most vocal critic of the wall"
        "apposition": re.compile(rf"^{_PLACE}\s*,\s*(?:an?|the)\s+{phrase}"),
        # after the actor and an apposition: ", the Alabama Republican who is Mr. Trump's ... supporter"
        "relative": re.compile(rf"^{_PLACE}\s*(?:,(?P<app>[^,;:()]{{0,80}}?))?,?\s*(?:who|which)\s+"
                               rf"(?:is|has\s+been|remains|became|has\s+become)\s+(?:an?\s+|the\s+)?(?:also\s+)?{phrase}"),
        # before the actor: "Trump critic Mark Kirk", "longtime Trump critic Sen. Jo Ames"
        "title": re.compile(rf"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})\s+(?P<role>{roles})\s+"
                            rf"(?P<rest>(?:[\w.’'-]+\s+){{0,3}}?)$"),
        # a possessed nominalisation: "'s endorsement of Donald Trump"
        "nominal": re.compile(rf"^['’]s\s+(?P<mods_a>(?:[\w-]+\s+){{0,2}}?)(?P<noun>{_alternation(_nominal())})\s+"
                              rf"(?P<prep>of|for|to)\s+{_OBJECT}"),
    }


def from_roles(ctx: Context) -> Iterator[Candidate]:
    """Candidates for actors described by a role of support or opposition on the question's topic."""
    persons = ctx.persons
    for i, sentence in enumerate(ctx.reading.sentences):
        for m in mentions_in(ctx, sentence):
            found = _role_of(ctx, sentence, m, persons)
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


def _role_of(ctx: Context, sentence: Span, m: ActorMention, persons: frozenset[str]) -> tuple[str, str, int] | None:
    """(verb, what the role is for or against, its offset) for a role said of the mention, else None."""
    pats = _patterns()
    offset = m.span.end - sentence.start
    after = sentence.text[offset:]
    base = sentence.start + offset
    match = pats["nominal"].match(after)
    if match is not None:
        verb, preps = _nominal()[match.group("noun")]
        mods = match.group("mods_a").split()
        if match.group("prep") in preps and _plain_words(mods) and not {w.lower() for w in mods} & _UNDOING:
            return _head(ctx, verb, match, "obj", base, persons)
    inside = inside_phrase(ctx, m, sentence)
    for kind in ("apposition", "relative"):
        match = None if inside else pats[kind].match(after)
        if match is None or (kind == "relative" and not _plain_words((match.group("app") or "").split(),
                                                                     _RELATIVE_GAP)):
            continue
        found = _from_phrase(ctx, match, base, persons)
        if found is not None:
            return found
    before = sentence.text[:m.span.start - sentence.start]
    match = pats["title"].search(before)
    if match is None or not all(w.lower() in _TITLE_WORDS or w[:1].isupper() for w in match.group("rest").split()):
        return None
    preceding = before[:match.start()].split()[-1:]
    if _PAST.search(match.group("name")) or (preceding and _PAST.fullmatch(preceding[0])):
        return None  # "former Trump critic Ann Lee"
    return _head(ctx, _nouns()[match.group("role")], match, "name", sentence.start, persons)


#: what after a role phrase dates it to the past ("a Trump critic until last spring", "during the primaries")
_ENDED = re.compile(r"^\s*(?:of\s+[^,;:]*?\s+)?(?:until|till|during|through)\b", re.IGNORECASE)


def _from_phrase(ctx: Context, match: re.Match[str], base: int, persons: frozenset[str]) -> tuple[str, str, int] | None:
    if _ENDED.match(match.string[match.end():]):
        return None
    if match.group("role"):
        mods, role, group = match.group("mods_a").split(), match.group("role"), "obj"
    else:
        mods = (match.group("mods_b") + " " + match.group("mods_c")).split()
        role, group = match.group("role2"), "name"
    if not _plain_words(mods):
        return None
    return _head(ctx, _nouns()[role], match, group, base, persons)


def _plain_words(words: list[str], limit: int = 3) -> bool:
    """True for at most ``limit`` words with no function word and no mark of the past."""
    return len(words) <= limit and not any(w.lower().strip(",.") in _FUNCTION or _PAST.fullmatch(w) for w in words)


def _head(ctx: Context, verb: str, match: re.Match[str], group: str, base: int,
          persons: frozenset[str]) -> tuple[str, str, int] | None:
    """(verb, the first words of the group that name the question, offset) when they head it, else None."""
    text = match.group(group)
    words = list(re.finditer(r"\S+", text))
    for n, w in enumerate(words, 1):
        prefix = text[:w.end()]
        if names_backed(ctx.question, prefix, persons):
            owner = group == "name"  # "Mr. Trump's most outspoken supporter": the name owns the role
            if (w.group(0).endswith(("'s", "’s")) and not owner) or not _heads_name(ctx, [x.group(0) for x in words[:n]]):
                return None  # "a supporter of Trump's rival", "a critic of the plan proposed by Trump"
            after = words[n].group(0).lower() if n < len(words) else ""
            if after in _nouns():
                return None  # "a critic of Trump supporters"
            return verb, re.sub(r"['’]s$", "", prefix.strip()), base + match.start(group)
        if names_topic(prefix, ctx.question):
            return verb, prefix.strip(), base + match.start(group)
    return None


def _heads_name(ctx: Context, words: list[str]) -> bool:
    """True when the words before the backed name are titles or that name's own first words ("Mr.
    Trump", "Donald Trump"; not "the plan proposed by Trump" or "Eva Trump")."""
    own = {w.lower() for form in backed_forms(ctx.question) for w in form}
    for w in words[:-1]:
        key = w.lower().strip(".,")
        if key not in _NAME_TITLES and key not in own:
            return False
    return True
