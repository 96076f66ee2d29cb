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

    return BiLSTMTagger()


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


def viterbi(logp: np.ndarray) -> np.ndarray:
    """Best valid BIO path through per-token log-probabilities ``logp`` [n, n_tags]."""
    n = logp.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    trans = np.where(_ALLOWED, 0.0, -1e9)
    score = logp[0] + np.where(_START_OK, 0.0, -1e9)
    back = np.zeros((n, logp.shape[1]), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(score.argmax())
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path


def predict_logp(model, ids: np.ndarray, dense: np.ndarray) -> np.ndarray:
    """Per-token log-probabilities [n, n_tags] (no gradient)."""
    import torch

    if len(ids) == 0:
        return np.zeros((0, len(TAGS)), dtype=np.float32)
    with torch.no_grad():
        logits = model(torch.from_numpy(ids)[None], torch.from_numpy(dense)[None])[0]
        return torch.log_softmax(logits, dim=-1).numpy()


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


def load_tagger(path: str | Path):
    """(model, vocab) from a folder holding ``model.pt`` and ``vocab.json``; None when unusable."""
    path = Path(path)
    if not (path / "model.pt").exists():
        return None
    try:
        import torch
    except ImportError:
        log.warning("torch is not installed: attribution falls back to rules (pip install torch)")
        return None
    blob = torch.load(path / "model.pt", map_location="cpu", weights_only=True)
    model = build_model(TaggerConfig(**blob["config"]))
    model.load_state_dict(blob["state"])
    model.eval()
    vocab = Vocab.from_json(json.loads((path / "vocab.json").read_text(encoding="utf-8")))
    return model, vocab
