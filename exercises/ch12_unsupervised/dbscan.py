"""DBSCAN: density-based clusters and noise (guide questions Q321, Q322, Q323, Q324).

DBSCAN needs no number of clusters. A point is a *core* point when at least ``min_samples`` points
(itself included) lie within distance ``eps`` of it. Clusters grow from core points: everything
within ``eps`` of a core point joins its cluster, and core points reached this way pass the
growth on. Points reached by no core point are *noise*. Distances are Euclidean and "within eps"
means ``distance <= eps``.

Write three functions. ``X`` is a 2-D float array of shape ``(n, d)``, ``n >= 1``.

``core_mask(X, eps, min_samples) -> np.ndarray``
    A boolean array of shape ``(n,)``: True for the core points.

``dbscan(X, eps, min_samples) -> np.ndarray``
    An integer array of shape ``(n,)`` of cluster labels, ``-1`` for noise. Number the clusters
    deterministically: scan the core points in index order; each core point not yet labelled
    starts the next cluster (0, 1, 2, ...), and that cluster is grown completely (every point
    density-reachable from it) before the scan goes on. A non-core point within ``eps`` of core
    points of several clusters therefore belongs to the lowest-numbered of them. These are
    exactly the labels of ``sklearn.cluster.DBSCAN(eps=eps, min_samples=min_samples)``.

``k_distance(X, k) -> np.ndarray``
    For every point, the distance to its k-th nearest *other* point (the point itself does not
    count; a duplicate of it does, at distance 0), returned sorted in ascending order: a float
    array of shape ``(n,)``, ``1 <= k <= n - 1``. Plotted, its "knee" is a common choice of
    ``eps`` for ``min_samples = k + 1``. This equals the last column of
    ``sklearn.neighbors.NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(X)`` distances,
    sorted.

Do not modify the inputs. Do not call scikit-learn's ``DBSCAN``/``dbscan``, ``NearestNeighbors``,
``radius_neighbors_graph`` or ``kneighbors_graph`` (the checks read your source to enforce this).

Tolerance: labels and core masks must be equal exactly (the checks' data avoid distances within
1e-9 of ``eps``); k-distances are compared with ``np.isclose(actual, expected, rtol=1e-6,
atol=1e-8)``. The claims checked: labels equal scikit-learn's (so the partition and the noise set
are the same, and the cluster numbering too); every core point is clustered, every noise point is
neither core nor within ``eps`` of a core point; raising ``eps`` never increases the number of
noise points and raising ``min_samples`` never decreases it (Q322); with ``min_samples >= 2``,
points added far from the data (and far from each other) are all noise and leave the other labels
unchanged (Q323); on two seeded concentric rings
(``make_circles``) and on two moons (``make_moons``) DBSCAN reaches an adjusted Rand index above
0.95 where k-means with k = 2 stays below 0.3; on overlapping isotropic blobs with known k,
k-means beats DBSCAN at every eps of a grid; with two dense blobs next to two sparse ones, no eps
of a grid reaches an adjusted Rand index of 0.9 (Q324).

Raises: ``ValueError`` when ``eps <= 0``, when ``min_samples < 1``, when ``X`` is not 2-D, and
(``k_distance``) when ``k < 1`` or ``k >= n``.
"""

import numpy as np


def core_mask(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    """True for points with at least min_samples points (itself included) within eps."""
    raise NotImplementedError


def dbscan(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    """DBSCAN cluster labels (-1 for noise), numbered as the module docstring states."""
    raise NotImplementedError


def k_distance(X: np.ndarray, k: int) -> np.ndarray:
    """Each point's distance to its k-th nearest other point, sorted ascending, shape (n,)."""
    raise NotImplementedError
