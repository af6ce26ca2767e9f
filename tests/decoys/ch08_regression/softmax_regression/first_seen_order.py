"""Decoy: one-vs-rest models come in order of first appearance of each label, not sorted."""


def fit_one_vs_rest(X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iter: int = 5000,
                    l2: float = 0.0) -> list[tuple[np.ndarray, float]]:
    X, y = _check(X, y, lr, n_iter, l2)
    classes = list(dict.fromkeys(y.tolist()))
    if len(classes) < 2:
        raise ValueError("one-vs-rest needs at least two classes")
    return [_fit_binary(X, (y == k).astype(float), lr, n_iter, l2) for k in classes]
