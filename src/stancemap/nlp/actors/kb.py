"""The actor knowledge base: actors from ``data/kb/*.jsonl`` with lookup indexes, loaded once.

Build the data with ``python scripts/build_kb.py``; see ``data/kb/SOURCES.md`` for sources.
"""
from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import yaml

from ...config import PACKAGE_DATA
from ...errors import ConfigError
from ...model import Actor, Role

log = logging.getLogger(__name__)
KB_DIR = PACKAGE_DATA / "kb"
_HEAD_TITLES = {"President", "Prime Minister", "Chancellor", "Head of Government", "Head of State"}
#: titles of the heads of an international organisation (a role with ``organisation`` set)
_IGO_HEAD_TITLES = {"Secretary-General", "Director-General", "Managing Director", "Commission President",
                    "President of the European Council", "High Representative", "President"}
_MIN_SURNAME_CHARS = 3


def slugify(text: str) -> str:
    """Lower-case ascii slug with hyphens ("Volodymyr Zelenskyy" -> "volodymyr-zelenskyy")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_LEADING_THE = re.compile(r"^the\s+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Lookup key: no diacritics, lower case, no leading "the", no possessive, no dots.

    A pure function of the string, memoised: the linker asks for the same words many times per doc.
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = _POSSESSIVE.sub("", text.strip())
    text = _LEADING_THE.sub("", text).replace(".", "")
    return _NON_ALNUM.sub(" ", text).strip()


@dataclass
class KnowledgeBase:
    """Actors plus indexes: alias -> ids, adjective/capital -> ISO3, surname -> person ids."""

    actors: dict[str, Actor]
    aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    phrases: dict[str, list[str]] = field(default_factory=dict)  # surface text -> ids, for the matcher
    # surname -> ids of prominent persons (heads of state/government, IGO heads, curated persons)
    prominent_surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    first_names: set[str] = field(default_factory=set)  # normalised first words of KB person names
    surname_words: frozenset[str] = frozenset()  # surnames that are also common words (surname_words.txt)

    def lookup(self, text: str, kinds: tuple[str, ...] | None = None) -> list[str]:
        """Actor ids whose name or alias normalises like ``text`` (optionally of given kinds)."""
        ids = self.aliases.get(normalise(text), [])
        return [i for i in ids if kinds is None or self.actors[i].kind in kinds]

    def country_of_word(self, text: str) -> str | None:
        """ISO3 for a country name, short form or adjective ("Dutch", "the Netherlands", "U.S.")."""
        key = normalise(text)
        if key in self.adjectives:
            return self.adjectives[key]
        for aid in self.aliases.get(key, []):
            if aid.startswith("country:"):
                return aid[8:]
        return None

    def prominent_by_surname(self, surname: str) -> str | None:
        """The one prominent person with this surname, whatever the date, when the surname is no common
        word or first name ("Trump" -> person:donald-trump; "May", "Green", "Carter" -> None)."""
        key = normalise(surname)
        if len(key) < _MIN_SURNAME_CHARS or " " in key or key in self.surname_words or key in self.first_names:
            return None
        ids = self.prominent_surnames.get(key, [])
        return ids[0] if len(ids) == 1 else None

    def person_candidates(self, name: str) -> list[str]:
        """Person ids sharing the surname or its first two letters (the fuzzy-match block)."""
        last = normalise(name).split()[-1:] or [""]
        block = last[0][:2]
        return [pid for key, ids in self.surnames.items() if key[:2] == block for pid in ids]

    def actor_on(self, actor_id: str, day: date | None) -> Actor:
        """A copy of the KB actor with ``represents`` set from the role held on ``day``."""
        actor = self.actors[actor_id]
        if actor.kind != "person" or not actor.roles:
            return actor
        held = [r for r in actor.roles if r.held_on(day)] if day else [r for r in actor.roles if not r.end]
        if not held:
            return replace(actor, represents=None)
        return replace(actor, represents=represents_of(held[-1]))


def represents_of(role: Role) -> str | None:
    """The actor a role-holder speaks for: their organisation, else their country's government."""
    if role.organisation:
        return role.organisation
    if role.country and role.title not in {"Senator", "Representative", "Governor", "Mayor", "Candidate"}:
        return f"gov:{role.country}"
    return None


def _actor_from_json(row: dict) -> Actor:
    roles = [Role(**r) for r in row.get("roles", [])]
    return Actor(id=row["id"], name=row["name"], kind=row["kind"], country=row.get("country"),
                 aliases=row.get("aliases", []), roles=roles)


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise ConfigError(f"actor knowledge base file {path} is missing: run `python scripts/build_kb.py` "
                          f"or pass kb_path pointing at a folder with actors.jsonl and countries.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _add(kb: KnowledgeBase, surface: str, aid: str, phrase: bool = True) -> None:
    key = normalise(surface)
    if key and aid not in kb.aliases[key]:
        kb.aliases[key].append(aid)
    if phrase and surface.strip():
        ids = kb.phrases.setdefault(surface.strip(), [])
        if aid not in ids:
            ids.append(aid)


def _index_person(kb: KnowledgeBase, actor: Actor, curated: set[str]) -> None:
    prominent = actor.id in curated or _prominent(actor)
    for name in [actor.name, *actor.aliases]:
        _add(kb, name, actor.id, phrase=False)
        words = normalise(name).split() if name else []
        surname = words[-1:]
        if surname and actor.id not in kb.surnames[surname[0]]:
            kb.surnames[surname[0]].append(actor.id)
        if len(words) > 1:
            kb.first_names.add(words[0])
            if prominent and actor.id not in kb.prominent_surnames[words[-1]]:
                kb.prominent_surnames[words[-1]].append(actor.id)
    for role in actor.roles:
        if role.title in _HEAD_TITLES and role.country:
            surname = actor.name.split()[-1]
            # "the Biden administration" -> the government the head of state/government led
            for noun in ("administration", "government", "cabinet"):
                _add(kb, f"{surname} {noun}", f"gov:{role.country}")


def _prominent(actor: Actor) -> bool:
    """A head of state or government, or the head of an international organisation."""
    return any(r.title in _HEAD_TITLES and r.country or r.title in _IGO_HEAD_TITLES and r.organisation
               for r in actor.roles)


def _curated_person_ids(folder: Path) -> set[str]:
    """Ids of the persons of ``curated/persons.yaml`` (none when the folder has no such file)."""
    path = folder / "curated" / "persons.yaml"
    if not path.is_file():
        return set()
    rows = yaml.safe_load(path.read_text("utf-8")) or []
    return {f"person:{slugify(row['name'])}" for row in rows if row.get("name")}


def _read_words(path: Path) -> frozenset[str]:
    """Normalised words of a one-word-a-line file ("#" starts a comment); empty when it is missing."""
    if not path.is_file():
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(normalise(w) for w in lines if w)


@functools.lru_cache(maxsize=4)
def load_kb(kb_path: str | None = None) -> KnowledgeBase:
    """Load and index the knowledge base (cached per path)."""
    folder = Path(kb_path) if kb_path else KB_DIR
    actors = {row["id"]: _actor_from_json(row) for row in _read_jsonl(folder / "actors.jsonl")}
    kb = KnowledgeBase(actors=actors, surname_words=_read_words(KB_DIR / "surname_words.txt"))
    curated = _curated_person_ids(folder)
    for actor in actors.values():
        if actor.kind == "person":
            _index_person(kb, actor, curated)
            continue
        for name in [actor.name, *actor.aliases]:
            _add(kb, name, actor.id)
    rows = sorted(_read_jsonl(folder / "countries.jsonl"), key=lambda r: not r.get("independent", True))
    # An adjective shared by several countries ("French": FRA, ATF...) goes to an independent
    # country whose name it resembles; the rest are filled in afterwards.
    for resembles in (True, False):
        for row in rows:
            name = actors[f"country:{row['iso3']}"].name if f"country:{row['iso3']}" in actors else ""
            for adj in row.get("adjectives", []):
                if (adj[:2].lower() == name[:2].lower()) == resembles:
                    kb.adjectives.setdefault(normalise(adj), row["iso3"])
    for row in rows:
        iso = row["iso3"]
        for cap in row.get("capitals", []):
            kb.capitals.setdefault(normalise(cap), iso)
            _add(kb, cap, f"gov:{iso}")
    log.info("actor KB: %d actors, %d alias keys", len(actors), len(kb.aliases))
    return kb


@functools.lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """The role titles, group nouns and nominals of ``data/kb/roles.yaml``."""
    path = KB_DIR / "roles.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    variants: dict[str, str] = {}
    for title, spec in data["titles"].items():
        for v in spec["variants"]:
            variants[v] = title
    data["variant_to_title"] = variants
    data["max_title_words"] = max(len(v.split()) for v in variants)
    data["nominal_to_titles"] = defaultdict(set)
    for title, spec in data["titles"].items():
        for n in spec.get("nominals", []):
            data["nominal_to_titles"][n].add(title)
    return data
