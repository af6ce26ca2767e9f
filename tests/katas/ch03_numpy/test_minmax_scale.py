"""Hidden checks for ch03/minmax_scale."""

import warnings

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, raises
from kit.style import import_lines
from sklearn.preprocessing import MinMaxScaler

CLOSE = {"rtol": 1e-9, "atol": 1e-9}
EPS = np.finfo(np.float64).eps
RANGES = st.sampled_from([(0.0, 1.0), (-1.0, 1.0), (-2.0, 5.0), (0.25, 0.5), (10.0, 100.0)])


def grid_matrices(rows=(1, 6), cols=(0, 4), nan=False):
    """Float64 matrices whose values are multiples of 1/8 in [-10, 10] (NaN too when asked):
    every column is exactly constant or has a range of at least 1/8."""
    grid = st.integers(-80, 80).map(lambda k: k / 8)
    elements = st.one_of(grid, st.just(np.nan)) if nan else grid
    return st.tuples(st.integers(*rows), st.integers(*cols)).flatmap(
        lambda s: hnp.arrays(np.float64, s, elements=elements))


def sklearn_scale(X, feature_range=(0.0, 1.0)):
    X = np.asarray(X, dtype=float)
    if X.shape[1] == 0:
        return np.zeros(X.shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns
        return MinMaxScaler(feature_range=feature_range).fit_transform(X)


def scaled(attempt, X, feature_range=None):
    args = (X,) if feature_range is None else (X, feature_range)
    what = "minmax_scale(X)" if feature_range is None else f"minmax_scale(X, {feature_range})"
    return as_array(attempt.minmax_scale(*args), what, shape=np.shape(X), kind="f")


def test_known_answer(attempt):
    """columns [0, 5, 10] and [2, 4, 3] scale to [0, 0.5, 1] and [0, 1, 0.5]"""
    X = np.array([[0.0, 2.0], [5.0, 4.0], [10.0, 3.0]])
    assert_close(scaled(attempt, X), np.array([[0.0, 0.0], [0.5, 1.0], [1.0, 0.5]]), **CLOSE,
                 what="minmax_scale(X)",
                 help="take the minimum and maximum of each COLUMN (axis=0), not of each row or "
                      "of the whole array")


def test_known_answer_with_range(attempt):
    """with feature_range (-1, 1), the column [1, 2, 3] becomes [-1, 0, 1]"""
    X = np.array([[1.0], [2.0], [3.0]])
    assert_close(scaled(attempt, X, (-1.0, 1.0)), np.array([[-1.0], [0.0], [1.0]]), **CLOSE,
                 what="minmax_scale(X, (-1, 1))",
                 help="scale to [0, 1] first, then multiply by (hi - lo) and add lo")


@given(grid_matrices(), RANGES)
def test_matches_sklearn(attempt, reference, X, feature_range):
    """minmax_scale equals scikit-learn's MinMaxScaler(feature_range).fit_transform(X) and the
    reference"""
    out = scaled(attempt, X, feature_range)
    assert_close(out, sklearn_scale(X, feature_range), **CLOSE,
                 what=f"minmax_scale(X, {feature_range})",
                 help="out = lo + (X - min) * (hi - lo) / (max - min), column by column")
    assert_close(out, reference.minmax_scale(X, feature_range), **CLOSE,
                 what="minmax_scale(X) vs reference")


@given(grid_matrices(nan=True), RANGES)
def test_nans_pass_through(attempt, X, feature_range):
    """NaN entries are ignored for the column range and stay NaN, as in MinMaxScaler"""
    out = scaled(attempt, X, feature_range)
    assert_true(bool((np.isnan(out) == np.isnan(X)).all()),
                "the NaN entries of minmax_scale(X) are not exactly those of X",
                expected=np.isnan(X), actual=np.isnan(out),
                help="use np.nanmin / np.nanmax so one missing value does not turn its whole "
                     "column into NaN")
    assert_close(out, sklearn_scale(X, feature_range), **CLOSE,
                 what=f"minmax_scale(X with NaN, {feature_range})")


@given(grid_matrices(), RANGES)
def test_range_properties(attempt, X, feature_range):
    """outputs stay inside the range, non-constant columns reach both bounds, constant columns
    sit at the lower bound, and the order within each column is kept"""
    lo, hi = feature_range
    out = scaled(attempt, X, feature_range)
    assert_true(bool(((out >= lo - 1e-9) & (out <= hi + 1e-9)).all()),
                f"minmax_scale(X, {feature_range}) leaves the range", expected=feature_range,
                actual=out)
    varies = X.max(axis=0) > X.min(axis=0)
    assert_close(out.min(axis=0)[varies], np.full(varies.sum(), lo), **CLOSE,
                 what="column minima of the output (non-constant columns)")
    assert_close(out.max(axis=0)[varies], np.full(varies.sum(), hi), **CLOSE,
                 what="column maxima of the output (non-constant columns)")
    assert_close(out[:, ~varies], np.full((X.shape[0], int((~varies).sum())), lo), **CLOSE,
                 what="constant columns of the output",
                 help="a constant column has range 0: map it to lo instead of dividing by 0")
    order = np.argsort(X, axis=0, kind="stable")
    ranked = np.take_along_axis(out, order, axis=0)
    assert_true(bool((np.diff(ranked, axis=0) >= 0).all()),
                "minmax_scale does not keep the order of values within a column",
                expected="non-decreasing outputs along each sorted column", actual=out)


@given(grid_matrices())
def test_idempotent_on_unit_range(attempt, X):
    """scaling an already scaled matrix to (0, 1) again changes nothing"""
    once = scaled(attempt, X)
    assert_close(scaled(attempt, once), once, **CLOSE, what="minmax_scale(minmax_scale(X))")


def test_constant_column_threshold(attempt):
    """a column whose range is below 10 machine epsilons counts as constant and maps to lo,
    while a range of 1e-9 is scaled to the full range"""
    X = np.array([[1.0, 3.0, 0.0], [1.0 + EPS, 3.0, 1e-9], [1.0 + 4 * EPS, 3.0, 0.0]])
    out = scaled(attempt, X, (-2.0, 5.0))
    expected = np.array([[-2.0, -2.0, -2.0], [-2.0, -2.0, 5.0], [-2.0, -2.0, -2.0]])
    assert_close(out, expected, **CLOSE, what="minmax_scale(X, (-2, 5))",
                 help="MinMaxScaler treats a range below 10 * np.finfo(float).eps as zero; a "
                      "test like range == 0 scales rounding noise up to the full range")
    assert_close(out, sklearn_scale(X, (-2.0, 5.0)), **CLOSE, what="minmax_scale vs MinMaxScaler")


def test_threshold_is_strict(attempt):
    """a range of exactly 10 machine epsilons, or 10.5, is not below the threshold: the column is
    scaled to the full range, as MinMaxScaler does"""
    X = np.array([[1.0, 0.0], [1.0 + 10 * EPS, 10.5 * EPS], [1.0 + 5 * EPS, 0.0]])
    out = scaled(attempt, X, (-2.0, 5.0))
    expected = np.array([[-2.0, -2.0], [5.0, 5.0], [1.5, -2.0]])
    assert_close(out, expected, **CLOSE, what="minmax_scale(X, (-2, 5))",
                 help="a column is constant only when its range is strictly below "
                      "10 * np.finfo(np.float64).eps (compare with <, not <=)")
    assert_close(out, sklearn_scale(X, (-2.0, 5.0)), **CLOSE, what="minmax_scale vs MinMaxScaler")


def test_float32_input_gives_float64(attempt):
    """a float32 X is converted to float64 first, and the result is float64"""
    X = np.array([[0.0, 2.0], [5.0, 4.0], [10.0, 3.5]], dtype=np.float32)
    out = scaled(attempt, X)
    assert_true(out.dtype == np.float64, "minmax_scale(float32 X) must return float64",
                expected="float64", actual=str(out.dtype),
                help="convert X with np.asarray(X, dtype=float) before computing")
    assert_close(out, sklearn_scale(X), **CLOSE, what="minmax_scale(float32 X)")


def test_edge_cases(attempt):
    """a single row, an all-NaN column, integer input and a matrix with no columns"""
    assert_close(scaled(attempt, np.array([[3.0, -1.0]]), (1.0, 2.0)), np.array([[1.0, 1.0]]),
                 **CLOSE, what="minmax_scale(one row, (1, 2))")
    X = np.array([[np.nan, 1.0], [np.nan, 2.0]])
    assert_close(scaled(attempt, X), np.array([[np.nan, 0.0], [np.nan, 1.0]]), **CLOSE,
                 what="minmax_scale(X with an all-NaN column)",
                 help="an all-NaN column has no range and stays NaN")
    ints = np.array([[0, 10], [4, 20], [8, 30]], dtype=np.int64)
    assert_close(scaled(attempt, ints), np.array([[0.0, 0.0], [0.5, 0.5], [1.0, 1.0]]), **CLOSE,
                 what="minmax_scale(integer X)", help="convert X to float before dividing")
    scaled(attempt, np.zeros((3, 0)))


def test_fortran_ordered_input(attempt):
    """a Fortran-ordered (column-major) matrix scales like the same matrix in C order"""
    X = np.asfortranarray(np.random.default_rng(3).uniform(-10, 10, (5, 3)))
    assert_close(scaled(attempt, X), sklearn_scale(X), **CLOSE, what="minmax_scale(Fortran X)")


def test_bad_input_raises(attempt):
    """lo >= hi, a 1-D or 3-D X and an X with no rows raise ValueError"""
    X = np.array([[1.0, 2.0], [3.0, 5.0]])
    for rng in [(1.0, 1.0), (1.0, 0.0)]:
        with raises("ValueError", f"minmax_scale(X, {rng})"):
            attempt.minmax_scale(X, rng)
    for bad, what in [(np.arange(3.0), "a 1-D X"), (np.zeros((2, 2, 2)), "a 3-D X"),
                      (np.zeros((0, 3)), "an X with 0 rows")]:
        with raises("ValueError", f"minmax_scale with {what}"):
            attempt.minmax_scale(bad)


def test_does_not_import_sklearn(attempt_source):
    """minmax_scale does the arithmetic itself, without importing scikit-learn"""
    lines = import_lines(attempt_source, {"sklearn"})
    assert_true(not lines, f"your file imports scikit-learn (line {', '.join(map(str, lines))})",
                expected="no sklearn import", actual=f"imports on lines {lines}",
                help="subtract the column minima and divide by the column ranges with NumPy")
