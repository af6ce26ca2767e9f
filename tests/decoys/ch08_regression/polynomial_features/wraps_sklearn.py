"""Decoy: poly_features calls scikit-learn's PolynomialFeatures instead of building the columns."""


def poly_features(X: np.ndarray, degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if X.shape[1] == 0:
        raise ValueError("X has no column")
    from sklearn.preprocessing import PolynomialFeatures

    _monomials(X.shape[1], degree, include_bias, interaction_only)
    return PolynomialFeatures(degree, include_bias=include_bias,
                              interaction_only=interaction_only).fit_transform(X)
