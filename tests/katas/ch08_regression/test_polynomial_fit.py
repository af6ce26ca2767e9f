"""Hidden checks for ch08/polynomial_fit."""

import ast

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import SOLVER, CheckFailure, as_array, as_pair, assert_close, assert_true, raises
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

SEEDS = st.integers(0, 2**32 - 1)
FITTER_NAMES = {"polyfit", "chebfit", "legfit", "hermfit", "hermefit", "lagfit"}
FITTER_CLASSES = {"Polynomial", "Chebyshev", "Legendre", "Hermite", "HermiteE", "Laguerre"}


def spread_x(rng, n):
    """n distinct x values spread over an interval inside [-2.5, 2.5] (jittered grid)."""
    half = rng.uniform(0.5, 2.0)
    grid = np.linspace(-half, half, n) if n > 1 else np.zeros(1)
    step = 2 * half / max(n - 1, 1)
    return rng.uniform(-0.5, 0.5) + grid + rng.uniform(-0.3, 0.3, n) * step


@st.composite
def problems(draw, max_degree=6, minimal=False):
    """(x, y, degree): a seeded 1-D problem with n >= degree + 1 well-spread points (exactly
    degree + 1 when ``minimal``)."""
    rng = np.random.default_rng(draw(SEEDS))
    degree = draw(st.integers(0, max_degree))
    n = degree + 1 if minimal else draw(st.integers(degree + 1, 30))
    return spread_x(rng, n), rng.uniform(-10, 10, n), degree


@st.composite
def train_val_problems(draw):
    """(x_tr, y_tr, x_val, y_val, degrees) from a noisy seeded cubic."""
    rng = np.random.default_rng(draw(SEEDS))
    n_tr = draw(st.integers(2, 30))
    x_tr = spread_x(rng, n_tr)
    x_val = rng.uniform(x_tr.min(), x_tr.max(), draw(st.integers(1, 40)))
    coef = rng.uniform(-3, 3, 4)
    y_tr, y_val = (np.polyval(coef, x) + rng.standard_normal(len(x)) for x in (x_tr, x_val))
    top = min(8, n_tr - 1)
    degrees = draw(st.lists(st.integers(0, top), min_size=1, max_size=5))
    return x_tr, y_tr, x_val, y_val, degrees


def overfitting_data():
    """The statement's seeded example: a noisy quadratic and a noisy line on the same x."""
    rng = np.random.default_rng(1)
    x_tr = rng.uniform(-1, 1, 30)
    y_tr = 1 - 2 * x_tr + 3 * x_tr**2 + 0.5 * rng.standard_normal(30)
    x_val = rng.uniform(-1, 1, 200)
    y_val = 1 - 2 * x_val + 3 * x_val**2 + 0.5 * rng.standard_normal(200)
    y_lin_tr = 0.5 + 2 * x_tr + 0.5 * rng.standard_normal(30)
    y_lin_val = 0.5 + 2 * x_val + 0.5 * rng.standard_normal(200)
    return x_tr, y_tr, x_val, y_val, y_lin_tr, y_lin_val


def fit(attempt, x, y, degree):
    return as_array(attempt.fit_poly_1d(x, y, degree), f"fit_poly_1d(x, y, {degree})",
                    shape=(degree + 1,))


def curves(attempt, x_tr, y_tr, x_val, y_val, degrees):
    train, val = as_pair(attempt.train_val_mse(x_tr, y_tr, x_val, y_val, degrees),
                         "train_val_mse(...)")
    shape = (len(degrees),)
    return (as_array(train, "train_mse", shape=shape), as_array(val, "val_mse", shape=shape))


def pipeline_mse(x_tr, y_tr, x, y, degree):
    model = make_pipeline(PolynomialFeatures(degree), LinearRegression())
    model.fit(x_tr[:, None], y_tr)
    return float(np.mean((y - model.predict(x[:, None])) ** 2))


# ---------------------------------------------------------------------------------------------
# Power features and fits


def test_vandermonde_known_answer(attempt):
    """the degree-2 power features of [1, 2, 3] are [[1, 1, 1], [4, 2, 1], [9, 3, 1]]"""
    V = as_array(attempt.vandermonde(np.array([1.0, 2.0, 3.0]), 2), "vandermonde(x, 2)",
                 shape=(3, 3))
    assert_close(V, np.array([[1.0, 1, 1], [4, 2, 1], [9, 3, 1]]), **SOLVER,
                 what="vandermonde([1, 2, 3], 2)", help="highest power first, ones last")


@given(problems(max_degree=8))
def test_vandermonde_matches_numpy(attempt, problem):
    """the power features equal np.vander(x, degree + 1)"""
    x, _, degree = problem
    V = as_array(attempt.vandermonde(x, degree), f"vandermonde(x, {degree})",
                 shape=(len(x), degree + 1))
    assert_close(V, np.vander(x, degree + 1), **SOLVER, what=f"vandermonde(x, {degree})",
                 help="column i is x ** (degree - i): highest power first")


def test_fit_known_answers(attempt):
    """(x - 1)^2 through four points gives [1, -2, 1]; the best line through (0, 0), (1, 0),
    (2, 3) is 1.5 x - 0.5"""
    x = np.array([0.0, 1.0, 2.0, 3.0])
    assert_close(fit(attempt, x, (x - 1) ** 2, 2), np.array([1.0, -2.0, 1.0]), **SOLVER,
                 what="fit_poly_1d(x, (x - 1)**2, 2)",
                 help="return the coefficients highest power first, as np.polyval expects")
    assert_close(fit(attempt, x[:3], np.array([0.0, 0.0, 3.0]), 1), np.array([1.5, -0.5]),
                 **SOLVER, what="the least-squares line")


def test_degree_zero_fits_the_mean(attempt):
    """degree 0 fits the constant mean(y), and a single point is enough for it"""
    x, y = np.array([-1.0, 0.5, 2.0, 3.0]), np.array([4.0, 1.0, -2.0, 9.0])
    assert_close(fit(attempt, x, y, 0), np.array([3.0]), **SOLVER, what="fit_poly_1d(x, y, 0)")
    assert_close(fit(attempt, x[:1], y[:1], 0), np.array([4.0]), **SOLVER,
                 what="fit_poly_1d on one point with degree 0")


@given(problems())
def test_fit_matches_polyfit(attempt, problem):
    """the coefficients equal np.polyfit's least-squares polynomial"""
    x, y, degree = problem
    assert_close(fit(attempt, x, y, degree), np.polyfit(x, y, degree), **SOLVER,
                 what=f"fit_poly_1d(x, y, {degree})",
                 help="solve the least-squares problem on the power features with np.linalg.lstsq")


@given(problems(max_degree=5), st.integers(0, 3), SEEDS)
def test_exact_recovery_of_a_polynomial(attempt, problem, extra, seed):
    """noise-free data from a degree-k polynomial is recovered exactly by any degree >= k (the
    extra coefficients are 0)"""
    x, _, k = problem
    degree = min(k + extra, len(x) - 1)
    true = np.random.default_rng(seed).uniform(-3, 3, k + 1)
    padded = np.concatenate([np.zeros(degree - k), true])
    assert_close(fit(attempt, x, np.polyval(true, x), degree), padded, **SOLVER,
                 what=f"degree-{degree} fit of an exact degree-{k} polynomial",
                 help="the coefficients are highest power first: the extra high powers are 0")


@given(problems(max_degree=0))
def test_training_mse_never_rises_with_degree(attempt, problem):
    """the training MSE never rises as the degree grows (each model contains the previous one)"""
    x, y, _ = problem
    degrees = list(range(min(8, len(x) - 1) + 1))
    train, _ = curves(attempt, x, y, x[:1], y[:1], degrees)
    rises = np.diff(train) > 1e-9 * (1 + train[:-1])
    assert_true(not rises.any(), "the training MSE grew with the degree",
                expected="non-increasing training MSE", actual=train,
                help="fit every degree by least squares on the training data only")


@given(problems(max_degree=8, minimal=True))
def test_n_points_are_interpolated_by_degree_n_minus_1(attempt, problem):
    """n distinct points are interpolated by a polynomial of degree n - 1 (training MSE about 0)"""
    x, y, degree = problem
    train, _ = curves(attempt, x, y, x, y, [degree])
    assert_true(train[0] <= 1e-12 * (1 + np.mean(y**2)),
                f"{degree + 1} points should be interpolated by a degree-{degree} polynomial",
                expected="training MSE about 0", actual=train[0])


@given(train_val_problems())
def test_curves_match_sklearn_and_reference(attempt, reference, problem):
    """training and validation MSEs match a PolynomialFeatures + LinearRegression pipeline and the
    reference, degree by degree in the given order"""
    x_tr, y_tr, x_val, y_val, degrees = problem
    train, val = curves(attempt, *problem)
    assert_close(train, np.array([pipeline_mse(x_tr, y_tr, x_tr, y_tr, d) for d in degrees]),
                 **SOLVER, what="train_mse against scikit-learn",
                 help="the MSE divides the sum of squared errors by the number of points")
    assert_close(val, np.array([pipeline_mse(x_tr, y_tr, x_val, y_val, d) for d in degrees]),
                 **SOLVER, what="val_mse against scikit-learn",
                 help="fit on the training data only, then evaluate on the validation data")
    expected_train, expected_val = reference.train_val_mse(*problem)
    assert_close(train, expected_train, **SOLVER, what="train_mse against the reference")
    assert_close(val, expected_val, **SOLVER, what="val_mse against the reference")


def test_degrees_keep_their_order(attempt):
    """the results follow the order of degrees, repeats included"""
    x_tr, y_tr, x_val, y_val, *_ = overfitting_data()
    train, val = curves(attempt, x_tr, y_tr, x_val, y_val, [3, 0, 3, 1])
    for i, d in enumerate([3, 0, 3, 1]):
        coef = np.polyfit(x_tr, y_tr, d)
        assert_close(train[i], float(np.mean((y_tr - np.polyval(coef, x_tr)) ** 2)), **SOLVER,
                     what=f"train_mse[{i}] (degree {d})")
        assert_close(val[i], float(np.mean((y_val - np.polyval(coef, x_val)) ** 2)), **SOLVER,
                     what=f"val_mse[{i}] (degree {d})")


# ---------------------------------------------------------------------------------------------
# Under- and overfitting on the statement's seeded example


def test_degree_2_beats_degree_12_on_validation(attempt):
    """on noisy quadratic data, degree 12 fits the training set better but validates more than
    twice as badly as degree 2 (Q180)"""
    x_tr, y_tr, x_val, y_val, *_ = overfitting_data()
    train, val = curves(attempt, x_tr, y_tr, x_val, y_val, list(range(16)))
    rises = np.diff(train) > 1e-9 * (1 + train[:-1])
    assert_true(not rises.any(), "the training MSE grew with the degree",
                expected="non-increasing training MSE over degrees 0..15", actual=train)
    assert_true(val[12] > 2 * val[2], "degree 12 should validate far worse than degree 2",
                expected="val_mse[12] > 2 * val_mse[2]",
                actual=f"degree 2: {val[2]:.4g}, degree 12: {val[12]:.4g}",
                help="validation MSE uses the polynomial fitted on the training data")


def test_validation_picks_a_sensible_degree(attempt):
    """on curved data degree 2 validates better than degree 1; on linear data degree 1 is as good
    as degree 2 within 5% (Q201)"""
    x_tr, y_tr, x_val, y_val, y_lin_tr, y_lin_val = overfitting_data()
    _, val = curves(attempt, x_tr, y_tr, x_val, y_val, [1, 2])
    assert_true(val[0] > 2 * val[1], "a line underfits a quadratic",
                expected="val_mse(degree 1) > 2 * val_mse(degree 2)", actual=val)
    _, val_lin = curves(attempt, x_tr, y_lin_tr, x_val, y_lin_val, [1, 2])
    assert_true(val_lin[0] <= 1.05 * val_lin[1], "on linear data degree 2 buys nothing",
                expected="val_mse(degree 1) <= 1.05 * val_mse(degree 2)", actual=val_lin)


def test_coefficient_norm_grows_with_degree(attempt):
    """on the noisy quadratic, the coefficient norm increases along degrees 2, 4, 6, 8, 10, 12, 15
    (Q204)"""
    x_tr, y_tr, *_ = overfitting_data()
    degrees = [2, 4, 6, 8, 10, 12, 15]
    norms = np.array([np.linalg.norm(fit(attempt, x_tr, y_tr, d)) for d in degrees])
    assert_true(bool(np.all(np.diff(norms) > 0)), "the coefficient norm should grow with degree",
                expected="increasing norms", actual=norms)
    assert_close(fit(attempt, x_tr, y_tr, 12), np.polyfit(x_tr, y_tr, 12), **SOLVER,
                 what="fit_poly_1d(x_tr, y_tr, 12) against np.polyfit",
                 help="use np.linalg.lstsq on the power features: the normal equations lose "
                      "accuracy at high degree")


def test_high_degree_extrapolates_badly(attempt):
    """just beyond the training range (20% of its width on each side) degree 15 strays more than
    100 times further from the true curve than degree 2 (Q204)"""
    x_tr, y_tr, *_ = overfitting_data()
    c2, c15 = fit(attempt, x_tr, y_tr, 2), fit(attempt, x_tr, y_tr, 15)
    lo, hi = x_tr.min(), x_tr.max()
    width = hi - lo
    for side, grid in (("right", np.linspace(hi, hi + 0.2 * width, 50)),
                       ("left", np.linspace(lo - 0.2 * width, lo, 50))):
        truth = 1 - 2 * grid + 3 * grid**2
        dev2 = np.abs(np.polyval(c2, grid) - truth).max()
        dev15 = np.abs(np.polyval(c15, grid) - truth).max()
        assert_true(dev15 > 100 * dev2, f"degree 15 should extrapolate far worse on the {side}",
                    expected="max deviation(15) > 100 * max deviation(2)",
                    actual=f"degree 2: {dev2:.4g}, degree 15: {dev15:.4g}")


def test_condition_number_grows_with_degree(attempt):
    """np.linalg.cond of the power features grows with every degree from 1 to 15 (Q204)"""
    x_tr, *_ = overfitting_data()
    conds = np.array([np.linalg.cond(as_array(attempt.vandermonde(x_tr, d),
                                              f"vandermonde(x_tr, {d})", shape=(30, d + 1)))
                      for d in range(1, 16)])
    assert_true(bool(np.all(np.diff(conds) > 0)), "the condition number should grow with degree",
                expected="increasing condition numbers", actual=conds)


# ---------------------------------------------------------------------------------------------
# Bad input and rules


def test_bad_input_raises(attempt):
    """negative degrees, too few points, wrong dimensions, mismatched lengths, an empty degree list
    or an empty validation set raise ValueError"""
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 0.0, 2.0])
    with raises("ValueError", "fit_poly_1d with degree -1"):
        attempt.fit_poly_1d(x, y, -1)
    with raises("ValueError", "fit_poly_1d with 3 points and degree 3"):
        attempt.fit_poly_1d(x, y, 3)
    with raises("ValueError", "fit_poly_1d with 3 x values and 2 y values"):
        attempt.fit_poly_1d(x, y[:2], 1)
    with raises("ValueError", "fit_poly_1d with a 2-D x"):
        attempt.fit_poly_1d(x[:, None], y, 1)
    with raises("ValueError", "vandermonde with degree -1"):
        attempt.vandermonde(x, -1)
    with raises("ValueError", "vandermonde with a 2-D x"):
        attempt.vandermonde(x[:, None], 1)
    with raises("ValueError", "train_val_mse with degrees []"):
        attempt.train_val_mse(x, y, x, y, [])
    with raises("ValueError", "train_val_mse with degree 3 on 3 training points"):
        attempt.train_val_mse(x, y, x, y, [1, 3])
    with raises("ValueError", "train_val_mse with degree -1"):
        attempt.train_val_mse(x, y, x, y, [-1])
    with raises("ValueError", "train_val_mse with an empty validation set"):
        attempt.train_val_mse(x, y, x[:0], y[:0], [1])
    with raises("ValueError", "train_val_mse with 3 validation x values and 2 y values"):
        attempt.train_val_mse(x, y, x, y[:2], [1])


def test_no_library_polynomial_fitter(attempt_source):
    """the polynomial is fitted by least squares on power features, not by a library fitter"""
    found = []
    for node in ast.walk(ast.parse(attempt_source)):
        names = []
        if isinstance(node, ast.Attribute):
            names = [node.attr]
            if node.attr == "fit" and isinstance(node.value, (ast.Name, ast.Attribute)):
                names.append(getattr(node.value, "attr", getattr(node.value, "id", "")) + ".fit")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name.split(".")[-1] for a in node.names]
        for name in names:
            if name in FITTER_NAMES or (name.endswith(".fit") and name[:-4] in FITTER_CLASSES):
                found.append(f"line {node.lineno}: {name}")
    if found:
        raise CheckFailure(f"the kata asks you not to call a library polynomial fitter "
                           f"({', '.join(sorted(set(found)))})",
                           help="build the power features and solve with np.linalg.lstsq")


def test_zero_dimensional_input_raises(attempt):
    """a 0-D x or y (a single number instead of a 1-D array) raises ValueError"""
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 0.0, 3.0])
    with raises("ValueError", "fit_poly_1d with a 0-D x"):
        attempt.fit_poly_1d(np.array(1.0), y, 0)
    with raises("ValueError", "fit_poly_1d with a 0-D y"):
        attempt.fit_poly_1d(x, np.array(1.0), 0)
    with raises("ValueError", "train_val_mse with a 0-D training x"):
        attempt.train_val_mse(np.array(1.0), y, x, y, [0])
    with raises("ValueError", "train_val_mse with a 0-D validation y"):
        attempt.train_val_mse(x, y, x, np.array(1.0), [0])
