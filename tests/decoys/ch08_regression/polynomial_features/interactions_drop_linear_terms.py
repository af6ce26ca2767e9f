"""Decoy: interaction_only keeps only the cross products, dropping the degree-1 terms."""


def _monomials(d: int, degree: int, include_bias: bool,
               interaction_only: bool) -> list[tuple[int, ...]]:
    """Index tuples of the columns multiplied in each output column, in scikit-learn's order."""
    if degree < 0:
        raise ValueError(f"degree must be >= 0, got {degree}")
    if degree == 0 and not include_bias:
        raise ValueError("degree 0 without the bias column would give no column at all")
    choose = combinations if interaction_only else combinations_with_replacement
    start = 0 if include_bias else 1
    ks = [k for k in range(start, degree + 1) if not (interaction_only and k == 1)]
    return [combo for k in ks for combo in choose(range(d), k)]
