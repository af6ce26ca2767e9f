"""Hard and soft cluster assignments (guide question Q315).

Hard clustering gives each point one cluster; soft clustering gives each point a membership
weight for every cluster (non-negative, summing to 1 over the clusters). Write three functions.
``X`` is a 2-D float array of shape ``(n, d)`` and ``centers`` one of shape ``(k, d)``, ``k >= 1``;
``||.||`` is the Euclidean norm.

``soft_assign(X, centers, sigma2) -> np.ndarray``
    The posterior membership of a mixture of k spherical Gaussians with equal weights 1/k, means
    ``centers`` and the same variance ``sigma2`` in every direction:
    ``R[i, j] = exp(-||X[i] - centers[j]||^2 / (2 sigma2)) / sum_l exp(-||X[i] - centers[l]||^2
    / (2 sigma2))``, shape ``(n, k)``. It must stay finite for every ``sigma2 > 0``: for
    ``sigma2 = 1e-6`` and distances of order 1 every ``exp`` underflows to 0 unless you subtract
    each row's largest exponent first. This equals scikit-learn's
    ``GaussianMixture(covariance_type='spherical').predict_proba`` with ``weights_ = 1/k``,
    ``means_ = centers`` and ``covariances_ = sigma2`` for every component.

``fuzzy_memberships(X, centers, m=2.0) -> np.ndarray``
    The fuzzy c-means memberships with fuzzifier ``m > 1``:
    ``U[i, j] = 1 / sum_l (||X[i] - centers[j]|| / ||X[i] - centers[l]||)^(2 / (m - 1))``, shape
    ``(n, k)``. A point that coincides with one or more centres (distance exactly 0) splits its
    membership equally among those centres and has 0 for the others.

``harden(U) -> np.ndarray``
    Hard labels from an ``(n, k)`` membership matrix: the column of each row's largest entry (the
    first one on ties), an integer array of shape ``(n,)``.

Do not modify the inputs.

Tolerance: memberships are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-8)``
elementwise against scikit-learn's ``GaussianMixture.predict_proba`` (set up as above), the
formulas above evaluated by the checks, known answers and the reference solution; labels must be
equal exactly. The properties checked: every row lies in [0, 1] and sums to 1; ``sigma2 = 1e-6``
gives the one-hot rows of the nearest centre (on data whose nearest centre is clear) and
``sigma2 = 1e12`` rows equal to ``1/k``; ``harden(soft_assign(...))`` and
``harden(fuzzy_memberships(...))`` are the nearest-centre labels; a point at the same distance
from two centres gets equal weights from both.

Raises: ``ValueError`` when ``sigma2 <= 0``, when ``m <= 1``, when ``X`` or ``centers`` is not 2-D
or their numbers of columns differ, and (``harden``) when ``U`` is not 2-D.
"""

import numpy as np


def soft_assign(X: np.ndarray, centers: np.ndarray, sigma2: float) -> np.ndarray:
    """Gaussian-mixture memberships with equal weights and shared spherical variance, (n, k)."""
    raise NotImplementedError


def fuzzy_memberships(X: np.ndarray, centers: np.ndarray, m: float = 2.0) -> np.ndarray:
    """Fuzzy c-means memberships with fuzzifier m, shape (n, k)."""
    raise NotImplementedError


def harden(U: np.ndarray) -> np.ndarray:
    """Index of each row's largest membership (first on ties), shape (n,)."""
    raise NotImplementedError
