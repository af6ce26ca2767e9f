"""Hidden checks for ch07/rebalance."""

from collections import Counter

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import CheckFailure, as_array, as_float, as_pair, assert_close, assert_true, raises
from kit.labels import label_sets, label_vectors
from sklearn.utils.class_weight import compute_class_weight

EXACT = {"rtol": 1e-12, "atol": 1e-12}
LABELS = label_sets(2, 4).flatmap(lambda labels: label_vectors(labels, 2, 30)).filter(
    lambda y: len(np.unique(y)) >= 2)
SEEDS = st.integers(0, 2**32 - 1)


def with_ids(y):
    """Features whose first column is the row number, so every output row can be traced."""
    n = len(y)
    return np.column_stack([np.arange(n, dtype=float), np.linspace(-1, 1, n)])


def weights(attempt, y):
    out = attempt.balanced_class_weights(y)
    if type(out) is not dict:
        raise CheckFailure("balanced_class_weights must return a dict", expected="dict",
                           actual=type(out).__name__)
    expected_keys = sorted(np.unique(y).tolist())
    if sorted(out, key=str) != sorted(expected_keys, key=str):
        raise CheckFailure("the dict keys must be the class labels", expected=expected_keys,
                           actual=list(out), help="use plain Python labels: c.item() or c.tolist()")
    return {k: as_float(v, f"weight of class {k!r}") for k, v in out.items()}


def resample(attempt, fn, X, y, seed):
    Xr, yr = as_pair(getattr(attempt, fn)(X, y, seed), f"{fn}(...)")
    Xr = as_array(Xr, "X_res", kind="f")
    yr = as_array(yr, "y_res", kind="iuU")
    assert_true(Xr.ndim == 2 and Xr.shape[1] == X.shape[1] and yr.shape == (Xr.shape[0],),
                "X_res and y_res have inconsistent shapes", expected=f"(m, {X.shape[1]}), (m,)",
                actual=(Xr.shape, yr.shape))
    ids = Xr[:, 0].astype(int)
    assert_true(bool(np.all(y[ids] == yr)), "an output row does not carry its own label",
                expected=y[ids], actual=yr, help="index X and y with the same row positions")
    return ids, yr


def protocol(y, seed, over):
    """Independent implementation of the documented rng protocol (the oracle for exact rows)."""
    rng = np.random.default_rng(seed)
    classes, counts = np.unique(y, return_counts=True)
    rows = []
    for c in classes:
        idx = np.flatnonzero(y == c)
        if over:
            rows += list(idx) + list(rng.choice(idx, size=counts.max() - len(idx), replace=True))
        else:
            rows += list(rng.choice(idx, size=counts.min(), replace=False))
    return np.array(rows)


def test_known_weights(attempt):
    """labels [a, a, a, b] give weights a: 2/3 and b: 2"""
    got = weights(attempt, np.array(["a", "a", "a", "b"]))
    assert_close(np.array([got["a"], got["b"]]), np.array([2 / 3, 2.0]), **EXACT,
                 what="weights [a, b]", help="weight_k = n / (K * count_k)")


@given(LABELS)
def test_weights_match_sklearn(attempt, y):
    """the weights equal compute_class_weight('balanced') and every class carries n / K in total"""
    got = weights(attempt, y)
    classes, counts = np.unique(y, return_counts=True)
    expected = compute_class_weight("balanced", classes=classes, y=y)
    actual = np.array([got[c] for c in classes.tolist()])
    assert_close(actual, expected, **EXACT, what="class weights (sorted classes)")
    assert_close(actual * counts, np.full(len(classes), len(y) / len(classes)), **EXACT,
                 what="weight * count per class")
    assert_close(float(actual @ counts), float(len(y)), **EXACT, what="total weight")


@given(LABELS, SEEDS)
def test_oversample_follows_the_protocol(attempt, y, seed):
    """oversampling returns exactly the rows of the documented rng protocol"""
    ids, _ = resample(attempt, "random_oversample", with_ids(y), y, seed)
    expected = protocol(y, seed, over=True)
    assert_true(np.array_equal(ids, expected), "oversampled rows differ from the rng protocol",
                expected=expected, actual=ids,
                help="sorted classes; original rows first, then rng.choice(idx, n_max - n_c, "
                     "replace=True)")


@given(LABELS, SEEDS)
def test_oversample_properties(attempt, reference, y, seed):
    """after oversampling every class has the majority count and every original row survives"""
    ids, yr = resample(attempt, "random_oversample", with_ids(y), y, seed)
    n_max = max(Counter(y.tolist()).values())
    counts = Counter(yr.tolist())
    assert_true(set(counts.values()) == {n_max} and set(counts) == set(y.tolist()),
                "classes do not all have the majority count", expected=n_max, actual=dict(counts))
    missing = sorted(set(range(len(y))) - set(ids.tolist()))
    assert_true(not missing, "some original rows are missing after oversampling",
                expected="every row present", actual=f"missing rows {missing}",
                help="keep every original row and only add draws on top")
    ref = reference.random_oversample(with_ids(y), y, seed)[0][:, 0].astype(int)
    assert_true(np.array_equal(ids, ref), "oversampled rows differ from the reference",
                expected=ref, actual=ids)


@given(LABELS, SEEDS)
def test_undersample_follows_the_protocol(attempt, y, seed):
    """undersampling returns exactly the rows of the documented rng protocol, each at most once"""
    ids, yr = resample(attempt, "random_undersample", with_ids(y), y, seed)
    n_min = min(Counter(y.tolist()).values())
    counts = Counter(yr.tolist())
    assert_true(set(counts.values()) == {n_min}, "classes do not all have the minority count",
                expected=n_min, actual=dict(counts))
    assert_true(len(set(ids.tolist())) == len(ids), "a row appears twice after undersampling",
                expected="distinct rows", actual=ids, help="draw with replace=False")
    expected = protocol(y, seed, over=False)
    assert_true(np.array_equal(ids, expected), "undersampled rows differ from the rng protocol",
                expected=expected, actual=ids,
                help="sorted classes; rng.choice(idx, n_min, replace=False) for every class")


def test_same_seed_same_result(attempt):
    """the same seed gives the same resampling twice; the default seed is 0"""
    y = np.array([0] * 7 + [3] * 2 + [9] * 4)
    X = with_ids(y)
    for fn in ("random_oversample", "random_undersample"):
        a, _ = resample(attempt, fn, X, y, 11)
        b, _ = resample(attempt, fn, X, y, 11)
        assert_true(np.array_equal(a, b), f"{fn} is not reproducible", expected=a, actual=b,
                    help="create rng = np.random.default_rng(seed) inside the call")
        default = getattr(attempt, fn)(X, y)[0][:, 0].astype(int)
        assert_true(np.array_equal(default, protocol(y, 0, fn == "random_oversample")),
                    f"{fn} with the default seed differs from seed 0",
                    expected=protocol(y, 0, fn == "random_oversample"), actual=default)


def test_bad_input_raises(attempt):
    """a single class, mismatched lengths and a 1-D X raise ValueError"""
    y1 = np.array([4, 4, 4])
    with raises("ValueError", "balanced_class_weights with a single class"):
        attempt.balanced_class_weights(y1)
    for fn in ("random_oversample", "random_undersample"):
        with raises("ValueError", f"{fn} with a single class"):
            getattr(attempt, fn)(np.ones((3, 2)), y1)
        with raises("ValueError", f"{fn} with 3 rows in X and 2 labels"):
            getattr(attempt, fn)(np.ones((3, 2)), np.array([0, 1]))
        with raises("ValueError", f"{fn} with a 1-D X"):
            getattr(attempt, fn)(np.ones(3), np.array([0, 1, 1]))
