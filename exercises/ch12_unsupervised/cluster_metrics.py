"""Scoring clusterings and choosing k (guide questions Q312, Q313, Q319).

A clustering is scored *internally* (how compact and separated its clusters are: the silhouette,
the inertia) or *externally* against known labels (the adjusted Rand index). The number of clusters
k is then chosen by the best silhouette or by the "elbow" of the inertia curve.

Write five functions. ``X`` is a 2-D float array of shape ``(n, d)``; a labelling is a 1-D integer
array of ``n`` entries whose values name clusters (any integers: ``[7, 7, -2]`` is two clusters).

``silhouette_samples(X, labels) -> np.ndarray``
    The silhouette of every point, a float array of shape ``(n,)``, with Euclidean distances. For
    point i in cluster C: ``a_i`` = mean distance from i to the *other* points of C; ``b_i`` = the
    smallest, over the other clusters C', of the mean distance from i to the points of C';
    ``s_i = (b_i - a_i) / max(a_i, b_i)``. A point alone in its cluster has ``s_i = 0``, and so
    does a point with ``max(a_i, b_i) = 0``. This is ``sklearn.metrics.silhouette_samples``.

``silhouette_score(X, labels) -> float``
    The mean of ``silhouette_samples(X, labels)``, a Python float.

``inertia(X, labels, centers) -> float``
    The sum over points of the squared Euclidean distance to their own centre,
    ``sum_i ||X[i] - centers[labels[i]]||^2``; here labels are row numbers of ``centers``
    (shape ``(k, d)``), ``0 <= labels[i] < k``. A Python float.

``adjusted_rand_index(a, b) -> float``
    The Hubert-Arabie adjusted Rand index of two labellings of the same n points. With the
    contingency table ``n_ij`` (points in cluster i of ``a`` and cluster j of ``b``), its row sums
    ``a_i``, column sums ``b_j`` and ``C(m) = m (m - 1) / 2``:
    ``index = sum_ij C(n_ij)``, ``expected = sum_i C(a_i) * sum_j C(b_j) / C(n)``,
    ``maximum = (sum_i C(a_i) + sum_j C(b_j)) / 2``, ``ARI = (index - expected) /
    (maximum - expected)``. When ``maximum == expected`` (for example both labellings put every
    point in one cluster, or both make every point its own cluster) return ``1.0``. Cluster names
    do not matter: only the partitions are compared. ``n >= 1``. This is
    ``sklearn.metrics.adjusted_rand_score``.

``choose_k(X, ks, method='silhouette', seed=0) -> int``
    For every k in ``ks`` (a strictly increasing sequence of ints), fit
    ``sklearn.cluster.KMeans(n_clusters=k, n_init=3, random_state=seed).fit(X)`` (exactly this
    call, so your fits are the checks' fits). ``method='silhouette'``: return the k whose labels
    (``labels_``) have the largest ``silhouette_score``. ``method='elbow'``: with the inertias
    ``I_0, I_1, ...`` (``inertia_``) of ``ks[0], ks[1], ...``, return ``ks[j]`` for the interior
    position j that maximises the second difference ``I_{j-1} - 2 I_j + I_{j+1}`` (the sharpest
    bend). Ties go to the first (smallest) k. Returns a Python int.

Do not modify the inputs. Compute the scores yourself with NumPy: do not call scikit-learn's
``silhouette_samples``, ``silhouette_score``, ``adjusted_rand_score``, ``pair_confusion_matrix`` or
``contingency_matrix`` (the checks read your source to enforce this; SciPy's ``cdist``/``pdist``
are allowed).

Tolerance: silhouettes, inertia and the ARI are compared with
``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)`` against scikit-learn (the silhouette oracle
is given exact Euclidean distances), known answers and the reference solution; ``choose_k`` must
return exactly the expected k. The claims checked: silhouettes lie in [-1, 1]; the ARI of a
labelling with any renaming of itself is 1 and the ARI is symmetric; random labellings of
n = 2000 points have ``|ARI| < 0.05``; blobs with well-separated centres score a silhouette above
0.7; on hand-placed, well-separated centres (three at the corners of an equilateral triangle,
four at the corners of a square) ``choose_k`` with the silhouette returns the true k, and with the
elbow returns 3 for the triangle. On ordinary random blobs the elbow is not a reliable estimate of
the true k (it often picks 2), so there it is checked only as a computation.

Raises: ``ValueError`` when ``X`` is not 2-D or a labelling has a different length from ``X``;
for ``silhouette_samples``/``silhouette_score`` when the number of distinct labels is 1 or n;
for ``inertia`` when a label is not a row of ``centers`` or ``centers`` has the wrong number of
columns; for ``adjusted_rand_index`` when ``a`` and ``b`` are not 1-D of the same length; for
``choose_k`` when ``method`` is neither ``'silhouette'`` nor ``'elbow'``, when ``ks`` is not strictly
increasing, when ``method='silhouette'`` and some k is outside ``2 <= k <= n - 1``, or when
``method='elbow'`` and there are fewer than three ks or some k is outside ``1 <= k <= n``.
"""

from collections.abc import Sequence

import numpy as np


def silhouette_samples(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Silhouette of every point, shape (n,); see the module docstring."""
    raise NotImplementedError


def silhouette_score(X: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette over all points."""
    raise NotImplementedError


def inertia(X: np.ndarray, labels: np.ndarray, centers: np.ndarray) -> float:
    """Sum of squared distances from each point to centers[labels[i]]."""
    raise NotImplementedError


def adjusted_rand_index(a: np.ndarray, b: np.ndarray) -> float:
    """Adjusted Rand index between two labellings of the same points."""
    raise NotImplementedError


def choose_k(X: np.ndarray, ks: Sequence[int], method: str = "silhouette", seed: int = 0) -> int:
    """The k in ks chosen by the best silhouette or by the elbow of the k-means inertias."""
    raise NotImplementedError
