"""What trivial predictors score: judge a model's accuracy against baselines (Q166, Q168).

On imbalanced data a high accuracy can mean nothing: always predicting the majority class already
scores the majority share. Write three functions of a 1-D label vector ``y`` (integers or
strings, ``n >= 1`` samples, ``K`` distinct classes, class shares ``p_k = count_k / n``):

``majority_baseline(y) -> float``
    The accuracy, on ``y`` itself, of always predicting the most frequent class: ``max_k p_k``.
    This equals ``DummyClassifier(strategy='most_frequent').fit(X, y).score(X, y)``.

``stratified_guess_accuracy(y) -> float``
    The expected accuracy of guessing each label at random with the class shares as
    probabilities (``DummyClassifier(strategy='stratified')``): ``sum_k p_k ** 2``. It never
    exceeds the majority baseline.

``lift_over_baseline(accuracy, y) -> float``
    How much of the possible improvement over the majority baseline ``b = majority_baseline(y)``
    a model with this accuracy achieves: ``(accuracy - b) / (1 - b)``. It is 0 for the majority
    predictor, 1 for a perfect model and negative for a model worse than the baseline. When ``y``
    holds a single class, ``b = 1`` and nothing can be gained: the lift is defined as ``0.0``.

All three return Python floats. Do not modify the input.

Tolerance: values are compared with ``np.isclose(actual, expected, rtol=1e-12, atol=1e-12)``
against exact fractions; the stratified expectation is also compared, within ``0.01``, with the
mean score of ``DummyClassifier(strategy='stratified')`` over many seeds.

Raises: ``ValueError`` when ``y`` is empty or not 1-D, and from ``lift_over_baseline`` when
``accuracy`` is outside ``[0, 1]``.
"""

import numpy as np


def majority_baseline(y: np.ndarray) -> float:
    """Accuracy of always predicting the most frequent class."""
    raise NotImplementedError


def stratified_guess_accuracy(y: np.ndarray) -> float:
    """Expected accuracy of guessing with the class shares: sum of p_k squared."""
    raise NotImplementedError


def lift_over_baseline(accuracy: float, y: np.ndarray) -> float:
    """(accuracy - majority baseline) / (1 - majority baseline); 0.0 for a single class."""
    raise NotImplementedError
