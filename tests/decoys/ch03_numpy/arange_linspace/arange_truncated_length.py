"""Decoy: arange truncates the length with int() instead of rounding it up."""


def my_arange(start: float, stop: float, step: float) -> np.ndarray:
    if step == 0:
        raise ValueError("step must not be 0")
    n = max(0, int((stop - start) / step))
    return start + _indices(n) * step
