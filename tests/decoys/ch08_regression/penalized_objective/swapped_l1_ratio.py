"""Decoy: the elastic-net mix is swapped: l1_ratio weights L2, 1 - l1_ratio weights L1."""

import numpy as np

_L1_RATIO = {"l2": 0.0, "l1": 1.0}


def _prepare(w, X, y, alpha, kind, l1_ratio):
    """Validated float arrays and the effective l1_ratio of ``kind``."""
    w, X, y = (np.asarray(a, dtype=float) for a in (w, X, y))
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if y.ndim != 1 or w.ndim != 1:
        raise ValueError("y and w must be 1-D")
    if X.shape != (y.shape[0], w.shape[0]):
        raise ValueError(f"X has shape {X.shape}, expected ({y.shape[0]}, {w.shape[0]})")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    if kind == "elasticnet":
        if not 0.0 <= l1_ratio <= 1.0:
            raise ValueError(f"l1_ratio must be in [0, 1], got {l1_ratio}")
        rho = 1.0 - float(l1_ratio)
    elif kind in _L1_RATIO:
        rho = _L1_RATIO[kind]
    else:
        raise ValueError(f"kind must be 'l2', 'l1' or 'elasticnet', got {kind!r}")
    return w, X, y, rho


def penalized_loss(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> float:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    data = r @ r / (2 * len(y))
    penalty = alpha * rho * np.abs(w).sum() + alpha * (1 - rho) / 2 * (w @ w)
    return float(data + penalty)


def penalized_grad(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, alpha: float,
                   kind: str, l1_ratio: float = 0.5) -> tuple[np.ndarray, float]:
    w, X, y, rho = _prepare(w, X, y, alpha, kind, l1_ratio)
    r = y - X @ w - b
    # np.sign(0) == 0 picks the zero subgradient of |w_j| at the kink.
    grad_w = -X.T @ r / len(y) + alpha * rho * np.sign(w) + alpha * (1 - rho) * w
    return grad_w, float(-r.mean())
