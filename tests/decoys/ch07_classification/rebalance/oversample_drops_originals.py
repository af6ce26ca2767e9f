"""Decoy: oversampling draws n_max rows with replacement per class, so original rows can be lost."""

import numpy as np


def _classes(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    classes, counts = np.unique(y, return_counts=True)
    if classes.size < 2:
        raise ValueError("rebalancing needs at least two classes")
    return classes, counts


def _check_xy(X: np.ndarray, y: np.ndarray) -> None:
    if np.ndim(X) != 2 or np.shape(X)[0] != np.shape(y)[0]:
        raise ValueError(f"X must be 2-D with one row per label, got X {np.shape(X)} and "
                         f"y {np.shape(y)}")


def balanced_class_weights(y: np.ndarray) -> dict:
    classes, counts = _classes(y)
    weights = len(y) / (classes.size * counts)
    return {c.item(): float(w) for c, w in zip(classes, weights, strict=True)}


def random_oversample(X: np.ndarray, y: np.ndarray,
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X), np.asarray(y)
    _check_xy(X, y)
    classes, counts = _classes(y)
    rng = np.random.default_rng(seed)
    n_max = counts.max()
    blocks = []
    for c in classes:
        idx = np.flatnonzero(y == c)
        # Keep every original row, then top up with draws with replacement.
        blocks.append(rng.choice(idx, size=n_max, replace=True))
    rows = np.concatenate(blocks)
    return X[rows], y[rows]


def random_undersample(X: np.ndarray, y: np.ndarray,
                       seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    X, y = np.asarray(X), np.asarray(y)
    _check_xy(X, y)
    classes, counts = _classes(y)
    rng = np.random.default_rng(seed)
    n_min = counts.min()
    rows = np.concatenate([rng.choice(np.flatnonzero(y == c), size=n_min, replace=False)
                           for c in classes])
    return X[rows], y[rows]
