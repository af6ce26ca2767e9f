"""Decoy: to_array pads short rows with zeros instead of refusing ragged input."""


def to_array(data: Sequence, dtype: str | None = None) -> np.ndarray:
    # NumPy >= 1.24 refuses ragged nesting with ValueError instead of building an object array.
    try:
        return np.array(data, dtype=None if dtype is None else np.dtype(dtype))
    except ValueError:
        rows = [np.atleast_1d(np.asarray(r, dtype=float)).ravel() for r in data]
        width = max(len(r) for r in rows)
        return np.array([np.pad(r, (0, width - len(r))) for r in rows])
