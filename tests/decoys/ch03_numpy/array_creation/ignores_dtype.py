"""Decoy: to_array ignores the requested dtype."""


def to_array(data: Sequence, dtype: str | None = None) -> np.ndarray:
    # NumPy >= 1.24 refuses ragged nesting with ValueError instead of building an object array.
    return np.array(data)
