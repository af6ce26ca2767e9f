"""Choosing the penalty strength by k-fold cross-validation (guide question Q210).

The regularisation strength ``alpha`` is a hyperparameter: pick it by cross-validated error over a
grid of candidates spread evenly over orders of magnitude.

Write two functions:

``log_grid(lo, hi, n) -> np.ndarray``
    ``n`` values from ``lo`` to ``hi`` (both included) evenly spaced on a log scale, so
    consecutive values have a constant ratio: the same values as
    ``np.logspace(np.log10(lo), np.log10(hi), n)``. ``lo > hi`` gives a decreasing grid; ``n = 1``
    gives ``[lo]``. Returns a float ndarray of shape ``(n,)``.

``cv_select_alpha(X, y, alphas, k=5, model='ridge') -> tuple[float, np.ndarray]``
    k-fold cross-validation of every alpha in ``alphas``:

    * Folds: split ``range(n)`` into ``k`` contiguous blocks in order, without shuffling; the first
      ``n % k`` blocks have ``n // k + 1`` samples and the others ``n // k`` (the folds of
      ``sklearn.model_selection.KFold(k)``, or ``np.array_split(np.arange(n), k)``).
    * For each alpha and each fold: fit the model on the other ``k - 1`` blocks, predict the
      held-out block, and take the mean squared error over that block.
    * The score of an alpha is the plain (unweighted) mean of its ``k`` fold errors, a positive
      number: lower is better.

    Returns ``(best_alpha, mean_mse)``: ``mean_mse`` a float ndarray of shape ``(len(alphas),)``
    in the order of ``alphas``, and ``best_alpha`` (a Python float) the alpha with the smallest
    mean error; on a tie, the one that comes first in ``alphas``. This is what
    ``GridSearchCV(model, {'alpha': alphas}, cv=KFold(k), scoring='neg_mean_squared_error')``
    reports as ``best_params_['alpha']`` and ``-cv_results_['mean_test_score']``.

    Models, both with an unpenalised intercept: ``'ridge'`` minimises
    ``||y - X w - b||^2 + alpha * ||w||^2`` (``sklearn.linear_model.Ridge(alpha=alpha)``);
    ``'lasso'`` minimises ``(1 / (2 n_train)) * ||y - X w - b||^2 + alpha * ||w||_1``
    (``sklearn.linear_model.Lasso(alpha=alpha, tol=1e-10, max_iter=100_000)`` computes it to the
    accuracy the checks need). You may fit them with those two scikit-learn classes, or with your
    own solvers.

Inputs: ``X`` a 2-D float array of shape ``(n, d)``, ``y`` a 1-D float array of shape ``(n,)``,
``alphas`` a non-empty 1-D float array of non-negative values (the checks pass positive ones),
``2 <= k <= n``. Generated inputs have at most 40 rows, 5 columns and 6 alphas. Do not modify the
inputs.

Rules: write the folds and the averaging yourself. Do not use ``sklearn.model_selection``
(``KFold``, ``GridSearchCV``, ``cross_val_score``, ``cross_validate``) or ``RidgeCV`` /
``LassoCV``; the checks read your source to enforce this.

Tolerance: ``log_grid`` is compared with ``np.isclose(actual, expected, rtol=1e-12, atol=0)``.
Mean errors are compared with ``np.isclose(actual, expected, rtol=1e-6, atol=1e-10)`` elementwise
(against ``GridSearchCV``, the closed-form leave-one-out error of ridge regression and the
reference solution). ``best_alpha`` must be exactly the first entry of ``alphas`` at which your own
``mean_mse`` is smallest, and its GridSearchCV score must be the best to ``rtol=1e-6``. Exact
ties are checked with lasso alphas far above every fold's ``max|Xc^T yc| / n_train``, where every
fold's fit is exactly ``w = 0`` (predicting the training mean), so those alphas' scores are equal.

Raises: ``ValueError`` when ``alphas`` is empty or has a negative value, when ``k < 2`` or
``k > n``, when ``model`` is not ``'ridge'`` or ``'lasso'``, when ``X`` is not 2-D, ``y`` is not
1-D, or their numbers of rows differ; ``log_grid`` raises ``ValueError`` when ``lo <= 0``,
``hi <= 0`` or ``n < 1``.
"""

import numpy as np


def log_grid(lo: float, hi: float, n: int) -> np.ndarray:
    """n log-spaced values from lo to hi inclusive."""
    raise NotImplementedError


def cv_select_alpha(X: np.ndarray, y: np.ndarray, alphas: np.ndarray, k: int = 5,
                    model: str = "ridge") -> tuple[float, np.ndarray]:
    """(best alpha, mean k-fold MSE per alpha) with unshuffled KFold(k) folds."""
    raise NotImplementedError
