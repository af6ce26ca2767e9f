"""Hard labels from soft (probability) outputs, and the model's confidence (Q159).

A soft classifier returns, for each sample, one probability per class (``predict_proba``); a hard
classifier returns a label. Write two functions:

``to_labels(proba, classes, threshold=None) -> np.ndarray``
    ``proba`` is a float array of shape ``(n, K)`` (``n >= 1``, ``K >= 2``) whose column ``k``
    holds the probability of ``classes[k]``; ``classes`` is a 1-D array of ``K`` labels (integers
    or strings, in any order). Without a threshold, each sample gets the class of highest
    probability, ``classes[np.argmax(proba, axis=1)]``: on an exact tie, the class whose column
    comes first wins. With a ``threshold`` (only for ``K == 2``), the second class
    ``classes[1]`` is the positive class: a sample gets ``classes[1]`` when
    ``proba[:, 1] >= threshold`` (equality counts as positive) and ``classes[0]`` otherwise.
    Returns a 1-D ndarray of ``n`` labels with the dtype of ``classes``.

``confidence(proba) -> np.ndarray``
    The probability of the predicted class for each row (the row maximum): a float ndarray of
    shape ``(n,)``. It lies in ``[1 / K, 1]``.

Valid probabilities: every entry is ``>= 0`` and every row sums to 1 within ``1e-6``
(``|row.sum() - 1| <= 1e-6``). Do not modify the inputs.

Tolerance: labels must be exactly equal to the expected ones; confidences are compared with
``np.isclose(actual, expected, rtol=1e-12, atol=1e-12)``.

Raises: ``ValueError`` (from both functions) when ``proba`` is not 2-D, has a negative entry, or
has a row whose sum differs from 1 by more than ``1e-6``; from ``to_labels`` also when
``len(classes) != proba.shape[1]``, when a threshold is given and ``K != 2``, or when the
threshold is outside ``[0, 1]``.
"""


import numpy as np


def to_labels(proba: np.ndarray, classes: np.ndarray,
              threshold: float | None = None) -> np.ndarray:
    """Hard labels from class probabilities (argmax, or a threshold on classes[1])."""
    raise NotImplementedError


def confidence(proba: np.ndarray) -> np.ndarray:
    """The largest probability of each row, shape (n,)."""
    raise NotImplementedError
