"""Hidden checks for ch03/text_vs_binary."""

import io

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, as_float, assert_close, assert_true, raises
from kit.arrays import NUMERIC_DTYPES, shapes

# The statement's values: 0, or finite with magnitude in [1e-300, 1e300].
MAGNITUDES = st.floats(1e-300, 1e300, allow_nan=False, allow_infinity=False)
VALUES = st.one_of(st.just(0.0), MAGNITUDES, MAGNITUDES.map(lambda v: -v))
TEXT_SHAPES = shapes(min_dims=1, max_dims=2, min_side=1, max_side=6)
TEXT_ARRAYS = hnp.arrays(np.float64, TEXT_SHAPES, elements=VALUES)
BINARY_DTYPES = st.sampled_from([np.dtype(n) for n in (*NUMERIC_DTYPES, "bool")])
# hypothesis.extra.numpy's default elements include NaN, infinities and -0.0 for floats.
BINARY_ARRAYS = st.tuples(BINARY_DTYPES, shapes(max_dims=4), st.booleans()).flatmap(
    lambda p: hnp.arrays(p[0], p[1]).map(np.asfortranarray if p[2] else np.asarray))


def numpy_text_roundtrip(a, fmt):
    """The oracle: np.savetxt then np.loadtxt, in a's shape."""
    buffer = io.StringIO()
    np.savetxt(buffer, a, fmt=fmt)
    buffer.seek(0)
    return np.loadtxt(buffer, dtype=np.float64, ndmin=2).reshape(a.shape)


def text(attempt, a, fmt):
    expected = numpy_text_roundtrip(a, fmt)
    what = f"roundtrip_text(a, {fmt!r}) for a of shape {a.shape}"
    out = as_array(attempt.roundtrip_text(a, fmt), what, shape=a.shape, kind="f")
    assert_true(bool(np.array_equal(out, expected)), f"{what} differs from np.savetxt + "
                "np.loadtxt", expected=expected, actual=out,
                help="write every value with fmt=fmt and read the text back with np.loadtxt")
    return out


def binary(attempt, a):
    what = f"roundtrip_binary(a) for a {a.dtype} array of shape {a.shape}"
    out = as_array(attempt.roundtrip_binary(a), what, shape=a.shape, kind="fiub")
    assert_true(out.dtype == a.dtype, f"{what} changed the dtype", expected=str(a.dtype),
                actual=str(out.dtype), help="np.save stores the dtype: save a itself, unconverted")
    assert_true(out.tobytes() == a.tobytes(), f"{what} changed some values", expected=a,
                actual=out, help="a binary round trip keeps every bit: np.save, then np.load")
    return out


def relative_error(a, b):
    """The oracle for max_relative_error, written the other way round (NaN pairs as 0 error)."""
    err = np.abs(np.nan_to_num(a) - np.nan_to_num(b))
    return float(np.max(err / np.maximum(np.abs(np.nan_to_num(a)), np.where(a == 0, 1.0, 0.0)),
                        initial=0.0))


def rel_err(attempt, a, b):
    return as_float(attempt.max_relative_error(a, b), "max_relative_error(a, b)")


# --- roundtrip_text ---------------------------------------------------------------------------


def test_text_known_answer(attempt):
    """[[1.23456, -2.0]] written as '%.3e' reads back as [[1.235, -2.0]], and 1-D stays 1-D"""
    out = text(attempt, np.array([[1.23456, -2.0]]), "%.3e")
    assert_close(out, np.array([[1.235, -2.0]]), rtol=0, atol=1e-15, what="the values read back",
                 help="'%.3e' keeps four significant digits")
    text(attempt, np.array([0.5, 1e-10, 3e200]), "%.17g")


@given(TEXT_ARRAYS)
def test_text_full_precision_is_exact(attempt, a):
    """with '%.17g', every float64 comes back exactly, in a's shape"""
    out = text(attempt, a, "%.17g")
    assert_true(bool(np.array_equal(out, a)), "'%.17g' text did not give the values back",
                expected=a, actual=out)


@given(TEXT_ARRAYS)
def test_text_short_format_error_is_bounded(attempt, reference, a):
    """with '%.3e', the relative error stays at most 5e-4 and the result equals the reference"""
    out = text(attempt, a, "%.3e")
    err = relative_error(a, out)
    assert_true(err <= 5e-4, "'%.3e' text lost more than 5e-4 relative precision",
                expected="<= 5e-4", actual=err)
    ref = reference.roundtrip_text(a, "%.3e")
    assert_true(bool(np.array_equal(out, ref)), "roundtrip_text differs from the reference",
                expected=ref, actual=out)


@given(TEXT_ARRAYS, st.sampled_from(["%.6g", "%.10f", "%.1e", "%g"]))
def test_text_other_formats_match_numpy(attempt, a, fmt):
    """any format gives exactly what np.savetxt and np.loadtxt give"""
    text(attempt, a, fmt)


def test_text_keeps_single_rows_and_columns(attempt):
    """a (1, d) row, an (n, 1) column, a (1, 1) array and a single value keep their shapes"""
    for shape in [(1, 4), (3, 1), (1, 1), (1,)]:
        a = np.arange(1.0, 1.0 + np.prod(shape)).reshape(shape)
        text(attempt, a, "%.17g")


def test_text_bad_input_raises(attempt):
    """0-d, 3-D and empty arrays raise ValueError in text format"""
    for a, what in [(np.array(1.5), "a 0-d array"), (np.ones((2, 2, 2)), "a 3-D array"),
                    (np.zeros(0), "an empty array"), (np.zeros((0, 3)), "a (0, 3) array")]:
        with raises("ValueError", f"roundtrip_text with {what}"):
            attempt.roundtrip_text(a, "%.17g")


# --- roundtrip_binary -------------------------------------------------------------------------


def test_binary_known_answer(attempt):
    """[1/3, NaN, -inf, -0.0] and a 2 x 3 int8 array come back bit for bit"""
    binary(attempt, np.array([1 / 3, np.nan, -np.inf, -0.0]))
    binary(attempt, np.arange(-3, 3, dtype=np.int8).reshape(2, 3))


@given(BINARY_ARRAYS)
def test_binary_is_exact(attempt, a):
    """any dtype, shape (0-d and empty included) and layout comes back with the same bytes"""
    binary(attempt, a)


def test_binary_keeps_large_integers(attempt):
    """int64 and uint64 values beyond 2**53, which float64 cannot hold, survive"""
    binary(attempt, np.array([2**53 + 1, -(2**62) - 3], dtype=np.int64))
    binary(attempt, np.array([2**64 - 1], dtype=np.uint64))


# --- max_relative_error -----------------------------------------------------------------------


def test_relative_error_known_answer(attempt):
    """a = [1, 2, 0, -4], b = [1.1, 2, 0.5, -4.2] gives 0.5 (the zero entry counts |a - b|)"""
    out = rel_err(attempt, np.array([1.0, 2.0, 0.0, -4.0]), np.array([1.1, 2.0, 0.5, -4.2]))
    assert_close(out, 0.5, rtol=1e-12, atol=0, what="max_relative_error",
                 help="divide by |a| (the exact values), and use |a - b| where a is 0")
    out = rel_err(attempt, np.array([10.0, -5.0]), np.array([11.0, -5.0]))
    assert_close(out, 0.1, rtol=1e-12, atol=0, what="max_relative_error([10, -5], [11, -5])",
                 help="divide by |a| (the exact values), not by |b|")


@given(st.tuples(TEXT_SHAPES, st.data()).map(
    lambda p: (p[1].draw(hnp.arrays(np.float64, p[0], elements=VALUES)),
               p[1].draw(hnp.arrays(np.float64, p[0], elements=VALUES)))))
def test_relative_error_matches_formula(attempt, reference, pair):
    """max_relative_error equals max |a - b| / |a| (|a - b| where a = 0) and the reference"""
    a, b = pair
    out = rel_err(attempt, a, b)
    assert_close(out, relative_error(a, b), rtol=1e-12, atol=0, what="max_relative_error(a, b)",
                 help="the MAXIMUM over entries of |a - b| / |a|, with |a - b| where a == 0")
    assert_close(out, reference.max_relative_error(a, b), rtol=1e-12, atol=0,
                 what="max_relative_error(a, b) vs reference")


def test_relative_error_nan_and_empty(attempt):
    """NaNs in the same places are left out; all-NaN and empty arrays give 0.0"""
    a = np.array([np.nan, 2.0, 4.0])
    out = rel_err(attempt, a, np.array([np.nan, 2.0, 5.0]))
    assert_close(out, 0.25, rtol=1e-12, atol=0, what="max_relative_error with a NaN pair",
                 help="leave out the entries where both are NaN (np.isnan)")
    for x in (np.array([np.nan, np.nan]), np.zeros(0), np.zeros((0, 3))):
        out = rel_err(attempt, x, x.copy())
        assert_close(out, 0.0, rtol=0, atol=0, what=f"max_relative_error of {x!r} with itself",
                     help="with no entry left, the largest error is 0.0")


def test_relative_error_identical_is_zero(attempt):
    """an array compared with itself (zeros included) has error 0.0"""
    a = np.array([[0.0, 1e-300], [-1e300, 7.5]])
    assert_close(rel_err(attempt, a, a.copy()), 0.0, rtol=0, atol=0,
                 what="max_relative_error(a, a)")


def test_relative_error_bad_input_raises(attempt):
    """different shapes or NaNs in different places raise ValueError"""
    with raises("ValueError", "max_relative_error with shapes (3,) and (2,)"):
        attempt.max_relative_error(np.ones(3), np.ones(2))
    with raises("ValueError", "max_relative_error with shapes (2, 2) and (4,)"):
        attempt.max_relative_error(np.ones((2, 2)), np.ones(4))
    with raises("ValueError", "max_relative_error with a NaN only in b"):
        attempt.max_relative_error(np.array([1.0, 2.0]), np.array([1.0, np.nan]))
