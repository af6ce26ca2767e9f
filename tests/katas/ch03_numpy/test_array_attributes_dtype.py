"""Hidden checks for ch03/array_attributes_dtype."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_true, memory_facts, raises
from kit.arrays import INTEGER_DTYPES, NUMERIC_DTYPES, arrays, dtypes, shapes

KEYS = ("shape", "size", "ndim", "dtype", "itemsize", "nbytes")
SMALL = shapes(max_dims=3, max_side=4)


def float_sources(dtype):
    """Float arrays mixing integral values over a wide range, fractions, NaN and infinities."""
    dtype = np.dtype(dtype)
    integral = st.integers(-2**70, 2**70).map(lambda i: float(dtype.type(i)))
    return hnp.arrays(dtype, SMALL, elements=integral | st.floats(width=8 * dtype.itemsize))


def expected_outcome(a, target):
    """The statement's rules, element by element in exact Python arithmetic: None when the
    conversion is allowed, else the exception name."""
    target = np.dtype(target)
    values = a.ravel().tolist()
    if not values:
        return None
    if target.kind in "iu":
        info = np.iinfo(target)
        if a.dtype.kind == "f":
            if any(not math.isfinite(v) or v != math.floor(v) for v in values):
                return "ValueError"
        ok = all(info.min <= int(v) <= info.max for v in values)
        return None if ok else "OverflowError"
    if a.dtype.kind in "iu":
        limit = 2 ** (np.finfo(target).nmant + 1)
        return None if all(abs(int(v)) <= limit for v in values) else "ValueError"
    big = float(np.finfo(target).max)
    return "OverflowError" if any(math.isfinite(v) and abs(v) > big for v in values) else None


def convert(attempt, a, dtype):
    out = as_array(attempt.safe_astype(a, dtype), f"safe_astype(a, {dtype!r})", shape=a.shape)
    assert_true(out.dtype == np.dtype(dtype), f"safe_astype(a, {dtype!r}) has the wrong dtype",
                expected=dtype, actual=str(out.dtype))
    return out


def check_conversion(attempt, a, dtype):
    """safe_astype raises exactly when the rules say so, and otherwise equals a.astype."""
    outcome = expected_outcome(a, dtype)
    what = f"safe_astype({a.dtype} array {a.ravel()[:6].tolist()}..., {dtype!r})"
    if outcome is not None:
        with raises(outcome, what):
            attempt.safe_astype(a, dtype)
        return
    out = convert(attempt, a, dtype)
    expected = a.astype(dtype)
    same = np.array_equal(out, expected, equal_nan=expected.dtype.kind == "f")
    assert_true(bool(same), f"{what} changed the values", expected=expected, actual=out,
                help="when nothing is lost the values are exactly those of a.astype(dtype)")


# --- describe_array -------------------------------------------------------------------------


def test_describe_known_answer(attempt):
    """a (3, 4) float32 array has size 12, ndim 2, itemsize 4 and nbytes 48"""
    out = attempt.describe_array(np.zeros((3, 4), dtype=np.float32))
    expected = {"shape": (3, 4), "size": 12, "ndim": 2, "dtype": "float32", "itemsize": 4,
                "nbytes": 48}
    assert_true(out == expected, "describe_array(np.zeros((3, 4), dtype=float32)) is wrong",
                expected=expected, actual=out)


@given(arrays(dtypes(), shapes()))
def test_describe_matches_the_array(attempt, a):
    """describe_array reports the array's own shape, size, ndim, dtype, itemsize and nbytes"""
    out = attempt.describe_array(a)
    assert_true(isinstance(out, dict) and sorted(out) == sorted(KEYS),
                "describe_array must return a dict with exactly the six keys",
                expected=sorted(KEYS), actual=sorted(out) if isinstance(out, dict) else out)
    expected = {"shape": a.shape, "size": a.size, "ndim": a.ndim, "dtype": a.dtype.name,
                "itemsize": a.itemsize, "nbytes": a.nbytes}
    for key in KEYS:
        assert_true(out[key] == expected[key] and type(out[key]) is type(expected[key]),
                    f"describe_array(a)[{key!r}] is wrong for an array of shape {a.shape}, "
                    f"dtype {a.dtype}", expected=expected[key], actual=out[key],
                    help="size = prod(shape), nbytes = size * itemsize; a 0-d array has size 1; "
                         "the dtype is reported by name, e.g. a.dtype.name")


# --- safe_astype ----------------------------------------------------------------------------


@given(arrays(dtypes(INTEGER_DTYPES), SMALL), st.sampled_from(NUMERIC_DTYPES))
def test_integer_sources(attempt, a, dtype):
    """integer arrays convert exactly, or raise OverflowError (range) or ValueError (too large
    to be exact in a float)"""
    check_conversion(attempt, a, dtype)


@given(st.sampled_from(["float32", "float64"]).flatmap(float_sources),
       st.sampled_from(NUMERIC_DTYPES))
def test_float_sources(attempt, a, dtype):
    """float arrays convert, or raise ValueError (NaN, inf, fractions to int) or OverflowError
    (out of range)"""
    check_conversion(attempt, a, dtype)


@given(arrays("float64", SMALL, bound=1e30))
def test_float64_to_float32_precision(attempt, a):
    """float64 values in float32's range convert with relative error at most 2**-24 and the
    result takes half the bytes"""
    out = convert(attempt, a, "float32")
    normal = np.abs(a) >= np.finfo(np.float32).tiny
    err = np.abs(out.astype(np.float64)[normal] - a[normal]) / np.abs(a[normal])
    assert_true(bool(np.all(err <= 2.0**-24)), "float32 values are not the nearest to the "
                "float64 ones", expected="relative error <= 2**-24", actual=err.max(initial=0))
    assert_true(out.nbytes * 2 == a.nbytes, "float32 must take half the bytes of float64",
                expected=a.nbytes // 2, actual=out.nbytes)


def test_known_conversions(attempt):
    """[1.0, 2.0] becomes int8 [1, 2]; 300 does not fit int8; 2.5 is not an integer"""
    out = convert(attempt, np.array([1.0, 2.0]), "int8")
    assert_true(out.tolist() == [1, 2], "safe_astype([1.0, 2.0], 'int8') is wrong",
                expected=[1, 2], actual=out.tolist())
    with raises("OverflowError", "safe_astype(int64 [300], 'int8')"):
        attempt.safe_astype(np.array([300]), "int8")
    with raises("ValueError", "safe_astype([2.5], 'int32')"):
        attempt.safe_astype(np.array([2.5]), "int32")


def test_edges_of_the_rules(attempt):
    """NaN and -1 to unsigned, 2**63 to int64, 2**53 + 1 to float64 and 1e39 to float32 raise"""
    cases = [
        (np.array([np.nan]), "int64", "ValueError"),
        (np.array([np.inf]), "int32", "ValueError"),
        (np.array([-1]), "uint8", "OverflowError"),
        (np.array([-1.0]), "uint64", "OverflowError"),
        (np.array([2.0**63]), "int64", "OverflowError"),
        (np.array([2.0**64]), "uint64", "OverflowError"),
        (np.array([2**53 + 1]), "float64", "ValueError"),
        (np.array([2**24 + 1]), "float32", "ValueError"),
        (np.array([1e39]), "float32", "OverflowError"),
        (np.array([1e39, 2.5]), "int64", "ValueError"),
    ]
    for a, dtype, exc in cases:
        with raises(exc, f"safe_astype({a.dtype} {a.tolist()}, {dtype!r})"):
            attempt.safe_astype(a, dtype)
    for a, dtype in [(np.array([-(2.0**63)]), "int64"), (np.array([2**53]), "float64"),
                     (np.array([np.nan, np.inf, -np.inf]), "float32"),
                     (np.array([np.iinfo(np.uint64).max], dtype=np.uint64), "uint64")]:
        check_conversion(attempt, a, dtype)


def test_exact_limits_of_each_integer_type_fit(attempt):
    """every integer type takes exactly its own minimum and maximum, from integers and from floats"""
    for dtype in ("int8", "uint8", "int16", "uint16", "int32"):
        info = np.iinfo(dtype)
        check_conversion(attempt, np.array([info.min, info.max], dtype=np.int64), dtype)
        check_conversion(attempt, np.array([float(info.min), float(info.max)]), dtype)
        with raises("OverflowError", f"safe_astype(float64 [{float(info.max) + 1}], {dtype!r})"):
            attempt.safe_astype(np.array([float(info.max) + 1]), dtype)


def test_empty_and_0d_arrays(attempt):
    """an empty array converts to any dtype and a 0-d array keeps its shape"""
    convert(attempt, np.array([], dtype=np.float64), "int8")
    convert(attempt, np.zeros((0, 3), dtype=np.int64), "float16")
    out = convert(attempt, np.array(7, dtype=np.int64), "float32")
    assert_true(float(out) == 7.0, "safe_astype(0-d 7, 'float32') is wrong", expected=7.0,
                actual=out)


@given(arrays(dtypes(("int16", "float64")), shapes(min_dims=1, max_dims=2, min_side=1)),
       st.sampled_from(["float64", "int16"]))
def test_result_never_shares_memory(attempt, a, dtype):
    """the result is a new array, even when the dtype stays the same"""
    if expected_outcome(a, dtype) is not None:
        return
    facts = memory_facts(attempt, "safe_astype", a, dtype)
    assert_true(facts.get("is_array", False), "safe_astype must return an array",
                expected="numpy.ndarray", actual=type(facts.get("result")).__name__)
    assert_true(not facts["shares_memory"][0], "safe_astype's result shares memory with its "
                "input", expected="a copy", actual="a view of the input",
                help="a.astype(dtype, copy=False) or np.asarray return the input itself when "
                     "the dtype already matches")
