"""Decoy: softmax exponentiates the raw logits, so large logits overflow to inf / inf = NaN."""


def softmax(Z: np.ndarray) -> np.ndarray:
    Z = np.asarray(Z, dtype=float)
    # Subtracting each row's maximum changes nothing mathematically and keeps exp <= 1.
    E = np.exp(Z)
    return E / E.sum(axis=-1, keepdims=True)
