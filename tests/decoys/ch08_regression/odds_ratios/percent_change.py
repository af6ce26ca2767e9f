"""Decoy: odds ratios are reported as the percentage change exp(coef) - 1."""

import numpy as np


def odds(p: np.ndarray) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    # Written as "not inside" so that NaN is rejected too.
    if not np.all((p > 0) & (p < 1)):
        raise ValueError("every probability must lie strictly between 0 and 1")
    return p / (1 - p)


def odds_ratios(coef: np.ndarray) -> np.ndarray:
    return np.expm1(np.asarray(coef, dtype=float))


def prob_after_change(p0: float, coef_j: float, delta: float) -> float:
    if not 0 < p0 < 1:
        raise ValueError(f"p0 must lie strictly between 0 and 1, got {p0}")
    # Multiplying the odds by exp(coef_j * delta) adds coef_j * delta to the log-odds.
    z = np.log(p0) - np.log1p(-p0) + coef_j * delta
    # The logistic function, never taking exp of a positive number.
    if z >= 0:
        return float(1 / (1 + np.exp(-z)))
    return float(np.exp(z) / (1 + np.exp(z)))
