"""Hidden checks for ch08/regression_diagnostics."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SOLVER, as_array, as_float, assert_close, assert_true, raises
from kit.strategies import finite_floats
from sklearn.linear_model import LinearRegression

KEYS = {"residuals", "mean", "rmse", "durbin_watson", "breusch_pagan_r2", "max_vif"}
SEEDS = st.integers(0, 2**32 - 1)
SIGN_HELP = "residuals are observed minus predicted: y - y_hat"


@st.composite
def designs(draw, cols=(2, 5)):
    """A seeded design with correlated columns, uneven scales and non-zero means (n >= d + 3)."""
    rng = np.random.default_rng(draw(SEEDS))
    d = draw(st.integers(*cols))
    n = draw(st.integers(d + 3, 40))
    mixing = np.eye(d) + rng.uniform(-0.7, 0.7, (d, d))
    return rng.standard_normal((n, d)) @ mixing * rng.uniform(0.1, 10, d) + rng.uniform(-5, 5, d)


@st.composite
def designs_with_residuals(draw):
    """(X, residuals): a seeded design and heavy-tailed residuals whose spread may follow x0."""
    X = draw(designs(cols=(1, 4)))
    rng = np.random.default_rng(draw(SEEDS))
    spread = 1 + np.abs(X[:, 0] - X[:, 0].mean()) * draw(st.floats(0, 2))
    return X, rng.standard_t(4, X.shape[0]) * spread


RESIDUALS = hnp.arrays(np.float64, st.integers(3, 30), elements=finite_floats()).filter(
    lambda e: np.abs(e).max() > 1e-3)


def r2_sklearn(A, t):
    return LinearRegression().fit(A, t).score(A, t)


def vif_sklearn(X):
    return np.array([1 / (1 - r2_sklearn(np.delete(X, j, axis=1), X[:, j]))
                     for j in range(X.shape[1])])


def dw_formula(e):
    return float(np.sum(np.diff(e) ** 2) / np.sum(e**2))


def get_vif(attempt, X):
    return as_array(attempt.vif(X), "vif(X)", shape=(X.shape[1],))


def get_dw(attempt, e):
    return as_float(attempt.durbin_watson(e), "durbin_watson(residuals)")


def get_bp(attempt, X, e):
    return as_float(attempt.breusch_pagan_r2(X, e), "breusch_pagan_r2(X, residuals)")


def get_summary(attempt, X, y, coef, intercept):
    summary = attempt.residual_summary(X, y, coef, intercept)
    assert_true(type(summary) is dict, "residual_summary(...) must return a dict",
                expected="dict", actual=type(summary).__name__)
    assert_true(set(summary) == KEYS, "residual_summary(...) has the wrong keys",
                expected=sorted(KEYS), actual=sorted(map(str, summary)))
    out = {"residuals": as_array(summary["residuals"], "summary['residuals']", shape=y.shape)}
    for key in sorted(KEYS - {"residuals"}):
        out[key] = as_float(summary[key], f"summary[{key!r}]")
    return out


# ---------------------------------------------------------------------------------------------
# Variance inflation factors


def test_vif_known_answer(attempt):
    """two columns with correlation 0.8 both have VIF 1 / (1 - 0.64) = 25/9"""
    X = np.array([[1.0, 1.0], [2.0, 3.0], [3.0, 2.0], [4.0, 4.0]])
    assert_close(get_vif(attempt, X), np.full(2, 25 / 9), **SOLVER, what="vif(X)",
                 help="VIF_j = 1 / (1 - R^2_j), with R^2_j from regressing column j on the others")


def test_vif_with_d_plus_one_rows(attempt):
    """d + 1 rows are enough for vif: three rows of two columns with correlation 0.5 give VIF 4/3,
    and four rows of three columns match the diagonal of the inverse correlation matrix"""
    X = np.array([[0.0, 0.0], [1.0, 2.0], [2.0, 1.0]])
    assert_close(get_vif(attempt, X), np.full(2, 4 / 3), **SOLVER, what="vif(X) with 3 rows",
                 help="only fewer than d + 1 rows raise ValueError")
    X = np.array([[0.0, 1.0, 3.0], [1.0, 0.0, 1.0], [2.0, 2.0, 0.0], [4.0, 1.0, 2.0]])
    assert_close(get_vif(attempt, X), np.diag(np.linalg.inv(np.corrcoef(X, rowvar=False))),
                 **SOLVER, what="vif(X) with 4 rows and 3 columns",
                 help="only fewer than d + 1 rows raise ValueError")


@given(designs())
def test_vif_matches_sklearn(attempt, X):
    """each VIF is 1 / (1 - R^2) of LinearRegression fitting that column on the other columns"""
    values = get_vif(attempt, X)
    assert_close(values, vif_sklearn(X), **SOLVER, what="vif(X)",
                 help="the auxiliary regressions need an intercept, and column j must be left "
                      "out of its own predictors")
    corr_inverse = np.linalg.inv(np.corrcoef(X, rowvar=False))
    assert_close(values, np.diag(corr_inverse), **SOLVER,
                 what="vif(X) against the diagonal of the inverse correlation matrix")


@given(designs(), SEEDS)
def test_vif_ignores_units_and_column_order(attempt, X, seed):
    """VIFs are unchanged by rescaling or shifting a column, and follow the columns when they are
    permuted"""
    rng = np.random.default_rng(seed)
    scales = rng.choice([-1, 1], X.shape[1]) * 10 ** rng.uniform(-2, 2, X.shape[1])
    order = rng.permutation(X.shape[1])
    values = get_vif(attempt, X)
    assert_close(get_vif(attempt, X * scales + rng.uniform(-100, 100, X.shape[1])), values,
                 **SOLVER, what="vif after rescaling and shifting the columns",
                 help="fit the auxiliary regressions with an intercept")
    assert_close(get_vif(attempt, X[:, order]), values[order], **SOLVER,
                 what="vif after permuting the columns")


def test_independent_columns_have_vif_near_one(attempt):
    """four independent columns (n = 2000, seeded) all have a VIF below 1.05"""
    rng = np.random.default_rng(7)
    X = rng.standard_normal((2000, 4)) * [1.0, 2.0, 3.0, 4.0] + [5.0, -3.0, 0.0, 10.0]
    values = get_vif(attempt, X)
    assert_true(bool(np.all((values >= 1) & (values < 1.05))),
                "independent columns should have VIFs in [1, 1.05)", expected="1 <= VIF < 1.05",
                actual=values, help="the auxiliary regressions need an intercept")


def test_collinear_column_inflates_vif(attempt):
    """when x3 = x1 + x2 + tiny noise (n = 200, seeded), every VIF is above 10"""
    rng = np.random.default_rng(8)
    x1, x2 = rng.standard_normal((2, 200))
    X = np.column_stack([x1, x2, x1 + x2 + 0.01 * rng.standard_normal(200)])
    values = get_vif(attempt, X)
    assert_true(bool(np.all(values > 10)), "every column of a near-collinear trio should have "
                "VIF > 10", expected="all VIF > 10", actual=values)
    assert_close(values, vif_sklearn(X), **SOLVER, what="vif(X) on near-collinear columns",
                 help="for R^2 close to 1 compute TSS / RSS rather than 1 / (1 - R^2)")


# ---------------------------------------------------------------------------------------------
# Durbin-Watson


def test_durbin_watson_known_answers(attempt):
    """Durbin-Watson is 3 for [1, -1, 1, -1], 0 for constant residuals and 1/7 for [1, 2, 3]"""
    help_ = "sum the n - 1 squared successive differences, divide by the sum of all n squares"
    for e, expected in (([1.0, -1.0, 1.0, -1.0], 3.0), ([2.0, 2.0, 2.0], 0.0),
                        ([1.0, 2.0, 3.0], 1 / 7)):
        assert_close(get_dw(attempt, np.array(e)), expected, **SOLVER,
                     what=f"durbin_watson({e})", help=help_)


@given(RESIDUALS, st.floats(0.01, 100))
def test_durbin_watson_matches_formula(attempt, reference, e, scale):
    """Durbin-Watson matches its formula, lies in [0, 4] and ignores the residuals' scale"""
    value = get_dw(attempt, e)
    assert_close(value, dw_formula(e), **SOLVER, what="durbin_watson(residuals)")
    assert_close(value, reference.durbin_watson(e), **SOLVER,
                 what="durbin_watson(residuals) against the reference")
    assert_true(0 <= value <= 4, "the Durbin-Watson statistic must lie in [0, 4]",
                expected="a value in [0, 4]", actual=value)
    assert_close(get_dw(attempt, e * scale), value, **SOLVER,
                 what=f"durbin_watson(residuals * {scale:g})")


def test_durbin_watson_detects_autocorrelation(attempt):
    """2000 iid residuals give Durbin-Watson in [1.8, 2.2]; a 500-step random walk gives below 1"""
    rng = np.random.default_rng(9)
    iid = get_dw(attempt, rng.standard_normal(2000))
    walk = get_dw(attempt, np.cumsum(rng.standard_normal(500)))
    assert_true(1.8 <= iid <= 2.2, "uncorrelated residuals should give a statistic near 2",
                expected="1.8 <= DW <= 2.2", actual=iid)
    assert_true(walk < 1, "strongly autocorrelated residuals should give a statistic near 0",
                expected="DW < 1", actual=walk)


# ---------------------------------------------------------------------------------------------
# Breusch-Pagan R^2


def test_breusch_pagan_known_answers(attempt):
    """squared residuals [1, 1, 4, 4] give R^2 = 1 on x = [0, 0, 1, 1] and 0 on x = [0, 1, 0, 1];
    equal squared residuals give 0.0"""
    e = np.array([1.0, -1.0, 2.0, -2.0])
    help_ = "regress the squared residuals e**2 (not e, not |e|) on X with an intercept"
    assert_close(get_bp(attempt, np.array([[0.0], [0.0], [1.0], [1.0]]), e), 1.0, **SOLVER,
                 what="breusch_pagan_r2 when the variance follows x", help=help_)
    assert_close(get_bp(attempt, np.array([[0.0], [1.0], [0.0], [1.0]]), e), 0.0, **SOLVER,
                 what="breusch_pagan_r2 when the variance does not follow x", help=help_)
    X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0]])
    assert_close(get_bp(attempt, X, np.array([1.0, -1.0, 1.0, -1.0, 1.0])), 0.0, **SOLVER,
                 what="breusch_pagan_r2 when all squared residuals are equal",
                 help="when e**2 is constant there is nothing to explain: return 0.0, not nan")


def test_breusch_pagan_with_three_rows(attempt):
    """three rows are enough for breusch_pagan_r2: it equals the R^2 of LinearRegression on e**2"""
    X, e = np.array([[0.0], [1.0], [3.0]]), np.array([1.0, -2.0, 0.5])
    assert_close(get_bp(attempt, X, e), r2_sklearn(X, e**2), **SOLVER,
                 what="breusch_pagan_r2 with 3 rows", help="the statement rejects only fewer than 3 rows")


@given(designs_with_residuals(), st.floats(0.01, 100))
def test_breusch_pagan_matches_sklearn(attempt, reference, problem, scale):
    """the R^2 of LinearRegression fitting the squared residuals on X; it lies in [0, 1] and
    ignores the residuals' sign and scale"""
    X, e = problem
    value = get_bp(attempt, X, e)
    assert_close(value, r2_sklearn(X, e**2), **SOLVER, what="breusch_pagan_r2(X, residuals)",
                 help="regress the squared residuals e**2 on X, with an intercept")
    assert_close(value, reference.breusch_pagan_r2(X, e), **SOLVER,
                 what="breusch_pagan_r2 against the reference")
    assert_true(-1e-12 <= value <= 1 + 1e-12, "an R^2 with an intercept lies in [0, 1]",
                expected="a value in [0, 1]", actual=value)
    assert_close(get_bp(attempt, X, -scale * e), value, **SOLVER,
                 what=f"breusch_pagan_r2(X, -{scale:g} * residuals)")


def test_heteroscedastic_noise_raises_breusch_pagan_r2(attempt):
    """noise proportional to x gives a Breusch-Pagan R^2 at least 5 times that of constant noise
    (n = 500, seeded)"""
    rng = np.random.default_rng(10)
    x = rng.uniform(1, 10, (500, 1))
    growing = get_bp(attempt, x, 0.5 * x[:, 0] * rng.standard_normal(500))
    constant = get_bp(attempt, x, 3.0 * rng.standard_normal(500))
    assert_true(growing >= 5 * constant and growing > 0.05,
                "noise whose spread grows with x should be explained far better by x",
                expected="R^2(growing) >= 5 * R^2(constant) and > 0.05",
                actual=f"growing {growing:.4g}, constant {constant:.4g}")


# ---------------------------------------------------------------------------------------------
# Summary


def test_residual_summary_known_answer(attempt):
    """a four-point model with residuals [0, 0, -1, 1] has the documented summary"""
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    summary = get_summary(attempt, X, np.array([1.0, 2.0, 2.0, 5.0]), np.array([1.0]), 1.0)
    assert_close(summary["residuals"], np.array([0.0, 0.0, -1.0, 1.0]), **SOLVER,
                 what="summary['residuals']", help=SIGN_HELP)
    expected = {"mean": 0.0, "rmse": np.sqrt(0.5), "durbin_watson": 2.5,
                "breusch_pagan_r2": 0.8, "max_vif": 1.0}
    for key, value in expected.items():
        assert_close(summary[key], value, **SOLVER, what=f"summary[{key!r}]",
                     help="with a single column there is nothing to regress it on: max_vif is 1.0"
                     if key == "max_vif" else "")


def test_residual_summary_with_three_rows(attempt):
    """three rows are enough for residual_summary: residuals [0, 1, -1] have mean 0, RMSE
    sqrt(2/3), Durbin-Watson 2.5 and Breusch-Pagan R^2 0.75"""
    X = np.array([[0.0], [1.0], [2.0]])
    summary = get_summary(attempt, X, np.array([1.0, 3.0, 2.0]), np.array([1.0]), 1.0)
    assert_close(summary["residuals"], np.array([0.0, 1.0, -1.0]), **SOLVER,
                 what="summary['residuals']", help=SIGN_HELP)
    expected = {"mean": 0.0, "rmse": np.sqrt(2 / 3), "durbin_watson": 2.5,
                "breusch_pagan_r2": 0.75, "max_vif": 1.0}
    for key, value in expected.items():
        assert_close(summary[key], value, **SOLVER, what=f"summary[{key!r}]",
                     help="only fewer than 3 rows raise ValueError")


def test_residual_summary_sign_convention(attempt):
    """a model that predicts too low has positive residuals and a positive mean (y - y_hat)"""
    X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0]])
    y = np.array([2.0, 3.5, 6.0, 6.0])
    summary = get_summary(attempt, X, y, np.array([1.0, 1.0]), 0.0)
    assert_close(summary["residuals"], np.array([1.0, 2.5, 2.0, 2.0]), **SOLVER,
                 what="summary['residuals']", help=SIGN_HELP)
    assert_close(summary["mean"], 1.875, **SOLVER, what="summary['mean']")


@given(designs(cols=(1, 4)), SEEDS)
def test_residual_summary_matches_reference(attempt, reference, X, seed):
    """every entry of the summary matches the reference and the oracles on a fitted model"""
    rng = np.random.default_rng(seed)
    coef = rng.uniform(-3, 3, X.shape[1])
    y = X @ coef + 1.5 + rng.standard_normal(X.shape[0]) * (1 + np.abs(X[:, 0]))
    model = LinearRegression().fit(X, y)
    summary = get_summary(attempt, X, y, model.coef_, float(model.intercept_))
    expected = reference.residual_summary(X, y, model.coef_, float(model.intercept_))
    for key in sorted(KEYS):
        assert_close(summary[key], expected[key], **SOLVER, what=f"summary[{key!r}]")
    e = y - model.predict(X)
    assert_close(summary["breusch_pagan_r2"], r2_sklearn(X, e**2), **SOLVER,
                 what="summary['breusch_pagan_r2'] against LinearRegression")
    max_vif = vif_sklearn(X).max() if X.shape[1] > 1 else 1.0
    assert_close(summary["max_vif"], max_vif, **SOLVER,
                 what="summary['max_vif'] against LinearRegression")


# ---------------------------------------------------------------------------------------------
# Bad input


def test_bad_input_raises(attempt):
    """too few columns or rows, constant columns, all-zero residuals and mismatched shapes raise
    ValueError"""
    rng = np.random.default_rng(11)
    X = rng.standard_normal((6, 2))
    e = rng.standard_normal(6)
    with raises("ValueError", "vif with a single column"):
        attempt.vif(X[:, :1])
    with raises("ValueError", "vif with a 1-D X"):
        attempt.vif(X[:, 0])
    with raises("ValueError", "vif with 3 rows and 3 columns"):
        attempt.vif(rng.standard_normal((3, 3)))
    with raises("ValueError", "vif with a constant column"):
        attempt.vif(np.column_stack([X, np.full(6, 2.0)]))
    with raises("ValueError", "durbin_watson with 2 residuals"):
        attempt.durbin_watson(e[:2])
    with raises("ValueError", "durbin_watson with all-zero residuals"):
        attempt.durbin_watson(np.zeros(5))
    with raises("ValueError", "durbin_watson with 2-D residuals"):
        attempt.durbin_watson(e[:, None])
    with raises("ValueError", "breusch_pagan_r2 with 6 rows in X and 5 residuals"):
        attempt.breusch_pagan_r2(X, e[:5])
    with raises("ValueError", "breusch_pagan_r2 with 2 rows"):
        attempt.breusch_pagan_r2(X[:2], e[:2])
    with raises("ValueError", "breusch_pagan_r2 with a 1-D X"):
        attempt.breusch_pagan_r2(X[:, 0], e)
    with raises("ValueError", "residual_summary with 6 rows in X and 5 in y"):
        attempt.residual_summary(X, e[:5], np.ones(2), 0.0)
    with raises("ValueError", "residual_summary with coef of shape (3,) for 2 columns"):
        attempt.residual_summary(X, e, np.ones(3), 0.0)
    with raises("ValueError", "residual_summary with 2 rows"):
        attempt.residual_summary(X[:2], e[:2], np.ones(2), 0.0)
    with raises("ValueError", "residual_summary with a 2-D y"):
        attempt.residual_summary(X, e[:, None], np.ones(2), 0.0)
