"""Decoy: softmax normalises over the first axis (columns of a 2-D input) instead of the last."""


def softmax(Z: np.ndarray) -> np.ndarray:
    Z = np.asarray(Z, dtype=float)
    # Subtracting each row's maximum changes nothing mathematically and keeps exp <= 1.
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)
