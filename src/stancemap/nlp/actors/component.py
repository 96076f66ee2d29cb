"""The ``stancemap_actors`` component: link entity mentions to actors of the knowledge base.

Order of evidence for each span: exact/normalised alias -> description around a person name ->
within-document name clusters -> fuzzy KB match in a plausible context -> an actor made from the
text (``source="text"``).  Sets ``doc._.stancemap_actors`` and ``doc._.stancemap_mentions``.
"""
from __future__ import annotations

import logging
from datetime import date

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan
from spacy.util import filter_spans

from ...model import Actor, ActorMention, Role, Span
from .describe import Description, left_description, right_description
from .groups import find_described
from .kb import KnowledgeBase, load_kb, load_lexicon, normalise, represents_of, slugify

log = logging.getLogger(__name__)

_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "appos"}
_PERSON_TITLES_ONLY = {"Senator", "Representative", "Governor", "Mayor", "Candidate"}


class ActorLinker:
    """spaCy component linking PERSON/ORG/GPE/NORP/FAC/LOC mentions (and KB phrases NER misses) to actors."""

    def __init__(self, nlp: Language, name: str = "stancemap_actors", fuzzy_threshold: int = 88,
                 kb_path: str | None = None) -> None:
        self.name = name
        self.fuzzy_threshold = fuzzy_threshold
        self.kb: KnowledgeBase = load_kb(kb_path)
        self.lexicon = load_lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surface in self.kb.phrases:
            self.matcher.add("KB", [nlp.make_doc(surface)])

    def __call__(self, doc: Doc) -> Doc:
        state = _DocState(self.kb, doc._.stancemap_published)
        described = find_described(self.kb, doc)
        deferred: list[SpacySpan] = []
        for span in self._candidate_spans(doc):
            if span.label_ == "NORP" and any(d.start <= span.start < d.end for d in described):
                continue  # "Ukrainian" in "Ukrainian lawmakers" belongs to the group
            if not self._link(state, span):
                deferred.append(span)
        for span in deferred:  # after every person is known: NER's "Stoltenberg" ORG is a surname
            self._link_unknown(state, span)
        for d in described:
            if not state.overlaps_person(d.start, d.end):
                actor = Actor(id=d.actor_id, name=d.name, kind=d.kind, country=d.country,
                              anonymous=d.anonymous, source="text")
                state.add(doc[d.start:d.end], actor, "description", 0.8)
        doc._.stancemap_actors = state.actors
        doc._.stancemap_mentions = sorted(state.mentions, key=lambda m: m.span.start)
        return doc

    def _candidate_spans(self, doc: Doc) -> list[SpacySpan]:
        """NER entities of actor-like labels plus KB phrase matches; longest wins on overlap."""
        ents = [e for e in doc.ents if e.label_ in _LABELS]
        matches = [SpacySpan(doc, s, e, label="KB") for _, s, e in self.matcher(doc)]
        # places and organisations first (context for fuzzy matches), then full names, then surnames
        return sorted(filter_spans(matches + ents),
                      key=lambda s: (0 if s.label_ != "PERSON" else 1 if len(s) > 1 else 2, s.start))

    def _link(self, state: "_DocState", span: SpacySpan) -> bool:
        """Link one span; False when it is left for :meth:`_link_unknown`."""
        if span.label_ == "PERSON" and not _is_place(self.kb, span.text):
            self._link_person(state, span)
            return True
        text = span.text
        key = normalise(text)
        gov = self._government_phrase(span)
        if gov is not None:
            state.add(gov[0], state.kb_actor(gov[1]), "alias", 0.95)
            return True
        if key in self.kb.capitals and not self.kb.lookup(text, ("organisation", "country")):
            if _metonymic(span, self.lexicon):
                state.add(span, self.kb.actors[f"gov:{self.kb.capitals[key]}"], "metonym", 0.9)
            return True
        ids = self.kb.lookup(text)
        if not ids and span.label_ == "NORP":
            iso = self.kb.adjectives.get(key)
            ids = [f"country:{iso}"] if iso and not _modifies_title_or_group(span, self.lexicon) else []
        if ids:
            aid = state.choose(ids)
            method = "exact" if text in (self.kb.actors[aid].name, *self.kb.actors[aid].aliases) else "alias"
            if aid.startswith("gov:") and key in self.kb.capitals:
                method = "metonym"
            state.add(span, state.kb_actor(aid), method, 1.0)
            return True
        return False

    def _government_phrase(self, span: SpacySpan) -> tuple[SpacySpan, str] | None:
        """"the Finnish government" / "the US administration" -> (phrase span, gov:ISO3)."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ not in self.lexicon["government_nouns"]:
            return None
        iso = self.kb.country_of_word(span.text)
        if not iso or f"gov:{iso}" not in self.kb.actors:
            return None
        return doc[span.start:span.end + 1], f"gov:{iso}"

    def _link_unknown(self, state: "_DocState", span: SpacySpan) -> None:
        """A span the KB does not know: a surname NER mislabelled, or an organisation made from the text."""
        text = span.text
        cluster = state.cluster_for(_strip_the(text)) if span.label_ in ("ORG", "GPE", "NORP") else None
        if cluster:
            state.add(span, state.actors[cluster], "coref", 0.8)
        elif span.label_ == "ORG" and _looks_like_org(span, self.lexicon):
            slug = span.text if span.text.isupper() and len(span.text) <= 8 else slugify(text)
            actor = Actor(id=f"org:{slug}", name=_strip_the(text), kind="organisation", source="text")
            state.add(span, actor, "description", 0.7)

    def _link_person(self, state: "_DocState", span: SpacySpan) -> None:
        desc = left_description(self.kb, span)
        right_description(self.kb, span, desc)
        name = _strip_the(span.text)
        ids = self.kb.lookup(name, ("person",))
        if len(ids) > 1:
            ids = [state.choose(ids)]
        if ids:
            state.add(span, state.kb_actor(ids[0]), "exact", 1.0)
            return
        cluster = state.cluster_for(name)
        if cluster:
            state.add(span, state.actors[cluster], "coref", 0.9)
            return
        if len(name.split()) == 1:
            unique = state.unique_by_surname(name)
            if unique:
                state.add(span, state.kb_actor(unique), "alias", 0.85)
                return
        fuzzy = self._fuzzy_person(state, name, desc)
        if fuzzy:
            state.add(span, state.kb_actor(fuzzy[0]), "fuzzy", fuzzy[1] / 100)
            return
        state.add(span, _text_person(name, desc), "description" if desc.title else "exact", 0.8)

    def _fuzzy_person(self, state: "_DocState", name: str, desc: Description) -> tuple[str, float] | None:
        """Best KB person within the blocked candidates, only when context agrees (country/org/title)."""
        key = normalise(name)
        if len(key) < 5:
            return None
        best: tuple[str, float] | None = None
        for pid in self.kb.person_candidates(name):
            person = self.kb.actors[pid]
            score = max(fuzz.ratio(key, normalise(n)) for n in [person.name, *person.aliases])
            if score >= self.fuzzy_threshold and (best is None or score > best[1]) and \
                    _plausible(person, desc, state):
                best = (pid, score)
        return best


class _DocState:
    """Actors and mentions collected for one doc, with the name clusters used for coreference."""

    def __init__(self, kb: KnowledgeBase, day: date | None) -> None:
        self.kb, self.day = kb, day
        self.actors: dict[str, Actor] = {}
        self.mentions: list[ActorMention] = []
        self.person_spans: list[tuple[int, int]] = []

    def kb_actor(self, aid: str) -> Actor:
        return self.actors.get(aid) or self.kb.actor_on(aid, self.day)

    def add(self, span: SpacySpan, actor: Actor, method: str, score: float) -> None:
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
        label = span.label_ if span.label_ in _LABELS else None
        self.mentions.append(ActorMention(Span(span.start_char, span.end_char, span.text), actor.id,
                                          method, round(score, 3), label))
        if actor.kind == "person":
            self.person_spans.append((span.start, span.end))

    def overlaps_person(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.person_spans)

    def choose(self, ids: list[str]) -> str:
        """Among several KB ids for one name, prefer one already in the doc, then one in office on the date."""
        for aid in ids:
            if aid in self.actors:
                return aid
        for aid in ids:
            actor = self.kb.actors[aid]
            if actor.kind != "person" or any(r.held_on(self.day) for r in actor.roles):
                return aid
        return ids[0]

    def cluster_for(self, name: str) -> str | None:
        """A person already in the doc whose name contains this one or whose surname is spelt like it."""
        key = normalise(name)
        parts = key.split()
        best: tuple[str, float] | None = None
        for aid, actor in self.actors.items():
            if actor.kind != "person" or actor.anonymous:
                continue
            full = normalise(actor.name).split()
            if not full:
                continue
            if parts == full[-len(parts):] or (len(parts) == 1 and parts[0] in full):
                return aid
            score = fuzz.ratio(parts[-1], full[-1])
            if score >= 85 and (len(parts) == 1 or parts[0][:1] == full[0][:1]) and (not best or score > best[1]):
                best = (aid, score)
        return best[0] if best else None

    def unique_by_surname(self, surname: str) -> str | None:
        """The one KB person with this surname holding an office on the article date, if exactly one."""
        ids = [pid for pid in self.kb.surnames.get(normalise(surname), [])
               if any(r.held_on(self.day) for r in self.kb.actors[pid].roles)
               and (self.day or any(not r.end for r in self.kb.actors[pid].roles))]
        return ids[0] if len(ids) == 1 else None


def _plausible(person: Actor, desc: Description, state: _DocState) -> bool:
    """A fuzzy person match needs context: same country/org/title in the description, or its country in the doc."""
    countries = ({r.country for r in person.roles} | {person.country}) - {None}
    orgs = {r.organisation for r in person.roles} - {None}
    titles = {r.title for r in person.roles}
    if desc.country in countries or desc.organisation in orgs or (desc.title and desc.title in titles):
        return True
    seen = {a.country for a in state.actors.values() if a.kind in ("country", "government")}
    return bool(countries & seen) or bool(orgs & set(state.actors))


def _is_place(kb: KnowledgeBase, text: str) -> bool:
    """NER sometimes tags a capital or country as PERSON ("lawmakers from Kyiv")."""
    return normalise(text) in kb.capitals or kb.country_of_word(text) is not None


def _text_person(name: str, desc: Description) -> Actor:
    """A person actor made from the text, with the role its description gives."""
    roles, represents = [], None
    if desc.title:
        role = Role(title=desc.title, country=desc.country, organisation=desc.organisation)
        roles.append(role)
        lex = load_lexicon()
        rule = lex["titles"].get(desc.title, {}).get("represents")
        if rule in ("gov", "org", "employer") and desc.title not in _PERSON_TITLES_ONLY:
            represents = represents_of(role) if rule != "gov" or desc.country else None
    return Actor(id=f"person:{slugify(name)}", name=name, kind="person", country=desc.country,
                 roles=roles, represents=represents, source="text")


def _metonymic(span: SpacySpan, lex: dict) -> bool:
    """A capital used for its government: the subject/possessor/agent of a clause, not a place."""
    root = span.root
    dep = root.dep_
    if dep == "conj":
        root = root.head
        dep = root.dep_
    if dep == "dobj" and root.head.lemma_ in lex["metonym_object_verbs"]:
        return True
    if dep == "pobj" and root.head.lower_ == "by":
        return True
    return dep in _METONYM_DEPS


def _modifies_title_or_group(span: SpacySpan, lex: dict) -> bool:
    """True for "French" in "French President Macron" or "Ukrainian lawmakers" (part of another actor)."""
    head = span.root.head
    words = {head.lower_}
    return bool(words & set(lex["variant_to_title"])) or head.lower_ in lex["group_nouns"] or \
        head.lower_ in lex["anonymous_nouns"] or head.ent_type_ == "PERSON"


def _looks_like_org(span: SpacySpan, lex: dict) -> bool:
    """Skip ORG spans that are web sites, lower-case words or title words ("Defense" Minister)."""
    text = span.text.strip()
    title_words = {w for v in lex["variant_to_title"] for w in v.replace("-", " ").split()}
    if all(t.lower_ in title_words or t.is_punct for t in span):
        return False
    return len(text) > 1 and not any(t.like_url or t.like_email for t in span) and \
        not text.lower().endswith((".com", ".org", ".net")) and any(c.isupper() for c in text)


def _strip_the(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    return text.strip()
