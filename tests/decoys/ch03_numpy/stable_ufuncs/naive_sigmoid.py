"""Decoy: sigmoid is exp(x) / (1 + exp(x)), which gives nan (inf / inf) for large x."""


def sigmoid(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.exp(x) / (1.0 + np.exp(x))
