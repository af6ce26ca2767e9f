"""Broadcasting: the shape rule, and two loop-free uses of it (guide question Q68).

NumPy combines arrays of different shapes by *broadcasting*. The rule, applied to any number of
shapes:

1. Align the shapes on the right; a shape with fewer dimensions is padded on the left with 1s.
2. Compare the sizes axis by axis. Sizes that are equal are kept; a size of 1 stretches to the
   other size (including to 0); any other pair of different sizes (such as 3 and 4, or 0 and 2)
   is incompatible.
3. The result has as many dimensions as the longest shape.

For example ``(3, 1)`` with ``(4,)`` gives ``(3, 4)``; ``(2, 1, 3)`` with ``(4, 1)`` gives
``(2, 4, 3)``; ``()`` (a 0-d array) with anything gives that shape; ``(0,)`` with ``(1,)`` gives
``(0,)``; ``(3,)`` with ``(4,)`` cannot be broadcast.

Write three functions:

``broadcast_shape(*shapes: tuple[int, ...]) -> tuple[int, ...]``
    The shape that the given shapes broadcast to, computed from the shapes alone with the rule
    above: a ``tuple`` of Python ``int``. Each argument is a tuple of ints; any number of
    arguments is allowed, and no argument at all gives ``()``. Do not call
    ``np.broadcast_shapes``, ``np.broadcast``, ``np.broadcast_to`` or ``np.broadcast_arrays``
    (the checks read your source); Python loops are fine here.

``center_columns(X: np.ndarray) -> np.ndarray``
    ``X`` minus the mean of each column, for a 2-D float array ``X`` of shape ``(n, d)`` with
    ``n >= 1``: a new float array of shape ``(n, d)`` whose columns have mean 0 (``d = 0`` gives an
    ``(n, 0)`` array). Let broadcasting subtract the ``(d,)`` row of means from every row.

``pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray``
    All squared Euclidean distances between the rows of ``A`` (shape ``(n, d)``) and the rows of
    ``B`` (shape ``(m, d)``): a float array ``D`` of shape ``(n, m)`` with
    ``D[i, j] = sum_k (A[i, k] - B[j, k]) ** 2``. Any of ``n``, ``m``, ``d`` may be 0 (``d = 0``
    gives all zeros). No entry may be negative: if you use the expansion
    ``|a|^2 + |b|^2 - 2 a.b``, clip its rounding errors at 0.

Rules: ``center_columns`` and ``pairwise_sq_dists`` contain no Python loops (no ``for``,
``while`` or comprehension inside the function): the checks read your source and name the line
of any loop they find. Do not modify the inputs.

Inputs in the checks: shapes have at most 4 dimensions of sides 0 to 5 (sides up to 6 in the
incompatible pairs); array values are finite floats in [-10, 10].

Tolerance: ``broadcast_shape`` must equal ``np.broadcast_shapes`` exactly. Arrays are compared
with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-9)`` elementwise (against
``X - X.mean(axis=0)`` and scikit-learn's ``euclidean_distances(A, B, squared=True)``); "column
mean about 0" means ``|mean| <= 1e-9``, and a point's distance to itself must be at most 1e-9.

Raises: ``ValueError`` from ``broadcast_shape`` when the shapes cannot be broadcast together
(as ``np.broadcast_shapes`` raises ``ValueError: shape mismatch: objects cannot be broadcast to a
single shape``; your message is free) and when a size is negative. ``ValueError`` from
``center_columns`` when ``X`` is not 2-D or has no rows, and from ``pairwise_sq_dists`` when ``A``
or ``B`` is not 2-D or when their numbers of columns differ.
"""

import numpy as np


def broadcast_shape(*shapes: tuple[int, ...]) -> tuple[int, ...]:
    """The broadcast shape of the given shapes, as a tuple of ints."""
    raise NotImplementedError


def center_columns(X: np.ndarray) -> np.ndarray:
    """X minus its column means, shape (n, d); no Python loops."""
    raise NotImplementedError


def pairwise_sq_dists(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Squared Euclidean distances between the rows of A and of B, shape (n, m); no loops."""
    raise NotImplementedError
