"""Decoy: sigmoid is exp(z) / (1 + exp(z)), which gives inf / inf = NaN for large z."""


def sigmoid(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    # exp is only ever taken of -|z| <= 0, so nothing can overflow; both branches are then safe:
    # z >= 0: 1 / (1 + exp(-z));  z < 0: exp(z) / (1 + exp(z)).
    return np.exp(z) / (1 + np.exp(z))
