"""k-means: Lloyd's iterations, k-means++ seeding and restarts (guide questions Q316, Q317, Q318).

k-means looks for k centres that minimise the *inertia*, the sum over points of the squared
Euclidean distance to their nearest centre. Lloyd's algorithm alternates two steps that can only
lower it: assign every point to its nearest centre, then move every centre to the mean of its
points. It stops at a local minimum that depends on the starting centres, which is why the start
is chosen with care (k-means++) and the algorithm is run from several starts.

Write three functions. ``X`` is a 2-D float array of shape ``(n, d)``, ``n >= 1``; distances are
Euclidean; "the squared distance" of a point to a centre is ``((x - c) ** 2).sum()``.

``kmeans(X, init_centers, max_iter=300) -> tuple[np.ndarray, np.ndarray, float, list[float]]``
    Lloyd's algorithm from the ``(k, d)`` array ``init_centers`` (row j is the start of cluster j).
    One iteration is:

    1. assignment: ``labels[i]`` = the index of the centre nearest to ``X[i]`` (smallest squared
       distance; on an exact tie, the smallest index, as ``np.argmin`` does);
    2. update: every centre with at least one point moves to the mean of its points. **Empty
       clusters:** a centre that received no point keeps its previous position (it is neither
       removed nor moved; it may win points again in a later iteration);
    3. record the inertia of these labels with the updated centres,
       ``sum_i ||X[i] - centers[labels[i]]||^2``, as the next entry of ``history``;
    4. stop if the labels are identical to those of the previous iteration (converged: the last
       two entries of ``history`` are then equal), or after ``max_iter`` iterations.

    If it stops because of ``max_iter``, assign every point once more to its nearest final centre
    (step 1 only) so that the returned labels belong to the returned centres. Return
    ``(centers, labels, inertia, history)``: ``centers`` a float array ``(k, d)``, ``labels`` an
    integer array ``(n,)`` with values in ``0..k-1``, ``inertia`` a Python float (the inertia of
    the returned labels and centres) and ``history`` a list of Python floats, one per iteration.
    From the same initial centres on data where no cluster empties, this is exactly what
    ``sklearn.cluster.KMeans(n_clusters=k, init=init_centers, n_init=1, algorithm='lloyd', tol=0,
    max_iter=max_iter)`` computes: same labels, centres, inertia, and ``len(history) == n_iter_``.
    (scikit-learn moves an empty cluster's centre to a far point instead; the rule above is this
    kata's.)

``kmeans_pp_init(X, k, rng) -> np.ndarray``
    k-means++ seeding; returns the ``(k, d)`` array of the chosen rows of ``X``, in the order they
    were chosen. Follow this random-number protocol exactly (the checks replay it and compare
    the chosen rows exactly):

    1. ``rng = np.random.default_rng(rng)`` (``rng`` is a ``np.random.Generator``, used as it is,
       or an int seed; the checks pass ints);
    2. the first centre is row ``rng.integers(n)``;
    3. each further centre is row ``rng.choice(n, p=d2 / d2.sum())``, where ``d2[i]`` is the
       squared distance from ``X[i]`` to the nearest centre chosen so far (a 1-D float array of
       length n, computed as above).

    These are the only two kinds of draw: one ``rng.integers(n)``, then ``k - 1`` calls of
    ``rng.choice(n, p=...)``. A chosen row has ``d2 = 0`` and cannot be drawn again, so the k rows
    are distinct. This is D^2 sampling, the distribution of ``sklearn.cluster.kmeans_plusplus``
    with ``n_local_trials=1`` (whose draws come from a different generator, so it is compared only
    in distribution).

``best_of_n_init(X, k, n_init, seed=0, init='k-means++') -> tuple``
    Run ``kmeans(X, start)`` (default ``max_iter``) ``n_init`` times. Run ``r`` (r = 0, 1, ...,
    n_init - 1) uses ``rng = np.random.default_rng(seed + r)`` and the start
    ``kmeans_pp_init(X, k, rng)`` for ``init='k-means++'`` or ``X[rng.choice(n, size=k,
    replace=False)]`` for ``init='random'``. Return the ``(centers, labels, inertia, history)`` of
    the run with the lowest final inertia (the first such run on ties).

Do not modify the inputs. Do not call scikit-learn's ``KMeans``, ``k_means`` or
``kmeans_plusplus`` (the checks read your source to enforce this).

Comparing clusterings: where a check compares your clustering with one reached from a different
start (scikit-learn's own ``KMeans`` with many restarts, or the true blob labels), cluster numbers
are arbitrary, so clusters are first matched one-to-one by the Hungarian assignment on the
contingency table (``scipy.optimize.linear_sum_assignment`` maximising the number of points the
matched clusters share); the matched partitions must then be identical and the matched centres
equal within the tolerance below. Where the start is the same, cluster j is compared with
cluster j directly.

Tolerance: centres and inertias are compared with ``np.isclose(actual, expected, rtol=1e-6,
atol=1e-8)`` elementwise; labels, ``len(history)`` and the rows chosen by ``kmeans_pp_init`` must be
equal exactly (test data have no exact distance ties). "Never increases" means
``history[t + 1] <= history[t] * (1 + 1e-12) + 1e-12``. The claims checked (Q317, Q318): on the
checks' data the iterations match scikit-learn as stated above; the inertia history never
increases; at return each point is with its nearest centre and each non-empty cluster's centre is
the mean of its points; a crafted case empties a cluster, whose centre must stay where it was;
over 200 seeds the second k-means++ centre follows the D^2 distribution (chi-square test, and
agreement with ``kmeans_plusplus(..., n_local_trials=1)``); two different starts on a crafted
dataset reach inertias 1 and 100 and ``best_of_n_init`` returns the lowest inertia of its runs;
averaged over 20 seeds k-means++ starts end with a lower inertia than random-row starts on
anisotropic blobs; one far outlier drags its cluster's centre by more than 2 units.

Raises: ``ValueError`` when ``X`` is not 2-D; ``kmeans``: when ``init_centers`` is not 2-D with
``d`` columns, has no row or more than ``n`` rows, or ``max_iter < 1``; ``kmeans_pp_init`` and
``best_of_n_init``: when ``k < 1`` or ``k > n``; ``kmeans_pp_init`` (and so ``best_of_n_init``)
when ``X`` has fewer than ``k`` distinct rows (``d2.sum() == 0`` before a draw);
``best_of_n_init``: when ``n_init < 1`` or ``init`` is neither ``'k-means++'`` nor ``'random'``.
"""

import numpy as np


def kmeans(X: np.ndarray, init_centers: np.ndarray,
           max_iter: int = 300) -> tuple[np.ndarray, np.ndarray, float, list[float]]:
    """Lloyd's algorithm from init_centers; returns (centers, labels, inertia, history)."""
    raise NotImplementedError


def kmeans_pp_init(X: np.ndarray, k: int, rng: np.random.Generator | int) -> np.ndarray:
    """k rows of X chosen by k-means++ (D^2 sampling) with the stated rng protocol, shape (k, d)."""
    raise NotImplementedError


def best_of_n_init(X: np.ndarray, k: int, n_init: int, seed: int = 0,
                   init: str = "k-means++") -> tuple[np.ndarray, np.ndarray, float, list[float]]:
    """The lowest-inertia kmeans run over n_init seeded starts (seeds seed, seed + 1, ...)."""
    raise NotImplementedError
