"""Decoy: the monomials come from itertools.product, so x0 x1 and x1 x0 both appear."""

from itertools import combinations, product


def _monomials(d: int, degree: int, include_bias: bool,
               interaction_only: bool) -> list[tuple[int, ...]]:
    """Index tuples of the columns multiplied in each output column, in scikit-learn's order."""
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    if degree == 0 and not include_bias:
        raise ValueError("degree 0 without the bias column would give no column at all")
    start = 0 if include_bias else 1
    if interaction_only:
        return [c for k in range(start, degree + 1) for c in combinations(range(d), k)]
    return [c for k in range(start, degree + 1) for c in product(range(d), repeat=k)]
