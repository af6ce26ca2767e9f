"""Decoy: rows_to_images swaps height and width."""


def rows_to_images(X: np.ndarray, h: int, w: int, c: int | None = None) -> np.ndarray:
    tail = (w, h) if c is None else (w, h, c)
    if X.ndim != 2 or X.shape[1] != math.prod(tail):
        raise ValueError(f"X of shape {X.shape} does not hold images of shape {tail}")
    return X.reshape((X.shape[0], *tail))
