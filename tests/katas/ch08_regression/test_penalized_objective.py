"""Hidden checks for ch08/penalized_objective."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import SAME, as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.strategies import finite_floats, log_uniform, matrices, seeded_regression
from scipy.optimize import check_grad
from sklearn.linear_model import ElasticNet, Lasso, Ridge
from sklearn.metrics import mean_squared_error

KINDS = st.sampled_from(["l2", "l1", "elasticnet"])
ALPHAS = log_uniform(1e-3, 1e2)
RATIOS = st.floats(0.0, 1.0)
TIGHT = {"tol": 1e-12, "max_iter": 1_000_000}


@st.composite
def objective_inputs(draw, min_abs_w=0.0):
    """(w, b, X, y) with matching shapes; every |w_j| >= min_abs_w when it is positive."""
    X = draw(matrices(rows=(1, 12), cols=(1, 5)))
    n, d = X.shape
    y = draw(hnp.arrays(np.float64, n, elements=finite_floats()))
    if min_abs_w > 0:
        sizes = draw(hnp.arrays(np.float64, d, elements=st.floats(min_abs_w, 10.0)))
        signs = draw(hnp.arrays(np.float64, d, elements=st.sampled_from([-1.0, 1.0])))
        w = sizes * signs
    else:
        w = draw(hnp.arrays(np.float64, d, elements=finite_floats()))
    b = draw(finite_floats())
    return w, b, X, y


def loss(attempt, w, b, X, y, alpha, kind, l1_ratio=0.5):
    return as_float(attempt.penalized_loss(w, b, X, y, alpha, kind, l1_ratio),
                    "penalized_loss(...)")


def grad(attempt, w, b, X, y, alpha, kind, l1_ratio=0.5):
    grad_w, grad_b = as_pair(attempt.penalized_grad(w, b, X, y, alpha, kind, l1_ratio),
                             "penalized_grad(...)")
    return as_array(grad_w, "grad_w", shape=w.shape), as_float(grad_b, "grad_b")


# A 2 x 2 example worked by hand: r = y - X w - b = [2, 4], data term (4 + 16) / 4 = 5,
# ||w||_1 = 1.5, ||w||^2 = 1.25, -X.T r / n = [-7, -10], grad_b = -mean(r) = -3.
X_HAND, Y_HAND = np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1.0, 2.0])
W_HAND, B_HAND, ALPHA_HAND = np.array([0.5, -1.0]), 0.5, 2.0


def test_known_loss(attempt):
    """a 2 x 2 example worked by hand gives 6.25 (l2), 8.0 (l1) and 7.125 (elasticnet, ratio 0.5)"""
    for kind, expected in (("l2", 6.25), ("l1", 8.0), ("elasticnet", 7.125)):
        value = loss(attempt, W_HAND, B_HAND, X_HAND, Y_HAND, ALPHA_HAND, kind, 0.5)
        assert_close(value, expected, **SAME, what=f"penalized_loss with kind={kind!r}",
                     help="data term ||r||^2 / (2n); penalty alpha * l1_ratio * ||w||_1 + "
                          "alpha * (1 - l1_ratio) / 2 * ||w||^2")


def test_known_gradient(attempt):
    """the same example has gradients [-6, -12] (l2), [-5, -12] (l1), [-5.5, -12] (elasticnet) and
    grad_b = -3"""
    for kind, expected in (("l2", [-6.0, -12.0]), ("l1", [-5.0, -12.0]),
                           ("elasticnet", [-5.5, -12.0])):
        grad_w, grad_b = grad(attempt, W_HAND, B_HAND, X_HAND, Y_HAND, ALPHA_HAND, kind, 0.5)
        assert_close(grad_w, np.array(expected), **SAME, what=f"grad_w with kind={kind!r}",
                     help="grad_w = -X.T @ r / n + alpha * l1_ratio * sign(w) "
                          "+ alpha * (1 - l1_ratio) * w")
        assert_close(grad_b, -3.0, **SAME, what=f"grad_b with kind={kind!r}",
                     help="grad_b = -mean(r): the intercept is not penalised")


def test_l1_ratio_defaults_to_one_half(attempt):
    """with kind='elasticnet' and l1_ratio left out, the hand example is the l1_ratio 0.5 one"""
    args = (W_HAND, B_HAND, X_HAND, Y_HAND, ALPHA_HAND, "elasticnet")
    value = as_float(attempt.penalized_loss(*args), "penalized_loss(...) without l1_ratio")
    assert_close(value, 7.125, **SAME, what="penalized_loss with l1_ratio left at its default",
                 help="l1_ratio defaults to 0.5")
    grad_w, grad_b = as_pair(attempt.penalized_grad(*args), "penalized_grad(...) without l1_ratio")
    assert_close(as_array(grad_w, "grad_w", shape=(2,)), np.array([-5.5, -12.0]), **SAME,
                 what="grad_w with l1_ratio left at its default", help="l1_ratio defaults to 0.5")


@given(objective_inputs(), KINDS, RATIOS)
def test_alpha_zero_is_half_the_mse(attempt, inputs, kind, l1_ratio):
    """with alpha = 0 the objective is half of scikit-learn's mean squared error"""
    w, b, X, y = inputs
    expected = mean_squared_error(y, X @ w + b) / 2
    assert_close(loss(attempt, w, b, X, y, 0.0, kind, l1_ratio), expected, **SAME,
                 what="penalized_loss at alpha=0",
                 help="the data term is ||y - X w - b||^2 / (2n): mean, and halved")


@given(objective_inputs(min_abs_w=0.05), ALPHAS, KINDS, RATIOS)
def test_gradient_matches_finite_differences(attempt, inputs, alpha, kind, l1_ratio):
    """the gradient agrees with scipy's finite-difference check_grad away from w_j = 0"""
    w, b, X, y = inputs
    d = len(w)

    def f(theta):
        return loss(attempt, theta[:d], float(theta[d]), X, y, alpha, kind, l1_ratio)

    def g(theta):
        grad_w, grad_b = grad(attempt, theta[:d], float(theta[d]), X, y, alpha, kind, l1_ratio)
        return np.append(grad_w, grad_b)

    theta = np.append(w, b)
    error = check_grad(f, g, theta)
    limit = 1e-5 * (1 + np.linalg.norm(g(theta)))
    assert_true(error <= limit, "the gradient disagrees with finite differences of the loss",
                expected=f"difference <= {limit:.3g}", actual=f"difference {error:.3g}",
                help="differentiate the same objective you return: -X.T @ r / n for the data "
                     "term, -mean(r) for b")


@given(objective_inputs(), ALPHAS, RATIOS)
def test_l1_and_l2_are_elastic_net_extremes(attempt, inputs, alpha, l1_ratio):
    """kind 'l2' is elasticnet with l1_ratio 0 and kind 'l1' is elasticnet with l1_ratio 1,
    whatever the l1_ratio argument says"""
    w, b, X, y = inputs
    for kind, ratio in (("l2", 0.0), ("l1", 1.0)):
        assert_close(loss(attempt, w, b, X, y, alpha, kind, l1_ratio),
                     loss(attempt, w, b, X, y, alpha, "elasticnet", ratio), **SAME,
                     what=f"penalized_loss with kind={kind!r}, l1_ratio={l1_ratio}",
                     help="for 'l1' and 'l2' ignore the l1_ratio argument")
        assert_close(grad(attempt, w, b, X, y, alpha, kind, l1_ratio)[0],
                     grad(attempt, w, b, X, y, alpha, "elasticnet", ratio)[0], **SAME,
                     what=f"grad_w with kind={kind!r}, l1_ratio={l1_ratio}")


@given(objective_inputs(), ALPHAS, KINDS, RATIOS, finite_floats())
def test_intercept_is_not_penalised(attempt, inputs, alpha, kind, l1_ratio, b2):
    """the penalty does not depend on b, and grad_b does not depend on alpha"""
    w, b, X, y = inputs
    penalty = [loss(attempt, w, bb, X, y, alpha, kind, l1_ratio)
               - loss(attempt, w, bb, X, y, 0.0, kind, l1_ratio) for bb in (b, b2)]
    scale = 1 + abs(loss(attempt, w, b, X, y, alpha, kind, l1_ratio))
    assert_close(penalty[1], penalty[0], rtol=0, atol=1e-9 * scale,
                 what=f"the penalty (loss minus loss at alpha=0) at b={b2} vs at b={b}",
                 help="penalise w only: the intercept stays out of the penalty")
    assert_close(grad(attempt, w, b, X, y, alpha, kind, l1_ratio)[1],
                 grad(attempt, w, b, X, y, 0.0, kind, l1_ratio)[1], **SAME,
                 what="grad_b with alpha vs without")


@given(objective_inputs(), st.lists(ALPHAS, min_size=2, max_size=5), KINDS, RATIOS)
def test_loss_grows_with_alpha(attempt, inputs, alphas, kind, l1_ratio):
    """for fixed w and b the objective never decreases as alpha grows"""
    w, b, X, y = inputs
    alphas = sorted(alphas)
    values = np.array([loss(attempt, w, b, X, y, a, kind, l1_ratio) for a in alphas])
    drops = np.diff(values) < -1e-9 * (1 + np.abs(values[:-1]))
    assert_true(not drops.any(), "the objective decreased when alpha grew",
                expected="non-decreasing values", actual=values,
                help="the penalty is alpha times a non-negative quantity")


@given(objective_inputs(), ALPHAS, KINDS, RATIOS)
def test_matches_reference(attempt, reference, inputs, alpha, kind, l1_ratio):
    """loss and gradient match the reference solution on generated inputs"""
    w, b, X, y = inputs
    w = np.where(np.abs(w) < 1.0, 0.0, w)  # exercise the kink w_j = 0 as well
    assert_close(loss(attempt, w, b, X, y, alpha, kind, l1_ratio),
                 reference.penalized_loss(w, b, X, y, alpha, kind, l1_ratio), **SAME,
                 what="penalized_loss(...)")
    grad_w, grad_b = grad(attempt, w, b, X, y, alpha, kind, l1_ratio)
    expected_w, expected_b = reference.penalized_grad(w, b, X, y, alpha, kind, l1_ratio)
    assert_close(grad_w, expected_w, **SAME, what="grad_w",
                 help="at w_j = 0 the L1 subgradient is 0 (np.sign(0) == 0)")
    assert_close(grad_b, expected_b, **SAME, what="grad_b")


def test_subgradient_is_zero_at_the_kink(attempt):
    """where w_j = 0 the L1 term contributes nothing: the gradient there is the data term's"""
    X, y, _ = seeded_regression(20, 4, seed=11)
    w, b = np.array([0.0, 1.5, 0.0, -2.0]), 0.3
    data_grad = -X.T @ (y - X @ w - b) / len(y)
    grad_w, _ = grad(attempt, w, b, X, y, 0.7, "l1")
    expected = data_grad + 0.7 * np.array([0.0, 1.0, 0.0, -1.0])
    assert_close(grad_w, expected, **SAME, what="grad_w for kind='l1'",
                 help="take sign(0) = 0: np.sign does this, np.where(w >= 0, 1, -1) does not")


def _sklearn_minimisers(X, y, alpha):
    n = len(y)
    ridge = Ridge(alpha=n * alpha).fit(X, y)
    lasso = Lasso(alpha=alpha, **TIGHT).fit(X, y)
    enet = ElasticNet(alpha=alpha, l1_ratio=0.3, **TIGHT).fit(X, y)
    return [("l2", 0.5, ridge), ("l1", 0.5, lasso), ("elasticnet", 0.3, enet)]


def test_gradient_vanishes_at_the_sklearn_minimiser(attempt):
    """at the minimiser found by scikit-learn (Ridge(n * alpha), Lasso, ElasticNet) zero is a
    subgradient"""
    X, y, _ = seeded_regression(40, 6, seed=12, coef=np.array([2.0, -1.5, 0.0, 0.0, 0.4, 0.0]),
                                noise=0.5)
    for alpha in (0.05, 0.3):
        for kind, ratio, model in _sklearn_minimisers(X, y, alpha):
            w, b = model.coef_, float(model.intercept_)
            grad_w, grad_b = grad(attempt, w, b, X, y, alpha, kind, ratio)
            where = f"{kind!r} at alpha={alpha}"
            assert_close(grad_b, 0.0, rtol=0, atol=1e-6, what=f"grad_b at the minimiser, {where}")
            nonzero = w != 0
            assert_close(grad_w[nonzero], np.zeros(nonzero.sum()), rtol=0, atol=1e-6,
                         what=f"grad_w on the non-zero coefficients of the minimiser, {where}",
                         help="check the scaling: (1/2n) on the data term and alpha / 2 on "
                              "||w||^2, as in scikit-learn's ElasticNet")
            bound = alpha * {"l2": 0.0, "l1": 1.0}.get(kind, ratio)
            assert_true(bool(np.all(np.abs(grad_w[~nonzero]) <= bound + 1e-6)),
                        f"|grad_w| exceeds alpha * l1_ratio on a zero coefficient, {where}",
                        expected=f"|grad_w[j]| <= {bound:g} where w_j = 0",
                        actual=grad_w[~nonzero],
                        help="at w_j = 0 the gradient is the data term's alone")
    assert_true(bool(np.any(Lasso(alpha=0.3, **TIGHT).fit(X, y).coef_ == 0)),
                "the check's lasso minimiser should have zero coefficients")


def test_bad_input_raises(attempt):
    """negative alpha, an unknown kind, l1_ratio outside [0, 1], mismatched shapes and a 2-D y or w
    raise ValueError"""
    X, y, _ = seeded_regression(6, 3, seed=13)
    w = np.ones(3)
    for fn in ("penalized_loss", "penalized_grad"):
        call = getattr(attempt, fn)
        with raises("ValueError", f"{fn} with alpha=-1"):
            call(w, 0.0, X, y, -1.0, "l2")
        with raises("ValueError", f"{fn} with kind='l3'"):
            call(w, 0.0, X, y, 1.0, "l3")
        with raises("ValueError", f"{fn} with kind='elasticnet' and l1_ratio=1.5"):
            call(w, 0.0, X, y, 1.0, "elasticnet", 1.5)
        with raises("ValueError", f"{fn} with kind='elasticnet' and l1_ratio=-0.1"):
            call(w, 0.0, X, y, 1.0, "elasticnet", -0.1)
        with raises("ValueError", f"{fn} with 6 rows in X and 5 in y"):
            call(w, 0.0, X, y[:5], 1.0, "l1")
        with raises("ValueError", f"{fn} with 3 columns in X and 2 weights"):
            call(w[:2], 0.0, X, y, 1.0, "l1")
        with raises("ValueError", f"{fn} with a 1-D X"):
            call(w[:1], 0.0, X[:, 0], y, 1.0, "l2")
        with raises("ValueError", f"{fn} with y of shape (6, 1)"):
            call(w, 0.0, X, y[:, None], 1.0, "l2")
        with raises("ValueError", f"{fn} with w of shape (3, 1)"):
            call(w[:, None], 0.0, X, y, 1.0, "l2")
