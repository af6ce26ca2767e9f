"""Array attributes, and changing dtype without losing information (guide questions Q64, Q65).

Write two functions:

``describe_array(a: np.ndarray) -> dict``
    The array's metadata as a dict with exactly these keys:
    ``"shape"`` (a tuple of int), ``"size"`` (int, number of elements), ``"ndim"`` (int),
    ``"dtype"`` (the dtype's name as a str, e.g. ``"float64"``, ``"int8"``, ``"uint16"``),
    ``"itemsize"`` (int, bytes per element) and ``"nbytes"`` (int, bytes of all elements).
    All values are plain Python ``int``/``str``/``tuple``. 0-d arrays (shape ``()``, size 1) and
    zero-size arrays are valid.

``safe_astype(a: np.ndarray, dtype: str) -> np.ndarray``
    A NEW array (never sharing memory with ``a``, even when the dtype does not change) with the
    values of ``a`` converted to ``dtype`` (a name such as ``"float32"`` or ``"int16"``), but only
    when no information is lost; otherwise raise. ``a`` has an integer (signed or unsigned) or a
    float dtype, and so does the target. The rules, by kind of conversion:

    - integer to integer: every value must lie in ``[np.iinfo(dtype).min, np.iinfo(dtype).max]``,
      else ``OverflowError``;
    - float to integer: first, any NaN, infinite or non-integral value (such as 2.5) raises
      ``ValueError``; then any value outside ``[iinfo.min, iinfo.max]`` raises ``OverflowError``.
      Compare exactly: for ``int64`` the float ``2.0**63`` is out of range even though
      ``float(np.iinfo(np.int64).max) == 2.0**63``;
    - integer to float: every value must satisfy ``|v| <= 2**(nmant + 1)`` with
      ``nmant = np.finfo(dtype).nmant`` (``2**53`` for float64, ``2**24`` for float32, ``2**11``
      for float16): beyond it not every integer is representable, so ``ValueError``;
    - float to float: any finite value with ``|v| > np.finfo(dtype).max`` raises
      ``OverflowError``; NaN and infinities are kept; rounding to the nearest representable
      value is allowed (relative error at most ``2**-(nmant + 1)``, i.e. ``2**-24`` to float32),
      and values below the target's smallest normal number may lose precision or become 0.

    Empty and 0-d arrays are converted like any other (an empty array never raises).

Tolerance: everything is exact (``describe_array`` against the array's own attributes,
``safe_astype`` against ``a.astype(dtype)``) except float-to-float narrowing, whose relative error
must be at most ``2**-(nmant + 1)`` for values whose magnitude is at least ``np.finfo(dtype).tiny``.

Raises: from ``safe_astype``, ``OverflowError`` for values outside the target's range and
``ValueError`` for NaN, infinite or non-integral floats converted to an integer dtype and for
integers too large to be exact in the target float dtype, as listed above (when an array has
both kinds of fault, ``ValueError`` wins).
"""

import numpy as np


def describe_array(a: np.ndarray) -> dict:
    """shape, size, ndim, dtype (name), itemsize and nbytes of a, as plain Python values."""
    raise NotImplementedError


def safe_astype(a: np.ndarray, dtype: str) -> np.ndarray:
    """A new array of a's values in dtype; raises instead of losing information."""
    raise NotImplementedError
