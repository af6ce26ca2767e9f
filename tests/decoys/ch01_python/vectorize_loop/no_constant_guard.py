"""Decoy: the loop version divides by a zero (or rounding-sized) standard deviation for constant input."""


def zscore_loop(xs: list[float]) -> list[float]:
    n = len(xs)
    if n == 0:
        raise ValueError("cannot standardise an empty list")
    mean = 0.0
    for v in xs:
        mean += v
    mean /= n
    # Second pass over the deviations: stable when the spread is tiny next to the values.
    ss = 0.0
    for v in xs:
        ss += (v - mean) ** 2
    std = math.sqrt(ss / n)
    if std == 0:
        return [0.0] * n
    return [(v - mean) / std for v in xs]
