"""Joining arrays: concatenate along an existing axis, stack along a new one (guide questions Q86
and Q87).

``np.concatenate`` joins arrays along an axis they already have, so the result has the same number
of dimensions: two ``(10, 5)`` arrays give ``(20, 5)``. ``np.stack`` puts the arrays side by side
along a NEW first axis, so the result has one more dimension: two ``(10, 5)`` arrays give
``(2, 10, 5)``. Write three functions:

``merge_batches(batches: Sequence[np.ndarray]) -> np.ndarray``
    Join a list (or tuple) of batches along their first axis, in order: batches of shapes
    ``(n_1, *rest)``, ..., ``(n_b, *rest)`` give one array of shape ``(n_1 + ... + n_b, *rest)``.
    Batches have at least one dimension and all the same trailing shape ``rest`` (possibly
    ``()``, for 1-D batches); a batch may have 0 rows. The result equals
    ``np.concatenate(batches, axis=0)`` (same values and dtype).

``stack_predictions(preds: Sequence[np.ndarray]) -> np.ndarray``
    Stack ``k`` prediction arrays of one common shape ``s`` (for example ``k`` models' ``(n,)``
    predictions, or ``(n, c)`` class probabilities; ``s`` may be ``()``) along a new first axis:
    shape ``(k, *s)``, with ``result[i]`` equal to ``preds[i]``; so ``result.mean(axis=0)`` is
    the ensemble average. The result equals ``np.stack(preds, axis=0)``.

``add_bias_column(X: np.ndarray) -> np.ndarray``
    Prepend a column of ones to the 2-D array ``X`` (shape ``(n, d)``, integers or floats): a
    new float64 array of shape ``(n, d + 1)`` whose column 0 is all ones and whose columns 1..d
    are ``X`` (as floats). ``d = 0`` gives an ``(n, 1)`` column of ones; ``n = 0`` gives
    ``(0, d + 1)``.

Do not modify the inputs.

Inputs in the checks: arrays have float64 values in [-10, 10] (``add_bias_column`` also gets
integer matrices), batch counts and ``k`` from 1 to 4, sides 0 to 4, trailing shapes with 0 to 2
dimensions.

Tolerance: exact. ``merge_batches`` and ``stack_predictions`` must equal ``np.concatenate`` and
``np.stack`` with ``axis=0`` in shape, dtype and every value (``np.array_equal``);
``add_bias_column`` must equal ``np.hstack([np.ones((n, 1)), X])`` as float64 exactly.

Raises: ``ValueError`` from ``merge_batches`` for an empty sequence, a 0-d batch, or batches
whose trailing shapes (or numbers of dimensions) differ; from ``stack_predictions`` for an empty
sequence or arrays of different shapes; from ``add_bias_column`` when ``X`` is not 2-D.
"""

from collections.abc import Sequence

import numpy as np


def merge_batches(batches: Sequence[np.ndarray]) -> np.ndarray:
    """The batches joined along their first axis (shape (sum of n_i, *rest))."""
    raise NotImplementedError


def stack_predictions(preds: Sequence[np.ndarray]) -> np.ndarray:
    """k arrays of one shape s stacked along a new first axis (shape (k, *s))."""
    raise NotImplementedError


def add_bias_column(X: np.ndarray) -> np.ndarray:
    """X with a column of ones in front, as float64 of shape (n, d + 1)."""
    raise NotImplementedError
