"""Fancy indexing: gathering with index arrays (guide question Q73).

Indexing with an array (or list) of integers, *fancy indexing*, gathers the requested elements
into a NEW array: unlike slicing it always copies, it may repeat indices and it can pick one
element per row when given one index array per axis. Write three functions:

``take_rows(X: np.ndarray, idx: Sequence[int]) -> np.ndarray``
    The rows of the 2-D array ``X`` (shape ``(n, d)``) listed in ``idx``, in that order, repeats
    allowed: shape ``(len(idx), d)``. Negative indices count from the end as in NumPy
    (``-n <= i < n``). The result shares no memory with ``X``. An empty ``idx`` gives ``(0, d)``.

``true_class_probs(P: np.ndarray, y: np.ndarray) -> np.ndarray``
    ``P`` has shape ``(n, k)``: row ``i`` holds predicted probabilities of the classes
    ``0 .. k - 1``; ``y`` has shape ``(n,)`` and holds integer labels. Return the 1-D float array
    ``p`` of shape ``(n,)`` with ``p[i] = P[i, y[i]]``, the probability given to each row's true
    class, without a Python loop. Labels must satisfy ``0 <= y[i] < k``: a negative label is an
    error here, not "count from the end". (``-mean(log(p))`` is the log loss.)

``invert_permutation(perm: np.ndarray) -> np.ndarray``
    For a permutation ``perm`` of ``0 .. n - 1`` (a 1-D integer array), the integer array ``inv``
    with ``inv[perm[i]] = i``, so that ``X[perm][inv]`` is ``X``. ``n = 0`` gives an empty integer
    array.

Inputs in the checks: float64 arrays with at most 12 rows and 5 columns; probability rows are
positive and sum to 1; labels and permutations are int64 arrays.

Tolerance: exact for ``take_rows`` and ``invert_permutation`` (integer dtype required for the
latter); ``true_class_probs`` must equal ``np.take_along_axis(P, y[:, None], 1).ravel()`` exactly,
and the log loss computed from it is compared with scikit-learn's ``log_loss`` using
``np.isclose(rtol=1e-9, atol=1e-12)``.

Raises: ``IndexError`` from ``take_rows`` for an index outside ``-n <= i < n`` and from
``true_class_probs`` for a label outside ``0 <= y[i] < k``; ``ValueError`` from
``true_class_probs`` when ``len(y) != len(P)`` and from ``invert_permutation`` when ``perm`` is
not a permutation of ``0 .. n - 1`` (a repeat, a missing value, a value out of range).
"""

from collections.abc import Sequence

import numpy as np


def take_rows(X: np.ndarray, idx: Sequence[int]) -> np.ndarray:
    """The rows of X listed in idx (repeats allowed), as a new array."""
    raise NotImplementedError


def true_class_probs(P: np.ndarray, y: np.ndarray) -> np.ndarray:
    """P[i, y[i]] for every row i, shape (n,)."""
    raise NotImplementedError


def invert_permutation(perm: np.ndarray) -> np.ndarray:
    """The inverse permutation: inv[perm[i]] = i."""
    raise NotImplementedError
