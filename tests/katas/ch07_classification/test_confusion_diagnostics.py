"""Hidden checks for ch07/confusion_diagnostics."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import CheckFailure, assert_true, raises
from kit.labels import binary_label_pairs, label_sets
from sklearn.metrics import confusion_matrix

# Small counts: ties between cells are common.
MATRICES = st.integers(1, 5).flatmap(
    lambda k: hnp.arrays(np.int64, (k, k), elements=st.integers(0, 4)))


def with_labels(cm_strategy=MATRICES):
    return cm_strategy.flatmap(
        lambda cm: label_sets(len(cm), len(cm)).map(lambda labels: (cm, labels)))


def oracle(cm, labels, k):
    """Every off-diagonal non-zero cell, sorted by (-count, row, column), first k."""
    cells = [(-int(cm[i, j]), i, j) for i in range(len(cm)) for j in range(len(cm))
             if i != j and cm[i, j] > 0]
    return [(labels[i].item(), labels[j].item(), -c) for c, i, j in sorted(cells)[:k]]


def tops(attempt, cm, labels, k):
    out = attempt.top_confusions(cm, labels, k)
    if type(out) is not list or not all(type(t) is tuple and len(t) == 3 for t in out):
        raise CheckFailure("top_confusions must return a list of (actual, predicted, count) "
                           "tuples", expected="list of 3-tuples", actual=out)
    return out


def expect(actual, expected, what, help=""):
    assert_true(actual == expected, f"{what} is wrong", expected=expected, actual=actual,
                help=help)


def test_known_top_confusions(attempt):
    """a 3-class matrix gives its two largest mistakes first, ties in row order"""
    cm = np.array([[5, 3, 1], [0, 7, 3], [2, 0, 9]])
    expect(tops(attempt, cm, ["cat", "dog", "eel"], 3),
           [("cat", "dog", 3), ("dog", "eel", 3), ("eel", "cat", 2)], "top_confusions(cm, k=3)",
           help="sort by count descending, then by row, then by column; skip the diagonal")
    expect(tops(attempt, cm, [10, 20, 30], 10),
           [(10, 20, 3), (20, 30, 3), (30, 10, 2), (10, 30, 1)], "top_confusions(cm, k=10)",
           help="only non-zero off-diagonal cells are reported")


def test_k_defaults_to_3(attempt):
    """without k, the three largest mistakes are returned"""
    cm = np.array([[5, 3, 1], [0, 7, 3], [2, 0, 9]])
    out = attempt.top_confusions(cm, ["cat", "dog", "eel"])
    expect(out, [("cat", "dog", 3), ("dog", "eel", 3), ("eel", "cat", 2)],
           "top_confusions(cm, labels)", help="k defaults to 3")


def test_known_error_bias(attempt):
    """more false positives is 'too_aggressive', more false negatives 'too_conservative'"""
    for cm2, expected in [([[50, 9], [2, 39]], "too_aggressive"),
                          ([[50, 2], [9, 39]], "too_conservative"),
                          ([[50, 4], [4, 42]], "balanced")]:
        expect(attempt.error_bias(np.array(cm2)), expected, f"error_bias({cm2})",
               help="tn, fp, fn, tp = cm2.ravel(): fp is cm2[0, 1], fn is cm2[1, 0]")


@given(with_labels(), st.integers(0, 8))
def test_matches_sorted_cells(attempt, reference, case, k):
    """the list equals the sorted off-diagonal cells (count descending, then row, then column)"""
    cm, labels = case
    got = tops(attempt, cm, labels, k)
    expect(got, oracle(cm, labels, k), f"top_confusions(k={k})",
           help="ties: the smaller row first, then the smaller column")
    expect(got, reference.top_confusions(cm, labels, k), "top_confusions vs the reference")


@given(with_labels(), st.integers(0, 8))
def test_top_confusion_properties(attempt, case, k):
    """no diagonal cell, only non-zero counts, counts non-increasing, and at most k entries"""
    cm, labels = case
    got = tops(attempt, cm, labels, k)
    index = {v: i for i, v in enumerate(labels.tolist())}
    counts = [c for _, _, c in got]
    assert_true(len(got) <= k, "more than k entries", expected=f"<= {k}", actual=len(got))
    assert_true(all(a != p for a, p, _ in got), "a diagonal cell was reported",
                expected="actual != predicted", actual=got)
    assert_true(all(c > 0 for c in counts), "a zero count was reported", expected="> 0",
                actual=counts)
    assert_true(counts == sorted(counts, reverse=True), "counts are not non-increasing",
                expected=sorted(counts, reverse=True), actual=counts)
    assert_true(all(a in index and p in index for a, p, _ in got),
                "an entry names a label that is not in labels", expected=list(index), actual=got,
                help="report the labels themselves, not row and column indices")
    assert_true(all(cm[index[a], index[p]] == c for a, p, c in got),
                "a reported count is not the matrix cell", expected="cm[actual, predicted]",
                actual=got)


@given(binary_label_pairs(max_size=40))
def test_error_bias_from_label_vectors(attempt, pair):
    """error_bias of scikit-learn's matrix (positive = second sorted label) compares fp and fn"""
    y_true, y_pred, _, _ = pair
    labels = np.union1d(y_true, y_pred)
    if len(labels) < 2:
        return
    cm2 = confusion_matrix(y_true, y_pred, labels=labels)
    _, fp, fn, _ = cm2.ravel()
    expected = "too_aggressive" if fp > fn else "too_conservative" if fn > fp else "balanced"
    expect(attempt.error_bias(cm2), expected, f"error_bias({cm2.tolist()})")


def test_bad_input_raises(attempt):
    """a non-square matrix, negative counts, wrong label count, negative k and a 3 x 3 matrix for
    error_bias raise ValueError"""
    with raises("ValueError", "top_confusions with a 2 x 3 matrix"):
        attempt.top_confusions(np.ones((2, 3), dtype=int), [0, 1], 1)
    with raises("ValueError", "top_confusions with a 1 x 3 matrix"):
        attempt.top_confusions(np.ones((1, 3), dtype=int), [0], 1)
    with raises("ValueError", "top_confusions with a negative count"):
        attempt.top_confusions(np.array([[1, -1], [0, 1]]), [0, 1], 1)
    with raises("ValueError", "top_confusions with 3 labels for 2 classes"):
        attempt.top_confusions(np.ones((2, 2), dtype=int), [0, 1, 2], 1)
    with raises("ValueError", "top_confusions with k = -1"):
        attempt.top_confusions(np.ones((2, 2), dtype=int), [0, 1], -1)
    with raises("ValueError", "error_bias with a 3 x 3 matrix"):
        attempt.error_bias(np.ones((3, 3), dtype=int))
    with raises("ValueError", "error_bias with a 1-D array"):
        attempt.error_bias(np.ones(4, dtype=int))
