"""Pairwise distance matrices (guide question Q314).

Clustering and nearest-neighbour methods start from distances between points, and which distance
is used decides what "close" means. Write one function:

``pairwise(A, B, metric) -> np.ndarray``
    ``A`` has shape ``(m, d)`` and ``B`` shape ``(n, d)`` (2-D float arrays, ``m, n, d >= 1``);
    return the float array ``D`` of shape ``(m, n)`` with ``D[i, j]`` the distance from row
    ``A[i]`` to row ``B[j]``, for ``metric`` one of:

    - ``'euclidean'``: ``sqrt(sum_k (a_k - b_k)^2)``;
    - ``'manhattan'``: ``sum_k |a_k - b_k|``;
    - ``'cosine'``: ``1 - a.b / (||a|| ||b||)`` (Euclidean norms), from 0 (same direction) to 2;
    - ``'correlation'``: the cosine distance of the centred rows ``a - mean(a)`` and
      ``b - mean(b)``, i.e. ``1 - `` Pearson's correlation of the two rows.

    These are ``scipy.spatial.distance.cdist`` with ``'euclidean'``, ``'cityblock'``, ``'cosine'``
    and ``'correlation'``.

Rules: vectorise with NumPy broadcasting and matrix products: no Python loop or comprehension in
``pairwise``, and do not call ``scipy.spatial.distance.cdist``/``pdist`` or scikit-learn's
``pairwise_distances`` (the checks read your source to enforce both). Do not modify the inputs.
If you use the expansion ``||a - b||^2 = ||a||^2 + ||b||^2 - 2 a.b``, clip negative round-off to 0
before the square root.

Tolerance: distance matrices are compared with ``np.isclose(actual, expected, rtol=1e-6,
atol=1e-6)`` elementwise against ``cdist``, known answers and the reference solution. The
properties checked, to the same tolerance: every distance is ``>= 0`` and ``D(A, A)`` has a zero
diagonal; ``D(A, A)`` is symmetric; the triangle inequality holds for euclidean and manhattan;
manhattan ``>=`` euclidean; cosine is unchanged when rows are multiplied by positive numbers;
correlation is unchanged when each row is replaced by ``s * row + t`` with ``s > 0``. Inputs in the
checks have entries in [-10, 10] rounded to 3 decimals.

Raises: ``ValueError`` when ``A`` or ``B`` is not 2-D, when they have different numbers of columns,
when ``metric`` is not one of the four names, for ``'cosine'`` when a row of ``A`` or ``B`` is all
zeros, and for ``'correlation'`` when a row of ``A`` or ``B`` is constant (all its entries equal).
"""

import numpy as np


def pairwise(A: np.ndarray, B: np.ndarray, metric: str) -> np.ndarray:
    """Distance from every row of A to every row of B, shape (len(A), len(B))."""
    raise NotImplementedError
