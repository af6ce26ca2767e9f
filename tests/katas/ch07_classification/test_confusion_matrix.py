"""Hidden checks for ch07/confusion_matrix."""

import warnings

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, as_pair, assert_close, assert_true, raises
from kit.labels import label_pairs, shuffle_jointly
from sklearn.metrics import confusion_matrix as sk_confusion
from sklearn.metrics import precision_recall_fscore_support, precision_score, recall_score

EXACT = {"rtol": 1e-12, "atol": 1e-12}
PAIRS = label_pairs(1, 5, 1, 40)


def matrix(attempt, y_true, y_pred, labels=None):
    k = len(np.union1d(y_true, y_pred)) if labels is None else len(labels)
    args = (y_true, y_pred) if labels is None else (y_true, y_pred, labels)
    return as_array(attempt.confusion_matrix(*args), "confusion_matrix(...)", shape=(k, k),
                    kind="iu")


def same(actual, expected, what, help=""):
    assert_true(np.array_equal(actual, expected), f"{what} has wrong counts", expected=expected,
                actual=actual, help=help)


def per_class(attempt, cm):
    p, r = as_pair(attempt.per_class_precision_recall(cm), "per_class_precision_recall(...)")
    k = cm.shape[0]
    return (as_array(p, "precision", shape=(k,), kind="f"),
            as_array(r, "recall", shape=(k,), kind="f"))


def sk_scores(y_true, y_pred, labels, average):
    kw = {"labels": labels, "average": average, "zero_division": 0}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return precision_score(y_true, y_pred, **kw), recall_score(y_true, y_pred, **kw)


@st.composite
def label_choices(draw):
    """(y_true, y_pred, labels): labels is a subset of the union in any order, plus an unseen
    label, and contains at least one label of y_true."""
    y_true, y_pred = draw(PAIRS)
    union = np.union1d(y_true, y_pred).tolist()
    chosen = draw(st.lists(st.sampled_from(union), min_size=1, max_size=len(union), unique=True))
    chosen.append(draw(st.sampled_from(union)))  # make sure a label of y_true is present
    chosen = list(dict.fromkeys(chosen + [y_true[0].item()]))
    if draw(st.booleans()):
        chosen.append("zzz" if isinstance(chosen[0], str) else 999)  # a label that never occurs
    return y_true, y_pred, draw(st.permutations(chosen))


def test_known_matrix(attempt):
    """a small three-class example gives the expected counts (rows actual, columns predicted)"""
    y_true = np.array(["cat", "cat", "dog", "dog", "dog", "eel"])
    y_pred = np.array(["cat", "dog", "dog", "dog", "eel", "cat"])
    expected = np.array([[1, 1, 0], [0, 2, 1], [1, 0, 0]])
    same(matrix(attempt, y_true, y_pred), expected, "confusion_matrix(...)",
         help="rows are actual labels, columns predicted, classes in sorted order")


def test_known_precision_recall(attempt):
    """per-class precision and recall of a known matrix, with 0.0 for a class never predicted"""
    cm = np.array([[3, 1, 0], [2, 4, 0], [1, 1, 0]])
    p, r = per_class(attempt, cm)
    assert_close(p, np.array([0.5, 4 / 6, 0.0]), **EXACT, what="precision",
                 help="precision divides the diagonal by the column sums; an empty column gives 0")
    assert_close(r, np.array([0.75, 4 / 6, 0.0]), **EXACT, what="recall",
                 help="recall divides the diagonal by the row sums")


@given(PAIRS)
def test_matches_sklearn(attempt, pair):
    """the matrix equals scikit-learn's confusion_matrix (strings, labels not 0..K-1, classes
    absent from one side)"""
    y_true, y_pred = pair
    same(matrix(attempt, y_true, y_pred), sk_confusion(y_true, y_pred), "confusion_matrix(...)")


@given(label_choices())
def test_matches_sklearn_with_labels(attempt, reference, case):
    """with an explicit labels list (any order, unseen labels, some labels left out) the matrix
    equals scikit-learn's and the reference's"""
    y_true, y_pred, labels = case
    got = matrix(attempt, y_true, y_pred, labels)
    same(got, sk_confusion(y_true, y_pred, labels=labels), f"confusion_matrix(labels={labels})",
         help="follow the order of labels; drop samples whose label is not in labels")
    same(got, reference.confusion_matrix(y_true, y_pred, labels), "confusion_matrix vs reference")


@given(PAIRS, st.integers(0, 2**16))
def test_matrix_properties(attempt, pair, seed):
    """total = n, trace = correct predictions, row sums = class supports, column sums =
    prediction counts, and a joint shuffle changes nothing"""
    y_true, y_pred = pair
    labels = np.union1d(y_true, y_pred)
    cm = matrix(attempt, y_true, y_pred)
    assert_true(int(cm.sum()) == len(y_true), "the counts do not add up to n",
                expected=len(y_true), actual=int(cm.sum()))
    assert_true(int(np.trace(cm)) == int(np.sum(y_true == y_pred)),
                "the diagonal does not count the correct predictions",
                expected=int(np.sum(y_true == y_pred)), actual=int(np.trace(cm)))
    same(cm.sum(axis=1), np.array([np.sum(y_true == c) for c in labels]), "row sums",
         help="row i counts the samples whose actual label is labels[i]")
    same(cm.sum(axis=0), np.array([np.sum(y_pred == c) for c in labels]), "column sums")
    same(matrix(attempt, *shuffle_jointly(y_true, y_pred, seed)), cm, "matrix after a shuffle")


@given(PAIRS, st.data())
def test_permuting_labels_permutes_rows_and_columns(attempt, pair, data):
    """reordering labels reorders rows and columns the same way; unseen labels get zero rows"""
    y_true, y_pred = pair
    labels = np.union1d(y_true, y_pred)
    base = matrix(attempt, y_true, y_pred, labels.tolist())
    perm = np.array(data.draw(st.permutations(range(len(labels))), label="perm"))
    same(matrix(attempt, y_true, y_pred, labels[perm].tolist()), base[np.ix_(perm, perm)],
         "matrix with permuted labels")
    extra = "zzz" if labels.dtype.kind == "U" else 999
    wide = matrix(attempt, y_true, y_pred, labels.tolist() + [extra])
    assert_true(not wide[-1].any() and not wide[:, -1].any(),
                "a label that never occurs must get a row and a column of zeros",
                expected="zeros", actual=wide)


@given(PAIRS)
def test_per_class_matches_sklearn(attempt, pair):
    """per-class precision and recall equal precision_recall_fscore_support(average=None)"""
    y_true, y_pred = pair
    labels = np.union1d(y_true, y_pred)
    p, r = per_class(attempt, sk_confusion(y_true, y_pred, labels=labels))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ep, er, _, _ = precision_recall_fscore_support(y_true, y_pred, labels=labels,
                                                       average=None, zero_division=0)
    assert_close(p, ep, **EXACT, what="per-class precision", help="divide by column sums")
    assert_close(r, er, **EXACT, what="per-class recall", help="divide by row sums")


@given(PAIRS)
def test_averages_match_sklearn(attempt, pair):
    """macro, weighted and micro averages built from your per-class values equal scikit-learn's
    (Q174)"""
    y_true, y_pred = pair
    labels = np.union1d(y_true, y_pred)
    cm = matrix(attempt, y_true, y_pred)
    p, r = per_class(attempt, cm)
    support = cm.sum(axis=1)
    for average, (ap, ar) in {
        "macro": (p.mean(), r.mean()),
        "weighted": (p @ support / support.sum(), r @ support / support.sum()),
    }.items():
        ep, er = sk_scores(y_true, y_pred, labels, average)
        assert_close(float(ap), float(ep), **EXACT, what=f"{average} precision")
        assert_close(float(ar), float(er), **EXACT, what=f"{average} recall")
    ep, er = sk_scores(y_true, y_pred, labels, "micro")
    micro = np.trace(cm) / cm.sum()
    assert_close(float(micro), float(ep), **EXACT, what="micro precision (trace / total)")
    assert_close(float(micro), float(er), **EXACT, what="micro recall (trace / total)")


def test_bad_input_raises(attempt):
    """mismatched lengths, empty or repeated labels, labels absent from y_true and a non-square
    matrix raise ValueError"""
    a, b = np.array([0, 1, 2]), np.array([0, 2, 2])
    with raises("ValueError", "confusion_matrix with lengths 3 and 2"):
        attempt.confusion_matrix(a, b[:2])
    with raises("ValueError", "confusion_matrix with 2-D vectors of the same shape"):
        attempt.confusion_matrix(a[None, :], b[None, :])
    with raises("ValueError", "confusion_matrix with empty vectors"):
        attempt.confusion_matrix(np.array([], dtype=int), np.array([], dtype=int))
    with raises("ValueError", "confusion_matrix with labels=[]"):
        attempt.confusion_matrix(a, b, [])
    with raises("ValueError", "confusion_matrix with labels=[1, 1]"):
        attempt.confusion_matrix(a, b, [1, 1])
    with raises("ValueError", "confusion_matrix with labels=[7], absent from y_true"):
        attempt.confusion_matrix(a, b, [7])
    with raises("ValueError", "per_class_precision_recall with a 2 x 3 matrix"):
        attempt.per_class_precision_recall(np.ones((2, 3), dtype=int))
    with raises("ValueError", "per_class_precision_recall with a 1 x 3 matrix"):
        attempt.per_class_precision_recall(np.ones((1, 3), dtype=int))
    with raises("ValueError", "per_class_precision_recall with a negative count"):
        attempt.per_class_precision_recall(np.array([[1, -1], [0, 2]]))
