"""Hidden checks for ch03/indexing_slicing."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_true, memory_facts, raises
from kit.arrays import matrices

X_ST = matrices(rows=(0, 12), cols=(1, 4))


def selected(attempt, fn, X, *args, expected):
    """Call fn, compare with the expected NumPy slice, and require a view of X."""
    facts = memory_facts(attempt, fn, X, *args)
    what = f"{fn}(X, {', '.join(map(str, args))}) for X of shape {X.shape}"
    assert_true(facts.get("is_array", False), f"{what} must return a numpy.ndarray",
                expected="numpy.ndarray", actual=type(facts.get("result")).__name__)
    out = as_array(facts["result"], what, shape=expected.shape)
    assert_true(bool(np.array_equal(out, expected)), f"{what} selected the wrong values",
                expected=expected, actual=out)
    if expected.size:
        assert_true(facts["shares_memory"][0], f"{what} is a copy, not a view of X",
                    expected="a view (np.shares_memory is True)", actual="a copy",
                    help="use slices and integers only; index arrays and np.array(...) copy")
    return out


def test_known_answers(attempt):
    """on a 5 x 2 array: batch 1 of size 2 is rows 2-3, column -1 is the last column, last_n(X, 2)
    the last two rows"""
    X = np.arange(10.0).reshape(5, 2)
    selected(attempt, "get_batch", X, 1, 2, expected=X[2:4])
    selected(attempt, "column", X, -1, expected=X[:, 1])
    selected(attempt, "every_kth", X, 2, 1, expected=X[1::2])
    selected(attempt, "last_n", X, 2, expected=X[3:])


@given(X_ST, st.integers(1, 5), st.data())
def test_batches_rebuild_x(attempt, X, batch_size, data):
    """each batch is a view with the right rows, and concatenating all batches gives X"""
    n_batches = -(-X.shape[0] // batch_size)
    parts = [selected(attempt, "get_batch", X, i, batch_size,
                      expected=X[i * batch_size:(i + 1) * batch_size]) for i in range(n_batches)]
    if parts:
        joined = np.concatenate(parts)
        assert_true(bool(np.array_equal(joined, X)), "the batches do not concatenate to X",
                    expected=X, actual=joined, help="batch i starts at row i * batch_size")
    i = data.draw(st.integers(n_batches, n_batches + 3), label="batch past the end")
    with raises("IndexError", f"get_batch(X, {i}, {batch_size}) with {n_batches} batches"):
        attempt.get_batch(X, i, batch_size)


@given(X_ST, st.data())
def test_columns(attempt, X, data):
    """column j is X[:, j] as a view, and negative j counts from the end"""
    j = data.draw(st.integers(-X.shape[1], X.shape[1] - 1), label="j")
    selected(attempt, "column", X, j, expected=X[:, j])


@given(X_ST, st.integers(1, 5), st.integers(0, 14))
def test_every_kth(attempt, X, k, offset):
    """every_kth(X, k, offset) is X[offset::k] as a view"""
    selected(attempt, "every_kth", X, k, offset, expected=X[offset::k])


def test_every_kth_starts_at_row_0_by_default(attempt):
    """every_kth(X, k) without an offset starts at the first row"""
    X = np.arange(12.0).reshape(6, 2)
    selected(attempt, "every_kth", X, 2, expected=X[::2])


@given(X_ST, st.integers(0, 14))
def test_last_n(attempt, reference, X, n):
    """last_n(X, n) is the last n rows as a view, and n = 0 gives no rows"""
    expected = X[X.shape[0] - min(n, X.shape[0]):]
    out = selected(attempt, "last_n", X, n, expected=expected)
    assert_true(bool(np.array_equal(out, reference.last_n(X, n))), "differs from the reference",
                expected=reference.last_n(X, n), actual=out,
                help="X[-0:] is the whole array, not an empty one")


def test_last_zero_rows_is_empty(attempt):
    """last_n(X, 0) is an empty (0, d) array, not the whole of X"""
    X = np.ones((4, 3))
    out = as_array(attempt.last_n(X, 0), "last_n(X, 0)", shape=(0, 3))
    assert_true(out.size == 0, "last_n(X, 0) is not empty", expected="shape (0, 3)",
                actual=out.shape, help="X[-0:] is X[0:], the whole array")


def test_bad_input_raises(attempt):
    """bad batch numbers and columns raise IndexError; non-positive sizes and steps ValueError"""
    X = np.zeros((5, 3))
    for i in (-1, 3):
        with raises("IndexError", f"get_batch(X, {i}, 2) with 5 rows"):
            attempt.get_batch(X, i, 2)
    for j in (3, -4):
        with raises("IndexError", f"column(X, {j}) with 3 columns"):
            attempt.column(X, j)
    for args in ((0, 0), (-2, 0)):
        with raises("ValueError", f"get_batch(X, {args[0]}, {args[1]})"):
            attempt.get_batch(X, *args)
    for k, offset in ((0, 0), (-1, 0), (2, -1)):
        with raises("ValueError", f"every_kth(X, {k}, {offset})"):
            attempt.every_kth(X, k, offset)
    with raises("ValueError", "last_n(X, -1)"):
        attempt.last_n(X, -1)
