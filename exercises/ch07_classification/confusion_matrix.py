"""The confusion matrix and per-class precision and recall (Q171, Q174).

A confusion matrix counts, for every pair of classes, how many samples of actual class ``i``
were predicted as class ``j``. Write two functions:

``confusion_matrix(y_true, y_pred, labels=None) -> np.ndarray``
    ``y_true`` and ``y_pred`` are 1-D ndarrays of equal length ``n >= 1`` whose labels are
    integers or strings (any values, not necessarily ``0..K-1``). ``labels`` fixes the classes
    and their order: ``C[i, j]`` is the number of samples with ``y_true == labels[i]`` and
    ``y_pred == labels[j]`` (rows actual, columns predicted). When ``labels`` is ``None`` it is
    the sorted union of the values in ``y_true`` and ``y_pred`` (``np.unique`` order). A label
    that occurs nowhere gets a row and a column of zeros; a sample whose actual or predicted label
    is not in ``labels`` is left out, as ``sklearn.metrics.confusion_matrix`` does. Returns an
    integer ndarray of shape ``(K, K)`` with ``K = len(labels)``.

``per_class_precision_recall(cm) -> tuple[np.ndarray, np.ndarray]``
    From a square count matrix in the layout above, the per-class precision
    ``C[k, k] / C[:, k].sum()`` (column: everything predicted as ``k``) and recall
    ``C[k, k] / C[k, :].sum()`` (row: everything actually ``k``), as two float ndarrays of shape
    ``(K,)``. A zero denominator gives ``0.0`` (scikit-learn's ``zero_division=0``): a class
    never predicted has precision 0.0, a class that never occurs has recall 0.0. These equal
    ``precision_recall_fscore_support(..., average=None, zero_division=0)``; their plain mean is
    the macro average, and weighting by the row sums gives the weighted average.

Do not modify the inputs.

Tolerance: matrices must equal the expected counts exactly; precision and recall are compared
with ``np.isclose(actual, expected, rtol=1e-12, atol=1e-12)`` against ``sklearn.metrics``.

Raises: ``ValueError`` from ``confusion_matrix`` when the vectors are empty, not 1-D, or of
different lengths, when ``labels`` is empty, has a repeated label, or contains no label that
occurs in ``y_true``; from ``per_class_precision_recall`` when ``cm`` is not a square 2-D array or
has a negative entry.
"""

from collections.abc import Sequence

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray,
                     labels: Sequence | None = None) -> np.ndarray:
    """K x K counts: rows actual labels, columns predicted labels."""
    raise NotImplementedError


def per_class_precision_recall(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-class precision (by column) and recall (by row), 0.0 for an empty denominator."""
    raise NotImplementedError
