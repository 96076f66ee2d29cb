#!/usr/bin/env python
"""Build stancemap's actor knowledge base from the shared public data sets.

Reads (under ``$STANCEMAP_DATA`` or ``../shared/data``):
  mledoze_countries/countries.json        names, official names, alt spellings, demonyms, capitals
  countryinfo/CountryInfo.120116.txt      adjectives, capitals, dated leaders up to ~2011
  ngec_assets/countries.csv               demonym variants
  world_leaders_wikidata/*.csv            heads of state/government, foreign ministers, IGO office-holders
  phoenix_dictionaries/Phoenix.International.actors.txt   IGO aliases and dated IGO office-holders
plus the curated YAML files in ``src/stancemap/data/kb/curated/``.

Writes ``src/stancemap/data/kb/actors.jsonl`` (one actor a line) and ``countries.jsonl`` (adjectives
and capitals per ISO3).  Run: ``python scripts/build_kb.py``.
"""
from __future__ import annotations

import csv
import json
import logging
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

from stancemap.config import PACKAGE_DATA, shared_path

log = logging.getLogger("build_kb")
KB_DIR = PACKAGE_DATA / "kb"
CURATED = KB_DIR / "curated"


def slugify(text: str) -> str:
    """Lower-case ascii slug with hyphens ("Volodymyr Zelenskyy" -> "volodymyr-zelenskyy")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def fold(text: str) -> str:
    """Case/diacritic-folded key used to find names across sources."""
    return slugify(text).replace("-", " ")


def cinfo_name(raw: str) -> str:
    """CountryInfo's ``VIKTOR_YUSHCHENKO_`` -> ``Viktor Yushchenko``."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    particles = {"OF", "DE", "DA", "DI", "DU", "VAN", "VON", "DER", "DEN", "LA", "LE"}
    return " ".join(w.lower() if w in particles and i else _cap(w) for i, w in enumerate(words))


def _cap(word: str) -> str:
    """Capitalise each part of a hyphenated or apostrophised word ("KI-MOON" -> "Ki-Moon")."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


class Builder:
    """Collects actors from every source, merging by id."""

    def __init__(self) -> None:
        self.actors: dict[str, dict] = {}
        self.countries: dict[str, dict] = {}  # ISO3 -> {"adjectives": [...], "capitals": [...]}
        self.name_to_iso: dict[str, str] = {}

    # -- helpers ---------------------------------------------------------------------------------
    def actor(self, aid: str, name: str, kind: str, country: str | None = None) -> dict:
        if aid not in self.actors:
            self.actors[aid] = {"id": aid, "name": name, "kind": kind, "country": country,
                                "aliases": [], "roles": []}
        return self.actors[aid]

    @staticmethod
    def add_alias(actor: dict, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != actor["name"] and alias not in actor["aliases"]:
            actor["aliases"].append(alias)

    def add_country_words(self, iso: str, key: str, words) -> None:
        entry = self.countries.setdefault(iso, {"adjectives": [], "capitals": []})
        for w in words:
            w = w.strip()
            if w and w not in entry[key]:
                entry[key].append(w)

    def iso_for(self, name: str) -> str | None:
        return self.name_to_iso.get(fold(name))

    # -- countries -------------------------------------------------------------------------------
    def load_mledoze(self) -> None:
        for c in json.loads(shared_path("mledoze_countries", "countries.json").read_text("utf-8")):
            iso = c["cca3"]
            common, official = c["name"]["common"], c["name"]["official"]
            country = self.actor(f"country:{iso}", common, "country", iso)
            gov = self.actor(f"gov:{iso}", f"Government of {common}", "government", iso)
            for alias in [official, *[a for a in c.get("altSpellings", []) if len(a) > 2]]:
                self.add_alias(country, alias)
            for name in [common, official, *c.get("altSpellings", [])]:
                self.name_to_iso.setdefault(fold(name), iso)
            self.countries.setdefault(iso, {"adjectives": [], "capitals": []})["independent"] = bool(c.get("independent"))
            dem = (c.get("demonyms") or {}).get("eng") or {}
            self.add_country_words(iso, "adjectives", {dem.get("m", ""), dem.get("f", "")})
            self.add_country_words(iso, "capitals", [cap for cap in c.get("capital", [])])
            self.add_alias(gov, f"{common} government")
            self.add_alias(gov, f"the {common} government")

    def load_countryinfo(self) -> None:
        text = shared_path("countryinfo", "CountryInfo.120116.txt").read_text("latin-1")
        for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
            iso_m = re.search(r"<ISO3166-alpha3>(\w{3})<", block)
            if not iso_m or f"country:{iso_m.group(1)}" not in self.actors:
                continue
            iso = iso_m.group(1)
            adjectives = _cinfo_list(block, "Nationality")
            # Only the first (main) adjective is kept: the rest are misspellings/foreign names that
            # would add false matches; fuzzy matching covers misspellings.
            self.add_country_words(iso, "adjectives", [cinfo_name(a) for a in adjectives[:1]])
            self.add_country_words(iso, "capitals", [cinfo_name(c) for c in _cinfo_list(block, "Capital")])
            self.load_cinfo_leaders(iso, block)

    def load_cinfo_leaders(self, iso: str, block: str) -> None:
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        if not leaders:
            return
        for tag, body in re.findall(r"<([^/>][^>]*)>(.*?)</\1>", leaders.group(1), re.S):
            title = _cinfo_title(tag)
            if not title:
                continue
            for line in body.splitlines():
                m = re.match(r"\s*([A-Z][A-Z0-9_.'\-]+)\s+(.*)", line)
                if not m or line.lstrip().startswith("#"):
                    continue
                for start, end in _cinfo_terms(m.group(2)):
                    self.add_person(cinfo_name(m.group(1)), title, iso, None, start, end, "countryinfo")

    def load_ngec(self) -> None:
        with shared_path("ngec_assets", "countries.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                iso = row["CCA3"]
                if f"country:{iso}" in self.actors:
                    # The lists also name dependent territories ("Aruban" under NLD): keep words
                    # that start like the country's name or a known adjective.
                    known = [self.actors[f"country:{iso}"]["name"], *self.countries.get(iso, {}).get("adjectives", [])]
                    words = [w.strip() for w in row["Nationality"].split(",")]
                    self.add_country_words(iso, "adjectives", [
                        w for w in words if " " not in w and any(w[:3].lower() == k[:3].lower() for k in known)])

    # -- persons ---------------------------------------------------------------------------------
    def add_person(self, name: str, title: str, iso: str | None, org: str | None,
                   start: str | None, end: str | None, source: str) -> None:
        name = re.sub(r"\s*\(.*?\)\s*$", "", name).strip()
        if not _PERSON_NAME.fullmatch(name) or len(name.split()) > 5:
            log.debug("skipped person name %r", name)
            return
        aid = f"person:{slugify(name)}"
        person = self.actor(aid, name, "person", iso)
        if source != "countryinfo" and person.get("_src") == "countryinfo":
            person["name"] = name  # prefer Wikidata's spelling with diacritics
        person.setdefault("_src", source)
        role = {"title": title, "country": iso, "organisation": org,
                "start": str(start) if start else None, "end": str(end) if end else None, "_src": source}
        if role not in person["roles"]:
            person["roles"].append(role)

    def load_heads(self) -> None:
        path = shared_path("world_leaders_wikidata", "heads_of_state_government_wikidata.csv")
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                iso = self.iso_for(row["country"])
                if not iso:
                    log.debug("no ISO3 for %s", row["country"])
                    continue
                title = _office_title(row["positionLabel"])
                start = f"{row['start_year']}-01-01" if row["start_year"] else None
                end = f"{row['end_year']}-12-31" if row["end_year"] else None
                self.add_person(row["officeholderLabel"], title, iso, None, start, end, "wikidata")

    def load_foreign_ministers(self) -> None:
        path = shared_path("world_leaders_wikidata", "foreign_ministers_wikidata.csv")
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                iso = self.iso_for(row["countryLabel"])
                if iso and row["name"]:
                    title = "Secretary of State" if "Secretary of State" in row["positionLabel"] else "Foreign Minister"
                    self.add_person(row["name"], title, iso, None, row["start"] or None, None, "wikidata")

    def load_igo_officeholders(self, igo_positions: dict[str, tuple[str, str]]) -> None:
        path = shared_path("world_leaders_wikidata", "igo_officeholders_wikidata.csv")
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for phrase, (org, title) in igo_positions.items():
                    if row["position"].lower().startswith(phrase):
                        self.add_person(row["person"], title, None, org, row["start"] or None,
                                        row["end"] or None, "wikidata")
                        break

    # -- organisations and curated data ----------------------------------------------------------
    def load_curated(self) -> dict[str, str]:
        """Curated IGOs, national organisations, metonyms and persons; returns Phoenix code -> org id."""
        code_to_org: dict[str, str] = {}
        for igo in yaml.safe_load((CURATED / "igos.yaml").read_text("utf-8")):
            org = self.actor(igo["id"], igo["name"], "organisation")
            for alias in igo.get("aliases", []):
                self.add_alias(org, alias)
            for code in igo.get("codes", []) or []:
                code_to_org[code] = igo["id"]
        for org in yaml.safe_load((CURATED / "organisations.yaml").read_text("utf-8")):
            actor = self.actor(org["id"], org["name"], org.get("kind", "organisation"), org.get("country"))
            for alias in org.get("aliases", []):
                self.add_alias(actor, alias)
        inst = yaml.safe_load((CURATED / "institutions.yaml").read_text("utf-8"))
        for key, prefix in (("governments", "gov"), ("countries", "country")):
            for iso, aliases in inst[key].items():
                if f"{prefix}:{iso}" in self.actors:
                    for alias in aliases:
                        self.add_alias(self.actors[f"{prefix}:{iso}"], alias)
        for iso, words in inst.get("demonyms", {}).items():
            self.add_country_words(iso, "adjectives", words)
            for other, entry in self.countries.items():  # curated owners win ("Dutch" is NLD, not BES)
                if other != iso:
                    entry["adjectives"] = [w for w in entry["adjectives"] if w not in words]
        for p in yaml.safe_load((CURATED / "persons.yaml").read_text("utf-8")):
            for r in p["roles"]:
                self.add_person(p["name"], r["title"], r.get("country"), r.get("organisation"),
                                r.get("start"), r.get("end"), "curated")
            for alias in p.get("aliases", []):
                self.add_alias(self.actors[f"person:{slugify(p['name'])}"], alias)
        return code_to_org

    def load_phoenix(self, code_to_org: dict[str, str]) -> None:
        """Dated IGO office-holders from the Phoenix dictionary.

        Its undated entries mix organisation aliases with person names and titles, so they are not
        used as aliases (the curated YAML covers the organisations' names).
        """
        path = shared_path("phoenix_dictionaries", "Phoenix.International.actors.txt")
        for names, codes in _phoenix_entries(path.read_text("utf-8", errors="replace")):
            for code, start, end in codes:
                org = code_to_org.get(code)
                if org and (start or end) and not _TITLE_WORDS.search(names[0]):
                    self.add_person(cinfo_name(names[0]), "Official", None, org, start, end, "phoenix")

    def write(self) -> None:
        KB_DIR.mkdir(parents=True, exist_ok=True)
        with (KB_DIR / "actors.jsonl").open("w", encoding="utf-8") as fh:
            for aid in sorted(self.actors):
                actor = {k: v for k, v in self.actors[aid].items() if not k.startswith("_")}
                actor["roles"] = _clean_roles(actor["roles"])
                fh.write(json.dumps(actor, ensure_ascii=False, separators=(",", ":")) + "\n")
        with (KB_DIR / "countries.jsonl").open("w", encoding="utf-8") as fh:
            for iso in sorted(self.countries):
                fh.write(json.dumps({"iso3": iso, **self.countries[iso]}, ensure_ascii=False,
                                    separators=(",", ":")) + "\n")
        log.info("wrote %d actors, %d countries to %s", len(self.actors), len(self.countries), KB_DIR)


_PERSON_NAME = re.compile(r"(?!Q\d)[^\W\d_][\w.'\- ]*[\w.]", re.U)
_CINFO_DATE = "2012-01-16"  # CountryInfo's last update: its open terms are known to that day only
_TITLE_WORDS = re.compile(r"SECRETARY|GENERAL|CHIEF|PRESIDENT|DIRECTOR|SPOKES|MINISTER|AMBASSADOR|"
                          r"ENVOY|OFFICIAL|HEAD|COMMISSIONER|CHAIR|_SECY|_SEC\.|REPRESENTATIVE", re.I)
_IGO_POSITIONS = {
    "secretary-general of the united nations": ("org:UN", "Secretary-General"),
    "deputy secretary-general of the united nations": ("org:UN", "Deputy Secretary-General"),
    "under-secretary-general of the united nations": ("org:UN", "Under-Secretary-General"),
    "director-general of the world trade organization": ("org:WTO", "Director-General"),
    "judge of the international court of justice": ("org:ICJ", "Judge"),
    "president of the international court of justice": ("org:ICJ", "President"),
    "vice president of the international court of justice": ("org:ICJ", "Vice President"),
    "osce high commissioner": ("org:OSCE", "High Commissioner on National Minorities"),
    "president of the united nations general assembly": ("org:UNGA", "President"),
    "president of the parliamentary assembly of the council of europe": ("org:COE", "President"),
}


def _clean_roles(roles: list[dict]) -> list[dict]:
    """Drop duplicate roles and old-source roles that a better source states (same office).

    CountryInfo and Phoenix (to ~2011, with known errors) lose to Wikidata and the curated list;
    a Wikidata start given as a year loses to a curated full date in that year.
    """
    rank = {"curated": 0, "wikidata": 1, "countryinfo": 2, "phoenix": 2}
    kept: list[dict] = []
    for role in sorted(roles, key=lambda r: rank.get(r.get("_src"), 3)):
        office = (role["title"], role["country"], role["organisation"])
        same = [k for k in kept if (k["title"], k["country"], k["organisation"]) == office]
        if any(rank[k["_src"]] < rank[role["_src"]] and (rank[role["_src"]] == 2 or
               (k["start"] or "")[:4] == (role["start"] or "")[:4]) for k in same):
            continue
        kept.append(role)
    kept.sort(key=lambda r: r["start"] or "")
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in kept]


def _cinfo_list(block: str, tag: str) -> list[str]:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    if not m:
        return []
    return [ln.split("#")[0].strip() for ln in m.group(1).splitlines() if ln.split("#")[0].strip()]


def _cinfo_title(tag: str) -> str | None:
    low = tag.lower()
    for key, title in (("prime minister", "Prime Minister"), ("chancellor", "Chancellor"),
                       ("president", "President"), ("heads of government", "Head of Government"),
                       ("heads of state", "Head of State"), ("king", "King")):
        if low.startswith(key) and "assembly" not in low and "council" not in low:
            return title
    return None


def _cinfo_terms(text: str) -> list[tuple[str | None, str | None]]:
    terms = []
    for m in re.finditer(r"\[(>)?(\d{8})?\s*(?:-\s*(\d{8}))?\]", text):
        start = _iso8(m.group(2))
        end = _CINFO_DATE if m.group(1) else _iso8(m.group(3))
        if start:
            terms.append((start, end))
    return terms


def _iso8(d: str | None) -> str | None:
    if not d or len(d) != 8:
        return None
    month, day = min(max(int(d[4:6]), 1), 12), min(max(int(d[6:8]), 1), 28 if d[4:6] == "02" else 30)
    return f"{d[:4]}-{month:02d}-{day:02d}"


def _office_title(label: str) -> str:
    low = label.lower()
    for key, title in (("vice", "Vice President"), ("prime minister", "Prime Minister"),
                       ("chancellor", "Chancellor"), ("president", "President"),
                       ("premier", "Prime Minister"), ("head of government", "Head of Government"),
                       ("monarch", "King"), ("king", "King"), ("queen", "King"), ("emir", "King")):
        if key in low:
            return title
    return "Head of State"


def _phoenix_entries(text: str):
    """Yield (names, [(code, start, end)]) from a TABARI actor dictionary."""
    names: list[str] = []
    codes: list[tuple[str, str | None, str | None]] = []
    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line[0] not in " \t+[":
            if names:
                yield names, codes
            names, codes = [], []
        head = re.split(r"\s*\[", line.strip().lstrip("+"), maxsplit=1)[0].strip()
        if head:
            names.append(head)
        for m in re.finditer(r"\[([A-Z]+)\s*(>)?(\d{6,8})?\s*-?\s*(\d{6,8})?\]", line):
            codes.append((m.group(1), _phoenix_date(m.group(3)), None if m.group(2) else _phoenix_date(m.group(4))))
    if names:
        yield names, codes


def _phoenix_date(d: str | None) -> str | None:
    if not d:
        return None
    if len(d) == 6:
        d = ("19" if int(d[:2]) > 40 else "20") + d
    return _iso8(d)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    b = Builder()
    b.load_mledoze()
    b.load_countryinfo()
    b.load_ngec()
    code_to_org = b.load_curated()
    b.load_heads()
    b.load_foreign_ministers()
    b.load_igo_officeholders(_IGO_POSITIONS)
    b.load_phoenix(code_to_org)
    b.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
