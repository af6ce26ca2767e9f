"""Decoy: true_class_probs does not check that y has one label per row of P."""


def true_class_probs(P: np.ndarray, y: np.ndarray) -> np.ndarray:
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must have shape ({P.shape[0]},), got {y.shape}")
    if y.size and (y.min() < 0 or y.max() >= P.shape[1]):
        # Checked by hand: NumPy would quietly read P[i, -1] for a label -1.
        raise IndexError(f"labels must lie in 0..{P.shape[1] - 1}")
    # One index array per axis: row i pairs with column y[i].
    return P[np.arange(len(y)), y]
