"""Hidden checks for ch03/array_creation."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_true, raises
from kit.arrays import arrays, rng_seeds, shapes

NESTED_SHAPES = shapes(min_dims=0, max_dims=3, max_side=4)
INIT_SHAPES = shapes(min_dims=0, max_dims=4, max_side=5)
DTYPE_NAMES = ("float64", "float32", "int64", "int32", "uint8", "int8")


def nested_lists(dtype="float64"):
    """Rectangular nested lists (or a bare number), with their NumPy array."""
    return arrays(dtype, NESTED_SHAPES).map(lambda a: (a.tolist(), a))


@st.composite
def ragged_lists(draw):
    """Rectangular nested lists (2 to 4 rows) with one row made one element longer, or replaced
    by a bare number."""
    shape = draw(st.tuples(st.integers(2, 4), st.integers(1, 4))
                 | st.tuples(st.integers(2, 3), st.integers(1, 3), st.integers(1, 3)))
    nested = draw(arrays("float64", shape)).tolist()
    i = draw(st.integers(0, shape[0] - 1))
    if draw(st.booleans()):
        nested[i].append(nested[i][0])
    else:
        nested[i] = 1.0
    return nested


def build(attempt, data, dtype=None):
    args = (data,) if dtype is None else (data, dtype)
    return as_array(attempt.to_array(*args), f"to_array({data!r:.60})", kind="fiub")


def init(attempt, shape, kind, seed=None):
    args = (shape, kind) if seed is None else (shape, kind, seed)
    out = as_array(attempt.init_array(*args), f"init_array({shape}, {kind!r})", shape=shape,
                   kind="f")
    assert_true(out.dtype == np.float64, f"init_array({shape}, {kind!r}) must be float64",
                expected="float64", actual=str(out.dtype))
    return out


def assert_equal(actual, expected, what, help=""):
    assert_true(actual.shape == expected.shape and bool(np.array_equal(actual, expected)),
                f"{what} is wrong", expected=expected, actual=actual, help=help)


# --- to_array -------------------------------------------------------------------------------


def test_known_answer(attempt):
    """[[1, 2, 3], [4, 5, 6]] becomes a (2, 3) integer array"""
    out = build(attempt, [[1, 2, 3], [4, 5, 6]])
    assert_equal(out, np.array([[1, 2, 3], [4, 5, 6]]), "to_array([[1, 2, 3], [4, 5, 6]])")
    assert_true(out.dtype == np.int64, "integers give an int64 array", expected="int64",
                actual=str(out.dtype))


@given(nested_lists())
def test_round_trip_through_tolist(attempt, case):
    """to_array(nested).tolist() gives back the nested list, with the inferred shape"""
    nested, _ = case
    out = build(attempt, nested)
    shape = np.array(nested).shape  # a (0, 3) array lists as [], which is shape (0,)
    assert_true(out.shape == shape, "to_array inferred the wrong shape", expected=shape,
                actual=out.shape, help="each nesting level is one dimension")
    assert_true(out.tolist() == nested, "to_array(nested).tolist() differs from nested",
                expected=nested, actual=out.tolist())


@given(nested_lists("int64").map(lambda c: c[0]), st.sampled_from(DTYPE_NAMES))
def test_dtype_is_honoured(attempt, nested, dtype):
    """the requested dtype is the result's dtype, with the values np.array gives"""
    nested = (np.abs(np.asarray(nested)) % 101).tolist()
    out = build(attempt, nested, dtype)
    assert_true(out.dtype == np.dtype(dtype), f"to_array(..., {dtype!r}) has the wrong dtype",
                expected=dtype, actual=str(out.dtype), help="pass dtype on to np.array")
    assert_equal(out, np.array(nested, dtype=dtype), f"to_array(..., {dtype!r})")


def test_empty_and_scalar_inputs(attempt):
    """[] gives shape (0,) float64, [[], []] gives (2, 0), and a bare number a 0-d array"""
    out = build(attempt, [])
    assert_true(out.shape == (0,) and out.dtype == np.float64, "to_array([]) is wrong",
                expected="shape (0,), float64", actual=f"shape {out.shape}, {out.dtype}")
    assert_true(build(attempt, [[], []]).shape == (2, 0), "to_array([[], []]) has the wrong shape",
                expected=(2, 0), actual=build(attempt, [[], []]).shape)
    out = build(attempt, 2.5)
    assert_true(out.shape == () and float(out) == 2.5, "to_array(2.5) must be a 0-d array",
                expected="shape (), value 2.5", actual=f"shape {out.shape}, {out!r}")


def test_known_ragged_input_raises(attempt):
    """[[1, 2], [3]] and [[1, 2], 3] are ragged and raise ValueError"""
    for data in ([[1, 2], [3]], [[1, 2], 3], [[[1.0], [2.0]], [[3.0]]]):
        with raises("ValueError", f"to_array({data!r})"):
            attempt.to_array(data)
    with raises("ValueError", "to_array([[1, 2], [3]], 'float64')"):
        attempt.to_array([[1, 2], [3]], "float64")


@given(ragged_lists())
def test_ragged_input_raises(attempt, nested):
    """nested lists whose rows differ in length raise ValueError"""
    with raises("ValueError", f"to_array({nested!r:.200})"):
        attempt.to_array(nested)


# --- init_array -----------------------------------------------------------------------------


def test_fixed_kinds(attempt):
    """zeros, ones and identity give the arrays of np.zeros, np.ones and np.eye"""
    assert_equal(init(attempt, (2, 3), "zeros"), np.zeros((2, 3)), "init_array((2, 3), 'zeros')")
    assert_equal(init(attempt, (4,), "ones"), np.ones(4), "init_array((4,), 'ones')")
    assert_equal(init(attempt, (3, 3), "identity"), np.eye(3), "init_array((3, 3), 'identity')")
    assert_equal(init(attempt, (0, 0), "identity"), np.eye(0), "init_array((0, 0), 'identity')")


@given(INIT_SHAPES, rng_seeds())
def test_random_kinds_follow_the_rng_protocol(attempt, shape, seed):
    """normal and uniform equal default_rng(seed).standard_normal(shape) and .random(shape)"""
    out = init(attempt, shape, "normal", seed)
    assert_equal(out, np.random.default_rng(seed).standard_normal(shape),
                 f"init_array({shape}, 'normal', seed={seed})",
                 help="one call rng.standard_normal(shape) on rng = np.random.default_rng(seed)")
    out = init(attempt, shape, "uniform", seed)
    assert_equal(out, np.random.default_rng(seed).random(shape),
                 f"init_array({shape}, 'uniform', seed={seed})",
                 help="one call rng.random(shape) on rng = np.random.default_rng(seed)")


@given(INIT_SHAPES, st.sampled_from(["zeros", "ones", "normal", "uniform"]))
def test_every_kind_accepts_every_shape(attempt, shape, kind):
    """every kind except identity accepts any shape, zero-size and 0-d ones included"""
    out = init(attempt, shape, kind, 0)
    if kind in ("zeros", "ones"):
        assert_equal(out, np.full(shape, 1.0 if kind == "ones" else 0.0),
                     f"init_array({shape}, {kind!r})")


def test_uniform_bounds_and_seeds(attempt):
    """uniform draws stay in [0, 1); the same seed repeats and different seeds differ"""
    out = init(attempt, (200, 5), "uniform", 7)
    assert_true(bool((out >= 0).all() and (out < 1).all()), "uniform draws outside [0, 1)",
                expected="0 <= x < 1", actual=f"min {out.min()}, max {out.max()}")
    again = init(attempt, (200, 5), "uniform", 7)
    assert_equal(again, out, "a second init_array((200, 5), 'uniform', seed=7)",
                 help="create the generator from the seed inside the function")
    other = init(attempt, (200, 5), "normal", 8)
    assert_true(not np.array_equal(other, init(attempt, (200, 5), "normal", 9)),
                "seeds 8 and 9 gave the same normal draws", expected="different arrays",
                actual="identical arrays")
    fresh = [init(attempt, (50,), "normal") for _ in range(2)]
    assert_true(not np.array_equal(*fresh), "two calls without a seed gave the same draws",
                expected="a fresh generator each call (np.random.default_rng())",
                actual="identical arrays")


def test_bad_init_raises(attempt):
    """an unknown kind, a non-square identity and a negative size raise ValueError"""
    for shape, kind, what in [((2, 2), "gaussian", "an unknown kind"),
                              ((2, 3), "identity", "identity of shape (2, 3)"),
                              ((3,), "identity", "identity of shape (3,)"),
                              ((2, 2, 2), "identity", "identity of shape (2, 2, 2)"),
                              ((2, -1), "zeros", "a negative size"),
                              ((-3,), "normal", "a negative size")]:
        with raises("ValueError", f"init_array with {what}"):
            attempt.init_array(shape, kind)
