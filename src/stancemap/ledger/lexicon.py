"""Words, stems and phrase matching shared by relevance and polarity (lexicons loaded once)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..config import PACKAGE_DATA
from ..errors import ConfigError

LEXICON_DIR = PACKAGE_DATA / "lexicons"
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_APOS = re.compile(r"['’]s\b")
_NT = re.compile(r"n['’]t\b", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    """A word of a text: its stem and character offsets (into the text given to :func:`tokens`)."""

    stem: str
    start: int
    end: int


def stem(word: str) -> str:
    """A crude, deterministic stem: lowercase and common English suffixes off ("strikes" -> "strik")."""
    w = word.lower()
    if w in _NOT_INFLECTED:
        return _NOT_INFLECTED[w]  # "thing" is no "-ing" form of "th"
    if w in _IRREGULAR:
        w = _IRREGULAR[w]  # "fought" -> "fight", then stemmed as the base form
    if len(w) <= 2:
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if suffix == "s" and w.endswith("us"):
            break  # "bonus" is the singular of "bonuses" ("bonus"), not a plural of "bonu"
        if w.endswith(suffix) and len(w) - len(suffix) >= 2 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            if suffix in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "banned" -> "ban"
            break
    if len(w) >= 3 and w.endswith("e"):
        w = w[:-1]
    if w in _NEGATION_STEMS and word.lower() not in _NEGATION_STEMS:
        return w + "_"  # "noted", "notes" are not "not"
    return w


#: irregular past forms of verbs that stance lexicons use, mapped to their base form ("left", "said"
#: and "meant" stay as they are: they are also adjectives or too common to merge)
_IRREGULAR = {
    "fought": "fight", "kept": "keep", "took": "take", "taken": "take", "swore": "swear", "sworn": "swear",
    "held": "hold", "gave": "give", "given": "give", "brought": "bring", "sought": "seek", "stood": "stand",
    "chose": "choose", "chosen": "choose", "spoke": "speak", "spoken": "speak", "wrote": "write",
    "written": "write", "won": "win", "lost": "lose", "sent": "send", "struck": "strike", "broke": "break",
    "broken": "break", "froze": "freeze", "frozen": "freeze", "undid": "undo", "withdrew": "withdraw",
    "withdrawn": "withdraw", "overthrew": "overthrow", "began": "begin", "begun": "begin", "threw": "throw",
    "thrown": "throw", "drove": "drive", "driven": "drive", "came": "come", "became": "become", "went": "go",
    "gone": "go", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "ran": "run",
    "forbade": "forbid", "forbidden": "forbid", "forgone": "forgo", "forwent": "forgo", "made": "make",
    "built": "build", "rebuilt": "rebuild", "upheld": "uphold", "sold": "sell",
    "paid": "pay", "grew": "grow", "grown": "grow", "led": "lead", "spent": "spend",
    # a doubled "l" that the suffix rule keeps ("called" -> "call") but these verbs double only when inflected
    "expelled": "expel", "expelling": "expel", "compelled": "compel", "compelling": "compel",
    "controlled": "control", "controlling": "control", "patrolled": "patrol", "patrolling": "patrol",
    "annulled": "annul", "annulling": "annul", "repelled": "repel", "repelling": "repel",
}

#: words ending in "-ing" or "-s" that are no inflection, and their stems ("bring" is not "br-ing")
_NOT_INFLECTED = {
    "thing": "thing", "things": "thing", "nothing": "nothing", "something": "something", "anything": "anything",
    "everything": "everything", "bring": "bring", "brings": "bring", "king": "king", "kings": "king",
    "ring": "ring", "wing": "wing", "wings": "wing", "spring": "spring", "string": "string", "swing": "swing",
    "during": "during", "morning": "morning", "evening": "evening",
    # "use" would stem as the pronoun "us" (and the country "US"): "let us" is no use of weapons (v13)
    "use": "use", "used": "use", "uses": "use", "using": "use", "user": "user", "users": "user",
}

#: stems that must stay the negation words themselves
_NEGATION_STEMS = frozenset({"not", "no", "nor"})


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with offsets; "n't" reads as "not" and a possessive "'s" is dropped."""
    out: list[Token] = []
    masked = _APOS.sub("  ", text)
    for m in _WORD.finditer(masked):
        word = m.group(0)
        if word.lower() in ("n", "t"):
            continue
        # the country "US" is not the pronoun "us" (v13)
        out.append(Token("usa" if word == "US" else stem(word), m.start(), m.end()))
    for m in _NT.finditer(text):
        out.append(Token("not", m.start(), m.end()))
    out.sort(key=lambda t: t.start)
    # "don't" leaves "do" + "not"; "can't" leaves "ca" + "not"; both are fine for matching.
    return out


@functools.lru_cache(maxsize=1 << 18)
def stems_match(a: str, b: str) -> bool:
    """True when two stems are the same word family ("russia"/"russian", "ukrain"/"ukrainian")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 5:
        return False
    common = 0
    for x, y in zip(short, long_):
        if x != y:
            break
        common += 1
    # the longer word must not add much: "russia"/"russian" match, "member"/"membership" do not; what it
    # adds must be an ending, not another word ("obama"/"obamacare" do not match)
    if not (common >= 5 and common >= 0.8 * len(short) and common > 0.6 * len(long_)):
        return False
    if common < len(short):
        # the words part inside the shorter stem: a family when they share six letters ("democrat" /
        # "democracy", "criticiz" / "criticism") or only the shorter one's last vowel differs ("mexico" /
        # "mexican"); five shared letters and a consonant are a coincidence ("recoup" / "recount", "support" /
        # "suppose", "appeal" / "appear")
        rest, added = short[common:], long_[common:]
        if common >= 6 or short in _D_TO_S and added.startswith("s"):
            return True
        # "economy" / "economi"; "mexico" / "mexican" only with a demonym's ending ("revenue" / "revenge" do not)
        return rest in ("e", "y", "i") or (rest in ("a", "o", "u") and added in _DEMONYM_ENDINGS)
    return long_[common:] in _ENDINGS


#: irregular past participles ("the votes cast in", "should be kept", "were sent by"): one list for the target,
#: opposite and passive readers
IRREGULAR_PARTICIPLES = frozenset({
    "paid", "cast", "made", "held", "sent", "given", "taken", "won", "built", "sold", "spent", "brought", "kept",
    "left", "lost", "bought", "set", "put", "run", "shot", "hit", "seen", "known", "done", "drawn", "grown",
    "shown", "written", "chosen", "stolen", "frozen", "upheld", "torn", "withdrawn", "struck", "cut", "shut", "met"})


#: what a demonym adds after the vowel it replaces ("Mexic-an", "Canad-ian")
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ans", "ians", "ns"})
#: verbs whose nouns swap "d" for "s" ("defend" / "defense")
_D_TO_S = frozenset({"defend", "offend", "expand", "extend", "suspend"})


#: word endings a family member may add to a stem ("russia" + "n", "ukrain" + "ian", "refuge" + "es")
_ENDINGS = frozenset({"", "n", "an", "ian", "ans", "ns", "ese", "ish", "i", "is", "s", "es", "ic", "ist", "ism",
                      "al", "er", "ers", "ed", "ing", "e", "y", "ly", "ion", "ions", "ment",
                      # an adjective's verb and noun ("legal" / "legalize", "legalization")
                      "iz", "ization", "izations", "isation", "isations"})


@dataclass(frozen=True)
class Phrase:
    """A lexicon entry as stems; ``None`` is a gap of up to three words."""

    text: str
    parts: tuple[str | None, ...]


def compile_phrase(text: str) -> Phrase:
    """Compile a lexicon phrase ("tie * hand") into stems and gaps."""
    parts: list[str | None] = []
    for word in text.split():
        parts.append(None if word == "*" else stem(word))
    return Phrase(text, tuple(parts))


def find_phrase(phrase: Phrase, toks: list[Token], start: int = 0) -> list[tuple[int, int]]:
    """All (first, last) token index pairs where ``phrase`` matches in ``toks``."""
    hits = []
    for i in range(start, len(toks)):
        end = _match_from(phrase.parts, toks, i)
        if end is not None:
            hits.append((i, end))
    return hits


def match_at(phrase: Phrase, toks: list[Token], i: int) -> int | None:
    """Index of the last token of a match of ``phrase`` that starts at ``toks[i]``, else None."""
    return _match_from(phrase.parts, toks, i)


def _match_from(parts: tuple[str | None, ...], toks: list[Token], i: int) -> int | None:
    """Index of the last token of a match of ``parts`` starting at ``toks[i]``, else None."""
    if not parts:
        return i - 1
    head, rest = parts[0], parts[1:]
    if head is None:
        for skip in range(0, 4):
            end = _match_from(rest, toks, i + skip)
            if end is not None:
                return end
        return None
    if i >= len(toks) or toks[i].stem != head:
        return None
    return _match_from(rest, toks, i + 1)


@functools.lru_cache(maxsize=8)
def load_lexicon(name: str) -> dict[str, Any]:
    """Load ``data/lexicons/<name>.yaml`` once."""
    path = Path(LEXICON_DIR / f"{name}.yaml")
    if not path.is_file():
        raise ConfigError(f"lexicon {path} is missing: reinstall stancemap (pip install -e .)")
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ConfigError(f"lexicon {path} must be a YAML mapping")
    return data


@functools.lru_cache(maxsize=8)
def phrases(name: str, key: str) -> tuple[Phrase, ...]:
    """The compiled phrases of list ``key`` in lexicon ``name``."""
    data = load_lexicon(name)
    value = data.get(key)
    if not isinstance(value, list):
        raise ConfigError(f"lexicon {name}.yaml has no list {key!r}")
    return tuple(compile_phrase(str(v)) for v in value)

