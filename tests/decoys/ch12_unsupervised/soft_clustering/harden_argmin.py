"""Decoy: harden takes the smallest membership (argmin) instead of the largest."""

import numpy as np


def _squared_distances(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    X, centers = np.asarray(X, dtype=float), np.asarray(centers, dtype=float)
    if X.ndim != 2 or centers.ndim != 2:
        raise ValueError(f"X and centers must be 2-D, got {X.ndim}-D and {centers.ndim}-D")
    if X.shape[1] != centers.shape[1] or centers.shape[0] < 1:
        raise ValueError(f"centers must have shape (k >= 1, {X.shape[1]}), got {centers.shape}")
    return ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)


def soft_assign(X: np.ndarray, centers: np.ndarray, sigma2: float) -> np.ndarray:
    if not sigma2 > 0:
        raise ValueError(f"sigma2 must be positive, got {sigma2}")
    logits = -_squared_distances(X, centers) / (2.0 * sigma2)
    # Subtract each row's maximum before exponentiating (log-sum-exp): for a tiny sigma2 every
    # exp() would otherwise underflow to 0 and the row would be 0 / 0.
    logits -= logits.max(axis=1, keepdims=True)
    weights = np.exp(logits)
    return weights / weights.sum(axis=1, keepdims=True)


def fuzzy_memberships(X: np.ndarray, centers: np.ndarray, m: float = 2.0) -> np.ndarray:
    if not m > 1:
        raise ValueError(f"the fuzzifier m must be > 1, got {m}")
    d2 = _squared_distances(X, centers)
    at_centre = d2 == 0
    # u_ij is proportional to d_ij^(-2/(m-1)) = (d2_ij)^(-1/(m-1)); scale each row by its smallest
    # distance first so that the powers neither overflow nor underflow.
    nearest = np.where(at_centre.any(axis=1, keepdims=True), 1.0, d2.min(axis=1, keepdims=True))
    with np.errstate(divide="ignore"):
        weights = (d2 / nearest) ** (-1.0 / (m - 1.0))
    weights = np.where(at_centre.any(axis=1, keepdims=True), at_centre.astype(float), weights)
    return weights / weights.sum(axis=1, keepdims=True)


def harden(U: np.ndarray) -> np.ndarray:
    U = np.asarray(U, dtype=float)
    if U.ndim != 2 or U.shape[1] < 1:
        raise ValueError(f"U must be a 2-D (n, k) array with k >= 1, got shape {U.shape}")
    return np.argmin(U, axis=1)
