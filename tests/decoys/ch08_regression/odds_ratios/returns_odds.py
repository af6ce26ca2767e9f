"""Decoy: prob_after_change returns the new odds instead of turning them into a probability."""


def prob_after_change(p0: float, coef_j: float, delta: float) -> float:
    if not 0 < p0 < 1:
        raise ValueError(f"p0 must lie strictly between 0 and 1, got {p0}")
    # Multiplying the odds by exp(coef_j * delta) adds coef_j * delta to the log-odds.
    z = np.log(p0) - np.log1p(-p0) + coef_j * delta
    # The logistic function, never taking exp of a positive number.
    return float(np.exp(z))
