"""Hidden checks for ch08/loss_functions."""


import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SOLVER, CheckFailure, as_float, assert_close, assert_true, raises
from kit.strategies import finite_floats
from kit.style import import_lines
from scipy.special import expit
from sklearn.metrics import log_loss, mean_absolute_error, mean_squared_error

FD = {"rtol": 1e-4, "atol": 1e-7}
ZERO = 1e-9
LENGTHS = st.integers(1, 20)




@st.composite
def regression_pairs(draw):
    n = draw(LENGTHS)
    y = draw(hnp.arrays(np.float64, n, elements=finite_floats()))
    yhat = draw(hnp.arrays(np.float64, n, elements=finite_floats()))
    return y, yhat


def probabilities(lo=1e-6, exact_ends=False):
    inner = st.floats(lo, 1 - lo)
    return st.one_of(inner, st.sampled_from([0.0, 1.0])) if exact_ends else inner


@st.composite
def binary_problems(draw, exact_ends=False, soft=False):
    n = draw(LENGTHS)
    target = st.floats(0, 1) if soft else st.sampled_from([0.0, 1.0])
    y = draw(hnp.arrays(np.float64, n, elements=target))
    p = draw(hnp.arrays(np.float64, n, elements=probabilities(exact_ends=exact_ends)))
    return y, p


@st.composite
def categorical_problems(draw, exact_ends=False, soft=False):
    """(Y, P): one-hot (or soft) target rows and probability rows that sum to 1."""
    n, k = draw(st.integers(1, 12)), draw(st.integers(2, 5))
    if soft:
        Y = draw(hnp.arrays(np.float64, (n, k), elements=st.floats(0, 1)))
    else:
        labels = draw(hnp.arrays(np.int64, n, elements=st.integers(0, k - 1)))
        Y = np.eye(k)[labels]
    weights = draw(hnp.arrays(np.float64, (n, k), elements=st.floats(0.01, 1.0)))
    P = weights / weights.sum(axis=1, keepdims=True)
    if exact_ends:
        zeros = draw(hnp.arrays(np.bool_, (n, k)))
        P = np.where(zeros, 0.0, P)
    return Y, P


def loss(attempt, name, a, b, **kw):
    return as_float(getattr(attempt, name)(a, b, **kw), f"{name}(...)")


def bce_of_logits(attempt, y, z):
    return loss(attempt, "binary_cross_entropy", y, expit(z))


def test_known_regression_losses(attempt):
    """y = [1, 2, 3] and yhat = [2, 2, 1] give MSE 5/3 and MAE 1"""
    y, yhat = np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 1.0])
    assert_close(loss(attempt, "mse", y, yhat), 5 / 3, **SOLVER, what="mse(y, yhat)")
    assert_close(loss(attempt, "mae", y, yhat), 1.0, **SOLVER, what="mae(y, yhat)",
                 help="take the absolute value of each residual before averaging")


def test_known_cross_entropies(attempt):
    """small examples give the cross-entropies computed by hand"""
    bce = loss(attempt, "binary_cross_entropy", np.array([1.0, 0.0]), np.array([0.8, 0.4]))
    assert_close(bce, -(np.log(0.8) + np.log(0.6)) / 2, **SOLVER,
                 what="binary_cross_entropy([1, 0], [0.8, 0.4])",
                 help="a 0 label scores log(1 - p), a 1 label scores log(p); average over examples")
    Y = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    P = np.array([[0.7, 0.2, 0.1], [0.2, 0.3, 0.5]])
    assert_close(loss(attempt, "categorical_cross_entropy", Y, P),
                 -(np.log(0.7) + np.log(0.5)) / 2, **SOLVER,
                 what="categorical_cross_entropy(Y, P)",
                 help="sum -Y log P over the classes of a row, then average over the rows only")


@given(regression_pairs())
def test_regression_losses_match_sklearn(attempt, pair):
    """MSE and MAE match scikit-learn's mean_squared_error and mean_absolute_error"""
    y, yhat = pair
    assert_close(loss(attempt, "mse", y, yhat), mean_squared_error(y, yhat), **SOLVER,
                 what="mse(y, yhat)", help="average the squared residuals (no square root)")
    assert_close(loss(attempt, "mae", y, yhat), mean_absolute_error(y, yhat), **SOLVER,
                 what="mae(y, yhat)",
                 help="average the absolute residuals; the absolute value of the mean is different")


@given(binary_problems())
def test_binary_cross_entropy_matches_log_loss(attempt, problem):
    """binary cross-entropy matches scikit-learn's log_loss for probabilities in [1e-6, 1 - 1e-6]"""
    y, p = problem
    assert_close(loss(attempt, "binary_cross_entropy", y, p), log_loss(y, p, labels=[0, 1]),
                 **SOLVER, what="binary_cross_entropy(y, p)",
                 help="the loss is the mean over the examples, not the sum")


@given(categorical_problems())
def test_categorical_cross_entropy_matches_log_loss(attempt, problem):
    """categorical cross-entropy of one-hot targets matches scikit-learn's log_loss"""
    Y, P = problem
    expected = log_loss(Y.argmax(axis=1), P, labels=list(range(Y.shape[1])))
    assert_close(loss(attempt, "categorical_cross_entropy", Y, P), expected, **SOLVER,
                 what="categorical_cross_entropy(Y, P)",
                 help="sum over the classes of each row, then average over the n rows (not n * K)")


def test_probabilities_of_exactly_zero_or_one_stay_finite(attempt):
    """probabilities of exactly 0 or 1 give the finite clipped loss, using the eps given"""
    y, p = np.array([1.0, 0.0, 1.0, 0.0]), np.array([0.0, 1.0, 1.0, 0.0])
    expected = -(np.log(1e-12) + np.log(1e-12) + 2 * np.log1p(-1e-12)) / 4
    assert_close(loss(attempt, "binary_cross_entropy", y, p), expected, **SOLVER,
                 what="binary_cross_entropy(y, p) with p of exactly 0 and 1",
                 help="clip p to [eps, 1 - eps] on both sides before taking logs")
    assert_close(loss(attempt, "binary_cross_entropy", y[:2], p[:2], eps=1e-3), -np.log(1e-3),
                 **SOLVER, what="binary_cross_entropy(y, p, eps=1e-3)",
                 help="use the eps argument, not a constant of your own")
    Y, P = np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0, 0.0], [0.5, 0.5]])
    assert_close(loss(attempt, "categorical_cross_entropy", Y, P),
                 -(np.log(1e-12) + np.log(0.5)) / 2, **SOLVER,
                 what="categorical_cross_entropy(Y, P) with a 0 probability on the true class",
                 help="clip P to [eps, 1 - eps] before taking logs")


@given(regression_pairs(), binary_problems(), categorical_problems())
def test_perfect_predictions_cost_nothing(attempt, pair, binary, categorical):
    """perfect predictions give MSE and MAE of exactly 0 and cross-entropies of about 0"""
    y = pair[0]
    for name in ("mse", "mae"):
        value = loss(attempt, name, y, y.copy())
        assert_true(value == 0.0, f"{name}(y, y) is not exactly 0", expected=0.0, actual=value)
    labels = binary[0]
    bce = loss(attempt, "binary_cross_entropy", labels, labels.copy())
    assert_close(bce, 0.0, rtol=0, atol=ZERO, what="binary_cross_entropy(y, y) for 0/1 labels")
    Y = categorical[0]
    cce = loss(attempt, "categorical_cross_entropy", Y, Y.copy())
    assert_close(cce, 0.0, rtol=0, atol=ZERO, what="categorical_cross_entropy(Y, Y) for one-hot Y")


@given(regression_pairs(), binary_problems(exact_ends=True, soft=True),
       categorical_problems(exact_ends=True, soft=True))
def test_losses_are_nonnegative_and_mse_bounds_mae(attempt, pair, binary, categorical):
    """every loss is >= 0, and MSE >= MAE ** 2"""
    y, yhat = pair
    values = {"mse": loss(attempt, "mse", y, yhat), "mae": loss(attempt, "mae", y, yhat),
              "binary_cross_entropy": loss(attempt, "binary_cross_entropy", *binary),
              "categorical_cross_entropy": loss(attempt, "categorical_cross_entropy",
                                                *categorical)}
    for name, value in values.items():
        assert_true(value >= 0, f"{name} is negative or NaN", expected=">= 0", actual=value)
    assert_true(values["mse"] >= values["mae"] ** 2 * (1 - 1e-12),
                "MSE is smaller than MAE squared, which is impossible (Jensen's inequality)",
                expected=f">= {values['mae'] ** 2!r}", actual=values["mse"])


def test_best_constant_probability_is_the_positive_rate(attempt):
    """over a grid of constant predictions c, the cross-entropy is smallest at c = mean(y)"""
    grid = np.linspace(0.02, 0.98, 25)
    for y in (np.array([1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0]), np.array([0.0] * 9 + [1.0] * 2)):
        candidates = np.append(grid, y.mean())
        losses = np.array([loss(attempt, "binary_cross_entropy", y, np.full(len(y), c))
                           for c in candidates])
        best = candidates[np.argmin(losses)]
        assert_true(losses[-1] <= losses.min() + 1e-12,
                    f"for y = {y.tolist()} the constant prediction c = mean(y) should have the "
                    "lowest loss", expected=f"c = {y.mean()!r}",
                    actual=f"lowest loss at c = {best!r}")


@given(regression_pairs(), binary_problems(exact_ends=True, soft=True),
       categorical_problems(exact_ends=True, soft=True))
def test_matches_reference(attempt, reference, pair, binary, categorical):
    """all four losses match the reference, including soft targets and probabilities of 0 and 1"""
    for name, args in (("mse", pair), ("mae", pair), ("binary_cross_entropy", binary),
                       ("categorical_cross_entropy", categorical)):
        assert_close(loss(attempt, name, *args), getattr(reference, name)(*args), **SOLVER,
                     what=f"{name}(...)")


@given(hnp.arrays(np.float64, st.integers(1, 4), elements=st.floats(-8, 8)), st.data())
def test_derivative_in_the_logit_is_p_minus_y(attempt, z, data):
    """the derivative of the mean log loss with respect to each logit z[i] is (p[i] - y[i]) / n
    (Q229)"""
    y = data.draw(hnp.arrays(np.float64, len(z), elements=st.sampled_from([0.0, 1.0])), "y")
    h, n = 1e-5, len(z)
    numeric = np.empty(n)
    for i in range(n):
        step = np.zeros(n)
        step[i] = h
        numeric[i] = (bce_of_logits(attempt, y, z + step) - bce_of_logits(attempt, y, z - step)) / (
            2 * h)
    assert_close(numeric, (expit(z) - y) / n, **FD,
                 what="finite-difference derivative of binary_cross_entropy(y, sigmoid(z))",
                 help="the loss is a mean: each logit moves it by (p - y) / n")


def test_log_loss_hessian_is_positive_semidefinite(attempt):
    """the mean log loss is convex in the weights: its finite-difference Hessian equals
    X.T @ diag(p (1 - p)) @ X / n and has no negative eigenvalue (Q229)"""
    rng = np.random.default_rng(229)
    X = rng.standard_normal((30, 3))
    y = (rng.random(30) < 0.5).astype(float)
    w = rng.standard_normal(3)
    h, d = 1e-4, 3

    def f(v):
        return bce_of_logits(attempt, y, X @ v)

    numeric = np.empty((d, d))
    eye = np.eye(d) * h
    for i in range(d):
        for j in range(d):
            numeric[i, j] = (f(w + eye[i] + eye[j]) - f(w + eye[i] - eye[j])
                             - f(w - eye[i] + eye[j]) + f(w - eye[i] - eye[j])) / (4 * h * h)
    p = expit(X @ w)
    assert_close(numeric, X.T @ (X * (p * (1 - p))[:, None]) / 30, rtol=1e-4, atol=1e-5,
                 what="finite-difference Hessian of the log loss in w")
    smallest = float(np.linalg.eigvalsh((numeric + numeric.T) / 2).min())
    assert_true(smallest >= -1e-6, "the Hessian has a negative eigenvalue",
                expected=">= 0", actual=smallest)


@given(hnp.arrays(np.float64, (12, 3), elements=st.floats(-3, 3)),
       hnp.arrays(np.float64, 12, elements=st.sampled_from([0.0, 1.0])),
       hnp.arrays(np.float64, 3, elements=st.floats(-3, 3)),
       hnp.arrays(np.float64, 3, elements=st.floats(-3, 3)))
def test_log_loss_is_convex_in_the_weights(attempt, X, y, w1, w2):
    """the log loss at the midpoint of two weight vectors is at most the average of their losses
    (Q229)"""
    mid = bce_of_logits(attempt, y, X @ ((w1 + w2) / 2))
    chord = (bce_of_logits(attempt, y, X @ w1) + bce_of_logits(attempt, y, X @ w2)) / 2
    assert_true(mid <= chord + 1e-12 * (1 + abs(chord)),
                "the loss at the midpoint is above the chord, so it is not convex",
                expected=f"<= {chord!r}", actual=mid)


def test_bad_input_raises(attempt):
    """length mismatches, wrong dimensions, empty inputs and values outside [0, 1] raise
    ValueError"""
    a3, a2 = np.array([0.0, 1.0, 0.5]), np.array([0.0, 1.0])
    for name in ("mse", "mae", "binary_cross_entropy"):
        with raises("ValueError", f"{name} with lengths 3 and 2"):
            getattr(attempt, name)(a3, a2)
        with raises("ValueError", f"{name} with lengths 3 and 1"):
            getattr(attempt, name)(a3, a3[:1])
        with raises("ValueError", f"{name} with 2-D inputs"):
            getattr(attempt, name)(a3[:, None], a3[:, None])
        with raises("ValueError", f"{name} with empty inputs"):
            getattr(attempt, name)(np.array([]), np.array([]))
    with raises("ValueError", "binary_cross_entropy with p = 1.5"):
        attempt.binary_cross_entropy(a2, np.array([0.5, 1.5]))
    with raises("ValueError", "binary_cross_entropy with p = -0.1"):
        attempt.binary_cross_entropy(a2, np.array([-0.1, 0.5]))
    with raises("ValueError", "binary_cross_entropy with a target of 2"):
        attempt.binary_cross_entropy(np.array([2.0, 0.0]), np.array([0.5, 0.5]))
    Y, P = np.eye(3), np.full((3, 3), 1 / 3)
    with raises("ValueError", "categorical_cross_entropy with shapes (3, 3) and (3, 2)"):
        attempt.categorical_cross_entropy(Y, P[:, :2])
    with raises("ValueError", "categorical_cross_entropy with shapes (3, 3) and (2, 3)"):
        attempt.categorical_cross_entropy(Y, P[:2])
    with raises("ValueError", "categorical_cross_entropy with 1-D inputs"):
        attempt.categorical_cross_entropy(Y[0], P[0])
    with raises("ValueError", "categorical_cross_entropy with no rows"):
        attempt.categorical_cross_entropy(np.zeros((0, 3)), np.zeros((0, 3)))
    with raises("ValueError", "categorical_cross_entropy with a probability of 1.2"):
        attempt.categorical_cross_entropy(Y, np.where(np.eye(3) > 0, 1.2, -0.1))
    with raises("ValueError", "categorical_cross_entropy with a target of -1"):
        attempt.categorical_cross_entropy(-Y, P)


def test_does_not_use_scikit_learn(attempt_source):
    """the losses are written by hand, without importing scikit-learn"""
    lines = import_lines(attempt_source, {"sklearn"})
    if lines:
        raise CheckFailure(f"the file imports scikit-learn (line {lines[0]})",
                           help="compute the losses with NumPy: that is the exercise")


def test_categorical_clips_probabilities_of_one_to_one_minus_eps(attempt):
    """categorical_cross_entropy clips P from above too: with eps=1e-3, a P equal to the one-hot
    Y costs -log(1 - 1e-3), not 0"""
    Y = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    assert_close(loss(attempt, "categorical_cross_entropy", Y, Y.copy(), eps=1e-3),
                 -np.log1p(-1e-3), **SOLVER,
                 what="categorical_cross_entropy(Y, Y, eps=1e-3)",
                 help="clip P to [eps, 1 - eps] on both sides before taking logs")


def test_zero_dimensional_input_raises(attempt):
    """a 0-D y, yhat or p (a single number instead of a 1-D array) raises ValueError"""
    a2, scalar = np.array([0.0, 1.0]), np.array(0.5)
    for name in ("mse", "mae", "binary_cross_entropy"):
        with raises("ValueError", f"{name} with a 0-D first argument"):
            getattr(attempt, name)(scalar, a2)
        with raises("ValueError", f"{name} with a 0-D second argument"):
            getattr(attempt, name)(a2, scalar)
