"""Decoy: linspace computes the last point as start + (num - 1) * step instead of setting it to stop."""


def my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray:
    if num < 0:
        raise ValueError(f"num must be >= 0, got {num}")
    div = num - 1 if endpoint else num
    if div <= 0:  # num = 0, or num = 1 with the end point: nothing to divide
        return np.full(num, float(start))
    step = (stop - start) / div
    points = start + _indices(num) * step
    return points
