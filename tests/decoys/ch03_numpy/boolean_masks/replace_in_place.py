"""Decoy: replace_nonfinite overwrites the caller's array in place."""


def replace_nonfinite(x: np.ndarray, value: float) -> np.ndarray:
    # np.where builds a new array; x is left untouched.
    x[~np.isfinite(x)] = value
    return x
