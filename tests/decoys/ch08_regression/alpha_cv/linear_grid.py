"""Decoy: log_grid spaces the values evenly instead of the exponents."""


def log_grid(lo: float, hi: float, n: int) -> np.ndarray:
    if lo <= 0 or hi <= 0:
        raise ValueError(f"log_grid needs positive bounds, got {lo} and {hi}")
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    return np.linspace(lo, hi, n)
