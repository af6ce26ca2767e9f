"""Decoy: sigmoid picks between two formulas with np.where, which evaluates both, so the discarded
branch overflows (the values are right; only np.errstate(over='raise') shows it)."""


def sigmoid(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, 1.0 / (1.0 + np.exp(-x)), np.exp(x) / (1.0 + np.exp(x)))
