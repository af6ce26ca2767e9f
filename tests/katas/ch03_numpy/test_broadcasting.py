"""Hidden checks for ch03/broadcasting."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_close, assert_true, forbid_calls, python_loops, raises
from kit.arrays import broadcastable_shapes, incompatible_shapes, matrices
from sklearn.metrics.pairwise import euclidean_distances

CLOSE = {"rtol": 1e-9, "atol": 1e-9}
# Both spellings: kit.style matches the last two components of a dotted name.
BANNED = {f"{mod}.{fn}" for mod in ("numpy", "np")
          for fn in ("broadcast_shapes", "broadcast", "broadcast_to", "broadcast_arrays")}


def shape_of(attempt, *shapes):
    """Call broadcast_shape and check that it returned a tuple of ints."""
    result = attempt.broadcast_shape(*shapes)
    call = f"broadcast_shape{tuple(shapes)}"
    assert_true(type(result) is tuple and all(type(s) is int for s in result),
                f"{call} must return a tuple of Python ints", expected="tuple of int",
                actual=repr(result), help="build the result with tuple(...) of int sizes")
    return result


def assert_shape(attempt, shapes, expected):
    actual = shape_of(attempt, *shapes)
    assert_true(actual == expected, f"broadcast_shape{tuple(shapes)} is wrong",
                expected=expected, actual=actual,
                help="align the shapes on the RIGHT, pad the shorter ones with 1s on the left, "
                     "and let a 1 stretch to the other size (even to 0)")


def pair_of_matrices(rows=(0, 5), cols=(0, 4)):
    """(A, B) with the same number of columns."""
    return st.tuples(st.integers(*rows), st.integers(*rows), st.integers(*cols)).flatmap(
        lambda s: st.tuples(matrices((s[0], s[0]), (s[2], s[2])),
                            matrices((s[1], s[1]), (s[2], s[2]))))


def sq_dists(attempt, A, B):
    return as_array(attempt.pairwise_sq_dists(A, B), "pairwise_sq_dists(A, B)",
                    shape=(A.shape[0], B.shape[0]), kind="f")


def assert_no_loops(source, function):
    lines = python_loops(source, function)
    assert_true(not lines, f"{function} contains a Python loop or comprehension on line"
                f"{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}",
                expected="no for/while/comprehension", actual=f"loops on lines {lines}",
                help="let broadcasting do the looping: combine arrays of shapes such as "
                     "(n, 1, d) and (1, m, d), or (n, d) and (d,)")


# --- broadcast_shape ------------------------------------------------------------------------


def test_known_shapes(attempt):
    """known shape pairs broadcast as NumPy does: (3, 1) with (4,) gives (3, 4), and more"""
    table = [
        (((3, 1), (4,)), (3, 4)),
        (((5, 4), (4,)), (5, 4)),
        (((2, 1, 3), (4, 1)), (2, 4, 3)),
        (((8, 1, 6, 1), (7, 1, 5)), (8, 7, 6, 5)),
        (((), (3,)), (3,)),
        (((0,), (1,)), (0,)),
        (((2, 0), (2, 1)), (2, 0)),
        (((3,),), (3,)),
        (((1, 2), (3, 1), (1, 1, 1)), (1, 3, 2)),
    ]
    for shapes, expected in table:
        assert_shape(attempt, shapes, expected)


def test_no_shapes_give_a_0d_shape(attempt):
    """broadcasting no shapes at all gives () (the shape of a 0-d array)"""
    assert_shape(attempt, (), ())


def test_known_incompatible_shapes_raise(attempt):
    """(3,) with (4,), (2, 1) with (8, 4, 3) and (0,) with (2,) raise ValueError"""
    for shapes in [((3,), (4,)), ((2, 1), (8, 4, 3)), ((0,), (2,)), ((5, 2), (1,), (3, 1))]:
        with raises("ValueError", f"broadcast_shape{shapes} (incompatible sizes)"):
            attempt.broadcast_shape(*shapes)


@given(broadcastable_shapes(num_shapes=2))
def test_matches_numpy_on_compatible_pairs(attempt, case):
    """every compatible pair of shapes broadcasts to np.broadcast_shapes of the pair"""
    shapes, _ = case
    assert_shape(attempt, shapes, np.broadcast_shapes(*shapes))


@given(st.integers(1, 4).flatmap(lambda k: broadcastable_shapes(num_shapes=k)))
def test_matches_numpy_on_several_shapes(attempt, case):
    """one to four compatible shapes broadcast to np.broadcast_shapes of all of them"""
    shapes, _ = case
    assert_shape(attempt, shapes, np.broadcast_shapes(*shapes))


@given(incompatible_shapes(num_shapes=2, max_side=6))
def test_incompatible_pairs_raise(attempt, shapes):
    """two shapes whose right-aligned sizes differ and neither is 1 raise ValueError"""
    with raises("ValueError", f"broadcast_shape{shapes}"):
        attempt.broadcast_shape(*shapes)


@given(incompatible_shapes(num_shapes=3, max_side=6))
def test_incompatible_triples_raise(attempt, shapes):
    """three shapes raise ValueError when any two of them clash on an axis"""
    with raises("ValueError", f"broadcast_shape{shapes}"):
        attempt.broadcast_shape(*shapes)


@given(broadcastable_shapes(num_shapes=3))
def test_rule_is_commutative_and_associative(attempt, case):
    """order and grouping do not matter, and the result has as many dimensions as the longest
    shape"""
    (a, b, c), _ = case
    ab = shape_of(attempt, a, b)
    assert_true(ab == shape_of(attempt, b, a), f"broadcast_shape({a}, {b}) differs from "
                f"broadcast_shape({b}, {a})", expected=ab, actual=shape_of(attempt, b, a))
    left, right = shape_of(attempt, ab, c), shape_of(attempt, a, shape_of(attempt, b, c))
    assert_true(left == right, "broadcasting (a with b) with c differs from a with (b with c)",
                expected=left, actual=right)
    assert_true(len(ab) == max(len(a), len(b)), f"broadcast_shape({a}, {b}) has the wrong "
                "number of dimensions", expected=max(len(a), len(b)), actual=len(ab))


def test_negative_size_raises(attempt):
    """a negative size is not a shape and raises ValueError"""
    with raises("ValueError", "broadcast_shape((3, -1), (3, 1))"):
        attempt.broadcast_shape((3, -1), (3, 1))


def test_does_not_call_numpy_broadcasting_helpers(attempt_source):
    """broadcast_shape applies the rule itself, without NumPy's broadcasting helpers"""
    forbid_calls(attempt_source, BANNED,
                 "compute the shape from the sizes: pad on the left with 1s, then compare axis "
                 "by axis")


# --- center_columns -------------------------------------------------------------------------


def test_center_columns_known_answer(attempt):
    """columns [1, 3] and [10, 20] become [-1, 1] and [-5, 5]"""
    X = np.array([[1.0, 10.0], [3.0, 20.0]])
    out = as_array(attempt.center_columns(X), "center_columns(X)", shape=(2, 2), kind="f")
    assert_close(out, np.array([[-1.0, -5.0], [1.0, 5.0]]), **CLOSE, what="center_columns(X)",
                 help="subtract the mean of each COLUMN (axis=0), not of each row")


@given(matrices(rows=(1, 6), cols=(0, 4)))
def test_center_columns_matches_numpy(attempt, reference, X):
    """center_columns equals X - X.mean(axis=0) and the reference, and its columns have mean 0"""
    out = as_array(attempt.center_columns(X), "center_columns(X)", shape=X.shape, kind="f")
    assert_close(out, X - X.mean(axis=0), **CLOSE, what="center_columns(X)",
                 help="X.mean(axis=0) has shape (d,) and broadcasts against every row of X")
    assert_close(out, reference.center_columns(X), **CLOSE, what="center_columns(X) vs reference")
    assert_close(out.mean(axis=0), np.zeros(X.shape[1]), rtol=0, atol=1e-9,
                 what="column means of center_columns(X)")


def test_center_columns_edge_cases(attempt):
    """a single row becomes zeros and a matrix with no columns stays (n, 0)"""
    out = as_array(attempt.center_columns(np.array([[4.0, -2.0, 7.0]])), "center_columns(one row)",
                   shape=(1, 3), kind="f")
    assert_close(out, np.zeros((1, 3)), **CLOSE, what="center_columns(one row)")
    as_array(attempt.center_columns(np.zeros((3, 0))), "center_columns(3 x 0)", shape=(3, 0),
             kind="f")


def test_center_columns_bad_input_raises(attempt):
    """a 1-D X, a 3-D X and an X with no rows raise ValueError"""
    for X, what in [(np.arange(3.0), "a 1-D X"), (np.zeros((2, 2, 2)), "a 3-D X"),
                    (np.zeros((0, 3)), "an X with 0 rows")]:
        with raises("ValueError", f"center_columns with {what}"):
            attempt.center_columns(X)


def test_center_columns_has_no_loops(attempt_source):
    """center_columns uses broadcasting, with no Python loop or comprehension"""
    assert_no_loops(attempt_source, "center_columns")


# --- pairwise_sq_dists ----------------------------------------------------------------------


def test_pairwise_known_answer(attempt):
    """the squared distances from (0, 0) and (1, 1) to (3, 4) are 25 and 13"""
    out = sq_dists(attempt, np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[3.0, 4.0]]))
    assert_close(out, np.array([[25.0], [13.0]]), **CLOSE, what="pairwise_sq_dists(A, B)",
                 help="D[i, j] is the SQUARED distance between row i of A and row j of B")


@given(pair_of_matrices())
def test_pairwise_matches_sklearn(attempt, reference, pair):
    """pairwise_sq_dists equals scikit-learn's euclidean_distances(A, B, squared=True) and the
    reference"""
    A, B = pair
    out = sq_dists(attempt, A, B)
    expected = (euclidean_distances(A, B, squared=True) if A.size and B.size
                else np.zeros((A.shape[0], B.shape[0])))
    assert_close(out, expected, **CLOSE, what="pairwise_sq_dists(A, B)",
                 help="A[:, None, :] - B[None, :, :] has shape (n, m, d); sum its squares over "
                      "the last axis")
    assert_close(out, reference.pairwise_sq_dists(A, B), **CLOSE,
                 what="pairwise_sq_dists(A, B) vs reference")


@given(matrices(rows=(1, 6), cols=(1, 4)))
def test_pairwise_with_itself(attempt, A):
    """the distances of A to itself are symmetric, never negative, and zero on the diagonal"""
    out = sq_dists(attempt, A, A)
    assert_true(bool((out >= 0).all()), "pairwise_sq_dists(A, A) has a negative entry",
                expected="all entries >= 0", actual=out,
                help="the expansion |a|^2 + |b|^2 - 2 a.b can round below 0: clip it at 0")
    assert_close(out, out.T, **CLOSE, what="pairwise_sq_dists(A, A) vs its transpose")
    assert_close(np.diag(out), np.zeros(A.shape[0]), rtol=0, atol=1e-9,
                 what="diagonal of pairwise_sq_dists(A, A)")


def test_pairwise_never_negative(attempt):
    """on a seeded 6 x 3 matrix, no distance of A to itself rounds below zero"""
    A = np.random.default_rng(0).uniform(-10, 10, (6, 3))
    out = sq_dists(attempt, A, A)
    assert_true(bool((out >= 0).all()), "pairwise_sq_dists(A, A) has a negative entry",
                expected="all entries >= 0", actual=out,
                help="the expansion |a|^2 + |b|^2 - 2 a.b can round below 0: clip it at 0 "
                     "(np.maximum(D, 0))")


def test_pairwise_zero_size_inputs(attempt):
    """empty A or B give an empty matrix, and rows with no columns are at distance 0"""
    sq_dists(attempt, np.zeros((0, 3)), np.ones((4, 3)))
    sq_dists(attempt, np.ones((2, 3)), np.zeros((0, 3)))
    out = sq_dists(attempt, np.zeros((2, 0)), np.zeros((3, 0)))
    assert_close(out, np.zeros((2, 3)), **CLOSE, what="pairwise_sq_dists with d = 0")


def test_pairwise_bad_input_raises(attempt):
    """different numbers of columns (even when one of them is 1) and non-2-D inputs raise
    ValueError"""
    with raises("ValueError", "pairwise_sq_dists with 3 columns in A and 2 in B"):
        attempt.pairwise_sq_dists(np.ones((4, 3)), np.ones((5, 2)))
    with raises("ValueError", "pairwise_sq_dists with 3 columns in A and 1 in B"):
        attempt.pairwise_sq_dists(np.ones((4, 3)), np.ones((5, 1)))
    with raises("ValueError", "pairwise_sq_dists with a 1-D A"):
        attempt.pairwise_sq_dists(np.ones(3), np.ones((5, 3)))
    with raises("ValueError", "pairwise_sq_dists with a 3-D B"):
        attempt.pairwise_sq_dists(np.ones((2, 3)), np.ones((1, 5, 3)))


def test_pairwise_has_no_loops(attempt_source):
    """pairwise_sq_dists uses broadcasting, with no Python loop or comprehension"""
    assert_no_loops(attempt_source, "pairwise_sq_dists")
