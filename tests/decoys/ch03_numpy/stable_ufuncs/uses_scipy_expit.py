"""Decoy: sigmoid calls scipy.special.expit."""

from scipy.special import expit


def sigmoid(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return expit(x)
