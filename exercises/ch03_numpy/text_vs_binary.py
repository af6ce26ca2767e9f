"""Text versus binary files: what a round trip keeps and what it loses (guide question Q93).

A binary ``.npy`` file stores the raw bytes of an array together with its dtype and shape, so
reading it back gives the identical array. A text file stores every number as characters in a
format such as ``'%.3e'``: the shape must be rebuilt from lines and columns, and a short format
rounds the values. Write three functions:

``roundtrip_text(a: np.ndarray, fmt: str) -> np.ndarray``
    Write the 1-D or 2-D array ``a`` to a text file with ``np.savetxt(file, a, fmt=fmt)`` (one
    line per row, values separated by one space, every value written with ``fmt``) and read it
    back with ``np.loadtxt``. Return the float64 array read back, with the SAME SHAPE as ``a``:
    a 1-D ``a`` of length n gives shape ``(n,)``, a 2-D ``a`` of shape ``(n, d)`` gives ``(n, d)``,
    also when ``n = 1`` or ``d = 1``. ``a`` has at least one entry; the file may be a temporary
    file or an in-memory text buffer (``io.StringIO``).

``roundtrip_binary(a: np.ndarray) -> np.ndarray``
    Write ``a`` (any shape, including 0-d and empty, any numeric or bool dtype) with ``np.save``
    and read it back with ``np.load``: the result has the same dtype and shape and the same bytes
    (NaN, infinities and ``-0.0`` included). The file may be a temporary file or an in-memory
    buffer (``io.BytesIO``).

``max_relative_error(a: np.ndarray, b: np.ndarray) -> float``
    The largest relative error of ``b`` as an approximation of ``a``, as a Python float:
    the maximum over the entries of ``|a - b| / |a|``, where an entry with ``a == 0`` contributes
    ``|a - b|`` instead. Entries where ``a`` and ``b`` are both NaN are left out; empty arrays (or
    arrays with only NaNs) give ``0.0``. The arrays have the same shape.

Do not modify the inputs.

Inputs in the checks: ``a`` is float64 for ``roundtrip_text`` and ``max_relative_error`` (and
``b`` too), with entries that are 0 or finite with magnitude between 1e-300 and 1e300 (NaN only
where said); 1-D and 2-D shapes with sides 1 to 6. ``roundtrip_binary`` gets arrays of the dtypes
int8 to uint64, float16 to float64 and bool, of up to 4 dimensions with sides 0 to 5, with NaN,
infinities and ``-0.0`` among the floats.

Tolerance: ``roundtrip_binary`` must give back exactly the same bytes, dtype and shape.
``roundtrip_text`` must equal ``np.loadtxt`` of the ``np.savetxt(..., fmt=fmt)`` text exactly
(so ``'%.17g'`` round-trips every float64 exactly, and ``'%.3e'`` keeps a relative error of at
most 5e-4). ``max_relative_error`` is compared with ``np.isclose(actual, expected, rtol=1e-12,
atol=0)``.

Raises: ``ValueError`` from ``roundtrip_text`` when ``a`` is not 1-D or 2-D (0-d, 3-D or more:
a text file of lines and columns cannot hold it) or when ``a`` has no entries; ``ValueError``
from ``max_relative_error`` when the shapes of ``a`` and ``b`` differ or when their NaNs are not
in the same positions.
"""

import numpy as np


def roundtrip_text(a: np.ndarray, fmt: str) -> np.ndarray:
    """a written with np.savetxt(fmt=fmt) and read back with np.loadtxt, in a's shape."""
    raise NotImplementedError


def roundtrip_binary(a: np.ndarray) -> np.ndarray:
    """a written with np.save and read back with np.load: the identical array."""
    raise NotImplementedError


def max_relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """max |a - b| / |a| over the entries (|a - b| where a == 0), NaN pairs left out."""
    raise NotImplementedError
