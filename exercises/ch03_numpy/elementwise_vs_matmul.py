"""Element-wise product versus matrix product, and the shapes ``@`` produces (guide question Q83).

``A * B`` (``np.multiply``) multiplies matching entries and needs equal (or broadcastable) shapes;
``A @ B`` (``np.matmul``) takes dot products of rows of ``A`` with columns of ``B`` and needs the
inner dimensions to agree. Write three functions:

``hadamard(A: np.ndarray, B: np.ndarray) -> np.ndarray``
    The element-wise (Hadamard) product of two arrays of exactly the same shape, any number of
    dimensions (0-d and zero-size included). Unlike ``A * B``, it does not broadcast: different
    shapes raise. The result equals ``np.multiply(A, B)`` in values AND dtype: integer arrays
    give integers and overflow wraps around exactly as NumPy's does (``int8`` 100 * 2 is -56).
    For two 0-d arrays the result may be a 0-d array or a NumPy scalar.

``matmul_shape(a_shape: tuple, b_shape: tuple) -> tuple``
    The shape of ``A @ B`` for arrays of shapes ``a_shape`` and ``b_shape`` (tuples of ints),
    computed from the shapes alone, as a ``tuple`` of Python ``int``. The rules of ``np.matmul``:

    - Both shapes need at least one dimension.
    - A 1-D ``a_shape`` ``(k,)`` acts as ``(1, k)`` and a 1-D ``b_shape`` ``(k,)`` as ``(k, 1)``;
      the added dimension is removed from the result again. So ``(3,) @ (3,)`` gives ``()``,
      ``(2, 3) @ (3,)`` gives ``(2,)`` and ``(3,) @ (3, 4)`` gives ``(4,)``.
    - The last two dimensions are the matrix dimensions: ``(n, k) @ (k, m)`` gives ``(n, m)``.
      The inner sizes (last of ``a_shape``, second to last of ``b_shape``) must be equal.
    - All earlier dimensions are a stack (batch) of matrices; the two batch shapes broadcast
      together as in NumPy's broadcasting (``np.broadcast_shapes`` may be used for this part):
      ``(5, 1, 2, 3) @ (4, 3, 6)`` gives ``(5, 4, 2, 6)``.

    Zero sizes are ordinary sizes. ``matmul_shape`` must not build arrays or multiply
    anything: inside it, no ``@`` operator and no call of ``np.matmul``, ``np.dot``,
    ``np.einsum``, ``np.tensordot``, ``np.empty``, ``np.zeros``, ``np.ones``, ``np.full`` or
    ``np.ndarray`` (the checks read the source of ``matmul_shape``).

``masked_projection(X: np.ndarray, mask: np.ndarray, W: np.ndarray) -> np.ndarray``
    ``(X * mask) @ W``: zero out the entries of ``X`` (shape ``(n, d)``) where ``mask`` (the same
    shape ``(n, d)``, bool or 0/1 numbers) is False/0, then project with ``W`` (shape
    ``(d, k)``). Returns a float array of shape ``(n, k)``; any of ``n``, ``d``, ``k`` may be 0.

Do not modify the inputs.

Inputs in the checks: shapes have at most 4 dimensions of sides 0 to 5; ``hadamard`` gets two
arrays of the same dtype (integers over their full range, or floats in [-10, 10]);
``masked_projection`` gets float values in [-10, 10].

Tolerance: ``hadamard`` must equal ``np.multiply(A, B)`` exactly (same dtype and values);
``matmul_shape`` must equal ``np.matmul(np.empty(a_shape), np.empty(b_shape)).shape`` exactly;
``masked_projection`` is compared with ``np.isclose(actual, (X * mask) @ W, rtol=1e-9,
atol=1e-9)`` elementwise.

Raises: ``ValueError`` from ``hadamard`` when the shapes differ (even when they would broadcast);
from ``matmul_shape`` when a shape is 0-d (``()``), a size is negative, the inner sizes differ, or
the batch shapes cannot be broadcast; and from ``masked_projection`` when ``X`` or ``W`` is not
2-D, ``mask`` does not have the shape of ``X``, or ``X``'s columns do not match ``W``'s rows.
"""

import numpy as np


def hadamard(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """The element-wise product of two arrays of the same shape (no broadcasting)."""
    raise NotImplementedError


def matmul_shape(a_shape: tuple, b_shape: tuple) -> tuple:
    """The shape of A @ B, computed from the two shapes alone."""
    raise NotImplementedError


def masked_projection(X: np.ndarray, mask: np.ndarray, W: np.ndarray) -> np.ndarray:
    """(X * mask) @ W for X (n, d), mask (n, d) and W (d, k)."""
    raise NotImplementedError
