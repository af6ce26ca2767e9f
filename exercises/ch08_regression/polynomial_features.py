"""Polynomial and interaction features (guide questions Q202, Q203).

A linear model on polynomial features fits curved surfaces: from the columns ``x0, x1, ...`` build
every monomial (product of columns, repeats allowed) up to a total degree, or only the cross
products of distinct columns (interaction terms). Reproduce scikit-learn's
``PolynomialFeatures(degree, include_bias=..., interaction_only=...)``, columns *and* names, in
its order.

The column order: monomials grouped by total degree from low to high (the bias column ``1``, then
degree 1, then degree 2, ...); within one degree, the index tuples ``(i1 <= i2 <= ... <= ik)`` of
the columns multiplied, in lexicographic order, which is the order of
``itertools.combinations_with_replacement(range(d), k)`` (``itertools.combinations(range(d), k)``
for interaction terms). For two inputs and degree 2: ``1, x0, x1, x0^2, x0 x1, x1^2``.

Write two functions:

``poly_features(X, degree, include_bias=True, interaction_only=False) -> np.ndarray``
    The feature matrix, a float ndarray of shape ``(n, m)``: column by column the products of the
    columns of ``X`` described above. With ``include_bias=False`` the column of ones is left out.
    With ``interaction_only=True`` only products of *distinct* columns appear (no ``x0^2``, no
    ``x0^2 x1``), so no monomial has a degree above ``d``. The number of columns is
    ``C(d + degree, degree)`` in full and ``sum_{j=0..degree} C(d, j)`` with interactions only,
    minus one without the bias.

``feature_names(input_names, degree, include_bias=True, interaction_only=False) -> list[str]``
    The name of every column of ``poly_features`` for inputs called ``input_names`` (a list of
    ``d`` strings), in the same order, spelt as ``get_feature_names_out(input_names)`` spells them:
    ``"1"`` for the bias, factors joined by one space in column order, a power above one written
    ``name^p``: ``["1", "a", "b", "a^2", "a b", "b^2"]``. Returns a list of Python strings.

Rules: build the features yourself; do not use scikit-learn's ``PolynomialFeatures`` (the
checks compare you with it, and read your source to enforce this).

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 1`` and ``d >= 1``; ``degree`` an
int; ``input_names`` a list of distinct strings without spaces or ``^``. Do not modify the inputs.

Tolerance: feature values are compared with ``np.isclose(actual, expected, rtol=1e-9,
atol=1e-10)`` elementwise (the same products, possibly multiplied in another order) against
scikit-learn's ``PolynomialFeatures(...).fit_transform`` and known answers; names must match
``get_feature_names_out`` exactly, in order. An "exact" fit of ``y = x0 x1`` means a
``LinearRegression`` R^2 of at least ``1 - 1e-9``; the raw-feature fit of the same target on the
checks' seeded symmetric data (200 rows uniform on [-1, 1]^2) has R^2 below 0.5 (measured 0.008).

Raises: ``ValueError`` when ``degree < 0``; when ``degree == 0`` and ``include_bias`` is False
(the output would have no column, as in scikit-learn); when ``poly_features`` gets an ``X`` that is
not 2-D or has no column; when ``feature_names`` gets an empty ``input_names``.
"""

import numpy as np


def poly_features(X: np.ndarray, degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> np.ndarray:
    """Monomials of the columns of X up to degree, in scikit-learn's order; shape (n, m)."""
    raise NotImplementedError


def feature_names(input_names: list[str], degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> list[str]:
    """Names of the columns of poly_features, spelt like get_feature_names_out."""
    raise NotImplementedError
