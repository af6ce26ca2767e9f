"""Reading a confusion matrix: the most frequent mistakes and the direction of errors (Q173).

Take a confusion matrix ``cm`` in scikit-learn's layout: ``cm[i, j]`` counts the samples of actual
class ``labels[i]`` predicted as ``labels[j]`` (rows actual, columns predicted). Write:

``top_confusions(cm, labels, k=3) -> list[tuple[object, object, int]]``
    The most frequent mistakes: the off-diagonal cells with a non-zero count, as tuples
    ``(actual_label, predicted_label, count)``, sorted by count (largest first), ties broken by
    row index and then by column index (both ascending); at most ``k`` of them (fewer when there
    are fewer non-zero off-diagonal cells; ``k = 0`` gives ``[]``). The diagonal (correct
    predictions) is never reported. Labels come back as plain Python values (``int`` or ``str``),
    counts as Python ``int``.

``error_bias(cm2) -> str``
    For a 2 x 2 binary matrix whose positive class is the second label (so
    ``tn, fp, fn, tp = cm2.ravel()``, as with ``sklearn.metrics.confusion_matrix`` on sorted
    labels): ``'too_aggressive'`` when there are more false positives than false negatives
    (``fp > fn``: it predicts positive too often), ``'too_conservative'`` when ``fn > fp``, and
    ``'balanced'`` when they are equal.

Inputs: ``cm`` a square 2-D integer ndarray of non-negative counts, ``labels`` a sequence of
``len(cm)`` distinct labels (integers or strings). Do not modify the inputs.

Tolerance: results must equal the expected lists and strings exactly.

Raises: ``ValueError`` when ``cm`` (or ``cm2``) is not a square 2-D array or has a negative
entry, when ``len(labels)`` differs from the matrix size, when ``k < 0``, and from
``error_bias`` when ``cm2`` is not 2 x 2.
"""

from collections.abc import Sequence

import numpy as np


def top_confusions(cm: np.ndarray, labels: Sequence,
                   k: int = 3) -> list[tuple[object, object, int]]:
    """The k largest off-diagonal cells as (actual, predicted, count)."""
    raise NotImplementedError


def error_bias(cm2: np.ndarray) -> str:
    """'too_aggressive' (fp > fn), 'too_conservative' (fn > fp) or 'balanced'."""
    raise NotImplementedError
