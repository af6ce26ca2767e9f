"""How stable is the lasso's choice of features? (guide question Q218)

A lasso coefficient that is exactly zero says "not selected", but that verdict can flip when the
data change a little, especially between correlated features. Measure it two ways: across bootstrap
resamples of the rows (stability selection) and along the regularisation path.

Every lasso fit in this kata is

    sklearn.linear_model.Lasso(alpha=alpha, tol=1e-8, max_iter=100_000).fit(X, y)

(objective ``(1 / (2n)) * ||y - X w - b||^2 + alpha * ||w||_1`` with an unpenalised intercept), and
feature ``j`` is *selected* by a fit when ``coef_[j] != 0``. Use exactly this model: the checks
compare frequencies with the ones it gives.

Write two functions:

``selection_frequency(X, y, alpha, n_boot=50, seed=0) -> np.ndarray``
    For ``b = 0, 1, ..., n_boot - 1`` in that order, draw bootstrap sample ``b`` with

        Xb, yb = sklearn.utils.resample(X, y, random_state=seed + b)

    (``n`` rows drawn with replacement; the same rows as ``X[idx], y[idx]`` with
    ``idx = np.random.RandomState(seed + b).randint(0, n, size=n)``), fit the lasso on it, and
    record which features it selects. No other randomness is involved. Returns, for every feature,
    the fraction of the ``n_boot`` fits that selected it: a float ndarray of shape ``(d,)`` with
    values in ``[0, 1]`` (multiples of ``1 / n_boot``).

``support_path(X, y, alphas) -> np.ndarray``
    Fit the lasso on the full data for every alpha in the 1-D array ``alphas``, in the given order.
    Returns a bool ndarray of shape ``(len(alphas), d)``: row ``i`` is True where the fit at
    ``alphas[i]`` selects the feature.

Inputs: ``X`` a 2-D float array of shape ``(n, d)`` with ``n >= 2``, ``y`` a 1-D float array of
shape ``(n,)``, ``alpha > 0`` (every entry of ``alphas`` too), integers ``n_boot >= 1`` and
``seed >= 0``. The checks use at most 200 rows, 10 columns and ``n_boot <= 50``, and give each call
5 s. Do not modify the inputs.

Tolerance: frequencies are compared with ``np.isclose(actual, expected, rtol=0, atol=1e-12)``,
that is, exactly, against lasso fits on the documented bootstrap samples and against the
reference solution; support paths are compared exactly (against the same lasso and, on a design
with orthonormal centred columns, against the closed form ``|X_j^T y / n| > alpha``). The
statistical checks use fixed seeds and loose thresholds: on seeded data with 3 relevant and 7
irrelevant features (n = 200, alpha = 0.3) every relevant feature has frequency at least 0.9 and
every irrelevant one at most 0.5; for two nearly identical relevant columns the two frequencies add
up to at least 0.9 while the smaller one is at most 0.7.

Raises: ``ValueError`` when ``n_boot < 1``, when ``alpha <= 0`` (or an entry of ``alphas`` is),
when ``alphas`` is empty, when ``X`` is not 2-D, when ``y`` is not 1-D, or when ``X`` and ``y``
have different numbers of rows.
"""

import numpy as np


def selection_frequency(X: np.ndarray, y: np.ndarray, alpha: float, n_boot: int = 50,
                        seed: int = 0) -> np.ndarray:
    """Fraction of bootstrap lasso fits that select each feature."""
    raise NotImplementedError


def support_path(X: np.ndarray, y: np.ndarray, alphas: np.ndarray) -> np.ndarray:
    """Which features the lasso selects at each alpha: bool array (len(alphas), d)."""
    raise NotImplementedError
