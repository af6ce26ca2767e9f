"""Binary classification metrics from the four confusion counts (Q161, Q162, Q163, Q165, Q172).

For a binary problem with a chosen positive label, every sample falls in one of four cells:
true positive (TP: actual positive, predicted positive), false positive (FP: actual negative,
predicted positive), true negative (TN) and false negative (FN). Write three functions.

``metrics_from_counts(tp, fp, tn, fn) -> dict[str, float]``
    From four non-negative integer counts (not all zero), return a dict with exactly these six
    keys, each a Python float:

    - ``'accuracy'``    = (TP + TN) / (TP + FP + TN + FN)
    - ``'precision'``   = TP / (TP + FP)
    - ``'recall'``      = TP / (TP + FN)            (sensitivity, true-positive rate)
    - ``'specificity'`` = TN / (TN + FP)            (true-negative rate)
    - ``'fpr'``         = FP / (FP + TN)            (false-positive rate)
    - ``'f1'``          = 2 * precision * recall / (precision + recall)

    Zero division: whenever a denominator is zero the metric is ``0.0`` (scikit-learn's
    ``zero_division=0``). So precision is ``0.0`` when nothing is predicted positive, recall is
    ``0.0`` when there is no actual positive, specificity and fpr are both ``0.0`` when there is no
    actual negative (so ``fpr == 1 - specificity`` holds only when negatives exist), and f1 is
    ``0.0`` when precision and recall are both ``0.0``.

``binary_metrics(y_true, y_pred, pos_label=1) -> dict[str, float]``
    The same dict computed from two label vectors: 1-D ndarrays of equal length ``n >= 1`` whose
    labels are integers or strings (not necessarily 0 and 1). A sample is positive when its label
    equals ``pos_label`` and negative otherwise. Together ``y_true`` and ``y_pred`` hold at most
    two distinct labels, and ``pos_label`` must occur in at least one of them (either vector may
    hold a single class). The values equal scikit-learn's ``accuracy_score``,
    ``precision_score``, ``recall_score`` and ``f1_score`` with ``pos_label=pos_label,
    zero_division=0``.

``fbeta(precision, recall, beta) -> float``
    The F-beta score ``(1 + beta**2) * precision * recall / (beta**2 * precision + recall)``, a
    weighted harmonic mean in which recall counts ``beta`` times as much as precision; ``0.0`` when
    precision and recall are both ``0.0``. ``beta = 1`` gives F1; as ``beta -> 0`` it tends to the
    precision and as ``beta -> inf`` to the recall. Returns a Python float.

Do not modify the inputs.

Tolerance: every value is compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-12)``
(against scikit-learn and known answers); the beta limits use ``beta = 1e-4`` and ``beta = 1e4``
and compare within ``rtol=1e-6``.

Raises: ``ValueError`` from ``binary_metrics`` when the vectors are empty, not 1-D, or of
different lengths, when they hold more than two distinct labels together, or when ``pos_label``
occurs in neither; from ``metrics_from_counts`` when a count is negative or all four are zero;
from ``fbeta`` when ``beta <= 0`` or when precision or recall is outside ``[0, 1]``.
"""

import numpy as np


def binary_metrics(y_true: np.ndarray, y_pred: np.ndarray,
                   pos_label: object = 1) -> dict[str, float]:
    """accuracy, precision, recall, specificity, fpr and f1 for one positive label."""
    raise NotImplementedError


def metrics_from_counts(tp: int, fp: int, tn: int, fn: int) -> dict[str, float]:
    """The six metrics from the four confusion counts (0.0 for a zero denominator)."""
    raise NotImplementedError


def fbeta(precision: float, recall: float, beta: float) -> float:
    """The F-beta score of a precision and a recall (0.0 when both are 0)."""
    raise NotImplementedError
