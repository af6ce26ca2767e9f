"""Hidden checks for ch08/ridge."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SOLVER, as_array, as_float, as_pair, assert_close, assert_true, forbid_calls, raises
from kit.strategies import log_uniform, regression_problems, seeded_regression
from sklearn.linear_model import Ridge

ALPHAS = log_uniform(1e-2, 1e3)
PROBLEMS = regression_problems(rows=(2, 15), cols=(1, 5))


def fit(attempt, X, y, alpha, fit_intercept=True, fn="ridge_fit"):
    """Call the attempt and check the result's types and shapes."""
    args = (X, y, alpha) if fn == "ridge_fit_dual" else (X, y, alpha, fit_intercept)
    coef, intercept = as_pair(getattr(attempt, fn)(*args), f"{fn}(...)")
    return as_array(coef, "coef", shape=(X.shape[1],)), as_float(intercept, "intercept")


def sklearn_ridge(X, y, alpha, fit_intercept=True):
    model = Ridge(alpha=alpha, fit_intercept=fit_intercept, solver="svd").fit(X, y)
    return model.coef_, float(model.intercept_)


def test_known_answer(attempt):
    """a three-point example gives coef [0.5] and intercept 0.5 at alpha = 2"""
    X, y = np.array([[0.0], [1.0], [2.0]]), np.array([0.0, 1.0, 2.0])
    coef, intercept = fit(attempt, X, y, 2.0)
    assert_close(coef, np.array([0.5]), **SOLVER, what="coef")
    assert_close(intercept, 0.5, **SOLVER, what="intercept",
                 help="the intercept is mean(y) - mean(X) @ coef and is not shrunk")


def test_known_answer_without_intercept(attempt):
    """without an intercept, two points give coef 5/6 and intercept 0.0 at alpha = 1"""
    coef, intercept = fit(attempt, np.array([[1.0], [2.0]]), np.array([1.0, 2.0]), 1.0, False)
    assert_close(coef, np.array([5 / 6]), **SOLVER, what="coef",
                 help="with fit_intercept=False nothing is centred")
    assert_close(intercept, 0.0, **SOLVER, what="intercept")


@given(PROBLEMS, ALPHAS, st.booleans())
def test_matches_sklearn(attempt, problem, alpha, fit_intercept):
    """coefficients and intercept match scikit-learn's Ridge"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha, fit_intercept)
    expected_coef, expected_intercept = sklearn_ridge(X, y, alpha, fit_intercept)
    assert_close(coef, expected_coef, **SOLVER, what="coef",
                 help="add alpha to the diagonal of Xc.T @ Xc only, and do not penalise the intercept")
    assert_close(intercept, expected_intercept, **SOLVER, what="intercept")


@given(PROBLEMS, ALPHAS)
def test_shifting_y_moves_only_the_intercept(attempt, problem, alpha):
    """adding a constant to y moves only the intercept (the intercept is not penalised)"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha)
    coef2, intercept2 = fit(attempt, X, y + 7.0, alpha)
    assert_close(coef2, coef, **SOLVER, what="coef after adding 7 to y",
                 help="centre y before solving; a penalised intercept leaks the shift into coef")
    assert_close(intercept2, intercept + 7.0, **SOLVER, what="intercept after adding 7 to y")


@given(PROBLEMS, st.lists(ALPHAS, min_size=1, max_size=6))
def test_path_rows_are_fits(attempt, reference, problem, alphas):
    """each row of ridge_path is the ridge fit at that alpha, in the given order"""
    X, y = problem
    alphas = np.array(alphas)
    path = as_array(attempt.ridge_path(X, y, alphas), "ridge_path(...)",
                    shape=(len(alphas), X.shape[1]))
    assert_close(path, reference.ridge_path(X, y, alphas), **SOLVER, what="ridge_path(...)")
    assert_close(path, np.array([sklearn_ridge(X, y, a)[0] for a in alphas]), **SOLVER,
                 what="ridge_path(...) against scikit-learn")


@given(PROBLEMS)
def test_path_norm_shrinks(attempt, problem):
    """the coefficient norm never grows as alpha grows (Q211)"""
    X, y = problem
    alphas = np.logspace(-2, 4, 13)
    norms = np.linalg.norm(as_array(attempt.ridge_path(X, y, alphas), "ridge_path(...)",
                                    shape=(13, X.shape[1])), axis=1)
    rises = np.diff(norms) > 1e-8 * (1 + norms[:-1])
    assert_true(not rises.any(), "the coefficient norm grew between consecutive alphas",
                expected="non-increasing norms", actual=norms)


def test_huge_alpha_predicts_the_mean(attempt):
    """with alpha = 1e12 the coefficients are about zero and every prediction is mean(y)"""
    X, y, _ = seeded_regression(40, 4, seed=1)
    coef, intercept = fit(attempt, X, y, 1e12)
    assert_close(coef, np.zeros(4), rtol=0, atol=1e-6, what="coef at alpha=1e12")
    assert_close(X @ coef + intercept, np.full(40, y.mean()), **SOLVER,
                 what="predictions at alpha=1e12")


def test_finite_alpha_never_zeroes_a_coefficient(attempt):
    """on generic data, no coefficient becomes exactly 0 for a finite alpha (unlike lasso, Q211)"""
    X, y, _ = seeded_regression(30, 5, seed=2)
    path = as_array(attempt.ridge_path(X, y, np.logspace(-2, 6, 9)), "ridge_path(...)",
                    shape=(9, 5))
    assert_true(bool(np.all(path != 0.0)), "a ridge coefficient is exactly zero",
                expected="all coefficients non-zero", actual=path)


@given(regression_problems(rows=(3, 15), cols=(1, 4), max_condition=1e4))
def test_alpha_zero_is_least_squares(attempt, problem):
    """alpha = 0 gives the ordinary least-squares fit of NumPy's lstsq"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, 0.0)
    Z = np.column_stack([X, np.ones(len(y))])
    expected = np.linalg.lstsq(Z, y, rcond=None)[0]
    assert_close(coef, expected[:-1], **SOLVER, what="coef at alpha=0")
    assert_close(intercept, float(expected[-1]), **SOLVER, what="intercept at alpha=0")


def test_rank_deficient_design_has_a_solution(attempt):
    """with alpha > 0 a rank-deficient design (more columns than rows, a repeated column) still has
    the unique ridge solution"""
    X, y, _ = seeded_regression(4, 6, seed=3)
    X[:, 5] = X[:, 0]
    coef, intercept = fit(attempt, X, y, 0.5)
    expected_coef, expected_intercept = sklearn_ridge(X, y, 0.5)
    assert_close(coef, expected_coef, **SOLVER, what="coef")
    assert_close(intercept, expected_intercept, **SOLVER, what="intercept")


def test_duplicated_column_splits_evenly(attempt):
    """with x2 = x1, both coefficients are equal and sum to the one-feature fit at alpha / 2 (Q213)"""
    X1, y, _ = seeded_regression(30, 1, seed=4)
    coef, _ = fit(attempt, np.column_stack([X1, X1]), y, 3.0)
    single, _ = fit(attempt, X1, y, 1.5)
    assert_close(coef[0], float(coef[1]), **SOLVER, what="coef[0] vs coef[1]")
    assert_close(coef.sum(), float(single[0]), **SOLVER, what="coef[0] + coef[1]")


def test_ridge_is_steadier_than_least_squares_under_resampling(attempt):
    """on nearly collinear data, ridge coefficients vary less across bootstrap samples than OLS (Q213)"""
    rng = np.random.default_rng(5)
    x1 = rng.standard_normal(50)
    X = np.column_stack([x1, x1 + 0.01 * rng.standard_normal(50)])
    y = X.sum(axis=1) + 0.5 * rng.standard_normal(50)
    samples = [rng.integers(0, 50, 50) for _ in range(30)]
    spread = {alpha: np.var([fit(attempt, X[i], y[i], alpha)[0] for i in samples], axis=0).sum()
              for alpha in (0.0, 1.0)}
    assert_true(spread[1.0] < spread[0.0] / 10, "ridge (alpha=1) should vary far less than OLS",
                expected="ridge variance < OLS variance / 10",
                actual=f"ridge {spread[1.0]:.3g}, OLS {spread[0.0]:.3g}")


@given(PROBLEMS, ALPHAS)
def test_dual_equals_primal(attempt, problem, alpha):
    """the n x n dual system gives the same coefficients and intercept as scikit-learn"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha, fn="ridge_fit_dual")
    expected_coef, expected_intercept = sklearn_ridge(X, y, alpha)
    assert_close(coef, expected_coef, **SOLVER, what="dual coef",
                 help="the dual adds alpha to the n x n matrix Xc @ Xc.T, then w = Xc.T @ c")
    assert_close(intercept, expected_intercept, **SOLVER, what="dual intercept")


def test_bad_input_raises(attempt):
    """negative alpha, mismatched lengths and wrong dimensions raise ValueError"""
    X, y, _ = seeded_regression(6, 2, seed=6)
    with raises("ValueError", "ridge_fit with alpha=-1"):
        attempt.ridge_fit(X, y, -1.0)
    with raises("ValueError", "ridge_fit with 6 rows in X and 5 in y"):
        attempt.ridge_fit(X, y[:5], 1.0)
    with raises("ValueError", "ridge_fit with a 1-D X"):
        attempt.ridge_fit(X[:, 0], y, 1.0)
    with raises("ValueError", "ridge_fit with a 2-D y"):
        attempt.ridge_fit(X, y[:, None], 1.0)
    with raises("ValueError", "ridge_fit_dual with alpha=0"):
        attempt.ridge_fit_dual(X, y, 0.0)
    with raises("ValueError", "ridge_fit_dual with 6 rows in X and 5 in y"):
        attempt.ridge_fit_dual(X, y[:5], 1.0)
    with raises("ValueError", "ridge_fit_dual with a 1-D X"):
        attempt.ridge_fit_dual(X[:, 0], y, 1.0)
    with raises("ValueError", "ridge_path with a 1-D X"):
        attempt.ridge_path(X[:, 0], y, np.array([1.0, 2.0]))
    with raises("ValueError", "ridge_path with a 2-D y"):
        attempt.ridge_path(X, y[:, None], np.array([1.0, 2.0]))


def test_no_matrix_inverse(attempt_source):
    """the solution solves linear systems instead of forming an inverse"""
    forbid_calls(attempt_source, {"numpy.linalg.inv", "scipy.linalg.inv"},
                 "use np.linalg.solve(A, b): it is faster and more accurate than inv(A) @ b")
