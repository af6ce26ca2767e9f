"""Decoy: predict forgets to add the intercept."""


def predict(X: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    X, coef = np.asarray(X, dtype=float), np.asarray(coef, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if X.shape[1] != coef.shape[0]:
        raise ValueError(f"X has {X.shape[1]} columns but coef has {coef.shape[0]} entries")
    return X @ coef
