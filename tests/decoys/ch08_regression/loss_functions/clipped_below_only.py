"""Decoy: probabilities are clipped to [eps, 1] only, so p = 1 with a 0 label costs infinity."""

import numpy as np


def _pair(a: np.ndarray, b: np.ndarray, names: str) -> tuple[np.ndarray, np.ndarray]:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1:
        raise ValueError(f"{names} must be 1-D, got {a.ndim}-D and {b.ndim}-D")
    if a.shape != b.shape:
        raise ValueError(f"{names} have different lengths: {a.shape[0]} and {b.shape[0]}")
    if a.size == 0:
        raise ValueError(f"{names} are empty")
    return a, b


def _unit_interval(a: np.ndarray, name: str) -> None:
    if np.any((a < 0) | (a > 1)):
        raise ValueError(f"{name} must lie in [0, 1]")


def mse(y: np.ndarray, yhat: np.ndarray) -> float:
    y, yhat = _pair(y, yhat, "y and yhat")
    return float(np.mean((y - yhat) ** 2))


def mae(y: np.ndarray, yhat: np.ndarray) -> float:
    y, yhat = _pair(y, yhat, "y and yhat")
    return float(np.mean(np.abs(y - yhat)))


def binary_cross_entropy(y: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    y, p = _pair(y, p, "y and p")
    _unit_interval(y, "y")
    _unit_interval(p, "p")
    # Clipping on both sides: log(0) at p = 0 (y = 1) and log(1 - 1) at p = 1 (y = 0) stay finite.
    p = np.clip(p, eps, 1)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log1p(-p)))


def categorical_cross_entropy(Y: np.ndarray, P: np.ndarray, eps: float = 1e-12) -> float:
    Y, P = np.asarray(Y, dtype=float), np.asarray(P, dtype=float)
    if Y.ndim != 2 or P.ndim != 2:
        raise ValueError(f"Y and P must be 2-D, got {Y.ndim}-D and {P.ndim}-D")
    if Y.shape != P.shape:
        raise ValueError(f"Y and P have different shapes: {Y.shape} and {P.shape}")
    if Y.shape[0] == 0:
        raise ValueError("Y and P have no rows")
    _unit_interval(Y, "Y")
    _unit_interval(P, "P")
    P = np.clip(P, eps, 1 - eps)
    # Sum over the classes of each row, then average over the rows (not over all n * K entries).
    return float(-np.mean(np.sum(Y * np.log(P), axis=1)))
