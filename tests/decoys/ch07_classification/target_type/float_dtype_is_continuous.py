"""Decoy: every float target is continuous, even [1.0, 2.0, 3.0]."""


def infer_task(y: np.ndarray) -> str:
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got {y.ndim}-D")
    if y.size == 0:
        raise ValueError("y is empty")
    if y.dtype.kind == "f":
        if not np.isfinite(y).all():
            raise ValueError("y contains NaN or infinity")
        return "continuous"
    return "binary" if np.unique(y).size <= 2 else "multiclass"
