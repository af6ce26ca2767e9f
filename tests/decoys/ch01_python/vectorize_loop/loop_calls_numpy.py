"""Decoy: the loop version computes the standard deviation with NumPy."""


def zscore_loop(xs: list[float]) -> list[float]:
    n = len(xs)
    if n == 0:
        raise ValueError("cannot standardise an empty list")
    mean = 0.0
    for v in xs:
        mean += v
    mean /= n
    if all(v == xs[0] for v in xs):
        return [0.0] * n
    # Second pass over the deviations: stable when the spread is tiny next to the values.
    ss = 0.0
    for v in xs:
        ss += (v - mean) ** 2
    std = float(np.std(xs))
    return [(v - mean) / std for v in xs]
