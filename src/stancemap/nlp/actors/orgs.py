"""Names of organisations: government bodies, national bodies named generically, and ids for the rest.

- A ministry, department, embassy or office of a country is that country's government
  ("Russia's Foreign Ministry", "the U.S. Justice Department" -> ``gov:RUS``, ``gov:USA``).
- "Congress", "Parliament", "the Constitutional Court" take the country from their modifier or the
  story's main country: the knowledge base's body of that country when it has one (``org:us-congress``),
  else ``org:<slug>-<iso3>``.
- Any other organisation gets ``org:<ACRONYM>`` when the text defines or uses its acronym
  ("Democratic National Committee (DNC)"), else ``org:<slug>`` of its name without "the" or "'s".
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .context import DocContext
from .kb import KnowledgeBase, load_lexicon, normalise, slugify

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
#: legal-form endings of company names: "Veltrix Inc." and the later "Veltrix" are one company (not "AG", "SA",
#: "SE": also "the state AG", a "SA" unit)
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:(?:&|and)\s+Co|Inc|Corp|Co|Ltd|LLC|L\.L\.C|PLC|plc|LLP|L\.P|S\.A|N\.V|GmbH|Pty|Incorporated|Limited)\.?)+$")
_MINOR = {"of", "for", "and", "the", "on", "in", "to", "&"}


def clean_name(text: str) -> str:
    """A name without a leading determiner or trailing possessive ("this White House" -> "White House")."""
    text = re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", " ".join(text.split()), flags=re.I)
    return re.sub(r"['\u2019]s?$", "", text).strip(" \"'\u201c\u201d")


def trim_span(span: Span) -> Span:
    """The span without leading determiners/quotes and a trailing possessive or quote token."""
    start, end = span.start, span.end
    while start < end - 1 and (span.doc[start].lower_ in _DETERMINERS or span.doc[start].is_quote):
        start += 1
    while end - 1 > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].is_quote
                               or span.doc[end - 1].text in {"'s", "\u2019s"}):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_)


def country_in(kb: KnowledgeBase, span: Span) -> str | None:
    """A country named inside the span or just before it as a possessive ("Russia's Foreign Ministry")."""
    words = [t for t in span if not t.is_punct or t.text == "."]
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            iso = kb.country_of_word(" ".join(t.text for t in words[i:i + n]))
            if iso:
                return iso
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        ent = next((e for e in doc.ents if e.end == span.start - 1), None)
        if ent is not None:
            return kb.country_of_word(ent.text)
    return None


def is_government_body(text: str) -> bool:
    """True for "Foreign Ministry", "Ministry of Defence", "Justice Department", "the Russian Embassy"."""
    lex = load_lexicon()["government_bodies"]
    words = normalise(text).split()
    if not words or set(words) & set(lex["not_with"]):
        return False
    key = " ".join(words)
    if any(f" {normalise(p)} " in f" {key} " for p in lex["phrases"]):
        return True
    heads = set(lex["heads"])
    return words[-1] in heads or any(w in heads and nxt == "of" for w, nxt in zip(words, words[1:]))


def government_of(kb: KnowledgeBase, span: Span, ctx: DocContext, near: str | None = None) -> str | None:
    """``gov:ISO3`` for a government body span: its own country words, else the country named
    nearest before it (``near``), else the story's main country."""
    if not is_government_body(span.text):
        return None
    iso = country_in(kb, span) or near or _main_country(kb, ctx)
    return f"gov:{iso}" if iso and f"gov:{iso}" in kb.actors else None


def national_body(kb: KnowledgeBase, span: Span, ctx: DocContext) -> str | None:
    """Id of a national body named generically ("Congress", "the Georgian Parliament"), else None."""
    lex = load_lexicon()
    if not any(c.isupper() for c in clean_name(span.text)):
        return None  # "the supreme court": a description, not a name
    words = [w for w in normalise(span.text).split()]
    iso = country_in(kb, span)
    generic = " ".join(w for w in words if not kb.country_of_word(w))
    if generic not in set(lex["generic_bodies"]) and not _generic_court(kb, words):
        return None
    candidates = [iso] if iso else ctx.main_countries()[:2]
    for cand in candidates:
        found = _kb_body(kb, cand, generic)
        if found:
            return found
    iso = iso or _main_country(kb, ctx)
    return f"org:{slugify(generic)}-{iso.lower()}" if iso else None


def _generic_court(kb: KnowledgeBase, words: list[str]) -> bool:
    """"Grave Crimes Court": a court named by its kind, with no place in its name."""
    return len(words) > 1 and words[-1] in {"court", "tribunal"} and \
        not any(kb.country_of_word(w) or w in kb.capitals for w in words)


def is_non_actor(text: str) -> bool:
    """True for treaties, events and programmes ("North American Free Trade Agreement", "Brexit")."""
    words = normalise(text).split()
    heads = set(load_lexicon()["non_actor_heads"])
    if not words:
        return True
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in heads


def _kb_body(kb: KnowledgeBase, iso: str, generic: str) -> str | None:
    """The KB organisation named "<a name of the country> <generic>" ("US Congress"), if any."""
    country = kb.actors.get(f"country:{iso}")
    if country is None:
        return None
    for form in [country.name, *country.aliases]:
        for aid in kb.lookup(f"{form} {generic}", ("organisation",)):
            return aid
    return None


def _main_country(kb: KnowledgeBase, ctx: DocContext) -> str | None:
    countries = ctx.main_countries()
    return countries[0] if countries else None


def without_legal_form(name: str) -> str:
    """A company name without its legal form ("Veltrix Inc." -> "Veltrix"; "Norbane & Co." -> "Norbane")."""
    short = _LEGAL_FORM.sub("", name).strip(" ,&")
    return short if short else name


def company_names(doc) -> set[str]:
    """Normalised short names of the organisations the doc names with a legal form ("Norbane Corp." ->
    "norbane"): a later "Norbane" that NER takes for a person is the company."""
    out = set()
    for ent in doc.ents:
        if ent.label_ == "ORG":
            name = clean_name(ent.text)
            short = without_legal_form(name)
            if short != name:
                out.add(normalise(short))
    return out


def org_id(text: str, ctx: DocContext) -> str:
    """Id of an organisation the KB does not hold: its acronym when the text has it, else a slug of its
    name without a legal form ("Veltrix Inc." -> ``org:veltrix``)."""
    name = without_legal_form(clean_name(text))
    parts = name.split()
    if len(parts) == 2 and parts[0].isupper() and parts[1].lower() == "party":
        name = parts[0]  # "the SDS Party" is the SDS
    if name.isupper() and len(name.replace(".", "")) <= 8:
        return f"org:{name.replace('.', '')}"
    key = normalise(name)
    if key in ctx.acronyms:
        return f"org:{ctx.acronyms[key]}"
    initials = "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in _MINOR)
    if len(initials) >= 3 and initials in ctx.upper_words:
        return f"org:{initials}"
    return f"org:{slugify(key)}"


_CONNECTORS = {"of", "for"}
_MAX_NAME_WORDS = 4


def org_name_ending_in_country(kb: KnowledgeBase, span: Span) -> Span | None:
    """The organisation name a country word ends, when NER missed it: "Democracy for America",
    "Bank of England", "Friends of Syria" -> an ORG span over the whole name; else None.

    Not for "the government of Ukraine", "President of France" or "the Gulf of Mexico" (a person's title,
    a government or a place), nor for a lower-case or sentence-initial common noun ("Parts of Syria").
    """
    doc = span.doc
    j = span.start - 1
    if j > 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in _CONNECTORS:
        return None
    k = j
    while k > 0 and j - k < _MAX_NAME_WORDS and _name_word(doc[k - 1]):
        k -= 1
    if k == j or not _organisation_words(doc[k:j]):
        return None
    return Span(doc, k, span.end, label="ORG")


def _name_word(tok) -> bool:
    """A capitalised word that may begin or continue a name (a common noun opening a sentence may not)."""
    if not (tok.is_title and tok.is_alpha) or tok.ent_type_ in ("PERSON", "DATE", "TIME"):
        return False
    return tok.pos_ == "PROPN" or not tok.is_sent_start


def _organisation_words(words: Span) -> bool:
    """False when a word of the name is a title, a government word or a place/state word."""
    lex = load_lexicon()
    banned = set(lex["country_name_prefixes"]) | set(lex["government_nouns"]) | \
        set(lex["government_bodies"]["heads"]) | set(lex["honorifics"]) | _title_words(lex)
    return not any(t.lower_ in banned for t in words)


def _title_words(lex: dict) -> set[str]:
    return {w for v in lex["variant_to_title"] for w in v.replace("-", " ").split()} | set(lex["title_prefix_words"])
