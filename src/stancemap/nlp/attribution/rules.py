"""Dependency-parse rules that label cues, sources and contents (used when the tagger is unavailable).

Cues: a reporting verb from the lexicon with a clausal complement or a quote in its sentence, an
"according to X" phrase, or a cue noun ("in a statement").  Content: the verb's ``ccomp`` subtree or the
quoted regions of the sentence.  Source: the verb's ``nsubj`` subtree, or the object of "according to";
a passive/impersonal construction ("it was reported") has no source.
"""
from __future__ import annotations

from .features import lexicon
from .quotes import QuoteRegion

Frag = tuple[int, int]


def _frag(toks) -> Frag | None:
    toks = [t for t in toks if not t.is_space]
    if not toks:
        return None
    return (min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks))


def _quotes_in(sent, quotes: list[QuoteRegion]) -> list[Frag]:
    return [(q.start, q.end) for q in quotes if sent.start_char <= q.start < sent.end_char]


def _verb_cue(tok, sent_quotes: list[Frag], lex: dict) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in lex["verbs_set"]:
        return False
    has_clause = any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
    if lemma in lex.get("verbs_needing_clause", []):
        return has_clause
    return has_clause or bool(sent_quotes)


def _source_of(verb) -> Frag | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it":
            return _frag(list(c.subtree))
    return None


def _content_of(verb, sent_quotes: list[Frag]) -> list[Frag]:
    for c in verb.children:
        if c.dep_ == "ccomp":
            toks = [t for t in c.subtree if not t.is_punct or t.i < max(x.i for x in c.subtree)]
            frag = _frag(toks)
            if frag and not any(q[0] <= frag[0] and frag[1] <= q[1] for q in sent_quotes):
                return [frag]
    return sent_quotes


def _according_to(sent) -> list[dict[str, list[Frag]]]:
    out = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            to = tok.nbor()
            objs = [c for c in to.children if c.dep_ == "pobj"]
            rest = [t for t in sent if not t.is_punct and t.i not in range(tok.i, (objs[0].right_edge.i + 1) if objs else to.i + 1)]
            if not rest:
                continue
            content = [t for t in rest if t.i > (objs[0].right_edge.i if objs else to.i)] or rest
            found = {"Cue": [_frag([tok, to])], "Source": [_frag(list(objs[0].subtree))] if objs else [],
                     "Content": [_frag(content)]}
            out.append({k: [f for f in v if f] for k, v in found.items()})
    return out


def label_spans(doc, quotes: list[QuoteRegion]) -> dict[str, list[Frag]]:
    """Cue / Source / Content fragments found by rules."""
    lex = lexicon()
    spans: dict[str, list[Frag]] = {"Cue": [], "Source": [], "Content": []}
    if not doc.has_annotation("DEP"):
        return spans
    for sent in doc.sents:
        sent_quotes = _quotes_in(sent, quotes)
        found = _according_to(sent)
        for tok in sent:
            if _verb_cue(tok, sent_quotes, lex):
                content = _content_of(tok, sent_quotes)
                if content:
                    src = _source_of(tok)
                    found.append({"Cue": [(tok.idx, tok.idx + len(tok.text))], "Content": content,
                                  "Source": [src] if src else []})
                    break
        for f in found:
            for label, frags in f.items():
                spans[label].extend(frags)
    return spans
