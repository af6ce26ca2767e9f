"""Hidden checks for ch08/lasso_cd."""

import ast
import warnings

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import ITERATIVE, as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.strategies import finite_floats, regression_problems, seeded_regression
from sklearn.linear_model import Lasso, lasso_path

ZERO = 1e-12  # a coefficient counts as zero below this (D8.8)
KKT_TOL = 1e-6
TRAJECTORY = {"rtol": 1e-9, "atol": 1e-10}  # the same sweeps done by the attempt and the reference
EXACT = {"rtol": 1e-12, "atol": 1e-12}  # soft_threshold
TIGHT = {"tol": 1e-10, "max_iter": 100_000}  # how the oracle checks call lasso_cd


def clear_columns(problem):
    """Every centred column is clearly non-constant (no column that is constant up to rounding)."""
    X = problem[0]
    return bool(np.sqrt(((X - X.mean(axis=0)) ** 2).mean(axis=0)).min() >= 0.1)


# Full column rank, condition number below 100 and no nearly-constant column: coordinate descent
# converges in at most a few thousand sweeps and the lasso solution is unique.
PROBLEMS = regression_problems(rows=(3, 15), cols=(1, 5), max_condition=100).filter(clear_columns)
FRACTIONS = st.floats(0.01, 1.2)  # alpha as a fraction of alpha_max


def centred(X, y, fit_intercept):
    if not fit_intercept:
        return X, y
    return X - X.mean(axis=0), y - y.mean()


def alpha_max(X, y, fit_intercept=True):
    """The smallest alpha for which every lasso coefficient is zero."""
    Xc, yc = centred(X, y, fit_intercept)
    return float(np.abs(Xc.T @ yc).max() / len(y))


def objective(Xc, yc, w, alpha):
    """(1/2n)||yc - Xc w||^2 + alpha ||w||_1 for one w (shape (d,)) or many (shape (k, d))."""
    ws = np.atleast_2d(w)
    values = ((yc - ws @ Xc.T) ** 2).sum(axis=1) / (2 * len(yc)) + alpha * np.abs(ws).sum(axis=1)
    return values if np.ndim(w) == 2 else float(values[0])


def slack(value):
    return 1e-12 * (1 + np.abs(value))


def fit(attempt, X, y, alpha, **kwargs):
    """Call the attempt's lasso_cd and check the result's types and shapes."""
    coef, intercept = as_pair(attempt.lasso_cd(X, y, alpha, **kwargs), "lasso_cd(...)")
    return as_array(coef, "coef", shape=(X.shape[1],)), as_float(intercept, "intercept")


def sklearn_lasso(X, y, alpha, fit_intercept=True):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = Lasso(alpha=alpha, tol=1e-10, max_iter=10**6, fit_intercept=fit_intercept)
        model.fit(X, y)
    return model.coef_, float(model.intercept_)


def kkt_violation(X, y, w, alpha, fit_intercept):
    """The largest violation of the lasso optimality conditions at w, per coordinate."""
    Xc, yc = centred(X, y, fit_intercept)
    g = Xc.T @ (yc - Xc @ w) / len(y)
    nonzero = np.abs(w) > ZERO
    return np.where(nonzero, np.abs(g - alpha * np.sign(w)), np.maximum(np.abs(g) - alpha, 0.0))


def assert_kkt(X, y, w, alpha, fit_intercept):
    violation = kkt_violation(X, y, w, alpha, fit_intercept)
    assert_true(bool(violation.max() <= KKT_TOL),
                f"the optimality (KKT) conditions fail at alpha={alpha:.6g}: "
                "|X_j^T r / n| must be <= alpha where w_j = 0 and equal alpha * sign(w_j) "
                "elsewhere",
                expected=f"every violation <= {KKT_TOL:g}", actual=violation,
                help="the threshold of each coordinate update is n * alpha on X_j^T r_j, and the "
                     "update divides by ||X_j||^2")


def imported_modules(source):
    """Top-level package names the source imports (helper for a 'no library solver' rule)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            names.update(a.value.split(".")[0] for a in node.args[:1]
                         if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return names


# --- soft_threshold --------------------------------------------------------------------------


def test_soft_threshold_known_values(attempt):
    """soft_threshold([-3, -1, -0.5, 0, 0.5, 1, 3], 1) is [-2, 0, 0, 0, 0, 0, 2]"""
    z = np.array([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
    out = as_array(attempt.soft_threshold(z, 1.0), "soft_threshold(z, 1.0)", shape=(7,))
    assert_close(out, np.array([-2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0]), **EXACT,
                 what="soft_threshold(z, 1.0)",
                 help="values with |z| <= gamma become 0; the others move towards 0 by gamma")


@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, max_side=6),
                  elements=finite_floats()),
       st.floats(0.0, 10.0))
def test_soft_threshold_properties(attempt, z, gamma):
    """soft_threshold is zero on [-gamma, gamma], shifts by gamma elsewhere, is odd, and minimises
    (1/2)(t - z)^2 + gamma |t|"""
    out = as_array(attempt.soft_threshold(z, gamma), "soft_threshold(z, gamma)", shape=z.shape)
    dead = np.abs(z) <= gamma
    assert_true(bool(np.all(np.abs(out[dead]) <= ZERO)),
                "soft_threshold is not zero where |z| <= gamma",
                expected="0 on the dead zone", actual=out,
                help="soft thresholding zeroes every value in [-gamma, gamma]; it does not just "
                     "subtract gamma * sign(z)")
    assert_close(out[~dead], z[~dead] - gamma * np.sign(z[~dead]), **EXACT,
                 what="soft_threshold outside [-gamma, gamma]")
    minus = as_array(attempt.soft_threshold(-z, gamma), "soft_threshold(-z, gamma)", shape=z.shape)
    assert_close(minus, -out, **EXACT, what="soft_threshold(-z) vs -soft_threshold(z)")
    cost = lambda t: 0.5 * (t - z) ** 2 + gamma * np.abs(t)  # noqa: E731
    best = cost(out)
    for step in (1e-1, 1e-4):
        for moved in (out + step, out - step):
            assert_true(bool(np.all(cost(moved) >= best - slack(best))),
                        "moving soft_threshold's output lowers (1/2)(t - z)^2 + gamma |t|",
                        expected="soft_threshold(z, gamma) is the minimiser", actual=out)


# --- known answers ---------------------------------------------------------------------------


def test_known_answer_one_feature(attempt):
    """one feature: X = [-1, 0, 1], y = [-1, 1, 3], alpha = 0.5 gives coef [1.25], intercept 1.0"""
    X, y = np.array([[-1.0], [0.0], [1.0]]), np.array([-1.0, 1.0, 3.0])
    coef, intercept = fit(attempt, X, y, 0.5)
    assert_close(coef, np.array([1.25]), **ITERATIVE, what="coef",
                 help="w = soft_threshold(X^T y_c, n * alpha) / ||X||^2 = (4 - 1.5) / 2 here")
    assert_close(intercept, 1.0, **ITERATIVE, what="intercept",
                 help="the intercept is mean(y) - mean(X) @ coef and is not penalised")


def test_known_answer_orthogonal_columns(attempt):
    """orthogonal columns with different norms are thresholded independently: coef [1.5, 0.375] at
    alpha = 0.5, [0.5, 0.125] at alpha = 1.5 and [0, 0] at alpha = 2.5"""
    X = np.array([[1.0, 2.0], [1.0, -2.0], [-1.0, 2.0], [-1.0, -2.0]])
    y = np.array([4.0, 2.0, 0.0, -2.0])
    for alpha, expected in ((0.5, [1.5, 0.375]), (1.5, [0.5, 0.125]), (2.5, [0.0, 0.0])):
        coef, intercept = fit(attempt, X, y, alpha)
        assert_close(coef, np.array(expected), **ITERATIVE, what=f"coef at alpha={alpha}",
                     help="w_j = soft_threshold(X_j^T r_j, n * alpha) / ||X_j||^2: the threshold "
                          "is n * alpha and the division is by the column's squared norm")
        assert_close(intercept, 1.0, **ITERATIVE, what=f"intercept at alpha={alpha}")


# --- oracles ---------------------------------------------------------------------------------


@given(PROBLEMS, FRACTIONS, st.booleans())
def test_matches_sklearn(attempt, problem, fraction, fit_intercept):
    """coefficients, intercept and fitted values match scikit-learn's Lasso"""
    X, y = problem
    alpha = fraction * alpha_max(X, y, fit_intercept)
    coef, intercept = fit(attempt, X, y, alpha, fit_intercept=fit_intercept, **TIGHT)
    expected_coef, expected_intercept = sklearn_lasso(X, y, alpha, fit_intercept)
    assert_close(coef, expected_coef, **ITERATIVE, what="coef",
                 help="run full sweeps until the largest change is <= tol; the threshold is "
                      "n * alpha on X_j^T r_j")
    assert_close(intercept, expected_intercept, **ITERATIVE, what="intercept",
                 help="centre X and y before the sweeps, then intercept = mean(y) - mean(X) @ coef")
    assert_close(X @ coef + intercept, X @ expected_coef + expected_intercept, **ITERATIVE,
                 what="fitted values X @ coef + intercept")


def test_matches_sklearn_lasso_path(attempt):
    """without an intercept, the fits along scikit-learn's lasso_path grid match lasso_path"""
    X, y, _ = seeded_regression(40, 6, seed=11, noise=1.0)
    alphas, path, _ = lasso_path(X, y, alphas=8, eps=1e-2, tol=1e-10, max_iter=10**6)
    for alpha, expected in zip(alphas, path.T, strict=True):
        coef, intercept = fit(attempt, X, y, float(alpha), fit_intercept=False, **TIGHT)
        assert_close(coef, expected, **ITERATIVE, what=f"coef at alpha={alpha:.6g}")
        assert_close(intercept, 0.0, rtol=0, atol=0, what="intercept with fit_intercept=False",
                     help="with fit_intercept=False nothing is centred and the intercept is 0.0")


@given(PROBLEMS, FRACTIONS, st.booleans())
def test_kkt_conditions_hold(attempt, problem, fraction, fit_intercept):
    """the result satisfies the lasso optimality (KKT) conditions, and moving any single
    coefficient up or down never lowers the objective"""
    X, y = problem
    Xc, yc = centred(X, y, fit_intercept)
    alpha = fraction * alpha_max(X, y, fit_intercept)
    coef, _ = fit(attempt, X, y, alpha, fit_intercept=fit_intercept, **TIGHT)
    assert_kkt(X, y, coef, alpha, fit_intercept)
    best = objective(Xc, yc, coef, alpha)
    for step in (1e-1, 1e-3, 1e-5, -1e-1, -1e-3, -1e-5):
        moved = objective(Xc, yc, coef + step * np.eye(len(coef)), alpha)
        assert_true(bool(np.all(moved >= best - slack(best))),
                    f"moving one coefficient by {step:g} lowers the objective",
                    expected=f"objective >= {best!r} for every coordinate",
                    actual=moved, help="the descent stopped before the minimum")


# --- the algorithm itself --------------------------------------------------------------------


@given(PROBLEMS, FRACTIONS, st.booleans())
def test_one_sweep_makes_exact_coordinate_updates(attempt, problem, fraction, fit_intercept):
    """after one sweep (max_iter=1), each w_j is the exact minimiser over w_j given the already
    updated w_0..w_{j-1} and w_{j+1}.. = 0: perturbing it never lowers the objective (Q219)"""
    X, y = problem
    Xc, yc = centred(X, y, fit_intercept)
    d = X.shape[1]
    alpha = fraction * alpha_max(X, y, fit_intercept)
    coef, _ = fit(attempt, X, y, alpha, max_iter=1, fit_intercept=fit_intercept)
    for j in range(d):
        state = np.where(np.arange(d) <= j, coef, 0.0)  # the iterate right after visiting j
        best = objective(Xc, yc, state, alpha)
        steps = np.array([1e-1, 1e-3, 1e-5, -1e-1, -1e-3, -1e-5]) * (1 + abs(coef[j]))
        moved = objective(Xc, yc, state + steps[:, None] * np.eye(d)[j], alpha)
        assert_true(bool(np.all(moved >= best - slack(best))),
                    f"after one sweep, w_{j} is not the exact minimiser over w_{j} given the "
                    f"coordinates updated before it",
                    expected=f"no perturbation of w_{j} lowers the objective {best!r}",
                    actual=f"perturbations by {steps} give {moved}",
                    help="update coordinates one at a time from the current residual "
                         "(Gauss-Seidel), and use w_j = soft_threshold(X_j^T r_j, n * alpha) / "
                         "||X_j||^2 with r_j the residual without feature j")


@given(PROBLEMS, FRACTIONS)
def test_objective_never_increases_between_sweeps(attempt, problem, fraction):
    """the objective never increases from one sweep to the next"""
    X, y = problem
    Xc, yc = centred(X, y, True)
    alpha = fraction * alpha_max(X, y)
    values = [objective(Xc, yc, fit(attempt, X, y, alpha, max_iter=k, tol=0.0)[0], alpha)
              for k in range(1, 6)]
    rises = np.diff(values) > slack(np.array(values[:-1]))
    assert_true(not rises.any(), "the objective rose between consecutive sweeps",
                expected="non-increasing objective after 1, 2, ..., 5 sweeps", actual=values,
                help="each coordinate update must minimise over w_j with the others fixed at "
                     "their current values")


def test_correlated_features_objective_decreases(attempt):
    """with strongly correlated features, every sweep still lowers the objective (updating all
    coordinates at once from stale residuals does not)"""
    rng = np.random.default_rng(7)
    base = rng.standard_normal((60, 1))
    X = base + 0.2 * rng.standard_normal((60, 4))
    y = X @ np.array([1.0, -1.0, 2.0, 0.5]) + 0.3 * rng.standard_normal(60)
    Xc, yc = centred(X, y, True)
    alpha = 0.02 * alpha_max(X, y)
    values = [objective(Xc, yc, fit(attempt, X, y, alpha, max_iter=k, tol=0.0)[0], alpha)
              for k in range(1, 9)]
    rises = np.diff(values) > slack(np.array(values[:-1]))
    assert_true(not rises.any(), "the objective rose between consecutive sweeps",
                expected="non-increasing objective after 1, 2, ..., 8 sweeps", actual=values,
                help="update w_j one at a time and refresh the residual before the next "
                     "coordinate (Gauss-Seidel); Jacobi-style simultaneous updates can diverge")


@given(PROBLEMS, FRACTIONS, st.booleans(), st.integers(1, 4), st.sampled_from([1e300, 1e-1, 1e-4]))
def test_sweeps_match_reference(attempt, reference, problem, fraction, fit_intercept, sweeps, tol):
    """the iterate after 1-4 sweeps, and the result for a loose tol, equal the reference's"""
    X, y = problem
    alpha = fraction * alpha_max(X, y, fit_intercept)
    got = fit(attempt, X, y, alpha, max_iter=sweeps, tol=0.0, fit_intercept=fit_intercept)
    want = reference.lasso_cd(X, y, alpha, max_iter=sweeps, tol=0.0, fit_intercept=fit_intercept)
    assert_close(got[0], want[0], **TRAJECTORY, what=f"coef after max_iter={sweeps} sweeps",
                 help="start at w = 0 and visit j = 0, 1, ..., d - 1 in order in every sweep")
    assert_close(got[1], want[1], **TRAJECTORY, what=f"intercept after {sweeps} sweeps")
    got = fit(attempt, X, y, alpha, tol=tol, fit_intercept=fit_intercept)
    want = reference.lasso_cd(X, y, alpha, tol=tol, fit_intercept=fit_intercept)
    assert_close(got[0], want[0], **TRAJECTORY, what=f"coef with tol={tol:g}",
                 help="stop after the first full sweep whose largest absolute coefficient change "
                      "is <= tol (absolute, not relative to |w|)")


def correlated_problem():
    """Three strongly correlated features: one sweep is far from converged."""
    rng = np.random.default_rng(8)
    z = rng.standard_normal(30)
    X = np.column_stack([z + 0.3 * rng.standard_normal(30) for _ in range(3)])
    return X, X @ np.array([0.5, -0.3, 0.2]) + 0.1 * rng.standard_normal(30)


def test_defaults_are_max_iter_10000_and_tol_1e_8(attempt):
    """lasso_cd(X, y, alpha) is lasso_cd(X, y, alpha, max_iter=10_000, tol=1e-8, fit_intercept=True)"""
    X, y = correlated_problem()
    coef, intercept = fit(attempt, X, y, 0.01)
    want_coef, want_intercept = fit(attempt, X, y, 0.01, max_iter=10_000, tol=1e-8,
                                    fit_intercept=True)
    assert_close(coef, want_coef, **TRAJECTORY, what="coef with the default max_iter and tol",
                 help="the defaults are max_iter=10_000, tol=1e-8 and fit_intercept=True")
    assert_close(intercept, want_intercept, **TRAJECTORY,
                 what="intercept with the default max_iter and tol")


def test_tol_zero_stops_when_a_sweep_changes_nothing(attempt):
    """with tol = 0 the descent stops after the first sweep that changes no coefficient"""
    X, y = correlated_problem()
    coef, intercept = fit(attempt, X, y, 2 * alpha_max(X, y), tol=0.0, max_iter=10**9)
    assert_close(coef, np.zeros(3), rtol=0, atol=ZERO, what="coef above alpha_max with tol = 0",
                 help="stop as soon as the largest change of a sweep is <= tol (0 <= 0 stops)")
    assert_close(intercept, float(y.mean()), **ITERATIVE, what="intercept above alpha_max")


# --- sparsity --------------------------------------------------------------------------------


@given(PROBLEMS, st.floats(1.0 + 1e-6, 100.0), st.booleans())
def test_alpha_above_alpha_max_gives_zero_coefficients(attempt, problem, factor, fit_intercept):
    """for alpha above alpha_max = max |X_j^T (y - mean y)| / n every coefficient is exactly zero
    and the intercept is mean(y)"""
    X, y = problem
    alpha = factor * alpha_max(X, y, fit_intercept)
    coef, intercept = fit(attempt, X, y, alpha, fit_intercept=fit_intercept)
    assert_true(bool(np.all(np.abs(coef) <= ZERO)),
                f"alpha = {factor:.6g} * alpha_max should give all-zero coefficients",
                expected=f"|coef| <= {ZERO:g}", actual=coef,
                help="compare X_j^T r_j with n * alpha (not alpha) in the soft threshold")
    assert_close(intercept, float(y.mean()) if fit_intercept else 0.0, **ITERATIVE,
                 what="intercept when every coefficient is zero")


def test_first_feature_to_enter_is_the_most_correlated(attempt):
    """just below alpha_max exactly one coefficient is non-zero: the feature most correlated with
    y, with the sign of that correlation"""
    X, y, _ = seeded_regression(50, 6, seed=12, noise=1.0)
    Xc, yc = centred(X, y, True)
    j = int(np.argmax(np.abs(Xc.T @ yc)))
    coef, _ = fit(attempt, X, y, 0.98 * alpha_max(X, y))
    support = np.flatnonzero(np.abs(coef) > ZERO)
    assert_true(support.tolist() == [j] and np.sign(coef[j]) == np.sign(Xc[:, j] @ yc),
                "at 0.98 * alpha_max only the most correlated feature should be non-zero",
                expected=f"only coef[{j}] non-zero, sign {np.sign(Xc[:, j] @ yc):+.0f}",
                actual=coef)


def sparse_problem(seed):
    """100 rows, 20 features of which only 2, 9 and 15 matter."""
    true = np.zeros(20)
    true[[2, 9, 15]] = [1.5, -2.0, 1.0]
    X, y, _ = seeded_regression(100, 20, seed=seed, noise=0.5, coef=true)
    return X, y


def test_support_recovery(attempt):
    """when only features 2, 9 and 15 of 20 matter, alpha = 0.25 selects exactly those three while
    least squares uses all 20 (Q216)"""
    for seed in (0, 1, 2):
        X, y = sparse_problem(seed)
        coef, _ = fit(attempt, X, y, 0.25)
        support = np.flatnonzero(np.abs(coef) > ZERO).tolist()
        assert_true(support == [2, 9, 15], f"wrong selected features (seed {seed})",
                    expected=[2, 9, 15], actual=support,
                    help="coefficients with |X_j^T r_j| <= n * alpha must become exactly 0.0")
    coef, _ = fit(attempt, X, y, 0.0, **TIGHT)
    assert_true(int(np.sum(np.abs(coef) > ZERO)) == 20, "alpha = 0 should use every feature",
                expected="20 non-zero coefficients", actual=coef)


def test_more_features_than_samples(attempt):
    """with n = 20 rows and d = 100 features it converges, matches scikit-learn and keeps at most
    n coefficients non-zero (Q220)"""
    for seed in (1, 2):
        rng = np.random.default_rng(seed)
        X = rng.standard_normal((20, 100))
        true = np.zeros(100)
        true[[5, 37, 80]] = [2.0, -3.0, 1.5]
        y = X @ true + 0.5 * rng.standard_normal(20) + 1.0
        alpha = 0.05 * alpha_max(X, y)
        coef, intercept = fit(attempt, X, y, alpha, **TIGHT)
        expected_coef, expected_intercept = sklearn_lasso(X, y, alpha)
        assert_close(coef, expected_coef, **ITERATIVE, what=f"coef (seed {seed})")
        assert_close(intercept, expected_intercept, **ITERATIVE, what=f"intercept (seed {seed})")
        nonzero = int(np.sum(np.abs(coef) > ZERO))
        assert_true(nonzero <= 20, f"{nonzero} non-zero coefficients with only 20 rows",
                    expected="at most 20", actual=nonzero)
        assert_kkt(X, y, coef, alpha, True)


# --- intercept and edge cases ----------------------------------------------------------------


@given(PROBLEMS, FRACTIONS)
def test_shifting_y_moves_only_the_intercept(attempt, problem, fraction):
    """adding a constant to y moves only the intercept (the intercept is not penalised)"""
    X, y = problem
    alpha = fraction * alpha_max(X, y)
    coef, intercept = fit(attempt, X, y, alpha)
    coef2, intercept2 = fit(attempt, X, y + 7.0, alpha)
    assert_close(coef2, coef, **ITERATIVE, what="coef after adding 7 to y",
                 help="centre X and y before the sweeps; the intercept is not part of them")
    assert_close(intercept2, intercept + 7.0, **ITERATIVE, what="intercept after adding 7 to y")


def test_alpha_zero_is_least_squares(attempt):
    """alpha = 0 gives the ordinary least-squares fit of NumPy's lstsq"""
    X, y, _ = seeded_regression(30, 4, seed=13)
    coef, intercept = fit(attempt, X, y, 0.0, **TIGHT)
    expected = np.linalg.lstsq(np.column_stack([X, np.ones(30)]), y, rcond=None)[0]
    assert_close(coef, expected[:-1], **ITERATIVE, what="coef at alpha=0")
    assert_close(intercept, float(expected[-1]), **ITERATIVE, what="intercept at alpha=0")


def test_constant_column_and_constant_target(attempt):
    """a constant column gets coefficient 0 (no division by zero), a constant y gives all-zero
    coefficients with intercept y[0], and a single row works"""
    X, y, _ = seeded_regression(20, 3, seed=14)
    X[:, 1] = 2.0
    coef, intercept = fit(attempt, X, y, 0.05, **TIGHT)
    assert_close(coef[1], 0.0, rtol=0, atol=ZERO, what="coef of the constant column",
                 help="a centred column of zeros has ||X_j||^2 = 0: skip it and keep w_j = 0")
    expected_coef, expected_intercept = sklearn_lasso(X, y, 0.05)
    assert_close(coef, expected_coef, **ITERATIVE, what="coef with a constant column")
    assert_close(intercept, expected_intercept, **ITERATIVE, what="intercept")
    coef, intercept = fit(attempt, X, np.full(20, 3.5), 0.1)
    assert_close(coef, np.zeros(3), rtol=0, atol=ZERO, what="coef for a constant y")
    assert_close(intercept, 3.5, **ITERATIVE, what="intercept for a constant y")
    coef, intercept = fit(attempt, np.array([[1.0, -2.0]]), np.array([4.0]), 0.1)
    assert_close(coef, np.zeros(2), rtol=0, atol=ZERO, what="coef from a single row")
    assert_close(intercept, 4.0, **ITERATIVE, what="intercept from a single row")


def test_bad_input_raises(attempt):
    """negative alpha, gamma or tol, max_iter < 1, mismatched lengths and wrong dimensions raise
    ValueError"""
    X, y, _ = seeded_regression(6, 2, seed=15)
    with raises("ValueError", "lasso_cd with alpha=-1"):
        attempt.lasso_cd(X, y, -1.0)
    with raises("ValueError", "lasso_cd with max_iter=0"):
        attempt.lasso_cd(X, y, 0.1, max_iter=0)
    with raises("ValueError", "lasso_cd with tol=-1"):
        attempt.lasso_cd(X, y, 0.1, tol=-1.0)
    with raises("ValueError", "lasso_cd with 6 rows in X and 5 in y"):
        attempt.lasso_cd(X, y[:5], 0.1)
    with raises("ValueError", "lasso_cd with a 1-D X"):
        attempt.lasso_cd(X[:, 0], y, 0.1)
    with raises("ValueError", "lasso_cd with a 2-D y"):
        attempt.lasso_cd(X, y[:, None], 0.1)
    with raises("ValueError", "soft_threshold with gamma=-1"):
        attempt.soft_threshold(np.array([1.0, 2.0]), -1.0)


def test_no_library_solver(attempt_source):
    """the solution implements coordinate descent itself instead of importing scikit-learn"""
    used = imported_modules(attempt_source) & {"sklearn", "glmnet", "statsmodels", "cvxpy"}
    assert_true(not used, f"the kata asks you not to import {', '.join(sorted(used))}",
                expected="only numpy (and the standard library)", actual=sorted(used),
                help="write the sweeps yourself: soft_threshold plus a loop over the coordinates")
