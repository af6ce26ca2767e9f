"""Decoy: odds ratios are reported as the percentage change exp(coef) - 1."""


def odds_ratios(coef: np.ndarray) -> np.ndarray:
    return np.expm1(np.asarray(coef, dtype=float))
