"""Hidden checks for ch03/split_arrays."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, as_pair, assert_true, raises
from kit.arrays import float_arrays, shapes

ROWS = st.tuples(st.integers(0, 12), shapes(min_dims=0, max_dims=2, max_side=3)).map(
    lambda s: (s[0],) + s[1])
DATA = float_arrays(ROWS)
MATRICES = float_arrays(st.tuples(st.integers(0, 8), st.integers(1, 4)))
FRACTIONS = st.one_of(
    st.floats(0, 1, exclude_min=True, exclude_max=True, allow_subnormal=False),
    st.integers(1, 99).map(lambda p: p / 100),
    st.integers(1, 9).map(lambda p: p / 10))


def assert_part(out, expected, what, help=""):
    out = as_array(out, what, shape=expected.shape)
    assert_true(bool(np.array_equal(out, expected)), f"{what} has wrong values",
                expected=expected, actual=out, help=help)
    return out


def parts_of(attempt, X, n_parts):
    out = attempt.split_into(X, n_parts)
    what = f"split_into(X with {len(X)} rows, {n_parts})"
    assert_true(type(out) is list and len(out) == n_parts,
                f"{what} must return a list of {n_parts} arrays", expected=f"list of {n_parts}",
                actual=f"{type(out).__name__} of length {len(out) if type(out) in (list, tuple) else '-'}")
    sizes = [np.shape(p)[0] if np.ndim(p) else None for p in out]
    for i, (part, expected) in enumerate(zip(out, np.array_split(X, n_parts), strict=True)):
        assert_part(part, expected, f"part {i} of {what}",
                    help=f"sizes {sizes} should be {[len(p) for p in np.array_split(X, n_parts)]}:"
                         " the first n % n_parts parts take one extra row")
    return out


def fraction_split(attempt, X, frac):
    first, second = as_pair(attempt.split_at_fraction(X, frac), f"split_at_fraction(X, {frac})")
    k = math.floor(frac * len(X) + 1e-9)
    help = (f"the first part has floor({frac} * {len(X)} + 1e-9) = {k} rows; without the 1e-9, "
            "0.29 * 100 rounds down to 28")
    assert_part(first, X[:k], f"first part of split_at_fraction(X with {len(X)} rows, {frac})",
                help=help)
    assert_part(second, X[k:], f"second part of split_at_fraction(X with {len(X)} rows, {frac})",
                help=help)
    return first, second


def feat_target(attempt, D, t):
    features, target = as_pair(attempt.features_target(D, t), f"features_target(D, {t})")
    assert_part(features, np.delete(D, t, axis=1), f"features of features_target(D, {t})",
                help="keep every column except the target, in order: np.delete(D, t, axis=1)")
    assert_part(target, D[:, t], f"target of features_target(D, {t})",
                help="the target is the column D[:, t], a 1-D array of shape (n,)")
    return features, target


# --- split_into -----------------------------------------------------------------------------


def test_known_answers(attempt):
    """10 rows in 3 parts have sizes 4, 3, 3; 0.29 of 100 rows is 29 rows; the target of a
    3-column matrix is its last column"""
    parts = parts_of(attempt, np.arange(10.0), 3)
    assert_true([len(p) for p in parts] == [4, 3, 3], "split_into(10 rows, 3) sizes",
                expected=[4, 3, 3], actual=[len(p) for p in parts])
    first, _ = fraction_split(attempt, np.arange(100.0).reshape(100, 1), 0.29)
    assert_true(len(first) == 29, "split_at_fraction(100 rows, 0.29)", expected=29,
                actual=len(first))
    feat_target(attempt, np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), -1)


@given(DATA, st.integers(1, 15))
def test_split_into_matches_array_split(attempt, reference, X, n_parts):
    """split_into gives the parts of np.array_split(X, n_parts) and of the reference"""
    parts = parts_of(attempt, X, n_parts)
    for i, (part, ref) in enumerate(zip(parts, reference.split_into(X, n_parts), strict=True)):
        assert_part(part, np.asarray(ref), f"part {i} vs the reference")


@given(DATA, st.integers(1, 15))
def test_split_into_properties(attempt, X, n_parts):
    """the parts concatenate back to X, and their sizes never increase and differ by at most 1"""
    parts = parts_of(attempt, X, n_parts)
    assert_part(np.concatenate(parts, axis=0), X, "the parts concatenated")
    sizes = [len(p) for p in parts]
    assert_true(sizes == sorted(sizes, reverse=True) and max(sizes) - min(sizes) <= 1,
                "part sizes must not increase and differ by at most 1", expected="e.g. 4, 3, 3",
                actual=sizes)


def test_split_into_edge_cases(attempt):
    """more parts than rows give empty parts at the end; no rows give empty parts; one part is X"""
    parts = parts_of(attempt, np.arange(2.0), 4)
    assert_true([len(p) for p in parts] == [1, 1, 0, 0], "split_into(2 rows, 4) sizes",
                expected=[1, 1, 0, 0], actual=[len(p) for p in parts])
    parts_of(attempt, np.zeros((0, 3)), 2)
    parts_of(attempt, np.asfortranarray(np.arange(12.0).reshape(4, 3)), 1)


def test_split_into_bad_input_raises(attempt):
    """n_parts of 0 or -1 and a 0-d X raise ValueError"""
    for n_parts in (0, -1):
        with raises("ValueError", f"split_into(X, {n_parts})"):
            attempt.split_into(np.arange(5.0), n_parts)
    with raises("ValueError", "split_into with a 0-d X"):
        attempt.split_into(np.array(3.0), 2)


# --- split_at_fraction ----------------------------------------------------------------------


@given(DATA, FRACTIONS)
def test_split_at_fraction_sizes(attempt, reference, X, frac):
    """the first part has floor(frac * n + 1e-9) rows, the second the rest, together X; the
    reference agrees"""
    first, second = fraction_split(attempt, X, frac)
    ref_first, _ = reference.split_at_fraction(X, frac)
    assert_true(len(first) == len(ref_first), "split_at_fraction size vs the reference",
                expected=len(ref_first), actual=len(first))


def test_split_at_fraction_rounding(attempt):
    """0.29, 0.57 and 0.58 of 100 rows, and 0.7 of 10 rows, give 29, 57, 58 and 7 rows even
    though frac * n lands just below those integers"""
    for frac, n, k in [(0.29, 100, 29), (0.57, 100, 57), (0.58, 100, 58), (0.7, 10, 7),
                       (0.1, 30, 3), (0.5, 7, 3)]:
        first, _ = fraction_split(attempt, np.arange(float(n)), frac)
        assert_true(len(first) == k, f"split_at_fraction({n} rows, {frac})", expected=k,
                    actual=len(first))


def test_split_at_fraction_bad_input_raises(attempt):
    """frac of 0, 1, -0.5 or 1.5 and a 0-d X raise ValueError"""
    for frac in (0.0, 1.0, -0.5, 1.5):
        with raises("ValueError", f"split_at_fraction(X, {frac})"):
            attempt.split_at_fraction(np.arange(10.0), frac)
    with raises("ValueError", "split_at_fraction with a 0-d X"):
        attempt.split_at_fraction(np.array(3.0), 0.5)


# --- features_target ------------------------------------------------------------------------


@given(MATRICES, st.data())
def test_features_target_matches_numpy(attempt, reference, D, data):
    """features equal np.delete(D, t, axis=1) and the target D[:, t], for every valid t,
    negative ones included; the reference agrees"""
    d = D.shape[1]
    t = data.draw(st.integers(-d, d - 1), label="target_col")
    features, target = feat_target(attempt, D, t)
    ref_features, ref_target = reference.features_target(D, t)
    assert_part(features, np.asarray(ref_features), "features vs the reference")


@given(MATRICES, st.data())
def test_target_appears_exactly_once(attempt, D, data):
    """putting the target back at position t rebuilds D: the target column appears once, the
    feature columns keep their order"""
    d = D.shape[1]
    t = data.draw(st.integers(-d, d - 1), label="target_col")
    features, target = feat_target(attempt, D, t)
    rebuilt = np.insert(features, t % d, target, axis=1)
    assert_part(rebuilt, D, "D rebuilt from features and target")


def test_features_target_default_and_edges(attempt):
    """the default target is the last column, a middle column works, and one column leaves
    (n, 0) features"""
    D = np.arange(12.0).reshape(3, 4)
    features, target = as_pair(attempt.features_target(D), "features_target(D)")
    assert_part(target, D[:, -1], "target of features_target(D) with the default target_col")
    assert_part(features, D[:, :-1], "features of features_target(D)")
    feat_target(attempt, D, 1)
    feat_target(attempt, np.ones((3, 1)), 0)
    feat_target(attempt, np.zeros((0, 3)), -2)


def test_features_target_bad_input_raises(attempt):
    """target_col outside -d .. d - 1 raises IndexError; a 1-D D or a D with no columns raises
    ValueError"""
    D = np.ones((4, 3))
    for t in (3, -4):
        with raises("IndexError", f"features_target(D with 3 columns, {t})"):
            attempt.features_target(D, t)
    for bad, what in [(np.ones(3), "a 1-D D"), (np.ones((3, 0)), "a D with no columns")]:
        with raises("ValueError", f"features_target with {what}"):
            attempt.features_target(bad, 0 if bad.ndim == 1 else -1)
