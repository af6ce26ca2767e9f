"""Hidden checks for ch07/threshold_tradeoff."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, as_pair, assert_close, assert_true, raises
from sklearn.metrics import precision_recall_curve

EXACT = {"rtol": 1e-12, "atol": 1e-12}


@st.composite
def problems(draw, max_n=25):
    """(y_true, scores): 0/1 labels with at least one 1; scores on a coarse grid, so ties occur."""
    n = draw(st.integers(1, max_n))
    y = np.array(draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)), dtype=np.int64)
    y[draw(st.integers(0, n - 1))] = 1
    scores = np.array(draw(st.lists(st.integers(-20, 20), min_size=n, max_size=n))) / 8.0
    return y, scores


def sweep(attempt, y, scores, thresholds):
    p, r = as_pair(attempt.pr_at_thresholds(y, scores, thresholds), "pr_at_thresholds(...)")
    shape = (len(thresholds),)
    return (as_array(p, "precision", shape=shape, kind="f"),
            as_array(r, "recall", shape=shape, kind="f"))


def best(attempt, y, scores, target):
    out = attempt.threshold_for_precision(y, scores, target)
    assert_true(out is None or type(out) is float, "threshold_for_precision must return a float "
                "or None", expected="float or None", actual=type(out).__name__)
    return out


def brute_force(y, scores, target):
    """The oracle: try every distinct score from the lowest up, with scikit-learn's precision."""
    for t in np.unique(scores):
        predicted = scores >= t
        if predicted.any() and np.mean(y[predicted] == 1) >= target:
            return float(t)
    return None


def test_known_sweep(attempt):
    """a six-sample example gives the precision and recall of precision_recall_curve, and
    precision 1.0 above every score"""
    y = np.array([0, 1, 1, 0, 1, 0])
    scores = np.array([0.1, 0.4, 0.35, 0.8, 0.9, 0.1])
    p, r = sweep(attempt, y, scores, np.array([0.1, 0.35, 0.4, 0.8, 0.9, 1.0]))
    assert_close(p, np.array([0.5, 0.75, 2 / 3, 0.5, 1.0, 1.0]), **EXACT, what="precision",
                 help="predict positive where score >= threshold; with no positive prediction "
                      "precision is 1.0")
    assert_close(r, np.array([1.0, 1.0, 2 / 3, 1 / 3, 1 / 3, 0.0]), **EXACT, what="recall")


def test_known_threshold(attempt):
    """the lowest threshold reaching precision 0.7 is 0.35, even though 0.4 and 0.8 fall below"""
    y = np.array([0, 1, 1, 0, 1, 0])
    scores = np.array([0.1, 0.4, 0.35, 0.8, 0.9, 0.1])
    got = best(attempt, y, scores, 0.7)
    assert_true(got == 0.35, "wrong threshold for min_precision=0.7", expected=0.35, actual=got,
                help="check every distinct score from the lowest up: precision is not monotone")
    got = best(attempt, np.array([1, 0, 0]), np.array([0.0, 1.0, 2.0]), 0.5)
    assert_true(got is None, "an unattainable target must give None", expected=None, actual=got)


@given(problems())
def test_matches_precision_recall_curve(attempt, problem):
    """at the thresholds of precision_recall_curve, precision and recall equal scikit-learn's"""
    y, scores = problem
    sk_p, sk_r, sk_t = precision_recall_curve(y, scores)
    p, r = sweep(attempt, y, scores, sk_t)
    assert_close(p, sk_p[:len(sk_t)], **EXACT, what="precision at scikit-learn's thresholds",
                 help="a sample whose score equals the threshold is predicted positive")
    assert_close(r, sk_r[:len(sk_t)], **EXACT, what="recall at scikit-learn's thresholds")


@given(problems(), st.lists(st.integers(-24, 24).map(lambda v: v / 8.0), min_size=1,
                            max_size=8))
def test_matches_reference(attempt, reference, problem, thresholds):
    """precision and recall equal the reference's at arbitrary thresholds, in the given order"""
    y, scores = problem
    thresholds = np.array(thresholds)
    p, r = sweep(attempt, y, scores, thresholds)
    ep, er = reference.pr_at_thresholds(y, scores, thresholds)
    assert_close(p, ep, **EXACT, what="precision")
    assert_close(r, er, **EXACT, what="recall")


@given(problems())
def test_recall_and_positives_never_rise(attempt, problem):
    """as the threshold rises, recall never increases; above every score recall is 0 and
    precision 1"""
    y, scores = problem
    thresholds = np.append(np.unique(scores), scores.max() + 1.0)
    p, r = sweep(attempt, y, scores, thresholds)
    assert_true(bool(np.all(np.diff(r) <= 1e-12)), "recall increased with the threshold",
                expected="non-increasing recall", actual=r)
    assert_close(r[-1], 0.0, **EXACT, what="recall above every score")
    assert_close(p[-1], 1.0, **EXACT, what="precision above every score",
                 help="with nothing predicted positive the curve convention is precision 1.0")


@given(problems(), st.floats(0.0, 1.0))
def test_threshold_meets_the_target_and_is_lowest(attempt, problem, target):
    """the returned threshold is a score that meets the target and no lower score does; None
    exactly when no score does"""
    y, scores = problem
    got = best(attempt, y, scores, target)
    expected = brute_force(y, scores, target)
    assert_true(got == expected, f"wrong threshold for min_precision={target}",
                expected=expected, actual=got,
                help="the candidates are the distinct scores; return the lowest that meets the "
                     "target, None if none does")


def test_bad_input_raises(attempt):
    """mismatched lengths, labels other than 0/1, no positive and a target outside [0, 1] raise
    ValueError"""
    y, s = np.array([0, 1, 1]), np.array([0.2, 0.5, 0.9])
    with raises("ValueError", "pr_at_thresholds with 3 labels and 2 scores"):
        attempt.pr_at_thresholds(y, s[:2], np.array([0.5]))
    with raises("ValueError", "pr_at_thresholds with 3 labels and 1 score"):
        attempt.pr_at_thresholds(y, s[:1], np.array([0.5]))
    with raises("ValueError", "pr_at_thresholds with labels 1 and 2"):
        attempt.pr_at_thresholds(np.array([1, 2, 2]), s, np.array([0.5]))
    with raises("ValueError", "pr_at_thresholds without a positive"):
        attempt.pr_at_thresholds(np.array([0, 0, 0]), s, np.array([0.5]))
    with raises("ValueError", "threshold_for_precision with min_precision 1.5"):
        attempt.threshold_for_precision(y, s, 1.5)
    with raises("ValueError", "threshold_for_precision with min_precision -0.1"):
        attempt.threshold_for_precision(y, s, -0.1)
    with raises("ValueError", "threshold_for_precision with 3 labels and 2 scores"):
        attempt.threshold_for_precision(y, s[:2], 0.5)
