"""A small BiLSTM tagger (BIO over Source / Cue / Content) over spaCy's token annotations.

Trained by ``scripts/train_attribution.py`` on PolNeAR train.  Inference needs torch (CPU); the
component falls back to rules when torch or the weights are missing.  Decoding is a Viterbi pass that
only allows valid BIO sequences, so every predicted span is well formed.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .features import CAT_FIELDS, LABELS, TAGS, Vocab

log = logging.getLogger(__name__)

EMB_DIMS = {"lower": 64, "lemma": 32, "shape": 8, "head_lemma": 32, "pos": 16, "dep": 16, "ent": 8, "head_dep": 8}


@dataclass
class TaggerConfig:
    """Shapes of the network (saved with the weights)."""

    sizes: dict[str, int]
    dense: int
    hidden: int = 128
    layers: int = 2
    dropout: float = 0.25

    def to_json(self) -> dict:
        return asdict(self)


def build_model(cfg: TaggerConfig):
    """A fresh torch module for ``cfg``."""
    import torch
    from torch import nn

    class BiLSTMTagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embs = nn.ModuleList(nn.Embedding(cfg.sizes[f], EMB_DIMS[f]) for f in CAT_FIELDS)
            width = sum(EMB_DIMS[f] for f in CAT_FIELDS) + cfg.dense
            self.drop = nn.Dropout(cfg.dropout)
            self.lstm = nn.LSTM(width, cfg.hidden, num_layers=cfg.layers, bidirectional=True,
                                batch_first=True, dropout=cfg.dropout)
            self.out = nn.Linear(2 * cfg.hidden, len(TAGS))

        def forward(self, ids, dense):
            """Logits [batch, time, tags] for ids [batch, time, fields] and dense [batch, time, flags]."""
            x = torch.cat([emb(ids[..., k]) for k, emb in enumerate(self.embs)] + [dense], dim=-1)
            h, _ = self.lstm(self.drop(x))
            return self.out(self.drop(h))

        def loss(self, ids, dense, tags):
            """Summed cross-entropy; tags of -100 (padding) are ignored."""
            logits = self(ids, dense)
            return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), tags.reshape(-1),
                                               ignore_index=-100, reduction="sum")

    model = BiLSTMTagger()
    model.config = cfg
    return model


def _allowed() -> np.ndarray:
    """allowed[i, j]: tag j may follow tag i (I-X only after B-X or I-X)."""
    n = len(TAGS)
    ok = np.ones((n, n), dtype=bool)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for i, prev in enumerate(TAGS):
                ok[i, j] = prev[2:] == tag[2:] and prev != "O"
    return ok


_ALLOWED = _allowed()
_START_OK = np.array([not t.startswith("I-") for t in TAGS])
_START = tuple(0.0 if ok else -1e9 for ok in _START_OK)


def _predecessor_groups() -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    """(allowed previous tags, the tags they may precede) for each distinct set of allowed previous tags."""
    groups: dict[tuple[int, ...], list[int]] = {}
    for j in range(len(TAGS)):
        groups.setdefault(tuple(i for i in range(len(TAGS)) if _ALLOWED[i, j]), []).append(j)
    return tuple((preds, tuple(js)) for preds, js in groups.items())


_GROUPS = _predecessor_groups()


def _best_previous(score: list[float], preds: tuple[int, ...]) -> tuple[int, float]:
    """The first allowed previous tag with the highest score, and that score."""
    best, value = preds[0], score[preds[0]]
    for i in preds[1:]:
        if score[i] > value:
            best, value = i, score[i]
    return best, value


def viterbi(logp: np.ndarray) -> np.ndarray:
    """Best valid BIO path through per-token log-probabilities ``logp`` [n, n_tags].

    Plain Python floats (float64) over the tag groups that share their allowed previous tags: with seven
    tags this is faster than a numpy step per token.  Ties go to the lowest tag index.
    """
    n = logp.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    rows = logp.astype(np.float64).tolist()
    score = [a + b for a, b in zip(rows[0], _START)]
    back: list[list[int]] = []
    for row in rows[1:]:
        prev, nxt = [0] * len(score), [0.0] * len(score)
        for preds, tags in _GROUPS:
            best, value = _best_previous(score, preds)
            for j in tags:
                prev[j], nxt[j] = best, value + row[j]
        back.append(prev)
        score = nxt
    path = [0] * n
    path[-1] = max(range(len(score)), key=lambda j: (score[j], -j))
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t - 1][path[t]]
    return np.array(path, dtype=np.int64)


def predict_logp(model, ids: np.ndarray, dense: np.ndarray) -> np.ndarray:
    """Per-token log-probabilities [n, n_tags] (no gradient)."""
    import torch

    if len(ids) == 0:
        return np.zeros((0, len(TAGS)), dtype=np.float32)
    # One thread: the LSTM steps are tiny, and torch's thread pool fighting spaCy and other processes for
    # the cores made a 1000-token doc take 1 s instead of 20 ms (measured on 2 shared cores).
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with torch.no_grad():
            logits = model(torch.from_numpy(ids)[None], torch.from_numpy(dense)[None])[0]
            return torch.log_softmax(logits, dim=-1).numpy()
    finally:
        torch.set_num_threads(threads)


def predict_tags(model, ids: np.ndarray, dense: np.ndarray) -> np.ndarray:
    """Tag ids for one doc's features."""
    return viterbi(predict_logp(model, ids, dense))


def decode_spans(doc, tags: np.ndarray) -> dict[str, list[tuple[int, int]]]:
    """Character spans per label from BIO tag ids (token-aligned, white space excluded)."""
    out: dict[str, list[tuple[int, int]]] = {lab: [] for lab in LABELS}
    cur_label, cur_start, cur_end = None, 0, 0
    for tok, tag_id in zip(doc, tags):
        tag = TAGS[int(tag_id)]
        if tok.is_space:
            continue
        if tag == "O" or tag.startswith("B-") or tag[2:] != cur_label:
            if cur_label:
                out[cur_label].append((cur_start, cur_end))
            cur_label = None if tag == "O" else tag[2:]
            cur_start = tok.idx
        cur_end = tok.idx + len(tok.text)
    if cur_label:
        out[cur_label].append((cur_start, cur_end))
    return out


class Tagger:
    """An ensemble of BiLSTM members, each with its feature vocabulary; log-probabilities are averaged."""

    def __init__(self, members: list[tuple[object, Vocab]]) -> None:
        self.members = members

    def logp(self, doc, text: str | None = None, regions: list | None = None) -> np.ndarray:
        """Mean per-token log-probabilities of the members [n_tokens, n_tags]."""
        from .features import DocFeatures

        features = DocFeatures.of(doc, text, regions)
        feats: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        out = []
        for model, vocab in self.members:
            if id(vocab) not in feats:
                feats[id(vocab)] = features.encode(vocab)
            ids, dense = feats[id(vocab)]
            out.append(predict_logp(model, ids, dense[:, :model.config.dense]))
        return np.mean(out, axis=0)

    def spans(self, doc, text: str | None = None, regions: list | None = None) -> dict[str, list[tuple[int, int]]]:
        """Cue / Source / Content character fragments of ``doc``."""
        return decode_spans(doc, viterbi(self.logp(doc, text, regions)))


def _load_member(torch, path: Path):
    blob = torch.load(path, map_location="cpu", weights_only=True)
    model = build_model(TaggerConfig(**blob["config"]))
    model.load_state_dict({k: v.float() for k, v in blob["state"].items()})
    model.eval()
    return model


def member_files(path: Path) -> list[tuple[Path, Path]]:
    """(weights, vocabulary) files of a tagger folder: ``model.pt`` + ``vocab.json``, or the ensemble
    members ``member-N.pt``, each with ``member-N.vocab.json`` or else the shared ``vocab.json``."""
    if (path / "model.pt").exists():
        return [(path / "model.pt", path / "vocab.json")]
    out = []
    for weights in sorted(path.glob("member-*.pt")):
        own = weights.with_suffix(".vocab.json")
        out.append((weights, own if own.exists() else path / "vocab.json"))
    return out


def load_tagger(path: str | Path) -> Tagger | None:
    """The tagger in a folder (see :func:`member_files`); None when there is none or torch is missing."""
    files = [(w, v) for w, v in member_files(Path(path)) if v.exists()]
    if not files:
        return None
    try:
        import torch
    except ImportError:
        log.warning("torch is not installed: attribution falls back to rules (pip install torch)")
        return None
    vocabs: dict[Path, Vocab] = {}
    members = []
    for weights, vocab_path in files:
        if vocab_path not in vocabs:
            vocabs[vocab_path] = Vocab.from_json(json.loads(vocab_path.read_text(encoding="utf-8")))
        members.append((_load_member(torch, weights), vocabs[vocab_path]))
    return Tagger(members)
