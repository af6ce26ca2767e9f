"""Decoy: treats a column as constant when np.isclose(max, min), a range up to 1e-8."""


def minmax_scale(X: np.ndarray, feature_range: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    lo, hi = (float(v) for v in feature_range)
    if not lo < hi:
        raise ValueError(f"feature_range must have lo < hi, got {feature_range}")
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(f"X must be 2-D with at least one row, got shape {X.shape}")
    all_nan = np.isnan(X).all(axis=0)
    # nanmin/nanmax skip missing values; an all-NaN column is filled in only to avoid a warning
    # and stays NaN below, because NaN - anything is NaN.
    filled = np.where(all_nan, 0.0, X)
    col_min, col_max = np.nanmin(filled, axis=0), np.nanmax(filled, axis=0)
    span = col_max - col_min
    constant = np.isclose(col_max, col_min)
    # (n, d) - (d,) broadcasts over rows; a constant column divides by 1 and is then set to lo.
    unit = (X - col_min) / np.where(constant, 1.0, span)
    unit = np.where(constant & ~np.isnan(X), 0.0, unit)
    return lo + unit * (hi - lo)
