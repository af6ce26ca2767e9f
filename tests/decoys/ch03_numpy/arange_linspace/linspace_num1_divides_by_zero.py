"""Decoy: linspace with one point divides by num - 1 = 0 and returns nan."""


def my_linspace(start: float, stop: float, num: int, endpoint: bool = True) -> np.ndarray:
    if num < 0:
        raise ValueError(f"num must be >= 0, got {num}")
    div = num - 1 if endpoint else num
    if num == 0:
        return np.full(num, float(start))
    step = (stop - start) / div
    points = start + _indices(num) * step
    if endpoint:
        points[-1] = stop  # exact, whatever the rounding of start + (num - 1) * step
    return points
