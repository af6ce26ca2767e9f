"""Decoy: the new odds are formed as odds * exp(coef_j * delta), which overflows to inf / inf = NaN."""


def prob_after_change(p0: float, coef_j: float, delta: float) -> float:
    if not 0 < p0 < 1:
        raise ValueError(f"p0 must lie strictly between 0 and 1, got {p0}")
    # Multiplying the odds by exp(coef_j * delta) adds coef_j * delta to the log-odds.
    new_odds = p0 / (1 - p0) * np.exp(coef_j * delta)
    return float(new_odds / (1 + new_odds))
