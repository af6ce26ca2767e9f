"""Hidden checks for ch08/elastic_net."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import ITERATIVE, SAME, as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.strategies import log_uniform, regression_problems, seeded_regression, well_conditioned
from sklearn.linear_model import ElasticNet, Lasso, Ridge

PROBLEMS = regression_problems(rows=(3, 15), cols=(1, 5), max_condition=100.0)
ALPHAS = log_uniform(1e-2, 10.0)
RATIOS = st.floats(0.05, 1.0)
TIGHT = {"tol": 1e-12, "max_iter": 1_000_000}
ZERO = 1e-12  # "exactly zero" (D8.8)
KKT = 1e-5


@st.composite
def gaussian_problems(draw, rows=(3, 30), cols=(1, 6), max_condition=100.0):
    """(X, y) from a drawn seed: Gaussian columns on scales from 0.1 to 10 and a noisy linear
    target. Cheap to draw (no element-wise generation); redrawn until the centred design has full
    column rank and a condition number below ``max_condition``."""
    n = draw(st.integers(*rows))
    d = draw(st.integers(cols[0], min(cols[1], n - 1)))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    while True:
        X = rng.standard_normal((n, d)) * 10.0 ** rng.uniform(-1, 1, d) + rng.uniform(-5, 5, d)
        if well_conditioned(X, max_condition):
            break
    y = X @ rng.uniform(-3, 3, d) + rng.uniform(-5, 5) + rng.standard_normal(n)
    return X, y


def fit(attempt, X, y, alpha, l1_ratio, **kw):
    """Call the attempt and check the result's types and shapes."""
    coef, intercept = as_pair(attempt.elastic_net_cd(X, y, alpha, l1_ratio, **kw),
                              "elastic_net_cd(...)")
    return as_array(coef, "coef", shape=(X.shape[1],)), as_float(intercept, "intercept")


def assert_fit(coef, intercept, model, what, help=""):
    assert_close(coef, model.coef_, **ITERATIVE, what=f"coef {what}", help=help)
    assert_close(intercept, float(model.intercept_), **ITERATIVE, what=f"intercept {what}",
                 help="the intercept is mean(y) - mean(X, axis=0) @ coef and is not penalised")


def test_known_answer(attempt):
    """one centred feature x = [-1, 0, 1], y = [0, 1, 5], alpha 1, l1_ratio 0.5 gives coef [1.0]
    and intercept 2.0"""
    coef, intercept = fit(attempt, np.array([[-1.0], [0.0], [1.0]]), np.array([0.0, 1.0, 5.0]),
                          1.0, 0.5)
    # x^T yc / n = 5/3, soft-thresholded by 0.5 gives 7/6, divided by x^T x / n + 0.5 = 7/6.
    assert_close(coef, np.array([1.0]), **ITERATIVE, what="coef",
                 help="w_j = soft_threshold(x_j^T r_j / n, alpha * l1_ratio) / "
                      "(x_j^T x_j / n + alpha * (1 - l1_ratio)), r_j the residual without j")
    assert_close(intercept, 2.0, **ITERATIVE, what="intercept")


@given(gaussian_problems(), ALPHAS, RATIOS)
def test_matches_sklearn_elastic_net(attempt, problem, alpha, l1_ratio):
    """coefficients and intercept match scikit-learn's ElasticNet with the same alpha and
    l1_ratio"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha, l1_ratio)
    model = ElasticNet(alpha=alpha, l1_ratio=l1_ratio, **TIGHT).fit(X, y)
    assert_fit(coef, intercept, model, "against ElasticNet",
               help="the L2 part is alpha * (1 - l1_ratio) / 2 * ||w||^2: it adds "
                    "alpha * (1 - l1_ratio) to the denominator of the update")


def _seeded_problems():
    """Three well-conditioned problems with columns on different scales."""
    for seed, (n, d) in zip((31, 32, 33), ((12, 3), (30, 5), (50, 8)), strict=True):
        X, y, _ = seeded_regression(n, d, seed=seed, noise=0.5)
        yield X * np.linspace(0.5, 3.0, d), y


def test_l1_ratio_one_is_the_lasso(attempt):
    """with l1_ratio = 1 the fit is scikit-learn's Lasso (the lasso_cd kata's objective)"""
    for X, y in _seeded_problems():
        for alpha in (0.01, 0.2, 1.0):
            coef, intercept = fit(attempt, X, y, alpha, 1.0)
            assert_fit(coef, intercept, Lasso(alpha=alpha, **TIGHT).fit(X, y),
                       f"at l1_ratio=1, alpha={alpha}, X of shape {X.shape}",
                       help="threshold at alpha * l1_ratio, and divide by x_j^T x_j / n")


def test_l1_ratio_zero_is_ridge(attempt):
    """with l1_ratio = 0 the fit is scikit-learn's Ridge with alpha_ridge = n * alpha"""
    for X, y in _seeded_problems():
        for alpha in (0.01, 0.2, 1.0):
            coef, intercept = fit(attempt, X, y, alpha, 0.0)
            model = Ridge(alpha=len(y) * alpha, solver="svd").fit(X, y)
            assert_fit(coef, intercept, model,
                       f"at l1_ratio=0, alpha={alpha}, X of shape {X.shape}, against "
                       "Ridge(n * alpha)",
                       help="ridge's (1/2n) scaling: the update divides by x_j^T x_j / n + alpha")


@given(PROBLEMS, ALPHAS, st.floats(0.0, 1.0))
def test_optimality_conditions_hold(attempt, problem, alpha, l1_ratio):
    """the result satisfies the elastic-net optimality (KKT) conditions"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha, l1_ratio)
    Xc, r = X - X.mean(axis=0), y - y.mean() - (X - X.mean(axis=0)) @ coef
    corr = Xc.T @ r / len(y)
    l1, l2 = alpha * l1_ratio, alpha * (1 - l1_ratio)
    nonzero = coef != 0
    stationarity = corr[nonzero] - l2 * coef[nonzero] - l1 * np.sign(coef[nonzero])
    assert_close(stationarity, np.zeros(nonzero.sum()), rtol=0, atol=KKT,
                 what="X_j^T r / n - alpha (1 - l1_ratio) w_j - alpha l1_ratio sign(w_j) on the "
                      "non-zero coefficients",
                 help="iterate until the largest change in a sweep is <= tol")
    assert_true(bool(np.all(np.abs(corr[~nonzero]) <= l1 + KKT)),
                "a zero coefficient violates |X_j^T r / n| <= alpha * l1_ratio",
                expected=f"|X_j^T r / n| <= {l1:g}", actual=corr[~nonzero])
    assert_close(intercept, float(y.mean() - X.mean(axis=0) @ coef), **SAME, what="intercept",
                 help="the intercept is mean(y) - mean(X, axis=0) @ coef")


@given(PROBLEMS, ALPHAS, st.floats(0.0, 1.0))
def test_matches_reference(attempt, reference, problem, alpha, l1_ratio):
    """coefficients and intercept match the reference solution on generated inputs"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha, l1_ratio)
    expected_coef, expected_intercept = reference.elastic_net_cd(X, y, alpha, l1_ratio)
    assert_close(coef, expected_coef, **ITERATIVE, what="coef")
    assert_close(intercept, expected_intercept, **ITERATIVE, what="intercept")


@given(regression_problems(rows=(2, 15), cols=(1, 5)), ALPHAS, st.floats(0.0, 1.0))
def test_one_sweep_is_one_gauss_seidel_pass(attempt, reference, problem, alpha, l1_ratio):
    """with max_iter = 1 the result is exactly one sweep j = 0, 1, ..., d - 1 from w = 0"""
    X, y = problem
    coef, intercept = fit(attempt, X, y, alpha, l1_ratio, max_iter=1)
    expected_coef, expected_intercept = reference.elastic_net_cd(X, y, alpha, l1_ratio, max_iter=1)
    assert_close(coef, expected_coef, rtol=1e-9, atol=1e-9, what="coef after one sweep",
                 help="each update uses the coefficients already updated in the same sweep: "
                      "update the residual right after changing w_j")
    assert_close(intercept, expected_intercept, rtol=1e-9, atol=1e-9,
                 what="intercept after one sweep")


def _duplicated_design():
    X, y, _ = seeded_regression(40, 3, seed=21, coef=np.array([2.0, -1.0, 0.5]), noise=0.3)
    return np.column_stack([X[:, 0], X[:, 0], X[:, 1:]]), y, X


def test_duplicated_column_lasso_keeps_the_first_copy(attempt):
    """with two identical columns, lasso coordinate descent from zero puts all the weight on the
    first copy, and the total weight is the lasso fit without the copy (Q217)"""
    X2, y, X = _duplicated_design()
    coef, intercept = fit(attempt, X2, y, 0.1, 1.0)
    assert_true(abs(float(coef[1])) <= ZERO, "the second copy should keep exactly zero weight",
                expected="|w_1| <= 1e-12", actual=coef,
                help="the first copy's update already minimises over that direction, so the "
                     "second copy's correlation sits exactly at the threshold")
    single = Lasso(alpha=0.1, **TIGHT).fit(X, y)
    assert_close(np.array([coef[0] + coef[1], *coef[2:]]), single.coef_, **ITERATIVE,
                 what="[w_0 + w_1, w_2, w_3] against Lasso on the design without the copy")
    assert_close(intercept, float(single.intercept_), **ITERATIVE, what="intercept")


def test_duplicated_column_elastic_net_splits_evenly(attempt):
    """with two identical columns, the elastic net (l1_ratio 0.5) splits the weight evenly (Q217)"""
    X2, y, _ = _duplicated_design()
    coef, intercept = fit(attempt, X2, y, 0.1, 0.5)
    assert_close(float(coef[1]), float(coef[0]), rtol=0, atol=1e-5, what="w_1 against w_0",
                 help="the L2 part makes the optimum unique and symmetric in the two copies")
    model = ElasticNet(alpha=0.1, l1_ratio=0.5, **TIGHT).fit(X2, y)
    assert_fit(coef, intercept, model, "against ElasticNet")


def test_ridge_is_dense_and_lasso_is_sparse(attempt):
    """on generic data l1_ratio = 0 leaves every coefficient non-zero, while l1_ratio = 1 with a
    moderate alpha sets the irrelevant ones exactly to zero"""
    true = np.array([3.0, 0.0, -2.0, 0.0, 0.0, 1.5, 0.0, 0.0])
    X, y, _ = seeded_regression(60, 8, seed=22, coef=true, noise=0.5)
    ridge, _ = fit(attempt, X, y, 0.5, 0.0)
    assert_true(bool(np.all(ridge != 0)), "a coefficient is exactly zero at l1_ratio = 0",
                expected="all non-zero", actual=ridge)
    lasso, _ = fit(attempt, X, y, 0.3, 1.0)
    assert_true(bool(np.all(np.abs(lasso[true == 0]) <= ZERO)),
                "the irrelevant coefficients should be exactly zero at l1_ratio = 1, alpha = 0.3",
                expected="|w_j| <= 1e-12 for j in 1, 3, 4, 6, 7", actual=lasso,
                help="soft-thresholding returns exactly 0 when |z| <= alpha * l1_ratio")
    assert_true(bool(np.all(lasso[true != 0] != 0)), "a relevant coefficient was zeroed",
                expected="w_0, w_2, w_5 non-zero", actual=lasso)


def test_large_alpha_gives_all_zero(attempt):
    """an alpha above max|Xc^T yc| / (n * l1_ratio) gives exactly zero coefficients and
    intercept mean(y)"""
    X, y, _ = seeded_regression(30, 4, seed=23)
    alpha_max = np.max(np.abs((X - X.mean(axis=0)).T @ (y - y.mean()))) / len(y)
    for l1_ratio in (1.0, 0.4):
        coef, intercept = fit(attempt, X, y, 1.01 * alpha_max / l1_ratio, l1_ratio)
        assert_close(coef, np.zeros(4), rtol=0, atol=ZERO, what=f"coef at l1_ratio={l1_ratio}")
        assert_close(intercept, float(y.mean()), **SAME, what=f"intercept at l1_ratio={l1_ratio}")


def test_constant_column_keeps_zero_weight(attempt):
    """constant columns keep coefficient 0 and the rest is the fit without them, also at
    l1_ratio = 1"""
    X, y, _ = seeded_regression(25, 3, seed=24)
    X5 = np.column_stack([X[:, 0], np.full(25, 2.0), X[:, 1], np.full(25, 0.1), X[:, 2]])
    for l1_ratio in (1.0, 0.5):
        coef, intercept = fit(attempt, X5, y, 0.05, l1_ratio)
        assert_close(coef[[1, 3]], np.zeros(2), rtol=0, atol=0.0,
                     what=f"coef of the constant columns 1 and 3 at l1_ratio={l1_ratio}",
                     help="skip a column whose values are all equal: x_j^T x_j / n is 0 after "
                          "centring (or a rounding speck) and the update would divide by it")
        model = ElasticNet(alpha=0.05, l1_ratio=l1_ratio, **TIGHT).fit(X, y)
        assert_fit(coef[[0, 2, 4]], intercept, model,
                   f"of the other columns at l1_ratio={l1_ratio}")


def test_defaults_are_max_iter_10000_and_tol_1e_8(attempt):
    """elastic_net_cd(X, y, alpha, l1_ratio) is the call with max_iter=10_000 and tol=1e-8"""
    rng = np.random.default_rng(8)
    z = rng.standard_normal(30)
    X = np.column_stack([z + 0.3 * rng.standard_normal(30) for _ in range(3)])
    y = X @ np.array([0.5, -0.3, 0.2]) + 0.1 * rng.standard_normal(30)
    coef, intercept = fit(attempt, X, y, 0.01, 0.5)
    want_coef, want_intercept = fit(attempt, X, y, 0.01, 0.5, max_iter=10_000, tol=1e-8)
    assert_close(coef, want_coef, rtol=1e-9, atol=1e-9, what="coef with the default max_iter and tol",
                 help="the defaults are max_iter=10_000 and tol=1e-8")
    assert_close(intercept, want_intercept, rtol=1e-9, atol=1e-9,
                 what="intercept with the default max_iter and tol")


def test_known_answer_with_a_unit_step(attempt):
    """x = [-1, 1], y = [-1.5, 1.5], alpha 0.5, l1_ratio 1: the first update moves w from 0 to
    exactly 1.0, the solution"""
    coef, intercept = fit(attempt, np.array([[-1.0], [1.0]]), np.array([-1.5, 1.5]), 0.5, 1.0)
    assert_close(coef, np.array([1.0]), **ITERATIVE, what="coef",
                 help="soft_threshold(x^T y / n = 1.5, 0.5) / (x^T x / n = 1) = 1.0")
    assert_close(intercept, 0.0, **ITERATIVE, what="intercept")


def test_alpha_zero_is_least_squares(attempt):
    """alpha = 0 is allowed (with l1_ratio below 1) and gives the least-squares fit"""
    rng = np.random.default_rng(3)
    X = rng.standard_normal((12, 3))
    y = X @ np.array([1.0, 2.0, 3.0]) + rng.standard_normal(12) + 4.0
    coef, intercept = fit(attempt, X, y, 0.0, 0.5, tol=1e-12, max_iter=100_000)
    expected = np.linalg.lstsq(np.column_stack([X, np.ones(12)]), y, rcond=None)[0]
    assert_close(coef, expected[:3], **ITERATIVE, what="coef at alpha = 0",
                 help="alpha = 0 is valid: only alpha < 0 raises")
    assert_close(intercept, float(expected[3]), **ITERATIVE, what="intercept at alpha = 0")


def test_tol_zero_stops_when_a_sweep_changes_nothing(attempt):
    """with tol = 0 the descent stops after the first sweep that changes no coefficient (here the
    first sweep, as alpha is far above the all-zero threshold)"""
    X, y, _ = seeded_regression(10, 3, seed=26)
    alpha = 10 * float(np.abs((X - X.mean(axis=0)).T @ (y - y.mean())).max() / len(y))
    coef, intercept = fit(attempt, X, y, alpha, 1.0, tol=0.0, max_iter=10**9)
    assert_close(coef, np.zeros(3), rtol=0, atol=ZERO, what="coef far above the all-zero alpha",
                 help="measure the largest change within each sweep (starting from 0) and stop "
                      "as soon as it is <= tol (0 <= 0 stops)")
    assert_close(intercept, float(y.mean()), **ITERATIVE, what="intercept")


def test_single_row(attempt):
    """with one row every column is constant: coef is all zero and the intercept is y[0]"""
    coef, intercept = fit(attempt, np.array([[1.0, -2.0]]), np.array([3.5]), 0.1, 1.0)
    assert_close(coef, np.zeros(2), rtol=0, atol=0.0, what="coef")
    assert_close(intercept, 3.5, **SAME, what="intercept")


def test_bad_input_raises(attempt):
    """l1_ratio outside [0, 1], negative alpha, max_iter < 1 and mismatched shapes raise
    ValueError"""
    X, y, _ = seeded_regression(6, 2, seed=25)
    with raises("ValueError", "elastic_net_cd with l1_ratio=1.5"):
        attempt.elastic_net_cd(X, y, 0.1, 1.5)
    with raises("ValueError", "elastic_net_cd with l1_ratio=-0.1"):
        attempt.elastic_net_cd(X, y, 0.1, -0.1)
    with raises("ValueError", "elastic_net_cd with alpha=-1"):
        attempt.elastic_net_cd(X, y, -1.0, 0.5)
    with raises("ValueError", "elastic_net_cd with max_iter=0"):
        attempt.elastic_net_cd(X, y, 0.1, 0.5, max_iter=0)
    with raises("ValueError", "elastic_net_cd with 6 rows in X and 5 in y"):
        attempt.elastic_net_cd(X, y[:5], 0.1, 0.5)
    with raises("ValueError", "elastic_net_cd with a constant 3-row X and 2 values of y"):
        attempt.elastic_net_cd(np.ones((3, 2)), np.ones(2), 0.1, 0.5)
    with raises("ValueError", "elastic_net_cd with a 1-D X"):
        attempt.elastic_net_cd(X[:, 0], y, 0.1, 0.5)
    with raises("ValueError", "elastic_net_cd with a 2-D y"):
        attempt.elastic_net_cd(X, y[:, None], 0.1, 0.5)
