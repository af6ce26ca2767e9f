"""Decoy: the class weights are count_k / n (frequencies) instead of n / (K * count_k)."""


def balanced_class_weights(y: np.ndarray) -> dict:
    classes, counts = _classes(y)
    weights = counts / len(y)
    return {c.item(): float(w) for c, w in zip(classes, weights, strict=True)}
