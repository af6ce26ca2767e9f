"""Decoy: rows that do not sum to 1 are accepted."""


def _validate(proba: np.ndarray) -> np.ndarray:
    proba = np.asarray(proba, dtype=float)
    if proba.ndim != 2:
        raise ValueError(f"proba must be 2-D (n, K), got {proba.ndim}-D")
    if (proba < 0).any():
        raise ValueError("probabilities must be non-negative")
    return proba
