"""Train the attribution tagger on PolNeAR train, select on dev (never test).

    python scripts/train_attribution.py [--cache /tmp/stancemap-attr] [--epochs 12] [--out DIR]
    python scripts/train_attribution.py --ensemble     # the shipped four-member ensemble (~15 min, 1 core)

Steps: parse train/dev with the default spaCy pipeline (cached as DocBin files), build the feature
vocabulary on train, train a small BiLSTM tagger (BIO over Source/Cue/Content) with torch on CPU,
keep the epoch with the best dev micro-F1 of exact spans, and write ``model.pt`` + ``vocab.json`` to
``src/stancemap/data/models/attribution/``.  Only offsets and learned weights are written; no corpus
text leaves the shared data folder.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import time
from pathlib import Path

import numpy as np

log = logging.getLogger("train_attribution")
OUT = Path(__file__).resolve().parents[1] / "src" / "stancemap" / "data" / "models" / "attribution"
#: the members of the shipped ensemble (varied size, epochs and features for diversity)
RECIPE = [
    {"hidden": 64, "layers": 2, "epochs": 8, "flags": 9},
    {"hidden": 128, "layers": 2, "epochs": 8, "flags": 9},
    {"hidden": 64, "layers": 2, "epochs": 10, "flags": 13},
    {"hidden": 128, "layers": 2, "epochs": 7, "flags": 13},
]


def parse_split(split: str, cache: Path):
    """Parsed Docs of a PolNeAR split with gold fragments in ``doc.user_data['gold']`` (cached)."""
    import spacy
    from spacy.tokens import DocBin

    from stancemap.config import DEFAULT_MODEL
    from stancemap.evaluation.polnear import load_split
    from stancemap.nlp.typography import parse_text

    path = cache / f"{split}.spacy"
    nlp = spacy.load(DEFAULT_MODEL)
    gold = load_split(split)
    if not path.exists():
        t0 = time.time()
        docbin = DocBin(store_user_data=False)
        for doc in nlp.pipe((parse_text(g.text) for g in gold), batch_size=8):  # as the reader sees it
            docbin.add(doc)
        cache.mkdir(parents=True, exist_ok=True)
        docbin.to_disk(path)
        log.info("parsed %s: %d docs in %.0fs", split, len(gold), time.time() - t0)
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return docs, gold


def gold_spans(gold_doc) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
    for a in gold_doc.attributions:
        out["Cue"].extend(a.cue)
        out["Content"].extend(a.content)
        out["Source"].extend(a.source)
    return out


def featurise(docs, golds, vocab, n_flags: int):
    from stancemap.nlp.attribution.features import doc_features, spans_to_tags

    data = []
    for doc, g in zip(docs, golds):
        ids, dense = doc_features(doc, vocab, n_flags)
        data.append((ids, dense, spans_to_tags(doc, gold_spans(g))))
    return data


def pack(out: Path, members: list[Path]) -> None:
    """Combine trained folders into one ensemble folder of float16 ``member-N.pt`` files.

    The first member's vocabulary is ``vocab.json``; a member trained with another one gets its own
    ``member-N.vocab.json``.
    """
    import torch

    out.mkdir(parents=True, exist_ok=True)
    shared = (members[0] / "vocab.json").read_text(encoding="utf-8")
    (out / "vocab.json").write_text(shared, encoding="utf-8")
    notes = []
    for n, folder in enumerate(members):
        blob = torch.load(folder / "model.pt", map_location="cpu", weights_only=True)
        blob["state"] = {k: v.half() for k, v in blob["state"].items()}
        torch.save(blob, out / f"member-{n}.pt")
        vocab = (folder / "vocab.json").read_text(encoding="utf-8")
        if vocab != shared:
            (out / f"member-{n}.vocab.json").write_text(vocab, encoding="utf-8")
        note = folder / "TRAINING.md"
        notes.append(f"- member-{n}: " + (note.read_text(encoding="utf-8").strip() if note.exists()
                                          else f"{folder.name} (training notes missing)"))
    (out / "TRAINING.md").write_text(
        "Ensemble of BiLSTM taggers (log-probabilities averaged), weights stored as float16.\n"
        + "\n".join(notes) + "\n", encoding="utf-8")
    log.info("packed %d members into %s", len(members), out)


def dev_score(model, data, docs, golds) -> float:
    """Micro-F1 of exact character spans over the three labels on dev."""
    from stancemap.nlp.attribution.tagger import decode_spans, predict_tags

    tp = fp = fn = 0
    for (ids, dense, _), doc, g in zip(data, docs, golds):
        pred = decode_spans(doc, predict_tags(model, ids, dense))
        gold = gold_spans(g)
        for label in gold:
            p = {(s, e) for s, e in pred.get(label, [])}
            q = set(gold[label])
            tp += len(p & q)
            fp += len(p - q)
            fn += len(q - p)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def make_windows(data, size: int):
    """Stack every doc's features into fixed windows of ``size`` tokens (padding tags are -100)."""
    import torch

    ids_w, dense_w, tags_w = [], [], []
    for ids, dense, tags in data:
        for lo in range(0, len(tags), size):
            n = min(size, len(tags) - lo)
            i = np.zeros((size, ids.shape[1]), dtype=np.int64)
            d = np.zeros((size, dense.shape[1]), dtype=np.float32)
            t = np.full(size, -100, dtype=np.int64)
            i[:n], d[:n], t[:n] = ids[lo:lo + n], dense[lo:lo + n], tags[lo:lo + n]
            ids_w.append(i)
            dense_w.append(d)
            tags_w.append(t)
    return (torch.from_numpy(np.stack(ids_w)), torch.from_numpy(np.stack(dense_w)),
            torch.from_numpy(np.stack(tags_w)))


def save(out: Path, cfg, state, vocab) -> None:
    """Write the weights (``model.pt``) and the feature vocabulary (``vocab.json``)."""
    import torch

    out.mkdir(parents=True, exist_ok=True)
    torch.save({"config": cfg.to_json(), "state": state}, out / "model.pt")
    (out / "vocab.json").write_text(json.dumps(vocab.to_json()), encoding="utf-8")


def train(args) -> None:
    import torch

    from stancemap.nlp.attribution.features import build_vocab
    from stancemap.nlp.attribution.tagger import TaggerConfig, build_model

    torch.set_num_threads(args.threads)
    random.seed(0)
    torch.manual_seed(0)
    cache = Path(args.cache)
    train_docs, train_gold = parse_split("train", cache)
    dev_docs, dev_gold = parse_split("dev", cache)
    vocab = build_vocab(train_docs)
    train_data = featurise(train_docs, train_gold, vocab, args.flags)
    dev_data = featurise(dev_docs, dev_gold, vocab, args.flags)
    cfg = TaggerConfig(sizes=vocab.sizes(), dense=train_data[0][1].shape[1], hidden=args.hidden,
                       layers=args.layers)
    model = build_model(cfg)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    best, best_state = -1.0, None
    windows = make_windows(train_data, args.window)
    log.info("%d training windows of %d tokens", len(windows[0]), args.window)
    for epoch in range(args.epochs):
        model.train()
        t0, total = time.time(), 0.0
        order = torch.randperm(len(windows[0]))
        for lo in range(0, len(order), args.batch):
            idx = order[lo:lo + args.batch]
            loss = model.loss(windows[0][idx], windows[1][idx], windows[2][idx]) / len(idx)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        model.eval()
        score = dev_score(model, dev_data, dev_docs, dev_gold)
        log.info("epoch %d loss %.1f dev exact micro-F1 %.4f (%.0fs)", epoch, total, score, time.time() - t0)
        if score > best:
            best, best_state = score, {k: v.detach().clone() for k, v in model.state_dict().items()}
            save(Path(args.out), cfg, best_state, vocab)
    out = Path(args.out)
    (out / "TRAINING.md").write_text(
        f"Trained by scripts/train_attribution.py on PolNeAR train ({len(train_docs)} articles), "
        f"epoch selected on dev (exact micro-F1 {best:.4f}). Epochs {args.epochs}, hidden {args.hidden}, layers {args.layers}, "
        f"flags {args.flags}, lr {args.lr}, window {args.window}, batch {args.batch}. Holds learned weights and a feature vocabulary only.\n",
        encoding="utf-8")
    log.info("saved %s (dev %.4f)", out, best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default="/tmp/stancemap-attr")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--window", type=int, default=200)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--flags", type=int, default=13, help="how many dense flags to use (9 = first version)")
    ap.add_argument("--prepare-only", action="store_true")
    ap.add_argument("--ensemble", action="store_true",
                    help="train the shipped ensemble's four members (RECIPE) and pack them into --out")
    ap.add_argument("--pack", nargs="+", metavar="FOLDER",
                    help="combine these trained folders into an ensemble written to --out")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.pack:
        pack(Path(args.out), [Path(p) for p in args.pack])
        return
    if args.ensemble:
        folders = []
        for n, recipe in enumerate(RECIPE):
            member = argparse.Namespace(**{**vars(args), **recipe, "out": f"{args.cache}/member-{n}"})
            train(member)
            folders.append(Path(member.out))
        pack(Path(args.out), folders)
        return
    if args.prepare_only:
        for split in ("train", "dev"):
            parse_split(split, Path(args.cache))
        return
    train(args)


if __name__ == "__main__":
    main()
