"""Stage two of a stance decision: which way does a relevant text lean on the question?

Polarity is composed through the text, not counted: each operator found (negation, restriction,
reversal, refusal, endorsement, harm, condition) multiplies the sign of the question's action:

* "lift / end / ease a ban on X" = reversal x restriction = for X (+/-effect verbs, Choi & Wiebe 2014);
* "refuse to allow X" = refusal x endorsement = against X;
* "does not oppose" = negation x refusal = for;
* "prohibitions against X harm Ukraine" = harm x restriction = for X (a harm counts only when it
  evaluates a restriction in the same clause);
* "with certain limitations" keeps the stance but makes it conditional; "only on Ukrainian territory"
  leaves no room for an action on the question's place, so it is oppose.

Operator words live in ``data/lexicons/stance.yaml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..model import Question
from ..nlp.actors.persons import word_gender
from .anchors import HEAD_NOUNS, person_genders, question_names
from .judged import find_judgement
from .opposites import (action_groups, entry_stems, find_opposites, opposite_stems, pronoun_object, rejected_spans,
                        statement_opposites)
from .relevance import core_hit, question_terms
from .target import (EVALUATION_WINDOW, acts_on_patient, bans_patient, criticism_stems, effects, evaluation_of,
                     head_pointers, mentions_patient, name_positions, object_names, patient_positions, policy_pointers,
                     question_object, question_target)
from .lexicon import (IRREGULAR_PARTICIPLES, Phrase, Token, compile_phrase, find_phrase, load_lexicon, phrases, stem,
                      stems_match, tokens)

LEXICON = "stance"
#: operator categories and their sign, matched longest phrase first
_CATEGORIES: tuple[tuple[str, int], ...] = (
    ("negation_void", 1), ("neutral", 0), ("refusal", -1), ("reversal", -1), ("restriction", -1),
    ("harm", -1), ("evaluation", -1), ("endorse", 1), ("efficacy", 1), ("negation", -1),
)
_LOCATIVE = {"on", "in", "inside", "within", "into", "over", "across"}


@dataclass(frozen=True)
class Operator:
    """One operator found in a text: its category, sign and token range."""

    category: str
    sign: int
    first: int
    last: int
    text: str


@dataclass(frozen=True)
class Polarity:
    """The composed polarity of one text towards one question.

    ``stance`` is None when the text carries no decidable attitude (no operator, or a construction the
    rules refuse to guess).  ``condition`` is the condition text as written, when there is one.
    """

    stance: str | None
    sign: int = 0
    condition: str | None = None
    operators: tuple[Operator, ...] = field(default_factory=tuple)
    reason: str = ""

    @property
    def strength(self) -> float:
        """A rough clarity in [0, 1]: more operators mean a longer chain, slightly less sure."""
        if self.stance is None:
            return 0.0
        n = len([o for o in self.operators if o.category != "negation_void"])
        return max(0.5, 1.0 - 0.08 * max(0, n - 2))


@functools.lru_cache(maxsize=1)
def _condition_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    conds = load_lexicon(LEXICON)["conditions"]
    return {kind: tuple(re.compile(p) for p in conds.get(kind, [])) for kind in ("exclusive", "partial", "timing")}


@functools.lru_cache(maxsize=1)
def _third_party() -> re.Pattern[str]:
    return re.compile(load_lexicon(LEXICON)["third_party_relative"])


@functools.lru_cache(maxsize=1)
def _third_party_people_pattern() -> re.Pattern[str]:
    return re.compile(load_lexicon(LEXICON)["third_party_people"])


#: words before "the people who ..." that make the speaker address them or count himself among them
_ADDRESSING = re.compile(r"\b(?:ask|asking|asks|urge|urging|urges|call on|calling on|encourage|encouraging|need|want|"
                         r"tell|telling|invite|inviting|all|we are|we're|we’re|i am|i'm|i’m|us)\b[^.;:]*$")


def _third_party_people(lowered: str) -> bool:
    """True when a quote talks of other people's attitude ("they only target the people who can't vote against it"),
    not when it asks them to act or counts the speaker among them.  v14."""
    return any(not _ADDRESSING.search(lowered[max(0, m.start() - 40):m.start()])
               for m in _third_party_people_pattern().finditer(lowered))


@functools.lru_cache(maxsize=1)
def _glue() -> frozenset[str]:
    return frozenset(stem(str(w)) for w in load_lexicon(LEXICON)["restriction_glue"])


@functools.lru_cache(maxsize=1)
def _cue_attitudes() -> tuple[tuple[Phrase, int], ...]:
    """Cue phrases with their attitude ("vote for" +1, "come out against" -1); the refusal operators
    ("decried", "skeptical of") count too."""
    att = load_lexicon(LEXICON)["cue_attitude"]
    out = {" ".join(str(part) for part in p.parts): (p, -1) for p in phrases(LEXICON, "refusal")
           if p.parts and p.parts[0] and None not in p.parts}
    for key, sign in (("endorse", 1), ("refusal", -1)):
        for word in att.get(key, []):
            phrase = compile_phrase(str(word))
            out[" ".join(str(part) for part in phrase.parts)] = (phrase, sign)
    return tuple(out.values())


def question_place(question: Question) -> tuple[str, ...]:
    """Stems of the place the question's action happens in ("on Russian territory" -> russian, territory)."""
    toks = tokens(question.statement)
    for i, tok in enumerate(toks):
        if tok.stem in _LOCATIVE and i + 1 < len(toks):
            return tuple(t.stem for t in toks[i + 1:i + 4] if t.stem not in ("the", "th", "its", "it"))
    return ()


def find_conditions(text: str, question: Question) -> tuple[str | None, bool, list[tuple[int, int]]]:
    """The condition in ``text``: (condition text, exclusive?, character ranges to mask)."""
    low = text.lower()
    place = question_place(question)
    for kind in ("exclusive", "partial", "timing"):
        for pat in _condition_patterns()[kind]:
            m = pat.search(low)
            if not m:
                continue
            # a pattern may keep only its named group "cond" as the condition ("would back it | if ...")
            start, end = (m.start("cond"), m.end("cond")) if "cond" in pat.groupindex else (m.start(), m.end())
            exclusive = kind == "exclusive" and place and not _names_place(text[start:end], place)
            return text[start:end], bool(exclusive), [(start, end)]
    return None, False, []


def _timing(condition: str) -> bool:
    """True when the condition only says when ("at the completion of the audit")."""
    return any(p.search(condition.lower()) for p in _condition_patterns()["timing"])


def _names_place(condition: str, place: tuple[str, ...]) -> bool:
    """True when the condition's place starts with the question's place ("only in Russian border areas")."""
    toks = [t.stem for t in tokens(condition)]
    after = [t for t in toks[1:] if t not in _LOCATIVE and t not in ("th", "it", "their", "be", "us")]
    return bool(after) and any(stems_match(after[0], p) for p in place)


def find_operators(toks: list[Token]) -> list[Operator]:
    """Every operator in the token list, longest phrases first, each token used once."""
    candidates: list[tuple[int, int, str, int, Phrase]] = []
    for category, sign in _CATEGORIES:
        for phrase in phrases(LEXICON, category):
            for first, last in find_phrase(phrase, toks):
                candidates.append((first, last, category, sign, phrase))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    used: set[int] = set()
    found: list[Operator] = []
    for first, last, category, sign, phrase in candidates:
        span = set(range(first, last + 1))
        if span & used:
            continue
        used |= span
        found.append(Operator(category, sign, first, last, phrase.text))
    found.sort(key=lambda o: o.first)
    return _merge_restrictions(found, toks)


_COORD = frozenset({"and", "or", "nor", "even"})


def _merge_restrictions(ops: list[Operator], toks: list[Token]) -> list[Operator]:
    """Restriction words joined by glue ("restriction preventing", "prohibitions against") count once,
    and so do coordinated words of one category ("stupid, useless"; "unacceptable and antithetical") and
    negations of one verb ("cannot and will not", :func:`_repeats_negation`)."""
    merged: list[Operator] = []
    for op in ops:
        prev = merged[-1] if merged else None
        if prev and prev.category == op.category and op.category in ("refusal", "endorse", "harm") \
                and all(toks[k].stem in _COORD for k in range(prev.last + 1, op.first)):
            merged[-1] = Operator(op.category, op.sign, prev.first, op.last, f"{prev.text} {op.text}")
            continue
        if op.category == "negation" and _repeats_negation(merged, toks, op):
            continue  # "cannot and will not support", "cannot and I will not", "won't and can't": one negation
        if prev and prev.category == "restriction" and op.category in ("restriction", "refusal") \
                and all(toks[k].stem in _glue() for k in range(prev.last + 1, op.first)) \
                and op.first - prev.last <= 3:
            merged[-1] = Operator("restriction", -1, prev.first, op.last, f"{prev.text} {op.text}")
            continue
        merged.append(op)
    return merged


#: words that may stand between two negations of one verb ("cannot and will not", "cannot and I must not");
#: "ca"/"wo"/"sha" are what "can't"/"won't"/"shan't" leave
_NEGATED_AUXILIARIES = frozenset(stem(w) for w in (
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did", "is", "are",
    "was", "were", "have", "has", "had", "ca", "wo", "sha", "i", "we", "you", "he", "she", "they", "it", "simply",
    "just"))


def _repeats_negation(merged: list[Operator], toks: list[Token], op: Operator) -> bool:
    """True when ``op`` negates the same verb as an earlier negation: only a coordinator, auxiliaries,
    pronouns and modal operators ("must", "should") stand between them, or ``op`` is the "nor" that
    continues it ("did not, nor will I, support"; "neither he nor I will support")."""
    earlier = next((o for o in reversed(merged) if o.category == "negation"), None)
    if earlier is None:
        return False
    between = [toks[k].stem for k in range(earlier.last + 1, op.first)]
    coordinated = any(w in ("and", "or", "nor") for w in between) or toks[op.first].stem == "nor"
    return coordinated and all(w in _COORD or w in _NEGATED_AUXILIARIES for w in between)


def compose(text: str, question: Question, cue: str | None = None) -> Polarity:
    """Compose the polarity of ``text`` towards ``question``.

    Args:
        text: a clause or content span that is already known to be relevant.
        question: the question (its place decides whether an "only in X" condition leaves room).
        cue: the reporting verb whose attitude applies to the text ("urged", "rejected"), if any.
    Returns:
        a :class:`Polarity`; ``stance`` None means undecidable (drop it, do not call it neutral).
    """
    if _no_comment(f"{cue or ''} {text}"):
        return Polarity(None, reason="declined to comment")
    text = _PRIORITY.sub(r"prioritized \1", text)  # "made closing the prison a top priority"
    if cue and (_cue_sign(cue) is None and _joins(cue, text) or _states_action(tokens(cue), _action_stems(question.statement))):
        # the cue and its content make one phrase: "introduced" + "a bill to raise the gas tax"; a cue that is
        # the question's own action ("withdrew" + "the troops from Syria") states it rather than refusing
        text, cue = f"{cue} {text}", None
    pieces = [p for p in _PIECES.split(text) if p.strip()]
    if len(pieces) > 1:
        return _combine([_compose_one(p, question, cue) for p in pieces])
    return _compose_one(_clause_of_the_action(text, question), question, cue)


#: contrast clauses inside one text ("paying no taxes was smart, although he refused to release his returns")
#: ("but" is left out: "Christian refugees but not Muslims" is one position with its condition)
_CONTRAST = re.compile(r",?\s+(?:although|though|whereas|while)\s+|;\s+", re.IGNORECASE)


def _clause_of_the_action(text: str, question: Question) -> str:
    """The contrast clause of ``text`` that states the question's action when the others do not ("that paying no
    income taxes was smart, although he again refused to pledge to release his tax returns" is about releasing
    them); the whole text otherwise.  v11."""
    parts = [p for p in _CONTRAST.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    action = _action_stems(question.statement)
    stating = [p for p in parts if _states_action(tokens(p), action)]
    if not stating or len(stating) == len(parts):
        return text
    # only when the other clauses take no side themselves ("she would never support that, while the president
    # wants to send weapons" is her refusal; "cutting taxes would not work" is a verdict)
    others = [p for p in parts if p not in stating]
    if any(o.category in _SIDE_TAKING or o.category == "efficacy" for p in others for o in find_operators(tokens(p))):
        return text
    return " ".join(stating)


def _no_comment(text: str) -> bool:
    """True when the text declines to comment ("declined to comment on the ads", "did not respond to")."""
    toks = tokens(text)
    return any(find_phrase(p, toks) for p in phrases(LEXICON, "no_comment"))


#: sentences, lines that end one, and quotes that follow a closed quote (a pull quote over the paragraph that
#: repeats it: "'Not happy' \"... we are not happy with ...\"", v15).  A line break inside a
#: hard-wrapped sentence splits nothing, nor does a plural possessive ("the owners' \"scrap it\" campaign").
_PIECES = re.compile(r"(?<=[.!?;])\s+|(?<=[.!?;:'’\"”])\s*\n\s*|(?<=[A-RT-Za-rt-z]['’])\s+(?=[\"“])|(?<=\w[\"”])\s+(?=[\"“])")
#: "made X a (top) priority": the thing made a priority, as the object of "prioritized" ("a low priority" is not)
_PRIORITY = re.compile(r"\b(?:make|makes|made|making)\s+((?:(?!\b(?:that|which|who|whether)\b)[^,;.]){3,80}?)"
                       r"\s+(?:a|an|the|his|her|their|its|our|my)\s+(?:(?:top|key|main|first|highest|high|major|"
                       r"central|chief|big|real|personal|legislative|national)\s+)?priority\b", re.IGNORECASE)


def _joins(cue: str, text: str) -> bool:
    """True when an endorse, refusal or neutral phrase starts in a cue that has no attitude of its own: it
    runs into the content ("introduced" + "a bill to") or is one the cue lexicon leaves out ("is open to",
    "remains undecided on")."""
    n = len(tokens(cue))
    return any(o.first < n and o.category in ("endorse", "refusal", "neutral")
               for o in find_operators(tokens(f"{cue} {text}")))


def _combine(parts: list[Polarity]) -> Polarity:
    """Coordinated sentences are composed one by one; they must agree ("I will stop it. I oppose it.")."""
    decided = [p for p in parts if p.stance is not None]
    if not decided:
        return parts[0]
    if len({p.stance for p in decided}) > 1:
        return Polarity(None, 0, None, tuple(o for p in decided for o in p.operators), "sentences disagree")
    return decided[0]


#: "was one of the senators who blocked ...": the subject is a member of the group the relative clause
#: describes, so the clause is the subject's own (not a third party's inside someone's words)
_MEMBERSHIP = re.compile(r"^\s*(?:was|is|were|are|has been|had been|remains?|became)\s+(?:among|one of)\b"
                         r"[^,;:]*?\b(?:who|that)\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _topic_restriction_stems() -> frozenset[str]:
    return frozenset(stem(str(w)) for w in load_lexicon(LEXICON).get("topic_restriction", []))


def _with_topic_restrictions(ops: list[Operator], text: str, question: Question) -> list[Operator]:
    """``ops`` plus the restriction words that count only on a question that names them (lexicon
    ``topic_restriction``: "sanctions", "tariffs" when the question is about lifting or imposing them).  v11."""
    named = {t.stem for t in tokens(" ".join([question.statement, *question.keywords]))} & _topic_restriction_stems()
    if not named:
        return ops
    toks = tokens(text)
    used = {k for o in ops for k in range(o.first, o.last + 1)}
    extra = [Operator("restriction", -1, k, k, t.stem) for k, t in enumerate(toks) if t.stem in named and k not in used]
    return _merge_restrictions(sorted([*ops, *extra], key=lambda o: o.first), toks) if extra else ops


#: a relative clause set off by commas ("the town, which has no debt, will reject ...")
_ASIDE = re.compile(r",\s*(?:which|who)\s[^,;:()]*,")


def _without_asides(text: str, question: Question) -> str:
    """``text`` with its comma-bounded relative clauses blanked when they say nothing of the question: a negation
    in one ("which has no debt") does not turn the main clause round.  v11."""
    terms = question_terms(question)

    def keep(aside: str) -> bool:
        # an aside that names the question or has a person as its subject ("which she opposes", "which he fiercely
        # opposed") is part of the stance; one about a thing ("which has been blocked in the courts") is not
        return core_hit(aside, terms) or bool(_PERSONAL.search(aside))

    return _ASIDE.sub(lambda m: m.group(0) if keep(m.group(0)) else " " * len(m.group(0)), text)


_PERSONAL = re.compile(r"\b(?:he|she|they|i|we|you)\b", re.IGNORECASE)
_SIDE_TAKING = frozenset({"refusal", "endorse", "reversal", "restriction", "evaluation", "harm"})


#: "suspended her campaign", "is ending his presidential bid", "ended his bid for a second term": the candidate
#: drops out (v19); a campaign "for more" or "for new" things is a cause, not a candidacy
_CANDIDACY_ENDED = re.compile(
    r"\b(?P<verb>suspend(?:s|ed|ing)?|end(?:s|ed|ing)?|abandon(?:s|ed|ing)?|halt(?:s|ed|ing)?|quit(?:s|ting)?|"
    r"terminat(?:e|es|ed|ing))\s+(?:his|her|their|its|my|our|the)\s+"
    r"(?:(?:\d{4}|presidential|white house|senate|gubernatorial|mayoral|primary|long-shot|insurgent)\s+)*"
    r"(?:campaign|candidacy|bid|run)\b(?!\s+(?:for|to)\s+(?:(?:a|an)\s+)?(?:more|new)\b)", re.IGNORECASE)


def _drop_out_form(verb: str) -> str:
    """"dropped out" for "suspended", "dropping out" for "quitting" ...: the verb's tense kept."""
    verb = verb.lower()
    if verb.endswith("ing"):
        return "dropping out"
    if verb.endswith("ed"):
        return "dropped out"
    if verb.endswith("s"):
        return "drops out"
    return "drop out"


def _candidacy_ended(text: str, question: Question) -> str:
    """The text with a candidate's campaign ended written as dropping out (same length), when the question's
    action is dropping out: "suspend" would otherwise read as a restriction, and "her campaign on Tuesday" as
    campaigning on something.  v19."""
    if "drop out" not in _action_stems(question.statement):
        return text
    return _CANDIDACY_ENDED.sub(lambda m: _drop_out_form(m.group("verb")).ljust(len(m.group(0))), text)


def _compose_one(text: str, question: Question, cue: str | None = None) -> Polarity:
    text = _candidacy_ended(text, question)
    text = _MEMBERSHIP.sub(lambda m: " " * len(m.group(0)), text, count=1)
    text = _EITHER_WAY.sub(lambda m: " " * len(m.group(0)), text)
    text = _without_asides(text, question)
    if _third_party().search(text.lower()) or _third_party_people(text.lower()):
        return Polarity(None, reason="third-party relative clause")
    sanctioned = _sanctioned(text, question, cue)
    if sanctioned is not None:
        return sanctioned
    condition, exclusive, masked = find_conditions(text, question)
    plain = _mask(text, masked)
    ops = _restrictions_of_the_policy(_with_opposites(_with_topic_restrictions(find_operators(tokens(plain)), plain,
                                                                                question), plain, question), plain,
                                      question)
    ops = _reversals_of_the_policy(ops, tokens(plain), plain, question)
    ops = _without_attitudes_to_other_terms(ops, tokens(plain), question)
    ops = _without_stray_restrictions(ops, tokens(plain), plain, question)
    ops = _without_the_action(ops, tokens(plain), question)
    ops = _without_measured_support(ops, tokens(plain), plain)
    ops = _without_others_positions(ops, tokens(plain), plain)
    ops = _without_judged_drives(ops, tokens(plain), plain)
    if cue and _cue_sign(cue) is not None or any(o.category == "refusal" for o in ops):
        ops = [o for o in ops if o.category != "evaluation"]  # one attitude, said twice
    ops = _verdicts_on_critics(_one_verdict(ops, tokens(plain)), tokens(plain), plain)
    if any(o.category == "neutral" for o in ops):
        return Polarity("neutral", 0, None, tuple(ops), "explicit neutrality")
    if _embedded_question(tokens(plain), ops, plain) or _cue_asks(cue, plain):
        return Polarity(None, 0, None, tuple(ops), "embedded question")
    judged = _judged_action(plain, ops, question, cue, condition)
    if judged is not None:
        return judged
    on_patient = _patient_polarity(tokens(plain), ops, question, cue, condition)
    if on_patient is not None:
        return on_patient
    threat = _threat_sign(text, question)
    if threat is not None:
        # "will leave if the amendment is passed", "threatened to veto the bill if it passes" (whatever else the
        # text plans: "planned to study here but will leave if ...")
        return Polarity(_LABELS_BY_SIGN[threat], threat, None, tuple(ops), "a threat against the action")
    sign, active = _sign(ops, tokens(plain))
    if not active and _names_action(tokens(plain), question, plain):
        # the text states the question's own action ("we will build a wall", "would not accept refugees")
        active = True
    # a verdict or harm word beside it ("the plan to halt deportations is dangerous") is composed as before
    judging = any(o.category in ("evaluation", "harm", "efficacy") for o in ops)
    undone = None if judging else _undoing_the_action(find_operators(tokens(plain)), tokens(plain), question)
    if undone is not None:
        sign, active = undone, True
    elif any(o.category == "restriction" for o in ops):
        # the text names a restriction: when the question's own action is one, they are the same thing
        sign *= statement_sign(question)
        if not judging:
            sign *= _verdict_on_restriction(tokens(plain), ops, question) or 1
    cue_sign = _cue_sign(cue)
    if cue_sign is None and cue and _cue_undoes_action(cue, question):
        cue_sign = -1  # "a dogged defender of" the ACA, against repealing it
    if cue and _accuses_of_claim(cue, tokens(plain), question):
        cue_sign, sign, active = 1, 1, True  # "accused the judge of bias" asserts "the judge is biased" (v18)
    if cue_sign is not None:
        sign *= cue_sign
        active = True
    if not active:
        ptoks = tokens(plain)
        action = _action_stems(question.statement)
        names = object_names(question)
        candidacy = _candidacy(question)
        if candidacy:  # the candidate, the statement's subject, by surname too ("Clinton is a liar"), v14
            names = (*names, *((stem(n.words[-1].lower()),) for n in question_names(question).names
                               if n.subject and len(n.words) > 1))
        judged = evaluation_of(ptoks, sorted(set(name_positions(ptoks, names) + policy_pointers(ptoks, plain)
                                                 + ([] if candidacy or question_target(question) is not None
                                                    else head_pointers(ptoks, names))
                                                 + [k for k, t in enumerate(ptoks) if t.stem in action])), names,
                               person=candidacy)
        if judged:
            # no operator, but a judgement of the question's object or action ("the bill is ripe for abuse",
            # "repealing the act would be a disaster")
            sign, active = judged * (cue_sign or 1), True
    if not active and (condition is None or _timing(condition)):
        # a time alone ("will decide at the end of the audit") takes no side
        return Polarity(None, 0, None, tuple(ops), "no stance operator")
    if sign < 0 and condition is not None and condition.lower().startswith("unless") \
            and any(o.category == "negation" for o in ops):
        sign = -sign  # "will not accept it unless Y" accepts it if Y
    part = _part_refused(tokens(plain), ops, plain) if sign < 0 else None
    if part is not None:
        sign, condition = 1, part  # "would reject a third of the money": the rest is taken (v20)
    return _label(sign, condition, exclusive, tuple(ops))


#: a share of something: "a third of", "part of", "some of", "half of" (not "most of", "all of")
_PART = re.compile(r"^\s*(?:(?:nearly|almost|about|roughly|only|just|some)\s+)?(?:(?:a|one|two)\s+)?"
                   r"(?:part|parts|portion|portions|third|thirds|quarter|quarters|fraction|share|chunk|some|half|fifth|"
                   r"tenth)\s+of\b[^,.;]*", re.IGNORECASE)


def _part_refused(toks: list[Token], ops: list[Operator], text: str) -> str | None:
    """The share a lone refusal takes ("would reject nearly a third of the money"), as the condition of taking the
    rest; None when the refusal is of the whole or is negated.  v20."""
    refusals = [o for o in ops if o.category == "refusal"]
    if len(refusals) != 1 or any(o.category in ("negation", "reversal", "restriction") for o in ops):
        return None
    op = refusals[0]
    found = _PART.match(text[toks[op.last].end:]) if op.last < len(toks) else None
    return f"refuses {found.group(0).strip()}" if found else None


_COPULAS = frozenset(stem(w) for w in ("is", "are", "was", "were", "be", "been", "being", "remain", "remains", "seem",
                                       "seems"))
_CLAIM_SKIP = frozenset(stem(w) for w in ("a", "an", "the", "very", "too", "so", "clearly", "largely", "mostly",
                                          "fully", "really", "truly"))
_CLAIM_NEGATIONS = frozenset(stem(w) for w in ("not", "never", "no", "hardly", "cannot", "nothing"))
_ACCUSE = frozenset(stem(w) for w in ("accuse", "accused", "accuses", "accusing", "allege", "alleged", "alleges",
                                      "charge", "charged", "charges"))
_NOT_PREDICATE = frozenset(stem(w) for w in ("to", "in", "on", "at", "of", "for", "by", "with", "from", "that", "it",
                                             "there", "one", "time", "up", "out"))


@functools.lru_cache(maxsize=256)
def claim_predicate(statement: str) -> str | None:
    """The stem of what a claim says of its subject ("Judge Ruiz is biased against X" -> "bias", "The election
    was rigged" -> "rig"): the first word after the statement's copula.  None for a call for action (a modal
    before the copula: "should be banned"), a negated claim, or a statement with no copula.  v18."""
    toks = tokens(re.sub(r"\([^)]*\)", " ", statement))
    for k, tok in enumerate(toks):
        if tok.stem not in _COPULAS:
            continue
        if any(t.stem in MODAL_STEMS or t.stem in _CLAIM_NEGATIONS for t in toks[max(0, k - 3):k + 2]):
            return None
        for t in toks[k + 1:k + 4]:
            if t.stem in _CLAIM_SKIP:
                continue
            word = statement[t.start:t.end]
            return t.stem if word.isalpha() and word.islower() and t.stem not in _NOT_PREDICATE else None
        return None
    return None


def _same_word(a: str, b: str) -> bool:
    """Stems of one word family ("bias" from "biased", "bia" from "bias")."""
    return a == b or min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 2


def _accuses_of_claim(cue: str, toks: list[Token], question: Question) -> bool:
    """True for an accusation of the claim's predicate ("accused Judge Ruiz of bias"): it asserts the claim."""
    predicate = claim_predicate(question.statement)
    if predicate is None or not any(t.stem in _ACCUSE for t in tokens(cue)):
        return False
    return any(_same_word(t.stem, predicate) for t in toks)


#: what stands before a restriction noun ("the fracking ban", "a ban on", "its moratorium")
_RESTRICTION_DETERMINERS = frozenset(stem(w) for w in ("the", "a", "an", "this", "that", "its", "their", "his", "her",
                                                       "our", "any"))


def _verdict_on_restriction(toks: list[Token], ops: list[Operator], question: Question) -> int:
    """-1 or +1 for a verdict on a restriction the text names ("the fracking ban is a disaster", "a ban on
    fracking would be a good idea"), read after the restriction word or the question's name that follows it;
    0 for none.  v18."""
    names = object_names(question)
    after = name_positions(toks, names)
    name_words = {w for name in names for w in name}
    positions = []
    for op in ops:
        if op.category == "restriction":
            j = op.first - 1
            while j >= 0 and toks[j].stem in name_words:
                j -= 1
            if j < 0 or toks[j].stem not in _RESTRICTION_DETERMINERS:
                continue  # a verb ("will stop any deal that kills jobs"): the verdict is on its object
            positions.append(op.last)
            positions += [k for k in after if op.last < k <= op.last + 4]
    verdict = evaluation_of(toks, sorted(set(positions)), names)
    if verdict and positions:
        # the verdict's own negation ("is not a disaster") was counted in the operators' sign already
        start = min(positions)
        twice = sum(1 for o in ops if o.category == "negation" and start < o.first <= start + EVALUATION_WINDOW + 4)
        verdict *= (-1) ** twice
    return verdict


def _one_verdict(ops: list[Operator], toks: list[Token]) -> list[Operator]:
    """Verdict words with no negation or other operator between them are one verdict ("preposterous ... unwarranted
    inquiry" is not a double negative).  v15."""
    out: list[Operator] = []
    for op in ops:
        if op.category == "evaluation" and out and out[-1].category == "evaluation" \
                and not _governs_naming(toks, out[-1].last, op.first):
            continue
        out.append(op)
    return out


def _verdicts_on_critics(ops: list[Operator], toks: list[Token], text: str) -> list[Operator]:
    """A verdict on criticism of a measure is for the measure: "criticism of the levy was unwarranted", "the attacks
    on the plan are politically motivated", "fears about it were unjustified".  The critics' noun heads the subject
    of a "be" right before the verdict, in the verdict's own clause ("concerns that the levy is unjust" judges the
    levy).  v15."""
    out = []
    for op in ops:
        if op.category == "evaluation" and op.sign < 0 and _judges_critics(toks, text, op.first):
            op = Operator("evaluation", 1, op.first, op.last, op.text)
        out.append(op)
    return out


def _judges_critics(toks: list[Token], text: str, first: int) -> bool:
    j = first - 1
    while j >= 0 and toks[j].stem in _VERDICT_GAP:
        j -= 1
    if j < 0 or toks[j].stem not in _BE:
        return False
    start = j
    while start > 0 and toks[start - 1].stem not in _CLAUSE_OPENERS | _SUBJECT_OPENERS \
            and not re.search(r"[,;:!?()\"“”]", text[toks[start - 1].end:toks[start].start]) and j - start < 15:
        start -= 1
    head = _object_head(toks, text, start)
    return head is not None and head < j and toks[head].stem in _CRITIC_NOUNS


#: words between "be" and a verdict ("were simply unjustified", "are a politically motivated")
_VERDICT_GAP = frozenset(stem(w) for w in ("a", "an", "the", "so", "very", "completely", "totally", "entirely", "simply",
                                           "clearly", "just", "not", "also", "utterly", "wholly", "largely", "all"))
_SUBJECT_OPENERS = frozenset(stem(w) for w in ("show", "shows", "showed", "prove", "proves", "suggest", "suggests",
                                               "mean", "means", "claim", "claims", "argue", "argues", "insist",
                                               "insists", "warn", "warns", "concern", "concerns"))


#: nouns of criticism and alarm a verdict may judge instead of the measure, v15
_CRITIC_NOUNS = frozenset(stem(w) for w in ("criticism", "criticisms", "critic", "critics", "attack", "attacks", "fear",
                                            "fears", "claim", "claims", "charge", "charges", "allegation",
                                            "allegations", "complaint", "complaints", "concern", "concerns",
                                            "objection", "objections", "outcry", "accusation", "accusations"))


def _governs_naming(toks: list[Token], last: int, nxt: int) -> bool:
    """True when the verdict ending at ``last`` governs a naming verb before the next verdict: "irresponsible to call
    the levy unconstitutional", "disgraceful if the court declared it unconstitutional" (not "unjustified, and the
    court ruled it unconstitutional")."""
    between = toks[last + 1:nxt]
    return len(between) >= 2 and between[0].stem in (stem("to"), stem("if"), stem("when")) \
        and any(t.stem in _NAMING_VERBS for t in between[:4])


#: verbs and subordinators between two verdicts that make the second one judged by the first ("it would be
#: irresponsible to call the levy unconstitutional", "disgraceful if the court declared it unconstitutional")
_NAMING_VERBS = frozenset(stem(w) for w in ("call", "calling", "called", "declare", "declared", "deem", "deemed", "label",
                                            "labelled", "labeled", "brand", "branded", "describe", "described", "say",
                                            "said", "rule", "ruled", "find", "found", "if", "that", "claim", "claimed"))


_WINNING = frozenset(stem(w) for w in ("win", "elect", "elected"))


def _candidacy(question: Question) -> bool:
    """True for a question whose action is to win or be elected ("Porter should win the election"), v14."""
    return bool(_action_stems(question.statement) & _WINNING)


#: a step the speaker promises to take if something happens: "will leave if the amendment is passed", "vowed to sue
#: if the law takes effect", "threatened to veto the bill if it passes" (group "cond": the if-clause), v14
_THREAT = re.compile(
    r"\b(?:will|would|'ll|’ll|going to|plans? to|planned to|vows?|vowed|threatens?|threatened|promised?)\s+"
    r"(?:to\s+)?(?:\w+\s+){0,2}?(?:leave|quit|move|sue|resign|boycott|veto|protest|challenge|appeal|strike)\b"
    r"[^.;:!?]{0,60}?\bif\b(?P<cond>[^.;:!?]{3,120})", re.IGNORECASE)
#: words of an if-clause that say the action fails ("if the amendment fails", "if it is not passed")
_FAILS = frozenset(stem(w) for w in ("not", "never", "fail", "fails", "failed", "defeat", "defeated", "reject",
                                     "rejected", "block", "blocked", "lose", "loses"))
_LABELS_BY_SIGN = {1: "support", -1: "oppose"}


def _threat_sign(text: str, question: Question) -> int | None:
    """-1 when the text threatens a step (leave, sue, veto ...) if the question's action happens, +1 if it fails;
    None when there is no such threat or its if-clause does not state the action.  v14."""
    m = _THREAT.search(text)
    if m is None:
        return None
    cond = tokens(m.group("cond"))
    action = _action_stems(question.statement)
    if not action or not _states_action(cond, action | _PASSING):
        return None
    # the if-clause is about the question's thing when it names the topic or points back to it ("if it passes",
    # "if the amendment is passed"; not "if the budget passes")
    concepts = question_terms(question).concepts
    if not any(t.stem in c for t in cond if t.stem not in action and t.stem not in _PASSING for c in concepts) \
            and not any(t.stem in _PRONOUN_OBJECTS or t.stem in _POLICY_HEADS for t in cond):
        return None
    return 1 if any(t.stem in _FAILS for t in cond) else -1


#: verbs of a measure's passing, which state the action of a question about passing, approving or adopting one
_PASSING = frozenset(stem(w) for w in ("pass", "passed", "passes", "approve", "approved", "adopt", "adopted",
                                       "enact", "enacted", "take effect", "go through"))


#: words that end the noun phrase after a restriction ("stop the raids and deport them" does not stop deporting)
_PHRASE_BREAKS = frozenset(stem(w) for w in ("and", "or", "but", "to", "that", "which", "who", "because", "while",
                                             "if", "unless", "so", "then", "than", "with", "by", "through", "via",
                                             "for", "without", "using"))


def _undoing_the_action(ops: list[Operator], toks: list[Token], question: Question) -> int | None:
    """The sign of a text that stops or ends the question's action when that action is itself a restriction
    ("should deport them": "vowed to stop deporting them", "to end the deportation regime", "lift the ban"):
    against it, turned by each negation or refusal before it ("refused to stop deporting them").  None when no restriction or reversal word has the
    action's word (or its noun, "deportations") in the seven words after it, before a conjunction."""
    if statement_sign(question) >= 0:
        return None
    action = _action_stems(question.statement)
    roots = {a for a in action if len(a) >= 5 and " " not in a}
    if not action:
        return None

    def is_action(t: Token) -> bool:
        return t.stem in action or any(t.stem.startswith(r) for r in roots)

    dangling = _dangling_negations(ops, toks)
    for op in ops:
        if op.category not in ("restriction", "reversal") or is_action(toks[op.first]):
            continue
        after = toks[op.first + 1:op.last + 8]
        stop = next((k for k, t in enumerate(after) if t.stem in _PHRASE_BREAKS), len(after))
        if any(is_action(t) for t in after[:stop]):
            negations = sum(1 for o in ops if o.category in ("negation", "refusal") and o.first < op.first
                            and o.first not in dangling)
            return 1 if negations % 2 else -1
    return None


#: cues that deny what their content says ("rejected claims that closing it would be dangerous")
_DENIALS = frozenset(stem(w) for w in ("deny", "denied", "reject", "rejected", "dismiss", "dismissed", "dispute",
                                       "disputed", "refute", "refuted"))


def _judged_action(text: str, ops: list[Operator], question: Question, cue: str | None,
                   condition: str | None) -> Polarity | None:
    """A verdict on an action phrase (:mod:`stancemap.ledger.judged`): "withdrawing the troops would be a
    grave mistake" is for keeping them.  The phrase must name the question's topic and either hold an
    operator (an opposite, a refusal, a restriction: composed as usual) or start with the question's action.
    None when the text passes no such verdict."""
    toks = tokens(text)
    found = find_judgement(text, toks)
    if found is None:
        return None
    phrase = toks[found.first:found.last + 1]
    names = object_names(question)
    if names and not name_positions(phrase, names) and not policy_pointers(phrase, text):
        return None  # "closing the factories would be a mistake" is no verdict on closing the border
    if not names and not any(t.stem in c for t in phrase for c in question_terms(question).concepts):
        return None
    inside = [o for o in ops if found.first <= o.first and o.last <= found.last and o.category != "negation_void"]
    if any(o.category != "negation" for o in inside):
        sign, _ = _sign(inside, toks)
        if any(o.category == "restriction" for o in inside):
            sign *= statement_sign(question)
    elif _states_action(phrase, _action_stems(question.statement)):
        sign = -1 if len(inside) % 2 else 1
    else:
        return None
    sign *= found.sign
    if cue and any(t.stem in _DENIALS for t in tokens(cue)):
        sign = -sign
    reason = f"judges the action ({found.verdict})"
    if sign < 0:
        return Polarity("oppose", -1, None, tuple(ops), reason)
    if condition is not None:
        return Polarity("conditional", 1, condition, tuple(ops), reason)
    return Polarity("support", 1, None, tuple(ops), reason)


#: reasons of stances taken from an attitude towards the question's patient (:func:`_patient_polarity`)
PATIENT_REASONS = frozenset({"for the patient of an action bad for it", "harm to the patient the question asks for",
                             "harm to the patient, with a condition"})


def _patient_polarity(toks: list[Token], ops: list[Operator], question: Question, cue: str | None,
                      condition: str | None) -> Polarity | None:
    """The stance of a text that takes a side on the question's patient without naming its action.

    Only for questions whose action is bad for the patient (:mod:`stancemap.ledger.target`): "supports the
    ACA" or "vowed to protect NPR" is against repealing or defunding it; "voted to defund NPR" is for it.
    A text against the patient with no verb that does or withholds something ("criticised the ACA") is
    left undecided, and so is one with no attitude at all: composing it relative to the action would read
    an attitude towards the patient as one towards the action.  None when the text does not name the
    patient, or names the action (the usual composition applies).
    """
    target = question_target(question)
    if target is None or not mentions_patient(toks, target):
        return None
    action = _action_stems(question.statement)
    if _states_action(toks, action) or any(o.category == "opposite" for o in ops) \
            or (cue and _cue_undoes_action(cue, question)):
        return None  # the text names the action or its opposite: composed relative to the action
    patients = patient_positions(toks, target)
    name_words = frozenset(w for name in target.names for w in name)
    found = [e for e in effects(toks) if acts_on_patient(toks, e[0], e[1], patients, name_words)]
    if not found and any(k <= 2 and "to" in (t.stem for t in toks[k + 1:k + 3]) for k in patients):
        # "urged Vell to concede": the call is for a deed of the patient's, and none that the lexicon
        # knows; an attitude here is towards that deed, not towards the patient
        return Polarity(None, 0, None, tuple(ops), "a call on the patient to do something unknown")
    inside = {k for first, last, _ in found for k in range(first, last + 1)}
    cue_sign = _cue_sign(cue)
    if cue_sign is None:  # the cue's object is the content ("voted to defund" + "NPR"); an attitude counts below
        found += [(-1, -1, sign) for _f, _l, sign in effects(tokens(cue or ""))]
    dangling = _dangling_negations(ops, toks)
    sign, attitude, effect = 1, False, bool(found)
    for op in ops:
        if op.first in inside or op.category in ("negation_void", "efficacy", "opposite"):
            continue
        if op.category == "neutral":
            return Polarity("neutral", 0, None, tuple(ops), "explicit neutrality")
        if op.category == "negation":
            if op.first not in dangling:
                sign = -sign
        elif op.category == "endorse":
            # a modal alone ("must go", "should be looked at") says nothing about which way
            attitude = attitude or toks[op.first].stem not in MODAL_STEMS
        elif op.category in ("evaluation", "harm") or (op.category == "refusal" and (
                target.animate or toks[op.first].stem in criticism_stems())):
            sign, attitude = -sign, True
        elif op.category in ("refusal", "reversal", "restriction"):
            # "opposes the pipeline" is as good as a call to stop it; "a campaign stop" stops nothing
            if acts_on_patient(toks, op.first, op.last, patients, name_words):
                sign, effect = -sign, True
    for _first, _last, value in found:
        sign *= value
        attitude = attitude or value > 0
    # praise of the patient ("NPR is a national treasure") is an attitude for it; blame is criticism only
    attitude = attitude or evaluation_of(toks, patients, target.names) > 0
    if cue_sign is not None:
        sign, attitude = sign * cue_sign, True
        opposes = cue_sign < 0 and not target.animate and not any(t.stem in criticism_stems() for t in tokens(cue))
        effect = effect or opposes
    if sign > 0 and (attitude or effect):
        return Polarity("oppose", -1, None, tuple(ops), "for the patient of an action bad for it")
    if sign > 0 or not effect:
        # criticism alone ("called the ACA a crazy system") is no call for the action
        return Polarity(None, 0, None, tuple(ops), "no effect on the patient")
    if condition is not None:
        return Polarity("conditional", 1, condition, tuple(ops), "harm to the patient, with a condition")
    return Polarity("support", 1, None, tuple(ops), "harm to the patient the question asks for")


#: first words of the normative operators ("should", "need to", "right to"): a modal, not an attitude
MODAL_STEMS = frozenset(stem(str(w).split()[0]) for w in load_lexicon(LEXICON)["normative"])


@functools.lru_cache(maxsize=1)
def _sanction_pattern() -> re.Pattern[str] | None:
    pattern = load_lexicon(LEXICON).get("sanction_condition")
    return re.compile(pattern) if pattern else None


def _sanctioned(text: str, question: Question, cue: str | None) -> Polarity | None:
    """"X should resign if he can't block Y": the stance is against the if-clause (for an unless-clause).

    The condition is someone else's deed the speaker demands, not a condition on the speaker's stance.
    None when the text has no such sanction or its clause carries no stance.
    """
    pattern = _sanction_pattern()
    m = pattern.search(text.lower()) if pattern else None
    if m is None:
        return None
    clause = text[m.end():]
    inner = _compose_one(clause, question)
    inner_sign = inner.sign if inner.stance in ("support", "oppose") else _stated_action_sign(clause, question)
    if not inner_sign:
        return Polarity(None, reason="sanction tied to an undecided clause")
    sign = inner_sign * (-1 if m.group(1) == "if" else 1) * (_cue_sign(cue) or 1)
    return Polarity("support" if sign > 0 else "oppose", sign, None, inner.operators,
                    f"sanction tied to {m.group(1)}-clause")


def stated_action_sign(clause: str, question: Question) -> int:
    """+1 when a clause states the question's action ("raising the minimum wage"), -1 when negated, else 0."""
    return _stated_action_sign(clause, question)


def _stated_action_sign(clause: str, question: Question) -> int:
    """+1 when a clause states the question's action ("if he accepts refugees"), -1 when negated, else 0."""
    action = _action_stems(question.statement)
    toks = tokens(clause)
    if not action or not _states_action(toks, action):
        return 0
    negations = [o for o in find_operators(toks) if o.category == "negation"]
    return -1 if len(negations) % 2 else 1


def _action_positions(toks: list[Token], action: frozenset[str]) -> list[int]:
    """Indices of the words that are the question's action, alone or with the next word ("get out")."""
    return [k for k, t in enumerate(toks)
            if t.stem in action or (k + 1 < len(toks) and f"{t.stem} {toks[k + 1].stem}" in action)]


def states_action(text: str, question: Question) -> bool:
    """True when ``text`` has a word of the question's action ("release" for "should release his returns")."""
    return _states_action(tokens(text), _action_stems(question.statement))


def _states_action(toks: list[Token], action: frozenset[str]) -> bool:
    """True when a word, or two words in a row ("get out"), are the question's action."""
    return bool(_action_positions(toks, action))


def _without_the_action(ops: list[Operator], toks: list[Token], question: Question) -> list[Operator]:
    """Refusal words that are the question's own action ("should reject the deal", "should deport them")
    state that action: "vowed to reject the deal" is for the question, so the word is no operator here;
    so does a reversal word that starts the action's phrasal verb ("drop" of "should drop out").
    (A restriction that is the action keeps its operator: the restriction rules compose it with the
    statement's sign.)"""
    action = _action_stems(question.statement)
    if not action:
        return ops

    def is_action(o: Operator) -> bool:
        if o.first != o.last:
            return False
        if o.category == "refusal":
            return toks[o.first].stem in action
        # "drop" in "drop out" when the action is dropping out (a reversal alone, "lift", keeps its operator:
        # it composes with the restriction it lifts)
        nxt = toks[o.first + 1].stem if o.first + 1 < len(toks) else ""
        return o.category == "reversal" and f"{toks[o.first].stem} {nxt}" in action

    # only the last word of the action's group is the action; one before it is an attitude towards it
    # ("rejected calls to reject the deal", "has refused to disavow the super PAC") when the last is what it
    # calls for ("to ..."); deeds side by side ("the U.S. has expelled 60, Ukraine has expelled 13") are all it
    positions = _action_positions(toks, action)
    last = max(positions, default=None)
    if len(positions) > 1 and all(_side_by_side(toks[a + 1:b]) for a, b in zip(positions, positions[1:])):
        return [o for o in ops if not (o.first in positions and is_action(o))]
    return [o for o in ops if not (o.first == last and is_action(o))]


#: words between two action words that make the second what the first is about ("rejected calls to reject",
#: "rejected demands that the Senate reject", "the idea of rejecting")
_ABOUT_WORDS = frozenset(stem(w) for w in ("to", "that", "of", "should", "must", "call", "calls", "demand",
                                           "demands", "idea", "suggestion", "suggestions", "plan", "urge", "whether"))


def _side_by_side(between: list[Token]) -> bool:
    """True when two occurrences of the action word are separate deeds ("the U.S. has expelled 60 diplomats,
    Ukraine has expelled 13"): words between them, none of which makes the second the object of the first."""
    return len(between) >= 2 and not any(t.stem in _ABOUT_WORDS for t in between)


def _with_opposites(ops: list[Operator], text: str, question: Question) -> list[Operator]:
    """``ops`` plus the verbs that undo the question's action ("defend the ACA" against "repeal the ACA").

    A verb some other operator already holds keeps that operator, except a reversal with nothing to
    reverse after it ("overturn the executive actions"): that one becomes the opposite of the action.
    """
    toks = tokens(text)
    hits = find_opposites(text, toks, question, _action_stems(question.statement))
    hits += [k for k in _general_opposites(text, toks, question) if k not in hits]
    hits += [k for k in _harms_to_object(text, toks, question) if k not in hits]
    if not hits:
        return ops
    out = list(ops)
    for k in hits:
        held = next((o for o in out if o.first <= k <= o.last), None)
        if held is not None:
            after = [o for o in out if o.first > held.last]
            if held.category != "reversal" or any(o.category in ("restriction", "refusal", "endorse") for o in after):
                continue
            out.remove(held)
        out.append(Operator("opposite", -1, k, k, toks[k].stem))
    out.sort(key=lambda o: o.first)
    return out


def _harms_to_object(text: str, toks: list[Token], question: Question) -> list[int]:
    """Verbs that harm what the question's action is good for ("pull out of NATO" against "defend NATO
    allies", "scrap the tariffs" against "impose tariffs"), where the object's name follows or precedes them."""
    found = question_object(question)
    if found is None or found[1] < 0:
        return []  # no object, or the action itself harms it (composed through the patient)
    names = object_names(question)
    positions = sorted(set(name_positions(toks, names)) | set(policy_pointers(toks, text)))
    if not positions:
        return []
    name_words = frozenset(w for name in names for w in name)
    hits = []
    for first, last, sign in effects(toks):
        if sign > 0:
            continue
        after = next((p for p in positions if p > last), None)
        before = max((p for p in positions if p < first), default=None)
        # the name is the verb's object ("pull out of NATO", "scrap the tariffs") or its passive subject
        # ("the tariffs should be scrapped"); not "kills jobs, including the AFP"
        if after is not None and all(t.stem in _OBJECT_GLUE for t in toks[last + 1:after]) \
                or before is not None and acts_on_patient(toks, first, last, [before], name_words):
            hits.append(first)
    return hits


_OBJECT_GLUE = frozenset(stem(w) for w in (
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "any", "all", "of", "out",
    "on", "off", "from", "away", "down", "up", "with", "new", "current", "existing", "our", "us"))


@functools.lru_cache(maxsize=1)
def _general_opposite_stems() -> frozenset[str]:
    return frozenset(stem(str(w)) for w in load_lexicon(LEXICON).get("general_opposites", []))


_PREPOSITION_STEMS = frozenset(stem(w) for w in ("in", "on", "at", "by", "for", "to", "of", "from", "with", "over",
                                                 "about", "under", "into"))
#: how far after a general opposite verb the question's object must be named ("fight any new gun control laws")
_GENERAL_WINDOW = 4


def _general_opposites(text: str, toks: list[Token], question: Question) -> list[int]:
    """Verbs against whatever they act on ("fight", "torpedo"), where the question's object follows them.

    Only the object's own names count: "fight gun violence" fights a problem the policy is meant to solve.
    """
    general = _general_opposite_stems()
    candidates = [k for k, t in enumerate(toks) if t.stem in general]
    if not candidates:
        return []
    # the object's names, or a pointer to a policy that is the verb's direct object ("fought the
    # administration's plan to close it"; not "getting killed in this deal")
    named = sorted(name_positions(toks, object_names(question)) + [
        p for p in policy_pointers(toks, text) for k in candidates
        if k < p and not any(t.stem in _PREPOSITION_STEMS for t in toks[k + 1:p])])
    hits = []
    for k in candidates:
        for p in named:
            if k < p <= k + _GENERAL_WINDOW and not re.search(r"[,;:.!?()]", text[toks[k].end:toks[p].start]) \
                    and not any(t.stem in ("for", "to") for t in toks[k + 1:k + 2]):
                hits.append(k)
                break
    return hits


#: how far after a restriction the question's object may follow to be what it restricts ("blocked a vote on
#: the background checks bill")
_POLICY_WINDOW = 6


#: how far after an attitude verb a keyword is what it is about ("opposes gun violence")
_OTHER_TERM_WINDOW = 3


@functools.lru_cache(maxsize=256)
def _other_terms(statement: str, keywords: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Keywords that name a problem the policy is about, not the policy ("gun violence"), as stems: the
    statement does not use them and they hold a problem noun (``problem_nouns`` in the lexicon)."""
    stated = {t.stem for t in tokens(statement)}
    problems = {stem(str(w)) for w in load_lexicon(LEXICON).get("problem_nouns", [])}
    out = []
    for kw in keywords:
        stems = tuple(t.stem for t in tokens(kw))
        if stems and not all(s in stated for s in stems) and set(stems) & problems:
            out.append(stems)
    return tuple(out)


def _without_attitudes_to_other_terms(ops: list[Operator], toks: list[Token], question: Question) -> list[Operator]:
    """Drop an attitude whose object is a keyword that names a problem or value, not the policy: opposing
    "gun violence" says nothing about which way on gun laws ("opposes gun violence but says the plans
    won't help")."""
    others = _other_terms(question.statement, tuple(question.keywords))
    if not others:
        return ops
    other_at = set(name_positions(toks, others))
    policy_at = set(name_positions(toks, object_names(question)))
    out = []
    for op in ops:
        if op.category in ("endorse", "refusal") and toks[op.first].stem not in MODAL_STEMS:
            window = range(op.last + 1, op.last + 1 + _OTHER_TERM_WINDOW)
            if any(k in other_at for k in window) and not any(k in policy_at for k in window):
                continue
        out.append(op)
    return out


#: a restriction acts on the question's topic when one of its words is this close after it (or just before)
_RESTRICTION_SCOPE_AFTER = 8
_RESTRICTION_SCOPE_BEFORE = 3


#: words that make the noun "support" someone's own ("voiced support for", "his support for", "in support of")
_GIVEN_SUPPORT = frozenset(stem(w) for w in (
    "voice", "express", "pledge", "offer", "declare", "announce", "throw", "lend", "give", "reiterate",
    "signal", "indicate", "affirm", "restate", "his", "her", "their", "our", "my", "its", "in", "full",
    "unwavering", "strong", "wholehearted"))
#: words after the noun "support" that measure others' support ("support for X slipping", "support among women")
_MEASURED_AFTER = frozenset(stem(w) for w in ("among", "from", "slip", "drop", "fall", "rise", "grow", "grew", "grown", "fade",
                                              "erode", "plunge", "dip", "sag", "surge", "climb"))


#: a named owner's possessive right before a word ("Palin's endorsement", "Mr. Obama's opposition"), not a
#: contraction ("Let's support", "It's support")
_NAMED_OWNER = re.compile(r"\b(?!(?:Let|It|That|What|There|Here|He|She|Who|Where|How)['’]s)[A-Z][\w.’'-]*['’]s?\s+$")


def _without_others_positions(ops: list[Operator], toks: list[Token], text: str) -> list[Operator]:
    """Drop an attitude noun that a named owner holds ("what he thinks of Palin's endorsement of Trump",
    "Obama's opposition to the deal"): it is the owner's position, not the speaker's; the owner's own
    record comes from :mod:`stancemap.ledger.roles`.  An attitude of the speaker's towards it keeps it
    ("criticised France's opposition to the deal" is for the deal)."""
    out = []
    for op in ops:
        owned = op.category in ("endorse", "refusal") and _is_noun(toks, op, text) \
            and _NAMED_OWNER.search(text[:toks[op.first].start])
        judged = any(o.last < op.first and o.category in ("endorse", "refusal", "evaluation", "harm") for o in ops)
        if not owned or judged:
            out.append(op)
    return out


#: determiners that make an attitude a thing talked about ("the push for X", "their enthusiasm for X")
_THING_DETERMINERS = frozenset(stem(w) for w in ("the", "this", "that", "its", "their", "his", "her"))
#: attitude nouns (endorse entries) that name a drive or mood rather than give the speaker's own
_DRIVE_NOUNS = frozenset(stem(w) for w in ("push", "enthusiasm", "support", "backing", "fight", "campaign",
                                           "admiration", "fondness"))
#: how many tokens the drive's object may take before the harm that is its verb
_DRIVE_REACH = 8
#: words that open another clause between the drive and a harm ("support for X, saying weak laws hurt families")
_DRIVE_CLAUSE_OPENERS = frozenset(stem(w) for w in ("saying", "arguing", "because", "since", "as", "that", "which", "who",
                                              "while", "and", "but", "when", "if"))


def _without_judged_drives(ops: list[Operator], toks: list[Token], text: str) -> list[Operator]:
    """Drop an attitude noun after a determiner whose own verb is a harm ("the push for X hurt the party", "her
    support for X hurt her in the polls"): the text says what the drive did, not that the speaker is for X.  The
    harm must follow within :data:`_DRIVE_REACH` tokens with no punctuation, negation or clause opener between
    ("her support for X, saying weak laws hurt families" keeps its support).  v20."""
    out = []
    for op in ops:
        drive = op.category == "endorse" and op.first > 0 and toks[op.first - 1].stem in _THING_DETERMINERS \
            and toks[op.first].stem in _DRIVE_NOUNS
        if drive and any(_verb_of(op, o, toks, text, ops) for o in ops if o.category == "harm"):
            continue
        out.append(op)
    return out


def _verb_of(drive: Operator, harm: Operator, toks: list[Token], text: str, ops: list[Operator]) -> bool:
    """True when ``harm`` is the verb of the noun phrase that ``drive`` opens (see :func:`_without_judged_drives`)."""
    if not 0 < harm.first - drive.last <= _DRIVE_REACH:
        return False
    between = toks[drive.last + 1:harm.first]
    if re.search(r"[,;:.!?()]", text[toks[drive.last].end:toks[harm.first].start]):
        return False
    return not any(t.stem in _DRIVE_CLAUSE_OPENERS for t in between) \
        and not any(o.category == "negation" and drive.last < o.first < harm.first for o in ops)


def _is_noun(toks: list[Token], op: Operator, text: str) -> bool:
    """True when the operator's first word is an attitude noun ("endorsement", "support", "opposition"),
    not a participle ("Trump's proposed wall")."""
    word = text[toks[op.first].start:toks[op.first].end].lower()
    return word in ("support", "backing") or word.endswith(("ment", "tion", "sion", "ism"))


def _without_measured_support(ops: list[Operator], toks: list[Token], text: str) -> list[Operator]:
    """Drop the noun "support" where it measures other people's support ("the poll showed support for him
    slipping", "new support from donors") rather than giving the speaker's ("voiced support for", "his
    support for")."""
    out = []
    for op in ops:
        k = op.first
        word = text[toks[k].start:toks[k].end].lower() if op.first == op.last else ""
        if op.category == "endorse" and word == "support" \
                and not any(t.stem in _GIVEN_SUPPORT for t in toks[max(0, k - 3):k]) \
                and any(t.stem in _MEASURED_AFTER for t in toks[k + 1:k + 8]) \
                and (k == 0 or toks[k - 1].stem not in _MODAL_LIKE):
            continue
        if op.category == "endorse" and word in ("favor", "favors", "favour", "favours") and k > 0 \
                and toks[k - 1].stem in _FAVOR_NOUN_BEFORE:
            continue  # the noun: "trading favors", "asked a favor" (v14)
        if op.category == "endorse" and word.endswith("ed") and k > 0 and toks[k - 1].stem in _DETERMINERS:
            continue  # an adjective: "this proposed merger" endorses nothing (v15)
        out.append(op)
    return out


#: determiners before a participle that make it an adjective ("the proposed merger"), v15 ("Trump's proposed wall"
#: is left as it was: the owner proposed it)
_DETERMINERS = frozenset(stem(w) for w in ("the", "this", "these", "those", "a", "an"))  # not "that": "who/that approved"
#: words before "favor(s)" that make it the noun of a service done, not an endorsement, v14
_FAVOR_NOUN_BEFORE = frozenset(stem(w) for w in (
    "a", "the", "sell", "selling", "trade", "trading", "return", "political", "special", "curry",
    "currying", "ask", "asking", "owe", "owed", "big", "personal", "any", "no", "grant", "granting"))


_MODAL_LIKE = frozenset(stem(w) for w in ("will", "would", "to", "should", "must", "not", "never", "can", "could",
                                          "may", "might", "do", "did", "does"))


def _without_stray_restrictions(ops: list[Operator], toks: list[Token], text: str,
                                question: Question) -> list[Operator]:
    """Drop a restriction that acts on something else in a list ("planks on a $15 minimum wage, breaking up
    banks and banning fracking"): no word of the question stands near it, and it neither points back ("the
    restriction") nor is what a reversal undoes ("lifting restrictions")."""
    if not any(o.category == "restriction" for o in ops):
        return ops
    concepts = question_terms(question).concepts
    hits = {k for k, t in enumerate(toks) if any(t.stem in c for c in concepts)}
    reversed_at = {o.last for o in ops if o.category == "reversal"}
    out = []
    for op in ops:
        pointed = op.first > 0 and (toks[op.first - 1].stem in _POINTING or op.first - 1 in reversed_at
                                    or op.first - 2 in reversed_at
                                    or text[toks[op.first - 1].end:toks[op.first].start].strip() in ("'s", "’s")) \
            or (op.last + 1 < len(toks) and toks[op.last + 1].stem in _PRONOUN_OBJECTS) \
            or _definite_policy_object(toks, op.last) \
            or _named_person_pronoun(text, toks, op.last + 1, question)  # "block it", "block the deal", "stop him"
        if op.category == "restriction" and not pointed and not any(
                op.last < k <= op.last + _RESTRICTION_SCOPE_AFTER or op.first - _RESTRICTION_SCOPE_BEFORE <= k < op.first
                for k in hits):
            # a call whose content is that stray restriction calls for something else ("urged the board to block
            # the weather report" is no call for the question's action), v14
            out = [o for o in out if not (o.category == "endorse" and toks[o.first].stem in urge_stems()
                                          and 0 < op.first - o.last <= _CALLED_RESTRICTION
                                          and any(t.stem == "to" for t in toks[o.last + 1:op.first]))]
            continue
        out.append(op)
    return out


def _named_person_pronoun(text: str, toks: list[Token], k: int, question: Question) -> bool:
    """True when token ``k`` is an object "him" or "her" whose gender is that of a person the question names
    ("band together to stop him", on "Republicans should support Donald Trump").  v20."""
    if k >= len(toks) or toks[k].stem not in ("him", "her") or not pronoun_object(text, toks, k):
        return False
    return word_gender(toks[k].stem) in person_genders(question)


#: how far before a stray restriction a call ("urged the board to block") is the call for it, v14
_CALLED_RESTRICTION = 6


@functools.lru_cache(maxsize=1)
def urge_stems() -> frozenset[str]:
    """The first words' stems of the lexicon's ``urge_verbs`` ("urge", "call" of "call on" ...)."""
    return frozenset(stem(str(w).split()[0]) for w in load_lexicon(LEXICON)["urge_verbs"])


#: words before a restriction that point back to one already named ("lifting *the* restriction", "*its* ban");
#: an owner's possessive does too ("the administration's restriction")
_POINTING = frozenset(stem(w) for w in ("the", "this", "that", "these", "those", "its", "their", "his", "her"))
_PRONOUN_OBJECTS = frozenset(stem(w) for w in ("it", "them", "this", "that", "these", "those"))


#: nouns of a policy, plan or deal: "the <noun>" right after a restriction in a relevant text is the question's
#: own thing named again ("called on the administration to block the deal"), v14
_POLICY_HEADS = frozenset(stem(w) for w in (
    *HEAD_NOUNS, "merger", "acquisition", "takeover", "development", "annexation", "expansion", "application",
    "permit", "sale", "contract"))


_DEFINITE_STEMS = frozenset(stem(w) for w in ("the", "this", "that"))


def _definite_policy_object(toks: list[Token], last: int) -> bool:
    """True when "the/this/that [proposed|new] <policy noun>" follows the word at ``last``.  v14."""
    k = last + 1
    if k >= len(toks) or toks[k].stem not in _DEFINITE_STEMS:
        return False
    k += 1
    if k < len(toks) and toks[k].stem in (stem("proposed"), stem("new")):
        k += 1
    # "the sale of the Ohio plant", "the plan to charge for paper bags": the noun names another thing
    return k < len(toks) and toks[k].stem in _POLICY_HEADS \
        and not (k + 1 < len(toks) and toks[k + 1].stem in _OTHER_OBJECT)


_OTHER_OBJECT = frozenset(stem(w) for w in ("of", "to", "for", "on", "in", "at", "from"))


def _restrictions_of_the_policy(ops: list[Operator], text: str, question: Question) -> list[Operator]:
    """A restriction that acts on the question's own object is against it, not part of it.

    When the question's action is itself a restriction ("adopt stricter gun control laws (such as an
    assault-weapons ban)"), a restriction in a text is composed as that action ("called for a ban") -
    unless the question's object follows it: "blocked a vote on the background checks bill" blocks the
    policy, so it counts as the action's opposite.
    """
    if statement_sign(question) >= 0 or not any(o.category == "restriction" for o in ops) \
            or bans_patient(question):
        return ops  # "ban on coal mining" names the question's own ban of its patient
    toks = tokens(text)
    named = name_positions(toks, object_names(question))
    own = {t.stem for t in tokens(question.statement)}  # "sanctions on Lanvar" is the question's own restriction
    out = []
    for op in ops:
        if op.category == "restriction" and toks[op.first].stem not in own and any(
                op.last < p <= op.last + _POLICY_WINDOW and not re.search(r"[,;:.!?()]", text[toks[op.last].end:toks[p].start])
                for p in named):
            op = Operator("opposite", -1, op.first, op.last, op.text)
        out.append(op)
    return out


#: nouns of an enacted measure a reversal undoes ("repeal the statutory requirement", "those provisions were
#: wiped out"): the policy heads and the words of rules, v15
_MEASURE_HEADS = _POLICY_HEADS | frozenset(stem(w) for w in (
    "requirement", "legislation", "regulation", "provision", "decree", "guideline", "inquiry", "investigation",
    "probe", "offer", "budget", "funding", "measures", "bylaw", "statute"))
#: the reversals that undo an enacted measure ("lift", "ease", "end", "drop" are left out: "would lift funding",
#: "ease budget pressure", "dropped his objections")
_UNDOING = ("repeal", "rescind", "revoke", "overturn", "scrap", "cancel", "cancelled", "cancelling", "abolish",
            "annul", "nullify", "invalidate", "strike down", "wipe out", "do away with", "postpone", "shelve", "remove",
            "roll back", "abandon", "withdraw")
_UNDOING_STEMS = frozenset(stem(w.split()[0]) for w in _UNDOING)
#: how many words may follow a reversal before the head of what it undoes ("cancel the guest log
#: requirements")
_MEASURE_WINDOW = 6
#: words of a question that itself undoes, restricts or reduces ("should eliminate the tax", "get rid of the levy",
#: "forgive the debt"): there a reversal is (near) its action, composed as before
_REDUCING = frozenset(stem(w) for w in ("cut", "reduce", "lower", "slash", "trim", "shrink", "phase", "eliminate",
                                        "rid", "away", "forgive", "delay", "defund", "kill", "axe", "drop",
                                        "protect", "shield"))
#: a question that grants a freedom ("should be legal", "allowed", "optional"): a measure a text undoes there is
#: more likely a restriction of it than the question's thing
_FREEDOM = frozenset(stem(w) for w in ("legal", "allow", "allowed", "optional", "free", "permit", "permitted", "may",
                                       "legalize", "legalise", "right", "exempt", "exempted", "exemption"))
#: what ends the noun phrase after a reversal (its head is the word before)
_PHRASE_ENDS = frozenset(stem(w) for w in (
    "of", "in", "on", "for", "to", "from", "by", "at", "with", "about", "over", "against", "into", "under", "and", "or",
    "but", "that", "which", "who", "so", "because", "while", "as", "if", "when", "would", "will", "should", "is",
    "are", "was", "were", "must", "can", "could", "may", "might", "shall", "need", "needs", "ought", "be", "been",
    "has", "have", "had", "around", "across", "behind", "through", "between", "among", "after", "before", "during",
    "within", "without", "like", "near", "beyond", "toward", "towards", "than"))
_QUANTIFIERS = frozenset(stem(w) for w in ("all", "some", "most", "many", "much", "part", "parts", "none", "each", "any",
                                           "nearly", "almost", "several", "both"))


def _reversals_of_the_policy(ops: list[Operator], toks: list[Token], text: str, question: Question) -> list[Operator]:
    """A reversal of an enacted measure, with no restriction, refusal or permission after it to reverse, is against
    the measure: "urged the government to cancel the requirements", "called on parliament to repeal the law", "the
    requirements should be removed", "the Senate wiped out those provisions".  The measure is the head of the
    reversal's object (or of a passive's subject), a policy noun (:data:`_MEASURE_HEADS`) or the question's object.

    Only on a question about a measure (its main clause names one: "measures ... are justified", "should adopt
    the levy"), and not on one that itself undoes, restricts or reduces ("should repeal the act", "should
    eliminate the tax") or grants a freedom ("should be legal", "allowed": a rule undone there restricts it).  v15.
    """
    if not any(o.category == "reversal" for o in ops):
        return ops
    main = tokens(re.sub(r"\([^)]*\)", " ", question.statement))
    stems = {t.stem for t in main}
    # a measure noun, not a verb after a modal or "to" ("should act", "should fund", "to order")
    nouns = {t.stem for k, t in enumerate(main) if not (k and main[k - 1].stem in _VERB_BEFORE)}
    undoing = reversal_stems() | restriction_stems() | _REDUCING | _UNDOING_STEMS
    if not nouns & _MEASURE_HEADS or stems & (undoing | _FREEDOM) or _action_stems(question.statement) & undoing:
        return ops
    named = set(name_positions(toks, object_names(question)))
    own = _question_words(question.statement, tuple(question.keywords))
    out = list(ops)
    for k, op in enumerate(ops):
        if op.category != "reversal" or toks[op.first].stem not in _UNDOING_STEMS:
            continue
        reversed_op = next((o for o in ops[k + 1:] if o.category in ("restriction", "refusal", "endorse")), None)
        if reversed_op is not None and not any(t.stem in _COORDINATORS for t in toks[op.last + 1:reversed_op.first]):
            continue  # "repeal the ban", "withdraw its opposition": composed as a reversal
        if _passive_reversal(ops, k, toks):
            continue
        head = _object_head(toks, text, op.last + 1)
        if head is not None and _is_the_measure(toks, text, op.last + 1, head, named, own, ops, op.first) \
                or _passive_of_measure(toks, text, op, named, own, ops):
            out[k] = Operator("opposite", -1, op.first, op.last, op.text)
    return out


#: words before a verb of the statement that shares a measure noun's stem ("should act", "to fund")
_VERB_BEFORE = frozenset(stem(w) for w in ("should", "must", "to", "will", "would", "can", "could", "may", "might",
                                           "shall", "not", "ought"))
#: words of a statement too common to tie a text's measure to the question's
_COMMON_WORDS = frozenset(stem(w) for w in (
    "should", "must", "government", "governments", "state", "states", "city", "country", "public", "people",
    "authorities", "such", "their", "other", "more", "new", "proposed", "justified", "adequate", "accepted"))


@functools.lru_cache(maxsize=256)
def _question_words(statement: str, keywords: tuple[str, ...]) -> frozenset[str]:
    """The stems of the statement's and keywords' content words (four letters or more, common ones aside)."""
    text = " ".join([statement, *keywords])
    return frozenset(t.stem for t in tokens(text) if len(t.stem) >= 4 and t.stem not in _COMMON_WORDS
                     and t.stem not in _MEASURE_HEADS)


def _is_the_measure(toks: list[Token], text: str, first: int, head: int, named: set[int], own: frozenset[str],
                    ops: list[Operator], undoing: int) -> bool:
    """True when the noun phrase from ``first`` to ``head`` is the question's measure: its head is a measure noun
    (not "ruling") and it names the question's object or one of its words, before its head or in the few words
    after (""the statutory requirement for bar owners to log guests"), or only points back ("those
    provisions", "the law").  Not when another operator stands in the phrase or follows its head, or "against" does
    ("the bill to end the curfew", "the amendment weakening it", "the ruling against it"): that measure acts on the
    question's."""
    word = text[toks[head].start:toks[head].end].lower()
    if head in named:
        return True
    if toks[head].stem not in _MEASURE_HEADS or word.startswith("ruling"):
        return False
    if any(first <= o.first <= head + 3 and o.category not in ("negation", "negation_void") and o.first != undoing
           and toks[o.first].stem not in MODAL_STEMS for o in ops) \
            or (head + 1 < len(toks) and toks[head + 1].stem == stem("against")):
        return False
    before = [p for p in range(first, head)
              if toks[p].stem not in _QUANTIFIERS and toks[p].stem not in _POINTING and toks[p].stem != stem("of")]
    if not before and (
            head + 1 >= len(toks) or re.search(r"[,;:.!?()]", text[toks[head].end:toks[head + 1].start])
            or toks[head + 1].stem in _PHRASE_ENDS and toks[head + 1].stem not in _OF_FOR):
        return True  # "those provisions", "the law": points back to the measure named before
    after = []
    for p in range(head + 1, min(len(toks), head + 1 + _MEASURE_TAIL)):
        if re.search(r"[,;:.!?()]", text[toks[p - 1].end:toks[p].start]):
            break
        after.append(p)
    return any(toks[p].stem in own or p in named for p in [*before, *after])


_OF_FOR = frozenset(stem(w) for w in ("of", "for", "on"))
#: how many words after a measure's head may name what it is about ("the requirement for bar owners to log
#: their guests")
_MEASURE_TAIL = 8


def _object_head(toks: list[Token], text: str, first: int) -> int | None:
    """The head (last word) of the noun phrase that starts at ``first``: it ends at a preposition, a conjunction,
    a verb of being or a punctuation mark ("the guest log requirements, in line with" -> requirements;
    "all of these provisions" -> provisions).  None when nothing stands there or a preposition opens it."""
    last = None
    for p in range(first, min(len(toks), first + _MEASURE_WINDOW)):
        if p > first and re.search(r"[,;:.!?()\"“”]", text[toks[p - 1].end:toks[p].start]):
            break
        if toks[p].stem in _PHRASE_ENDS:
            if toks[p].stem == stem("of") and last is not None and toks[last].stem in _QUANTIFIERS:
                last = None
                continue  # "all of those provisions"
            break
        last = p
    return last


def _passive_of_measure(toks: list[Token], text: str, op: Operator, named: set[int], own: frozenset[str],
                        ops: list[Operator]) -> bool:
    """True when reversal ``op`` is a passive asked for ("should be removed", "must be scrapped") whose subject's
    head noun (its first noun phrase, from the start of its clause) is a measure.  "... should be removed from the
    debate" moves it rather than undoing it (unless it is removed from a law)."""
    j = op.first - 1
    while j >= 0 and toks[j].stem in _PASSIVE_GAP | _MODAL_GAP:
        j -= 1
    if not (j >= 0 and toks[j].stem in _BE):
        return False
    j -= 1
    modal = False
    while j >= 0 and toks[j].stem in _PASSIVE_MODALS:
        modal = modal or toks[j].stem in _NORMATIVE_MODALS
        j -= 1
    if not modal:
        return False  # "three taxes were postponed in the deal" reports what happened; it asks for nothing
    if op.last + 1 < len(toks) and toks[op.last + 1].stem in _NO_OBJECT:
        after = _object_head(toks, text, op.last + 2)
        if after is None or toks[after].stem not in _MEASURE_HEADS:
            return False  # "should be removed from the budget debate"
    start = j
    while start > 0 and toks[start - 1].stem not in _CLAUSE_OPENERS \
            and not re.search(r"[,;:!?()\"“”]", text[toks[start - 1].end:toks[start].start]) and j - start < 20:
        start -= 1
    head = _object_head(toks, text, start)
    return head is not None and head <= j and _is_the_measure(toks, text, start, head, named, own, ops, op.first)


#: words after which a passive's subject starts ("said the requirements should be removed")
_CLAUSE_OPENERS = frozenset(stem(w) for w in ("that", "said", "says", "say", "stated", "added", "argued", "believe",
                                              "believes", "think", "thinks", "which", "and", "but"))
#: the modals that ask for a passive ("should be removed", "must be scrapped", "need to be repealed")
_NORMATIVE_MODALS = frozenset(stem(w) for w in ("should", "must", "need", "needs", "ought"))
#: a preposition right after a passive reversal ("removed from the debate")
_NO_OBJECT = frozenset(stem(w) for w in ("from", "by", "in", "at", "after", "before", "until", "since", "with"))
#: the modals and auxiliaries of a passive before its "be" ("should be", "will have been", "need to be")
_PASSIVE_MODALS = frozenset(stem(w) for w in ("should", "must", "will", "would", "could", "can", "may", "might",
                                              "shall", "to", "need", "needs", "ought", "have", "has", "had", "not",
                                              "also", "now"))
#: what may stand between "be" and a passive reversal besides :data:`_PASSIVE_GAP` ("should be completely removed")
_MODAL_GAP = frozenset(stem(w) for w in ("completely", "entirely", "simply", "immediately", "quickly", "soon"))


@functools.lru_cache(maxsize=1)
def reversal_stems() -> frozenset[str]:
    """The stems of the lexicon's one-word reversals ("repeal", "lift", "cancel" ...)."""
    return frozenset(p.parts[0] for p in phrases(LEXICON, "reversal") if len(p.parts) == 1 and p.parts[0])


@functools.lru_cache(maxsize=1)
def restriction_stems() -> frozenset[str]:
    """The stems of the lexicon's one-word restrictions ("ban", "block", "suspend" ...)."""
    return frozenset(p.parts[0] for p in phrases(LEXICON, "restriction") if len(p.parts) == 1 and p.parts[0])


def _cue_undoes_action(cue: str, question: Question) -> bool:
    """True when the cue names the opposite of the question's action ("defended", "vowed to preserve")."""
    action = _action_stems(question.statement)
    opposite = opposite_stems(action) | (statement_opposites(question.statement) - action)
    return any(t.stem in opposite for t in tokens(cue))


@functools.lru_cache(maxsize=256)
def _statement_sign(statement: str) -> int:
    # what the statement rejects ("..., not be delayed or repealed") is not its own sign (v13)
    rejected = rejected_spans(statement)
    statement = statement[:rejected[0].start()] if rejected else statement
    found = _with_topic_restrictions(find_operators(tokens(statement)), statement, Question("", statement))
    ops = [o for o in found if o.category != "endorse"]
    # a negation after the action qualifies what it acts on ("deport the migrants living there without
    # papers"); it does not turn the action round
    first = next((o.first for o in ops if o.category not in ("negation", "negation_void")), None)
    ops = [o for o in ops if not (o.category == "negation" and first is not None and o.first > first)]
    return _sign(ops)[0]


_MODALS = frozenset({"should", "must", "ought"})
_AUXILIARIES = frozenset({"be", "have", "to", "not"})


@functools.lru_cache(maxsize=256)
def _action_stems(statement: str) -> frozenset[str]:
    """The action's stems (:func:`_verb_stems`) with the means the statement names ("should be recovered, for
    example by taxing them": taxing is the action too).  v11."""
    means = {stem(m.group(1)) for m in _MEANS.finditer(statement) if m.group(1).lower() not in _LIGHT_GERUNDS}
    return _verb_stems(statement) | frozenset(means)


#: "by taxing them", "by building a wall": a gerund with something after it ("by spring" is a time)
_MEANS = re.compile(r"\bby\s+(?:\w+ly\s+)?([a-z]+ing)\s+(?!of\b)[a-z]")
_LIGHT_GERUNDS = frozenset({"having", "being", "getting", "making", "letting", "using", "doing", "taking", "giving",
                            "allowing", "forcing", "asking", "requiring", "keeping", "something", "nothing",
                            "anything", "everything", "morning", "evening", "spring", "during", "ceiling", "king",
                            "string", "wing", "sibling", "offspring"})


def verb_stems(statement: str) -> frozenset[str]:
    """The stems of the statement's action verb with its paraphrases (public view of :func:`_verb_stems`)."""
    return _verb_stems(statement)


@functools.lru_cache(maxsize=256)
def _verb_stems(statement: str) -> frozenset[str]:
    """The stems of the statement's action verb ("should build" -> build) with its paraphrase group.

    A phrasal verb is looked up whole ("should drop out" -> the group of "drop out": quit, withdraw, leave
    ...; its stems keep both words, "drop out", so a bare "drop" is not the action), and a verb that only
    says the subject undergoes something ("should face criminal charges") stands for the act its noun names
    (charge, indict, prosecute).
    """
    toks = tokens(statement)
    groups = [*_paraphrase_groups(), *action_groups()]
    for k, tok in enumerate(toks):
        if tok.stem not in _MODALS:
            continue
        for j in range(k + 1, len(toks)):
            nxt = toks[j]
            word = statement[nxt.start:nxt.end].lower()
            if nxt.stem in _AUXILIARIES or word.endswith("ly"):
                continue
            verb = nxt.stem
            if verb in _UNDERGO_STEMS:
                named = next((t.stem for t in toks[j + 1:j + 4] if any(t.stem in g for g in groups)), None)
                verb = named or verb
            particle = toks[j + 1].stem if j + 1 < len(toks) else None
            phrasal = f"{verb} {particle}" if particle in _PARTICLES else None
            if verb in _ENDING_STEMS and any(t.stem in CANDIDACY_STEMS for t in toks[j + 1:j + 4]):
                phrasal = "drop out"  # "should end his campaign", "suspend her bid": the candidate quits
            if phrasal is not None and any(phrasal in stems for stems in groups):
                # "drop out": the bare verb is another word ("the numbers would drop"); "end his campaign"
                # keeps "end" beside the group
                kept = {verb} if phrasal == "drop out" and verb in _ENDING_STEMS else set()
                return frozenset(kept | {s for stems in groups if phrasal in stems for s in stems})
            out = {verb}
            if len(verb) >= 4:
                # an adjective's verb and noun: "should be legal" is acted on by "legalize", "legalization"
                out |= {verb + end for end in ("iz", "is", "ization", "isation")}
            for stems in groups:
                if verb in stems:
                    out |= {s for s in stems if " " not in s}
            second = _coordinated_verb(statement, toks, j)
            if second is not None:  # "should accept and spend the money": both verbs are the action
                out |= {second, *(s for stems in groups if second in stems for s in stems if " " not in s)}
            return frozenset(out | _nominals({verb} | ({second} if second else set())))
    return frozenset()


@functools.lru_cache(maxsize=1)
def _nominal_table() -> dict[str, frozenset[str]]:
    """Verb stem -> the stems of its nouns (lexicon ``action_nouns``: "expel" -> "expulsion")."""
    table: dict[str, set[str]] = {}
    for verb, nouns in (load_lexicon(LEXICON).get("action_nouns") or {}).items():
        table.setdefault(stem(str(verb)), set()).update(stem(str(n)) for n in ([nouns] if isinstance(nouns, str) else nouns))
    return {v: frozenset(n) for v, n in table.items()}


def action_nominals(question: Question) -> frozenset[str]:
    """The stems of the nouns of the question's own action verbs ("expulsion" for "should expel"; a paraphrase's
    noun is not one: "resignation" for "should leave").  v11."""
    return _nominals(_own_verbs(question.statement))


@functools.lru_cache(maxsize=256)
def _own_verbs(statement: str) -> frozenset[str]:
    """The stems of the statement's own action verbs: the first after its modal and one coordinated with it."""
    toks = tokens(statement)
    k = next((i for i, t in enumerate(toks) if t.stem in _MODALS), None)
    if k is None:
        return frozenset()
    j = k + 1
    while j < len(toks) and (toks[j].stem in _AUXILIARIES or statement[toks[j].start:toks[j].end].lower().endswith("ly")):
        j += 1
    if j >= len(toks):
        return frozenset()
    second = _coordinated_verb(statement, toks, j)
    return frozenset({toks[j].stem} | ({second} if second else set()))


def _coordinated_verb(statement: str, toks: list[Token], j: int) -> str | None:
    """The stem of a verb coordinated with the action verb at ``j`` ("accept and spend"), else None: not a
    determiner, a name ("resign and Ford should"), a negation or "then"."""
    if j + 2 < len(toks) and toks[j + 1].stem in ("and", "or") and toks[j + 2].stem not in _DETERMINER_STEMS \
            and statement[toks[j + 2].start].islower() and toks[j + 2].stem not in ("not", "never", "then"):
        return toks[j + 2].stem
    return None


def _nominals(verbs) -> frozenset[str]:
    """The stems of the nouns of the given verb stems: "Britain's expulsion of diplomats" names the deed.  v11."""
    table = _nominal_table()
    return frozenset(n for v in verbs for n in table.get(v, ()))


_DETERMINER_STEMS = frozenset(stem(w) for w in ("the", "a", "an", "this", "that", "these", "those", "its", "his",
                                                "her", "their", "our", "all", "any", "some", "more", "other"))


#: "end his campaign", "suspend her presidential bid" are "drop out"
_ENDING_STEMS = frozenset(stem(w) for w in ("end", "suspend", "abandon", "halt", "stop", "quit", "wind"))
CANDIDACY_STEMS = frozenset(stem(w) for w in ("campaign", "candidacy", "bid", "run", "race"))
#: the second words of phrasal actions ("drop out", "step down")
_PARTICLES = frozenset({"out", "down", "aside", "off", "away", "up", "effect", "ahead"})
#: verbs whose subject undergoes the act their object names ("should face charges" -> charge)
_UNDERGO_STEMS = frozenset(stem(w) for w in ("face", "undergo"))


@functools.lru_cache(maxsize=1)
def _paraphrase_groups() -> tuple[frozenset[str], ...]:
    """The lexicon's paraphrase groups as stems; an entry of several words keeps them ("drop out")."""
    return tuple(entry_stems(g) for g in load_lexicon(LEXICON).get("action_paraphrases", []))


_COMMITMENT = frozenset({"will", "would", "ll", "shall", "go", "gonna", "intend", "intention"})
#: verbs of a decision taken ("voted to adopt", "agreed to scrap", "decided not to renew"): a deed that commits to
#: the infinitive's action, a few words before its "to" ("voted 6-1 on Monday to").  v16.
DECISION_STEMS = frozenset(stem(w) for w in ("vote", "voted", "votes", "agree", "agreed", "agrees", "decide", "decided",
                                        "decides", "resolve", "resolved", "opt", "opted", "choose", "chose", "elect",
                                        "elected"))


#: what may stand between a decision verb and its "to" ("voted 5-2 on Tuesday to", "agreed unanimously not to"):
#: scores, dates and adverbs; anything else ("voted on whether to", "voted to study a plan to") is another clause
_DECISION_GAP = frozenset(stem(w) for w in (
    "not", "never", "on", "in", "last", "this", "again", "also", "then", "later", "instead", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "week", "month"))


def _decided(toks: list[Token], to: int, text: str) -> bool:
    """True when the text starts with a decision verb ("voted", "agreed") and only scores, dates and adverbs stand
    between it and the "to" at ``to`` ("voted 5-2 on Tuesday to"): the deed of the text's holder.  Not a decision
    the text reports or supposes ("the council voted to", "if the board votes to"), nor the noun ("the vote to
    adopt it failed") or another verb's infinitive ("voted to study whether to").  v16."""
    if to < 1 or not toks or toks[0].stem not in DECISION_STEMS:
        return False
    for t in toks[1:to]:
        word = text[t.start:t.end].lower()
        if t.stem not in _DECISION_GAP and not any(c.isdigit() for c in word) and not word.endswith("ly"):
            return False
    return True


def _names_action(toks: list[Token], question: Question, text: str | None = None) -> bool:
    """True when the text commits to the question's action verb ("we will build", "would not accept"), or
    tells that the subject did it ("had raised the state's minimum wage"; needs ``text`` for the tense).

    A bare mention of the action ("refugees admitted are mostly children") describes, it does not commit.
    """
    action = _action_stems(question.statement)
    if not action:
        return False
    concepts = question_terms(question).concepts
    for k, tok in enumerate(toks):
        phrasal = k + 1 < len(toks) and f"{tok.stem} {toks[k + 1].stem}" in action  # "will drop out"
        if (tok.stem in action or phrasal) and _questioned(toks, k, text):
            continue  # "asked whether the city would deport them", "wondered how he would build it" (v17)
        if tok.stem in _COMMON_VERBS and not any(t.stem in c for t in toks[k + 1:k + 1 + _TOPIC_WINDOW]
                                                 for c in concepts):
            continue  # "the situation would remain unstable", "will be in charge of": another sense
        if (tok.stem in action or phrasal) and any(t.stem in _COMMITMENT for t in toks[max(0, k - 3):k]):
            return True
        if (tok.stem in action or phrasal) and k >= 2 and toks[k - 1].stem == "to" and text is not None \
                and _decided(toks, k - 1, text):
            return True  # "the board voted 5-2 on Tuesday to adopt it", "agreed not to renew it" (v16)
        if tok.stem in action and _engaged(toks, k, text):
            return True  # "has raised money to fund a recount", "would participate in the recount"
        if tok.stem in action and text is not None and _passive_deed(toks, k, text):
            return True  # "diplomats were expelled by Bulgaria", "the votes have been recounted by the county"
        if tok.stem in action and text is not None and text[tok.start:tok.end].lower().endswith("ed") \
                and (k == 0 or toks[k - 1].stem in ("had", "ha", "have")):
            return True  # a deed done: "who noted that he had raised the minimum wage"
    return False


#: the "or not" of "whether or not the hotels agree" negates nothing (v17)
_EITHER_WAY = re.compile(r"(?<=\bwhether )or not\b", re.IGNORECASE)


def _questioned(toks: list[Token], k: int, text: str | None) -> bool:
    """True when the word at ``k`` stands in a question asked earlier in its clause: after "whether" or "if" that
    follows a verb of asking ("asked whether the city would", "wondered aloud if"), or after a wh-word that is
    asked or withheld ("asked how he would", "declined to say which").  The clause ends at a comma, a semicolon,
    "and" or "but" ("people ask if we will adopt it and we will").  v17."""
    opens = -1
    if text is not None:
        opens = max(text.rfind(",", 0, toks[k].start), text.rfind(";", 0, toks[k].start))
    for j in range(k - 1, -1, -1):
        if toks[j].start < opens or toks[j].stem in ("and", "but"):
            break
        asked = any(t.stem in _ASKING for t in toks[max(0, j - 2):j])
        if toks[j].stem in ("whether", "if") and asked or toks[j].stem in _WH and _asks(toks, j):
            return True
    return False


def _passive_deed(toks: list[Token], k: int, text: str) -> bool:
    """True when the action word at ``k`` is a passive participle after a form of "be" with its agent after it
    ("were expelled by Bulgaria", "had been recounted by the county"): a deed told with its doer.  Not in a
    clause that asks or supposes ("whether ... were expelled by", "if ... are expelled by").  v12."""
    word = text[toks[k].start:toks[k].end].lower()
    if not (word.endswith("ed") or word in IRREGULAR_PARTICIPLES):
        return False
    j = k - 1
    while j >= 0 and toks[j].stem in _PASSIVE_GAP:
        j -= 1
    if j < 0 or toks[j].stem not in _TOLD_BE:
        return False
    opens = max(text.rfind(",", 0, toks[j].start), text.rfind(";", 0, toks[j].start))  # the clause's start
    if any(t.stem in _SUPPOSING for t in toks[:j] if t.start > opens):
        return False
    after = [t.stem for t in toks[k + 1:k + 3]]
    return bool(after) and (after[0] == "by" or (len(after) > 1 and after[1] == "by" and after[0].endswith("ly")))


#: forms of "be" that tell a passive deed ("were expelled", "has been recounted"; not "could be closed")
_TOLD_BE = frozenset(stem(w) for w in ("was", "were", "been", "is", "are"))
#: words that make a clause a question or a supposition, not a report of a deed
_SUPPOSING = frozenset(stem(w) for w in ("whether", "if", "unless", "when", "once", "until", "should"))


#: tokens between an engagement verb and the action it takes on ("fund a recount", "take part in Wisconsin's
#: recount")
_ENGAGEMENT_REACH = 4


#: words that end the engagement verb's object before the action word ("filed for bankruptcy after the recount")
_ENGAGEMENT_BREAKS = _PHRASE_BREAKS | frozenset(stem(w) for w in (
    "after", "before", "of", "in", "on", "at", "from", "over", "about", "against", "during", "since", "until", "into",
    "amid", "despite", "like", "as", "when", "outside", "inside", "near"))


def _engaged(toks: list[Token], k: int, text: str | None = None) -> bool:
    """True when an engagement verb (lexicon ``engagement``: "fund", "take part in", "carry out") takes the
    action word at ``k`` as its object, within :data:`_ENGAGEMENT_REACH` tokens before it: between them only
    determiners and possessives, names (capitalised, with ``text``) and at most one other word ("fund a full
    recount", "take part in Wisconsin's recount"; not "joined protesters outside the recount").  A verb after a
    determiner or a possessive is a noun ("his lead"), not engagement.  v12."""
    for phrase in phrases(LEXICON, "engagement"):
        for first, last in find_phrase(phrase, toks, max(0, k - _ENGAGEMENT_REACH - 3)):
            if first >= k:
                break
            if last >= k or k - last > _ENGAGEMENT_REACH or (first > 0 and toks[first - 1].stem in _DETERMINER_STEMS):
                continue
            between = toks[last + 1:k]
            if any(t.stem in _ENGAGEMENT_BREAKS for t in between):
                continue
            other = [t for t in between if t.stem not in _DETERMINER_STEMS and t.stem not in ("s", "'s", "’s")
                     and not (text is not None and text[t.start:t.start + 1].isupper())]
            if len(other) <= 1:
                return True
    return False


#: action verbs with many other senses: they state the question's action only with its topic right after
#: them ("will keep the nuclear deal"; not "would remain unstable", "will be in charge of the party")
_COMMON_VERBS = frozenset(stem(w) for w in ("keep", "remain", "stay", "maintain", "retain", "charge", "hold",
                                            "give", "take", "pass", "release", "withdraw"))
_TOPIC_WINDOW = 5


def statement_sign(question: Question) -> int:
    """-1 when the question's own action is a restriction ("should ban Muslims from entering").

    Texts are composed relative to the action they name, so "called for a ban on Muslims" (-) is
    support for a question that is itself a ban (-): the two signs multiply.
    """
    return _statement_sign(question.statement)


def _embedded_question(toks: list[Token], ops: list[Operator], text: str = "") -> bool:
    """True when every operator follows "whether"/"if": the text asks, it does not take a side."""
    words = {stem(str(w)) for w in load_lexicon(LEXICON).get("embedded_question", [])}
    first = next((k for k, t in enumerate(toks) if t.stem in words or (t.stem in _WH and _asks(toks, k))), None)
    active = [o for o in ops if o.category not in ("negation", "negation_void")]
    if first is not None and toks[first].stem == "if" and all(t.stem in _LEADING for t in toks[:first]):
        # "If the bill comes up, I will vote against it": a condition opens the text, the main clause takes a side
        # (v20); only what stands inside the condition is asked
        close = _condition_end(toks, first, text)
        active = [o for o in active if close is None or o.first < close]
    return first is not None and bool(active) and all(o.first > first for o in active)


#: words that may stand before a conditional "if" that opens a text ("And if ...", "But even if ...")
_LEADING = frozenset(stem(w) for w in ("and", "but", "so", "even", "only", "yet"))


def _condition_end(toks: list[Token], first: int, text: str) -> int | None:
    """The index of the first token after the comma that closes the condition opened at ``first`` (None when no
    comma closes it): "If X, I will ..." -> the index of "I"."""
    for k in range(first + 2, len(toks)):
        gap = text[toks[k - 1].end:toks[k].start]
        if "," in gap:
            return k
        if re.search(r"[.;:!?]", gap):
            return None
    return None


#: "isn't saying what techniques he would support", "unclear which plan she backs": a question, not a side
_WH = frozenset({"what", "which", "how", "why", "when", "where", "who"})
_ASKING = frozenset(stem(w) for w in ("ask", "wonder", "unclear", "uncertain"))
_NOT_TELLING = frozenset(stem(w) for w in ("say", "tell", "explain", "specify", "reveal", "disclose", "know"))
_WITHHOLDING = frozenset(stem(w) for w in ("not", "never", "decline", "refuse", "won't"))


def _cue_asks(cue: str | None, text: str) -> bool:
    """True when the content opens with a wh-word that the cue asks or will not answer ("isn't saying" +
    "what techniques he would support"), or with "if"/"whether" after a cue of asking ("wondered if it would").
    A short addressee may stand first ("asked" + "Trump how he would handle it", v17)."""
    toks = tokens(text)
    if not cue or not toks:
        return False
    cued = tokens(cue)
    asking = any(t.stem in _ASKING for t in cued[-2:])
    opens = next((k for k, t in enumerate(toks[:4]) if t.stem in _WH or t.stem in ("if", "whether")), None)
    if opens is None or opens and not asking or any(t.stem in _NOT_ADDRESSEE for t in toks[:opens]):
        return False
    if toks[opens].stem in ("if", "whether"):
        return asking  # "wondered if it would", "asked if they would" (v17)
    return _asks(tokens(f"{cue} {text[toks[opens].start:]}"), len(cued))


#: words that cannot stand in an addressee before an asked wh-word ("asked Trump how" but not "asked to know how")
_NOT_ADDRESSEE = frozenset(stem(w) for w in ("to", "that", "said", "say", "says", "is", "was", "would", "will"))


def _asks(toks: list[Token], k: int) -> bool:
    """True when the wh-word at ``k`` opens an embedded question: after "asked", or after a verb of telling
    that is negated or declined ("isn't saying what", "declined to say which")."""
    before = toks[max(0, k - 4):k]
    if any(t.stem in _ASKING for t in before[-2:]):
        return True
    return any(t.stem in _NOT_TELLING for t in before[-2:]) and any(t.stem in _WITHHOLDING for t in before)


def cue_attitude(cue: str | None) -> int | None:
    """The attitude of a cue phrase: +1 ("praised", "urged"), -1 ("slammed", "rejected"), None when none."""
    return _cue_sign(cue)


def _cue_sign(cue: str | None) -> int | None:
    """The attitude of a cue phrase ("also decried" -> -1, "urged" -> +1, "did not endorse" -> -1), None when
    it has none.

    The first phrase in the cue decides; at one position the longest ("vote against" over "vote").  A
    negation before it turns it round.
    """
    if not cue:
        return None
    toks = tokens(cue)
    hits = [(hit[0][0], -len(phrase.parts), sign) for phrase, sign in _cue_attitudes()
            if (hit := find_phrase(phrase, toks))]
    if hits:
        first, _, sign = min(hits)
        # "did not endorse", "has never opposed", "would not rule out": a negation before the attitude turns it
        negations = sum(1 for o in find_operators(toks[:first]) if o.category == "negation")
        return -sign if negations % 2 else sign
    # a cue that ends in a verb against whatever it acts on: "has fought" (the content is its object)
    return -1 if toks and toks[-1].stem in _general_opposite_stems() else None


_COORDINATORS = frozenset(stem(w) for w in ("and", "or", "but", "then"))


def _sign(ops: list[Operator], toks: list[Token] | None = None) -> tuple[int, bool]:
    """The product of operator signs, and whether any operator beyond negation took part."""
    has_restriction = any(o.category == "restriction" for o in ops)
    dangling = (_dangling_negations(ops, toks) | _determiner_negations(ops, toks)) if toks else set()
    sign, active = 1, False
    for k, op in enumerate(ops):
        if op.category == "negation_void":
            continue
        if op.category == "harm" and not has_restriction:
            continue
        # a negation in a trailing reason clause with no operator after it ("... because there is no
        # viable way to check") negates nothing in the stance
        if op.category == "negation" and op.first in dangling:
            continue
        # an efficacy counts only when negated ("no wall is going to fix that", "cannot afford")
        if op.category == "efficacy" and not any(o.category == "negation" for o in ops[:k]):
            continue
        # a reversal reverses something: a restriction, refusal or permission after it ("lift a ban"), in its
        # own phrase ("end his campaign and endorse Clinton" ends no endorsement)
        if op.category == "reversal":
            reversed_op = next((o for o in ops[k + 1:] if o.category in ("restriction", "refusal", "endorse")), None)
            if (reversed_op is None or (toks is not None and any(
                    t.stem in _COORDINATORS for t in toks[op.last + 1:reversed_op.first]))) \
                    and not _passive_reversal(ops, k, toks):
                continue
        sign *= op.sign
        active = active or op.category != "negation"
    return sign, active


@functools.lru_cache(maxsize=1)
def _subordinators() -> frozenset[str]:
    return frozenset(stem(w) for w in load_lexicon(LEXICON).get("reason_subordinators", []))


#: forms of "be" (as stems) before a passive participle ("were lifted", "has been eased", "should be scrapped")
_BE = frozenset(stem(w) for w in ("be", "been", "being", "was", "were", "is", "are", "get", "got", "gets"))
#: what may stand between "be" and the participle ("was not lifted", "were finally eased")
_PASSIVE_GAP = frozenset(stem(w) for w in ("not", "never", "also", "finally", "partly", "partially", "fully", "now",
                                           "since", "quietly", "formally", "largely", "effectively", "already"))


#: words that open another clause between a restriction and a passive reversal ("refused ... after sanctions on Iran
#: were lifted")
#: ("even", "since" and "as" are left out: "could even be lifted", "in force since 2022, was lifted", "should, as
#: Kyiv demands, be lifted")
_PASSIVE_BREAKS = frozenset(stem(w) for w in ("after", "before", "when", "while", "though", "although", "because",
                                              "until", "which", "who", "whom", "whose", "where", "if", "unless",
                                              "whereas", "once"))
#: how many words a passive reversal may stand after the restriction it reverses (a long noun phrase: "the
#: restrictions on long-range strikes against military targets deep inside Russian territory ... were lifted")
_PASSIVE_REACH = 20


def _passive_reversal(ops: list[Operator], k: int, toks: list[Token] | None) -> bool:
    """True when reversal ``k`` is a passive participle that reverses a restriction or refusal named before it
    ("the restrictions were lifted", "the ban has not been eased", "restrictions lifted by Finland")."""
    if not toks:
        return False
    op = ops[k]
    reversible = [o for o in ops[:k] if o.category in ("restriction", "refusal")]
    if len(reversible) != 1:
        return False  # "the ban, which Poland had opposed, was lifted": which one is lifted is not clear
    before = reversible[0]
    if any(t.stem in _COORDINATORS or t.stem in _PASSIVE_BREAKS for t in toks[before.last + 1:op.first]) \
            or op.first - before.last > _PASSIVE_REACH:
        return False
    j = op.first - 1
    while j > before.last and toks[j].stem in _PASSIVE_GAP:
        j -= 1
    if j > before.last and toks[j].stem in _BE:
        return True
    # a reduced passive: a participle followed by "by" ("restrictions lifted by Finland"); "the ban ends by June"
    # ends it as well
    return op.last + 1 < len(toks) and toks[op.last + 1].stem == "by"


def _determiner_negations(ops: list[Operator], toks: list[Token]) -> set[int]:
    """Token positions of a determiner "no" that negates only its noun: another clause ("and we", "which") opens
    before the next operator ("there was no consultation and we were handed the bill, which is
    unacceptable").  "No one" and "nobody" are subjects and negate their verb, and so does "no X who ..." or "no
    X and Y"; "No," is an answer.  v15."""
    out = set()
    for k, op in enumerate(ops):
        if op.category != "negation" or toks[op.first].stem != "no" or op.last + 1 >= len(toks) \
                or toks[op.last + 1].stem in _NO_SUBJECTS or toks[op.last + 1].start - toks[op.last].end > 1:
            continue  # "No, and we will never back it": an answer
        nxt = next((o for o in ops[k + 1:] if o.category not in ("negation", "negation_void")), None)
        if nxt is None or nxt.first == op.last + 1:
            continue
        between = range(op.last + 1, nxt.first)
        if any(toks[p].stem == stem("which") or (toks[p].stem in _NEW_CLAUSE and p + 1 < len(toks)
                                                  and toks[p + 1].stem in _SUBJECT_PRONOUNS) for p in between):
            out.add(op.first)
    return out


_NO_SUBJECTS = frozenset(stem(w) for w in ("one", "body", "longer"))
_NEW_CLAUSE = frozenset(stem(w) for w in ("and", "but", "while", "whereas"))
_SUBJECT_PRONOUNS = frozenset(stem(w) for w in ("we", "they", "he", "she", "i", "it", "you"))


def _dangling_negations(ops: list[Operator], toks: list[Token]) -> set[int]:
    """Token positions of negations after a reason subordinator ("because") with no operator after them."""
    out = set()
    for k, op in enumerate(ops):
        if op.category != "negation" or any(o.category not in ("negation", "negation_void") for o in ops[k + 1:]):
            continue
        before = max((o.last for o in ops[:k] if o.category not in ("negation", "negation_void")), default=-1)
        if any(t.stem in _subordinators() for t in toks[before + 1:op.first]):
            out.add(op.first)
    return out


def _label(sign: int, condition: str | None, exclusive: bool, ops: tuple[Operator, ...]) -> Polarity:
    if sign < 0:
        return Polarity("oppose", -1, None, ops, "composed sign negative")
    if condition is not None and exclusive:
        return Polarity("oppose", -1, condition, ops, "condition leaves no room")
    if condition is not None:
        return Polarity("conditional", 1, condition, ops, "condition leaves some room")
    return Polarity("support", 1, None, ops, "composed sign positive")


def _mask(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the given character ranges blanked (offsets kept)."""
    chars = list(text)
    for start, end in ranges:
        for k in range(start, min(end, len(chars))):
            chars[k] = " "
    return "".join(chars)
