"""Checks on PERSON spans before they become persons, and person names NER misses.

NER glues headline words to names ("Derelict Obama"), keeps titles in names ("Crown Prince Mohammed
bin Salman"), and tags newspapers, places and title words as PERSON ("Kommersant", "Douma",
"Councilor").  These functions trim spans and say when a span is not a new person.
"""
from __future__ import annotations

import functools

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from .context import DocContext
from .describe import _title_at_end
from .kb import KB_DIR, KnowledgeBase, load_lexicon, normalise

_SAID_DEPS = {"nsubj", "nsubjpass"}
_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
_MAX_NAME_TOKENS = 4


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    lex = load_lexicon()
    words = {w for v in lex["variant_to_title"] for w in v.replace("-", " ").split()}
    return frozenset(words | set(lex["title_prefix_words"]) | set(lex.get("person_role_words", ())))


def trim_person(kb: KnowledgeBase, span: Span) -> Span | None:
    """The name inside a PERSON span: no leading title words, no trailing country word or possessive."""
    titles = _title_words()
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in titles or doc[start].is_punct or doc[start].lower_ == "the"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or kb.country_of_word(doc[end - 1].text) and end - start > 1):
        end -= 1
    pos = next((i for i in range(start, end) if doc[i].tag_ == "POS"), None)
    if pos is not None and pos > start:
        end = pos  # "Sergei's niece"
    if start >= end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def confirm_headline_span(kb: KnowledgeBase, span: Span, ctx: DocContext) -> Span | None:
    """In a headline, the longest part of the span that the KB or the body confirms, else None."""
    if not ctx.in_title_line(span):
        return span
    n = len(span)
    for size in range(n, 0, -1):
        for i in range(0, n - size + 1):
            part = Span(span.doc, span.start + i, span.start + i + size, label=span.label_)
            key = normalise(part.text)
            if kb.lookup(part.text) or key in ctx.body_names or size == 1 and key in ctx.body_words:
                return part if size < n else span
    return None


def behaves_like_person(span: Span, has_title: bool) -> bool:
    """A lone word is a new person only with a title, as the subject of a verb, or with he/she nearby."""
    if len(span) > 1:
        return True
    tok = span[0]
    if tok.text.isupper() or not tok.text[:1].isupper():
        return False
    if has_title:
        return True
    if _used_as_place(tok):
        return False
    if tok.dep_ in _SAID_DEPS and tok.head.pos_ in {"VERB", "AUX"}:
        return True
    sent = tok.sent
    return any(t.lower_ in _PRONOUNS for t in tok.doc[tok.i + 1:min(sent.end + 1, len(tok.doc))])


_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "near", "outside", "across", "around"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _used_as_place(tok) -> bool:
    """True when the same word stands elsewhere in the doc as a place ("in Clarkston", a GPE entity)."""
    for other in tok.doc:
        if other.text != tok.text:
            continue
        if other.ent_type_ in _PLACE_LABELS:
            return True
        if other.i > 0 and tok.doc[other.i - 1].lower_ in _PLACE_PREPOSITIONS:
            return True
    return False


def has_honorific(span: Span) -> bool:
    """True for a name right after "Mr.", "Mrs.", "Ms." or "Dr." (a person, whatever NER says)."""
    if span.start == 0:
        return False
    return span.doc[span.start - 1].lower_.rstrip(".") in load_lexicon()["honorifics"]


def organisation_cue(span: Span) -> bool:
    """True when the words around a name say it is an organisation ("producer Alcoa", "Dozhd TV channel")."""
    lex = load_lexicon()
    nouns = set(lex["organisation_nouns"])
    doc = span.doc
    root = span.root
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end and root.head.lower_ in nouns:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in nouns and doc[span.end].is_lower:
        return True
    after = span.end + 3 if span.end < len(doc) and doc[span.end].text == "(" else span.end
    if after < len(doc) and after != span.end and doc[after].lower_ in nouns:
        return True  # "Dozhd (Rain) TV channel"
    prev = doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and prev is not None and prev.lower_ in nouns and prev.is_lower and prev.pos_ == "NOUN":
        return True
    return _coordinated_with_orgs(span)


def _coordinated_with_orgs(span: Span) -> bool:
    """True when the span is listed with organisations ("Dozhd, RTVI, RBC and Novaya Gazeta")."""
    root = span.root
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    members = [head] + [t for t in head.subtree if t.dep_ == "conj" and t.i != root.i]
    labels = [t.ent_type_ for t in members if t.i != root.i and t.ent_type_]
    return labels.count("ORG") >= 2 and labels.count("ORG") > labels.count("PERSON")


def is_place(span: Span) -> bool:
    """True for "the city of Douma", "eastern Ghouta", "the Ghouta region"."""
    lex = load_lexicon()
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in lex["place_adjectives"] and prev.is_lower:
        return True
    if prev is not None and prev.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in lex["place_cues"]:
        return True
    return span.end < len(doc) and doc[span.end].lower_ in lex["place_cues"] and doc[span.end].is_lower


def titled_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Names NER missed after a title: "Deputy Defense Minister Cezary Tomczyk" -> "Cezary Tomczyk"."""
    lex = load_lexicon()
    out: list[Span] = []
    i = 1
    while i < len(doc):
        tok = doc[i]
        if i in taken or tok.ent_type_ or not _name_word(tok):
            i += 1
            continue
        words = [t.lower_ for t in doc[max(0, i - lex["max_title_words"]):i]]
        title, _ = _title_at_end(words)
        if not title and doc[i - 1].lower_ not in _role_words():  # "Superintendent Kari Lane"
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < _MAX_NAME_TOKENS and j not in taken and _name_word(doc[j]) \
                and not (doc[j].ent_type_ and j > i):
            j += 1
        if j - i >= 2:
            out.append(Span(doc, i, j, label="PERSON"))
        i = j
    return out


def _name_word(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and not tok.is_upper


def surname_repeats(doc: Doc, persons: dict[str, str], taken: set[int]) -> list[tuple[Span, str]]:
    """Tokens repeating the surname of a person already named in full ("Schiff" after "Adam Schiff")."""
    out: list[tuple[Span, str]] = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper() or tok.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
            continue
        aid = persons.get(normalise(tok.text))
        if aid and tok.pos_ in {"PROPN", "NOUN"} and not _next_capitalised(doc, tok.i):
            out.append((doc[tok.i:tok.i + 1], aid))
    return out


def _next_capitalised(doc: Doc, i: int) -> bool:
    """True when the next word is capitalised too (a longer name: "Ham Radio", "Park Avenue")."""
    return i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha \
        and not doc[i + 1].is_sent_start


@functools.lru_cache(maxsize=1)
def _gender_of_word() -> dict[str, str]:
    return {w: g for g, words in load_lexicon()["gender_words"].items() for w in words}


@functools.lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    """First name -> "male"/"female" (``data/kb/first_names.tsv``: US Census 1990 names borne by one sex)."""
    out: dict[str, str] = {}
    for line in (KB_DIR / "first_names.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            out[name] = gender
    return out


def first_name_gender(name: str) -> str | None:
    """"male"/"female" for a person's name whose first word is a first name one sex bears ("Carly Fiorina" ->
    "female"), None for one borne by both ("Kelly") or not listed ("Volodymyr")."""
    words = name.split()
    if len(words) < 2:
        return None
    return _first_name_genders().get(words[0].lower().rstrip("."))


def word_gender(word: str) -> str | None:
    """The gender a courtesy title or personal pronoun gives ("she" -> "female", "Mr" -> "male")."""
    return _gender_of_word().get(word.lower().rstrip("."))


def honorific_gender(span: Span) -> str | None:
    """"male"/"female" from a courtesy title right before (or opening) the span ("Mrs. Morrow"), else None."""
    doc = span.doc
    words = [doc[span.start - 1]] if span.start > 0 else []
    words.append(doc[span.start])
    for tok in words:
        gender = _gender_of_word().get(tok.lower_.rstrip("."))
        if gender and tok.lower_.rstrip(".") in load_lexicon()["honorifics"]:
            return gender
    return None


def pronoun_gender(span: Span) -> str | None:
    """The gender of the first he/she pronoun after a full-name mention, in its sentence or the next, when
    no other person is named in between ("Ghazala Khan spoke. She said ..." -> "female")."""
    doc = span.doc
    sent_end = span.sent.end
    limit = doc[sent_end].sent.end if sent_end < len(doc) else sent_end
    for tok in doc[span.end:limit]:
        if tok.ent_type_ == "PERSON":
            return None
        if tok.pos_ == "PRON":
            gender = _gender_of_word().get(tok.lower_)
            if gender:
                return gender
    return None


def same_first_name(a: str, b: str) -> bool:
    """True when two first names may be one person's ("J." and "John", "Mohammed" and "Mohammad")."""
    if len(a) <= 2 or len(b) <= 2:
        return a[:1] == b[:1]
    return fuzz.ratio(a, b) >= 80


def surname_used_as_person(span: Span) -> bool:
    """True for a two- or three-word name NER tagged ORG whose last word comes back later as a person
    ("Carla Ortiz spoke ... Ortiz, who leads", or "Ortiz" tagged PERSON)."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in span):
        return False
    last = span[-1].text
    for ent in doc.ents:
        if ent.start >= span.end and len(ent) == 1 and ent.text == last:
            if ent.label_ == "PERSON" or ent.label_ == "ORG" and relative_who(ent):
                return True
    return False


def listed_with_person(tok) -> bool:
    """True for a word coordinated with a PERSON-tagged name ("Okafor and Lindqvist")."""
    if tok.is_upper or not name_word_alone(tok):
        return False  # "RBC", a listed outlet
    others = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(o.ent_type_ == "PERSON" and o.pos_ == "PROPN" for o in others) \
        and not any(o.ent_type_ == "ORG" for o in others)


def name_word_alone(tok) -> bool:
    """A capitalised proper noun standing alone (no compound parts, not a sentence's first word)."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and not tok.is_sent_start \
        and not any(c.dep_ == "compound" for c in tok.children)


#: role nouns right before a name NER tagged ORG that make it a person's ("board president Deb Lane",
#: "former Hewlett-Packard chief Carly Fiorina"), besides the titles and role words of ``roles.yaml``
_ROLE_BEFORE_NAME = frozenset({"chief", "ceo", "president", "founder", "co-founder", "owner", "manager", "member",
                               "head", "aide", "adviser", "advisor", "spokesperson", "candidate", "nominee", "rev."})


#: words of organisations' names ("Ford Motor Company", "Planned Parenthood Federation")
_ORG_NAME_WORDS = frozenset({"federation", "association", "council", "committee", "board", "college", "school",
                             "center", "centre", "coalition", "alliance", "league", "society", "trust", "department",
                             "ministry", "office", "commission", "authority", "news", "times", "post", "journal",
                             "press", "hospital", "partners", "capital", "holdings", "motor", "motors", "inc", "corp",
                             "co", "llc", "ltd", "systems", "industries", "technologies", "services", "media",
                             "project", "campaign", "caucus", "congress", "senate", "house", "assembly", "court"})


@functools.lru_cache(maxsize=1)
def _org_name_words() -> frozenset[str]:
    return frozenset(load_lexicon()["organisation_nouns"]) | _ORG_NAME_WORDS


@functools.lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    lex = load_lexicon()
    return frozenset(_ROLE_BEFORE_NAME | set(lex.get("person_role_words", ())) |
                     {v for v in lex["variant_to_title"] if " " not in v})


def after_person_role(span: Span) -> bool:
    """True for a two- or three-word capitalised name NER tagged ORG right after a role noun ("board president
    Deb Lane", "Hewlett-Packard CEO Carly Fiorina"); never for a name with an organisation word around it."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if span.start == 0 or not 2 <= len(words) <= 3 or \
            not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    return doc[span.start - 1].lower_ in _role_words() and not organisation_cue(span) \
        and not any(t.lower_ in _org_name_words() for t in words)


def role_before_name(span: Span) -> Span | None:
    """The name in an ORG span that opens with a role word ("Superintendent Kari McVeigh" -> "Kari McVeigh"),
    when the rest is a first name one sex bears and a surname; else None."""
    if len(span) == 3 and span[0].lower_.rstrip(".") in _role_words() and _first_name_and_surname(span[1:]):
        return span[1:]
    return None


def first_name_person(span: Span) -> bool:
    """True for an ORG span of two capitalised words whose first is a first name one sex bears (US Census list)
    and that the text treats as a person: a pronoun of that sex follows it ("Carly Fiorina threw her support
    ...") or a role noun stands in apposition ("Deb Labbadia, the board president").  Many such names are
    also places or words ("Georgia Power", "Houston Chronicle", "Royal Mail"), hence the evidence."""
    if not _first_name_and_surname(span):
        return False
    gender = _first_name_genders()[span[0].lower_]
    return pronoun_gender(span) == gender or _role_in_apposition(span)


def _first_name_and_surname(span: Span) -> bool:
    """Two capitalised words, the first a first name one sex bears and no place the KB or the US states know,
    the second no first name and no organisation word."""
    words = list(span)
    if len(words) != 2 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    if words[0].lower_ not in _first_name_genders() or words[1].lower_ in _first_name_genders():
        return False  # two first names ("Georgia Eugene") tell nothing
    if _is_place_word(words[0].text):
        return False  # "Georgia Power", "China Mobile", "Kenya Airways"
    return not organisation_cue(span) and not any(t.lower_ in _org_name_words() for t in words)


def name_gender(name: str) -> str | None:
    """The gender of a written name of two capitalised words whose first is a first name one sex bears and no
    place, and whose second is no first name and no organisation word ("Gregory Hamm" -> "male"); None for
    "Georgia Power", "Virginia Tech", "Victoria Police" or a name of more or fewer words.  v20 (stance questions)."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
        return None
    first, last = (w.lower() for w in words)
    if last in _first_name_genders() or last in _org_name_words() or _is_place_word(words[0]):
        return None
    return _first_name_genders().get(first)


@functools.lru_cache(maxsize=4096)
def _is_place_word(word: str) -> bool:
    from .kb import load_kb
    from .states import state_named

    kb = load_kb()
    return kb.country_of_word(word) is not None or state_named(word) is not None \
        or any(kb.actors[i].kind != "person" for i in kb.lookup(word))


def _role_in_apposition(span: Span) -> bool:
    """", the board president", ", a spokeswoman for": a role noun within four words after a comma."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(t.lower_ in _role_words() for t in doc[span.end + 1:span.end + 5])


def relative_who(span: Span) -> bool:
    """True for a name followed by ", who" (a person)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who"


def name_in_person_list(span: Span) -> bool:
    """True for a two- or three-word capitalised name coordinated with PERSON names ("Donald Trump, Ben Carson,
    and Carly Fiorina"), which NER sometimes tags ORG; never for an acronym or a name with an organisation
    word after it."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(o.ent_type_ == "PERSON" for o in others) and not any(o.ent_type_ == "ORG" for o in others) \
        and not organisation_cue(span)

