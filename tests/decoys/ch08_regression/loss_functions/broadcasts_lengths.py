"""Decoy: lengths are not compared, so a length-1 array broadcasts against a longer one."""


def _pair(a: np.ndarray, b: np.ndarray, names: str) -> tuple[np.ndarray, np.ndarray]:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.ndim != 1 or b.ndim != 1:
        raise ValueError(f"{names} must be 1-D, got {a.ndim}-D and {b.ndim}-D")
    if a.shape != b.shape and a.size > 1 and b.size > 1:
        raise ValueError(f"{names} have different lengths: {a.shape[0]} and {b.shape[0]}")
    if a.size == 0:
        raise ValueError(f"{names} are empty")
    return a, b
