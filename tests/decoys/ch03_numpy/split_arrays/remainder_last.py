"""Decoy: split_into gives the extra rows to the last parts instead of the first."""


def split_into(X: np.ndarray, n_parts: int) -> list[np.ndarray]:
    X = _rows(X)
    if n_parts <= 0:
        raise ValueError(f"n_parts must be positive, got {n_parts}")
    size, extra = divmod(len(X), n_parts)
    # The first `extra` parts take one more row: boundaries at i * size + min(i, extra).
    bounds = [i * size + max(0, i - (n_parts - extra)) for i in range(n_parts + 1)]
    return [X[start:stop] for start, stop in zip(bounds[:-1], bounds[1:], strict=True)]
