"""Decoy: arange counts the points with |step|, which breaks negative steps."""


def my_arange(start: float, stop: float, step: float) -> np.ndarray:
    if step == 0:
        raise ValueError("step must not be 0")
    n = max(0, math.ceil((stop - start) / abs(step)))
    return start + _indices(n) * step
