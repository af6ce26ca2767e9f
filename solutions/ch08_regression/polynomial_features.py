"""Reference solution for ch08/polynomial_features."""

from collections import Counter
from itertools import combinations, combinations_with_replacement

import numpy as np


def _monomials(d: int, degree: int, include_bias: bool,
               interaction_only: bool) -> list[tuple[int, ...]]:
    """Index tuples of the columns multiplied in each output column, in scikit-learn's order."""
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    if degree == 0 and not include_bias:
        raise ValueError("degree 0 without the bias column would give no column at all")
    choose = combinations if interaction_only else combinations_with_replacement
    start = 0 if include_bias else 1
    return [combo for k in range(start, degree + 1) for combo in choose(range(d), k)]


def poly_features(X: np.ndarray, degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got {X.ndim}-D")
    if X.shape[1] == 0:
        raise ValueError("X has no column")
    combos = _monomials(X.shape[1], degree, include_bias, interaction_only)
    # The product over an empty index tuple is 1: that is the bias column.
    return np.column_stack([X[:, list(combo)].prod(axis=1) for combo in combos])


def feature_names(input_names: list[str], degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> list[str]:
    if len(input_names) == 0:
        raise ValueError("input_names is empty")
    names = []
    for combo in _monomials(len(input_names), degree, include_bias, interaction_only):
        powers = Counter(combo)  # keeps the first-seen (increasing) order of the indices
        factors = [input_names[i] if p == 1 else f"{input_names[i]}^{p}"
                   for i, p in powers.items()]
        names.append(" ".join(factors) or "1")
    return names
