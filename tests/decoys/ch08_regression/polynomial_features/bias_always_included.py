"""Decoy: include_bias is ignored: the column of ones is always there."""


def _monomials(d: int, degree: int, include_bias: bool,
               interaction_only: bool) -> list[tuple[int, ...]]:
    """Index tuples of the columns multiplied in each output column, in scikit-learn's order."""
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    if degree == 0 and not include_bias:
        raise ValueError("degree 0 without the bias column would give no column at all")
    choose = combinations if interaction_only else combinations_with_replacement
    start = 0
    return [combo for k in range(start, degree + 1) for combo in choose(range(d), k)]
