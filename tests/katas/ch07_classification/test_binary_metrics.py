"""Hidden checks for ch07/binary_metrics."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import CheckFailure, as_float, assert_close, assert_true, raises
from kit.labels import binary_label_pairs, shuffle_jointly
from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    fbeta_score,
    precision_score,
    recall_score,
)

CLOSE = {"rtol": 1e-9, "atol": 1e-12}
KEYS = ("accuracy", "precision", "recall", "specificity", "fpr", "f1")
ZERO_HELP = "a metric whose denominator is zero is 0.0 (scikit-learn's zero_division=0), not NaN"
PAIRS = binary_label_pairs(max_size=40)
COUNTS = st.tuples(*[st.integers(0, 12)] * 4).filter(lambda c: sum(c) > 0)
RATES = st.floats(0.05, 1.0)


def as_metrics(value, what):
    """The result must be a dict with exactly the six keys, each a float."""
    if type(value) is not dict or set(value) != set(KEYS):
        raise CheckFailure(f"{what} must be a dict with the keys {list(KEYS)}",
                           expected=sorted(KEYS),
                           actual=sorted(map(str, value)) if type(value) is dict
                           else type(value).__name__)
    return {k: as_float(value[k], f"{what}[{k!r}]") for k in KEYS}


def metrics(attempt, y_true, y_pred, pos_label):
    return as_metrics(attempt.binary_metrics(y_true, y_pred, pos_label),
                      f"binary_metrics(..., pos_label={pos_label!r})")


def from_counts(attempt, tp, fp, tn, fn):
    return as_metrics(attempt.metrics_from_counts(tp, fp, tn, fn),
                      f"metrics_from_counts({tp}, {fp}, {tn}, {fn})")


def compare(actual, expected, what, help=""):
    for key in KEYS:
        assert_close(actual[key], float(expected[key]), **CLOSE, what=f"{what}[{key!r}]",
                     help=help)


def sklearn_metrics(y_true, y_pred, pos):
    """The oracle: scikit-learn's metrics with zero_division=0; specificity is the recall of the
    negatives and fpr comes from scikit-learn's confusion counts."""
    actual, predicted = y_true == pos, y_pred == pos
    tn, fp, _, _ = confusion_matrix(actual, predicted, labels=[False, True]).ravel()
    kw = {"pos_label": pos, "zero_division": 0}
    return {
        "accuracy": accuracy_score(y_true, y_pred),
        "precision": precision_score(y_true, y_pred, **kw),
        "recall": recall_score(y_true, y_pred, **kw),
        "specificity": recall_score(~actual, ~predicted, zero_division=0),
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "f1": f1_score(y_true, y_pred, **kw),
    }


def vectors_from_counts(tp, fp, tn, fn, pos=1, neg=0, seed=0):
    """Label vectors with exactly these confusion counts, in a seeded random order."""
    y_true = np.array([pos] * tp + [neg] * fp + [neg] * tn + [pos] * fn)
    y_pred = np.array([pos] * tp + [pos] * fp + [neg] * tn + [neg] * fn)
    return shuffle_jointly(y_true, y_pred, seed)


def test_known_example(attempt):
    """TP=2, FN=1, FP=1, TN=4 gives accuracy 0.75, precision and recall 2/3, specificity 0.8"""
    y_true = np.array([1, 1, 1, 0, 0, 0, 0, 0])
    y_pred = np.array([1, 1, 0, 1, 0, 0, 0, 0])
    expected = {"accuracy": 0.75, "precision": 2 / 3, "recall": 2 / 3, "specificity": 0.8,
                "fpr": 0.2, "f1": 2 / 3}
    compare(metrics(attempt, y_true, y_pred, 1), expected, "binary_metrics(...)")


def test_pos_label_defaults_to_1(attempt):
    """without pos_label, label 1 is the positive class"""
    y_true = np.array([1, 1, 1, 0, 0, 0, 0, 0])
    y_pred = np.array([1, 1, 0, 1, 0, 0, 0, 0])
    out = as_metrics(attempt.binary_metrics(y_true, y_pred), "binary_metrics(y_true, y_pred)")
    compare(out, sklearn_metrics(y_true, y_pred, 1), "binary_metrics(y_true, y_pred)",
            help="pos_label defaults to 1")


def test_known_counts(attempt):
    """metrics_from_counts(tp=3, fp=1, tn=5, fn=3) gives precision 0.75, recall 0.5, f1 0.6"""
    expected = {"accuracy": 8 / 12, "precision": 0.75, "recall": 0.5, "specificity": 5 / 6,
                "fpr": 1 / 6, "f1": 0.6}
    compare(from_counts(attempt, 3, 1, 5, 3), expected, "metrics_from_counts(3, 1, 5, 3)")


def test_string_labels_and_another_positive_label(attempt):
    """string labels and a positive label other than 1 (here the smaller of the two) work"""
    y_true = np.array(["spam", "ham", "spam", "ham", "ham"])
    y_pred = np.array(["spam", "spam", "ham", "ham", "ham"])
    compare(metrics(attempt, y_true, y_pred, "spam"),
            {"accuracy": 0.6, "precision": 0.5, "recall": 0.5, "specificity": 2 / 3,
             "fpr": 1 / 3, "f1": 0.5}, "binary_metrics(..., pos_label='spam')")
    y_true, y_pred = np.array([3, 3, 3, 7]), np.array([3, 7, 7, 7])
    compare(metrics(attempt, y_true, y_pred, 3),
            {"accuracy": 0.5, "precision": 1.0, "recall": 1 / 3, "specificity": 1.0, "fpr": 0.0,
             "f1": 0.5}, "binary_metrics(..., pos_label=3)",
            help="a sample is positive when its label equals pos_label, whatever the other label")


def test_zero_division_gives_zero(attempt):
    """an empty denominator gives 0.0: no predicted positive, no actual positive, no negative"""
    none_predicted = metrics(attempt, np.array([1, 1, 0]), np.array([0, 0, 0]), 1)
    compare(none_predicted, {"accuracy": 1 / 3, "precision": 0.0, "recall": 0.0,
                             "specificity": 1.0, "fpr": 0.0, "f1": 0.0},
            "no predicted positive", help=ZERO_HELP)
    no_positive = metrics(attempt, np.array(["n", "n", "n"]), np.array(["y", "n", "n"]), "y")
    compare(no_positive, {"accuracy": 2 / 3, "precision": 0.0, "recall": 0.0,
                          "specificity": 2 / 3, "fpr": 1 / 3, "f1": 0.0},
            "no actual positive", help=ZERO_HELP)
    only_positives = metrics(attempt, np.array([5, 5]), np.array([5, 5]), 5)
    compare(only_positives, {"accuracy": 1.0, "precision": 1.0, "recall": 1.0,
                             "specificity": 0.0, "fpr": 0.0, "f1": 1.0},
            "only positives (no actual negative)",
            help="with no actual negative, specificity and fpr are both 0.0: compute fpr as "
                 "fp / (fp + tn), not as 1 - specificity")


@given(PAIRS)
def test_matches_sklearn(attempt, pair):
    """every metric equals scikit-learn's (zero_division=0) on generated label vectors"""
    y_true, y_pred, pos, _ = pair
    compare(metrics(attempt, y_true, y_pred, pos), sklearn_metrics(y_true, y_pred, pos),
            "binary_metrics(...)",
            help="positive means label == pos_label; an empty denominator gives 0.0")


@given(PAIRS)
def test_matches_reference(attempt, reference, pair):
    """every metric equals the reference's on generated label vectors"""
    y_true, y_pred, pos, _ = pair
    compare(metrics(attempt, y_true, y_pred, pos), reference.binary_metrics(y_true, y_pred, pos),
            "binary_metrics(...)")


@given(COUNTS, st.integers(0, 2**16))
def test_counts_match_label_vectors(attempt, counts, seed):
    """metrics_from_counts equals binary_metrics on label vectors with those counts (Q172)"""
    tp, fp, tn, fn = counts
    if tp + fp + fn == 0:  # only true negatives: the positive label would occur nowhere
        tp, fp, tn, fn = 0, 1, tn, 0
    y_true, y_pred = vectors_from_counts(tp, fp, tn, fn, pos="yes", neg="no", seed=seed)
    got = from_counts(attempt, tp, fp, tn, fn)
    compare(got, sklearn_metrics(y_true, y_pred, "yes"), "metrics_from_counts(...)",
            help=ZERO_HELP)
    compare(got, metrics(attempt, y_true, y_pred, "yes"), "metrics_from_counts vs binary_metrics")


@given(COUNTS)
def test_metric_properties(attempt, counts):
    """values lie in [0, 1]; accuracy is (TP + TN) / n; F1 lies between min(P, R) and their mean;
    fpr = 1 - specificity when negatives exist"""
    tp, fp, tn, fn = counts
    m = from_counts(attempt, tp, fp, tn, fn)
    values = np.array([m[k] for k in KEYS])
    assert_true(bool(np.all((values >= 0) & (values <= 1))), "a metric is outside [0, 1]",
                expected="values in [0, 1]", actual=m, help=ZERO_HELP)
    assert_close(m["accuracy"], (tp + tn) / sum(counts), **CLOSE, what="accuracy")
    p, r, f1 = m["precision"], m["recall"], m["f1"]
    ok = min(p, r) - 1e-12 <= f1 <= (p + r) / 2 + 1e-12 and f1 <= max(p, r) + 1e-12
    assert_true(ok, "F1 is not between min(P, R) and the arithmetic mean of P and R",
                expected=f"{min(p, r):.6g} <= f1 <= {(p + r) / 2:.6g}", actual=f1,
                help="F1 is the harmonic mean 2PR / (P + R)")
    if fp + tn > 0:
        assert_close(m["fpr"], 1 - m["specificity"], **CLOSE, what="fpr vs 1 - specificity")


@given(PAIRS)
def test_swapping_truth_and_prediction_swaps_precision_and_recall(attempt, pair):
    """swapping y_true and y_pred swaps precision and recall and keeps accuracy and F1"""
    y_true, y_pred, pos, _ = pair
    m, s = metrics(attempt, y_true, y_pred, pos), metrics(attempt, y_pred, y_true, pos)
    assert_close(s["precision"], m["recall"], **CLOSE, what="precision after the swap",
                 help="precision divides by predicted positives, recall by actual positives")
    assert_close(s["recall"], m["precision"], **CLOSE, what="recall after the swap")
    assert_close(s["accuracy"], m["accuracy"], **CLOSE, what="accuracy after the swap")
    assert_close(s["f1"], m["f1"], **CLOSE, what="f1 after the swap")


@given(PAIRS, st.integers(0, 2**16))
def test_joint_shuffle_changes_nothing(attempt, pair, seed):
    """shuffling y_true and y_pred with the same permutation changes no metric"""
    y_true, y_pred, pos, _ = pair
    compare(metrics(attempt, *shuffle_jointly(y_true, y_pred, seed), pos),
            metrics(attempt, y_true, y_pred, pos), "metrics after a joint shuffle",
            help="pair y_true[i] with y_pred[i]; do not sort either vector")


@given(PAIRS, st.integers(1, 10))
def test_added_negatives_keep_precision_and_recall(attempt, pair, extra):
    """adding true negatives keeps precision (Q162); adding actual negatives, whatever their
    prediction, keeps recall (Q163)"""
    y_true, y_pred, pos, neg = pair
    base = metrics(attempt, y_true, y_pred, pos)
    more_tn = metrics(attempt, np.append(y_true, [neg] * extra), np.append(y_pred, [neg] * extra),
                      pos)
    assert_close(more_tn["precision"], base["precision"], **CLOSE,
                 what=f"precision after adding {extra} true negatives",
                 help="precision = TP / (TP + FP) does not involve TN")
    preds = np.resize(np.array([pos, neg], dtype=y_pred.dtype), extra)
    more_neg = metrics(attempt, np.append(y_true, [neg] * extra), np.append(y_pred, preds), pos)
    assert_close(more_neg["recall"], base["recall"], **CLOSE,
                 what=f"recall after adding {extra} actual negatives",
                 help="recall = TP / (TP + FN) only looks at actual positives")


def test_trivial_predictors(attempt):
    """on 95/5 data the majority predictor scores accuracy 0.95 with recall 0; predicting every
    sample positive gives recall 1"""
    y_true = np.array([0] * 95 + [1] * 5)
    majority = metrics(attempt, y_true, np.zeros(100, dtype=int), 1)
    assert_close(majority["accuracy"], 0.95, **CLOSE, what="accuracy of the majority predictor")
    assert_close(majority["recall"], 0.0, **CLOSE, what="recall of the majority predictor")
    assert_close(majority["precision"], 0.0, **CLOSE, what="precision of the majority predictor",
                 help=ZERO_HELP)
    everyone = metrics(attempt, y_true, np.ones(100, dtype=int), 1)
    assert_close(everyone["recall"], 1.0, **CLOSE, what="recall when every sample is positive")
    assert_close(everyone["precision"], 0.05, **CLOSE,
                 what="precision when every sample is positive")


def test_fbeta_known_answers(attempt):
    """fbeta(0.5, 1.0, 2) is 5/6, fbeta(0.5, 1.0, 0.5) is 5/9 and fbeta(0, 0, 1) is 0.0"""
    for (p, r, beta), expected in [((0.5, 1.0, 2.0), 5 / 6), ((0.5, 1.0, 0.5), 5 / 9),
                                   ((0.0, 0.0, 1.0), 0.0), ((0.8, 0.0, 3.0), 0.0)]:
        assert_close(as_float(attempt.fbeta(p, r, beta), "fbeta(...)"), expected, **CLOSE,
                     what=f"fbeta({p}, {r}, {beta})",
                     help="(1 + beta**2) * P * R / (beta**2 * P + R): beta is squared")


@given(PAIRS, st.floats(0.1, 10.0))
def test_fbeta_matches_sklearn(attempt, pair, beta):
    """fbeta of scikit-learn's precision and recall equals scikit-learn's fbeta_score"""
    y_true, y_pred, pos, _ = pair
    kw = {"pos_label": pos, "zero_division": 0}
    p, r = precision_score(y_true, y_pred, **kw), recall_score(y_true, y_pred, **kw)
    got = as_float(attempt.fbeta(float(p), float(r), beta), "fbeta(...)")
    assert_close(got, float(fbeta_score(y_true, y_pred, beta=beta, **kw)), **CLOSE,
                 what=f"fbeta({p:.6g}, {r:.6g}, beta={beta:.6g})")


@given(RATES, RATES)
def test_fbeta_limits_and_harmonic_mean(attempt, p, r):
    """beta = 1 is F1, small beta tends to precision, large beta to recall, and 1/F is the
    weighted mean of 1/P and 1/R"""
    f1 = as_float(attempt.fbeta(p, r, 1.0), "fbeta(p, r, 1)")
    assert_close(f1, 2 * p * r / (p + r), **CLOSE, what="fbeta with beta = 1")
    assert_close(as_float(attempt.fbeta(p, r, 1e-4), "fbeta(p, r, 1e-4)"), p, rtol=1e-6, atol=0,
                 what="fbeta with beta = 1e-4 (about the precision)")
    assert_close(as_float(attempt.fbeta(p, r, 1e4), "fbeta(p, r, 1e4)"), r, rtol=1e-6, atol=0,
                 what="fbeta with beta = 1e4 (about the recall)",
                 help="a large beta weights recall: beta**2 multiplies the precision below")
    b2 = 3.0**2
    f3 = as_float(attempt.fbeta(p, r, 3.0), "fbeta(p, r, 3)")
    assert_close(1 / f3, (1 / p + b2 / r) / (1 + b2), **CLOSE,
                 what="1 / fbeta(p, r, 3) vs the weighted mean of 1/P and 1/R")


def test_bad_input_raises(attempt):
    """mismatched lengths, empty input, three labels, an absent pos_label, a 2-D y_true or
    y_pred, negative or all-zero
    counts and a non-positive beta raise ValueError"""
    a, b = np.array([0, 1, 1]), np.array([1, 1, 0])
    with raises("ValueError", "binary_metrics with lengths 3 and 2"):
        attempt.binary_metrics(a, b[:2], 1)
    with raises("ValueError", "binary_metrics with empty vectors"):
        attempt.binary_metrics(np.array([], dtype=int), np.array([], dtype=int), 1)
    with raises("ValueError", "binary_metrics with three labels (0, 1, 2)"):
        attempt.binary_metrics(a, np.array([1, 2, 0]), 1)
    with raises("ValueError", "binary_metrics with pos_label=1 and labels 'a', 'b'"):
        attempt.binary_metrics(np.array(["a", "b"]), np.array(["b", "b"]), 1)
    with raises("ValueError", "binary_metrics with 2-D inputs"):
        attempt.binary_metrics(a[None, :], b[None, :], 1)
    with raises("ValueError", "binary_metrics with a 2-D y_true and a 1-D y_pred"):
        attempt.binary_metrics(a[:, None], b, 1)
    with raises("ValueError", "metrics_from_counts with fp = -1"):
        attempt.metrics_from_counts(1, -1, 2, 0)
    with raises("ValueError", "metrics_from_counts with all counts zero"):
        attempt.metrics_from_counts(0, 0, 0, 0)
    with raises("ValueError", "fbeta with beta = 0"):
        attempt.fbeta(0.5, 0.5, 0.0)
    with raises("ValueError", "fbeta with beta = -1"):
        attempt.fbeta(0.5, 0.5, -1.0)
    with raises("ValueError", "fbeta with precision 1.5"):
        attempt.fbeta(1.5, 0.5, 1.0)
