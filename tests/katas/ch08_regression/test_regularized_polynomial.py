"""Hidden checks for ch08/regularized_polynomial.

``fit_poly_ridge`` returns a model object; under ``katas check`` it stays in the attempt's worker
and arrives here as a remote handle, so the checks only call ``model.predict(x)`` and read
``model.coef_`` (decision D8.6)."""


import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SOLVER, CheckFailure, as_array, assert_close, assert_true, raises
from kit.strategies import log_uniform
from kit.style import names_used
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

SEEDS = st.integers(0, 2**32 - 1)
ALPHAS = log_uniform(1e-3, 1e3)
PLAIN = (np.ndarray, tuple, list, dict, float, int, str, bool, type(None))
SKLEARN_PARTS = {"PolynomialFeatures", "StandardScaler", "Ridge", "RidgeCV", "ridge_regression",
                 "make_pipeline", "Pipeline"}




@st.composite
def problems(draw, max_degree=8, alpha_zero=False):
    """(x, y, x_new, degree): noisy seeded data on an interval around 0 inside [-2, 2]."""
    rng = np.random.default_rng(draw(SEEDS))
    degree = draw(st.integers(1, max_degree))
    n = draw(st.integers(degree + 2 if alpha_zero else 3, 40))
    lo, hi = rng.uniform(-2, -0.5), rng.uniform(0.5, 2)
    x = rng.uniform(lo, hi, n)
    y = 2.0 + np.sin(rng.uniform(1, 4) * x) + 0.3 * rng.standard_normal(n)
    return x, y, rng.uniform(lo, hi, 15), degree


def fit(attempt, x, y, degree, alpha):
    model = attempt.fit_poly_ridge(x, y, degree, alpha)
    if isinstance(model, PLAIN):
        raise CheckFailure("fit_poly_ridge must return a model object with predict and coef_",
                           expected="an object with .predict(x) and .coef_",
                           actual=type(model).__name__)
    return model


def predict(model, x_new, what="model.predict(x_new)"):
    return as_array(model.predict(x_new), what, shape=(len(x_new),))


def coef(model, degree):
    return as_array(model.coef_, "model.coef_", shape=(degree,))


def pipeline(x, y, degree, alpha):
    model = make_pipeline(PolynomialFeatures(degree, include_bias=False), StandardScaler(),
                          Ridge(alpha=alpha, solver="svd"))
    return model.fit(x[:, None], y)


def sine_data():
    """The statement's seeded shrinkage example."""
    rng = np.random.default_rng(1)
    out = []
    for n in (20, 200, 200):
        x = rng.uniform(0, 1, n)
        out += [x, np.sin(2 * np.pi * x) + 0.3 * rng.standard_normal(n)]
    return out


def test_known_answer(attempt):
    """x = [-1, 0, 1], y = [0, 1, 5], degree 1, alpha 3: coef_ = [5 sqrt(6) / 12] and predictions
    [0.75, 2, 3.25]"""
    x, y = np.array([-1.0, 0.0, 1.0]), np.array([0.0, 1.0, 5.0])
    model = fit(attempt, x, y, 1, 3.0)
    assert_close(coef(model, 1), np.array([5 * np.sqrt(6) / 12]), **SOLVER, what="model.coef_",
                 help="standardise x with ddof=0, centre y, and do not penalise the intercept")
    assert_close(predict(model, x), np.array([0.75, 2.0, 3.25]), **SOLVER,
                 what="model.predict([-1, 0, 1])")


def test_powers_spanning_a_range_of_one_are_fitted(attempt):
    """x = 0, 0.25, ..., 1 (every power spans exactly [0, 1]) is fitted like the pipeline does"""
    x = np.linspace(0.0, 1.0, 5)
    y = np.array([0.5, -1.0, 2.0, 0.0, 1.5])
    model = fit(attempt, x, y, 3, 0.1)
    oracle = pipeline(x, y, 3, 0.1)
    assert_close(coef(model, 3), oracle[-1].coef_, **SOLVER, what="model.coef_",
                 help="only a power whose values are all equal (range 0) cannot be standardised")
    assert_close(predict(model, x), oracle.predict(x[:, None]), **SOLVER,
                 what="model.predict(x) on the training points")


@given(problems(), ALPHAS)
def test_matches_sklearn_pipeline(attempt, reference, problem, alpha):
    """predictions and coefficients equal the PolynomialFeatures + StandardScaler + Ridge pipeline"""
    x, y, x_new, degree = problem
    model = fit(attempt, x, y, degree, alpha)
    oracle = pipeline(x, y, degree, alpha)
    assert_close(predict(model, x_new), oracle.predict(x_new[:, None]), **SOLVER,
                 what="model.predict(x_new)",
                 help="standardise new points with the training means and standard deviations")
    assert_close(predict(model, x, "model.predict(x)"), oracle.predict(x[:, None]), **SOLVER,
                 what="model.predict(x) on the training points")
    assert_close(coef(model, degree), oracle[-1].coef_, **SOLVER, what="model.coef_",
                 help="coef_ holds the weights of the standardised powers x, x^2, ..., lowest "
                      "first")
    expected = reference.fit_poly_ridge(x, y, degree, alpha)
    assert_close(predict(model, x_new), expected.predict(x_new), **SOLVER,
                 what="model.predict(x_new) against the reference")


@given(problems(max_degree=6, alpha_zero=True))
def test_alpha_zero_is_the_unregularised_polynomial(attempt, problem):
    """with alpha = 0 the fitted curve is the least-squares polynomial of np.polyfit"""
    x, y, x_new, degree = problem
    model = fit(attempt, x, y, degree, 0.0)
    assert_close(predict(model, x_new), np.polyval(np.polyfit(x, y, degree), x_new), **SOLVER,
                 what="model.predict(x_new) at alpha = 0",
                 help="alpha = 0 is plain least squares; use np.linalg.lstsq, not the normal "
                      "equations")


@given(problems())
def test_coef_norm_never_grows_with_alpha(attempt, problem):
    """the norm of coef_ never grows as alpha grows"""
    x, y, _, degree = problem
    alphas = np.logspace(-3, 6, 7)
    norms = np.array([np.linalg.norm(coef(fit(attempt, x, y, degree, a), degree))
                      for a in alphas])
    rises = np.diff(norms) > 1e-9 * (1 + norms[:-1])
    assert_true(not rises.any(), "the coefficient norm grew between consecutive alphas",
                expected="non-increasing norms", actual=norms)


def test_huge_alpha_predicts_the_mean(attempt):
    """with alpha = 1e12 the coefficients are about zero and every prediction is mean(y)"""
    x, y, x_val, _, *_ = sine_data()
    model = fit(attempt, x, y, 12, 1e12)
    assert_close(coef(model, 12), np.zeros(12), rtol=0, atol=1e-6, what="coef_ at alpha = 1e12")
    assert_close(predict(model, x_val), np.full(len(x_val), y.mean()), **SOLVER,
                 what="predictions at alpha = 1e12",
                 help="the intercept is not shrunk: it stays at mean(y)")


@given(problems(), ALPHAS)
def test_points_are_predicted_independently(attempt, problem, alpha):
    """predicting the new points one at a time gives the same values as predicting them together"""
    x, y, x_new, degree = problem
    model = fit(attempt, x, y, degree, alpha)
    together = predict(model, x_new)
    alone = np.array([predict(model, x_new[i:i + 1], "model.predict(one point)")[0]
                      for i in range(3)])
    assert_close(alone, together[:3], **SOLVER, what="predictions one point at a time",
                 help="scale new points with the statistics learnt from the training data, "
                      "never with the new points' own")


@given(problems(), ALPHAS, st.floats(0.1, 10), st.booleans())
def test_units_of_x_do_not_matter(attempt, problem, alpha, factor, flip):
    """fitting on c * x and predicting at c * x_new gives the same predictions, because every
    power is standardised"""
    x, y, x_new, degree = problem
    c = -factor if flip else factor
    base = fit(attempt, x, y, degree, alpha)
    scaled = fit(attempt, c * x, y, degree, alpha)
    assert_close(predict(scaled, c * x_new), predict(base, x_new), **SOLVER,
                 what=f"predictions after measuring x in units {c:g} times smaller",
                 help="standardise the power features before the penalty")
    signs = np.sign(c) ** np.arange(1, degree + 1)
    assert_close(coef(scaled, degree), coef(base, degree) * signs, **SOLVER,
                 what=f"coef_ after scaling x by {c:g}")


@given(problems(), ALPHAS)
def test_shifting_y_moves_only_the_intercept(attempt, problem, alpha):
    """adding 7 to y adds 7 to every prediction and leaves coef_ unchanged"""
    x, y, x_new, degree = problem
    base, shifted = fit(attempt, x, y, degree, alpha), fit(attempt, x, y + 7.0, degree, alpha)
    assert_close(coef(shifted, degree), coef(base, degree), **SOLVER,
                 what="coef_ after adding 7 to y", help="the intercept must not be penalised")
    assert_close(predict(shifted, x_new), predict(base, x_new) + 7.0, **SOLVER,
                 what="predictions after adding 7 to y")


def test_more_powers_than_points(attempt):
    """with alpha > 0, degree 8 on 4 points still has the pipeline's unique ridge solution"""
    x, y = np.array([-1.5, -0.2, 0.4, 1.1]), np.array([1.0, -0.5, 0.3, 2.0])
    model = fit(attempt, x, y, 8, 0.5)
    oracle = pipeline(x, y, 8, 0.5)
    x_new = np.linspace(-1.5, 1.1, 7)
    assert_close(predict(model, x_new), oracle.predict(x_new[:, None]), **SOLVER,
                 what="model.predict(x_new)")
    assert_close(coef(model, 8), oracle[-1].coef_, **SOLVER, what="model.coef_")


def test_alpha_zero_with_more_powers_than_points_interpolates(attempt):
    """with alpha = 0 and degree 5 or 8 on 4 points, the fit still exists and passes through every
    training point"""
    x, y = np.array([-1.5, -0.2, 0.4, 1.1]), np.array([1.0, -0.5, 0.3, 2.0])
    for degree in (5, 8):
        model = fit(attempt, x, y, degree, 0.0)
        coef(model, degree)
        assert_close(predict(model, x, "model.predict(x)"), y, **SOLVER,
                     what=f"predictions at the 4 training points (degree {degree}, alpha 0)",
                     help="use np.linalg.lstsq: the system is singular, and any least-squares "
                          "solution interpolates here")


def test_shrinkage_beats_plain_least_squares(attempt):
    """on noisy sine data, degree 12 with the best alpha of a log grid validates and tests far
    better than alpha = 0 (Q205)"""
    x, y, x_val, y_val, x_test, y_test = sine_data()

    def mse(model, xs, ys):
        return float(np.mean((predict(model, xs) - ys) ** 2))

    grid = np.logspace(-8, 2, 21)
    val = [mse(fit(attempt, x, y, 12, a), x_val, y_val) for a in grid]
    best = fit(attempt, x, y, 12, float(grid[int(np.argmin(val))]))
    plain = fit(attempt, x, y, 12, 0.0)
    scores = {"val(best)": min(val), "test(best)": mse(best, x_test, y_test),
              "val(alpha=0)": mse(plain, x_val, y_val), "test(alpha=0)": mse(plain, x_test, y_test)}
    assert_true(scores["val(best)"] < 0.2 and scores["test(best)"] < 0.2,
                "the best alpha should fit the sine well", expected="val and test MSE < 0.2",
                actual=scores)
    assert_true(scores["val(alpha=0)"] > 10 and scores["test(alpha=0)"] > 10,
                "degree 12 without shrinkage should overfit wildly",
                expected="val and test MSE at alpha = 0 > 10", actual=scores)


def test_bad_input_raises(attempt):
    """a negative alpha, degree 0, wrong dimensions, mismatched lengths, a constant power or a 2-D
    x_new raise ValueError"""
    x, y = np.array([0.0, 0.5, 1.0, 1.5]), np.array([1.0, 0.0, 2.0, 1.0])
    with raises("ValueError", "fit_poly_ridge with alpha = -1"):
        attempt.fit_poly_ridge(x, y, 3, -1.0)
    with raises("ValueError", "fit_poly_ridge with degree 0"):
        attempt.fit_poly_ridge(x, y, 0, 1.0)
    with raises("ValueError", "fit_poly_ridge with 4 x values and 3 y values"):
        attempt.fit_poly_ridge(x, y[:3], 3, 1.0)
    with raises("ValueError", "fit_poly_ridge with a 2-D x"):
        attempt.fit_poly_ridge(x[:, None], y, 3, 1.0)
    with raises("ValueError", "fit_poly_ridge with a constant x"):
        attempt.fit_poly_ridge(np.full(4, 2.0), y, 2, 1.0)
    with raises("ValueError", "fit_poly_ridge with x = [-1, 1, -1, 1] and degree 2 (x^2 is "
                              "constant)"):
        attempt.fit_poly_ridge(np.array([-1.0, 1.0, -1.0, 1.0]), y, 2, 1.0)
    model = fit(attempt, x, y, 3, 1.0)
    with raises("ValueError", "model.predict with a 2-D x_new"):
        model.predict(x[:, None])


def test_built_with_numpy(attempt_source):
    """the model is written with NumPy, not assembled from scikit-learn's pipeline parts"""
    found = names_used(attempt_source, SKLEARN_PARTS)
    if found:
        raise CheckFailure("the kata asks you not to use scikit-learn's "
                           + ", ".join(sorted({name for _, name in found})) + " ("
                           + ", ".join(f"line {line}" for line, _ in found) + ")",
                           help="scikit-learn's pipeline is what the checks compare you with")
