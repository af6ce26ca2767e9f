"""Decoy: arange adds one point too many, so integer ranges include stop."""


def my_arange(start: float, stop: float, step: float) -> np.ndarray:
    if step == 0:
        raise ValueError("step must not be 0")
    n = max(0, math.floor((stop - start) / step) + 1)
    return start + _indices(n) * step
