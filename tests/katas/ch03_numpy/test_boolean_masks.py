"""Hidden checks for ch03/boolean_masks."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_true, raises
from kit.arrays import float_arrays, matrices, shapes, vectors
from scipy.stats import zscore

THRESHOLDS = st.floats(0.5, 3.0)


def oracle_keep(x, z):
    """The mask of kept entries, from scipy.stats.zscore (constant input keeps everything)."""
    if x.size == 0 or x.max() == x.min():
        return np.ones(x.shape, dtype=bool)
    return np.abs(zscore(x)) <= z


def clear_of_threshold(case):
    """Inputs whose z-scores are well defined and at least 1e-9 away from the threshold."""
    x, z = case
    if x.size == 0 or x.max() == x.min():
        return True
    if np.ptp(x) < 1e-6 * max(1.0, float(np.abs(x).max())):
        return False
    return bool(np.all(np.abs(np.abs(zscore(x)) - z) > 1e-9))


CASES = st.tuples(vectors((0, 30)), THRESHOLDS).filter(clear_of_threshold)


def assert_equal(actual, expected, what, help=""):
    assert_true(actual.shape == expected.shape and bool(np.array_equal(actual, expected,
                                                                        equal_nan=True)),
                f"{what} is wrong", expected=expected, actual=actual, help=help)


def kept(attempt, x, z):
    out = as_array(attempt.drop_outliers(x, z), f"drop_outliers(x, {z})", kind="f")
    assert_true(out.ndim == 1, "drop_outliers must return a 1-D array", expected=1,
                actual=out.ndim)
    return out


def test_known_answer(attempt):
    """in [1, 2, 3, 4, 100] the 100 is an outlier at z = 1.5 but not at z = 3"""
    x = np.array([1.0, 2.0, 3.0, 4.0, 100.0])
    assert_equal(kept(attempt, x, 1.5), x[:4], "drop_outliers([1, 2, 3, 4, 100], 1.5)",
                 help="z-score = (x - mean) / std with the population std (ddof=0)")
    assert_equal(kept(attempt, x, 3.0), x, "drop_outliers([1, 2, 3, 4, 100], 3.0)")


def test_default_threshold_is_3(attempt):
    """without z the threshold is 3: in eleven 0s and one 10, the 10 (z-score 3.3) is dropped"""
    x = np.array([0.0] * 11 + [10.0])
    out = as_array(attempt.drop_outliers(x), "drop_outliers(x)", kind="f")
    assert_equal(out, x[oracle_keep(x, 3.0)], "drop_outliers(eleven 0s and a 10)",
                 help="z defaults to 3.0")


def test_threshold_is_inclusive(attempt):
    """an entry exactly at the threshold stays: [-1, 1] has z-scores -1 and 1, kept at z = 1"""
    x = np.array([-1.0, 1.0])
    assert_equal(kept(attempt, x, 1.0), x, "drop_outliers([-1, 1], 1.0)",
                 help="keep |z| <= threshold, not <")


@given(CASES)
def test_drop_outliers_matches_scipy_zscore(attempt, reference, case):
    """drop_outliers keeps exactly the entries of the mask |scipy.stats.zscore(x)| <= z, in
    order"""
    x, z = case
    out = kept(attempt, x, z)
    assert_equal(out, x[oracle_keep(x, z)], f"drop_outliers(x, {z})",
                 help="population std (np.std's default), |z| <= threshold, original order")
    assert_equal(out, reference.drop_outliers(x, z), f"drop_outliers(x, {z}) vs reference")


def test_constant_and_empty_input(attempt):
    """a constant vector keeps every entry at any threshold, and an empty one stays empty"""
    for x in (np.full(4, 2.0), np.full(3, 0.1), np.array([7.0])):
        assert_equal(kept(attempt, x, 0.5), x, f"drop_outliers({x.tolist()}, 0.5)",
                     help="equal entries have z-score 0 by definition: keep them all")
    assert_equal(kept(attempt, np.array([]), 3.0), np.array([]), "drop_outliers([], 3.0)")


@given(st.integers(0, 20).flatmap(lambda n: st.tuples(
    matrices(rows=(n, n), cols=(1, 3)), hnp.arrays(np.int64, n, elements=st.integers(0, 3)))))
def test_rows_of_class_partition_x(attempt, case):
    """rows_of_class equals X[y == label], and the classes together partition X"""
    X, y = case
    total = 0
    for label in range(5):  # label 4 never occurs
        out = as_array(attempt.rows_of_class(X, y, label), f"rows_of_class(X, y, {label})",
                       shape=(int(np.sum(y == label)), X.shape[1]))
        assert_equal(out, X[y == label], f"rows_of_class(X, y, {label})")
        total += out.shape[0]
    assert_true(total == X.shape[0], "the classes do not partition X", expected=X.shape[0],
                actual=total)


def test_rows_of_class_length_mismatch_raises(attempt):
    """X with 4 rows and y with 3 labels raise ValueError"""
    with raises("ValueError", "rows_of_class with 4 rows and 3 labels"):
        attempt.rows_of_class(np.zeros((4, 2)), np.array([0, 1, 0]), 0)
    with raises("ValueError", "rows_of_class with 2 rows and 3 labels"):
        attempt.rows_of_class(np.zeros((2, 2)), np.array([0, 1, 0]), 0)


BAD = st.sampled_from([np.nan, np.inf, -np.inf])


@given(shapes(max_dims=3).flatmap(lambda s: float_arrays(s)), st.data())
def test_replace_nonfinite(attempt, x, data):
    """NaN and +-inf become the value, finite entries stay, and the result is all finite"""
    x = x.copy()
    if x.size:
        positions = data.draw(st.lists(st.integers(0, x.size - 1), max_size=4), label="bad at")
        for p in positions:
            x.flat[p] = data.draw(BAD, label="bad value")
    out = as_array(attempt.replace_nonfinite(x, -1.5), "replace_nonfinite(x, -1.5)",
                   shape=x.shape, kind="f")
    assert_equal(out, np.where(np.isfinite(x), x, -1.5), "replace_nonfinite(x, -1.5)",
                 help="np.isfinite is False for NaN, inf and -inf; np.isnan only finds NaN")
    assert_true(bool(np.isfinite(out).all()), "replace_nonfinite left a non-finite value",
                expected="all finite", actual=out)


def test_replace_nonfinite_known_answer(attempt):
    """[1, nan, inf, -inf] with value 0 becomes [1, 0, 0, 0]"""
    out = as_array(attempt.replace_nonfinite(np.array([1.0, np.nan, np.inf, -np.inf]), 0.0),
                   "replace_nonfinite([1, nan, inf, -inf], 0)", shape=(4,), kind="f")
    assert_equal(out, np.array([1.0, 0.0, 0.0, 0.0]), "replace_nonfinite([1, nan, inf, -inf], 0)")
