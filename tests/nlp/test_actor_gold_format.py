"""Format checks of the actor-linking gold set (``evaluation/gold/actor_links.jsonl``).

Offsets must re-slice to the stored surface against the shared data, ids must follow the project's id
scheme, and the file must hold annotations only (never article text).
"""
from __future__ import annotations

import csv
import json
import re

import pytest

from stancemap.evaluation.actor_linking import GOLD_PATH, load_gold

ID_PATTERNS = {
    "country": re.compile(r"^country:[A-Z]{3}$"),
    "gov": re.compile(r"^gov:[A-Z]{3}$"),
    "person": re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$"),
    "org": re.compile(r"^org:([A-Z0-9]+|[a-z0-9]+(-[a-z0-9]+)*)$"),
    "group": re.compile(r"^group:[a-z0-9]+(-[a-z0-9]+)*$"),
    "anon": re.compile(r"^anon:[a-z0-9]+(-[a-z0-9]+)*$"),
}
FORMER_ISO3 = {"SUN"}  # ISO 3166-3 codes of former countries (the Soviet Union)
MAX_SURFACE = 80  # a mention is a name, never a passage of the article


@pytest.fixture(scope="module")
def gold():
    return load_gold()


@pytest.fixture(scope="module")
def raw_rows():
    return [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_actor_gold_has_enough_articles(gold):
    assert len(gold) >= 22
    assert len({g.file for g in gold}) == len(gold), "an article is annotated twice"
    assert sum(len(g.mentions) for g in gold) >= 400


def test_actor_gold_records_hold_only_annotations(raw_rows):
    for row in raw_rows:
        assert set(row) == {"file", "published", "mentions"}
        for m in row["mentions"]:
            assert set(m) == {"start", "end", "text", "actor"}
            assert 0 < len(m["text"]) <= MAX_SURFACE


def test_actor_gold_paths_point_into_shared_sets(gold):
    for g in gold:
        assert re.match(r"^(polnear/data/dev/text/[\w.-]+\.txt|geowebnews/brat/\d+\.txt)$", g.file), g.file


def test_actor_gold_ids_follow_scheme(gold):
    for g in gold:
        for m in g.mentions:
            kind = m.actor.split(":", 1)[0]
            assert kind in ID_PATTERNS, f"{g.file}: unknown id kind {m.actor}"
            assert ID_PATTERNS[kind].match(m.actor), f"{g.file}: {m.actor} breaks the id scheme"


def test_actor_gold_mentions_sorted_and_disjoint(gold):
    for g in gold:
        ends = -1
        for m in g.mentions:
            assert m.start < m.end
            assert m.start >= ends, f"{g.file}: overlapping or unsorted mention at {m.start}"
            ends = m.end


@pytest.mark.shared
def test_actor_gold_offsets_reslice_to_surface(gold, shared_data):
    for g in gold:
        text = (shared_data / g.file).read_text(encoding="utf-8")
        for m in g.mentions:
            assert text[m.start:m.end] == m.text, f"{g.file}:{m.start}-{m.end} gives {text[m.start:m.end]!r}"


@pytest.mark.shared
def test_actor_gold_country_codes_exist(gold, shared_data):
    path = shared_data / "mledoze_countries" / "countries.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    codes = {c["cca3"] for c in json.loads(path.read_text(encoding="utf-8"))} | FORMER_ISO3
    for g in gold:
        for m in g.mentions:
            if m.actor.startswith(("country:", "gov:")):
                assert m.actor.split(":", 1)[1] in codes, f"{g.file}: {m.actor} is no ISO 3166 alpha-3 code"


@pytest.mark.shared
def test_actor_gold_polnear_dates_match_metadata(gold, shared_data):
    with open(shared_data / "polnear" / "data" / "metadata.tsv", encoding="utf-8") as f:
        dates = {row["filename"]: row["publication_date"] for row in csv.DictReader(f, delimiter="\t")}
    for g in gold:
        if g.file.startswith("polnear/"):
            name = g.file.rsplit("/", 1)[1].removesuffix(".txt")
            assert g.published is not None and g.published.isoformat() == dates[name], g.file
