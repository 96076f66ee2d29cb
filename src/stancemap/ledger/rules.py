"""``stancemap.StanceRules.v21``: the rule-based stance scorer (relevance, then composed polarity).

A shipped version never changes meaning: new behaviour ships under a new version name, so stored records
(whose ``method`` names the version) stay comparable.  Retired versions live in git: ``v1`` (commit
46d54ab, tag ``stance-rules-v1``), ``v2`` (commit 995f479, tag ``stance-rules-v2``), ``v3`` (commit
0e09171, tag ``stance-rules-v3``), ``v4`` (commit 027f4a5, tag ``stance-rules-v4``), ``v5`` (commit
349ab49, tag ``stance-rules-v5``), ``v6`` (commit 3d472a0, tag ``stance-rules-v6``), ``v7`` (commit
0a8a36e, tag ``stance-rules-v7``), ``v8`` (commit b0c3d74, tag ``stance-rules-v8``) and ``v9`` (commit 31a1793,
tag ``stance-rules-v9``).  ``v2`` added
attitude cues with several words ("vote for", "come out against"), the opposites of the question's action
(:mod:`.opposites`), positions marked as past (:mod:`.past`), speaker phrases that list persons, and subjects after lowercase role titles.  ``v3`` added
the question's patient (:mod:`.target`): when the action is bad for what it acts on ("NPR should lose its
funding"), a text for that patient is against the question and a text that does it harm is for it.
``v4`` widens that to questions whose action is a ban or a refusal ("Coal mining should be banned",
"Candidates should refuse donations from lobbyists"), reads yes/no questions as claims, joins a cue with
the content it runs into ("introduced" + "a bill to ..."), takes sides from appositions ("X, a critic of
Y,"), lets a definite policy noun ("the compromise") refer back to the sentence that named it, knows
irregular verbs ("fought", "kept"), more conditions, and treats a collective plural ("Democrats insist
...") as no stance holder.  ``v5`` reads roundup lists (:mod:`.lists`: "These governors have called for a
ban:" then one name a line), alignment phrases (:mod:`.alignment`: "putting him at odds with Y", "joining
Y"), "made X a priority", verbs that wreck a plan ("thwarted", "torpedoed"), gives the one judged for a deed
the deed's stance ("criticized Thune for blocking the bill", "accused Thune of blocking it"), and counts a
refusing cue once ("has refused" + "to seek the death penalty"); a collective plural named through a relative
pronoun ("The Republicans who have called ...") is no stance holder either (:mod:`.collective`).  A negated
cue turns round ("did not endorse", "has never opposed"), and "as part of a broader deal", "in exchange for"
and "once the ..." are conditions.  ``v6`` reads more forms of question: an action that keeps something
("should keep the deal", "should remain legal", "should stay in the agreement") is undone by "withdraw",
"scrap", "outlaw"; a phrasal action is looked up whole ("should drop out": quit, withdraw; "stay in the
race" is its opposite); "should face charges" is the act of charging (indict, prosecute); "legal",
"release" and "impose"/"require" have opposites too ("criminalize", "withhold", "lift"); "built" and
other irregular participles are their verbs; "vetoed" or "blocked" as the cue is against what follows;
"it is time to ..." endorses.  Action verbs with many senses ("remain", "keep", "charge") state the action
only with the question's topic right after them ("would remain unstable" states nothing).  An opposite in a
modal passive counts when the question's word is its subject ("the council should be kept"), and "should be
in jail" or "behind bars" harm the one the question would charge.  Opposites of several words count ("keep
Guantanamo open", "bring the troops home": what stands in the gap is what they act on).  The reader now reports votes and sponsorships
as deeds ("voted against the bill", "co-sponsored it"; actions lexicon version 2), also inside what someone
else says; a vote counts only when its words name the question or point back to a policy ("voted for Trump"
does not).  ``v7`` reads verdicts on an action (:mod:`.judged`: "withdrawing the troops would be a grave
mistake", "it would be wrong to close the base", "calls for him to quit are premature"), whose sign is the
action's (the question's own, or one that undoes it) times the verdict's; a question whose action is a
refusal word ("should reject the treaty", "should deport them") reads that word as the action, not as an
attitude against it; "end his campaign" is dropping out ("stay in the race" its opposite); a call on the
question's patient to do something the lexicon does not know ("urged Vell to concede") is no stance; a short
content that states the action ("vowed" + "not to drop out") is on the topic.  ``v8`` anchors a question
that names its participants (:mod:`.anchors`: "Donald Trump should release his tax returns"): a stance on
it must be found near one of those names (the sentence, the two before it, the reported words or the
holder's own name), and a person the question would have others back ("support Donald Trump") holds no
stance on it unless the words name another participant; a clause with no speaker (origin ``clause``) needs
a relevance of at least :data:`CLAUSE_THRESHOLD`, not the low one a sentence takes from an article clearly
about the question; "according to X" and what data show ("surveys show") report rather than take a position;
coordinated negations of one verb count once ("cannot and will not support").  ``v9`` reads the side an
actor is described as being on (:mod:`.roles`: "Lee Zeldin, a Trump supporter", "a longtime critic of the
deal", "who is Mr. Trump's most outspoken supporter", "Trump critic Mark Kirk", "Palin's endorsement of
Trump"; stance lexicon version 8), and dates no position after the article's publication ("up for
re-election in 2018" is what the position is about, not when it was held).  ``v10`` reads who holds a stance on
a question about a named person ("Donald Trump should drop out"): an attitude towards that person ("he
appreciated Trump's loyalty") is no stance on what should be done to them; the person who should act holds one
only in words of the question's action; judging another person for the deed ("mocked Romney for not releasing
his returns") or doing it oneself ("plans to release his own returns") is no stance on the named person's.
What a poll, survey or study finds is no stance of it (lexicon ``report_sources``); members of a body ("House
members who", "pro-life members of the Democrat Party", "a chorus of prominent Republicans") are not the body; a
body named in a person's description ("candidate for U.S. Senate, a longtime supporter of Clinton") does not
take the description.  When the question's action is itself a restriction ("should deport them", "should be
banned"), stopping or ending it ("vowed to stop deporting them", "end the deportation regime") is against it,
and a negation after the statement's action ("migrants living there without papers") does not turn it round.
Another person reported doing the named person's deed ("Ready to back Clinton, Obama ..." on "Sanders should
end his campaign and back Clinton") takes no side on it; a reversal reverses only what stands in its own phrase
("end his campaign and endorse Clinton" ends no endorsement); a deed promised for when an audit or review ends
is conditional (a time alone is no stance); a former insider ("one former GOP leadership aide") does not speak
for the body.  Written after test7 (international news) was first scored and opened: a country is found by its
demonym and the reverse ("Russian diplomats" names Russia); a question with no other name is anchored on the
place its action moves someone from or to ("withdraw its troops from Syria"); deeds side by side ("the U.S. has
expelled 60, Ukraine has expelled 13") are all the action, not an attitude to the last; a speaker phrase that
lists states ("Several EU countries, Austria, Slovakia, Cyprus and Greece,") gives each state; "declined to
take similar measures" points back to the deed named before.  Stance lexicon version 9.  ``v11``: a passive
reversal reverses the restriction named before it ("the restrictions were lifted", "should be eased", "was not
lifted"); named members of a group share what the group did ("several allies, including Finland and Poland,
have lifted ...", "countries, including Germany, that expelled ...", "several EU countries — Austria and
Greece — declined ..."); "turn down", "spurn", "pass up" refuse; "wasteful" is a bad verdict; both verbs of "should
accept and spend the money" are the action; "will not accept it unless Y" is conditional on Y; a stance word
whose object is a pronoun ("urged states to reject it") right after a relevant sentence is about what that
sentence named; a minister who says where her own state stands ("Norway remains committed to ...") speaks for
herself, not as a reporter of another's position; "petitioned for" asks for the action;
"a scam", "a sham", "a waste of money" are bad verdicts and "the only way" a good one; recovering, clawing back
or giving back acts against what it takes ("recover from" takes nothing); a reduced relative ends the patient's noun phrase ("the
bonuses paid to employees"); the means a statement names ("by taxing them") is its action too, and so are the
nouns of the question's own verb (lexicon ``action_nouns``: "Britain's expulsion of diplomats" for "should expel");
a judgement after a possessed proposal ("... was condemned by Italy") is cut from it; in a content with contrast
clauses ("although", "while"), the clause that states the action is the one composed when the others take no side;
a permission a source reports ("free to back anyone, according to the AP") is no view of the source; sanctions and
tariffs are restrictions on a question that names them (lexicon ``topic_restriction``: "lift its sanctions on X");
a relative clause about a thing, set off by commas ("the town, which has no debt, will reject ..."), is left out;
a state or body may own a decision or plan without "'s" ("the US decision to expel the same number of
diplomats").  Stance lexicon version 10.  ``v12``: doing, paying for or joining the question's action
(lexicon ``engagement``: "raised money to fund a recount", "would take part in the recount") is a deed for it,
as a commitment is (not after a determiner: "his lead"; with at most one common word between); "invest"
paraphrases "spend"; a singular in "-us" has its plural's stem ("bonus",
"bonuses"); two stems that part inside the shorter one are one family only from six shared letters
("democrat"/"democracy"; not "recoup"/"recount" or "support"/"suppose"); a text is not about a question when
it is much more relevant to another of the user's questions (:func:`competing`); a year between a preposition
and a name does not make the name a participant ("the money of the 2009 Recovery Act" sets the scene), nor does a
bracketed clause ("(and in the other close states, Michigan and Pennsylvania)"); a passive participle of the
action after "be" with its agent states the deed ("diplomats were expelled by Bulgaria"; not after "whether" or
"if"), every agent in a list after "by" did it ("by Bulgaria, Luxembourg and Malta"; a name after a comma that
no "and" closes is no agent), and the subject of such a passive undergoes it, it takes no side.  Stance
lexicon version 11 (``v12`` last at commit 6a00776, tag ``stance-rules-v12``).  ``v13``, written after an
oppose-rich development set (dev4) was annotated: what a statement says its action is instead of is the
action's opposite (:func:`~stancemap.ledger.opposites.statement_opposites`: "should take effect as planned,
not be delayed or repealed" makes "insisted on a two-year delay of the tax" against; "rather than engage
with it"), and it is not part of the statement's sign; "take effect" and "go ahead" are phrasal actions that
delaying, postponing or suspending undoes; defeating, beating or disqualifying a candidate is against their
winning ("should win the election"); an opposite in a modal passive whose subject is the question's topic
counts whatever follows it ("Clinton should be disqualified from the presidency"); "defeat her" acts on the
pronoun; "use" no longer stems as the pronoun "us", and "US" is the country; a common noun of a named
participant with "the" ("the amendment" for "Charter Amendment 1") refers back to the name however far before
it stands (:func:`~stancemap.ledger.anchors.refers_back`); more bad verdicts ("unpatriotic", "disgusting",
"inappropriate", "irresponsible", "unacceptable" ...; not "terrible" or "reckless": "a terrible state of
disrepair", "reckless speculation" judge something else); members named
after "like" share their group's view, past a description between dashes ("Other prominent Republicans, like A,
B and C ― three former officials ― have said ..."), and a group's head may be a name; a name that modifies the
speaker's noun ("George W. Bush administration big shots", "Trump supporters") is not the speaker.  A third
review's fixes: only a rejection after the statement's modal counts ("Instead of a fee, the city should ban
bags" rejects nothing); "-en" nouns and "not just" are no rejected verbs; "her opponent" is no pronoun object;
a modal passive with a "by" agent is a prediction; only a name's head noun ("amendment", "agreement") refers
back.  Stance lexicon version 12 (``v13`` last at commit 2bbf852, tag ``stance-rules-v13``).  ``v14``: a
restriction whose object is "the deal", "the merger", "the plan" ... acts on the question's own thing ("called on
the administration to block the deal"), and a call for a restriction of something else ("urged the board to block the weather
report") calls for nothing; a threat to leave, sue or veto if the question's action happens is against it
("will leave if the amendment is passed"); judgements of a candidate on a candidacy question ("Hillary Clinton
is a joke", "Clinton is not qualified"; lexicon ``person_judgement_good``/``_bad``); "favors" sold or asked is
no endorsement; words about third persons inside a quote ("they only target the people who can't vote against it")
take no side.  Reading (not the scorer) changed with it: role words before a name ("Superintendent Jane
Ortiz"), "Mr Hale" without a dot, "came out / spoke out against" as a refusal.  Stance lexicon version 13
(``v14`` last at commit f8e6989, tag ``stance-rules-v14``).  ``v15``: undoing an enacted measure is against it
when the reversal ("repeal", "cancel", "scrap", "remove", "wipe out", "postpone" ...) reverses no restriction,
refusal or permission after it and the head of its object is a measure noun or the question's object ("urged the
government to cancel the requirements", "called on parliament to repeal the statutory requirement", "wiped out
all of these provisions"; a passive only when asked for with should/must/need and its subject's head is the
measure: "the requirements should be removed"); only on a question whose main clause names a measure, and not on one
that itself undoes, restricts or reduces, or grants a freedom ("should be legal", "allowed").  Verdicts on a
measure ("an abuse of power", "unwarranted") and satisfaction with it ("not satisfied with", "disappointed with")
take sides; a verdict on criticism of it is for it ("criticism of the levy was unwarranted"); two verdict words
side by side are one verdict; a determiner "no" followed by another clause negates only its noun; "the proposed
merger" endorses nothing; a pull quote before its quote is a piece of its own.  Stance lexicon version 14
(``v15`` last at commit 8eede0b, tag ``stance-rules-v15``).  ``v16``: a decision taken commits to its
infinitive's action ("the board voted 5-2 on Tuesday to adopt the levy", "agreed not to renew it"), unless it is
reported or supposed ("said the board voted to", "if the board votes to"); dissenters in a vote are against what
the body decided, read from the rest of their sentence or the sentence before (:mod:`.dissent`: "with A and B
dissenting, the council approved ..."; "A cast the lone dissenting vote").  Reading changed with it: "X was the
only senator to vote against it" is X's vote.  Stance lexicon version 14 (``v16`` last at commit 7b48233, tag
``stance-rules-v16``).  ``v17``: an asked question takes no side: the question's action after "whether" or "if"
that follows a verb of asking, or after an asked or withheld wh-word, commits nothing ("asked whether the city
would deport them", "asked Trump how he would handle it"); the "or not" of "whether or not" negates nothing; a
candidate whose reported words hold an object pronoun ("called on him to withdraw") may find the question's
person :data:`~stancemap.ledger.relevance.ANAPHORA_WINDOW` sentences further back when no other person is named
in its sentence or the two before (:func:`_points_to_person`).  Reading changed with it:
a deed in a question asked by a verb of asking is not reported ("asked whether Berlin had delivered the jets"),
and "ask" needs a complement that is not such a question.  Stance lexicon version 14 (``v17`` last at commit
cbe4941, tag ``stance-rules-v17``).  ``v18``: a verdict on a restriction the text names is composed with it ("the
fracking ban is a disaster" is against a ban, "a ban on fracking is a good idea" for it; before, the verdict was
dropped and the first read as for the ban); an accusation of what a claim says ("accused the judge of bias", on
"Judge X is biased against Y") asserts the claim instead of attacking it.  Reading changed with it: epithet
speakers ("the Wisconsin Republican", "the GOP candidate", :mod:`stancemap.nlp.actors.epithets`) and names after a
role noun ("board president Deb Lane") are persons.  Stance lexicon version 14 (``v18`` last at commit 5140d9c,
tag ``stance-rules-v18``).  ``v19``, from invented probes on new kinds of question: a phrasal paraphrase of the
action makes a text about the question ("called on Kane to drop out" on "Kane should end her campaign"; before,
nothing in it was a word of the statement); a consequence judged of the question's object is a verdict on it
("the development would ruin the neighbourhood", "a carbon tax would hurt families", "will bring jobs"), also
through the head noun of the object's name after a determiner ("the development" for "the housing development
near the park"; not when the action is bad for the object, as "close the jail complex" is), but not when the name
follows "for" ("support for gun control hurt the party" judges the support) nor when the verdict is suffered ("was
hurt by rising rates"); a restriction kept ("should remain banned", "must stay closed") is read as the restriction asked for
(before, "remain" was read as the action and every stance turned round); a campaign suspended or ended ("she
would suspend her campaign", "ended his bid for a second term") is the candidate dropping out, not a restriction.
Reading changed with it: a personal pronoun whose gender the latest person does not fit goes to the latest person
known to fit, else to nobody; a gender is known from a courtesy title, or from a first name one sex bears (US Census
1990 list, ``data/kb/first_names.tsv``) for a person of an English-speaking or unknown country; a two-word ORG
span opening with such a name is a person when a pronoun of that sex follows or a role stands in apposition
("Carly Fiorina threw her support", "Deb Labbadia, the board president"), never when its first word is a place
("Georgia Power").  Stance lexicon version 15 (``v19`` last at commit 9e399c2, tag ``stance-rules-v19``).
``v20``, from invented probes of news idioms: on a question of a candidate dropping out (a candidacy word in the
statement: not "pull out of the agreement", "step down"), one who goes on running is against it and on the topic
though no word of the statement is there ("vowed to remain in the fight", "urged her to keep fighting", "will fight
on", "continue his campaign", "fight all the way to the convention"; not "fight on the issue", "press on with the
bill", "continue their campaign of pressure"); attitude nouns ("her distaste for X", "disdain for", "admiration
for") and idioms ("balked at", "threw cold water on", "poured scorn on", "wants nothing to do with", "qualms about",
"got behind", "signed on to", "rallied behind", "warmed to") are operators, and "made no secret of" is no
negation; an object "him" or "her" right after a restriction ("band together to stop him") points to the person the
question names when their genders agree (:func:`~stancemap.ledger.anchors.person_genders`: a two-word name whose
first word is a one-sex first name and no place, so not "Georgia Power"); a drive named with a determiner whose own
verb is a harm ("the push for X hurt the party"; not "her support for X, saying weak laws hurt families") is no
endorsement; "levy" paraphrases "tax"; "too dense", "out of character", "an eyesore" are bad verdicts; a text that
opens with a condition closed by a comma ("If the bill comes up, I will vote against it") takes the side of its main
clause (before, the whole text read as an embedded question); a lone refusal of a share ("would reject nearly a
third of the money", "rejected part of the plan") is conditional: the rest is taken.  Tried and
left out: "defend", "embrace" and "back" as a relevance paraphrase of "support" (each added more wrong rows than
right ones on the opened sets), and, after a review, idioms with a literal sense ("took aim at", "tore into",
"contempt for", "all for", "stand by", "wary of": "Leery of a backlash, the governor signed the bill").  Reading
unchanged.  Stance lexicon version 16 (``v20`` last at commit 6445f96, tag ``stance-rules-v20``).
``v21``: support taken back is a refusal ("pulled his support for X", "pulled her endorsement", "pulled the plug on
X", "un-endorse"; "will not pull his support" is for X; only with a possessive, so "pulled together broad support",
"pulled in endorsements", "pulled back" and "pulled logistics support" are not).  "disavow" was tried and left out:
what is disavowed is most often a remark ("I disavow those remarks"), not the person or the policy.  Also tried
and left out after a review: "rather than X" / "instead of X" as a refusal of X when the question's action stands
in X ("should certify the results rather than recount the votes"); it changed no held-out row and misread
contrasts of doers ("the campaign rather than taxpayers should pay to recount"), preferred options that carry
an opposite ("should freeze the wage rather than raise it") and fronted alternatives on reversal actions.  Reading changed with it: a pronoun or nominal
speaker is nobody named only inside a quotation ("'... the voters who backed Senator Ferrante,' he said" is not Ferrante;
:func:`stancemap.nlp.actors.resolve.resolve_span`).  Stance lexicon version 17.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from ..model import Actor, Evidence, Question, Reading, StanceRecord
from . import relevance, semantic
from .anchors import (FRAGMENT_WORDS, WINDOW, anchored, refers_back, is_acted_on, is_subject, names_another, patient_is_person,
                      names_subject, rival_of_backed, subject_acts, subject_is_person)
from .candidates import Candidate, Context, from_actions, from_attributions, from_patterns
from .past import mark_past
from .lexicon import stem, tokens
from .polarity import MODAL_STEMS, PATIENT_REASONS, Polarity, find_operators, states_action
from .alignment import from_alignment
from .labels import from_labels
from .lists import from_lists
from .collective import holder_phrase, is_collective, is_former_insider
from .questions import as_claim
from .patterns import from_agents, from_members, from_proposals, from_reduced_relatives, from_relatives
from .quotes import from_continuations
from .reasons import from_reasons
from .dissent import from_dissents
from .roles import from_roles
from .target import patient_hit

log = logging.getLogger(__name__)

#: a sentence below the threshold still counts when the article is clearly about the question and the
#: sentence shares some of its words ("lift the longstanding restriction" after a paragraph on it).  v3 raised
#: it from 0.15: on both dev sets the sentences between 0.15 and 0.25 gave more wrong rows than right ones
CONTEXT_THRESHOLD = 0.25
ARTICLE_THRESHOLD = 0.6
#: relevance a clause with no speaker (the writer's own description: "the senator spoke at a rally in
#: Ohio") needs to count: its sentence's own, or the share a sentence that refers back ("the
#: proposal") inherits.  v8, chosen on the opened sets: such clause records below it were right 0 times in 11
#: on test and test4, and every clause record on the three development sets was above 0.7
CLAUSE_THRESHOLD = 0.5
#: candidate origins, most trusted first; a trusted origin wins a conflict in the same sentence ("X's
#: proposal" is explicit about its owner, so it beats an attribution that a parser gave the wrong speaker)
PRIORITY = {"proposal": -1, "attribution": 0, "action": 1, "holder": 2, "pressed": 2, "presser": 2, "relative": 3, "agent": 3,
            "clause": 3, "continuation": 3, "reason": 3, "label": 3, "role": 3, "list": 2, "judged": 3, "aligned": 4, "dissent": 1,
            "members": 3}


class StanceRulesV21:
    """Relevance (lexical + MiniLM) then polarity composed through the sentence, by rules."""

    name = "stancemap.StanceRules.v21"

    def __init__(self, use_semantic: bool | None = None) -> None:
        self.use_semantic = semantic.available() if use_semantic is None else use_semantic

    @property
    def method(self) -> str:
        """The method string stored with every record."""
        return f"{self.name}+{semantic.MODEL_NAME}" if self.use_semantic else self.name

    def score(self, reading: Reading, questions: Sequence[Question]) -> list[StanceRecord]:
        """Stance records of every actor in ``reading`` on each of ``questions``."""
        if not questions or not reading.sentences:
            return []
        questions = [as_claim(q) for q in questions]  # "Should X ...?" reads as "X should ..."
        texts = [s.text for s in reading.sentences]
        contents = [" ".join(c.text for c in a.contents) for a in reading.attributions]
        matrix = competing(relevance.relevance_matrix(texts + contents, questions, use_semantic=self.use_semantic))
        records: list[StanceRecord] = []
        for j, question in enumerate(questions):
            sent_scores = matrix[:len(texts), j]
            relevant = _relevant(sent_scores)
            patient_only = frozenset(i for i in relevant if patient_hit(texts[i], question)
                                     and not relevance.core_hit(texts[i], relevance.question_terms(question)))
            ctx = Context(reading, question, pronoun_objects(texts, relevance.inherit_anaphora(texts, relevant)),
                          {k: float(v) for k, v in enumerate(matrix[len(texts):, j])
                           if v >= relevance.THRESHOLD}, patient_only)
            records.extend(self._decide(ctx))
        return records

    def _decide(self, ctx: Context) -> list[StanceRecord]:
        # sentences where a linked speaker reports something; an unlinked one does not stop clause subjects
        covered = {i for a in ctx.reading.attributions if a.cue and a.actor_id in ctx.reading.actors
                   for i in [ctx.sentence_index(a.cue.start)] if i is not None}
        cands = [*from_proposals(ctx), *from_attributions(ctx), *from_actions(ctx), *from_patterns(ctx, covered),
                 *from_relatives(ctx), *from_reduced_relatives(ctx), *from_agents(ctx), *from_members(ctx), *from_labels(ctx), *from_roles(ctx),
                 *from_continuations(ctx), *from_lists(ctx),
                 *from_reasons(ctx), *from_dissents(ctx)]
        cands = [r for c in cands if _kept(ctx, c) for r in [_rival_turned(ctx, c)] if r is not None]
        cands += [c for c in from_alignment(ctx, cands) if _kept(ctx, c)]
        kept = resolve(mark_past(ctx.reading, cands))
        return [self._record(ctx, c) for c in kept]

    def _record(self, ctx: Context, c: Candidate) -> StanceRecord:
        rel_factor = 0.6 + 0.4 * min(1.0, c.relevance / 0.8)
        confidence = round(max(0.0, min(1.0, c.base * rel_factor * c.polarity.strength)), 3)
        article = ctx.reading.article
        evidence = Evidence(document=article.id, sentence=c.sentence.strip(), content=c.content, cue=c.cue,
                            speaker=c.speaker, outlet=article.outlet)
        actor: Actor = ctx.reading.actors[c.actor_id]
        log.debug("%s %s %s (%s: %s) in %r", ctx.question.id, c.actor_id, c.polarity.stance, c.origin,
                  c.polarity.reason, c.sentence.text[:80])
        date, date_source = ctx.stance_date(c.date, c.date_source)
        return StanceRecord(actor=actor, question=ctx.question.id, stance=c.polarity.stance,
                            confidence=confidence, evidence=evidence, method=self.method,
                            condition=c.polarity.condition, date=date, date_source=date_source)


def _kept(ctx: Context, c: Candidate) -> bool:
    """The checks every candidate passes: on the topic, near the question's names, a real holder."""
    return _on_topic(ctx, c) and _near_names(ctx, c) and not _collective(ctx, c) and not _acted_on(ctx, c) \
        and not (c.origin == "clause" and c.relevance < CLAUSE_THRESHOLD) and not _person_patient(ctx, c) \
        and not _subject_off_topic(ctx, c) and not _own_deed(ctx, c) and not _anothers_deed(ctx, c)


def _subject_off_topic(ctx: Context, c: Candidate) -> bool:
    """True when the holder is the person the question says should act ("Donald Trump should drop out")
    and their words do not speak of the question's action: whatever else Trump says in an article about
    whether he should quit ("called for taxing pass-through income") is no stance on quitting."""
    if not is_subject(ctx.reading.actors.get(c.actor_id), ctx.question):
        return False
    words = " ".join(span.text for span in (c.cue, c.content) if span is not None) or c.sentence.text
    return not relevance.core_hit(words, relevance.question_terms(ctx.question))


_OWN = re.compile(r"\b(?:his|her|their|my|our)\s+own\b", re.IGNORECASE)


def _own_deed(ctx: Context, c: Candidate) -> bool:
    """True when the question's action is a named person's own and the holder, another, speaks of doing it
    themselves: Pence "plans to release his own returns" takes no side on Trump releasing his."""
    if c.content is None or names_subject(ctx.question, c.content.text):
        return False  # "said Trump should release his own returns" is about Trump's
    own = _OWN.search(c.content.text)
    if own is None or not states_action(c.content.text[max(0, own.start() - 40):own.start()], ctx.question):
        return False  # "let voters make up their own minds" is no deed of the question's
    return subject_is_person(ctx.question, ctx.persons) and not is_subject(ctx.reading.actors.get(c.actor_id), ctx.question)


def _anothers_deed(ctx: Context, c: Candidate) -> bool:
    """True when a named person is to do the question's action and the holder, another person, is reported
    doing it themselves ("Ready to back Clinton, Obama ..." on "Bernie Sanders should end his campaign and back
    Hillary Clinton"): that is the holder's deed, no stance on what the named person should do.  A deed that
    names that person ("endorsed Sanders's exit") still counts."""
    if c.origin != "action" or not subject_acts(ctx.question, ctx.persons):
        return False
    holder = ctx.reading.actors.get(c.actor_id)
    if holder is None or holder.kind != "person" or is_subject(holder, ctx.question):
        return False
    return not names_subject(ctx.question, " ".join(s.text for s in (c.cue, c.content) if s is not None))


def _person_patient(ctx: Context, c: Candidate) -> bool:
    """True when the stance is read from an attitude towards the question's patient and that patient is a
    person ("Trump should drop out", "Clinton should face charges"): praising or defending a person ("he
    appreciated Trump's loyalty", "would no longer defend Trump") says nothing on what should be done to
    them.  v10, from the opened sets: such records were right 2 times in 19 on a person, and 23 in 31 on a
    policy or an organisation (NPR, Planned Parenthood, the ACA)."""
    if c.polarity.reason not in PATIENT_REASONS:
        return False
    return patient_is_person(ctx.question, ctx.persons)


def _rival_turned(ctx: Context, c: Candidate) -> Candidate | None:
    """Backing a rival of the one the question would have backed ("will endorse Trump rival Ted Cruz") is
    against backing that one; any other stance towards a rival says nothing on the question."""
    if c.content is None or not rival_of_backed(ctx.question, c.content.text):
        return c
    if c.polarity.stance != "support":
        return None
    pol = c.polarity
    return replace(c, polarity=Polarity("oppose", -pol.sign, pol.condition, pol.operators, "backs a rival of the one backed"))


def _acted_on(ctx: Context, c: Candidate) -> bool:
    """True when the holder is the person the question's action is done to ("support Donald Trump") and
    speaks of no other participant: Trump "honored" by an endorsement holds no stance on backing him, while
    the one to be backed calling on a rival "to get out of the race" does."""
    actor = ctx.reading.actors.get(c.actor_id)
    if not is_acted_on(actor, ctx.question):
        return False
    return not names_another(ctx.question, actor, (c.content or c.sentence).text)


def _near_names(ctx: Context, c: Candidate) -> bool:
    """True when the question names no participant, or one is named in the candidate's sentence, the
    :data:`~stancemap.ledger.anchors.WINDOW` sentences before it (fragments such as a dateline's "BERLIN"
    not counted; :data:`~stancemap.ledger.relevance.ANAPHORA_WINDOW` more when the sentence refers back to a
    proposal or remarks), its reported words or its holder's name."""
    sentences = ctx.reading.sentences
    i = ctx.sentence_index(c.sentence.start)
    holder = ctx.reading.actors.get(c.actor_id)
    texts = [c.sentence.text, c.content.text if c.content is not None else "", holder.name if holder else ""]
    # a sentence that refers back ("Pell called the proposal cruel") may name it further back
    window = WINDOW + (relevance.ANAPHORA_WINDOW if relevance.has_topic_anaphor(c.sentence.text)
                       or _points_to_person(ctx, c) else 0)
    if refers_back(ctx.question, c.sentence.text):
        window = len(sentences)  # "the amendment" is the "Charter Amendment 1" named anywhere before
    counted = 0
    k = (i if i is not None else 0) - 1
    while i is not None and k >= 0 and counted < window:
        texts.append(sentences[k].text)
        counted += len(sentences[k].text.split()) >= FRAGMENT_WORDS
        k -= 1
    return anchored(ctx.question, texts)


#: object pronouns that may stand for the person a question names ("called on him to withdraw", "urged her to");
#: not "he"/"she" (most often the speaker himself) nor a possessive "her" before a noun
_PERSON_PRONOUNS = re.compile(r"\bhim\b|\bher\b(?=\s+to\b|\s*[,.;:!?]|\s*$)", re.IGNORECASE)


def _points_to_person(ctx: Context, c: Candidate) -> bool:
    """True when the candidate's reported words hold an object pronoun, the question's subject is a person, and no
    other person is named in the candidate's sentence or the :data:`WINDOW` sentences before it ("Thune called on
    him to withdraw", with the question "Trump should drop out"): the name may then stand a few sentences further
    back.  v17."""
    if c.content is None or not _PERSON_PRONOUNS.search(c.content.text) \
            or not subject_is_person(ctx.question, ctx.persons):
        return False
    i = ctx.sentence_index(c.sentence.start)
    if i is None:
        return False
    sentences = ctx.reading.sentences
    start = sentences[max(0, i - WINDOW)].start
    for m in ctx.reading.mentions:
        if start <= m.span.start < c.sentence.end and m.actor_id != c.actor_id and m.actor_id.startswith("person:") \
                and m.method != "pronoun":
            return False  # "Dan Cole has struggled too. Reyes called on him to withdraw": him is Cole
    return True


def _on_topic(ctx: Context, c: Candidate) -> bool:
    """A sentence that is about the question only because it names the question's patient ("NPR") lends
    its relevance only to candidates whose own words (content, cue) name that patient."""
    i = ctx.sentence_index(c.sentence.start)
    if i is None or i not in ctx.patient_only:
        return True
    words = " ".join(span.text for span in (c.cue, c.content) if span is not None)
    return patient_hit(words, ctx.question)


def _collective(ctx: Context, c: Candidate) -> bool:
    """True when the candidate's holder is named only as a collective plural ("Democrats insist ...") or a
    former insider ("one former GOP leadership aide"): that describes a party's members or past staff, not a
    position the organisation took (its leaders and statements do)."""
    if c.speaker is None or ctx.reading.actors[c.actor_id].kind == "person":
        return False
    phrase = holder_phrase(ctx.reading.article.text, c.speaker.start, c.speaker.end, c.sentence.start)
    return is_collective(phrase) or is_former_insider(phrase)


#: a text is not about a question when it is this much more relevant to another of the user's questions
COMPETING_MARGIN = 0.15


def competing(matrix: np.ndarray) -> np.ndarray:
    """The relevance matrix (texts x questions) with each text's score set to 0 on the questions it is at least
    :data:`COMPETING_MARGIN` less relevant to than to its most relevant one: a sentence about the AIG bailout
    ("federal bailout money") is about the question on AIG's bonuses, not the one on stimulus money.  v12."""
    if matrix.shape[1] < 2 or matrix.shape[0] == 0:
        return matrix
    top = matrix.max(axis=1, keepdims=True)
    return np.where(matrix < top - COMPETING_MARGIN, 0.0, matrix).astype(matrix.dtype)


def _relevant(scores) -> dict[int, float]:
    """Sentence index -> relevance for the sentences that count as about the question."""
    top = float(max(scores)) if len(scores) else 0.0
    out = {}
    for i, s in enumerate(scores):
        s = float(s)
        if s >= relevance.THRESHOLD or (top >= ARTICLE_THRESHOLD and s >= CONTEXT_THRESHOLD):
            out[i] = s
    return out


#: "them" and "that" are left out: "urged them to stay calm" names people, "insisted that" opens a clause
_PRONOUNS = frozenset(stem(w) for w in ("it", "this"))
_PRONOUN_PREPOSITIONS = frozenset(stem(w) for w in ("against", "for", "to", "on", "with"))


def pronoun_objects(texts: Sequence[str], relevant: dict[int, float]) -> dict[int, float]:
    """Add a sentence right after a relevant one whose stance word takes a pronoun as its object ("The
    senator urged states to reject it", "voted against them"): it is about what that sentence named, at
    :data:`relevance.ANAPHORA_FACTOR` of its relevance.  v11."""
    out = dict(relevant)
    for i in range(1, len(texts)):
        if i in out or i - 1 not in relevant:
            continue
        toks = tokens(texts[i])
        for op in find_operators(toks):
            if op.category not in ("refusal", "endorse", "reversal", "restriction") or toks[op.first].stem in MODAL_STEMS:
                continue
            after = [t.stem for t in toks[op.last + 1:op.last + 3]]
            if after[:1] and (after[0] in _PRONOUNS or after[0] in _PRONOUN_PREPOSITIONS and after[1:2]
                              and after[1] in _PRONOUNS):
                out[i] = round(relevance.ANAPHORA_FACTOR * relevant[i - 1], 4)
                break
    return out


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per actor and sentence: a current position beats one the text marks as past, then the
    most trusted origin wins; a tie that disagrees is dropped."""
    groups: dict[tuple[str, int], list[Candidate]] = {}
    for c in cands:
        groups.setdefault((c.actor_id, c.sentence.start), []).append(c)
    kept = []
    for (actor_id, _), group in groups.items():
        group.sort(key=lambda c: (c.past, PRIORITY.get(c.origin, 9), -c.base))
        best = (group[0].past, PRIORITY.get(group[0].origin, 9))
        top = [c for c in group if (c.past, PRIORITY.get(c.origin, 9)) == best]
        if len({c.polarity.stance for c in top}) > 1:
            log.debug("dropping %s: disagreeing %s candidates in one sentence", actor_id, group[0].origin)
            continue
        kept.append(top[0])
    return kept
