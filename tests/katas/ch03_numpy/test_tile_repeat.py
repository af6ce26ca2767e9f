"""Hidden checks for ch03/tile_repeat."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_true, python_loops, raises
from kit.arrays import arrays, dtypes, shapes
from kit.style import names_used

BANNED = {"repeat", "tile", "kron"}
COUNTS = st.integers(0, 4)


def layouts(array_st):
    """The drawn arrays, in C order or converted to Fortran order."""
    return st.tuples(array_st, st.booleans()).map(
        lambda p: np.asfortranarray(p[0]) if p[1] else p[0])


ANY_ARRAYS = layouts(arrays(dtypes(), shapes(max_dims=4)))
TILE_ARRAYS = layouts(arrays(dtypes(), shapes(min_dims=1, max_dims=2)))


def assert_same(actual, expected, what, help=""):
    out = as_array(actual, what, shape=expected.shape, kind="fiub")
    assert_true(out.dtype == expected.dtype, f"{what} has dtype {out.dtype}",
                expected=str(expected.dtype), actual=str(out.dtype),
                help="keep the dtype of a: broadcasting and reshape never change it")
    assert_true(bool(np.array_equal(out, expected)), f"{what} has the wrong entries",
                expected=expected, actual=out, help=help)
    return out


def repeated(attempt, a, k):
    return assert_same(attempt.repeat_elements(a, k), np.repeat(a, k),
                       f"repeat_elements(a, {k}) for a of shape {a.shape}",
                       help="repeat each ENTRY k times in a row ([1, 1, 2, 2]), not the whole "
                            "array ([1, 2, 1, 2]); stretch a (size, 1) column to (size, k)")


def tiled(attempt, a, reps):
    return assert_same(attempt.tile_array(a, reps), np.tile(a, reps),
                       f"tile_array(a, {reps}) for a of shape {a.shape}",
                       help="reps[0] counts copies DOWN (rows), reps[1] ACROSS (columns); a 1-D a "
                            "is one row")


# --- repeat_elements --------------------------------------------------------------------------


def test_repeat_known_answer(attempt):
    """[1, 2, 3] with k = 2 gives [1, 1, 2, 2, 3, 3], and a 2 x 2 array is read row by row"""
    out = repeated(attempt, np.array([1, 2, 3]), 2)
    assert_true(out.tolist() == [1, 1, 2, 2, 3, 3], "repeat_elements([1, 2, 3], 2) is wrong",
                expected=[1, 1, 2, 2, 3, 3], actual=out.tolist())
    repeated(attempt, np.array([[1.5, 2.5], [3.5, 4.5]]), 3)


@given(ANY_ARRAYS, COUNTS)
def test_repeat_matches_numpy(attempt, reference, a, k):
    """repeat_elements(a, k) equals np.repeat(a, k) (and the reference) for any dtype, shape and
    memory layout"""
    out = repeated(attempt, a, k)
    assert_true(bool(np.array_equal(out, reference.repeat_elements(a, k))),
                "repeat_elements differs from the reference", expected=np.repeat(a, k), actual=out)


@given(arrays(np.float64, shapes(min_dims=1, max_dims=1, min_side=1, max_side=8)),
       st.integers(1, 5))
def test_repeat_blocks_average_back(attempt, a, k):
    """for 1-D a, the result has k * n entries and its rows of k average back to a"""
    out = as_array(attempt.repeat_elements(a, k), f"repeat_elements(a, {k})",
                   shape=(k * a.size,), kind="f")
    means = out.reshape(-1, k).mean(axis=1)
    assert_true(bool(np.allclose(means, a, rtol=0, atol=1e-12 * max(1.0, np.abs(a).max()))),
                "consecutive groups of k entries do not all equal the entry they repeat",
                expected=a, actual=means,
                help="entry i of a must fill positions i*k to (i+1)*k - 1 of the result")


def test_repeat_edge_cases(attempt):
    """k = 0, an empty array, a 0-d array and a Fortran-ordered array repeat like np.repeat"""
    repeated(attempt, np.array([1.0, 2.0]), 0)
    repeated(attempt, np.zeros((0, 3), dtype=np.int32), 2)
    repeated(attempt, np.array(7, dtype=np.int16), 3)
    repeated(attempt, np.asfortranarray(np.arange(6).reshape(2, 3)), 2)


def test_repeat_negative_raises(attempt):
    """a negative k raises ValueError"""
    with raises("ValueError", "repeat_elements([1, 2], -1)"):
        attempt.repeat_elements(np.array([1, 2]), -1)


# --- tile_array ---------------------------------------------------------------------------------


def test_tile_known_answer(attempt):
    """[[1, 2], [3, 4]] tiled (2, 3) gives a 4 x 6 array, and [1, 2] tiled (2, 2) is 2 x 4"""
    a = np.array([[1, 2], [3, 4]])
    out = tiled(attempt, a, (2, 3))
    assert_true(out.tolist() == [[1, 2, 1, 2, 1, 2], [3, 4, 3, 4, 3, 4]] * 2,
                "tile_array([[1, 2], [3, 4]], (2, 3)) is wrong", expected=np.tile(a, (2, 3)),
                actual=out)
    out = tiled(attempt, np.array([1, 2]), (2, 2))
    assert_true(out.tolist() == [[1, 2, 1, 2], [1, 2, 1, 2]], "tile_array([1, 2], (2, 2)) is wrong",
                expected=[[1, 2, 1, 2], [1, 2, 1, 2]], actual=out.tolist())


@given(TILE_ARRAYS, COUNTS, COUNTS)
def test_tile_matches_numpy(attempt, reference, a, r, c):
    """tile_array(a, (r, c)) equals np.tile(a, (r, c)) (and the reference) for 1-D and 2-D a"""
    out = tiled(attempt, a, (r, c))
    assert_true(bool(np.array_equal(out, reference.tile_array(a, (r, c)))),
                "tile_array differs from the reference", expected=np.tile(a, (r, c)), actual=out)


@given(arrays(np.float64, shapes(min_dims=2, max_dims=2, min_side=1)), st.integers(1, 3),
       st.integers(1, 3))
def test_tile_every_block_is_a(attempt, a, r, c):
    """every (m, n) block of the tiled array equals a"""
    m, n = a.shape
    out = as_array(attempt.tile_array(a, (r, c)), f"tile_array(a, {(r, c)})",
                   shape=(r * m, c * n), kind="f")
    for i in range(r):
        for j in range(c):
            block = out[i * m:(i + 1) * m, j * n:(j + 1) * n]
            assert_true(bool(np.array_equal(block, a)), f"block ({i}, {j}) of tile_array(a, "
                        f"{(r, c)}) is not a", expected=a, actual=block,
                        help="the copies of a must stay whole: a stretched view of shape "
                             "(r, m, c, n) reshapes to (r * m, c * n)")


def test_tile_edge_cases(attempt):
    """zero repetitions, empty arrays and Fortran-ordered input tile like np.tile"""
    for a, reps in [(np.array([1, 2]), (0, 3)), (np.array([1, 2]), (3, 0)),
                    (np.zeros((0, 3)), (2, 2)), (np.zeros(0, dtype=np.uint8), (2, 3)),
                    (np.asfortranarray(np.arange(6.0).reshape(3, 2)), (2, 2)),
                    (np.array([[5]], dtype=np.int8), (1, 1))]:
        tiled(attempt, a, reps)


def test_tile_bad_input_raises(attempt):
    """negative counts, reps without two entries and 0-d or 3-D arrays raise ValueError"""
    a = np.arange(4.0).reshape(2, 2)
    for args, what in [((a, (-1, 2)), "reps (-1, 2)"), ((a, (2, -1)), "reps (2, -1)"),
                       ((a, (2,)), "reps (2,)"), ((a, (1, 2, 3)), "reps (1, 2, 3)"),
                       ((np.array(3.0), (2, 2)), "a 0-d a"),
                       ((np.zeros((2, 2, 2)), (2, 2)), "a 3-D a")]:
        with raises("ValueError", f"tile_array with {what}"):
            attempt.tile_array(*args)


# --- rules ----------------------------------------------------------------------------------------


def test_no_repeat_tile_or_kron(attempt_source):
    """neither function uses np.repeat, np.tile, np.kron or a .repeat method"""
    found = names_used(attempt_source, BANNED)
    where = ", ".join(f"line {line}: {name}" for line, name in found)
    assert_true(not found, f"the kata asks you not to use repeat, tile or kron ({where})",
                expected="no repeat/tile/kron", actual=where,
                help="stretch a view with np.broadcast_to (or a new axis) and reshape it")


def test_no_python_loops(attempt_source):
    """repeat_elements and tile_array contain no Python loop or comprehension"""
    for function in ("repeat_elements", "tile_array"):
        lines = python_loops(attempt_source, function)
        assert_true(not lines, f"{function} contains a Python loop or comprehension on "
                    f"line(s) {', '.join(map(str, lines))}", expected="no for/while/comprehension",
                    actual=f"loops on lines {lines}",
                    help="let broadcasting make the copies: a view with a new axis of length k, "
                         "then reshape")
