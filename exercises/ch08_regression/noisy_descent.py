"""Noisy gradient descent: escaping a shallow basin (guide question Q194).

Plain gradient descent stops in the first minimum it reaches. Adding Gaussian noise to every
gradient step lets it jump over low barriers; shrinking the noise over time (*annealing*) lets it
settle at the end. On the double well ``f(x) = x**4 - 2 * x**2 + 0.3 * x`` (gradient
``4 * x**3 - 4 * x + 0.3``), the minimum near ``x = 0.96`` is shallow and the one near
``x = -1.04`` is deep; the barrier between them is near ``x = 0.075``.

Write ``noisy_gd(grad, x0, lr, noise_std, steps, rng, anneal=True) -> np.ndarray`` following this
protocol exactly (the checks replay it and compare whole trajectories):

1. ``rng = np.random.default_rng(rng)``: ``rng`` is a ``np.random.Generator`` (used as it is) or
   an int seed (the checks pass ints; ``default_rng`` turns a seed into a Generator and returns a
   Generator unchanged).
2. ``x_0 = x0``. For ``t = 0, 1, ..., steps - 1``:

       sigma_t = noise_std * (1 - t / steps)   if anneal   else   noise_std
       z_t     = rng.standard_normal(np.shape(x0))
       x_{t+1} = x_t - lr * (grad(x_t) + sigma_t * z_t)

   Exactly one ``rng.standard_normal(...)`` call per step, made even when ``sigma_t`` is 0, and no
   other random draw. ``grad`` is called exactly once per step, with ``x_t``.
3. Return the trajectory ``[x_0, x_1, ..., x_steps]`` as a float ndarray: shape ``(steps + 1,)``
   for a number ``x0``, ``(steps + 1, m)`` for an array ``x0``.

``x0`` is either a number (one run) or a 1-D float array of ``m`` starting points: ``m``
independent runs advanced together, one row of the trajectory per step. For an array ``x0``,
``grad`` receives the 1-D array ``x_t`` of the ``m`` current points and returns the ``m``
gradients (the checks' ``grad`` functions work elementwise on arrays), and each step draws the
``m`` noises with one call ``rng.standard_normal((m,))``. For a number ``x0``,
``np.shape(x0) == ()`` and ``rng.standard_normal(())`` gives the same value as
``rng.standard_normal()``; ``grad`` then receives a number.

Inputs: ``grad`` a callable, ``x0`` a float or a 1-D float array, ``lr > 0`` and
``noise_std >= 0`` floats, ``steps >= 0`` an int (``steps = 0`` returns ``[x0]``), ``rng`` as
above, ``anneal`` a bool. Do not modify ``x0``.

Tolerance: trajectories are compared with ``np.isclose(actual, expected, rtol=1e-9, atol=1e-10)``
against known answers, the protocol replayed by the checks with the same seed, and the reference
solution; ``noise_std = 0`` must reproduce plain gradient descent to the same tolerance. The basin
experiment (Q194) uses ``lr = 0.05``, ``noise_std = 5``, ``steps = 1000``, annealing on, and
``x0 = np.ones(100)`` (100 runs from the shallow basin, one seed): at least 60% of the noisy runs
must end in the deep basin (``x < 0``), while plain descent (``noise_std = 0``, ``lr = 0.05``, 200
steps from ``x0 = 1``) must end in the shallow one (``x > 0``, at the minimum near 0.9601).

Raises: ``ValueError`` when ``noise_std < 0``, ``lr <= 0``, ``steps < 0`` or ``x0`` has more than
one dimension.
"""

from collections.abc import Callable

import numpy as np


def noisy_gd(grad: Callable, x0: float | np.ndarray, lr: float, noise_std: float, steps: int,
             rng: np.random.Generator | int, anneal: bool = True) -> np.ndarray:
    """Gradient descent with (annealed) Gaussian gradient noise; returns the trajectory."""
    raise NotImplementedError
