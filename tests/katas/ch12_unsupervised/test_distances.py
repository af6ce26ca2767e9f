"""Hidden checks for ch12/distances."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, forbid_calls, python_loops, raises
from scipy.spatial.distance import cdist

TOL = {"rtol": 1e-6, "atol": 1e-6}
METRICS = ["euclidean", "manhattan", "cosine", "correlation"]
SCIPY_NAME = {"euclidean": "euclidean", "manhattan": "cityblock", "cosine": "cosine",
              "correlation": "correlation"}
ENTRIES = st.floats(-10, 10, allow_nan=False).map(lambda x: round(x, 3))


def usable(M, metric):
    """Rows the metric is defined for: non-zero (cosine), non-constant (correlation)."""
    if metric == "cosine":
        return bool(np.all(np.abs(M).sum(axis=1) > 0))
    if metric == "correlation":
        return bool(np.all(np.ptp(M, axis=1) > 0))
    return True


@st.composite
def pairs(draw, metric=None, same=False):
    """(metric, A, B) with entries in [-10, 10] rounded to 3 decimals, valid for the metric."""
    metric = metric or draw(st.sampled_from(METRICS))
    d = draw(st.integers(2 if metric == "correlation" else 1, 5))

    def block():
        return hnp.arrays(np.float64, (draw(st.integers(1, 8)), d), elements=ENTRIES).filter(
            lambda M: usable(M, metric))

    A = draw(block())
    return metric, A, (A if same else draw(block()))


def dist(attempt, A, B, metric):
    return as_array(attempt.pairwise(A, B, metric), f"pairwise(A, B, {metric!r})",
                    shape=(A.shape[0], B.shape[0]))


def test_known_answers(attempt):
    """(0, 0) to (3, 4) is 5 (euclidean) and 7 (manhattan); orthogonal rows have cosine distance 1"""
    A, B = np.array([[0.0, 0.0], [3.0, 4.0]]), np.array([[3.0, 4.0]])
    assert_close(dist(attempt, A, B, "euclidean"), np.array([[5.0], [0.0]]), **TOL,
                 what="euclidean distances")
    assert_close(dist(attempt, A, B, "manhattan"), np.array([[7.0], [0.0]]), **TOL,
                 what="manhattan distances", help="manhattan sums absolute differences")
    U = np.array([[1.0, 0.0], [0.0, 2.0], [-3.0, 0.0]])
    assert_close(dist(attempt, U, U[:1], "cosine"), np.array([[0.0], [1.0], [2.0]]), **TOL,
                 what="cosine distances to (1, 0)",
                 help="cosine distance is 1 minus the cosine similarity")


def test_correlation_known_answer(attempt):
    """(1, 2, 3) has correlation distance 0 to (2, 4, 6), 2 to (3, 2, 1) and 1 to (1, 0, 1)"""
    A = np.array([[1.0, 2.0, 3.0]])
    B = np.array([[2.0, 4.0, 6.0], [3.0, 2.0, 1.0], [1.0, 0.0, 1.0]])
    assert_close(dist(attempt, A, B, "correlation"), np.array([[0.0, 2.0, 1.0]]), **TOL,
                 what="correlation distances",
                 help="centre each row on its own mean before taking the cosine")


@given(pairs())
def test_matches_scipy_cdist(attempt, reference, problem):
    """every metric matches scipy's cdist"""
    metric, A, B = problem
    D = dist(attempt, A, B, metric)
    assert_close(D, cdist(A, B, SCIPY_NAME[metric]), **TOL, what=f"pairwise(A, B, {metric!r})",
                 help="reduce over the feature axis (the last one) of A[:, None, :] - B[None, :, :]")
    assert_close(D, reference.pairwise(A, B, metric), **TOL,
                 what=f"pairwise(A, B, {metric!r}) against the reference")


@given(pairs(same=True))
def test_self_distances(attempt, problem):
    """D(A, A) is non-negative, symmetric and zero on the diagonal"""
    metric, A, _ = problem
    D = dist(attempt, A, A, metric)
    assert_true(bool(np.all(D >= -TOL["atol"])), "a distance is negative",
                expected=">= 0", actual=D, help="clip round-off below zero before a square root")
    assert_close(np.diag(D).copy(), np.zeros(A.shape[0]), **TOL, what="diagonal of D(A, A)")
    assert_close(D, D.T.copy(), **TOL, what="D(A, A) against its transpose")


@given(st.sampled_from(["euclidean", "manhattan"]),
       hnp.arrays(np.float64, st.tuples(st.just(3), st.integers(1, 5)), elements=ENTRIES))
def test_triangle_inequality(attempt, metric, P):
    """euclidean and manhattan distances obey the triangle inequality"""
    D = dist(attempt, P, P, metric)
    assert_true(bool(D[0, 2] <= D[0, 1] + D[1, 2] + TOL["atol"]),
                "d(a, c) > d(a, b) + d(b, c)", expected="d(a, c) <= d(a, b) + d(b, c)", actual=D)


@given(pairs(metric="manhattan"))
def test_manhattan_at_least_euclidean(attempt, problem):
    """manhattan distance is never smaller than euclidean distance"""
    _, A, B = problem
    l1, l2 = dist(attempt, A, B, "manhattan"), dist(attempt, A, B, "euclidean")
    assert_true(bool(np.all(l1 >= l2 - TOL["atol"])), "a manhattan distance is below euclidean",
                expected="manhattan >= euclidean", actual={"manhattan": l1, "euclidean": l2})


@given(pairs(metric="cosine"), st.data())
def test_cosine_ignores_row_scale(attempt, problem, data):
    """multiplying rows by positive numbers leaves cosine distances unchanged"""
    _, A, B = problem
    s = data.draw(hnp.arrays(np.float64, (A.shape[0], 1), elements=st.floats(0.1, 10)))
    assert_close(dist(attempt, A * s, B, "cosine"), dist(attempt, A, B, "cosine"), **TOL,
                 what="cosine distances after scaling the rows of A",
                 help="normalise every row of A and of B by its own norm")


@given(pairs(metric="correlation"), st.data())
def test_correlation_ignores_affine_rows(attempt, problem, data):
    """replacing each row by s * row + t with s > 0 leaves correlation distances unchanged"""
    _, A, B = problem
    s = data.draw(hnp.arrays(np.float64, (B.shape[0], 1), elements=st.floats(0.1, 10)))
    t = data.draw(hnp.arrays(np.float64, (B.shape[0], 1), elements=st.floats(-10, 10)))
    assert_close(dist(attempt, A, B * s + t, "correlation"), dist(attempt, A, B, "correlation"),
                 **TOL, what="correlation distances after s * row + t on B",
                 help="centre each row on its mean so that the shift t drops out")


def test_single_points_and_columns(attempt):
    """one row against one row, and one-feature points, still give a 2-D matrix"""
    a, b = np.array([[2.0]]), np.array([[-1.0], [5.0]])
    assert_close(dist(attempt, a, b, "euclidean"), np.array([[3.0, 3.0]]), **TOL,
                 what="pairwise([[2]], [[-1], [5]], 'euclidean')")
    assert_close(dist(attempt, a, b, "cosine"), np.array([[2.0, 0.0]]), **TOL,
                 what="pairwise([[2]], [[-1], [5]], 'cosine')")


def test_bad_input_raises(attempt):
    """zero rows (cosine), constant rows in A or B (correlation, also rows of 0.1s), a feature
    mismatch and bad names raise ValueError"""
    A = np.array([[1.0, 2.0], [3.0, 5.0]])
    with raises("ValueError", "cosine with a zero row in B"):
        attempt.pairwise(A, np.array([[0.0, 0.0]]), "cosine")
    with raises("ValueError", "cosine with a zero row in A"):
        attempt.pairwise(np.array([[0.0, 0.0], [1.0, 1.0]]), A, "cosine")
    with raises("ValueError", "correlation with a constant row"):
        attempt.pairwise(A, np.array([[4.0, 4.0]]), "correlation")
    # 0.1 - mean([0.1, 0.1, 0.1]) is not exactly 0: test "all entries equal", not a zero norm.
    with raises("ValueError", "correlation with a constant row of 0.1s in A"):
        attempt.pairwise(np.array([[0.1, 0.1, 0.1], [1.0, 2.0, 4.0]]), np.array([[1.0, 0.0, 2.0]]),
                         "correlation")
    with raises("ValueError", "correlation with a constant row of 0.1s in B"):
        attempt.pairwise(np.array([[1.0, 0.0, 2.0]]), np.array([[1.0, 2.0, 4.0], [0.1, 0.1, 0.1]]),
                         "correlation")
    with raises("ValueError", "2 features in A and 3 in B"):
        attempt.pairwise(A, np.ones((2, 3)), "euclidean")
    with raises("ValueError", "metric='chebyshev'"):
        attempt.pairwise(A, A, "chebyshev")
    with raises("ValueError", "a 1-D A"):
        attempt.pairwise(A[0], A, "manhattan")


def test_vectorised(attempt_source):
    """pairwise uses NumPy broadcasting, with no Python loop and no library distance routine"""
    forbid_calls(attempt_source, {"scipy.spatial.distance.cdist", "scipy.spatial.distance.pdist",
                                  "sklearn.metrics.pairwise_distances",
                                  "sklearn.metrics.pairwise.pairwise_distances"},
                 "the kata is to build the distance matrix yourself")
    lines = python_loops(attempt_source, "pairwise")
    assert_true(not lines, f"pairwise has Python loops or comprehensions at lines {lines}",
                expected="no loops", actual=lines,
                help="A[:, None, :] - B[None, :, :] has shape (m, n, d): reduce it over the last axis")
