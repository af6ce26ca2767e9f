"""Hidden checks for ch03/stable_ufuncs."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_close, assert_true, forbid_calls, no_float_errors, raises
from kit.arrays import float_arrays, shapes
from scipy import special

CLOSE = {"rtol": 1e-9, "atol": 1e-12}
IDENTITY = {"rtol": 1e-9, "atol": 1e-9}
SHAPES = shapes(min_dims=0, max_dims=3, min_side=1, max_side=4)
BIG = float_arrays(SHAPES, bound=1e4)


def close(actual, expected, **kwargs):
    """assert_close on arrays, 0-d ones included (results were type-checked when received)."""
    assert_close(np.asarray(actual, dtype=float), np.asarray(expected, dtype=float), **kwargs)


def elementwise(attempt, fn, x):
    out = getattr(attempt, fn)(x)
    if isinstance(out, float) and np.ndim(x) == 0:  # ufuncs turn 0-d results into scalars
        out = np.asarray(out)
    return as_array(out, f"{fn}(x)", shape=np.shape(x), kind="f")


def reduced(attempt, x, axis, keepdims=False):
    """logsumexp's result as an array of the shape np.sum would give (a float is fine for 0-d)."""
    out = attempt.logsumexp(x, axis, keepdims)
    if isinstance(out, float):
        out = np.asarray(out)
    shape = np.sum(x, axis=axis, keepdims=keepdims).shape
    return as_array(out, f"logsumexp(x, axis={axis}, keepdims={keepdims})", shape=shape, kind="f")


def test_known_answers(attempt):
    """sigmoid(0) = 0.5, softplus(0) = log 2, logsumexp([0, 0]) = log 2"""
    close(elementwise(attempt, "sigmoid", np.array([0.0])), np.array([0.5]), **CLOSE,
                 what="sigmoid(0)")
    close(elementwise(attempt, "softplus", np.array([0.0])), np.array([np.log(2)]),
                 **CLOSE, what="softplus(0)")
    close(reduced(attempt, np.array([0.0, 0.0]), None), np.array(np.log(2)), **CLOSE,
                 what="logsumexp([0, 0])")


def test_extreme_inputs(attempt):
    """at x = +-1e4 sigmoid gives 1 and 0, softplus gives 1e4 and 0, and nothing is NaN or inf"""
    x = np.array([-1e4, -800.0, -30.0, 30.0, 800.0, 1e4])
    close(elementwise(attempt, "sigmoid", x), special.expit(x), **CLOSE, what="sigmoid(x)",
                 help="exp(-x) overflows for x = -1e4 and exp(x) for x = 1e4: only ever take "
                      "exp of -|x|")
    close(elementwise(attempt, "softplus", x), np.logaddexp(0.0, x), **CLOSE,
                 what="softplus(x)", help="log(1 + e^x) = max(x, 0) + log1p(e^-|x|)")
    out = reduced(attempt, np.array([1e4, 1e4 - 1.0]), None)
    close(out, np.array(special.logsumexp([1e4, 1e4 - 1.0])), **CLOSE,
                 what="logsumexp([1e4, 1e4 - 1])", help="subtract the maximum before exp")


@given(BIG)
def test_sigmoid_and_softplus_match_scipy(attempt, x):
    """sigmoid equals scipy's expit and softplus equals np.logaddexp(0, x), shapes kept"""
    s = elementwise(attempt, "sigmoid", x)
    close(s, special.expit(x), **CLOSE, what="sigmoid(x)")
    assert_true(bool(np.all((s >= 0) & (s <= 1))), "sigmoid left [0, 1]", expected="[0, 1]",
                actual=s)
    close(elementwise(attempt, "softplus", x), np.logaddexp(0.0, x), **CLOSE,
                 what="softplus(x)")


@given(BIG)
def test_symmetry_identities(attempt, x):
    """sigmoid(-x) = 1 - sigmoid(x) and softplus(x) - softplus(-x) = x"""
    close(elementwise(attempt, "sigmoid", -x), 1.0 - elementwise(attempt, "sigmoid", x),
                 **IDENTITY, what="sigmoid(-x) vs 1 - sigmoid(x)")
    close(elementwise(attempt, "softplus", x) - elementwise(attempt, "softplus", -x), x,
                 **IDENTITY, what="softplus(x) - softplus(-x)")


@given(BIG.filter(lambda x: x.ndim >= 1), st.data())
def test_logsumexp_matches_scipy(attempt, reference, x, data):
    """logsumexp equals scipy's over every axis, with and without keepdims, and is >= the max"""
    axis = data.draw(st.sampled_from([None, *range(-x.ndim, x.ndim)]), label="axis")
    keepdims = data.draw(st.booleans(), label="keepdims")
    out = reduced(attempt, x, axis, keepdims)
    expected = np.asarray(special.logsumexp(x, axis=axis, keepdims=keepdims))
    close(out, expected, **CLOSE, what=f"logsumexp(x, axis={axis}, keepdims={keepdims})",
                 help="m = max over the axis (keepdims=True), then log(sum(exp(x - m))) + m")
    ref = np.asarray(reference.logsumexp(x, axis, keepdims))
    close(out, ref, **CLOSE, what="logsumexp vs reference")
    assert_true(bool(np.all(out >= np.max(x, axis=axis, keepdims=keepdims) - 1e-9)),
                "logsumexp is below the maximum", expected=">= max(x)", actual=out)
    shifted = reduced(attempt, x + 5.0, axis, keepdims)
    close(shifted, out + 5.0, **IDENTITY, what="logsumexp(x + 5) vs logsumexp(x) + 5")


def test_logsumexp_defaults(attempt):
    """without axis and keepdims, logsumexp reduces every entry to a scalar; with an axis only, the
    axis is dropped"""
    x = np.array([[0.0, 1.0, 2.0], [3.0, -1.0, 0.5]])
    out = attempt.logsumexp(x)
    close(as_array(np.asarray(out, dtype=float), "logsumexp(x)", shape=()), special.logsumexp(x),
          **CLOSE, what="logsumexp(x)", help="keepdims defaults to False: the result is 0-d")
    out = as_array(attempt.logsumexp(x, 1), "logsumexp(x, 1)", shape=(2,), kind="f")
    close(out, special.logsumexp(x, axis=1), **CLOSE, what="logsumexp(x, 1)")


def test_minus_infinity_entries(attempt):
    """-inf entries contribute nothing, and an all -inf row gives -inf"""
    x = np.array([[0.0, -np.inf], [-np.inf, -np.inf]])
    out = reduced(attempt, x, 1)
    close(out, np.array([0.0, -np.inf]), **CLOSE, what="logsumexp(x, axis=1)",
                 help="shifting by a maximum of -inf gives nan: shift such rows by 0")


@given(BIG.filter(lambda x: x.ndim >= 1), st.data())
def test_log_softmax_matches_scipy(attempt, x, data):
    """log_softmax equals scipy's and exponentiates to rows that sum to 1"""
    axis = data.draw(st.integers(-x.ndim, x.ndim - 1), label="axis")
    out = as_array(attempt.log_softmax(x, axis), f"log_softmax(x, {axis})", shape=x.shape,
                   kind="f")
    close(out, special.log_softmax(x, axis=axis), **IDENTITY, what=f"log_softmax(x, {axis})",
                 help="x - logsumexp(x, axis, keepdims=True)")
    close(np.exp(out).sum(axis=axis), np.ones(np.sum(x, axis=axis).shape), **IDENTITY,
                 what="sum of exp(log_softmax)")


def test_log_softmax_of_huge_logits(attempt):
    """log-softmax of logits [1e4, 0] is [0, -1e4], where log(softmax) would give -inf"""
    out = as_array(attempt.log_softmax(np.array([1e4, 0.0])), "log_softmax([1e4, 0])",
                   shape=(2,), kind="f")
    close(out, np.array([0.0, -1e4]), **CLOSE, what="log_softmax([1e4, 0])",
                 help="never exponentiate unshifted logits")


def test_safe_log(attempt):
    """safe_log clips at eps: log of [0, 1e-20, 0.5, 1] is [log eps, log eps, log 0.5, 0]"""
    p = np.array([0.0, 1e-20, 0.5, 1.0])
    out = elementwise(attempt, "safe_log", p)
    close(out, np.log(np.maximum(p, 1e-12)), **CLOSE, what="safe_log(p)",
                 help="log(max(p, eps)) never returns -inf")
    out = as_array(attempt.safe_log(p, 1e-3), "safe_log(p, 1e-3)", shape=(4,), kind="f")
    close(out, np.log(np.maximum(p, 1e-3)), **CLOSE, what="safe_log(p, eps=1e-3)")


def test_bad_input_raises(attempt):
    """an out-of-range axis raises AxisError and a negative probability ValueError"""
    x = np.ones((2, 3))
    with raises("AxisError", "logsumexp(x, axis=2) for a 2-D x"):
        attempt.logsumexp(x, 2)
    with raises("AxisError", "log_softmax(x, axis=-3) for a 2-D x"):
        attempt.log_softmax(x, -3)
    with raises("ValueError", "safe_log([0.5, -0.1])"):
        attempt.safe_log(np.array([0.5, -0.1]))


def test_no_scipy_special(attempt_source):
    """the functions are written with NumPy, without scipy.special"""
    forbid_calls(attempt_source, {f"special.{f}" for f in (
        "expit", "logsumexp", "log_softmax", "softmax", "log_expit", "softplus")},
        "write the stable formulas yourself with np.exp, np.log1p, np.max and np.where")


EXTREMES = np.array([-1e4, -800.0, -30.0, 0.0, 30.0, 800.0, 1e4])


@given(BIG)
def test_no_overflow_or_invalid_value(attempt, x):
    """under np.errstate(over='raise', invalid='raise') nothing overflows or makes a NaN for |x| up to 1e4"""
    for x_ in (EXTREMES, x):
        calls = [("sigmoid", x_), ("softplus", x_), ("logsumexp", x_, None, False)]
        if x_.ndim:
            calls.append(("log_softmax", x_, -1))
        for name, *args in calls:
            no_float_errors(attempt, name, *args,
                            help="np.where evaluates both branches, so an exp that overflows in the "
                                 "branch you discard still overflows: only ever take exp of -|x|")
