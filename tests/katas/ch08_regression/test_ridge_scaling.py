"""Hidden checks for ch08/ridge_scaling."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SOLVER, as_array, as_float, as_pair, assert_close, assert_true, forbid_calls, raises
from kit.strategies import log_uniform, regression_problems, seeded_regression
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ALPHAS = log_uniform(1e-2, 1e3)
FACTORS = log_uniform(1e-2, 1e2)
# Every column varies (std >= 1e-3, the statement's promise), so StandardScaler never falls back to
# a scale of 1 for a near-constant column.
PROBLEMS = regression_problems(rows=(2, 15), cols=(1, 5)).filter(
    lambda p: bool(np.all(p[0].std(axis=0) >= 1e-3)))


def fit(attempt, X, y, alpha):
    """Call the attempt and check the result's types and shapes."""
    coef, intercept = as_pair(attempt.ridge_standardized(X, y, alpha), "ridge_standardized(...)")
    return as_array(coef, "coef", shape=(X.shape[1],)), as_float(intercept, "intercept")


def pipeline(X, y, alpha):
    """The oracle: scikit-learn's StandardScaler + Ridge, with coefficients in original units."""
    model = make_pipeline(StandardScaler(), Ridge(alpha=alpha, solver="svd")).fit(X, y)
    scaler, ridge = model.named_steps["standardscaler"], model.named_steps["ridge"]
    coef = ridge.coef_ / scaler.scale_
    return model, coef, float(ridge.intercept_ - scaler.mean_ @ coef)


def test_known_answer(attempt):
    """two points and two columns in different units give coef [2/3, 1/15] and intercept -2/3 at
    alpha = 2"""
    X, y = np.array([[1.0, 10.0], [3.0, 30.0]]), np.array([0.0, 4.0])
    # Both columns standardise to [-1, 1]; (Z^T Z + 2 I) v = Z^T yc gives v = [2/3, 2/3], and the
    # population standard deviations 1 and 10 map v back to [2/3, 1/15].
    coef, intercept = fit(attempt, X, y, 2.0)
    assert_close(coef, np.array([2 / 3, 1 / 15]), **SOLVER, what="coef",
                 help="divide the standardised coefficients by each column's population "
                      "standard deviation (ddof=0)")
    assert_close(intercept, -2 / 3, **SOLVER, what="intercept",
                 help="the intercept is mean(y) - mean(X, axis=0) @ coef in the original units")


@given(PROBLEMS, ALPHAS)
def test_matches_sklearn_pipeline(attempt, problem, alpha):
    """predictions and back-mapped coefficients match make_pipeline(StandardScaler(), Ridge())"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha)
    model, expected_coef, expected_intercept = pipeline(X, y, alpha)
    X_new = np.vstack([X, X.mean(axis=0) + 2.0 * X.std(axis=0)])
    assert_close(X_new @ coef + intercept, model.predict(X_new), **SOLVER,
                 what="predictions against the scikit-learn pipeline",
                 help="standardise with the population std (ddof=0) and leave the intercept "
                      "unpenalised")
    assert_close(coef, expected_coef, **SOLVER, what="coef (ridge.coef_ / scaler.scale_)",
                 help="coef = v / std: the standardised coefficients divided by the column stds")
    assert_close(intercept, expected_intercept, **SOLVER, what="intercept")


@given(PROBLEMS, ALPHAS)
def test_matches_reference(attempt, reference, problem, alpha):
    """coefficients and intercept match the reference solution on generated inputs"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha)
    expected_coef, expected_intercept = reference.ridge_standardized(X, y, alpha)
    assert_close(coef, expected_coef, **SOLVER, what="coef")
    assert_close(intercept, expected_intercept, **SOLVER, what="intercept")


@given(PROBLEMS, ALPHAS, st.data())
def test_rescaling_a_feature_changes_nothing(attempt, problem, alpha, data):
    """multiplying a feature by c > 0 leaves the predictions unchanged and divides its
    coefficient by c"""
    X, y = problem
    j = data.draw(st.integers(0, X.shape[1] - 1), label="feature j")
    c = data.draw(FACTORS, label="factor c")
    coef, intercept = fit(attempt, X, y, alpha)
    X2 = X.copy()
    X2[:, j] *= c
    coef2, intercept2 = fit(attempt, X2, y, alpha)
    assert_close(X2 @ coef2 + intercept2, X @ coef + intercept, **SOLVER,
                 what=f"predictions after multiplying feature {j} by {c:g}",
                 help="standardising divides the factor out again; plain ridge would not")
    expected = coef.copy()
    expected[j] /= c
    assert_close(coef2, expected, **SOLVER, what=f"coef after multiplying feature {j} by {c:g}")


@given(PROBLEMS, ALPHAS)
def test_prediction_at_the_means_is_mean_y(attempt, problem, alpha):
    """the prediction at the feature means is the mean of y"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha)
    assert_close(float(X.mean(axis=0) @ coef + intercept), float(y.mean()), **SOLVER,
                 what="prediction at mean(X, axis=0)",
                 help="the intercept is not penalised: it absorbs mean(y) - mean(X) @ coef")


def test_unlike_plain_ridge(attempt):
    """a feature given in units 1000 times smaller gets the same prediction from the standardised
    fit, while plain ridge's prediction changes"""
    X, y, _ = seeded_regression(30, 3, seed=41, noise=0.5)
    X_mm = X.copy()
    X_mm[:, 0] *= 1000.0
    X_new = np.array([[1.0, -0.5, 2.0]])
    X_new_mm = X_new * np.array([1000.0, 1.0, 1.0])
    coef, intercept = fit(attempt, X, y, 10.0)
    coef_mm, intercept_mm = fit(attempt, X_mm, y, 10.0)
    assert_close(X_new_mm @ coef_mm + intercept_mm, X_new @ coef + intercept, **SOLVER,
                 what="prediction with feature 0 in units 1000 times smaller")
    plain = Ridge(alpha=10.0).fit(X, y).predict(X_new)
    plain_mm = Ridge(alpha=10.0).fit(X_mm, y).predict(X_new_mm)
    assert_true(abs(float(plain[0] - plain_mm[0])) > 0.01,
                "the check's own premise: plain ridge depends on the units",
                expected="plain ridge predictions differ", actual=(plain, plain_mm))


def test_huge_alpha_predicts_the_mean(attempt):
    """with alpha = 1e12 the coefficients are about zero and the intercept is mean(y)"""
    X, y, _ = seeded_regression(40, 4, seed=42)
    coef, intercept = fit(attempt, X, y, 1e12)
    assert_close(coef, np.zeros(4), rtol=0, atol=1e-6, what="coef at alpha=1e12")
    assert_close(intercept, float(y.mean()), **SOLVER, what="intercept at alpha=1e12")


@given(regression_problems(rows=(3, 15), cols=(1, 4), max_condition=1e4))
def test_alpha_zero_is_least_squares(attempt, problem):
    """alpha = 0 gives the ordinary least-squares fit of NumPy's lstsq (scaling changes nothing)"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, 0.0)
    expected = np.linalg.lstsq(np.column_stack([X, np.ones(len(y))]), y, rcond=None)[0]
    assert_close(coef, expected[:-1], **SOLVER, what="coef at alpha=0")
    assert_close(intercept, float(expected[-1]), **SOLVER, what="intercept at alpha=0")


def test_bad_input_raises(attempt):
    """a constant column, a single row, negative alpha and mismatched shapes raise ValueError"""
    X, y, _ = seeded_regression(6, 3, seed=43)
    X_const = X.copy()
    X_const[:, 1] = 0.1
    with raises("ValueError", "ridge_standardized with a constant column"):
        attempt.ridge_standardized(X_const, y, 1.0)
    with raises("ValueError", "ridge_standardized with a single row"):
        attempt.ridge_standardized(X[:1], y[:1], 1.0)
    with raises("ValueError", "ridge_standardized with alpha=-1"):
        attempt.ridge_standardized(X, y, -1.0)
    with raises("ValueError", "ridge_standardized with 6 rows in X and 5 in y"):
        attempt.ridge_standardized(X, y[:5], 1.0)
    with raises("ValueError", "ridge_standardized with a 1-D X"):
        attempt.ridge_standardized(X[:, 0], y, 1.0)
    with raises("ValueError", "ridge_standardized with a 2-D y"):
        attempt.ridge_standardized(X, y[:, None], 1.0)


def test_no_sklearn_shortcut(attempt_source):
    """the solution standardises and solves by itself instead of calling scikit-learn"""
    forbid_calls(attempt_source, {"sklearn.preprocessing.StandardScaler",
                                  "sklearn.preprocessing.scale", "sklearn.linear_model.Ridge",
                                  "sklearn.pipeline.Pipeline", "sklearn.pipeline.make_pipeline"},
                 "the kata is the standardisation and the mapping back: write them with NumPy")
