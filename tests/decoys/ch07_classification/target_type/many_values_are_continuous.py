"""Decoy: more than 10 distinct values are taken to be continuous."""


def infer_task(y: np.ndarray) -> str:
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if y.size == 0:
        raise ValueError("y is empty")
    if y.dtype.kind == "f":
        if not np.isfinite(y).all():
            raise ValueError("y contains NaN or infinity")
        if (y != np.floor(y)).any():
            return "continuous"
    if np.unique(y).size > 10:
        return "continuous"
    return "binary" if np.unique(y).size <= 2 else "multiclass"
