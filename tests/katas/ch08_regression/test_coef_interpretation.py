"""Hidden checks for ch08/coef_interpretation."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SOLVER, as_array, as_float, assert_close, raises
from kit.strategies import finite_floats
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEEDS = st.integers(0, 2**32 - 1)
DELTAS = finite_floats(100.0)


@st.composite
def problems(draw, cols=(1, 5)):
    """A seeded full-rank regression problem: correlated features in very different units."""
    rng = np.random.default_rng(draw(SEEDS))
    d = draw(st.integers(*cols))
    n = draw(st.integers(d + 2, 40))
    mixing = np.eye(d) + rng.uniform(-0.5, 0.5, (d, d))
    scales = 10 ** rng.uniform(-2, 3, d)
    X = rng.standard_normal((n, d)) @ mixing * scales + rng.uniform(-50, 50, d)
    y = X @ (rng.uniform(-3, 3, d) / scales) + 4.0 + 0.5 * rng.standard_normal(n)
    return X, y


def effect(attempt, coef, j, delta):
    return as_float(attempt.effect_of_change(coef, j, delta), f"effect_of_change(coef, {j}, delta)")


def standardized(attempt, X, y):
    return as_array(attempt.standardized_coefficients(X, y), "standardized_coefficients(X, y)",
                    shape=(X.shape[1],))


def pipeline_coef(X, y):
    return make_pipeline(StandardScaler(), LinearRegression()).fit(X, y)[-1].coef_


# ---------------------------------------------------------------------------------------------
# effect_of_change


def test_effect_known_answer(attempt):
    """raising feature 1 by 2 in a model with coef [2, -3, 0.5] changes the prediction by -6"""
    coef = np.array([2.0, -3.0, 0.5])
    assert_close(effect(attempt, coef, 1, 2.0), -6.0, **SOLVER, what="effect_of_change(coef, 1, 2)",
                 help="a one-unit move of feature j changes the prediction by coef[j]")
    assert_close(effect(attempt, coef, 0, -1.5), -3.0, **SOLVER,
                 what="effect_of_change(coef, 0, -1.5)")
    assert_close(effect(attempt, coef, 2, 0.0), 0.0, **SOLVER, what="effect_of_change(coef, 2, 0)")


@given(problems(), SEEDS, DELTAS)
def test_effect_matches_prediction_difference(attempt, problem, seed, delta):
    """the effect equals the difference of LinearRegression predictions at x + delta * e_j and at
    x, wherever x is"""
    X, y = problem
    model = LinearRegression().fit(X, y)
    rng = np.random.default_rng(seed)
    j = int(rng.integers(X.shape[1]))
    value = effect(attempt, model.coef_, j, delta)
    points = X[rng.integers(0, X.shape[0], 3)] + rng.normal(0, 100, (3, X.shape[1]))
    moved = points.copy()
    moved[:, j] += delta
    differences = model.predict(moved) - model.predict(points)
    scale = np.abs(model.predict(points)).max()  # the differences carry rounding of this size
    assert_close(np.full(3, value), differences, rtol=1e-6, atol=1e-8 + 1e-12 * scale,
                 what=f"effect_of_change(coef, {j}, {delta:g}) against prediction differences",
                 help="the prediction changes by coef[j] * delta; the other features cancel")


@given(st.lists(finite_floats(), min_size=1, max_size=6), st.data(), DELTAS, DELTAS)
def test_effect_is_linear_in_delta(attempt, coef, data, d1, d2):
    """the effect of delta1 + delta2 is the sum of their effects, and doubling delta doubles it"""
    coef = np.array(coef)
    j = data.draw(st.integers(0, len(coef) - 1), label="j")
    e1, e2 = effect(attempt, coef, j, d1), effect(attempt, coef, j, d2)
    tol = {"rtol": 1e-6, "atol": 1e-8 + 1e-12 * (abs(e1) + abs(e2))}
    assert_close(effect(attempt, coef, j, d1 + d2), e1 + e2, **tol,
                 what="effect_of_change(coef, j, delta1 + delta2)")
    assert_close(effect(attempt, coef, j, 2 * d1), 2 * e1, **SOLVER,
                 what="effect_of_change(coef, j, 2 * delta1)")
    assert_close(e1, float(coef[j]) * d1, **SOLVER, what="effect_of_change(coef, j, delta1)")


def test_effect_at_the_boundary_indices(attempt):
    """the first and the last feature (j = 0 and j = d - 1) are valid indices"""
    coef = np.array([4.0, 5.0, 6.0, 7.0])
    assert_close(effect(attempt, coef, 0, 1.0), 4.0, **SOLVER, what="effect_of_change(coef, 0, 1)")
    assert_close(effect(attempt, coef, 3, 1.0), 7.0, **SOLVER, what="effect_of_change(coef, 3, 1)")
    assert_close(effect(attempt, np.array([2.5]), 0, 4.0), 10.0, **SOLVER,
                 what="effect_of_change([2.5], 0, 4)")


def test_effect_rejects_bad_indices(attempt):
    """an index outside 0 .. d - 1 raises IndexError, including negative ones (no wrap-around)"""
    coef = np.array([1.0, 2.0, 3.0])
    for j in (3, 10, -1, -3, -4):
        with raises("IndexError", f"effect_of_change(coef of length 3, j={j}, 1.0)"):
            attempt.effect_of_change(coef, j, 1.0)
    with raises("ValueError", "effect_of_change with a 2-D coef"):
        attempt.effect_of_change(np.ones((2, 3)), 0, 1.0)


# ---------------------------------------------------------------------------------------------
# standardized_coefficients


def test_standardized_known_answer(attempt):
    """for y = 2 x1 + 10 x2 with std(x1) = sqrt(1.25) and std(x2) = 1, the standardised
    coefficients are [sqrt(5), 10]"""
    X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, -1.0], [3.0, -1.0]])
    y = 2 * X[:, 0] + 10 * X[:, 1] + 3.0
    assert_close(standardized(attempt, X, y), np.array([np.sqrt(5), 10.0]), **SOLVER,
                 what="standardized_coefficients(X, y)",
                 help="standard deviations use ddof=0, and y stays in its own units")


def test_standardized_binary_feature(attempt):
    """a 0/1 feature (its range is exactly 1) is standardised like any other column"""
    X = np.array([[0.0, 1.0], [1.0, 2.0], [0.0, 4.0], [1.0, 3.0], [1.0, 7.0]])
    y = np.array([1.0, 3.0, 2.0, 6.0, 9.0])
    assert_close(standardized(attempt, X, y), pipeline_coef(X, y), **SOLVER,
                 what="standardized_coefficients(X, y) with a 0/1 column",
                 help="only a column whose values are all equal is constant")


@given(problems())
def test_standardized_matches_sklearn(attempt, reference, problem):
    """the coefficients equal those of make_pipeline(StandardScaler(), LinearRegression()) and the
    raw coefficients times std(x_j)"""
    X, y = problem
    values = standardized(attempt, X, y)
    assert_close(values, pipeline_coef(X, y), **SOLVER, what="standardized_coefficients(X, y)",
                 help="standardise with ddof=0 (like StandardScaler) and do not standardise y")
    raw = LinearRegression().fit(X, y).coef_
    assert_close(values, raw * X.std(axis=0), **SOLVER,
                 what="standardized_coefficients against raw coef * std(x_j)")
    assert_close(values, reference.standardized_coefficients(X, y), **SOLVER,
                 what="standardized_coefficients against the reference")


@given(problems(), SEEDS)
def test_standardized_ignores_feature_units(attempt, problem, seed):
    """rescaling or shifting a feature leaves the standardised coefficients unchanged; a negative
    scale flips only that feature's sign"""
    X, y = problem
    rng = np.random.default_rng(seed)
    scales = 10 ** rng.uniform(-3, 3, X.shape[1]) * rng.choice([-1.0, 1.0], X.shape[1])
    values = standardized(attempt, X, y)
    shifts = rng.uniform(-100, 100, X.shape[1]) * np.abs(scales) * X.std(axis=0)
    assert_close(standardized(attempt, X * scales + shifts, y),
                 values * np.sign(scales), **SOLVER,
                 what="standardized coefficients after changing the features' units",
                 help="the standardised features are the same whatever the units of X")


@given(problems(), st.floats(0.01, 100))
def test_standardized_follow_the_units_of_y(attempt, problem, factor):
    """y stays in its units: multiplying y by c multiplies the coefficients by c, adding to y
    changes nothing"""
    X, y = problem
    values = standardized(attempt, X, y)
    assert_close(standardized(attempt, X, factor * y + 7.0), factor * values, **SOLVER,
                 what=f"standardized coefficients for {factor:g} * y + 7",
                 help="standardise the features only; y keeps its own units")


def test_standardized_signs_match_raw_coefficients(attempt):
    """the standardised coefficients have the signs of the raw coefficients (seeded example)"""
    rng = np.random.default_rng(12)
    X = rng.standard_normal((60, 3)) * [0.01, 100.0, 5.0] + [1.0, -20.0, 3.0]
    y = X @ np.array([300.0, -0.02, 0.4]) + rng.standard_normal(60)
    values = standardized(attempt, X, y)
    assert_close(np.sign(values), np.sign(LinearRegression().fit(X, y).coef_), rtol=0, atol=0,
                 what="sign of the standardised coefficients",
                 help="the standard deviation is positive: scaling by it never flips a sign")
    assert_close(values, pipeline_coef(X, y), **SOLVER, what="standardized_coefficients(X, y)")


def test_standardized_single_feature_and_minimal_rows(attempt):
    """one feature with three rows: the coefficient is the slope times std(x)"""
    X, y = np.array([[1.0], [2.0], [4.0]]), np.array([1.0, 3.0, 2.0])
    expected = np.polyfit(X[:, 0], y, 1)[0] * X[:, 0].std()
    assert_close(standardized(attempt, X, y), np.array([expected]), **SOLVER,
                 what="standardized_coefficients with one feature")


def test_standardized_bad_input_raises(attempt):
    """a 1-D X, a 2-D y, mismatched rows or a constant feature raise ValueError"""
    rng = np.random.default_rng(13)
    X, y = rng.standard_normal((6, 2)), rng.standard_normal(6)
    with raises("ValueError", "standardized_coefficients with a 1-D X"):
        attempt.standardized_coefficients(X[:, 0], y)
    with raises("ValueError", "standardized_coefficients with a 2-D y"):
        attempt.standardized_coefficients(X, y[:, None])
    with raises("ValueError", "standardized_coefficients with 6 rows in X and 5 in y"):
        attempt.standardized_coefficients(X, y[:5])
    with raises("ValueError", "standardized_coefficients with a constant column"):
        attempt.standardized_coefficients(np.column_stack([X, np.full(6, 3.0)]), y)
    with raises("ValueError", "standardized_coefficients with a single row"):
        attempt.standardized_coefficients(X[:1], y[:1])


def test_constant_column_with_inexact_mean_raises(attempt):
    """a constant column raises ValueError whatever its value, also 0.1, whose mean over 6 rows
    is not exactly 0.1 (so its computed standard deviation is about 1e-17, not 0)"""
    rng = np.random.default_rng(14)
    X, y = rng.standard_normal((6, 2)), rng.standard_normal(6)
    for value in (0.1, 0.7, -0.7):
        with raises("ValueError", f"standardized_coefficients with a constant column of {value} "
                    "(its standard deviation rounds to about 1e-17, not 0)"):
            attempt.standardized_coefficients(np.column_stack([X[:, 0], np.full(6, value),
                                                               X[:, 1]]), y)
