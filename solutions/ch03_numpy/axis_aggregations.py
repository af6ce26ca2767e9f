"""Reference solution for ch03/axis_aggregations."""

import warnings

import numpy as np


def column_summary(X: np.ndarray) -> dict[str, np.ndarray]:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    with warnings.catch_warnings():
        # An all-NaN column has no statistics: NumPy warns and returns NaN, which is the answer.
        warnings.simplefilter("ignore", RuntimeWarning)
        return {
            "mean": np.nanmean(X, axis=0),  # axis=0: collapse the rows, one value per column
            "std": np.nanstd(X, axis=0),
            "min": np.nanmin(X, axis=0),
            "max": np.nanmax(X, axis=0),
        }


def row_normalize(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    sums = X.sum(axis=1, keepdims=True)  # (n, 1): broadcasts across each row
    if (sums == 0).any():
        raise ValueError(f"rows {np.flatnonzero(sums[:, 0] == 0).tolist()} sum to 0")
    return X / sums


def argmax_per_row(P: np.ndarray) -> np.ndarray:
    P = np.asarray(P)
    if P.ndim != 2 or P.shape[1] == 0:
        raise ValueError(f"P must be 2-D with at least one column, got shape {P.shape}")
    return np.argmax(P, axis=1)  # np.argmax returns the first index of a tie
