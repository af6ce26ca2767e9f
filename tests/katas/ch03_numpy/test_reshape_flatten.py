"""Hidden checks for ch03/reshape_flatten."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_true, memory_facts, raises
from kit.arrays import float_arrays, shapes

IMAGE_SHAPES = shapes(min_dims=3, max_dims=4, max_side=4)


@st.composite
def shapes_with_minus_one(draw):
    """(size, shape) where one axis of a valid shape is replaced by -1 (the others multiply to
    more than 0, so the -1 can be inferred)."""
    shape = list(draw(shapes(min_dims=1, max_dims=4, max_side=5)))
    i = draw(st.integers(0, len(shape) - 1))
    others = math.prod(s for j, s in enumerate(shape) if j != i)
    if others == 0:
        shape = [max(s, 1) for s in shape]
    size = math.prod(shape)
    shape[i] = -1
    return size, tuple(shape)


def resolved(attempt, size, shape):
    out = attempt.resolve_shape(size, shape)
    assert_true(type(out) is tuple and all(type(s) is int for s in out),
                f"resolve_shape({size}, {shape}) must return a tuple of ints",
                expected="tuple of int", actual=repr(out))
    return out


def assert_equal(actual, expected, what, help=""):
    assert_true(actual.shape == expected.shape and bool(np.array_equal(actual, expected)),
                f"{what} is wrong", expected=expected, actual=actual, help=help)


def call(attempt, fn, *args):
    """memory_facts of a call, after checking that it returned an array."""
    facts = memory_facts(attempt, fn, *args)
    assert_true(facts.get("is_array", False), f"{fn} must return a numpy.ndarray",
                expected="numpy.ndarray", actual=type(facts.get("result")).__name__)
    return facts


# --- resolve_shape --------------------------------------------------------------------------


def test_known_shapes(attempt):
    """12 elements as (3, -1) are (3, 4); zero-size and 0-d shapes resolve too"""
    for size, shape, expected in [(12, (3, -1), (3, 4)), (12, (-1, 2, 2), (3, 2, 2)),
                                  (0, (0, 5), (0, 5)), (0, (-1,), (0,)), (0, (3, -1), (3, 0)),
                                  (6, (-1,), (6,)), (1, (), ()), (5, (5,), (5,))]:
        out = resolved(attempt, size, shape)
        assert_true(out == expected, f"resolve_shape({size}, {shape}) is wrong",
                    expected=expected, actual=out,
                    help="the -1 is size divided by the product of the other sizes")


@given(shapes_with_minus_one())
def test_inferred_dimension_matches_numpy(attempt, reference, case):
    """the -1 is inferred as np.empty(size).reshape(shape) does, and the product equals size"""
    size, shape = case
    expected = np.empty(size).reshape(shape).shape
    out = resolved(attempt, size, shape)
    assert_true(out == expected, f"resolve_shape({size}, {shape}) differs from NumPy's reshape",
                expected=expected, actual=out)
    assert_true(out == reference.resolve_shape(size, shape), "differs from the reference",
                expected=reference.resolve_shape(size, shape), actual=out)


@given(shapes(max_dims=4))
def test_full_shapes_are_kept(attempt, shape):
    """a shape without -1 whose product is size comes back unchanged"""
    out = resolved(attempt, math.prod(shape), shape)
    assert_true(out == shape, f"resolve_shape({math.prod(shape)}, {shape}) changed the shape",
                expected=shape, actual=out)


def test_bad_shapes_raise(attempt):
    """two -1s, a -2 (also next to a -1), (0, -1), and sizes that do not fit raise ValueError"""
    for size, shape, why in [(12, (-1, -1), "two -1 entries"), (12, (3, -2), "a -2 entry"),
                             (4, (-2, -1), "a -2 next to a -1"),
                             (0, (0, -1), "a -1 next to a 0"), (12, (5,), "12 elements in (5,)"),
                             (7, (2, -1), "7 elements in (2, -1)"), (4, (), "4 elements in ()"),
                             (-4, (-1,), "a negative size")]:
        with raises("ValueError", f"resolve_shape({size}, {shape}) with {why}"):
            attempt.resolve_shape(size, shape)


# --- image batches --------------------------------------------------------------------------


def test_images_known_answer(attempt):
    """two 2 x 2 images become the rows [0, 1, 2, 3] and [4, 5, 6, 7]"""
    batch = np.arange(8.0).reshape(2, 2, 2)
    out = as_array(attempt.images_to_rows(batch), "images_to_rows(batch)", shape=(2, 4))
    assert_equal(out, np.arange(8.0).reshape(2, 4), "images_to_rows(batch)")


@given(float_arrays(IMAGE_SHAPES))
def test_images_to_rows_is_a_c_order_view(attempt, batch):
    """row i is batch[i].ravel(), the result is a view of the batch, and rows_to_images inverts
    it"""
    facts = call(attempt, "images_to_rows", batch)
    out = as_array(facts["result"], "images_to_rows(batch)",
                   shape=(batch.shape[0], math.prod(batch.shape[1:])))
    assert_equal(out, batch.reshape(out.shape),
                 f"images_to_rows of a batch of shape {batch.shape}",
                 help="reshape in C order: row i must equal batch[i].ravel()")
    if batch.size:
        assert_true(facts["shares_memory"][0], "images_to_rows copied the batch",
                    expected="a view (np.shares_memory is True)", actual="a copy",
                    help="reshape of a C-contiguous array is a view; np.array(...) or "
                         ".flatten() copy")
    back = as_array(attempt.rows_to_images(out, *batch.shape[1:]), "rows_to_images(rows, ...)",
                    shape=batch.shape)
    assert_equal(back, batch, "rows_to_images(images_to_rows(batch), *batch.shape[1:])")


@given(float_arrays(IMAGE_SHAPES).filter(lambda b: b.size > 0))
def test_rows_to_images_is_a_view(attempt, batch):
    """rows_to_images of a C-contiguous X is a view of X with the images of X.reshape"""
    X = np.ascontiguousarray(batch.reshape(batch.shape[0], -1))
    facts = call(attempt, "rows_to_images", X, *batch.shape[1:])
    out = as_array(facts["result"], "rows_to_images(X, ...)", shape=batch.shape)
    assert_equal(out, batch, f"rows_to_images(X, {', '.join(map(str, batch.shape[1:]))})",
                 help="reshape to (N, h, w) or (N, h, w, c) in C order")
    assert_true(facts["shares_memory"][0], "rows_to_images copied X",
                expected="a view", actual="a copy")


def test_image_bad_input_raises(attempt):
    """a 2-D or 5-D batch, a width that is not h * w and an X that is not 2-D raise ValueError"""
    with raises("ValueError", "images_to_rows with a 2-D batch"):
        attempt.images_to_rows(np.zeros((4, 6)))
    with raises("ValueError", "images_to_rows with a 5-D batch"):
        attempt.images_to_rows(np.zeros((1, 2, 2, 2, 2)))
    with raises("ValueError", "rows_to_images with width 10 and h * w = 9"):
        attempt.rows_to_images(np.zeros((2, 10)), 3, 3)
    with raises("ValueError", "rows_to_images with width 12 and h * w * c = 18"):
        attempt.rows_to_images(np.zeros((2, 12)), 3, 2, 3)
    with raises("ValueError", "rows_to_images with a 3-D X"):
        attempt.rows_to_images(np.zeros((2, 3, 3)), 3, 3)
    with raises("ValueError", "rows_to_images with a 1-D X"):
        attempt.rows_to_images(np.zeros(9), 3, 3)


# --- flattening -----------------------------------------------------------------------------


@given(float_arrays(shapes()))
def test_flatten_copy_never_shares_memory(attempt, a):
    """flatten_copy gives the C-order elements in a new array, for every shape including 0-d"""
    facts = call(attempt, "flatten_copy", a)
    out = as_array(facts["result"], "flatten_copy(a)", shape=(a.size,))
    assert_equal(out, a.ravel(), f"flatten_copy of an array of shape {a.shape}")
    assert_true(not facts["shares_memory"][0], "flatten_copy shares memory with its input",
                expected="a copy", actual="a view",
                help="ravel and reshape(-1) return views; flatten() always copies")


@given(float_arrays(shapes()).filter(lambda a: a.size > 0))
def test_flatten_view_of_c_contiguous_input(attempt, a):
    """flatten_view of a C-contiguous array is a view with the C-order elements"""
    facts = call(attempt, "flatten_view", a)
    out = as_array(facts["result"], "flatten_view(a)", shape=(a.size,))
    assert_equal(out, a.ravel(), f"flatten_view of an array of shape {a.shape}")
    assert_true(facts["shares_memory"][0], "flatten_view copied a C-contiguous array",
                expected="a view", actual="a copy", help="np.ravel returns a view when it can")


@given(float_arrays(shapes(min_dims=2, max_dims=3, min_side=2)))
def test_flatten_of_fortran_ordered_input(attempt, a):
    """for a Fortran-ordered (transposed-layout) array both functions still give C-order
    elements"""
    f = np.asfortranarray(a)
    for fn in ("flatten_view", "flatten_copy"):
        out = as_array(call(attempt, fn, f)["result"], f"{fn}(a)", shape=(a.size,))
        assert_equal(out, a.ravel(order="C"), f"{fn} of a Fortran-ordered array",
                     help="flatten in C (row-major) order, not in memory order: order='K' or "
                          "'A' follows the memory layout")
