"""Hidden checks for ch08/logistic_gd."""


import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import (
    SOLVER,
    CheckFailure,
    as_array,
    as_float,
    as_pair,
    assert_close,
    assert_true,
    forbid_calls,
    raises,
)
from kit.strategies import log_uniform, matrices
from kit.style import import_lines
from scipy.optimize import approx_fprime, check_grad
from scipy.special import expit, logit
from sklearn.datasets import make_blobs, make_classification
from sklearn.linear_model import LogisticRegression, RidgeClassifier

SIGMOID = {"rtol": 1e-9, "atol": 1e-12}
TRAJECTORY = {"rtol": 1e-6, "atol": 1e-9}
CONVERGED = {"rtol": 0.0, "atol": 1e-4}
FD = {"rtol": 1e-4, "atol": 1e-6}
SHAPES = hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=8)




def objective(X, y, w, b, l2):
    """J(w, b): mean log loss of the logits plus (l2 / 2) ||w||^2 (the checks' own oracle)."""
    z = X @ w + b
    return float(np.mean(np.logaddexp(0, z) - y * z) + l2 / 2 * (w @ w))


def smoothness(X, l2):
    """L, the largest curvature of J: lambda_max([X, 1]^T [X, 1]) / (4 n) + l2."""
    Z = np.column_stack([X, np.ones(len(X))])
    return float(np.linalg.eigvalsh(Z.T @ Z).max()) / (4 * len(X)) + l2


def noisy_classes(seed, n=150, d=3):
    """Overlapping classes on standardised features: the optimum is finite even with l2 = 0."""
    X, y = make_classification(n, d, n_informative=d, n_redundant=0, flip_y=0.1, class_sep=0.8,
                               random_state=seed)
    return (X - X.mean(axis=0)) / X.std(axis=0), y.astype(float)


def separable_classes():
    X, y = make_blobs(60, 2, centers=[[-2, -2], [2, 2]], cluster_std=0.7, random_state=1)
    return X, y.astype(float)


def fit(attempt, X, y, lr, n_iter, l2):
    """Call fit_logistic and check the result's types and shapes."""
    result = attempt.fit_logistic(X, y, lr, n_iter, l2)
    if type(result) is not tuple or len(result) != 3:
        raise CheckFailure("fit_logistic(...) must return a tuple (w, b, loss_history)",
                           expected="tuple of length 3", actual=type(result).__name__)
    w, b, history = result
    w = as_array(w, "w", shape=(X.shape[1],))
    b = as_float(b, "b")
    assert_true(type(history) is list, "loss_history must be a list", expected="list",
                actual=type(history).__name__)
    assert_true(len(history) == n_iter + 1,
                f"loss_history must hold n_iter + 1 = {n_iter + 1} values (the start, then one "
                "per update)", expected=n_iter + 1, actual=len(history))
    history = np.array([as_float(v, "each loss_history entry") for v in history])
    return w, b, history


def sig(attempt, z):
    return as_array(attempt.sigmoid(z), "sigmoid(z)", shape=z.shape)


@st.composite
def problems(draw, rows=(2, 12), cols=(1, 3)):
    """(X, y, lr, l2): bounded features, 0/1 labels and a stable step lr = frac / L."""
    X = draw(matrices(rows, cols, bound=5.0))
    y = draw(hnp.arrays(np.float64, X.shape[0], elements=st.sampled_from([0.0, 1.0])))
    l2 = draw(st.one_of(st.just(0.0), log_uniform(1e-3, 1.0)))
    frac = draw(st.floats(0.05, 1.5))
    return X, y, frac / smoothness(X, l2), l2


# --- sigmoid (Q227) ---------------------------------------------------------------------------

def test_sigmoid_known_values(attempt):
    """sigmoid(0) = 0.5, sigmoid(ln 3) = 0.75, sigmoid(-ln 3) = 0.25"""
    z = np.array([0.0, np.log(3), -np.log(3)])
    assert_close(sig(attempt, z), np.array([0.5, 0.75, 0.25]), **SIGMOID,
                 what="sigmoid([0, ln 3, -ln 3])", help="sigmoid(z) = 1 / (1 + exp(-z))")


@given(hnp.arrays(np.float64, SHAPES, elements=st.floats(-1000, 1000)))
def test_sigmoid_matches_expit(attempt, z):
    """sigmoid matches scipy.special.expit entrywise and keeps the shape of its input"""
    assert_close(sig(attempt, z), expit(z), **SIGMOID, what="sigmoid(z)")


@given(hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(-50, 50)))
def test_sigmoid_is_symmetric(attempt, z):
    """sigmoid(-z) = 1 - sigmoid(z)"""
    assert_close(sig(attempt, -z), 1 - sig(attempt, z), rtol=0, atol=1e-12,
                 what="sigmoid(-z) against 1 - sigmoid(z)")


def test_sigmoid_does_not_overflow(attempt):
    """sigmoid stays finite and exact for logits of +-1000 and far beyond"""
    z = np.array([-1e308, -1e5, -1000.0, -746.0, 746.0, 1000.0, 1e5, 1e308])
    expected = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0])
    assert_close(sig(attempt, z), expected, rtol=0, atol=1e-12, what="sigmoid at huge |z|",
                 help="exp(1000) overflows to inf; only ever take exp of -|z|, which is <= 0")


@given(hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(-20, 20)))
def test_sigmoid_derivative_is_s_times_one_minus_s(attempt, z):
    """the finite-difference derivative of sigmoid equals sigmoid * (1 - sigmoid)"""
    h = 1e-6
    numeric = (sig(attempt, z + h) - sig(attempt, z - h)) / (2 * h)
    s = expit(z)
    assert_close(numeric, s * (1 - s), **FD, what="finite-difference derivative of sigmoid")


@given(hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(1e-6, 1 - 1e-6)),
       hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(-10, 10)))
def test_sigmoid_inverts_logit(attempt, p, z):
    """sigmoid is the inverse of scipy.special.logit: sigmoid(logit(p)) = p and
    logit(sigmoid(z)) = z"""
    assert_close(sig(attempt, logit(p)), p, **SOLVER, what="sigmoid(logit(p))")
    assert_close(logit(sig(attempt, z)), z, **SOLVER, what="logit(sigmoid(z))")


# --- fit_logistic (Q226) ----------------------------------------------------------------------

def test_one_update_by_hand(attempt):
    """one update from zero on a three-point example gives w = [1/3], b = 1/12"""
    X, y = np.array([[1.0], [2.0], [-1.0]]), np.array([1.0, 1.0, 0.0])
    w, b, history = fit(attempt, X, y, 0.5, 1, 0.0)
    assert_close(w, np.array([1 / 3]), **TRAJECTORY, what="w after one update",
                 help="grad_w = X.T @ (p - y) / n with p = 0.5 at the start; w = -lr * grad_w")
    assert_close(b, 1 / 12, **TRAJECTORY, what="b after one update",
                 help="grad_b = mean(p - y); the intercept moves in the same update as w")
    assert_close(history, np.array([np.log(2), objective(X, y, np.array([1 / 3]), 1 / 12, 0.0)]),
                 **TRAJECTORY, what="loss_history",
                 help="the history starts with the loss at w = 0, b = 0, which is log(2)")


def test_matches_sklearn_logistic_regression(attempt):
    """converged weights and intercept match scikit-learn's LogisticRegression with
    C = 1 / (n * l2)"""
    X, y = noisy_classes(seed=0)
    n = len(y)
    for l2 in (0.01, 0.1, 1.0):
        w, b, history = fit(attempt, X, y, 1.0, 2000, l2)
        model = LogisticRegression(C=1 / (n * l2), tol=1e-12, max_iter=100_000).fit(X, y)
        assert_close(w, model.coef_[0], **CONVERGED, what=f"w with l2 = {l2}",
                     help="the penalty gradient is l2 * w, and the data gradient is divided by n")
        assert_close(b, float(model.intercept_[0]), **CONVERGED, what=f"b with l2 = {l2}",
                     help="the intercept is not penalised")


@given(problems(), st.integers(0, 40))
def test_matches_reference(attempt, reference, problem, n_iter):
    """weights, intercept and loss history follow the reference's gradient-descent run"""
    X, y, lr, l2 = problem
    w, b, history = fit(attempt, X, y, lr, n_iter, l2)
    ref_w, ref_b, ref_history = reference.fit_logistic(X, y, lr, n_iter, l2)
    assert_close(w, ref_w, **TRAJECTORY, what="w",
                 help="compute both gradients at the current point, then update w and b together")
    assert_close(b, ref_b, **TRAJECTORY, what="b")
    assert_close(history, np.array(ref_history), **TRAJECTORY, what="loss_history")


def test_defaults(attempt):
    """without lr, n_iter and l2, fit_logistic runs 5000 updates of step 0.1 with no penalty"""
    X, y = noisy_classes(seed=9, n=20, d=2)
    result = attempt.fit_logistic(X, y)
    if type(result) is not tuple or len(result) != 3 or type(result[2]) is not list:
        raise CheckFailure("fit_logistic(X, y) must return a tuple (w, b, loss_history)",
                           expected="tuple (ndarray, float, list)", actual=repr(type(result)))
    assert_true(len(result[2]) == 5001, "fit_logistic(X, y) must run n_iter = 5000 updates",
                expected="5001 losses", actual=len(result[2]),
                help="the defaults are lr=0.1, n_iter=5000, l2=0.0")
    w, b, history = fit(attempt, X, y, 0.1, 5000, 0.0)
    assert_close(np.array([as_float(v, "each loss_history entry") for v in result[2]]), history,
                 **TRAJECTORY,
                 what="loss_history of fit_logistic(X, y) against fit_logistic(X, y, 0.1, 5000, 0.0)",
                 help="the defaults are lr=0.1, n_iter=5000, l2=0.0")
    assert_close(as_array(result[0], "w", shape=w.shape), w, **TRAJECTORY,
                 what="w of fit_logistic(X, y) against fit_logistic(X, y, 0.1, 5000, 0.0)",
                 help="the defaults are lr=0.1, n_iter=5000, l2=0.0")
    assert_close(as_float(result[1], "b"), b, **TRAJECTORY,
                 what="b of fit_logistic(X, y) against fit_logistic(X, y, 0.1, 5000, 0.0)",
                 help="the defaults are lr=0.1, n_iter=5000, l2=0.0")

def test_gradient_matches_finite_differences(attempt):
    """the step taken at an iterate is -lr times the finite-difference gradient of J
    (scipy.optimize.check_grad)"""
    X, y = noisy_classes(seed=3, n=40)
    lr, l2, t = 0.5, 0.3, 5
    w_t, b_t, _ = fit(attempt, X, y, lr, t, l2)
    w_next, b_next, _ = fit(attempt, X, y, lr, t + 1, l2)
    step = np.append(w_t - w_next, b_t - b_next) / lr
    point = np.append(w_t, b_t)

    def J(v):
        return objective(X, y, v[:-1], v[-1], l2)

    numeric = approx_fprime(point, J, 1e-7)
    assert_close(step, numeric, **FD, what="(parameters before - after one update) / lr",
                 help="the gradient of (l2 / 2) ||w||^2 is l2 * w; the intercept has none")
    error = check_grad(J, lambda v: step, point, epsilon=1e-7)
    assert_true(error <= 1e-5 * (1 + np.linalg.norm(numeric)),
                "scipy.optimize.check_grad disagrees with the step", expected="<= 1e-5",
                actual=error)


def test_loss_history_is_the_objective(attempt):
    """the loss history starts at log(2) and ends at J(w, b), penalty included"""
    X, y = noisy_classes(seed=4, n=60)
    for l2 in (0.0, 0.5):
        w, b, history = fit(attempt, X, y, 0.8, 25, l2)
        assert_close(history[0], float(np.log(2)), **TRAJECTORY, what="loss_history[0]")
        assert_close(history[-1], objective(X, y, w, b, l2), **TRAJECTORY,
                     what=f"loss_history[-1] with l2 = {l2}",
                     help="record the mean log loss plus (l2 / 2) * ||w||^2 after every update")


def test_huge_logits_keep_the_loss_exact(attempt):
    """the loss history stays exact when some logits reach the hundreds"""
    X, y = np.array([[-50.0], [50.0], [49.0]]), np.array([0.0, 1.0, 0.0])
    lr, n_iter = 1.0, 3
    w, b, history = fit(attempt, X, y, lr, n_iter, 0.0)
    expected_w, expected_b = np.zeros(1), 0.0
    expected = [objective(X, y, expected_w, expected_b, 0.0)]
    for _ in range(n_iter):
        r = expit(X @ expected_w + expected_b) - y
        expected_w, expected_b = expected_w - lr * X.T @ r / 3, expected_b - lr * r.mean()
        expected.append(objective(X, y, expected_w, expected_b, 0.0))
    assert_close(history, np.array(expected), **TRAJECTORY, what="loss_history",
                 help="log(1 - p) is -inf once p rounds to 1, and clipping p caps the loss: use "
                      "log(1 + exp(z)) - y z, e.g. np.logaddexp(0, z) - y * z")


@given(problems(rows=(2, 15)))
def test_loss_never_rises_with_a_small_step(attempt, problem):
    """with lr = 1 / L (L the largest curvature of J), the loss history never rises"""
    X, y, _, l2 = problem
    lr = 1 / smoothness(X, l2)
    history = fit(attempt, X, y, lr, 30, l2)[2]
    rises = np.diff(history) > 1e-12 * (1 + np.abs(history[:-1]))
    assert_true(not rises.any(), "the loss rose between two updates",
                expected="non-increasing loss_history", actual=history)


@given(problems(), st.integers(1, 40))
def test_flipping_the_labels_negates_the_model(attempt, problem, n_iter):
    """training on 1 - y gives -w and -b and the same loss history"""
    X, y, lr, l2 = problem
    w, b, history = fit(attempt, X, y, lr, n_iter, l2)
    w2, b2, history2 = fit(attempt, X, 1 - y, lr, n_iter, l2)
    assert_close(w2, -w, **TRAJECTORY, what="w trained on 1 - y")
    assert_close(b2, -b, **TRAJECTORY, what="b trained on 1 - y")
    assert_close(history2, history, **TRAJECTORY, what="loss_history trained on 1 - y")


def test_penalty_keeps_separable_weights_finite(attempt):
    """on separable classes ||w|| keeps growing without a penalty but settles with l2 = 0.1
    (Q214)"""
    X, y = separable_classes()
    norms = {(l2, n): float(np.linalg.norm(fit(attempt, X, y, 1.0, n, l2)[0]))
             for l2 in (0.0, 0.1) for n in (300, 1200)}
    assert_true(norms[0.0, 1200] > 1.1 * norms[0.0, 300],
                "without a penalty, ||w|| should keep growing on separable data",
                expected=f"||w|| after 1200 updates > 1.1 * {norms[0.0, 300]:.4g}",
                actual=norms[0.0, 1200])
    assert_close(norms[0.1, 1200], norms[0.1, 300], rtol=1e-6, atol=0,
                 what="||w|| after 1200 updates with l2 = 0.1 (against 300 updates)",
                 help="with l2 > 0 the minimiser is finite, so the weights stop moving")


# --- predictions ------------------------------------------------------------------------------

def test_predictions_follow_the_probabilities(attempt):
    """predict_proba is sigmoid(X @ w + b), predict is 1 where it is >= threshold, and 0.5 is
    the boundary w . x + b >= 0"""
    rng = np.random.default_rng(226)
    X, w, b = rng.standard_normal((50, 3)), np.array([1.5, -2.0, 0.5]), 0.3
    proba = as_array(attempt.predict_proba(X, w, b), "predict_proba(X, w, b)", shape=(50,))
    assert_close(proba, expit(X @ w + b), **SIGMOID, what="predict_proba(X, w, b)")
    assert_true(bool(np.all((proba > 0) & (proba < 1))), "probabilities must lie in (0, 1)",
                expected="0 < p < 1", actual=proba)
    for threshold in (0.5, 0.2, 0.9):
        labels = as_array(attempt.predict(X, w, b, threshold), "predict(X, w, b, threshold)",
                          shape=(50,), kind="iu")
        assert_true(np.array_equal(labels, (expit(X @ w + b) >= threshold).astype(int)),
                    f"predict(..., threshold={threshold}) disagrees with proba >= threshold",
                    expected=(expit(X @ w + b) >= threshold).astype(int), actual=labels)
    labels = as_array(attempt.predict(X, w, b), "predict(X, w, b)", shape=(50,), kind="iu")
    assert_true(np.array_equal(labels, (X @ w + b >= 0).astype(int)),
                "at the default threshold, predict must be 1 exactly where w . x + b >= 0",
                expected=(X @ w + b >= 0).astype(int), actual=labels)
    on_boundary = as_array(attempt.predict(np.array([[0.0, 0.0]]), np.array([1.0, 1.0]), 0.0),
                           "predict on the boundary", shape=(1,), kind="iu")
    assert_true(on_boundary[0] == 1, "a point with probability exactly 0.5 is predicted 1",
                expected=1, actual=int(on_boundary[0]), help="use >= threshold, not >")


# --- ridge_classifier (Q214) ------------------------------------------------------------------

def ridge(attempt, X, y, alpha):
    coef, intercept = as_pair(attempt.ridge_classifier(X, y, alpha), "ridge_classifier(...)")
    return as_array(coef, "coef", shape=(X.shape[1],)), as_float(intercept, "intercept")


def test_ridge_classifier_known_answer(attempt):
    """x = 0, 1, 2, 3 with labels 0, 0, 1, 1 and alpha = 0 give coef [0.8], intercept -1.2"""
    coef, intercept = ridge(attempt, np.arange(4.0)[:, None], np.array([0.0, 0.0, 1.0, 1.0]), 0.0)
    assert_close(coef, np.array([0.8]), **SOLVER, what="coef",
                 help="fit the targets -1 / +1, not the labels 0 / 1")
    assert_close(intercept, -1.2, **SOLVER, what="intercept")


@st.composite
def ridge_problems(draw):
    X = draw(matrices((2, 15), (1, 4)))
    y = draw(hnp.arrays(np.float64, X.shape[0], elements=st.sampled_from([0.0, 1.0]))
             .filter(lambda v: 0 < v.sum() < len(v)))
    return X, y, draw(log_uniform(1e-2, 1e3))


@given(ridge_problems())
def test_ridge_classifier_matches_sklearn(attempt, problem):
    """ridge_classifier matches scikit-learn's RidgeClassifier coef_ (1-D) and intercept_"""
    X, y, alpha = problem
    coef, intercept = ridge(attempt, X, y, alpha)
    model = RidgeClassifier(alpha=alpha, solver="svd").fit(X, y)
    assert_close(coef, model.coef_, **SOLVER, what="coef",
                 help="map 0 / 1 to -1 / +1, centre X and the targets, solve the ridge system")
    assert_close(intercept, float(model.intercept_[0]), **SOLVER, what="intercept")


# --- contract ---------------------------------------------------------------------------------

def test_bad_input_raises(attempt):
    """labels other than 0/1, bad shapes, lr <= 0, l2 < 0, n_iter < 0 and alpha < 0 raise
    ValueError"""
    X, y = noisy_classes(seed=5, n=8, d=2)
    for name, call in (("fit_logistic", lambda X_, y_: attempt.fit_logistic(X_, y_, 0.1, 5)),
                       ("ridge_classifier", lambda X_, y_: attempt.ridge_classifier(X_, y_, 1.0))):
        with raises("ValueError", f"{name} with a label of 2"):
            call(X, np.where(y == 1, 2.0, 0.0))
        with raises("ValueError", f"{name} with labels -1 / +1"):
            call(X, 2 * y - 1)
        with raises("ValueError", f"{name} with 8 rows in X and 7 in y"):
            call(X, y[:7])
        with raises("ValueError", f"{name} with a 1-D X"):
            call(X[:, 0], y)
        with raises("ValueError", f"{name} with a 2-D y"):
            call(X, y[:, None])
    with raises("ValueError", "fit_logistic with lr = 0"):
        attempt.fit_logistic(X, y, 0.0, 5)
    with raises("ValueError", "fit_logistic with l2 = -0.1"):
        attempt.fit_logistic(X, y, 0.1, 5, -0.1)
    with raises("ValueError", "fit_logistic with n_iter = -1"):
        attempt.fit_logistic(X, y, 0.1, -1)
    with raises("ValueError", "ridge_classifier with alpha = -1"):
        attempt.ridge_classifier(X, y, -1.0)


def test_written_by_hand(attempt_source):
    """the model is written with NumPy, without scikit-learn or scipy.special.expit"""
    lines = import_lines(attempt_source, {"sklearn"})
    if lines:
        raise CheckFailure(f"the file imports scikit-learn (line {lines[0]})",
                           help="write the gradient descent and the ridge solve with NumPy")
    forbid_calls(attempt_source, {"scipy.special.expit"},
                 "writing a sigmoid that cannot overflow is part of the exercise")

