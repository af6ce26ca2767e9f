"""Hidden checks for ch03/view_vs_copy.

The attempt runs in another process and every argument arrives there as a fresh array, so
``shares_data`` called directly must answer False; the sharing cases are checked through
``view_report``, which builds its views in the worker, against ``np.shares_memory`` on the same
constructions here (including Fortran-ordered input, for which ``reshape(-1)`` copies)."""

import ast

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, in_place, memory_facts, raises

CLOSE = {"rtol": 1e-9, "atol": 1e-9}
KEYS = ("row_slice", "every_other_row", "column", "fancy_rows", "boolean_mask", "flattened",
        "transpose", "copy", "disjoint_halves", "interleaved_rows")


def grid_matrices(rows=(1, 6), cols=(1, 4)):
    """Float64 matrices of multiples of 1/8 in [-10, 10], in C or Fortran order: a column is
    exactly constant or has a standard deviation well above rounding noise."""
    grid = st.integers(-80, 80).map(lambda k: k / 8)
    shaped = st.tuples(st.integers(*rows), st.integers(*cols)).flatmap(
        lambda s: hnp.arrays(np.float64, s, elements=grid))
    return st.tuples(shaped, st.booleans()).map(
        lambda p: np.asfortranarray(p[0]) if p[1] else p[0])


def expected_standardized(a):
    a = np.asarray(a, dtype=np.float64)
    std = a.std(axis=0)
    return (a - a.mean(axis=0)) / np.where(std == 0, 1, std)


def expected_report(a):
    h = a.shape[0] // 2
    pairs = {"row_slice": (a, a[1:]), "every_other_row": (a, a[::2]), "column": (a, a[:, 0]),
             "fancy_rows": (a, a[[0, -1]]), "boolean_mask": (a, a[a > 0]),
             "flattened": (a, a.reshape(-1)), "transpose": (a, a.T), "copy": (a, a.copy()),
             "disjoint_halves": (a[:h], a[h:]), "interleaved_rows": (a[::2], a[1::2])}
    return {key: bool(np.shares_memory(x, y)) for key, (x, y) in pairs.items()}


def standardize_in_place(attempt, a, **tol):
    call = in_place(attempt, "standardize_inplace", a)
    assert_true(call["result"] is None, "standardize_inplace(a) must return None",
                expected=None, actual=repr(call["result"])[:80],
                help="an in-place function changes its argument and returns None, like list.sort")
    out = as_array(call["args"][0], "the array after standardize_inplace(a)", shape=a.shape,
                   kind="f")
    assert_close(out, expected_standardized(a), **(tol or CLOSE),
                 what="the array after standardize_inplace(a)",
                 help="write into the array itself (a -= ..., a /= ..., or a[...] = ...); "
                      "a = (a - mean) / std only rebinds the local name")
    return out


def copy_facts(attempt, a):
    facts = memory_facts(attempt, "standardized_copy", a)
    assert_true(facts.get("is_array", False), "standardized_copy must return a numpy.ndarray",
                expected="numpy.ndarray", actual=type(facts.get("result")).__name__)
    out = as_array(facts["result"], "standardized_copy(a)", shape=a.shape, kind="f")
    assert_close(out, expected_standardized(a), **CLOSE, what="standardized_copy(a)",
                 help="subtract the column means (axis=0) and divide by the column stds (ddof=0)")
    assert_true(not facts["shares_memory"][0], "standardized_copy(a) shares memory with a",
                expected="a new array", actual="a view of (or a itself)",
                help="return the result of arithmetic on a (which allocates), never a itself "
                     "or a view of it")
    return out


def report(attempt, a):
    out = attempt.view_report(a)
    assert_true(type(out) is dict and sorted(out) == sorted(KEYS),
                "view_report(a) must return a dict with exactly the keys of the statement",
                expected=sorted(KEYS),
                actual=sorted(map(str, out)) if type(out) is dict else type(out).__name__)
    for key in KEYS:
        assert_true(type(out[key]) is bool, f"view_report(a)[{key!r}] must be a bool",
                    expected="bool", actual=type(out[key]).__name__,
                    help="np.shares_memory returns a NumPy bool: convert it with bool(...)")
    return out


def assert_report(attempt, a):
    out, expected = report(attempt, a), expected_report(a)
    wrong = {k: out[k] for k in KEYS if out[k] != expected[k]}
    layout = "Fortran-ordered" if a.flags.f_contiguous and not a.flags.c_contiguous else "C-ordered"
    assert_true(not wrong, f"view_report of a {layout} {a.shape} array is wrong for "
                f"{sorted(wrong)}", expected={k: expected[k] for k in wrong}, actual=wrong,
                help="views come from slices, .T and stride-compatible reshapes; fancy indexing, "
                     "masks and .copy() copy; np.shares_memory is exact, np.may_share_memory is "
                     "not")
    return out


# --- standardize_inplace --------------------------------------------------------------------


def test_inplace_known_answer(attempt):
    """standardize_inplace turns columns [1, 3] and [10, 10] into [-1, 1] and [0, 0] inside the
    array itself and returns None"""
    a = np.array([[1.0, 10.0], [3.0, 10.0]])
    out = standardize_in_place(attempt, a)
    assert_close(out, np.array([[-1.0, 0.0], [1.0, 0.0]]), **CLOSE,
                 what="the array after standardize_inplace(a)",
                 help="standardise each COLUMN (axis=0); a constant column becomes 0")


@given(grid_matrices())
def test_inplace_matches_numpy(attempt, a):
    """after standardize_inplace, the array holds (a - mean) / std per column, for C- and
    Fortran-ordered arrays"""
    out = standardize_in_place(attempt, a)
    assert_close(out.mean(axis=0), np.zeros(a.shape[1]), rtol=0, atol=1e-9,
                 what="column means after standardize_inplace")


def test_inplace_float32_stays_float32(attempt):
    """a float32 array is standardised in place and stays float32"""
    a = np.random.default_rng(8).uniform(-10, 10, (5, 3)).astype(np.float32)
    out = standardize_in_place(attempt, a, rtol=1e-5, atol=1e-5)
    assert_true(out.dtype == np.float32, "the array changed dtype", expected="float32",
                actual=str(out.dtype))


def test_inplace_rejects_integers(attempt):
    """integer, boolean and complex arrays raise TypeError: only real floating-point arrays are
    standardised in place"""
    for a in [np.array([[1, 2], [3, 5]]), np.array([[1, 2], [3, 5]], dtype=np.uint8),
              np.array([[True, False], [False, False]]),
              np.array([[1.0 + 1j, 2.0], [3.0, 5.0 - 2j]])]:
        with raises("TypeError", f"standardize_inplace on a {a.dtype} array"):
            in_place(attempt, "standardize_inplace", a)


def test_inplace_bad_shapes_raise(attempt):
    """a 1-D array, a 3-D array and an array with no rows raise ValueError"""
    for a, what in [(np.arange(3.0), "a 1-D array"), (np.zeros((2, 2, 2)), "a 3-D array"),
                    (np.zeros((0, 3)), "an array with 0 rows")]:
        with raises("ValueError", f"standardize_inplace with {what}"):
            in_place(attempt, "standardize_inplace", a)


# --- standardized_copy ----------------------------------------------------------------------


@given(grid_matrices())
def test_copy_matches_and_shares_nothing(attempt, reference, a):
    """standardized_copy equals (a - mean) / std per column and the reference, shares no memory
    with a, and leaves a unchanged"""
    out = copy_facts(attempt, a)  # the harness fails any call that changes a
    assert_close(out, reference.standardized_copy(a), **CLOSE,
                 what="standardized_copy(a) vs reference")


def test_copy_of_standardized_input_is_new(attempt):
    """even for an array that is already standardised, the result is a new array"""
    a = expected_standardized(np.random.default_rng(9).uniform(-10, 10, (6, 3)))
    copy_facts(attempt, a)


def test_copy_keeps_float32(attempt):
    """a float32 array gives a float32 result: a float input keeps its dtype"""
    a = np.random.default_rng(10).uniform(-10, 10, (5, 3)).astype(np.float32)
    facts = memory_facts(attempt, "standardized_copy", a)
    out = as_array(facts["result"], "standardized_copy(float32 a)", shape=a.shape, kind="f")
    assert_true(out.dtype == np.float32, "standardized_copy changed the dtype of a float32 array",
                expected="float32", actual=str(out.dtype),
                help="convert only non-float input to float64; a float array keeps its dtype")
    assert_close(out, expected_standardized(a), rtol=1e-5, atol=1e-5,
                 what="standardized_copy(float32 a)")


def test_copy_edge_cases(attempt):
    """integer input gives float64, one row gives zeros, and no columns give (n, 0)"""
    out = copy_facts(attempt, np.array([[1, 10], [3, 20]]))
    assert_true(out.dtype == np.float64, "standardized_copy of an int array must be float64",
                expected="float64", actual=str(out.dtype))
    copy_facts(attempt, np.array([[4.0, -2.0, 7.0]]))
    facts = memory_facts(attempt, "standardized_copy", np.zeros((3, 0)))
    as_array(facts["result"], "standardized_copy(3 x 0)", shape=(3, 0), kind="f")


def test_copy_bad_shapes_raise(attempt):
    """a 1-D array and an array with no rows raise ValueError"""
    for a, what in [(np.arange(3.0), "a 1-D array"), (np.zeros((0, 3)), "an array with 0 rows")]:
        with raises("ValueError", f"standardized_copy with {what}"):
            attempt.standardized_copy(a)


# --- shares_data and view_report ------------------------------------------------------------


def test_shares_data_on_independent_arrays(attempt):
    """arrays passed in by the checks are independent, so shares_data returns False, even for
    equal arrays and for an array passed twice"""
    a = np.arange(6.0).reshape(2, 3)
    for x, y, what in [(a, a, "the same array passed twice"), (a, a.copy(), "equal arrays"),
                       (np.zeros(3), np.zeros(3), "two zero vectors"),
                       (np.zeros((0, 2)), np.zeros((0, 2)), "two empty arrays")]:
        out = attempt.shares_data(x, y)
        assert_true(out is False, f"shares_data with {what} (independent in your process)",
                    expected=False, actual=repr(out),
                    help="equal values are not shared memory; compare memory with "
                         "np.shares_memory, not values, ids or .base")


def test_view_report_known_answer(attempt):
    """for a C-ordered 4 x 3 array: slices, a column, the reshape and the transpose share memory;
    fancy rows, the mask, the copy, disjoint halves and interleaved rows do not"""
    a = np.arange(12.0).reshape(4, 3) - 5
    assert_report(attempt, a)


def test_view_report_fortran_and_single_row(attempt):
    """for a Fortran-ordered array, reshape(-1) copies; for a single row, a[1:] is empty and
    shares nothing"""
    assert_report(attempt, np.asfortranarray(np.arange(12.0).reshape(4, 3)))
    assert_report(attempt, np.array([[1.0, -2.0, 3.0]]))
    assert_report(attempt, np.array([[1.0], [2.0], [-3.0]]))


@given(grid_matrices())
def test_view_report_matches_numpy(attempt, reference, a):
    """every entry of view_report equals np.shares_memory on the same pair, and the reference"""
    out = assert_report(attempt, a)
    ref = reference.view_report(a)
    assert_true(out == ref, "view_report differs from the reference", expected=ref, actual=out)


def test_view_report_uses_shares_data(attempt_source):
    """view_report calls your shares_data"""
    calls = [node for fn in ast.walk(ast.parse(attempt_source))
             if isinstance(fn, ast.FunctionDef) and fn.name == "view_report"
             for node in ast.walk(fn)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
             and node.func.id == "shares_data"]
    assert_true(bool(calls), "view_report does not call shares_data", expected="shares_data(...)",
                actual="no call", help="build each pair of arrays and ask shares_data about it")


def test_view_report_bad_input_raises(attempt):
    """a 1-D array and arrays with no rows or no columns raise ValueError"""
    for a, what in [(np.arange(3.0), "a 1-D array"), (np.zeros((0, 3)), "0 rows"),
                    (np.zeros((3, 0)), "0 columns")]:
        with raises("ValueError", f"view_report with {what}"):
            attempt.view_report(a)
