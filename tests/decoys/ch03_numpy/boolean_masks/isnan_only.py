"""Decoy: replace_nonfinite replaces NaN only, leaving infinities."""


def replace_nonfinite(x: np.ndarray, value: float) -> np.ndarray:
    # np.where builds a new array; x is left untouched.
    return np.where(np.isnan(x), value, x)
