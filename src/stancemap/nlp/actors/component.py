"""The ``stancemap_actors`` component: link entity mentions to actors of the knowledge base.

Order of evidence for each span: exact/normalised alias -> description around a person name ->
within-document name clusters -> fuzzy KB match in a plausible context -> an actor made from the
text (``source="text"``).  Sets ``doc._.stancemap_actors`` and ``doc._.stancemap_mentions``.

Spans are cleaned first (``persons.py``, ``orgs.py``, ``context.py``): headline words and titles
are trimmed from names, datelines and places are dropped, demonym adjectives ("Russian forces") are
no actor, government bodies ("Foreign Ministry") are governments, generic national bodies
("Congress") take the country in context, and surnames repeated after a full name are linked.
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
from .context import DocContext, build_context, is_dateline
from .describe import Description, left_description, right_description
from .groups import find_described
from .kb import KnowledgeBase, load_kb, load_lexicon, normalise, represents_of, slugify
from .orgs import (clean_name, country_in, government_of, is_government_body, is_non_actor, national_body, org_id,
                   company_names, org_name_ending_in_country, trim_span)
from .persons import (after_person_role, behaves_like_person, confirm_headline_span, first_name_person,
                      has_honorific, honorific_gender, is_place, role_before_name,
                      listed_with_person, name_in_person_list, name_word_alone, organisation_cue, pronoun_gender,
                      relative_who, same_first_name, surname_repeats, surname_used_as_person, titled_names,
                      trim_person)
from .states import state_chamber

log = logging.getLogger(__name__)

_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_METONYM_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "appos"}
_PERSON_TITLES_ONLY = {"Senator", "Representative", "Governor", "Mayor", "Candidate"}
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "nummod"}
_DEMONYM_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"}


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
        ctx = build_context(self.kb, doc)
        state = _DocState(self.kb, doc._.stancemap_published)
        state.companies = company_names(doc)
        described = find_described(self.kb, doc)
        deferred: list[SpacySpan] = []
        for span in self._candidate_spans(doc, ctx):
            if span.label_ == "NORP" and any(d.start <= span.start < d.end for d in described):
                continue  # "Ukrainian" in "Ukrainian lawmakers" belongs to the group
            if not self._link(state, ctx, span):
                deferred.append(span)
        for span in deferred:  # after every person is known: a surname NER tagged ORG is still a person
            self._link_unknown(state, ctx, span)
        _link_acronym_uses(state, doc)
        _link_surname_repeats(state, doc)
        self._link_coordinated_names(state, doc)
        for d in described:
            if not state.overlaps_person(d.start, d.end):
                actor = Actor(id=d.actor_id, name=d.name, kind=d.kind, country=d.country,
                              anonymous=d.anonymous, source="text")
                state.add(doc[d.start:d.end], actor, "description", 0.8)
        doc._.stancemap_actors = state.actors
        doc._.stancemap_mentions = sorted(state.mentions, key=lambda m: m.span.start)
        return doc

    def _candidate_spans(self, doc: Doc, ctx: DocContext) -> list[SpacySpan]:
        """NER entities of actor-like labels plus KB phrase matches, cleaned; longest wins on overlap."""
        ents = [part for e in doc.ents if e.label_ in _LABELS for part in _split_lines(e)]
        matches = [SpacySpan(doc, s, e, label="KB") for _, s, e in self.matcher(doc)]
        spans = []
        for span in _extend_country_names(self.kb, ctx, _merge_of_country(self.kb, filter_spans(matches + ents))):
            if span.label_ == "PERSON":
                span = trim_person(self.kb, span)
                span = confirm_headline_span(self.kb, span, ctx) if span is not None else None
            elif span.label_ in ("ORG", "KB", "FAC"):
                span = trim_span(span)
            if span is not None:
                spans.append(span)
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans += titled_names(doc, taken)
        # places and organisations first (context for fuzzy matches), then full names, then surnames
        return sorted(spans, key=lambda s: (0 if s.label_ != "PERSON" else 1 if len(s) > 1 else 2, s.start))

    def _link(self, state: "_DocState", ctx: DocContext, span: SpacySpan) -> bool:
        """Link one span; False when it is left for :meth:`_link_unknown`."""
        if span.label_ == "ORG" and len(span) > 1 and _courtesy_title(span[0]) and not self.kb.lookup(span.text):
            span = SpacySpan(span.doc, span.start + 1, span.end, label="ORG")  # "Mr Birch" tagged ORG as a whole
        named = role_before_name(span) if span.label_ == "ORG" and not self.kb.lookup(span.text) else None
        if named is not None:
            span = SpacySpan(span.doc, named.start, named.end, label="ORG")  # "Superintendent Kari McVeigh" (v19)
        if span.label_ == "ORG" and (relative_who(span) or surname_used_as_person(span) or name_in_person_list(span)
                                     or _capitalised_honorific(span) or after_person_role(span)
                                     or first_name_person(span)) \
                and not self.kb.lookup(span.text):
            span = SpacySpan(span.doc, span.start, span.end, label="PERSON")  # "Afgan Mukhtarli, who was"
        if span.label_ == "PERSON" and _company_short_name(state, span) and not left_description(self.kb, span).title:
            span = SpacySpan(span.doc, span.start, span.end, label="ORG")  # "Norbane Corp. ... Norbane said"
        if span.label_ == "PERSON" and not _is_place(self.kb, span.text):
            if is_place(span):
                return True
            if not organisation_cue(span):
                self._link_person(state, ctx, span)
                return True
            span = SpacySpan(span.doc, span.start, span.end, label="ORG")
        text = span.text
        key = normalise(text)
        if self._link_state_chamber(state, ctx, span):
            return True
        gov = self._government_phrase(span)
        if gov is not None:
            state.add(gov[0], state.kb_actor(gov[1]), "alias", 0.95)
            return True
        if key in self.kb.capitals and not self.kb.lookup(text, ("organisation", "country")):
            if _metonymic(span, self.lexicon) and not is_dateline(span):
                state.add(span, self.kb.actors[f"gov:{self.kb.capitals[key]}"], "metonym", 0.9)
            return True
        if is_dateline(span) and span.label_ in ("GPE", "LOC"):
            return True
        ids = self.kb.lookup(text)
        if self._demonym(span, ids):
            return self._link_demonym(state, span)
        if ids and _before_currency(span, self.lexicon):
            return True  # "40 US dollars"
        if ids:
            aid = state.choose(ids)
            method = "exact" if text in (self.kb.actors[aid].name, *self.kb.actors[aid].aliases) else "alias"
            if aid.startswith("gov:") and key in self.kb.capitals:
                method = "metonym"
            state.add(span, state.kb_actor(aid), method, 1.0)
            return True
        return self._link_body(state, ctx, span)

    def _demonym(self, span: SpacySpan, ids: list[str]) -> bool:
        """True for a demonym ("Russian", "Saudis"), not a country name or acronym ("U.S.", "UK")."""
        key = normalise(span.text)
        if key not in self.kb.adjectives or span.text.replace(".", "").isupper() or span.label_ == "GPE":
            return False
        if ids and not all(i.startswith("country:") for i in ids):
            return False
        if span.text.endswith("s"):
            return True  # "Saudis", "Russians": see _link_demonym
        root = span.root  # "Russian forces", "Saudi-led": a demonym modifying a word
        return root.dep_ in _MODIFIER_DEPS or span.end < len(span.doc) and span.doc[span.end].text in {"-", "\u2013"}

    def _link_demonym(self, state: "_DocState", span: SpacySpan) -> bool:
        """"The Russians said", "sold to the Saudis": a definite plural demonym stands for its country;
        a demonym adjective ("Russian forces") or people ("many Chinese", "Russians travelling") is no actor."""
        root = span.root
        doc = span.doc
        definite = span.start > 0 and doc[span.start - 1].lower_ == "the"
        if definite and span.text.endswith("s") and root.dep_ in _DEMONYM_ACTOR_DEPS:
            iso = self.kb.adjectives[normalise(span.text)]
            state.add(span, state.kb_actor(f"country:{iso}"), "alias", 0.85)
        return True

    def _link_state_chamber(self, state: "_DocState", ctx: DocContext, span: SpacySpan) -> bool:
        """"S.C. House", or "the Legislature" in a state story: a US state's chamber (``states.py``)."""
        chamber = state_chamber(span, ctx.states, foreign=lambda: self._foreign(ctx, span))
        if chamber is None or self.kb.lookup(span.text):
            return False  # not a chamber, or a body the KB knows by this name ("General Assembly": the UN's)
        aid, name = chamber
        actor = state.actors.get(aid) or self.kb.actors.get(aid) or Actor(
            id=aid, name=name, kind="organisation", country="USA", source="text")
        state.add(span, actor, "description", 0.85)
        return True

    def _foreign(self, ctx: DocContext, span: SpacySpan) -> bool:
        """True when a chamber is another country's ("Mexico's Senate") or the story is about another
        country (one named at least twice, and as often as the United States)."""
        iso = country_in(self.kb, span)
        if iso is not None and iso != "USA":
            return True
        usa = ctx.countries.get("USA", 0)
        return any(iso != "USA" and n >= 2 and n >= usa for iso, n in ctx.countries.items())

    def _link_body(self, state: "_DocState", ctx: DocContext, span: SpacySpan) -> bool:
        """A government body ("Foreign Ministry") or a national body named generically ("Congress")."""
        if span.label_ not in ("ORG", "FAC", "KB", "GPE"):
            return False
        gov = government_of(self.kb, span, ctx, state.country_before(span.start_char))
        if gov:
            state.add(span, state.kb_actor(gov), "description", 0.85)
            return True
        if span.label_ == "GPE":
            return False
        body = national_body(self.kb, span, ctx)
        if body is None:
            return False
        actor = state.actors.get(body) or (self.kb.actors.get(body) or Actor(
            id=body, name=clean_name(span.text), kind="organisation", country=body.rsplit("-", 1)[-1].upper(),
            source="text"))
        state.add(span, actor, "description", 0.8)
        return True

    def _government_phrase(self, span: SpacySpan) -> tuple[SpacySpan, str] | None:
        """"the Finnish government" / "the Russian Embassy" / "the U.S. Justice Department" -> gov:ISO3."""
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ("government",):
            iso = self.kb.country_of_word(span.text)  # "the government of Ukraine"
            return (doc[span.start - 2:span.end], f"gov:{iso}") if iso and f"gov:{iso}" in self.kb.actors else None
        if span.end >= len(doc):
            return None
        end = span.end
        if doc[end].lower_ not in self.lexicon["government_nouns"]:
            end = self._body_after(span)
            if end is None:
                return None
        else:
            end += 1
        iso = self.kb.country_of_word(span.text)
        if not iso or f"gov:{iso}" not in self.kb.actors:
            return None
        return doc[span.start:end], f"gov:{iso}"

    def _body_after(self, span: SpacySpan) -> int | None:
        """End of a government body name right after a country word ("Foreign Ministry", "Embassy")."""
        doc = span.doc
        for end in range(span.end + 1, min(span.end + 4, len(doc)) + 1):
            words = doc[span.end:end]
            if not all(t.is_title or t.lower_ == "of" or t.lower_ in ("embassy", "ministry") for t in words):
                return None
            if is_government_body(words.text):
                # "U.S. Trade Representative Robert Lighthizer": a title before a name, not the office
                return None if end < len(doc) and doc[end].is_title and doc[end].ent_type_ == "PERSON" else end
        return None

    def _link_unknown(self, state: "_DocState", ctx: DocContext, span: SpacySpan) -> None:
        """A span the KB does not know: a surname NER mislabelled, or an organisation made from the text."""
        text = span.text
        if _family_plural(state, text):
            return  # "the Skripals": a family, not one of its members
        trimmed = trim_person(self.kb, span)  # "Outgoing PM Cerar"
        name = _strip_the(trimmed.text) if trimmed is not None else _strip_the(text)
        cluster = state.cluster_for(name, honorific_gender(span), span.start) \
            if span.label_ in ("ORG", "GPE", "NORP") else None
        if cluster:
            state.add(span, state.actors[cluster], "coref", 0.8)
        elif self._prominent_person(state, span, name):
            return
        elif len(span) == 1 and listed_with_person(span[0]):
            return  # "Senators Okafor and Lindqvist": left to _link_coordinated_names
        elif _definite_acronym(span) or (
                (span.label_ == "ORG" or (span.label_ == "PERSON" and normalise(name) in state.companies))
                and _looks_like_org(span, self.lexicon) and _org_mention(span, ctx)):
            aid = org_id(text, ctx)
            aid = state.org_alias(aid, clean_name(text))
            actor = state.actors.get(aid) or Actor(id=aid, name=clean_name(text), kind="organisation", source="text")
            state.add(span, actor, "description", 0.7)

    def _link_coordinated_names(self, state: "_DocState", doc: Doc) -> None:
        """A capitalised word NER missed, listed with a person ("leaders Ryan and McConnell"): a person."""
        person_chars = {i for m in state.mentions if state.actors[m.actor_id].kind == "person"
                        for i in range(m.span.start, m.span.end)}
        covered = {i for m in state.mentions for i in range(m.span.start, m.span.end)}
        taken = {t.i for t in doc if t.idx in covered}
        persons = [t for t in doc if t.idx in person_chars]
        for tok in persons:
            for other in [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else []):
                if other.i in taken or other.ent_type_ not in ("", "PERSON", "ORG") or not name_word_alone(other) \
                        or self.kb.lookup(other.text):
                    continue
                span = doc[other.i:other.i + 1]
                name = other.text
                aid = state.cluster_for(name, None, other.i) or self.kb.prominent_by_surname(name)
                actor = state.actors.get(aid) or (state.kb_actor(aid) if aid else None) \
                    or _text_person(name, Description())
                state.add(span, actor, "coref" if aid else "description", 0.7)
                taken.add(other.i)

    def _prominent_person(self, state: "_DocState", span: SpacySpan, name: str) -> bool:
        """A lone surname NER tagged ORG/GPE/NORP ("Trump said") that names one prominent KB person."""
        if span.label_ not in ("ORG", "GPE", "NORP") or " " in name or not behaves_like_person(
                span, has_honorific(span)):
            return False
        aid = self.kb.prominent_by_surname(name)
        if aid is None:
            return False
        state.add(span, state.kb_actor(aid), "alias", 0.75)
        return True

    def _link_person(self, state: "_DocState", ctx: DocContext, span: SpacySpan) -> None:
        desc = left_description(self.kb, span)
        right_description(self.kb, span, desc)
        name = _strip_the(span.text)
        ids = self.kb.lookup(name, ("person",))
        if len(ids) > 1:
            ids = [state.choose(ids)]
        if ids:
            state.add(span, state.kb_actor(ids[0]), "exact", 1.0)
            return
        cluster = state.cluster_for(name, honorific_gender(span), span.start)
        if cluster:
            state.add(span, state.actors[cluster], "coref", 0.9)
            return
        if len(name.split()) == 1:
            unique = state.unique_by_surname(name)
            if unique:
                state.add(span, state.kb_actor(unique), "alias", 0.85)
                return
            titled = bool(desc.title) or has_honorific(span)
            if not behaves_like_person(span, titled):
                return
            prominent = self.kb.prominent_by_surname(name)
            if prominent:  # "Trump said" in a story that never writes "Donald Trump"
                state.add(span, state.kb_actor(prominent), "alias", 0.8)
                return
        fuzzy = self._fuzzy_person(state, name, desc)
        if fuzzy:
            state.add(span, state.kb_actor(fuzzy[0]), "fuzzy", fuzzy[1] / 100)
            return
        if self._joined_names(state, name):
            return  # "Obama-Clinton policies": two persons' names joined, not a third person
        state.add(span, _text_person(name, desc), "description" if desc.title else "exact", 0.8)

    def _joined_names(self, state: "_DocState", name: str) -> bool:
        """True for a hyphenated pair of names that each name a person in the doc or a prominent one."""
        parts = [p for p in name.split("-") if p.strip()]
        if len(parts) != 2 or " " in name:
            return False
        return all(state.cluster_for(p) or self.kb.prominent_by_surname(p) for p in parts)

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


#: a namesake mentioned within this many tokens is the one a bare surname means ("Bill Clinton ... Clinton")
RECENT_MENTION_TOKENS = 60

class _DocState:
    """Actors and mentions collected for one doc, with the name clusters used for coreference."""

    def __init__(self, kb: KnowledgeBase, day: date | None) -> None:
        self.kb, self.day = kb, day
        self.actors: dict[str, Actor] = {}
        self.mentions: list[ActorMention] = []
        self.person_spans: list[tuple[int, int]] = []
        self.surfaces: dict[str, set[str]] = {}  # actor id -> names it was written as in this doc
        self.genders: dict[str, str] = {}  # person id -> "male"/"female" from a title or a pronoun
        self.person_starts: dict[str, list[int]] = {}  # person id -> token starts of its mentions
        self.companies: set[str] = set()  # short names of the companies the doc names with a legal form

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
            self.surfaces.setdefault(actor.id, set()).add(normalise(span.text))
            self.person_starts.setdefault(actor.id, []).append(span.start)
            if actor.id not in self.genders:
                gender = honorific_gender(span) or (pronoun_gender(span) if len(span) > 1 else None)
                if gender:
                    self.genders[actor.id] = gender

    def country_before(self, start_char: int) -> str | None:
        """ISO3 of the country or government mentioned last before ``start_char``."""
        before = [m for m in self.mentions if m.span.end <= start_char and m.actor_id.startswith(("country:", "gov:"))]
        return max(before, key=lambda m: m.span.start).actor_id.split(":", 1)[1] if before else None

    def org_alias(self, aid: str, name: str) -> str:
        """An organisation already in the doc whose fuller name ends like this one ("the Party", "the
        Intelligence Committee" after "the House Intelligence Committee"), else ``aid``."""
        if aid in self.actors:
            return aid
        words = normalise(name).split()
        for other_id, other in reversed(list(self.actors.items())):
            if other.kind != "organisation":
                continue
            full = normalise(other.name).split()
            head = full[full.index("of") - 1] if "of" in full[1:] else full[-1] if full else ""
            if len(full) > len(words) and words and words[-1] == head and set(words) <= set(full):
                return other_id
        return aid

    def taken(self) -> set[int]:
        """Character offsets where a mention starts (to skip words already linked)."""
        return {m.span.start for m in self.mentions}

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

    def cluster_for(self, name: str, gender: str | None = None, at: int | None = None) -> str | None:
        """A person already in the doc whose name contains this one or whose surname is spelt like it.

        Among several, only those whose known gender fits ``gender`` ("Mr."/"Mrs.") count.  The one mentioned
        last before token ``at`` wins when that mention is recent ("Bill Clinton spoke ... Clinton said");
        further on, the one the story has mentioned most ("Clinton" is Hillary Clinton again, three
        paragraphs after a passage on her husband).  Two different first names never merge."""
        key = normalise(name)
        parts = key.split()
        found: list[str] = []
        best: tuple[str, float] | None = None
        for aid, actor in self.actors.items():
            if actor.kind != "person" or actor.anonymous:
                continue
            full = normalise(actor.name).split()
            if not full:
                continue
            if parts == full[-len(parts):] or (len(parts) == 1 and parts[0] in full):
                found.append(aid)
                continue
            if len(parts) == 1 and any(parts[0] in s.split() for s in self.surfaces.get(aid, ())):
                found.append(aid)  # "Prince Mohammed" after "Mohammed bin Salman" (KB spelling "Mohammad")
                continue
            score = fuzz.ratio(parts[-1], full[-1])
            if score >= 85 and (len(parts) == 1 or same_first_name(parts[0], full[0])) \
                    and (not best or score > best[1]):
                best = (aid, score)
        if not found:
            return best[0] if best and self._gender_fits(best[0], gender) else None
        fitting = [aid for aid in found if self._gender_fits(aid, gender)]
        if not fitting:
            return None
        if len(fitting) == 1 or at is None:
            return fitting[0]
        before = {aid: [s for s in self.person_starts.get(aid, ()) if s < at] for aid in fitting}
        latest = max(fitting, key=lambda aid: max(before[aid], default=-1))
        if before[latest] and at - max(before[latest]) <= RECENT_MENTION_TOKENS:
            return latest
        return max(fitting, key=lambda aid: (len(before[aid]), max(before[aid], default=-1)))

    def _gender_fits(self, aid: str, gender: str | None) -> bool:
        known = self.genders.get(aid)
        return gender is None or known is None or known == gender

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


def _capitalised_honorific(span: SpacySpan) -> bool:
    """"Mr Hale", "Dr Adams": a capitalised courtesy title right before the span ("would miss Sunbelt Rentals" has
    none; "Miss" is left out, it is too often the verb)."""
    return has_honorific(span) and _courtesy_title(span.doc[span.start - 1])


def _courtesy_title(tok) -> bool:
    """A capitalised "Mr", "Mrs", "Dr" ... with or without its dot; not "Miss" (too often the verb)."""
    word = tok.text.lower().rstrip(".")
    return tok.text[:1].isupper() and word != "miss" and word in load_lexicon()["honorifics"]


def _definite_acronym(span: SpacySpan) -> bool:
    """"the NRA", "the SEIU": an acronym after "the" that NER took for a place and no KB entry knows is an
    organisation (countries and places it could be, "the US", are KB entries, linked before this)."""
    text = span.text
    return span.label_ in ("GPE", "LOC") and text.isalpha() and text.isupper() and 3 <= len(text) <= 6 \
        and span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _is_place(kb: KnowledgeBase, text: str) -> bool:
    """NER sometimes tags a capital or country as PERSON ("lawmakers from Kyiv")."""
    return normalise(text) in kb.capitals or kb.country_of_word(text) is not None


def _text_person(name: str, desc: Description) -> Actor:
    """A person actor made from the text, with the role its description gives."""
    name = " ".join(name.split())  # a name across a wrapped line ("Anna\n    Marlowe")
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
    if dep == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in lex["metonym_to_nouns"]:
        return True
    return dep in _METONYM_DEPS


def _modifies_title_or_group(span: SpacySpan, lex: dict) -> bool:
    """True for "French" in "French President Macron" or "Ukrainian lawmakers" (part of another actor)."""
    head = span.root.head
    words = {head.lower_}
    return bool(words & set(lex["variant_to_title"])) or head.lower_ in lex["group_nouns"] or \
        head.lower_ in lex["anonymous_nouns"] or head.ent_type_ == "PERSON"


def _company_short_name(state: "_DocState", span: SpacySpan) -> bool:
    """True for a lone word NER tagged as a person that is the short name of a company the doc names with a legal
    form ("Norbane Corp. ... Norbane said"), unless a courtesy title marks a person ("Mr. Norbane"; the caller
    also checks for a title such as "Senator") or a person of the doc bears it as a surname ("founder Michael
    Dell ... Dell said").  A full name stays a person: "Charles
    Schwab" after "Charles Schwab Corp." is the founder."""
    name = _strip_the(span.text)
    if " " in name or has_honorific(span) or normalise(name) not in state.companies:
        return False
    return state.cluster_for(name, None, span.start) is None


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


def _merge_of_country(kb: KnowledgeBase, spans: list[SpacySpan]) -> list[SpacySpan]:
    """Join "Communist Party" + "of" + "Vietnam" into one organisation name."""
    out: list[SpacySpan] = []
    skip = -1
    ordered = sorted(spans, key=lambda s: s.start)
    for k, span in enumerate(ordered):
        if k == skip:
            continue
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        doc = span.doc
        if (span.label_ == "ORG" and nxt is not None and nxt.label_ == "GPE" and span.end < len(doc)
                and doc[span.end].lower_ == "of" and nxt.start in (span.end + 1, span.end + 2)
                and doc[span.end - 1].is_title and kb.country_of_word(nxt.text)):
            out.append(SpacySpan(doc, span.start, nxt.end, label="ORG"))
            skip = k + 1
        else:
            out.append(span)
    return out


def _extend_country_names(kb: KnowledgeBase, ctx: DocContext, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A country word ending an organisation name NER missed ("Democracy for America") gives way to
    the whole name, an organisation; spans inside that name are dropped."""
    names = []
    for span in spans:
        if span.label_ in ("GPE", "KB", "LOC") and not ctx.in_title_line(span) and _country_only(kb, span.text):
            name = org_name_ending_in_country(kb, span)
            if name is not None:
                names.append(name)
    if not names:
        return spans
    kept = [s for s in spans if not any(n.start <= s.start and s.end <= n.end for n in names)]
    return sorted(kept + names, key=lambda s: s.start)


def _country_only(kb: KnowledgeBase, text: str) -> bool:
    """True for a country name ("America", "Syria"), not a capital or an organisation."""
    ids = kb.lookup(text)
    return bool(ids) and all(i.startswith("country:") for i in ids)


def _family_plural(state: _DocState, text: str) -> bool:
    """True for "the Skripals" when a Skripal is a person of the doc."""
    name = _strip_the(text)
    if not name.endswith("s") or " " in name:
        return False
    stem = normalise(name[:-1])
    return any(normalise(a.name).split()[-1:] == [stem] for a in state.actors.values() if a.kind == "person")


def _org_mention(span: SpacySpan, ctx: DocContext) -> bool:
    """An unknown ORG span that names an organisation acting or spoken of, not a place or a modifier."""
    if ctx.in_title_line(span) and normalise(span.text) not in ctx.body_names:
        return False  # "9/11 Lawsuit" in a headline
    if is_place(span) or is_dateline(span) or is_non_actor(span.text):
        return False
    expansion = ctx.expansions.get(clean_name(span.text))
    if expansion and is_non_actor(expansion):
        return False  # "NAFTA", defined as "North American Free Trade Agreement (NAFTA)"
    if organisation_cue(span):
        return True
    root = span.root
    lex = load_lexicon()
    if not span.text.isupper() and root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end \
            and root.head.is_lower \
            and root.head.pos_ == "NOUN" and root.head.lower_ not in lex["organisation_nouns"]:
        return False  # "Durban court", "Paladin howitzer systems"
    return True


def _link_acronym_uses(state: _DocState, doc: Doc) -> None:
    """"Ministry of Defence (MoD)": the acronym, there and later, is the same actor as the name."""
    defined: dict[str, str] = {}
    by_end = {m.span.end: m for m in state.mentions}
    for tok in doc:
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")":
            prev_end = doc[tok.i - 1].idx + len(doc[tok.i - 1].text) if tok.i else -1
            m = by_end.get(prev_end)
            acr = doc[tok.i + 1].text
            if m is not None and _initials_match(m.span.text, acr):
                defined[acr] = m.actor_id
    if not defined:
        return
    kept = [m for m in state.mentions if not (m.span.text in defined and m.actor_id != defined[m.span.text])]
    state.mentions = kept
    starts = state.taken()
    for tok in doc:
        if tok.text in defined and tok.idx not in starts:
            state.add(doc[tok.i:tok.i + 1], state.actors[defined[tok.text]], "alias", 0.8)


def _link_surname_repeats(state: _DocState, doc: Doc) -> None:
    """Surnames of persons named in full, where NER tagged them otherwise or not at all ("Schiff")."""
    surnames: dict[str, list[str]] = {}
    for aid, actor in state.actors.items():
        parts = normalise(actor.name).split()
        if actor.kind == "person" and not actor.anonymous and len(parts) > 1 and len(parts[-1]) > 2:
            surnames.setdefault(parts[-1], []).append(aid)
    unique = {s: ids[0] for s, ids in surnames.items() if len(ids) == 1}
    if not unique:
        return
    starts = state.taken()
    covered = {i for m in state.mentions for i in range(m.span.start, m.span.end)}
    taken = {t.i for t in doc if t.idx in starts or t.idx in covered}
    for span, aid in surname_repeats(doc, unique, taken):
        state.add(span, state.actors[aid], "coref", 0.75)


def _initials_match(name: str, acr: str) -> bool:
    """True when the capitals of ``acr`` are the initials of ``name`` ("Ministry of Defence", "MoD")."""
    letters = "".join(c for c in acr if c.isupper())
    words = clean_name(name).replace("-", " ").split()
    caps = "".join(w[0] for w in words if w[:1].isupper())
    return len(letters) >= 2 and (caps == letters or "".join(w[0] for w in words).upper() == letters)


def _before_currency(span: SpacySpan, lex: dict) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in lex["currency_nouns"]


def _split_lines(span: SpacySpan) -> list[SpacySpan]:
    """A name never runs over a line break: NER joins the items of a bare list ("Tom Carper\n- Bob Corker")."""
    if not any("\n" in t.text for t in span):
        return [span]
    parts, start = [], span.start
    for tok in span:
        if "\n" in tok.text:
            parts.append((start, tok.i))
            start = tok.i + 1
    parts.append((start, span.end))
    out = []
    for a, b in parts:
        while a < b and (span.doc[a].is_punct or span.doc[a].is_space):
            a += 1  # the bullet that opens the next line
        if a < b:
            out.append(SpacySpan(span.doc, a, b, label=span.label_))
    return out
