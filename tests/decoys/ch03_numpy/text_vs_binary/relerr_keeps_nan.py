"""Decoy: max_relative_error does not leave out the NaN pairs, so one NaN makes the result NaN."""


def max_relative_error(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} and {b.shape}")
    nan = np.isnan(a)
    if not np.array_equal(nan, np.isnan(b)):
        raise ValueError("a and b have NaNs in different positions")
    if a.size == 0:
        return 0.0
    err = np.abs(a - b)
    scale = np.where(a == 0, 1.0, np.abs(a))
    return float((err / scale).max())
