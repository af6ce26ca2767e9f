"""Decoy: logsumexp shifts every slice by the global maximum, underflowing slices far below it."""


def logsumexp(x: np.ndarray, axis: int | None = None, keepdims: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    np.max(x, axis=axis)  # raises AxisError for a bad axis
    m = np.max(x, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)  # an all -inf slice: shift by 0, not by -inf
    with np.errstate(divide="ignore"):  # log(0) = -inf for an all -inf slice
        out = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return out if keepdims else np.squeeze(out, axis=axis)
