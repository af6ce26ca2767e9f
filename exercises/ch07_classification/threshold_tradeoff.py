"""The precision-recall trade-off: sweep the decision threshold (Q164).

A scoring classifier predicts positive when its score is at least a threshold ``t``. Raising
``t`` predicts fewer positives: recall can only fall, while precision usually (not always) rises.
Write two functions:

``pr_at_thresholds(y_true, scores, thresholds) -> tuple[np.ndarray, np.ndarray]``
    For every threshold ``t`` in the 1-D array ``thresholds`` (in the given order, any order,
    repeats allowed), predict positive where ``scores >= t`` (equality counts as positive) and
    return ``(precision, recall)``: two float ndarrays of shape ``(len(thresholds),)``.
    Precision is TP / (TP + FP) and is ``1.0`` where nothing is predicted positive (the convention
    of ``sklearn.metrics.precision_recall_curve``); recall is TP / (number of positives). At every
    threshold that ``precision_recall_curve`` returns, the values equal its precision and recall.

``threshold_for_precision(y_true, scores, min_precision) -> float | None``
    The lowest candidate threshold whose precision is at least ``min_precision``, as a Python
    float, where the candidates are the distinct values of ``scores``; ``None`` when no candidate
    reaches the target. Precision is not monotone in the threshold, so check every candidate:
    the answer is the lowest one that meets the target, not the end of the run of good thresholds
    that starts at the top score.

Inputs: ``y_true`` a 1-D integer array of 0s and 1s (1 is the positive class) containing at
least one 1; ``scores`` a 1-D float array of the same length ``n >= 1`` (finite values, ties
allowed); ``min_precision`` a float in ``[0, 1]``. Do not modify the inputs.

Tolerance: precision and recall are compared with ``np.isclose(actual, expected, rtol=1e-12,
atol=1e-12)``; a returned threshold must equal the expected score exactly (it is one of the
scores), and ``None`` must be ``None``.

Raises: ``ValueError`` when ``y_true`` and ``scores`` have different lengths, when ``y_true``
holds a value other than 0 and 1 or no 1 at all, or when ``min_precision`` is outside
``[0, 1]``.
"""

import numpy as np


def pr_at_thresholds(y_true: np.ndarray, scores: np.ndarray,
                     thresholds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Precision and recall at each threshold (positive where score >= threshold)."""
    raise NotImplementedError


def threshold_for_precision(y_true: np.ndarray, scores: np.ndarray,
                            min_precision: float) -> float | None:
    """The lowest distinct score whose precision reaches min_precision, or None."""
    raise NotImplementedError
