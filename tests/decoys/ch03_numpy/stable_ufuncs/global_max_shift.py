"""Decoy: logsumexp shifts every slice by the global maximum, underflowing slices far below it."""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))  # never overflows: the exponent is <= 0
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softplus(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    # log(1 + e^x) = max(x, 0) + log(1 + e^-|x|)
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def logsumexp(x: np.ndarray, axis: int | None = None, keepdims: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    np.max(x, axis=axis)  # raises AxisError for a bad axis
    m = np.max(x, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)  # an all -inf slice: shift by 0, not by -inf
    with np.errstate(divide="ignore"):  # log(0) = -inf for an all -inf slice
        out = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return out if keepdims else np.squeeze(out, axis=axis)


def log_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return x - logsumexp(x, axis=axis, keepdims=True)


def safe_log(p: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    if np.any(p < 0):
        raise ValueError("probabilities must be non-negative")
    return np.log(np.maximum(p, eps))
