"""Rebuilding np.repeat and np.tile from broadcasting and reshape (guide question Q89).

``np.repeat`` repeats every *element* (``[1, 2]`` with ``k = 2`` gives ``[1, 1, 2, 2]``);
``np.tile`` repeats the whole *array* as a block (``[1, 2]`` tiled twice gives ``[1, 2, 1, 2]``).
Rebuild both without calling them: make a read-only stretched view with broadcasting
(``np.broadcast_to``, or an arithmetic operation with a new axis) and give it its final shape with
``reshape``.

Write two functions:

``repeat_elements(a: np.ndarray, k: int) -> np.ndarray``
    Exactly ``np.repeat(a, k)``: the entries of ``a`` taken in C (row-major) order, whatever the
    memory layout of ``a`` (a Fortran-ordered 2-D array is read row by row), each repeated ``k``
    times in a row. The result is a new 1-D array of length ``k * a.size`` with the dtype of
    ``a``. ``a`` may have any number of dimensions (a 0-d array is one entry) and may be empty;
    ``k = 0`` gives an empty array.

``tile_array(a: np.ndarray, reps: tuple[int, int]) -> np.ndarray``
    Exactly ``np.tile(a, reps)`` for a 1-D or 2-D ``a``: a 2-D array made of ``reps[0]`` by
    ``reps[1]`` copies of ``a``, with the dtype of ``a``. A 2-D ``a`` of shape ``(m, n)`` gives
    shape ``(reps[0] * m, reps[1] * n)``, and the block at rows ``i*m:(i+1)*m``, columns
    ``j*n:(j+1)*n`` equals ``a``. A 1-D ``a`` of length ``n`` is treated as ONE ROW, shape
    ``(1, n)`` (as ``np.tile`` does), so the result has shape ``(reps[0], reps[1] * n)``.
    A repetition count of 0 gives an empty result of the shape above.

Rules (the checks read your source): do not use anything named ``repeat``, ``tile`` or ``kron``
(``np.repeat``, ``numpy.tile``, ``a.repeat(...)``, ``from numpy import repeat``, ...), and write
no Python loop (no ``for``, ``while`` or comprehension) inside the two functions. Do not modify
the inputs.

Inputs in the checks: arrays of the numeric dtypes int8 to int64, uint8 to uint64, float16 to
float64 (finite values), with up to 4 dimensions of sides 0 to 5 for ``repeat_elements`` and 1-D
or 2-D arrays of sides 0 to 5 for ``tile_array``; C-ordered and Fortran-ordered; repetition counts
0 to 4.

Tolerance: none, the results are compared exactly: same shape, same dtype and equal entries
(``np.array_equal``) as ``np.repeat(a, k)`` and ``np.tile(a, reps)``.

Raises: ``ValueError`` from ``repeat_elements`` when ``k < 0``; ``ValueError`` from
``tile_array`` when a repetition count is negative, when ``reps`` does not have exactly two
entries, or when ``a`` is not 1-D or 2-D.
"""

import numpy as np


def repeat_elements(a: np.ndarray, k: int) -> np.ndarray:
    """np.repeat(a, k): every entry (in C order) repeated k times, as a 1-D array."""
    raise NotImplementedError


def tile_array(a: np.ndarray, reps: tuple[int, int]) -> np.ndarray:
    """np.tile(a, reps) for a 1-D or 2-D a: a 2-D array of reps[0] x reps[1] copies of a."""
    raise NotImplementedError
