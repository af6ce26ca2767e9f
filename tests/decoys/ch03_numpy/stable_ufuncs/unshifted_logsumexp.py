"""Decoy: logsumexp does not subtract the maximum, so large entries overflow."""


def logsumexp(x: np.ndarray, axis: int | None = None, keepdims: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True)  # raises AxisError for a bad axis
    m = np.zeros_like(m)
    with np.errstate(divide="ignore"):  # log(0) = -inf for an all -inf slice
        out = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return out if keepdims else np.squeeze(out, axis=axis)
