"""Decoy: the raw powers are penalised without standardising them."""


def fit_poly_ridge(x: np.ndarray, y: np.ndarray, degree: int, alpha: float):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError(f"x and y must be 1-D, got {x.ndim}-D and {y.ndim}-D")
    if x.shape != y.shape:
        raise ValueError(f"x has {x.shape[0]} values but y has {y.shape[0]}")
    if degree < 1:
        raise ValueError(f"degree must be >= 1, got {degree}")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")
    P = _powers(x, degree)
    if np.any(np.ptp(P, axis=0) == 0):
        raise ValueError("a power of x is constant and cannot be standardised")
    mean, std = P.mean(axis=0), np.ones(degree)
    Z = P - mean
    # Ridge is least squares on Z stacked over sqrt(alpha) * I (targets 0): the solver works on
    # Z itself, never on Z.T @ Z, and alpha = 0 is plain least squares.
    A = np.vstack([Z, np.sqrt(alpha) * np.eye(degree)])
    target = np.concatenate([y - y.mean(), np.zeros(degree)])
    coef = np.linalg.lstsq(A, target, rcond=None)[0]
    return _PolyRidge(degree, mean, std, coef, float(y.mean()))
