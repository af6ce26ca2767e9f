"""Hidden checks for ch03/axis_aggregations."""

import warnings

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, python_loops, raises

CLOSE = {"rtol": 1e-9, "atol": 1e-9}
KEYS = ("mean", "std", "min", "max")
ORACLES = {"mean": np.nanmean, "std": np.nanstd, "min": np.nanmin, "max": np.nanmax}


def matrices_of(elements, rows=(0, 6), cols=(0, 4)):
    return st.tuples(st.integers(*rows), st.integers(*cols)).flatmap(
        lambda s: hnp.arrays(np.float64, s, elements=elements))


FINITE = st.floats(-10, 10, allow_nan=False, allow_subnormal=False)
WITH_NAN = matrices_of(st.one_of(FINITE, st.just(np.nan)), rows=(1, 6))
NON_NEGATIVE = matrices_of(st.one_of(st.just(0.0), st.floats(0, 10, allow_subnormal=False)))
TIED_SCORES = matrices_of(st.integers(0, 3).map(float), cols=(1, 4))


def numpy_summary(X):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return {key: fn(X, axis=0) for key, fn in ORACLES.items()}


def summary(attempt, X):
    out = attempt.column_summary(X)
    assert_true(type(out) is dict and sorted(out) == sorted(KEYS),
                "column_summary(X) must return a dict with exactly the keys "
                "'mean', 'std', 'min', 'max'", expected=sorted(KEYS),
                actual=sorted(map(str, out)) if type(out) is dict else type(out).__name__)
    return {key: as_array(out[key], f"column_summary(X)[{key!r}]", shape=(X.shape[1],),
                          kind="f") for key in KEYS}


def assert_summary(attempt, X):
    out, expected = summary(attempt, X), numpy_summary(X)
    helps = {"std": "the population standard deviation divides by the count (ddof=0), as "
                    "np.nanstd does", "mean": "ignore NaN entries: np.nanmean(X, axis=0)"}
    for key in KEYS:
        assert_close(out[key], expected[key], **CLOSE, what=f"column_summary(X)[{key!r}]",
                     help=helps.get(key, "reduce over the rows (axis=0), skipping NaN"))
    return out


def normalized(attempt, X):
    return as_array(attempt.row_normalize(X), "row_normalize(X)", shape=X.shape, kind="f")


def argmaxes(attempt, P):
    return as_array(attempt.argmax_per_row(P), "argmax_per_row(P)", shape=(P.shape[0],),
                    kind="iu")


def assert_no_loops(source, function):
    lines = python_loops(source, function)
    assert_true(not lines, f"{function} contains a Python loop or comprehension on line"
                f"{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}",
                expected="no for/while/comprehension", actual=f"loops on lines {lines}",
                help="NumPy reductions take axis=: axis=0 for one value per column, axis=1 for "
                     "one value per row")


# --- column_summary -------------------------------------------------------------------------


def test_summary_known_answer(attempt):
    """columns [1, 3] and [2, NaN] have means 2 and 2, stds 1 and 0, minima 1 and 2, maxima 3
    and 2"""
    X = np.array([[1.0, 2.0], [3.0, np.nan]])
    out = assert_summary(attempt, X)
    assert_close(out["std"], np.array([1.0, 0.0]), **CLOSE, what="column_summary(X)['std']")


@given(WITH_NAN)
def test_summary_matches_numpy(attempt, reference, X):
    """the summary equals np.nanmean, np.nanstd, np.nanmin and np.nanmax with axis=0, and the
    reference"""
    out = assert_summary(attempt, X)
    ref = reference.column_summary(X)
    for key in KEYS:
        assert_close(out[key], ref[key], **CLOSE, what=f"column_summary(X)[{key!r}] vs reference")


@given(WITH_NAN, st.randoms(use_true_random=False))
def test_summary_ignores_row_order(attempt, X, random):
    """shuffling the rows does not change any column statistic"""
    order = list(range(X.shape[0]))
    random.shuffle(order)
    before, after = summary(attempt, X), summary(attempt, X[order])
    for key in KEYS:
        assert_close(after[key], before[key], **CLOSE,
                     what=f"column_summary(shuffled rows)[{key!r}]",
                     help="a column statistic must not depend on the order of the rows")


def test_summary_edge_cases(attempt):
    """an all-NaN column gives NaN, one row gives std 0, and no columns give empty arrays"""
    out = assert_summary(attempt, np.array([[np.nan, 1.0], [np.nan, 5.0]]))
    assert_true(bool(np.isnan(out["mean"][0])), "an all-NaN column must have a NaN mean",
                expected=np.nan, actual=out["mean"][0])
    assert_summary(attempt, np.array([[4.0, -2.0, 7.0]]))
    assert_summary(attempt, np.zeros((3, 0)))
    assert_summary(attempt, np.asfortranarray(np.random.default_rng(5).uniform(-10, 10, (6, 3))))


def test_summary_far_from_zero(attempt):
    """a column around 1e6 (1e6 + 1, 1e6 + 2, 1e6 + 3) still has std sqrt(2/3) to 1e-9"""
    X = np.array([[1e6 + 1.0], [1e6 + 2.0], [1e6 + 3.0]])
    out = summary(attempt, X)
    assert_close(out["std"], np.array([np.sqrt(2 / 3)]), **CLOSE,
                 what="column_summary(X)['std']",
                 help="sqrt(mean(x**2) - mean(x)**2) cancels catastrophically far from 0: "
                      "subtract the mean first (np.nanstd does)")


def test_summary_bad_input_raises(attempt):
    """a 1-D X, a 3-D X and an X with no rows raise ValueError"""
    for X, what in [(np.arange(3.0), "a 1-D X"), (np.zeros((2, 2, 2)), "a 3-D X"),
                    (np.zeros((0, 3)), "an X with 0 rows")]:
        with raises("ValueError", f"column_summary with {what}"):
            attempt.column_summary(X)


# --- row_normalize --------------------------------------------------------------------------


def test_row_normalize_known_answer(attempt):
    """rows [1, 3] and [2, 2] become [0.25, 0.75] and [0.5, 0.5]; [3, -1] becomes [1.5, -0.5]"""
    out = normalized(attempt, np.array([[1.0, 3.0], [2.0, 2.0], [3.0, -1.0]]))
    assert_close(out, np.array([[0.25, 0.75], [0.5, 0.5], [1.5, -0.5]]), **CLOSE,
                 what="row_normalize(X)",
                 help="divide by the sum of each ROW: X.sum(axis=1, keepdims=True) has shape "
                      "(n, 1)")


@given(NON_NEGATIVE)
def test_row_normalize_matches_numpy(attempt, reference, X):
    """rows are divided by their sums and then sum to 1; a matrix with a zero row raises
    ValueError"""
    if X.shape[0] and (X.sum(axis=1) == 0).any():
        with raises("ValueError", "row_normalize(X) with a row that sums to 0"):
            attempt.row_normalize(X)
        return
    out = normalized(attempt, X)
    assert_close(out, X / X.sum(axis=1, keepdims=True), **CLOSE, what="row_normalize(X)")
    assert_close(out.sum(axis=1), np.ones(X.shape[0]), rtol=0, atol=1e-9,
                 what="row sums of row_normalize(X)")
    assert_close(out, reference.row_normalize(X), **CLOSE, what="row_normalize(X) vs reference")


def test_row_normalize_edge_cases(attempt):
    """no rows gives a (0, d) array, and a Fortran-ordered matrix works"""
    normalized(attempt, np.zeros((0, 3)))
    X = np.asfortranarray(np.random.default_rng(6).uniform(0.5, 10, (4, 3)))
    assert_close(normalized(attempt, X), X / X.sum(axis=1, keepdims=True), **CLOSE,
                 what="row_normalize(Fortran-ordered X)")


def test_row_normalize_bad_input_raises(attempt):
    """a row of zeros, a row like [1, -1], rows with no columns and a 1-D X raise ValueError"""
    cases = [(np.array([[1.0, 2.0], [0.0, 0.0]]), "a row of zeros"),
             (np.array([[1.0, -1.0], [1.0, 2.0]]), "a row [1, -1] that sums to 0"),
             (np.zeros((2, 0)), "rows with no columns"),
             (np.array([1.0, 2.0]), "a 1-D X")]
    for X, what in cases:
        with raises("ValueError", f"row_normalize with {what}"):
            attempt.row_normalize(X)


# --- argmax_per_row -------------------------------------------------------------------------


def test_argmax_known_answer(attempt):
    """rows [0.1, 0.7, 0.2], [5, 5, 1] and [-3, -1, -2] have their maxima at 1, 0 and 1"""
    P = np.array([[0.1, 0.7, 0.2], [5.0, 5.0, 1.0], [-3.0, -1.0, -2.0]])
    out = argmaxes(attempt, P)
    assert_true(out.tolist() == [1, 0, 1], "argmax_per_row(P) is wrong", expected=[1, 0, 1],
                actual=out.tolist(), help="one index per ROW (axis=1); a tie goes to the first "
                                          "index")


@given(TIED_SCORES)
def test_argmax_matches_numpy(attempt, reference, P):
    """argmax_per_row equals np.argmax(P, axis=1) and the reference, ties included"""
    out = argmaxes(attempt, P)
    expected = np.argmax(P, axis=1)
    assert_true(bool(np.array_equal(out, expected)), "argmax_per_row(P) differs from "
                "np.argmax(P, axis=1)", expected=expected, actual=out,
                help="among equal maxima, the lowest index wins")
    ref = reference.argmax_per_row(P)
    assert_true(bool(np.array_equal(out, ref)), "argmax_per_row(P) differs from the reference",
                expected=ref, actual=out)


@given(TIED_SCORES)
def test_argmax_points_at_the_maximum(attempt, P):
    """the chosen entry of each row is the row maximum, and no earlier entry equals it"""
    out = argmaxes(attempt, P)
    assert_true(bool(((out >= 0) & (out < P.shape[1])).all()),
                "argmax_per_row(P) gives an index outside 0..k-1", expected=f"0..{P.shape[1] - 1}",
                actual=out)
    chosen = P[np.arange(P.shape[0]), out]
    assert_close(chosen, P.max(axis=1), rtol=0, atol=0, what="P[i, argmax_per_row(P)[i]]")
    first = (P == P.max(axis=1, keepdims=True)).argmax(axis=1)
    assert_true(bool(np.array_equal(out, first)), "argmax_per_row(P) does not pick the first of "
                "tied maxima", expected=first, actual=out)


def test_argmax_edge_cases(attempt):
    """no rows gives an empty index array, one column gives all zeros"""
    argmaxes(attempt, np.zeros((0, 3)))
    out = argmaxes(attempt, np.array([[2.0], [-1.0]]))
    assert_true(out.tolist() == [0, 0], "argmax_per_row with one column is wrong",
                expected=[0, 0], actual=out.tolist())


def test_argmax_bad_input_raises(attempt):
    """a 1-D P and a P with no columns raise ValueError"""
    for P, what in [(np.array([0.2, 0.8]), "a 1-D P"), (np.zeros((3, 0)), "a P with 0 columns")]:
        with raises("ValueError", f"argmax_per_row with {what}"):
            attempt.argmax_per_row(P)


def test_no_loops(attempt_source):
    """column_summary, row_normalize and argmax_per_row reduce with axis=, without Python loops"""
    for function in ("column_summary", "row_normalize", "argmax_per_row"):
        assert_no_loops(attempt_source, function)
