"""Decoy: the elastic-net mix is swapped: l1_ratio weights L2, 1 - l1_ratio weights L1."""


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
