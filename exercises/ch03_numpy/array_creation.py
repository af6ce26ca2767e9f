"""Creating arrays: from nested lists, and initialised by kind (guide questions Q63, Q66).

Write two functions:

``to_array(data: Sequence, dtype: str | None = None) -> np.ndarray``
    Build a NumPy array from a number or from (nested) lists of numbers. The shape is inferred
    from the nesting: ``[[1, 2, 3], [4, 5, 6]]`` gives shape ``(2, 3)``, a bare number gives a
    0-d array (shape ``()``), ``[]`` gives shape ``(0,)`` and ``[[], []]`` gives ``(2, 0)``.
    ``dtype`` is a dtype name such as ``"float32"`` or ``"int64"``: the result has exactly that
    dtype; with ``None`` the dtype is the one ``np.array(data)`` infers (``int64`` for ints,
    ``float64`` for floats or an empty list). The values are those of ``np.array(data,
    dtype=dtype)``. Nesting must be rectangular: every list at the same depth has the same length.

``init_array(shape: tuple[int, ...], kind: str, seed: int | None = None) -> np.ndarray``
    A new float64 array of ``shape`` initialised according to ``kind``:

    - ``"zeros"``: all 0.0; ``"ones"``: all 1.0;
    - ``"identity"``: the identity matrix; only for a square 2-D shape ``(n, n)`` (``n = 0``
      included);
    - ``"normal"``: standard normal draws (mean 0, standard deviation 1);
    - ``"uniform"``: uniform draws in ``[0, 1)``.

    Zero-size dimensions are allowed for every kind (``(3, 0)`` gives a ``(3, 0)`` array).
    Randomness protocol: create ``rng = np.random.default_rng(seed)`` (``seed=None`` gives a
    fresh, unpredictable generator) and make exactly ONE call on it: ``rng.standard_normal(shape)``
    for ``"normal"`` and ``rng.random(shape)`` for ``"uniform"`` (``rng.normal(0.0, 1.0, shape)``
    and ``rng.uniform(0.0, 1.0, shape)`` draw the same numbers). So the same seed always gives the
    same array, and the checks compare with exactly these draws. (A ``Generator`` object cannot be
    passed to your code by the checks, hence the integer seed.)

Inputs in the checks: values are finite floats in [-10, 10] or small integers (0 to 100 when a
dtype is given); shapes have at most 3 dimensions (4 for ``init_array``) of sides 0 to 5.

Tolerance: everything is exact: values, dtype and shape must equal what the NumPy calls named above
produce (``to_array(nested).tolist() == nested``).

Raises: ``ValueError`` from ``to_array`` for ragged nesting such as ``[[1, 2], [3]]`` or
``[[1, 2], 3]``. ``ValueError`` from ``init_array`` for an unknown kind, for ``"identity"`` with a
shape that is not ``(n, n)``, and for a negative size in ``shape``.
"""

from collections.abc import Sequence

import numpy as np


def to_array(data: Sequence, dtype: str | None = None) -> np.ndarray:
    """An array from a number or rectangular nested lists; ValueError for ragged nesting."""
    raise NotImplementedError


def init_array(shape: tuple[int, ...], kind: str, seed: int | None = None) -> np.ndarray:
    """A new float64 array of shape initialised as kind (zeros, ones, identity, normal, uniform)."""
    raise NotImplementedError
