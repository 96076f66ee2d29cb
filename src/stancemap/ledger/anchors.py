"""The names a question is about, and two checks that use them.

A question such as "Donald Trump should release his tax returns" or "Republicans should support Donald
Trump" is about named participants: the one who should act, the one acted on, the one whose thing is acted
on ("Merrick Garland's nomination").  Two facts follow, and :mod:`stancemap.ledger.rules` uses both (from
``StanceRules.v8``):

* **Anchoring.**  A stance on such a question is found near a mention of one of those names: in the
  sentence, in the two sentences before it, in the reported words, or in the holder's own name (Trump on his
  own returns).  Sentence similarity alone takes "backed Clinton's candidacy" as relevant to backing Trump.
* **The one backed holds no stance.**  A person the question would have others back (Trump in
  "Republicans should support Donald Trump") is what the question asks about, not one of those who take a
  side on it, unless the words name another participant (Clinton, whom "Sanders should back", calling on
  Sanders to quit).

Names are read from the statement without a parser, as runs of capitalised words (titles such as
"Senator" and the words that open a yes/no question, "Is", "Does", left off).  A text names a person by the
surname ("Trump"), anything else by its whole name, a specific word of it or initials of three letters or
more ("Clinton Foundation", "Clinton", "Foundation"; "Affordable", "ACA"; not "Act" alone), or by another
name the knowledge base gives the same organisation or country when one spells out the other ("European
Union" for "EU"), always with its capital ("Trump", "TRUMP", "E.U."; "may" is not "May").  Some names are
not taken:

* a name that only sets the scene, after a preposition ("refugees from Syria", "a wall along its border
  with Mexico", "imports from China or Mexico"), unless it owns what follows ("a vote on Merrick Garland's
  nomination") or is backed ("vote for X");
* a name in brackets after a common noun or inside a bracketed clause ("a single-payer system (Medicare
  for all)", "(Roe v. Wade should stand)"); a bracketed other name of a name counts ("(Obamacare)");
* a single capitalised word that opens the statement, unless it is an acronym or the knowledge base knows
  it ("Ukraine", "Republicans", a prominent surname): it may be a common noun ("Candidates", "Abortion");
* hyphenated capitalised adjectives ("Western-supplied", "US-led"), the names of the United States (in
  nearly every article the questions are asked about), and generic last words
  (:data:`stancemap.ledger.target._GENERIC_HEADS`: "Act", "Union", "Party") on their own;
* as an anchor, the subject's name, unless the action is the subject's own ("should release his tax
  returns", "should resign", "should be repealed"): in "Ukraine may use Western-supplied weapons to strike
  military targets on Russian territory" the action is what texts name ("Germany okayed strikes on Russian
  territory").

The one acted on is the object of a backing verb only ("support", "back", "endorse", "vote for" ...): in
"The Senate should convict X", X's own view on the conviction is a stance like any other.
A question with no participant name is not anchored.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Actor, Question
from . import relevance
from .lexicon import stem
from .target import _DETERMINERS, _GENERIC_HEADS, _UNDERGO, question_target
from .target import _PREPOSITIONS as _TARGET_PREPOSITIONS

#: sentences before the candidate's sentence that may hold the name (a reply, "the ban", "the proposal")
WINDOW = 2
#: a "sentence" of fewer words is a fragment (a dateline's "BERLIN") and does not count towards the window
FRAGMENT_WORDS = 4

_WORD = re.compile(r"\(|\)|[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*\.?(?:['’]s\b)?")
_POSSESSIVE = re.compile(r"['’]s$")
_MODALS = frozenset({"should", "must", "ought", "may", "might", "can", "could", "will", "would", "need", "needs",
                     "is", "was", "are", "were"})
_LEADING = frozenset({"the", "a", "an"})
#: words that open a yes/no question left as it is ("Is Brexit a mistake?") or a title before a name
_NOT_NAME_WORDS = frozenset({
    "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "should", "will", "would", "can",
    "could", "must", "may", "might", "why", "what", "how", "when", "who", "mr", "mrs", "ms", "dr", "sen", "rep",
    "gov", "president", "senator", "governor", "speaker", "chancellor", "secretary", "prime", "minister", "king",
    "queen", "pope", "general", "judge", "justice", "representative", "congressman", "congresswoman", "mayor"})
#: words skipped before a name ("the", "its") and prepositions that make it set the scene: the patient
#: reader's, plus those that mark a role or a comparison ("as their candidate", "Roe v. Wade")
_SKIPPED = _DETERMINERS
_PREPOSITIONS = _TARGET_PREPOSITIONS | frozenset(stem(w) for w in (
    "as", "toward", "towards", "onto", "upon", "among", "behind", "beyond", "v", "vs", "versus"))
_OWN = frozenset({"his", "her", "its", "their", "himself", "herself", "itself", "themselves"})
_PARTICLES = frozenset({"out", "down", "aside", "off", "away", "up"})
#: verbs whose object is backed: that person's own view is no stance on the question ("support Donald Trump")
_BACKING = frozenset(stem(w) for w in ("support", "back", "endorse", "nominate", "elect", "reelect", "re-elect",
                                       "choose", "select", "confirm", "appoint"))
_BACKING_PHRASES = frozenset(stem(w) for w in ("vote", "rally", "unite", "campaign", "line"))  # "... for/behind X"
#: names of the country most questions are asked about: in every article, so they anchor nothing
_TOO_COMMON = frozenset({"united", "states", "us", "u.s", "usa", "america", "american", "americans"})


@dataclass(frozen=True)
class Name:
    """One participant name of a question."""

    words: tuple[str, ...]  # as written, without a possessive or title ("Donald", "Trump")
    forms: tuple[str, ...]  # what a text may call it: its last specific word, an acronym, knowledge-base names
    anchors: bool  # a text about the question names it (see the module's description)
    backed: bool = False  # the object of a backing verb ("support Donald Trump")
    subject: bool = False  # the name right before the modal, not a possessive ("Bernie Sanders should ...")


@dataclass(frozen=True)
class QuestionNames:
    """The participant names of a question."""

    names: tuple[Name, ...] = ()

    @functools.cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """A regex that finds an anchoring name in a text; None when no name anchors."""
        return _pattern(tuple(f for n in self.names if n.anchors for f in n.forms))


def question_names(question: Question) -> QuestionNames:
    """The participant names of ``question`` (see the module's description)."""
    return _names(question.statement)


def refers_back(question: Question, text: str) -> bool:
    """True when ``text`` calls a named participant by the head noun of its name with "the": "the amendment"
    for "Charter Amendment 1", "the agreement" for "the Paris Agreement" (heads from :data:`HEAD_NOUNS`, so a
    person's name never counts).  Such a text refers back to the name however far before it stands.  v13."""
    heads = set()
    for n in question_names(question).names:
        words = [w.lower() for w in n.words if w.isalpha()]
        if n.anchors and words and words[-1] in HEAD_NOUNS:
            heads.add(words[-1])
    if not heads:
        return False
    return any(m.group(1) in heads for m in _DEFINITE.finditer(text))


#: the head nouns of names a text may call by the noun alone ("the amendment", "the agreement"); a person's
#: name never ends in one
HEAD_NOUNS = frozenset({"amendment", "agreement", "act", "bill", "law", "treaty", "accord", "deal", "pipeline", "plan",
                         "proposal", "program", "programme", "initiative", "measure", "project", "ordinance",
                         "referendum", "resolution", "partnership", "doctrine", "directive", "convention", "pact",
                         "reform", "package", "scheme", "policy", "order", "rule", "mandate", "levy", "tax"})
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:proposed\s+|new\s+|city\s+|state\s+)?([a-z]+)\b")


def anchored(question: Question, texts: Sequence[str]) -> bool:
    """True when the question has no anchoring name, or one of ``texts`` mentions one."""
    pattern = question_names(question).pattern
    return pattern is None or any(pattern.search(t) for t in texts if t)


def is_acted_on(actor: Actor | None, question: Question) -> bool:
    """True when ``actor`` is a person the question would have others back ("support Donald Trump")."""
    if actor is None or actor.kind != "person" or not actor.name:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", actor.name)]
    for name in question_names(question).names:
        wanted = [w.lower() for w in name.words]
        if name.backed and wanted and words and wanted[-1] == words[-1] and all(w in words for w in wanted):
            return True
    return False


def subject_is_person(question: Question, persons: frozenset[str] = frozenset()) -> bool:
    """True when the question says a person should act ("Donald Trump should release his tax returns"): the
    knowledge base knows the name, or its last word is in ``persons`` (the article's persons' surnames)."""
    return any(n.subject and (n.words[-1].lower() in persons or (len(n.words) >= 2 and _person(n.words)))
               for n in question_names(question).names)


def person_genders(question: Question) -> frozenset[str]:
    """The genders of the persons the question names ("Republicans should support Donald Trump" -> male): from a
    two-word name whose first word is a first name one sex bears and no place (US Census list;
    :func:`~stancemap.nlp.actors.persons.name_gender`), else, when the statement names one person only and the
    knowledge base knows them, from "his" or "her" after the name ("Kathy Kane should end her campaign").  Empty
    when it names no person, or none whose gender is known.  v20."""
    from ..nlp.actors.persons import name_gender, word_gender

    names = [n for n in question_names(question).names if len(n.words) >= 2]
    out = set()
    for n in names:
        gender = name_gender(" ".join(n.words))
        if gender is None and len(names) == 1 and _person(n.words):
            found = re.search(r"\b(?:his|her|him|he|she)\b", question.statement.split(n.words[-1], 1)[-1], re.IGNORECASE)
            gender = word_gender(found.group(0)) if found else None
        if gender:
            out.add(gender)
    return frozenset(out)


def is_subject(actor: Actor | None, question: Question) -> bool:
    """True when ``actor`` is the person who the question says should act ("Donald Trump should drop out"):
    the same surname, and given names that agree where both are known ("Dan" for "Daniel"; not "Heidi" for
    "Ted")."""
    if actor is None or actor.kind != "person" or not actor.name:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", actor.name)]
    for name in question_names(question).names:
        wanted = [w.lower() for w in name.words if re.fullmatch(r"[A-Za-z]+", w)]
        if name.subject and wanted and words and wanted[-1] == words[-1] \
                and _given_names_agree(wanted[:-1], words[:-1]):
            return True
    return False


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """True when either list is empty or their first given names are one a short form of the other."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    return x.startswith(y) or y.startswith(x)


_UNDERGOES = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\s+(?:not\s+)?(?:be|face|lose|suffer|undergo|"
                       r"serve|pay|get)\b", re.IGNORECASE)


def subject_acts(question: Question, persons: frozenset[str] = frozenset()) -> bool:
    """True when a named person is to do the question's action ("Bernie Sanders should end his campaign and
    back Hillary Clinton"), not to undergo it ("Hillary Clinton should face charges", "... be prosecuted")."""
    return subject_is_person(question, persons) and not _UNDERGOES.search(question.statement)


def names_subject(question: Question, text: str) -> bool:
    """True when ``text`` names the person the question says should act (by a form of their name)."""
    pattern = _pattern(tuple(f for n in question_names(question).names if n.subject for f in n.forms))
    return pattern is not None and pattern.search(text) is not None


def names_backed(question: Question, text: str, persons: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` names the one the question would have a group back ("Trump" for "Republicans
    should support Donald Trump"); never when a person should do the backing ("Bernie Sanders should back
    Hillary Clinton": a Clinton supporter takes no side on what Sanders should do).  A subject is a person
    when the knowledge base says so or its last word is in ``persons`` (lowercase surnames of the persons
    an article names)."""
    names = question_names(question).names
    if any(n.subject and (n.words[-1].lower() in persons or (len(n.words) >= 2 and _person(n.words)))
           for n in names):
        return False
    pattern = _pattern(tuple(f for n in names if n.backed for f in n.forms))
    return pattern is not None and pattern.search(text) is not None


def patient_is_person(question: Question, persons: frozenset[str] = frozenset()) -> bool:
    """True when what the question's action is bad for is a person ("Trump should drop out", "Hillary
    Clinton should face charges"): the knowledge base knows the name, or its last word is in ``persons``
    (lowercase surnames of the article's persons)."""
    target = question_target(question)
    if target is None:
        return False
    words = tuple(w for w in re.findall(r"[\w.’'-]+", target.text) if w.lower() not in _DETERMINERS)
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].lower() in persons or (len(words) >= 2 and _person(words))


def rival_of_backed(question: Question, text: str) -> bool:
    """True when ``text`` names the one the question would have others back only to name a rival ("Trump
    rival Ted Cruz", "Trump's Republican challenger")."""
    forms = tuple(f for n in question_names(question).names if n.backed for f in n.forms)
    if not forms:
        return False
    return _rival_pattern(forms).search(text) is not None


@functools.lru_cache(maxsize=256)
def _rival_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    from .lexicon import load_lexicon

    rivals = "|".join(re.escape(w) for w in load_lexicon("stance")["rivals"])
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # the rival is what is backed: the text opens with it or it follows a backing verb
    lead = r"(?:^\W*(?:the\s+)?|\b(?:endors\w*|back\w*|support\w*|vot\w*\s+for|campaign\w*\s+for)\s+(?:the\s+)?)"
    middle = r"(?:(?:Republican|Democratic|GOP|main|chief|top|leading|fellow|primary|presidential|closest)\s+)?"
    return re.compile(rf"{lead}(?:{names})(?:['’]s)?\s+{middle}(?:{rivals})s?\b")


def backed_forms(question: Question) -> tuple[tuple[str, ...], ...]:
    """The words of each name the question would have someone back ("Donald", "Trump")."""
    return tuple(n.words for n in question_names(question).names if n.backed)


def names_another(question: Question, actor: Actor | None, text: str) -> bool:
    """True when ``text`` names a participant of the question other than ``actor``, the subject included
    ("called on Sanders to quit", said by the Clinton whom the question would have Sanders back)."""
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", actor.name if actor and actor.name else "")}
    pattern = _pattern(tuple(f for n in question_names(question).names
                             if not {w.lower() for w in n.words} <= own for f in n.forms))
    return pattern is not None and pattern.search(text) is not None


@functools.lru_cache(maxsize=256)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """Case-sensitive: each form as written or, from four letters, in capitals ("Trump", "TRUMP"; not "trump",
    "may" or "MAY"), with a plural or possessive ending ("Muslim" finds "Muslims", "Trump's")."""
    variants = {v for f in forms for v in (f, f.upper() if len(f) >= 4 else f)}
    if not variants:
        return None
    alternatives = "|".join(re.escape(v) for v in sorted(variants, key=lambda v: (-len(v), v)))
    # not inside a longer word; a dotted form ("E.U.") ends in its own full stop
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?:s|es|['’]s)?(?!\w)")


#: verbs that move someone from or to a place, and the prepositions that name the place
_MOVING = ("withdr", "pull", "remov", "send", "sent", "deploy", "evacuat", "station", "mov", "bring", "brought",
           "redeploy", "return", "leav")
_MOVING_TO = frozenset({"from", "to", "into", "in", "of"})


def _moves(after_modal: list[str]) -> bool:
    """True when the action right after the modal (past "not", "be", an adverb) moves someone ("withdraw",
    "be withdrawn", "immediately pull out")."""
    verb = next((w for w in after_modal if w not in ("not", "be", "never") and not w.endswith("ly")), "")
    return verb.startswith(_MOVING)


@functools.lru_cache(maxsize=256)
def _names(statement: str) -> QuestionNames:
    words = [m.group(0) for m in _WORD.finditer(statement)]
    lowered = [w.lower().rstrip(".") for w in words]
    verb = next((k for k, w in enumerate(lowered) if k and w in _MODALS and words[k].islower()), None)
    bound = verb is not None and _bound_to_subject(lowered[verb + 1:])
    names: list[Name] = []
    scene: list[tuple[str, ...]] = []
    k, left_out = 0, -1  # left_out: where the last name that only sets the scene ends
    while k < len(words):
        if not _capitalised(words[k]):
            k += 1
            continue
        start = k
        while k < len(words) and _capitalised(words[k]) and not (k > start and _POSSESSIVE.search(words[k - 1])):
            k += 1
        run = words[start:k]
        while run and (run[0].lower() in _LEADING or run[0].lower().rstrip(".") in _NOT_NAME_WORDS):
            run, start = run[1:], start + 1
        if not run or (start == 0 and len(run) == 1 and not _first_is_name(statement, run[0])):
            continue  # "The", or a statement's first word that is a common noun ("Candidates")
        joined = start >= 2 and lowered[start - 1] in ("and", "or") and left_out == start - 1
        if joined or not _participant(words, lowered, start, run):
            left_out = k  # "imports from China or Mexico": the second name sets the scene too
            if verb is not None and _moves(lowered[verb + 1:start]) and start >= 1 \
                    and next((w for w in reversed(lowered[:start]) if w not in ("the", "a", "an")), "") in _MOVING_TO:
                scene.append(tuple(_POSSESSIVE.sub("", w).rstrip(".") for w in run))
            continue
        plain = tuple(_POSSESSIVE.sub("", w).rstrip(".") for w in run)
        forms = _forms(plain)
        if not forms:
            continue
        subject = verb is not None and start < verb
        # "Ukraine may use weapons to strike ...": the action, not the subject, is what texts name
        names.append(Name(plain, forms, anchors=not subject or bound,
                          backed=verb is not None and start > verb and _after_backing(lowered, start),
                          subject=k == verb and not _POSSESSIVE.search(words[k - 1])))
    if not any(n.anchors for n in names):
        # no participant anchors and the action moves someone from or to a place ("The United States should
        # withdraw its troops from Syria"): that place is what a text about the question names ("accept
        # refugees from Syria" or "a no-fly zone over Syria" stay unanchored: measured, the dev sets lost rows)
        names += [Name(plain, forms, anchors=True) for plain in scene for forms in [_forms(plain)] if forms]
    return QuestionNames(tuple(names))


def _forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """What a text may call a name: a person by the surname ("Trump" for "Donald Trump"); anything else by
    its whole name and each specific word ("Clinton Foundation", "Clinton", "Foundation"; not "Union" or
    "Act", generic on their own), a group written in the plural in the singular too ("Muslims" -> "Muslim"),
    plus the other names the knowledge base gives the same organisation when they are its initials or spell
    them out ("EU" <-> "European Union"; not "Brussels")."""
    specific = [w for w in words if w.lower() not in _TOO_COMMON and not w.lower().startswith("u.s")]
    if not specific:
        return ()
    if len(words) >= 2 and _person(words):
        forms = [words[-1]]
    elif len(words) == 1:
        forms = [_singular(words[0])] if stem(words[0]) not in _GENERIC_HEADS else []
    else:
        forms = [" ".join(words)] + [_singular(w) for w in specific if stem(w) not in _GENERIC_HEADS]
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(initials) >= 3:
            forms.append(initials)  # "Affordable Care Act" -> "ACA"
    forms += _known_as(" ".join(words))
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 2))


def _demonym_form(word: str, adjectives: dict[str, str]) -> bool:
    """A demonym that names its country in a text: one word of five letters or more ("Finn" and "Dane" are
    first names too), not a plural of another ("Russians"; "Swiss" stays)."""
    return 5 <= len(word) <= 20 and word.isalpha() and not (word.endswith("s") and word[:-1] in adjectives)


def _person(words: tuple[str, ...]) -> bool:
    """True when a name of several words is a person's the knowledge base knows ("Bernie Sanders") or starts
    with a first name it knows ("Jim Banks", "Ivo Brandt" is not: unknown names count as any other)."""
    from ..nlp.actors.kb import load_kb, normalise

    kb = load_kb()
    return normalise(words[0]) in kb.first_names or bool(kb.lookup(" ".join(words), kinds=("person",)))


def _known_as(name: str) -> list[str]:
    """Other names of the organisation or country the knowledge base knows by ``name``, when they are its
    initials, spell its initials out, or hold the whole name ("EU" <-> "European Union"; not "Brussels",
    "European Commission" or, for the White House, "Pentagon"), and a country's name and its demonym
    ("Russia" <-> "Russian"); persons are found by their surname."""
    from ..nlp.actors.kb import load_kb, normalise  # the KB is loaded once and shared with the reader

    kb = load_kb()
    out: list[str] = []
    for actor_id in kb.lookup(name):
        actor = kb.actors[actor_id]
        if actor.kind == "person":
            continue
        for other in (actor.name, *actor.aliases):
            other = re.sub(r"^the\s+", "", other or "")
            if other and other[:1].isupper() and _same_name(name, other):
                out.append(other)
        if actor.kind == "country":
            # "Russia" is found by "Russian" (diplomats) too
            iso = actor_id.split(":", 1)[1]
            out += [d.title() for d, code in kb.adjectives.items() if code == iso and _demonym_form(d, kb.adjectives)]
    iso = kb.adjectives.get(normalise(name)) if _demonym_form(normalise(name), kb.adjectives) else None
    if iso and f"country:{iso}" in kb.actors:
        out.append(kb.actors[f"country:{iso}"].name)  # "Russian diplomats" is about Russia
    return out


def _same_name(name: str, other: str) -> bool:
    """True when ``other`` is ``name`` written another way: the same letters, initials of each other, or a
    longer form holding the whole of it."""
    def letters(text: str) -> str:
        return re.sub(r"[^A-Za-z]", "", text).lower()

    def initials(text: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", text) if w[0].isupper()).lower()

    return letters(name) == letters(other) or letters(other) == initials(name) or \
        letters(name) == initials(other) or (len(name.split()) >= 2 and name in other)


def _singular(word: str) -> str:
    """"Muslims" -> "Muslim", "PACs" -> "PAC" (the pattern adds the plural back); short words and "-ss" stay."""
    if word.endswith("s") and len(word) > 2 and word[:-1].isupper():
        return word[:-1]  # an acronym's plural
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _after_backing(lowered: list[str], start: int) -> bool:
    """True when the name at ``start`` is the object of a backing verb ("back Hillary Clinton", "vote for X")."""
    j = start - 1
    while j >= 0 and stem(lowered[j]) in _SKIPPED:
        j -= 1
    if j < 0:
        return False
    if lowered[j] in ("for", "behind"):
        return j > 0 and stem(lowered[j - 1]) in _BACKING_PHRASES
    return stem(lowered[j]) in _BACKING


def _bound_to_subject(after: list[str]) -> bool:
    """True when the action after the modal is the subject's own: it undergoes it ("should be repealed",
    "or be shut down", "should face charges"), it has no object ("should resign as chair", "should drop out."), or what it acts on
    is the subject's ("release his tax returns", "the transcripts of her speeches", "recuse himself"; not
    "support Trump as their party's candidate", where the possessive is past the object)."""
    words = [w for w in after if w not in ("not", "(", ")") and not w.endswith("ly")]
    if len(words) <= 1 or words[0] in ("be", "been") or stem(words[0]) in _UNDERGO:
        return True  # "should be repealed", "should face charges", "should lose its funding"
    if any(a in ("or", "and") and b == "be" for a, b in zip(words, words[1:])):
        return True
    if stem(words[1]) in _PREPOSITIONS or words[1] in _PARTICLES:
        return True
    obj = []
    for w in words[1:]:
        if stem(w) in _PREPOSITIONS and w != "of" or w in ("which", "who", "that"):
            break
        obj.append(w)
    return any(w in _OWN for w in obj)


def _participant(words: list[str], lowered: list[str], start: int, run: list[str]) -> bool:
    """False for a name that only sets the scene: after a preposition (unless it owns what follows), or in
    brackets after a common noun."""
    j = start - 1
    while j >= 0 and (stem(lowered[j]) in _SKIPPED or re.fullmatch(r"(?:1[89]|20)\d\d", lowered[j])):
        j -= 1  # "of the 2009 Recovery Act": a year is skipped like "the"
    if words[:start].count("(") > words[:start].count(")") and (j < 0 or words[j] != "("):
        return False  # inside a bracketed clause: "(and in the other close states, Michigan and Pennsylvania)"
    if j >= 0 and words[j] == "(":
        # "(Obamacare)" after "The Affordable Care Act" is another name for it; "(Medicare for all)" after
        # "a single-payer system" or "(Roe v. Wade should stand)" is not a participant's name
        end = start + len(run)
        return j > 0 and _capitalised(words[j - 1]) and end < len(words) and words[end] == ")"
    if j >= 0 and stem(lowered[j]) in _PREPOSITIONS:
        # "a vote on Merrick Garland's nomination" owns what follows; "vote for Ana Pell" is backed
        return bool(_POSSESSIVE.search(run[-1])) or _after_backing(lowered, start)
    return True


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised, and so is every part of a hyphenated word ("Trans-Pacific"; not
    "Western-supplied" or "US-led")."""
    return all(part[:1].isupper() or part[:1].isdigit() for part in word.split("-")) and word[:1].isupper()


def _first_is_name(statement: str, word: str) -> bool:
    """A statement's first word is a name when it owns something ("Clinton's emails"), is an acronym or the
    knowledge base knows it ("Ukraine", "Republicans"); otherwise it may be a common noun written with a
    capital ("Candidates", "Abortion")."""
    if _POSSESSIVE.search(word):
        return True  # "Clinton's emails ...": only a name owns something with a capital
    start = statement.find(word)
    return relevance.first_is_name(statement, start, start + len(word))
