"""Hidden checks for ch08/alpha_cv."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, as_float, as_pair, assert_close, assert_true, forbid_calls, raises
from kit.strategies import log_uniform, regression_problems, seeded_regression
from sklearn.linear_model import Lasso, Ridge
from sklearn.model_selection import GridSearchCV, KFold

GRID = {"rtol": 1e-12, "atol": 0.0}
MSE = {"rtol": 1e-6, "atol": 1e-10}
LASSO = {"tol": 1e-10, "max_iter": 100_000}


def select(attempt, X, y, alphas, k=5, model="ridge"):
    """Call the attempt, check the result's types and shapes and the tie rule on its own scores."""
    best, scores = as_pair(attempt.cv_select_alpha(X, y, alphas, k, model),
                           "cv_select_alpha(...)")
    best = as_float(best, "best_alpha")
    scores = as_array(scores, "mean_mse", shape=(len(alphas),))
    first_best = float(alphas[int(np.argmin(scores))])
    assert_true(best == first_best, "best_alpha is not the first alpha with the smallest mean_mse",
                expected=first_best, actual=best,
                help="pick alphas[np.argmin(mean_mse)]: the smallest error, the first on a tie")
    return best, scores


def grid_search(X, y, alphas, k, model="ridge"):
    """The oracle: GridSearchCV over the alphas with unshuffled KFold(k) and the MSE scorer."""
    estimator = Ridge() if model == "ridge" else Lasso(**LASSO)
    search = GridSearchCV(estimator, {"alpha": list(alphas)}, cv=KFold(k),
                          scoring="neg_mean_squared_error").fit(X, y)
    return float(search.best_params_["alpha"]), -search.cv_results_["mean_test_score"]


def assert_matches_grid_search(best, scores, X, y, alphas, k, model="ridge"):
    expected_best, expected_scores = grid_search(X, y, alphas, k, model)
    what = f"{model}, n={len(y)}, k={k}"
    assert_close(scores, expected_scores, **MSE, what=f"mean_mse ({what}) against GridSearchCV",
                 help="contiguous folds in order, the larger ones first (no shuffling); each "
                      "alpha's score is the plain mean of its k fold MSEs")
    chosen = expected_scores[list(alphas).index(best)]
    assert_close(chosen, float(expected_scores.min()), **MSE,
                 what=f"GridSearchCV's score at your best_alpha {best:g} ({what})",
                 help=f"GridSearchCV picks alpha = {expected_best:g}")


def test_log_grid_known_answer(attempt):
    """log_grid(1e-3, 1e3, 7) is 1e-3, 1e-2, ..., 1e3, and n = 1 gives [lo]"""
    grid = as_array(attempt.log_grid(1e-3, 1e3, 7), "log_grid(1e-3, 1e3, 7)", shape=(7,))
    assert_close(grid, 10.0 ** np.arange(-3, 4), **GRID, what="log_grid(1e-3, 1e3, 7)",
                 help="space the exponents evenly, not the values: np.logspace")
    assert_close(as_array(attempt.log_grid(5.0, 50.0, 1), "log_grid(5, 50, 1)", shape=(1,)),
                 np.array([5.0]), **GRID, what="log_grid(5, 50, 1)")


@given(log_uniform(1e-6, 1e6), log_uniform(1e-6, 1e6), st.integers(1, 20))
def test_log_grid_matches_logspace(attempt, lo, hi, n):
    """log_grid equals np.logspace over the exponents, starting at lo and ending at hi"""
    grid = as_array(attempt.log_grid(lo, hi, n), f"log_grid({lo:g}, {hi:g}, {n})", shape=(n,))
    assert_close(grid, np.logspace(np.log10(lo), np.log10(hi), n), **GRID, what="log_grid(...)")
    assert_close(grid[[0, -1]], np.array([lo, hi if n > 1 else lo]), **GRID,
                 what="first and last values")


def test_ridge_matches_grid_search(attempt):
    """ridge scores and the chosen alpha match GridSearchCV with KFold(k), also when k does not
    divide n"""
    alphas = np.logspace(-2, 3, 6)
    for n, d, k, seed in ((23, 4, 5, 51), (17, 5, 4, 53)):
        X, y, _ = seeded_regression(n, d, seed=seed, noise=2.0)
        best, scores = select(attempt, X, y, alphas, k)
        assert_matches_grid_search(best, scores, X, y, alphas, k)


def test_defaults_are_ridge_with_5_folds(attempt):
    """without k and model, cv_select_alpha scores ridge with 5 folds, like GridSearchCV(Ridge(),
    cv=KFold(5))"""
    alphas = np.logspace(-2, 3, 6)
    X, y, _ = seeded_regression(23, 4, seed=51, noise=2.0)
    best, scores = as_pair(attempt.cv_select_alpha(X, y, alphas), "cv_select_alpha(X, y, alphas)")
    scores = as_array(scores, "mean_mse", shape=(len(alphas),))
    assert_matches_grid_search(as_float(best, "best_alpha"), scores, X, y, alphas, 5)


def test_alpha_zero_is_allowed(attempt):
    """alpha = 0 (no penalty, least squares) is a valid grid value"""
    alphas = np.array([0.0, 1.0, 10.0])
    X, y, _ = seeded_regression(17, 3, seed=53, noise=2.0)
    best, scores = select(attempt, X, y, alphas, 4)
    assert_matches_grid_search(best, scores, X, y, alphas, 4)


def test_lasso_matches_grid_search(attempt):
    """lasso scores and the chosen alpha match GridSearchCV with KFold(k)"""
    alphas = np.array([1e-3, 1e-2, 0.1, 0.5, 2.0])
    X, y, _ = seeded_regression(27, 5, seed=54, noise=1.5,
                                coef=np.array([1.0, 0.0, -0.5, 0.0, 0.2]))
    best, scores = select(attempt, X, y, alphas, 4, "lasso")
    assert_matches_grid_search(best, scores, X, y, alphas, 4, "lasso")


def test_lasso_on_nearly_collinear_columns(attempt):
    """lasso scores match GridSearchCV on two nearly identical columns, where the fits need many
    coordinate-descent sweeps to converge"""
    rng = np.random.default_rng(1)
    x1 = rng.standard_normal(40)
    X = np.column_stack([x1, x1 + 0.01 * rng.standard_normal(40), rng.standard_normal((40, 3))])
    y = 1.5 * x1 + X[:, 2] + rng.standard_normal(40)
    alphas = np.array([1e-3, 1e-2])
    best, scores = select(attempt, X, y, alphas, 4, "lasso")
    assert_matches_grid_search(best, scores, X, y, alphas, 4, "lasso")


def test_leave_one_out_matches_closed_form(attempt):
    """with k = n, ridge's score is the closed-form leave-one-out error
    mean((e_i / (1 - h_ii))^2)"""
    X, y, _ = seeded_regression(12, 3, seed=55, noise=1.0)
    alphas = np.array([0.1, 1.0, 10.0])
    _, scores = select(attempt, X, y, alphas, 12)
    Xc = X - X.mean(axis=0)
    expected = []
    for alpha in alphas:
        # The hat matrix of ridge with an unpenalised intercept.
        H = 1 / 12 + Xc @ np.linalg.solve(Xc.T @ Xc + alpha * np.eye(3), Xc.T)
        expected.append(np.mean(((y - H @ y) / (1 - np.diag(H))) ** 2))
    assert_close(scores, np.array(expected), **MSE, what="leave-one-out mean_mse (k = n)",
                 help="with k = n every fold holds out exactly one sample")


def test_ties_go_to_the_first_alpha(attempt):
    """when several alphas score exactly the same, the first of them in the grid is chosen"""
    rng = np.random.default_rng(56)
    X, y = rng.standard_normal((20, 3)), rng.standard_normal(20)
    # Every alpha here zeroes the lasso in every fold: all of them predict the training mean.
    for alphas in (np.array([50.0, 10.0, 20.0]), np.array([20.0, 50.0, 10.0])):
        best, scores = select(attempt, X, y, alphas, 4, "lasso")
        assert_true(bool(np.all(scores == scores[0])),
                    "these alphas zero the lasso in every fold, so their scores must be equal",
                    expected="equal scores", actual=scores,
                    help="alpha above max|Xc^T yc| / n_train makes the lasso exactly zero")
        assert_true(best == alphas[0], f"the tie among {alphas.tolist()} went to the wrong alpha",
                    expected=float(alphas[0]), actual=best,
                    help="on a tie GridSearchCV keeps the first alpha in grid order")
    assert_matches_grid_search(best, scores, X, y, alphas, 4, "lasso")


@st.composite
def cv_problems(draw):
    X, y = draw(regression_problems(rows=(4, 25), cols=(1, 4)))
    k = draw(st.integers(2, min(len(y), 6)))
    alphas = np.array(draw(st.lists(log_uniform(1e-3, 1e3), min_size=1, max_size=6)))
    return X, y, alphas, k


@given(cv_problems())
def test_matches_reference(attempt, reference, problem):
    """ridge scores and the chosen alpha match the reference solution on generated inputs"""
    X, y, alphas, k = problem
    best, scores = select(attempt, X, y, alphas, k)
    expected_best, expected_scores = reference.cv_select_alpha(X, y, alphas, k)
    assert_close(scores, expected_scores, **MSE, what="mean_mse")
    assert_close(expected_scores[list(alphas).index(best)], float(expected_scores.min()), **MSE,
                 what=f"the reference's score at your best_alpha {best:g}")


@given(cv_problems(), st.randoms(use_true_random=False))
def test_grid_order_does_not_change_scores(attempt, problem, random):
    """shuffling the grid shuffles the scores the same way: each alpha's score is its own"""
    X, y, alphas, k = problem
    order = list(range(len(alphas)))
    random.shuffle(order)
    _, scores = select(attempt, X, y, alphas, k)
    _, shuffled = select(attempt, X, y, alphas[order], k)
    assert_close(shuffled, scores[order], **MSE, what="mean_mse for the shuffled grid",
                 help="fit each alpha from scratch on the same folds")


def test_single_alpha(attempt):
    """a grid of one alpha returns that alpha and one score"""
    X, y, _ = seeded_regression(10, 2, seed=57)
    best, scores = select(attempt, X, y, np.array([0.3]), 5)
    assert_close(best, 0.3, rtol=0, atol=0, what="best_alpha")
    assert_true(bool(scores[0] > 0), "the mean squared error must be positive",
                expected="> 0", actual=scores,
                help="return the MSE, not GridSearchCV's negated score")


def test_bad_input_raises(attempt):
    """an empty or negative grid, k outside 2..n, an unknown model, bad shapes and non-positive
    log_grid bounds raise ValueError"""
    X, y, _ = seeded_regression(8, 2, seed=58)
    alphas = np.array([0.1, 1.0])
    cases = [
        ("an empty grid", (X, y, np.array([]), 2, "ridge")),
        ("a negative alpha", (X, y, np.array([1.0, -0.5]), 2, "ridge")),
        ("k=1", (X, y, alphas, 1, "ridge")),
        ("k=9 > n=8", (X, y, alphas, 9, "ridge")),
        ("model='elasticnet'", (X, y, alphas, 2, "elasticnet")),
        ("8 rows in X and 7 in y", (X, y[:7], alphas, 2, "ridge")),
        ("a 1-D X", (X[:, 0], y, alphas, 2, "ridge")),
    ]
    for what, args in cases:
        with raises("ValueError", f"cv_select_alpha with {what}"):
            attempt.cv_select_alpha(*args)
    for args in ((0.0, 1.0, 5), (1.0, -2.0, 5), (1.0, 0.0, 5), (1e-3, 1.0, 0)):
        with raises("ValueError", f"log_grid{args}"):
            attempt.log_grid(*args)


def test_no_model_selection_shortcut(attempt_source):
    """the solution writes its own folds instead of calling scikit-learn's model selection"""
    forbid_calls(attempt_source, {
        "sklearn.model_selection.KFold", "sklearn.model_selection.GridSearchCV",
        "sklearn.model_selection.cross_val_score", "sklearn.model_selection.cross_validate",
        "sklearn.linear_model.RidgeCV", "sklearn.linear_model.LassoCV"},
        "the kata is the cross-validation loop itself: split, fit, score and average by hand")
