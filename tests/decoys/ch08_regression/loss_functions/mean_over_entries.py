"""Decoy: categorical cross-entropy averages over all n * K entries instead of over the n rows."""


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
    return float(-np.mean(Y * np.log(P)))
