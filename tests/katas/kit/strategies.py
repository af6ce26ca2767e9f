"""Hypothesis strategies shared by the checks. Values are bounded and finite: each kata's statement
states this input contract, so a learner is never judged on inputs outside it."""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

BOUND = 10.0


def finite_floats(bound: float = BOUND) -> st.SearchStrategy[float]:
    return st.floats(-bound, bound, allow_nan=False, allow_infinity=False, allow_subnormal=False)


def matrices(rows: tuple[int, int] = (2, 20), cols: tuple[int, int] = (1, 5),
             bound: float = BOUND) -> st.SearchStrategy[np.ndarray]:
    shapes = st.tuples(st.integers(*rows), st.integers(*cols))
    return shapes.flatmap(lambda s: hnp.arrays(np.float64, s, elements=finite_floats(bound)))


def regression_problems(rows: tuple[int, int] = (2, 20), cols: tuple[int, int] = (1, 5),
                        max_condition: float | None = None,
                        bound: float = BOUND) -> st.SearchStrategy[tuple[np.ndarray, np.ndarray]]:
    """(X, y) with X of shape (n, d) and y of shape (n,). With ``max_condition``, the centred
    design has full column rank and a condition number below it (needs n > d)."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
        X = draw(matrices(rows, cols, bound))
        y = draw(hnp.arrays(np.float64, X.shape[0], elements=finite_floats(bound)))
        return X, y

    problems = build()
    if max_condition is not None:
        problems = problems.filter(lambda p: well_conditioned(p[0], max_condition))
    return problems


def well_conditioned(X: np.ndarray, max_condition: float) -> bool:
    Xc = X - X.mean(axis=0)
    return X.shape[0] > X.shape[1] and bool(np.linalg.cond(Xc) < max_condition)


def log_uniform(lo: float, hi: float) -> st.SearchStrategy[float]:
    """Floats spread evenly over the orders of magnitude from lo to hi."""
    return st.floats(np.log10(lo), np.log10(hi)).map(lambda e: float(10.0**e))


def seeded_regression(n: int, d: int, seed: int, noise: float = 0.1,
                      coef: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A generated linear problem (X, y, true coef) for checks that need realistic data."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    true = rng.uniform(-3, 3, d) if coef is None else np.asarray(coef, dtype=float)
    y = X @ true + 1.5 + noise * rng.standard_normal(n)
    return X, y, true
