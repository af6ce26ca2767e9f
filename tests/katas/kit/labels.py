"""Hypothesis strategies for chapter-7 label vectors: class labels that are 0..k-1, arbitrary
integers or strings; (y_true, y_pred) pairs with the hard cases (a class absent from the
predictions or from the truth, a single class, a positive label other than 1); and probability
rows. Every strategy returns NumPy arrays: int64 for integer labels, a '<U' dtype for strings."""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

WORDS = ("ant", "bee", "cat", "dog", "eel", "fox", "gnu", "yes", "no", "spam", "ham", "neg", "pos")


def label_sets(min_k: int = 2, max_k: int = 4) -> st.SearchStrategy[np.ndarray]:
    """Sorted distinct class labels of one kind: 0..k-1, arbitrary integers (negative, with gaps)
    or strings. Length between min_k and max_k."""
    k = st.integers(min_k, max_k)
    dense = k.map(lambda n: np.arange(n, dtype=np.int64))
    sparse = k.flatmap(lambda n: st.lists(st.integers(-5, 50), min_size=n, max_size=n,
                                          unique=True)).map(lambda v: np.array(sorted(v), np.int64))
    words = k.flatmap(lambda n: st.lists(st.sampled_from(WORDS), min_size=n, max_size=n,
                                         unique=True)).map(lambda v: np.array(sorted(v)))
    return st.one_of(dense, sparse, words)


def label_vectors(labels: np.ndarray, min_size: int = 1,
                  max_size: int = 30) -> st.SearchStrategy[np.ndarray]:
    """A 1-D array of labels drawn (with repetition) from ``labels``."""
    idx = hnp.arrays(np.int64, st.integers(min_size, max_size),
                     elements=st.integers(0, len(labels) - 1))
    return idx.map(lambda i: np.asarray(labels)[i])


@st.composite
def label_pairs(draw: st.DrawFn, min_k: int = 2, max_k: int = 4, min_size: int = 1,
                max_size: int = 30) -> tuple[np.ndarray, np.ndarray]:
    """(y_true, y_pred) of equal length over one label set. Half the time y_pred (or y_true) is
    drawn from a strict subset of the labels, so a class is absent from one side; small sizes
    also leave classes out at random."""
    labels = draw(label_sets(min_k, max_k), label="labels")
    n = draw(st.integers(min_size, max_size), label="n")
    modes = ["free"] if len(labels) == 1 else ["free", "pred_missing", "true_missing"]
    mode = draw(st.sampled_from(modes))
    full = st.lists(st.integers(0, len(labels) - 1), min_size=n, max_size=n)
    part = st.lists(st.integers(0, max(len(labels) - 2, 0)), min_size=n, max_size=n)
    t = draw(part if mode == "true_missing" else full)
    p = draw(part if mode == "pred_missing" else full)
    # The missing class is the last label, in y_true or y_pred: rotate so it is not always the same.
    shift = draw(st.integers(0, len(labels) - 1))
    rot = np.roll(labels, shift)
    return rot[np.array(t, dtype=np.int64)], rot[np.array(p, dtype=np.int64)]


@st.composite
def binary_label_pairs(draw: st.DrawFn, min_size: int = 1,
                       max_size: int = 30) -> tuple[np.ndarray, np.ndarray, object, object]:
    """(y_true, y_pred, pos_label, neg_label): two labels (of any kind), the positive one chosen at
    random, and the positive label present in y_true or y_pred (possibly only one side; either
    vector may hold a single class)."""
    labels = draw(label_sets(2, 2), label="labels")
    pos_i = draw(st.integers(0, 1))
    pos, neg = labels[pos_i], labels[1 - pos_i]
    n = draw(st.integers(min_size, max_size))
    t = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    p = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    if not (t.any() or p.any()):
        p[draw(st.integers(0, n - 1))] = True
    y_true = np.where(t, pos, neg)
    y_pred = np.where(p, pos, neg)
    return y_true, y_pred, pos.item(), neg.item()


def shuffle_jointly(y_true: np.ndarray, y_pred: np.ndarray,
                    seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The same random permutation applied to both vectors."""
    order = np.random.default_rng(seed).permutation(len(y_true))
    return y_true[order], y_pred[order]


@st.composite
def probability_rows(draw: st.DrawFn, n: tuple[int, int] = (1, 20), k: tuple[int, int] = (2, 4),
                     ties: bool = True) -> np.ndarray:
    """A float array of shape (n, K) with non-negative rows summing to 1. With ``ties``, the
    weights are small integers, so exact ties (and zeros) are common."""
    rows = draw(st.integers(*n))
    cols = draw(st.integers(*k))
    if ties:
        w = draw(hnp.arrays(np.float64, (rows, cols), elements=st.integers(0, 3).map(float)))
    else:
        w = draw(hnp.arrays(np.float64, (rows, cols), elements=st.floats(0.0, 1.0)))
    w[w.sum(axis=1) == 0, 0] = 1.0
    return w / w.sum(axis=1, keepdims=True)
