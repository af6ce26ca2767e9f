"""Hidden checks for ch03/axes_reordering."""

import ast

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, as_pair, assert_close, assert_true, memory_facts, raises
from kit.arrays import float_arrays, matrices, shapes

CLOSE = {"rtol": 1e-9, "atol": 1e-9}
FD = {"rtol": 1e-6, "atol": 1e-6}
BATCHES = float_arrays(shapes(min_dims=4, max_dims=4, max_side=3))
ARRAYS = float_arrays(shapes(min_dims=1, max_dims=5, max_side=3))
BANNED = ("moveaxis", "swapaxes", "rollaxis")


def reordered(attempt, fn, a, *args, expected):
    """Call fn, compare with NumPy's result exactly, and require a view of a."""
    facts = memory_facts(attempt, fn, a, *args)
    what = f"{fn}(a, {', '.join(map(repr, args))}) for a of shape {a.shape}"
    assert_true(facts.get("is_array", False), f"{what} must return a numpy.ndarray",
                expected="numpy.ndarray", actual=type(facts.get("result")).__name__)
    out = as_array(facts["result"], what, shape=expected.shape)
    assert_true(bool(np.array_equal(out, expected)), f"{what} has the wrong values",
                expected=expected, actual=out,
                help="axis k of the result is axis order[k] of the input")
    if a.size:
        assert_true(facts["shares_memory"][0], f"{what} is a copy, not a view",
                    expected="a view (transpose)", actual="a copy",
                    help="transpose only changes strides; reshape or np.array(...) can copy")
    return out


def test_known_channels(attempt):
    """a (2, 3, 4, 5) NHWC batch becomes (2, 5, 3, 4) with out[n, c, h, w] == x[n, h, w, c]"""
    x = np.arange(120.0).reshape(2, 3, 4, 5)
    out = reordered(attempt, "to_channels_first", x, expected=np.transpose(x, (0, 3, 1, 2)))
    assert_true(out[1, 4, 2, 3] == x[1, 2, 3, 4], "out[1, 4, 2, 3] != x[1, 2, 3, 4]",
                expected=x[1, 2, 3, 4], actual=out[1, 4, 2, 3])


@given(BATCHES)
def test_channels_round_trip(attempt, x):
    """to_channels_first and to_channels_last are views, inverse to each other"""
    first = reordered(attempt, "to_channels_first", x, expected=np.transpose(x, (0, 3, 1, 2)))
    reordered(attempt, "to_channels_last", first, expected=x)


@given(ARRAYS, st.data())
def test_permute_matches_np_transpose(attempt, a, data):
    """permute equals np.transpose for every permutation of 1-5-D arrays; None reverses the
    axes"""
    axes = tuple(data.draw(st.permutations(range(a.ndim)), label="axes"))
    if data.draw(st.booleans(), label="negative axes"):
        axes = tuple(ax - a.ndim for ax in axes)
    reordered(attempt, "permute", a, axes, expected=np.transpose(a, axes))
    reordered(attempt, "permute", a, None, expected=a.T)


def test_move_axis_every_pair(attempt):
    """move_axis matches np.moveaxis for every (src, dst) pair on a (2, 3, 4, 5) array"""
    x = np.arange(120.0).reshape(2, 3, 4, 5)
    for src in range(4):
        for dst in range(4):
            reordered(attempt, "move_axis", x, src, dst, expected=np.moveaxis(x, src, dst))


@given(BATCHES, st.integers(-4, 3), st.integers(-4, 3))
def test_move_axis_matches_np_moveaxis(attempt, x, src, dst):
    """move_axis matches np.moveaxis on 4-D arrays, negative axes included"""
    reordered(attempt, "move_axis", x, src, dst, expected=np.moveaxis(x, src, dst))


@given(float_arrays(shapes(min_dims=3, max_dims=3, max_side=3)))
def test_swap_axes(attempt, a):
    """swapping axes 1 and 2 leaves axis 0 alone, and swapping twice is the identity"""
    once = reordered(attempt, "swap", a, 1, 2, expected=np.swapaxes(a, 1, 2))
    reordered(attempt, "swap", once, 2, 1, expected=a)
    reordered(attempt, "swap", a, 0, -1, expected=np.swapaxes(a, 0, -1))


def test_bad_axes_raise(attempt):
    """channel helpers need 4-D input; out-of-range axes raise AxisError; repeated axes
    ValueError"""
    x = np.zeros((2, 3, 4))
    for fn in ("to_channels_first", "to_channels_last"):
        with raises("ValueError", f"{fn} with a 3-D array"):
            getattr(attempt, fn)(x)
    with raises("AxisError", "permute(a, (0, 1, 3)) for a 3-D array"):
        attempt.permute(x, (0, 1, 3))
    with raises("ValueError", "permute(a, (0, 0, 1)) with a repeated axis"):
        attempt.permute(x, (0, 0, 1))
    with raises("ValueError", "permute(a, (1, 0)) for a 3-D array"):
        attempt.permute(x, (1, 0))
    with raises("AxisError", "move_axis(a, 3, 0) for a 3-D array"):
        attempt.move_axis(x, 3, 0)
    with raises("AxisError", "move_axis(a, 0, -4) for a 3-D array"):
        attempt.move_axis(x, 0, -4)
    with raises("AxisError", "swap(a, 0, 5) for a 3-D array"):
        attempt.swap(x, 0, 5)


def test_no_numpy_axis_movers(attempt_source):
    """the helpers use explicit permutations, not np.moveaxis, np.swapaxes or np.rollaxis"""
    used = sorted({(n.lineno, n.attr) for n in ast.walk(ast.parse(attempt_source))
                   if isinstance(n, ast.Attribute) and n.attr in BANNED}
                  | {(n.lineno, a.name) for n in ast.walk(ast.parse(attempt_source))
                     if isinstance(n, ast.ImportFrom) for a in n.names if a.name in BANNED})
    assert_true(not used, "the kata asks you not to use " + ", ".join(
        f"{name} (line {line})" for line, name in used), expected="transpose with a permutation",
        actual=used, help="build the order list yourself and call a.transpose(order)")


# --- dense_grads ----------------------------------------------------------------------------


def grads(attempt, X, W, dY):
    dX, dW = as_pair(attempt.dense_grads(X, W, dY), "dense_grads(X, W, dY)")
    return (as_array(dX, "dX", shape=X.shape, kind="f"),
            as_array(dW, "dW", shape=W.shape, kind="f"))


def layer_problems():
    return st.tuples(st.integers(1, 5), st.integers(1, 5), st.integers(1, 5)).flatmap(
        lambda s: st.tuples(matrices((s[0], s[0]), (s[1], s[1])),
                            matrices((s[1], s[1]), (s[2], s[2])),
                            matrices((s[0], s[0]), (s[2], s[2]))))


def finite_difference(f, A, h=1e-3):
    G = np.zeros_like(A)
    for idx in np.ndindex(A.shape):
        E = np.zeros_like(A)
        E[idx] = h
        G[idx] = (f(A + E) - f(A - E)) / (2 * h)
    return G


def test_dense_grads_known_answer(attempt):
    """with X = [[1, 2]], W = [[3], [4]] and dY = [[1]], dX = [[3, 4]] and dW = [[1], [2]]"""
    dX, dW = grads(attempt, np.array([[1.0, 2.0]]), np.array([[3.0], [4.0]]), np.array([[1.0]]))
    assert_close(dX, np.array([[3.0, 4.0]]), **CLOSE, what="dX", help="dX = dY @ W.T")
    assert_close(dW, np.array([[1.0], [2.0]]), **CLOSE, what="dW", help="dW = X.T @ dY")


@given(layer_problems())
def test_dense_grads_match_finite_differences(attempt, reference, problem):
    """dX and dW equal the formulas, the reference, and finite differences of sum(dY * (X @ W))"""
    X, W, dY = problem
    dX, dW = grads(attempt, X, W, dY)
    assert_close(dX, dY @ W.T, **CLOSE, what="dX", help="dX = dY @ W.T has the shape of X")
    assert_close(dW, X.T @ dY, **CLOSE, what="dW", help="dW = X.T @ dY has the shape of W")
    ref_dX, ref_dW = reference.dense_grads(X, W, dY)
    assert_close(dX, ref_dX, **CLOSE, what="dX vs reference")
    assert_close(dW, ref_dW, **CLOSE, what="dW vs reference")
    assert_close(dX, finite_difference(lambda A: np.sum(dY * (A @ W)), X), **FD,
                 what="dX vs finite differences")
    assert_close(dW, finite_difference(lambda B: np.sum(dY * (X @ B)), W), **FD,
                 what="dW vs finite differences")


def test_dense_grads_misaligned_shapes_raise(attempt):
    """X (4, 3) with W (2, 5), or a dY of the wrong shape, raise ValueError"""
    with raises("ValueError", "dense_grads with X (4, 3) and W (2, 5)"):
        attempt.dense_grads(np.ones((4, 3)), np.ones((2, 5)), np.ones((4, 5)))
    with raises("ValueError", "dense_grads with dY (5, 4) instead of (4, 5)"):
        attempt.dense_grads(np.ones((4, 3)), np.ones((3, 5)), np.ones((5, 4)))
    with raises("ValueError", "dense_grads with dY (4, 4) instead of (4, 5)"):
        attempt.dense_grads(np.ones((4, 3)), np.ones((3, 5)), np.ones((4, 4)))
