"""Hidden checks for ch08/batch_gd."""

from dataclasses import dataclass

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, as_float, assert_close, assert_true, raises
from kit.strategies import finite_floats, log_uniform, regression_problems
from sklearn.linear_model import LinearRegression

RULES = ("grad_norm", "rel_loss_change", "max_iter")
KEYS = ("w", "b", "loss_history", "n_updates", "converged", "stopped_by")
# After convergence, against np.linalg.lstsq and LinearRegression (the statement's promise).
CONVERGED = {"rtol": 1e-6, "atol": 1e-6}
SEEDS = st.integers(0, 2**32 - 1)


# --- calling the attempt ------------------------------------------------------------------------

@dataclass
class Run:
    w: np.ndarray
    b: float
    history: np.ndarray
    n_updates: int
    converged: bool
    stopped_by: str


def checked(result, d: int, what: str = "gd_linear_regression(...)") -> Run:
    """The result's keys, types and internal consistency, as the statement defines them."""
    assert_true(type(result) is dict, f"{what} must return a dict", expected="dict",
                actual=type(result).__name__)
    assert_true(set(result) == set(KEYS), f"{what} must return a dict with exactly these keys",
                expected=sorted(KEYS), actual=sorted(map(str, result)))
    w = as_array(result["w"], "result['w']", shape=(d,), kind="f")
    b = as_float(result["b"], "result['b']")
    history = result["loss_history"]
    assert_true(type(history) is list, "result['loss_history'] must be a list of floats",
                expected="list", actual=type(history).__name__)
    history = np.array([as_float(v, f"loss_history[{i}]") for i, v in enumerate(history)])
    n_updates, converged = result["n_updates"], result["converged"]
    stopped_by = result["stopped_by"]
    assert_true(isinstance(n_updates, (int, np.integer)) and not isinstance(n_updates, bool),
                "result['n_updates'] must be an int", expected="int",
                actual=type(n_updates).__name__)
    assert_true(isinstance(converged, (bool, np.bool_)), "result['converged'] must be a bool",
                expected="bool", actual=type(converged).__name__)
    assert_true(isinstance(stopped_by, str) and stopped_by in (*RULES, "diverged"),
                "result['stopped_by'] must name what ended the run",
                expected="'grad_norm', 'rel_loss_change', 'max_iter' or 'diverged'",
                actual=repr(stopped_by))
    assert_true(len(history) == n_updates + 1,
                "loss_history must hold the starting loss plus one loss per update",
                expected=f"len(loss_history) == n_updates + 1 == {n_updates + 1}",
                actual=len(history),
                help="record the loss once before the first update, then once after every update")
    fired = stopped_by in ("grad_norm", "rel_loss_change")
    assert_true(bool(converged) == fired,
                "converged must be True exactly when a tolerance test ended the run",
                expected=f"converged={fired} with stopped_by={stopped_by!r}",
                actual=f"converged={bool(converged)}",
                help="reaching max_iter or diverging is not convergence")
    return Run(w, b, history, int(n_updates), bool(converged), stopped_by)


def run(attempt, X, y, lr, **kwargs) -> Run:
    return checked(attempt.gd_linear_regression(X, y, lr, **kwargs), X.shape[1])


# --- independent oracles, computed here -----------------------------------------------------------

def lmax(X: np.ndarray) -> float:
    """Largest eigenvalue of the loss's Hessian 2 Z^T Z / n, Z = [X, 1]."""
    Z = np.column_stack([X, np.ones(len(X))])
    return float(np.linalg.eigvalsh(2.0 * Z.T @ Z / len(X))[-1])


def loop_gradient(X, y, w, b) -> tuple[np.ndarray, float]:
    """The gradient as the average of the n per-example gradients 2 r_i [x_i, 1]."""
    grad_w, grad_b = np.zeros(X.shape[1]), 0.0
    for xi, yi in zip(X, y, strict=True):
        ri = float(xi @ w) + b - float(yi)
        grad_w += 2.0 * ri * xi
        grad_b += 2.0 * ri
    return grad_w / len(y), grad_b / len(y)


def loop_loss(X, y, w, b) -> float:
    return sum((float(xi @ w) + b - float(yi)) ** 2 for xi, yi in zip(X, y, strict=True)) / len(y)


def grad_norm(X, y, w, b) -> float:
    grad_w, grad_b = loop_gradient(X, y, w, b)
    return float(np.sqrt(grad_w @ grad_w + grad_b**2))


def loop_descent(X, y, lr, k, w0=None, b0=0.0):
    """k full-batch updates from (w0, b0): final w, b and the k + 1 losses."""
    w = np.zeros(X.shape[1]) if w0 is None else np.array(w0, dtype=float)
    b = float(b0)
    losses = [loop_loss(X, y, w, b)]
    for _ in range(k):
        grad_w, grad_b = loop_gradient(X, y, w, b)
        w, b = w - lr * grad_w, b - lr * grad_b
        losses.append(loop_loss(X, y, w, b))
    return w, b, np.array(losses)


def least_squares(X, y) -> tuple[np.ndarray, float]:
    Z = np.column_stack([X, np.ones(len(y))])
    theta = np.linalg.lstsq(Z, y, rcond=None)[0]
    return theta[:-1], float(theta[-1])


def close(actual, expected, what: str, help: str = "") -> None:
    """Same computation, possibly summed in another order: rtol 1e-8, atol 1e-8 x magnitude."""
    scale = max(1.0, float(np.max(np.abs(expected), initial=0.0)))
    assert_close(actual, expected, rtol=1e-8, atol=1e-8 * scale, what=what, help=help)


# --- data ---------------------------------------------------------------------------------------

def generic_problem(seed: int, n: int, d: int, noise: float = 0.5):
    """Uncentred columns of mixed scales, a linear signal, an offset and noise."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-3, 3, d) + 10.0 ** rng.uniform(-0.5, 0.5, d) * rng.standard_normal((n, d))
    y = X @ rng.uniform(-3, 3, d) + rng.uniform(-5, 5) + noise * rng.standard_normal(n)
    return X, y


def standardised_problem(seed: int, n: int, d: int, rho: float = 0.5, noise: float = 0.5):
    """Correlated columns (shared factor of weight rho), standardised to mean 0 and std 1."""
    rng = np.random.default_rng(seed)
    X = rho * rng.standard_normal((n, 1)) + np.sqrt(1 - rho**2) * rng.standard_normal((n, d))
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    y = X @ rng.uniform(-3, 3, d) + 1.5 + noise * rng.standard_normal(n)
    return X, y


@st.composite
def generic_problems(draw):
    d = draw(st.integers(1, 4))
    return generic_problem(draw(SEEDS), draw(st.integers(d + 3, 40)), d)


@st.composite
def standardised_problems(draw):
    d = draw(st.integers(1, 4))
    return standardised_problem(draw(SEEDS), draw(st.integers(d + 10, 60)), d,
                                rho=draw(st.floats(0.0, 0.7)))


# --- fixed examples -----------------------------------------------------------------------------

def test_known_first_step(attempt):
    """one update from zero on y = 2x + 1 (x = 0, 1, 2) with lr = 0.1 gives w = [13/15], b = 0.6"""
    X, y = np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])
    result = run(attempt, X, y, 0.1, max_iter=1, stop_rule="max_iter")
    close(result.history, np.array([35 / 3, 433 / 135]), "loss_history",
          help="the loss is the mean of the squared residuals, recorded at the start and after "
               "every update")
    close(result.w, np.array([13 / 15]), "w after one update",
          help="grad_w = (2/n) X.T @ r with r = X @ w + b - y: keep both the 2 and the 1/n")
    close(result.b, 0.6, "b after one update", help="grad_b = (2/n) * sum(r) and b -= lr * grad_b")
    assert_true((result.n_updates, result.converged, result.stopped_by) == (1, False, "max_iter"),
                "one update with stop_rule='max_iter' ends by max_iter",
                expected="n_updates=1, converged=False, stopped_by='max_iter'",
                actual=f"n_updates={result.n_updates}, converged={result.converged}, "
                       f"stopped_by={result.stopped_by!r}")


def test_converges_to_least_squares(attempt):
    """on standardised data with lr = 1/Lmax, the run converges to the least-squares solution"""
    X, y = standardised_problem(181, 80, 4)
    result = run(attempt, X, y, 1.0 / lmax(X))
    assert_true(result.stopped_by == "grad_norm" and result.converged,
                "the default rule (grad_norm, tol 1e-10) should stop the run",
                expected="stopped_by='grad_norm', converged=True",
                actual=f"stopped_by={result.stopped_by!r}, converged={result.converged}")
    coef, intercept = least_squares(X, y)
    assert_close(result.w, coef, **CONVERGED, what="w against np.linalg.lstsq",
                 help="descend on the mean squared error with the gradient (2/n) X.T @ r")
    assert_close(result.b, intercept, **CONVERGED, what="b against np.linalg.lstsq",
                 help="the intercept's gradient is (2/n) * sum(r), with r = X @ w + b - y")
    model = LinearRegression().fit(X, y)
    assert_close(result.w, model.coef_, **CONVERGED, what="w against LinearRegression")
    assert_close(result.b, float(model.intercept_), **CONVERGED, what="b against LinearRegression")


@given(standardised_problems())
def test_converges_on_generated_problems(attempt, problem):
    """on generated standardised problems, lr = 1/Lmax reaches the least-squares solution"""
    X, y = problem
    result = run(attempt, X, y, 1.0 / lmax(X), max_iter=20_000)
    assert_true(result.converged, "the run should converge", expected="converged=True",
                actual=f"stopped_by={result.stopped_by!r} after {result.n_updates} updates")
    coef, intercept = least_squares(X, y)
    assert_close(result.w, coef, **CONVERGED, what="w against np.linalg.lstsq")
    assert_close(result.b, intercept, **CONVERGED, what="b against np.linalg.lstsq")


def test_five_starting_points_reach_one_solution(attempt):
    """from five random starting points the run ends at the same solution: the loss is convex
    (Q184)"""
    X, y = standardised_problem(184, 50, 3, rho=0.6)
    coef, intercept = least_squares(X, y)
    rng = np.random.default_rng(184)
    ends = []
    for _ in range(5):
        w0, b0 = rng.normal(0.0, 10.0, 3), float(rng.normal(0.0, 10.0))
        result = run(attempt, X, y, 1.0 / lmax(X), w0=w0, b0=b0)
        assert_true(result.converged, "every start should converge", expected="converged=True",
                    actual=f"stopped_by={result.stopped_by!r} from w0={w0}, b0={b0:.3f}")
        assert_close(result.w, coef, **CONVERGED, what=f"w from w0={np.round(w0, 3)}",
                     help="start from w0 and b0 when they are given")
        assert_close(result.b, intercept, **CONVERGED, what=f"b from b0={b0:.3f}")
        ends.append(np.append(result.w, result.b))
    spread = float(np.ptp(np.array(ends), axis=0).max())
    assert_true(spread <= 1e-6, "the five runs should end at the same point",
                expected="largest spread <= 1e-6", actual=spread)


# --- the gradient and the trajectory ------------------------------------------------------------

@st.composite
def problems_with_start(draw):
    X, y = draw(regression_problems(rows=(1, 15), cols=(1, 4)))
    w0 = draw(hnp.arrays(np.float64, X.shape[1], elements=finite_floats()))
    return X, y, w0, draw(finite_floats())


@given(problems_with_start())
def test_update_uses_the_mean_of_per_example_gradients(attempt, problem):
    """one update moves (w, b) by lr times the average of the n per-example gradients (Q186)"""
    X, y, w0, b0 = problem
    lr = 0.5 / lmax(X)
    result = run(attempt, X, y, lr, max_iter=1, stop_rule="max_iter", w0=w0, b0=b0)
    grad_w, grad_b = loop_gradient(X, y, w0, b0)
    close(result.w, w0 - lr * grad_w, "w after one update",
          help="the full-batch gradient averages 2 * r_i * x_i over every example: (2/n) X.T @ r")
    close(result.b, b0 - lr * grad_b, "b after one update",
          help="grad_b averages 2 * r_i over every example, and b moves against it")
    close(result.history, np.array([loop_loss(X, y, w0, b0),
                                    loop_loss(X, y, w0 - lr * grad_w, b0 - lr * grad_b)]),
          "loss_history",
          help="the loss is mean((X @ w + b - y) ** 2), before and after the update")


def test_trajectory_is_full_batch_descent(attempt):
    """25 updates from a given start follow full-batch gradient descent step by step: one update
    per pass"""
    X, y = generic_problem(186, 30, 3)
    w0, b0 = np.array([1.0, -2.0, 0.5]), 3.0
    lr = 0.8 / lmax(X)
    result = run(attempt, X, y, lr, max_iter=25, stop_rule="max_iter", w0=w0, b0=b0)
    w, b, losses = loop_descent(X, y, lr, 25, w0, b0)
    assert_true(result.n_updates == 25, "25 updates were asked for", expected=25,
                actual=result.n_updates)
    close(result.history, losses, "loss_history",
          help="compute both gradients from the same residuals before changing w or b")
    close(result.w, w, "w after 25 updates")
    close(result.b, b, "b after 25 updates")


@given(generic_problems(), st.floats(0.05, 4.0), st.sampled_from(RULES),
       log_uniform(1e-9, 1e-2), st.integers(0, 80), st.booleans())
def test_matches_reference(attempt, reference, problem, c, rule, tol, max_iter, start):
    """on generated problems, learning rates (stable or not), rules and budgets, every field matches
    the reference"""
    X, y = problem
    kwargs = {"max_iter": max_iter, "tol": tol, "stop_rule": rule}
    if start:
        kwargs |= {"w0": np.linspace(-1.0, 1.0, X.shape[1]), "b0": -2.0}
    lr = c / lmax(X)
    result = run(attempt, X, y, lr, **kwargs)
    expected = checked(reference.gd_linear_regression(X, y, lr, **kwargs), X.shape[1], "reference")
    same = (result.n_updates, result.converged, result.stopped_by)
    want = (expected.n_updates, expected.converged, expected.stopped_by)
    assert_true(same == want, "the run should end at the same update for the same reason",
                expected=f"(n_updates, converged, stopped_by) = {want}", actual=same,
                help="run the three tests (divergence, tolerance, max_iter) in that order before "
                     "every update")
    close(result.history, expected.history, "loss_history")
    close(result.w, expected.w, "w")
    close(result.b, expected.b, "b")


@given(regression_problems(rows=(1, 20), cols=(1, 5)), st.floats(0.05, 1.0))
def test_loss_never_increases_for_small_lr(attempt, problem, c):
    """with lr <= 1/Lmax the loss never increases from one update to the next"""
    X, y = problem
    result = run(attempt, X, y, c / lmax(X), max_iter=60, stop_rule="max_iter")
    h = result.history
    assert_true(result.stopped_by == "max_iter", "a stable run should use its 60 updates",
                expected="stopped_by='max_iter'", actual=repr(result.stopped_by))
    rises = np.flatnonzero(h[1:] > h[:-1] + 1e-12 * h[0])
    assert_true(rises.size == 0, "the loss increased during a stable run",
                expected="loss_history[t+1] <= loss_history[t] + 1e-12 * loss_history[0]",
                actual=f"it rose after update {int(rises[0]) + 1 if rises.size else 0}: {h}",
                help="step against the gradient: w -= lr * grad_w and b -= lr * grad_b")


def test_repeated_runs_are_identical(attempt):
    """two runs on the same input are bit-for-bit identical (batch descent has no randomness)"""
    X, y = generic_problem(187, 25, 3)
    first = run(attempt, X, y, 0.5 / lmax(X), max_iter=200)
    second = run(attempt, X, y, 0.5 / lmax(X), max_iter=200)
    same = (np.array_equal(first.w, second.w) and first.b == second.b
            and np.array_equal(first.history, second.history)
            and (first.n_updates, first.stopped_by) == (second.n_updates, second.stopped_by))
    assert_true(same, "two identical calls gave different results",
                expected=f"w={first.w}, b={first.b}, n_updates={first.n_updates}",
                actual=f"w={second.w}, b={second.b}, n_updates={second.n_updates}",
                help="start from zeros (or w0, b0): there is nothing random in batch descent")


# --- learning rate (Q183) -------------------------------------------------------------------------

def test_larger_stable_lr_converges_in_fewer_updates(attempt):
    """for lr from 0.1/Lmax up to 1/Lmax, a larger learning rate needs fewer updates (Q183)"""
    X, y = standardised_problem(183, 60, 3, rho=0.6)
    counts = []
    for c in (0.1, 0.2, 0.4, 0.7, 1.0):
        result = run(attempt, X, y, c / lmax(X), tol=1e-8)
        assert_true(result.converged, f"lr = {c}/Lmax should converge",
                    expected="converged=True", actual=f"stopped_by={result.stopped_by!r}")
        counts.append(result.n_updates)
    assert_true(bool(np.all(np.diff(counts) < 0)),
                "the number of updates should fall as lr grows",
                expected="strictly decreasing counts for lr = (0.1, 0.2, 0.4, 0.7, 1.0) / Lmax",
                actual=counts)


@given(generic_problems(), log_uniform(2.5, 1e4), st.booleans())
def test_too_large_lr_is_flagged_as_diverging(attempt, problem, c, start):
    """with lr >= 2.5/Lmax the loss blows up and the run stops as 'diverged', with no NaN (Q183)"""
    X, y = problem
    kwargs = {"w0": np.ones(X.shape[1]), "b0": 1.0} if start else {}
    result = run(attempt, X, y, c / lmax(X), **kwargs)
    h = result.history
    assert_true(result.stopped_by == "diverged" and not result.converged,
                "the run should stop as diverged",
                expected="stopped_by='diverged', converged=False",
                actual=f"stopped_by={result.stopped_by!r}, converged={result.converged} after "
                       f"{result.n_updates} updates",
                help="after every update, stop when the loss is not finite or exceeds 1e6 times "
                     "the starting loss")
    finite = bool(np.isfinite(h).all() and np.isfinite(result.w).all() and np.isfinite(result.b))
    assert_true(finite, "a diverging run must stop before anything overflows",
                expected="finite w, b and loss_history", actual=f"w={result.w}, b={result.b}, "
                                                              f"last losses {h[-3:]}")
    first = int(np.argmax(h > 1e6 * h[0]))
    assert_true(h[-1] > 1e6 * h[0] and first == len(h) - 1,
                "the run should stop at the first loss above 1e6 times the starting loss",
                expected=f"stop after update {first}", actual=f"stopped after {result.n_updates}")


# --- stop rules (Q185) ----------------------------------------------------------------------------

def test_grad_norm_rule_stops_at_the_first_small_gradient(attempt):
    """'grad_norm' stops at the first point where the whole gradient, intercept included, has
    norm <= tol"""
    rng = np.random.default_rng(185)
    X = rng.standard_normal((40, 2))
    X = 3.0 * (X - X.mean(axis=0)) / X.std(axis=0)
    y = X @ np.array([1.0, -2.0]) + 10.0 + rng.standard_normal(40)
    lr, tol = 1.0 / lmax(X), 1e-4
    result = run(attempt, X, y, lr, tol=tol, stop_rule="grad_norm")
    assert_true((result.converged, result.stopped_by) == (True, "grad_norm"),
                "the gradient-norm rule should end the run", expected="stopped_by='grad_norm'",
                actual=f"stopped_by={result.stopped_by!r} after {result.n_updates} updates")
    final = grad_norm(X, y, result.w, result.b)
    assert_true(final <= tol, "the gradient norm at the returned point is above tol",
                expected=f"<= {tol}", actual=final,
                help="measure sqrt(||grad_w||^2 + grad_b^2), the intercept's gradient included")
    before = run(attempt, X, y, lr, max_iter=result.n_updates - 1, stop_rule="max_iter")
    previous = grad_norm(X, y, before.w, before.b)
    assert_true(previous > tol, "the rule should have stopped one update earlier",
                expected=f"gradient norm > {tol} one update before the stop", actual=previous,
                help="test the gradient at the current point before making the update")
    close(result.history[-1], loop_loss(X, y, result.w, result.b), "the last loss",
          help="the last loss is the loss at the returned w and b")


def test_rel_loss_change_rule_stops_at_the_first_small_change(attempt):
    """'rel_loss_change' stops at the first update with |L_{t-1} - L_t| <= tol * L_{t-1}"""
    X, y = generic_problem(1850, 40, 3)
    y = 100.0 * y
    tol = 1e-6
    result = run(attempt, X, y, 0.9 / lmax(X), tol=tol, stop_rule="rel_loss_change")
    assert_true((result.converged, result.stopped_by) == (True, "rel_loss_change"),
                "the relative-change rule should end the run",
                expected="stopped_by='rel_loss_change'",
                actual=f"stopped_by={result.stopped_by!r} after {result.n_updates} updates")
    h = result.history
    small = np.abs(h[:-1] - h[1:]) <= tol * h[:-1]
    assert_true(result.n_updates >= 1 and small[-1] and not small[:-1].any(),
                "the rule should fire at the first small relative change, and only then",
                expected=f"first t with |L[t-1] - L[t]| <= {tol} * L[t-1]: "
                         f"{int(np.argmax(small)) + 1 if small.any() else 'none'}",
                actual=f"stopped at t = {result.n_updates}",
                help="compare the change with tol times the previous loss, not with tol alone")


def test_a_tolerance_that_never_fires_stops_at_max_iter(attempt):
    """with tol = 0 neither tolerance rule fires: the run makes max_iter updates and is not
    converged"""
    X, y = generic_problem(1851, 30, 2)
    for rule in ("grad_norm", "rel_loss_change"):
        result = run(attempt, X, y, 0.5 / lmax(X), max_iter=40, tol=0.0, stop_rule=rule)
        assert_true((result.n_updates, result.converged, result.stopped_by)
                    == (40, False, "max_iter"),
                    f"stop_rule={rule!r} with tol=0 should run out of updates",
                    expected="n_updates=40, converged=False, stopped_by='max_iter'",
                    actual=f"n_updates={result.n_updates}, converged={result.converged}, "
                           f"stopped_by={result.stopped_by!r}",
                    help="converged is True only when the tolerance test fired")


def test_max_iter_rule_makes_exactly_max_iter_updates(attempt):
    """stop_rule='max_iter' makes exactly max_iter updates (0 included) and records max_iter + 1
    losses"""
    X, y = generic_problem(1852, 20, 2)
    for max_iter in (0, 1, 7, 50):
        result = run(attempt, X, y, 0.5 / lmax(X), max_iter=max_iter, stop_rule="max_iter")
        assert_true((result.n_updates, len(result.history), result.stopped_by)
                    == (max_iter, max_iter + 1, "max_iter"),
                    f"max_iter={max_iter} should give exactly that many updates",
                    expected=f"n_updates={max_iter}, {max_iter + 1} losses, stopped_by='max_iter'",
                    actual=f"n_updates={result.n_updates}, {len(result.history)} losses, "
                           f"stopped_by={result.stopped_by!r}")
    assert_close(result.history[0], loop_loss(X, y, np.zeros(2), 0.0), rtol=1e-12, atol=0,
                 what="loss_history[0]", help="the history starts with the loss at w = 0, b = 0")


# --- edge cases ---------------------------------------------------------------------------------

def test_starting_at_the_solution_makes_no_update(attempt):
    """started at the least-squares solution, 'grad_norm' fires before any update"""
    X, y = standardised_problem(1853, 30, 2)
    coef, intercept = least_squares(X, y)
    result = run(attempt, X, y, 0.5 / lmax(X), tol=1e-6, w0=coef, b0=intercept)
    assert_true((result.n_updates, result.converged, result.stopped_by) == (0, True, "grad_norm"),
                "no update is needed at the optimum",
                expected="n_updates=0, converged=True, stopped_by='grad_norm'",
                actual=f"n_updates={result.n_updates}, converged={result.converged}, "
                       f"stopped_by={result.stopped_by!r}",
                help="test the gradient at the starting point before the first update")
    close(result.w, coef, "w")
    close(result.b, intercept, "b")


def test_all_zero_targets(attempt):
    """with y = 0 the zero start is already optimal: each rule stops exactly as documented"""
    X, _ = generic_problem(1854, 10, 2)
    y = np.zeros(10)
    cases = {"grad_norm": (0, True), "rel_loss_change": (1, True), "max_iter": (5, False)}
    for rule, (updates, converged) in cases.items():
        result = run(attempt, X, y, 0.5 / lmax(X), max_iter=5, tol=0.0, stop_rule=rule)
        assert_true((result.n_updates, result.converged, result.stopped_by)
                    == (updates, converged, rule),
                    f"stop_rule={rule!r} on all-zero targets",
                    expected=f"n_updates={updates}, converged={converged}, stopped_by={rule!r}",
                    actual=f"n_updates={result.n_updates}, converged={result.converged}, "
                           f"stopped_by={result.stopped_by!r}",
                    help="the comparisons are <= (0 <= 0 fires); rel_loss_change needs one update")
        assert_close(result.history, np.zeros(updates + 1), rtol=0, atol=0, what="loss_history")
        assert_close(result.w, np.zeros(2), rtol=0, atol=0, what="w")


def test_single_example_is_fitted_in_one_step(attempt):
    """one example is fitted exactly in one update with lr = 1/Lmax (the minimum-norm fit)"""
    X, y = np.array([[1.0, 2.0]]), np.array([3.0])
    result = run(attempt, X, y, 1.0 / lmax(X))
    assert_true(result.n_updates == 1 and result.stopped_by == "grad_norm",
                "one update should reach a zero gradient",
                expected="n_updates=1, stopped_by='grad_norm'",
                actual=f"n_updates={result.n_updates}, stopped_by={result.stopped_by!r}")
    close(result.w, np.array([0.5, 1.0]), "w")
    close(result.b, 0.5, "b")


def test_inputs_are_left_unchanged(attempt):
    """X, y and w0 are left unchanged by the run"""
    X, y = generic_problem(1855, 15, 3)
    w0 = np.array([0.5, -0.5, 2.0])
    copies = X.copy(), y.copy(), w0.copy()
    run(attempt, X, y, 0.5 / lmax(X), max_iter=10, w0=w0, b0=1.0)
    for name, now, before in zip(("X", "y", "w0"), (X, y, w0), copies, strict=True):
        assert_true(np.array_equal(now, before), f"{name} was changed in place",
                    expected=before, actual=now, help="update a copy of w0, never w0 itself")


def test_bad_input_raises(attempt):
    """a non-positive lr, an unknown stop_rule, a negative max_iter and bad shapes raise
    ValueError"""
    X, y = generic_problem(1856, 6, 2)
    with raises("ValueError", "lr=0"):
        attempt.gd_linear_regression(X, y, 0.0)
    with raises("ValueError", "lr=-0.1"):
        attempt.gd_linear_regression(X, y, -0.1)
    with raises("ValueError", "stop_rule='loss'"):
        attempt.gd_linear_regression(X, y, 0.01, stop_rule="loss")
    with raises("ValueError", "max_iter=-1"):
        attempt.gd_linear_regression(X, y, 0.01, max_iter=-1)
    with raises("ValueError", "a 1-D X"):
        attempt.gd_linear_regression(X[:, 0], y, 0.01)
    with raises("ValueError", "a 2-D y"):
        attempt.gd_linear_regression(X, y[:, None], 0.01)
    with raises("ValueError", "6 rows in X and 5 in y"):
        attempt.gd_linear_regression(X, y[:5], 0.01)
    with raises("ValueError", "n = 0"):
        attempt.gd_linear_regression(X[:0], y[:0], 0.01)
    with raises("ValueError", "w0 of shape (3,) for d = 2"):
        attempt.gd_linear_regression(X, y, 0.01, w0=np.zeros(3))



def test_default_max_iter_is_ten_thousand(attempt):
    """with stop_rule='max_iter' and the default max_iter the run makes exactly 10_000 updates"""
    X, y = generic_problem(1857, 8, 2)
    result = run(attempt, X, y, 0.5 / lmax(X), stop_rule="max_iter")
    assert_true((result.n_updates, len(result.history)) == (10_000, 10_001),
                "the default max_iter should give 10_000 updates",
                expected="n_updates=10000, 10001 losses",
                actual=f"n_updates={result.n_updates}, {len(result.history)} losses",
                help="the signature's default is max_iter=10_000")


def test_no_divergence_test_before_the_first_update(attempt):
    """the divergence test only runs from t = 1 on: with max_iter=0, a starting loss that
    overflows to inf (targets near 1e200) still ends the run by 'max_iter' after 0 updates"""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    y = np.array([1e200, -2e200, 3e200])
    result = attempt.gd_linear_regression(X, y, 0.01, max_iter=0, stop_rule="max_iter")
    assert_true(type(result) is dict, "gd_linear_regression(...) must return a dict",
                expected="dict", actual=type(result).__name__)
    actual = (result.get("n_updates"), result.get("converged"), result.get("stopped_by"))
    assert_true(actual == (0, False, "max_iter"),
                "with max_iter=0 the run stops by 'max_iter' before any divergence test",
                expected="n_updates=0, converged=False, stopped_by='max_iter'",
                actual=f"n_updates={actual[0]}, converged={actual[1]}, stopped_by={actual[2]!r}",
                help="divergence is tested only when t >= 1")


def test_w0_of_shape_d_by_1_raises(attempt):
    """a w0 of shape (d, 1) instead of (d,) raises ValueError"""
    X, y = generic_problem(1858, 6, 2)
    with raises("ValueError", "w0 of shape (2, 1) for d = 2"):
        attempt.gd_linear_regression(X, y, 0.01, w0=np.zeros((2, 1)))
