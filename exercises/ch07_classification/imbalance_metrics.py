"""Metrics that stay informative under class imbalance (Q169).

Accuracy rewards predicting the majority class. Three metrics correct for that; compute each from
the confusion matrix ``C`` (rows: actual class, columns: predicted class, over the sorted union of
the labels in ``y_true`` and ``y_pred``; ``n`` samples). Write:

``balanced_accuracy(y_true, y_pred) -> float``
    The mean, over the classes that occur in ``y_true``, of each class's recall
    ``C[k, k] / C[k, :].sum()``. A class that occurs only in ``y_pred`` has no recall and is left
    out of the mean (as ``sklearn.metrics.balanced_accuracy_score`` does).

``cohen_kappa(y_true, y_pred) -> float``
    Agreement corrected for chance: ``(p_o - p_e) / (1 - p_e)`` with ``p_o = trace(C) / n`` and
    ``p_e = sum_k (C[k, :].sum() / n) * (C[:, k].sum() / n)``. When ``p_e == 1`` (both vectors
    hold the same single class) the kappa is defined as ``0.0``.

``mcc(y_true, y_pred) -> float``
    The Matthews correlation coefficient for any number of classes:
    ``(c * s - t . p) / sqrt((s**2 - p . p) * (s**2 - t . t))`` with ``c = trace(C)``, ``s = n``,
    ``t = C.sum(axis=1)`` (actual counts) and ``p = C.sum(axis=0)`` (predicted counts). When the
    denominator is zero (a single class in ``y_true`` or in ``y_pred``) the MCC is ``0.0``, as in
    ``sklearn.metrics.matthews_corrcoef``.

So a single-class ``y_true`` gives kappa = MCC = 0.0. A predictor that always returns one of the
classes of ``y_true`` gets balanced accuracy ``1/K`` (``K`` = number of classes in ``y_true``),
kappa 0 and MCC 0; perfect predictions with at least two classes give 1.0 for all three.

Inputs: ``y_true`` and ``y_pred`` are 1-D ndarrays of equal length ``n >= 1`` whose labels are
integers or strings (any values, not necessarily ``0..K-1``). All three functions return Python
floats. Do not modify the inputs.

Tolerance: values are compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-12)``
against ``sklearn.metrics`` (``balanced_accuracy_score``, ``cohen_kappa_score`` with
``replace_undefined_by=0.0``, ``matthews_corrcoef``) and known answers.

Raises: ``ValueError`` (from all three) when the vectors are empty, not 1-D, or of different
lengths.
"""

import numpy as np


def balanced_accuracy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """Mean per-class recall over the classes present in y_true."""
    raise NotImplementedError


def cohen_kappa(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """Cohen's kappa, 0.0 when the chance agreement is 1."""
    raise NotImplementedError


def mcc(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """Multiclass Matthews correlation coefficient, 0.0 for a zero denominator."""
    raise NotImplementedError
