"""Decoy: linspace always divides by num, so the end point is never reached."""


def my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray:
    if num < 0:
        raise ValueError(f"num must be >= 0, got {num}")
    div = num
    if div <= 0:  # num = 0, or num = 1 with the end point: nothing to divide
        return np.full(num, float(start))
    step = (stop - start) / div
    points = start + _indices(num) * step
    if endpoint:
        points[-1] = stop  # exact, whatever the rounding of start + (num - 1) * step
    return points
