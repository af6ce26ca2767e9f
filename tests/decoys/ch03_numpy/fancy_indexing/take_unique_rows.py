"""Decoy: take_rows drops repeated indices and sorts them (np.unique)."""


def take_rows(X: np.ndarray, idx: Sequence[int]) -> np.ndarray:
    idx = np.unique(np.asarray(idx, dtype=np.intp).reshape(-1))
    return X[idx]  # fancy indexing copies; NumPy raises IndexError out of range
