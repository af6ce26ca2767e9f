"""Hidden checks for ch07/accuracy_baselines."""

from fractions import Fraction

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_float, assert_close, assert_true, raises
from kit.labels import label_sets, label_vectors
from sklearn.dummy import DummyClassifier

EXACT = {"rtol": 1e-12, "atol": 1e-12}
LABELS = label_sets(1, 5).flatmap(lambda labels: label_vectors(labels, 1, 40))


def value(attempt, fn, *args):
    return as_float(getattr(attempt, fn)(*args), f"{fn}(...)")


def exact_shares(y):
    _, counts = np.unique(y, return_counts=True)
    return [Fraction(int(c), len(y)) for c in counts]


def test_known_values(attempt):
    """labels [a, a, a, b] give majority 0.75, stratified 0.625 and lift 0.6 for accuracy 0.9"""
    y = np.array(["a", "a", "a", "b"])
    assert_close(value(attempt, "majority_baseline", y), 0.75, **EXACT, what="majority_baseline")
    assert_close(value(attempt, "stratified_guess_accuracy", y), 0.625, **EXACT,
                 what="stratified_guess_accuracy", help="sum of the squared class shares")
    assert_close(value(attempt, "lift_over_baseline", 0.9, y), 0.6, **EXACT,
                 what="lift_over_baseline(0.9, y)", help="(accuracy - b) / (1 - b)")


def test_imbalanced_and_balanced_data(attempt):
    """99/1 data gives a majority baseline of 0.99; balanced binary data gives 0.5 for both"""
    y = np.array([0] * 99 + [1])
    assert_close(value(attempt, "majority_baseline", y), 0.99, **EXACT, what="majority on 99/1")
    assert_close(value(attempt, "stratified_guess_accuracy", y), 0.99**2 + 0.01**2, **EXACT,
                 what="stratified on 99/1")
    y = np.array([-3, 7] * 10)
    assert_close(value(attempt, "majority_baseline", y), 0.5, **EXACT, what="majority on 50/50")
    assert_close(value(attempt, "stratified_guess_accuracy", y), 0.5, **EXACT,
                 what="stratified on 50/50")


@given(LABELS)
def test_majority_matches_dummy_classifier(attempt, y):
    """the majority baseline equals DummyClassifier(strategy='most_frequent').score"""
    X = np.zeros((len(y), 1))
    expected = DummyClassifier(strategy="most_frequent").fit(X, y).score(X, y)
    assert_close(value(attempt, "majority_baseline", y), expected, **EXACT,
                 what="majority_baseline(y)", help="the share of the most frequent class")


def test_stratified_matches_dummy_classifier_on_average(attempt):
    """the stratified expectation equals the mean score of DummyClassifier(strategy='stratified')
    over 40 seeds, within 0.01"""
    y = np.repeat(np.array(["cat", "dog", "eel"]), [1200, 600, 200])
    X = np.zeros((len(y), 1))
    scores = [DummyClassifier(strategy="stratified", random_state=s).fit(X, y).score(X, y)
              for s in range(40)]
    assert_close(value(attempt, "stratified_guess_accuracy", y), float(np.mean(scores)),
                 rtol=0, atol=0.01, what="stratified_guess_accuracy vs the simulated mean",
                 help="a random guess with the class shares is right with probability sum p_k**2")


@given(LABELS)
def test_exact_fractions_and_order(attempt, reference, y):
    """both baselines equal their exact fractions (and the reference), and
    1/K <= stratified <= majority"""
    p = exact_shares(y)
    majority = value(attempt, "majority_baseline", y)
    stratified = value(attempt, "stratified_guess_accuracy", y)
    assert_close(majority, float(max(p)), **EXACT, what="majority_baseline")
    assert_close(stratified, float(sum(q * q for q in p)), **EXACT,
                 what="stratified_guess_accuracy")
    assert_close(stratified, reference.stratified_guess_accuracy(y), **EXACT,
                 what="stratified_guess_accuracy vs the reference")
    k = len(p)
    assert_true(1 / k - 1e-12 <= stratified <= majority + 1e-12,
                "the baselines are not ordered 1/K <= stratified <= majority",
                expected=f"{1 / k:.6g} <= stratified <= majority", actual=(stratified, majority))


@given(LABELS, st.floats(0.0, 1.0))
def test_lift(attempt, reference, y, accuracy):
    """the lift is 0 for the majority predictor, 1 for a perfect model, and matches the reference"""
    got = value(attempt, "lift_over_baseline", accuracy, y)
    assert_close(got, reference.lift_over_baseline(accuracy, y), rtol=1e-9, atol=1e-12,
                 what=f"lift_over_baseline({accuracy}, y)")
    b = float(max(exact_shares(y)))
    if b < 1.0:
        assert_close(value(attempt, "lift_over_baseline", b, y), 0.0, **EXACT,
                     what="lift of the majority predictor")
        assert_close(value(attempt, "lift_over_baseline", 1.0, y), 1.0, **EXACT,
                     what="lift of a perfect model")


def test_single_class(attempt):
    """a single class has baselines 1.0 and a lift of 0.0 for any accuracy"""
    y = np.array(["spam"] * 5)
    assert_close(value(attempt, "majority_baseline", y), 1.0, **EXACT, what="majority")
    assert_close(value(attempt, "stratified_guess_accuracy", y), 1.0, **EXACT, what="stratified")
    for acc in (1.0, 0.4):
        assert_close(value(attempt, "lift_over_baseline", acc, y), 0.0, **EXACT,
                     what=f"lift_over_baseline({acc}, single class)",
                     help="with a single class the baseline is 1: the lift is defined as 0.0")


def test_bad_input_raises(attempt):
    """an empty or 2-D y and an accuracy outside [0, 1] raise ValueError"""
    empty = np.array([], dtype=int)
    for fn in ("majority_baseline", "stratified_guess_accuracy"):
        with raises("ValueError", f"{fn} with an empty y"):
            getattr(attempt, fn)(empty)
        with raises("ValueError", f"{fn} with a 2-D y"):
            getattr(attempt, fn)(np.array([[0, 1], [1, 1]]))
    with raises("ValueError", "lift_over_baseline with an empty y"):
        attempt.lift_over_baseline(0.5, empty)
    with raises("ValueError", "lift_over_baseline with accuracy 1.2"):
        attempt.lift_over_baseline(1.2, np.array([0, 1, 1]))
