"""Hidden checks for ch08/ols."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SOLVER, as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.strategies import finite_floats, log_uniform
from sklearn.linear_model import LinearRegression

EPS = np.finfo(float).eps
MIN_NORM_HELP = ("fit np.linalg.lstsq(Z, y, rcond=None) on Z = [X, 1]: centring X first (as "
                 "scikit-learn does) minimises the norm of coef alone, not of (coef, intercept)")


# --- designs ------------------------------------------------------------------------------------
# Candidates for the kit: `augment`, `full_rank`, `clear_rank`, `deficient_design` /
# `deficient_cases` and `min_norm_oracle` serve every least-squares kata that must say what happens
# on rank-deficient designs.

def augment(X, fit_intercept):
    """The design the fit works on: Z = [X, 1] with an intercept, X itself without."""
    return np.column_stack([X, np.ones(X.shape[0])]) if fit_intercept else X


def full_rank(X, fit_intercept, max_condition=1e4):
    """Z has full column rank and a condition number below ``max_condition``."""
    Z = augment(X, fit_intercept)
    if Z.shape[0] < Z.shape[1]:
        return False
    s = np.linalg.svd(Z, compute_uv=False)
    return bool(s[0] > 0 and s[-1] > s[0] / max_condition)


def clear_rank(Z):
    """The rank of Z is unambiguous: the singular values a solver must drop are below eps / 2
    times the largest (so any relative cut-off from eps to 1e-8 drops them: lstsq(rcond=None),
    pinv, scipy's lstsq) and the others are above 1e-5 times the largest. About 5% of the seeded
    designs are skipped: their rounding-level singular value reaches eps / 2 (scipy's default
    cut-off, eps, then keeps it in about 1 design in 500)."""
    s = np.linalg.svd(Z, compute_uv=False)
    rank = int(np.sum(s > 1e-10 * s[0]))
    return bool(s[rank - 1] > 1e-5 * s[0] and np.all(s[rank:] < 0.5 * EPS * s[0]))


DEFICIENT_KINDS = ("repeated column", "scaled copy", "constant column", "zero column",
                   "sum of columns", "one-hot with every category", "more columns than rows")


def deficient_design(kind, seed):
    """A seeded (X, y) whose design is exactly rank-deficient in the way ``kind`` names (for
    "constant column" and "one-hot", only once the column of ones is appended)."""
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(3, 16)), int(rng.integers(1, 4))
    X = rng.standard_normal((n, k)) * rng.uniform(0.5, 5, k) + rng.uniform(-5, 5, k)
    if kind == "repeated column":
        X = np.column_stack([X, X[:, rng.integers(k)]])
    elif kind == "scaled copy":
        X = np.column_stack([X, X[:, rng.integers(k)] * rng.choice([2.0, -0.5, 4.0])])
    elif kind == "constant column":
        X = np.column_stack([X, np.full(n, rng.uniform(-5, 5))])
    elif kind == "zero column":
        X = np.column_stack([X, np.zeros(n)])
    elif kind == "sum of columns":
        X = np.column_stack([X, X[:, 0] + 1.5 * X[:, -1]])
    elif kind == "one-hot with every category":
        m = int(rng.integers(2, 5))
        n = max(n, m + 2)
        groups = np.concatenate([np.arange(m), rng.integers(0, m, n - m)])
        X = np.column_stack([rng.standard_normal(n), np.eye(m)[groups]])
    else:  # more columns than rows
        n = int(rng.integers(1, k + 2))
        X = 3.0 * rng.standard_normal((n, k + 2))
    X = X[:, rng.permutation(X.shape[1])]
    return X, 3.0 * rng.standard_normal(n) + 2.0


@st.composite
def deficient_cases(draw, intercept=None):
    """(X, y, fit_intercept) on a seeded rank-deficient design with an unambiguous rank."""
    fit_intercept = draw(st.booleans()) if intercept is None else intercept
    kind = draw(st.sampled_from(DEFICIENT_KINDS))
    seed = draw(st.integers(0, 2**31 - 1).filter(
        lambda s: clear_rank(augment(deficient_design(kind, s)[0], fit_intercept))))
    X, y = deficient_design(kind, seed)
    return X, y, fit_intercept


@st.composite
def full_rank_cases(draw, intercept=None, max_cols=4):
    """(X, y, fit_intercept) from Hypothesis values (zeros, ties, tiny and large entries), with a
    well-conditioned full-rank Z. Slow to generate: used where the oracle is an outside one."""
    fit_intercept = draw(st.booleans()) if intercept is None else intercept
    d = draw(st.integers(1, max_cols))
    n = draw(st.integers(d + 2, 12))
    # fill=nothing: every entry is drawn, so fewer constant (rank-deficient) arrays are rejected.
    X = draw(hnp.arrays(np.float64, (n, d), elements=finite_floats(), fill=st.nothing()).filter(
        lambda X: full_rank(X, fit_intercept)))
    y = draw(hnp.arrays(np.float64, n, elements=finite_floats()))
    return X, y, fit_intercept


def seeded_design(seed):
    """A seeded (X, y): columns on scales 0.01 to 100 with offsets, sometimes integer-valued."""
    rng = np.random.default_rng(seed)
    d = int(rng.integers(1, 5))
    n = int(rng.integers(d + 2, 16))
    if rng.random() < 0.25:
        X = rng.integers(-3, 4, (n, d)).astype(float)
    else:
        X = rng.standard_normal((n, d)) * 10.0 ** rng.uniform(-2, 2, d) + rng.uniform(-5, 5, d)
    return X, rng.standard_normal(n) * 10.0 ** rng.uniform(-1, 1) + rng.uniform(-5, 5)


@st.composite
def seeded_full_rank_cases(draw, intercept=None):
    """(X, y, fit_intercept) on a seeded design with a well-conditioned full-rank Z."""
    fit_intercept = draw(st.booleans()) if intercept is None else intercept
    seed = draw(st.integers(0, 2**31 - 1).filter(
        lambda s: full_rank(seeded_design(s)[0], fit_intercept)))
    return (*seeded_design(seed), fit_intercept)


def any_cases(intercept=None):
    return st.one_of(seeded_full_rank_cases(intercept), deficient_cases(intercept))


def min_norm_oracle(Z, y):
    """The minimum-norm least-squares solution from an SVD with a clear cut-off."""
    U, s, Vt = np.linalg.svd(Z, full_matrices=False)
    keep = s > 1e-10 * s[0]
    return Vt[keep].T @ ((U[:, keep].T @ y) / s[keep])


# --- calling the attempt ------------------------------------------------------------------------

def fit(attempt, X, y, fit_intercept=True):
    """Call the attempt and check the result's types and shapes."""
    coef, intercept = as_pair(attempt.fit_ols(X, y, fit_intercept), "fit_ols(...)")
    return as_array(coef, "coef", shape=(X.shape[1],)), as_float(intercept, "intercept")


def theta_of(coef, intercept, fit_intercept):
    return np.append(coef, intercept) if fit_intercept else coef


def sklearn_ols(X, y, fit_intercept=True):
    model = LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    return model.coef_, float(model.intercept_), model.predict(X)


def assert_orthogonal(Z, r, y, what, help=""):
    """|Z[:, j] @ r| <= 1e-8 * (1 + ||Z[:, j]|| * ||y||) for every column j (the statement's)."""
    scale = 1e-8 * (1 + np.linalg.norm(Z, axis=0) * np.linalg.norm(y))
    inner = Z.T @ r
    assert_true(bool(np.all(np.abs(inner) <= scale)), what,
                expected=f"|Z[:, j] @ r| <= {scale.max():.3g}", actual=inner, help=help)


# --- known answers ------------------------------------------------------------------------------

def test_known_answer(attempt):
    """the points (0, 0), (1, 2), (2, 1) give slope 0.5 and intercept 0.5"""
    coef, intercept = fit(attempt, np.array([[0.0], [1.0], [2.0]]), np.array([0.0, 2.0, 1.0]))
    assert_close(coef, np.array([0.5]), **SOLVER, what="coef")
    assert_close(intercept, 0.5, **SOLVER, what="intercept",
                 help="append a column of ones to X so that the intercept is fitted too")


def test_known_answer_without_intercept(attempt):
    """without an intercept, the points (1, 1), (2, 3) give coef 1.4 and intercept 0.0"""
    coef, intercept = fit(attempt, np.array([[1.0], [2.0]]), np.array([1.0, 3.0]), False)
    assert_close(coef, np.array([1.4]), **SOLVER, what="coef",
                 help="with fit_intercept=False the design is X itself: coef = sum(x*y)/sum(x*x)")
    assert_close(intercept, 0.0, **SOLVER, what="intercept")


def test_predict_known_answer(attempt):
    """predict gives X @ coef + intercept: [[1, 2], [3, 4]] with coef [1, -1] and 0.5 give
    [-0.5, -0.5]"""
    pred = as_array(attempt.predict(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1.0, -1.0]), 0.5),
                    "predict(...)", shape=(2,))
    assert_close(pred, np.array([-0.5, -0.5]), **SOLVER, what="predict(...)",
                 help="add the intercept to every row's X @ coef")


def test_intercept_fitted_by_default(attempt):
    """fit_ols(X, y) without fit_intercept fits an intercept: (0, 0), (1, 2), (2, 1) give slope
    0.5 and intercept 0.5"""
    coef, intercept = as_pair(attempt.fit_ols(np.array([[0.0], [1.0], [2.0]]),
                                              np.array([0.0, 2.0, 1.0])), "fit_ols(X, y)")
    coef, intercept = as_array(coef, "coef", shape=(1,)), as_float(intercept, "intercept")
    assert_close(coef, np.array([0.5]), **SOLVER, what="coef of fit_ols(X, y)",
                 help="fit_intercept defaults to True")
    assert_close(intercept, 0.5, **SOLVER, what="intercept of fit_ols(X, y)",
                 help="fit_intercept defaults to True")


def test_repeated_column_splits_evenly(attempt):
    """a repeated column shares the slope equally between its two copies (minimum norm)"""
    X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]])
    coef, intercept = fit(attempt, X, np.array([0.0, 2.0, 1.0]))
    assert_close(coef, np.array([0.25, 0.25]), **SOLVER, what="coef", help=MIN_NORM_HELP)
    assert_close(intercept, 0.5, **SOLVER, what="intercept")


def test_constant_column_known_answer(attempt):
    """a constant column of 2s next to the intercept gives coef [1.2] and intercept 0.6: the
    minimum norm is taken over coef and intercept together"""
    coef, intercept = fit(attempt, np.full((3, 1), 2.0), np.array([1.0, 2.0, 6.0]))
    assert_close(coef, np.array([1.2]), **SOLVER, what="coef", help=MIN_NORM_HELP)
    assert_close(intercept, 0.6, **SOLVER, what="intercept", help=MIN_NORM_HELP)


def test_single_point(attempt):
    """a single point x = (1, 2), y = 5 gives the minimum-norm exact fit (5/6, 10/6) and 5/6"""
    coef, intercept = fit(attempt, np.array([[1.0, 2.0]]), np.array([5.0]))
    assert_close(coef, np.array([5 / 6, 10 / 6]), **SOLVER, what="coef", help=MIN_NORM_HELP)
    assert_close(intercept, 5 / 6, **SOLVER, what="intercept", help=MIN_NORM_HELP)


def test_all_zero_design(attempt):
    """an all-zero X gives zero coefficients and the mean of y as the intercept"""
    y = np.array([1.0, -2.0, 4.0, 5.0])
    coef, intercept = fit(attempt, np.zeros((4, 3)), y)
    assert_close(coef, np.zeros(3), **SOLVER, what="coef")
    assert_close(intercept, 2.0, **SOLVER, what="intercept")


def test_dummy_variable_trap(attempt):
    """one-hot columns for every category plus an intercept (the dummy-variable trap): predictions
    are the group means and the intercept is sum(group means) / (categories + 1)"""
    rng = np.random.default_rng(8)
    for n_groups in (2, 3, 5):
        groups = np.concatenate([np.arange(n_groups), rng.integers(0, n_groups, 3 * n_groups)])
        X, y = np.eye(n_groups)[groups], rng.normal(5.0, 2.0, groups.size)
        means = np.array([y[groups == g].mean() for g in range(n_groups)])
        coef, intercept = fit(attempt, X, y)
        assert_close(X @ coef + intercept, means[groups], **SOLVER,
                     what=f"fitted values with {n_groups} categories")
        # The fits are w_g + b = mean_g; minimising sum(w_g^2) + b^2 gives b = sum(mean_g)/(K + 1).
        b = means.sum() / (n_groups + 1)
        assert_close(intercept, b, **SOLVER, what=f"intercept with {n_groups} categories",
                     help=MIN_NORM_HELP)
        assert_close(coef, means - b, **SOLVER, what=f"coef with {n_groups} categories",
                     help=MIN_NORM_HELP)


# --- oracles ------------------------------------------------------------------------------------

@given(full_rank_cases())
def test_matches_sklearn_when_full_rank(attempt, case):
    """when the design ([X, 1], or X without an intercept) has full column rank, coefficients and
    intercept match scikit-learn's LinearRegression"""
    X, y, fit_intercept = case
    coef, intercept = fit(attempt, X, y, fit_intercept)
    expected_coef, expected_intercept, _ = sklearn_ols(X, y, fit_intercept)
    assert_close(coef, expected_coef, **SOLVER, what="coef",
                 help="solve the least-squares problem on X with a column of ones appended")
    assert_close(intercept, expected_intercept, **SOLVER, what="intercept",
                 help="the intercept is the last entry of the solution on [X, 1], not part of coef")


@given(deficient_cases())
def test_predictions_match_sklearn_when_rank_deficient(attempt, case):
    """on rank-deficient designs the fitted values still match scikit-learn's predictions"""
    X, y, fit_intercept = case
    coef, intercept = fit(attempt, X, y, fit_intercept)
    assert_close(X @ coef + intercept, sklearn_ols(X, y, fit_intercept)[2], **SOLVER,
                 what="fitted values X @ coef + intercept",
                 help="a rank-deficient design needs a solver that handles it (lstsq, not inv)")


@given(any_cases())
def test_matches_lstsq_on_augmented_design(attempt, case):
    """(coef, intercept) equals NumPy's lstsq solution on [X, 1], rank-deficient designs included"""
    X, y, fit_intercept = case
    coef, intercept = fit(attempt, X, y, fit_intercept)
    expected = np.linalg.lstsq(augment(X, fit_intercept), y, rcond=None)[0]
    assert_close(theta_of(coef, intercept, fit_intercept), expected, **SOLVER,
                 what="(coef, intercept)" if fit_intercept else "coef", help=MIN_NORM_HELP)


@given(deficient_cases())
def test_minimum_norm_property(attempt, case):
    """on rank-deficient designs the result is the shortest least-squares solution: it has no
    component along any direction that leaves the fitted values unchanged"""
    X, y, fit_intercept = case
    coef, intercept = fit(attempt, X, y, fit_intercept)
    Z, theta = augment(X, fit_intercept), theta_of(coef, intercept, fit_intercept)
    assert_orthogonal(Z, y - Z @ theta, y, "the residuals are not orthogonal to the design, so "
                      "this is not a least-squares solution")
    _, s, Vt = np.linalg.svd(Z)
    null = Vt[int(np.sum(s > 1e-10 * s[0])):]  # orthonormal basis of {v : Z @ v = 0}
    leak = null @ theta
    assert_true(bool(np.all(np.abs(leak) <= 1e-8 * (1 + np.linalg.norm(theta)))),
                "(coef, intercept) has a component in the null space of the design, so a shorter "
                "solution with the same fitted values exists",
                expected="null-space components 0", actual=leak, help=MIN_NORM_HELP)
    assert_close(theta, min_norm_oracle(Z, y), **SOLVER, what="(coef, intercept)"
                 if fit_intercept else "coef", help=MIN_NORM_HELP)


@given(any_cases())
def test_matches_reference(attempt, reference, case):
    """coefficients and intercept match the reference solution on generated designs"""
    X, y, fit_intercept = case
    coef, intercept = fit(attempt, X, y, fit_intercept)
    expected_coef, expected_intercept = reference.fit_ols(X, y, fit_intercept)
    assert_close(coef, expected_coef, **SOLVER, what="coef")
    assert_close(intercept, expected_intercept, **SOLVER, what="intercept")


# --- properties ---------------------------------------------------------------------------------

@given(any_cases())
def test_residuals_orthogonal_and_summing_to_zero(attempt, case):
    """the residuals are orthogonal to every column of X (X.T @ r = 0) and, with an intercept, sum
    to zero"""
    X, y, fit_intercept = case
    coef, intercept = fit(attempt, X, y, fit_intercept)
    r = y - X @ coef - intercept
    assert_orthogonal(X, r, y, "the residuals are not orthogonal to the columns of X",
                      help="least squares makes X.T @ (y - X @ coef - intercept) vanish")
    if fit_intercept:
        assert_orthogonal(np.ones((len(y), 1)), r, y, "the residuals do not sum to zero",
                          help="the column of ones is part of the design, so it is orthogonal to "
                               "the residuals as well")


@given(seeded_full_rank_cases(), st.data())
def test_exact_recovery(attempt, case, data):
    """noise-free data y = X @ w + b give back w and b"""
    X, _, fit_intercept = case
    w = data.draw(hnp.arrays(np.float64, X.shape[1], elements=finite_floats()), label="w")
    b = data.draw(finite_floats(), label="b") if fit_intercept else 0.0
    coef, intercept = fit(attempt, X, X @ w + b, fit_intercept)
    assert_close(coef, w, **SOLVER, what="coef")
    assert_close(intercept, b, **SOLVER, what="intercept")


@given(seeded_full_rank_cases(), st.data())
def test_scaling_a_column_divides_its_coefficient(attempt, case, data):
    """multiplying feature j by c divides coef[j] by c and leaves the rest of the fit unchanged"""
    X, y, fit_intercept = case
    j = data.draw(st.integers(0, X.shape[1] - 1), label="j")
    c = data.draw(log_uniform(0.1, 10.0), label="c") * data.draw(st.sampled_from([1, -1]),
                                                                 label="sign")
    coef, intercept = fit(attempt, X, y, fit_intercept)
    scaled = X.copy()
    scaled[:, j] *= c
    coef2, intercept2 = fit(attempt, scaled, y, fit_intercept)
    expected = coef.copy()
    expected[j] /= c
    assert_close(coef2, expected, **SOLVER, what=f"coef after multiplying column {j} by {c:.4g}")
    assert_close(intercept2, intercept, **SOLVER, what="intercept after rescaling a column")


@given(seeded_full_rank_cases(intercept=True), finite_floats())
def test_shifting_y_moves_only_the_intercept(attempt, case, shift):
    """adding a constant to y moves the intercept by that constant and leaves coef unchanged"""
    X, y, _ = case
    coef, intercept = fit(attempt, X, y)
    coef2, intercept2 = fit(attempt, X, y + shift)
    assert_close(coef2, coef, **SOLVER, what=f"coef after adding {shift:g} to y")
    assert_close(intercept2, intercept + shift, **SOLVER,
                 what=f"intercept after adding {shift:g} to y")


@given(any_cases(), st.data())
def test_permuting_columns_permutes_coefficients(attempt, case, data):
    """permuting the columns of X permutes the coefficients the same way"""
    X, y, fit_intercept = case
    perm = np.array(data.draw(st.permutations(range(X.shape[1])), label="perm"))
    coef, intercept = fit(attempt, X, y, fit_intercept)
    coef2, intercept2 = fit(attempt, X[:, perm], y, fit_intercept)
    assert_close(coef2, coef[perm], **SOLVER, what="coef of the permuted X")
    assert_close(intercept2, intercept, **SOLVER, what="intercept of the permuted X")


@given(full_rank_cases(intercept=True, max_cols=1))
def test_simple_regression_formula(attempt, case):
    """with one feature, slope = cov(x, y) / var(x) and intercept = mean(y) - slope * mean(x)
    (Q179)"""
    X, y, _ = case
    x = X[:, 0]
    slope = np.cov(x, y)[0, 1] / np.var(x, ddof=1)  # the same ddof on top and bottom
    coef, intercept = fit(attempt, X, y)
    assert_close(coef, np.array([slope]), **SOLVER, what="slope",
                 help="cov and var must use the same ddof: np.cov defaults to 1, np.var to 0")
    assert_close(intercept, y.mean() - slope * x.mean(), **SOLVER, what="intercept")


# --- predict, edge cases and bad input ----------------------------------------------------------

@given(st.integers(1, 12), st.integers(1, 5), st.data())
def test_predict_is_x_coef_plus_intercept(attempt, m, d, data):
    """predict returns X @ coef + intercept as an array of shape (m,), also for m = 1"""
    X = data.draw(hnp.arrays(np.float64, (m, d), elements=finite_floats()), label="X")
    coef = data.draw(hnp.arrays(np.float64, d, elements=finite_floats()), label="coef")
    intercept = data.draw(finite_floats(), label="intercept")
    pred = as_array(attempt.predict(X, coef, intercept), "predict(...)", shape=(m,))
    assert_close(pred, X @ coef + intercept, **SOLVER, what="predict(...)")


def test_predict_reproduces_fitted_values(attempt):
    """predict with the fitted coefficients reproduces scikit-learn's fitted values"""
    rng = np.random.default_rng(7)
    X = rng.standard_normal((25, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 3.0 + 0.3 * rng.standard_normal(25)
    coef, intercept = fit(attempt, X, y)
    pred = as_array(attempt.predict(X, coef, intercept), "predict(...)", shape=(25,))
    assert_close(pred, sklearn_ols(X, y)[2], **SOLVER, what="predict(X, *fit_ols(X, y))")


def test_fit_bad_input_raises(attempt):
    """a 1-D or 3-D X, a 2-D y, mismatched lengths and zero rows raise ValueError"""
    X, y = np.arange(12.0).reshape(6, 2), np.arange(6.0)
    with raises("ValueError", "fit_ols with 6 rows in X and 5 in y"):
        attempt.fit_ols(X, y[:5])
    with raises("ValueError", "fit_ols with a 1-D X"):
        attempt.fit_ols(X[:, 0], y)
    with raises("ValueError", "fit_ols with a 3-D X"):
        attempt.fit_ols(X[:, :, None], y)
    with raises("ValueError", "fit_ols with a 2-D y"):
        attempt.fit_ols(X, y[:, None])
    with raises("ValueError", "fit_ols with zero rows"):
        attempt.fit_ols(np.zeros((0, 2)), np.zeros(0))
    with raises("ValueError", "fit_ols with zero rows and fit_intercept=False"):
        attempt.fit_ols(np.zeros((0, 2)), np.zeros(0), False)


def test_predict_bad_input_raises(attempt):
    """predict with a 1-D X or a column count different from len(coef) raises ValueError"""
    coef = np.array([1.0, 2.0])
    with raises("ValueError", "predict with a 1-D X"):
        attempt.predict(np.array([1.0, 2.0]), coef, 0.0)
    with raises("ValueError", "predict with 3 columns in X and 2 coefficients"):
        attempt.predict(np.ones((4, 3)), coef, 0.0)
