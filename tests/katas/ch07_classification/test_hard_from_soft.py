"""Hidden checks for ch07/hard_from_soft."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_close, assert_true, raises
from kit.labels import label_sets, probability_rows
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

EXACT = {"rtol": 1e-12, "atol": 1e-12}


def labels_of(attempt, proba, classes, threshold=None):
    out = attempt.to_labels(proba, classes, threshold)
    return as_array(out, "to_labels(...)", shape=(proba.shape[0],), kind="iuU")


def same_labels(actual, expected, what, help=""):
    assert_true(np.array_equal(actual, expected), f"{what} are not the expected labels",
                expected=expected, actual=actual, help=help)


@st.composite
def problems(draw, k=(2, 4), ties=True):
    proba = draw(probability_rows(k=k, ties=ties))
    labels = draw(label_sets(proba.shape[1], proba.shape[1]))
    order = draw(st.permutations(range(len(labels))))
    return proba, labels[np.array(order)]


def test_known_labels(attempt):
    """probabilities [[0.2, 0.8], [0.6, 0.4]] give 'yes', 'no'; with threshold 0.9 both are 'no'"""
    proba, classes = np.array([[0.2, 0.8], [0.6, 0.4]]), np.array(["no", "yes"])
    same_labels(labels_of(attempt, proba, classes), np.array(["yes", "no"]), "to_labels(...)")
    same_labels(labels_of(attempt, proba, classes, 0.9), np.array(["no", "no"]),
                "to_labels(..., threshold=0.9)",
                help="with a threshold, classes[1] is predicted only where proba[:, 1] >= threshold")


def test_ties_go_to_the_first_column(attempt):
    """on an exact tie the class whose column comes first wins"""
    proba = np.array([[0.4, 0.4, 0.2], [0.2, 0.4, 0.4], [0.5, 0.0, 0.5], [0.25, 0.5, 0.25]])
    same_labels(labels_of(attempt, proba, np.array([7, -1, 3])), np.array([7, -1, 7, -1]),
                "labels on tied rows", help="np.argmax returns the first maximal index")


def test_threshold_equality_is_positive(attempt):
    """a probability exactly equal to the threshold gives the positive class classes[1]"""
    proba = np.array([[0.5, 0.5], [0.75, 0.25], [0.25, 0.75]])
    same_labels(labels_of(attempt, proba, np.array([0, 1]), 0.25), np.array([1, 1, 1]),
                "to_labels(..., threshold=0.25)", help="use >= threshold, not >")
    same_labels(labels_of(attempt, proba, np.array([0, 1]), 0.75), np.array([0, 0, 1]),
                "to_labels(..., threshold=0.75)",
                help="the threshold applies to the second column, proba[:, 1]")


@given(problems(ties=False))
def test_argmax_oracle_without_ties(attempt, problem):
    """without ties, the labels are classes[np.argmax(proba, axis=1)]"""
    proba, classes = problem
    rows = np.sort(proba, axis=1)
    keep = rows[:, -1] > rows[:, -2]
    got = labels_of(attempt, proba, classes)
    same_labels(got[keep], classes[np.argmax(proba, axis=1)][keep], "to_labels(...)",
                help="column k of proba belongs to classes[k], whatever the order of classes")


@given(problems())
def test_labels_match_reference(attempt, reference, problem):
    """labels equal the reference's on generated probabilities (with ties)"""
    proba, classes = problem
    same_labels(labels_of(attempt, proba, classes), reference.to_labels(proba, classes),
                "to_labels(...)")


def test_matches_logistic_regression_predict(attempt):
    """a fitted LogisticRegression's predict equals to_labels(predict_proba, classes_)"""
    for k in (2, 3, 4):
        X, y = make_classification(n_samples=60, n_features=4, n_informative=3, n_redundant=0,
                                   n_classes=k, n_clusters_per_class=1, random_state=k)
        names = np.array(["dog", "ant", "cow", "bee"])[:k]
        model = LogisticRegression().fit(X, names[y])
        same_labels(labels_of(attempt, model.predict_proba(X), model.classes_), model.predict(X),
                    f"to_labels(predict_proba(X), classes_) with {k} classes")


@given(problems(k=(2, 2)), st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_higher_threshold_never_adds_positives(attempt, problem, t1, t2):
    """raising the threshold never increases the number of positive predictions"""
    proba, classes = problem
    low, high = min(t1, t2), max(t1, t2)
    n_low = int(np.sum(labels_of(attempt, proba, classes, low) == classes[1]))
    n_high = int(np.sum(labels_of(attempt, proba, classes, high) == classes[1]))
    assert_true(n_high <= n_low, "a higher threshold produced more positives",
                expected=f"at most {n_low} positives at threshold {high}", actual=n_high)
    expected = np.where(proba[:, 1] >= high, classes[1], classes[0])
    same_labels(labels_of(attempt, proba, classes, high), expected, "thresholded labels")


@given(problems())
def test_confidence_is_the_row_maximum(attempt, problem):
    """confidence is the row maximum and lies in [1/K, 1]"""
    proba, _ = problem
    got = as_array(attempt.confidence(proba), "confidence(...)", shape=(proba.shape[0],), kind="f")
    assert_close(got, proba.max(axis=1), **EXACT, what="confidence(...)",
                 help="the confidence is the probability of the predicted class: the row maximum")
    k = proba.shape[1]
    assert_true(bool(np.all((got >= 1 / k - 1e-12) & (got <= 1 + 1e-12))),
                "confidence outside [1/K, 1]", expected=f"values in [{1 / k:.3f}, 1]", actual=got)


def test_bad_input_raises(attempt):
    """rows not summing to 1, negative entries, a threshold with three classes, a bad threshold and
    mismatched classes raise ValueError"""
    good = np.array([[0.3, 0.7], [0.5, 0.5]])
    with raises("ValueError", "to_labels with a row summing to 1.1"):
        attempt.to_labels(np.array([[0.4, 0.7]]), np.array([0, 1]))
    with raises("ValueError", "to_labels with a negative probability (row sums to 1)"):
        attempt.to_labels(np.array([[1.5, -0.5]]), np.array([0, 1]))
    with raises("ValueError", "to_labels with a threshold and three classes"):
        attempt.to_labels(np.array([[0.2, 0.3, 0.5]]), np.array([0, 1, 2]), 0.5)
    with raises("ValueError", "to_labels with threshold 1.5"):
        attempt.to_labels(good, np.array([0, 1]), 1.5)
    with raises("ValueError", "to_labels with 3 classes for 2 columns"):
        attempt.to_labels(good, np.array([0, 1, 2]))
    with raises("ValueError", "to_labels with a 1-D proba"):
        attempt.to_labels(np.array([0.3, 0.7]), np.array([0, 1]))
    with raises("ValueError", "confidence with a row summing to 0.9"):
        attempt.confidence(np.array([[0.4, 0.5]]))
    with raises("ValueError", "confidence with a negative probability"):
        attempt.confidence(np.array([[1.5, -0.5]]))
