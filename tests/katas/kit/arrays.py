"""Array strategies for the chapter-3 (NumPy) checks, built on ``hypothesis.extra.numpy``.

Every chapter-3 kata draws its shapes, dtypes and arrays from here, so the input contract a
statement promises ("finite float64 values in [-10, 10]", "sides 0 to 5") means the same thing
in every kata. Sizes stay small: these checks are about rules and edge cases, not speed.
"""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from kit.strategies import BOUND, finite_floats

# Largest side of a drawn shape and the most dimensions; 0-d arrays and zero-size sides included
# unless a caller asks otherwise.
MAX_SIDE = 5
MAX_DIMS = 4

# Native-endian numeric dtypes a kata may meet (bool excluded: it is rarely "numeric data").
INTEGER_DTYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
FLOAT_DTYPES = ("float16", "float32", "float64")
NUMERIC_DTYPES = INTEGER_DTYPES + FLOAT_DTYPES


def shapes(min_dims: int = 0, max_dims: int = MAX_DIMS, min_side: int = 0,
           max_side: int = MAX_SIDE) -> st.SearchStrategy[tuple[int, ...]]:
    """Array shapes; by default they include () (a 0-d array) and zero-size sides."""
    return hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=min_side,
                            max_side=max_side)


def dtypes(names: tuple[str, ...] = NUMERIC_DTYPES) -> st.SearchStrategy[np.dtype]:
    """One of the named (native-endian) dtypes."""
    return st.sampled_from([np.dtype(n) for n in names])


def elements_for(dtype: np.dtype, bound: float = BOUND) -> st.SearchStrategy:
    """Finite elements valid for ``dtype``: floats within ±bound (and within the dtype's range),
    integers over the dtype's full range."""
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        limit = min(float(bound), float(np.finfo(dtype).max))
        return st.floats(-limit, limit, allow_nan=False, allow_infinity=False,
                         allow_subnormal=False, width=8 * dtype.itemsize)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return st.integers(int(info.min), int(info.max))
    if dtype.kind == "b":
        return st.booleans()
    raise ValueError(f"no element strategy for dtype {dtype}")


def arrays(dtype: np.dtype | str | st.SearchStrategy = np.float64,
           shape: tuple[int, ...] | st.SearchStrategy | None = None,
           bound: float = BOUND) -> st.SearchStrategy[np.ndarray]:
    """Arrays of ``dtype`` (a dtype or a strategy of dtypes) and ``shape`` (a shape, a strategy
    of shapes, or None for :func:`shapes`), with finite elements from :func:`elements_for`."""
    dtype_st = dtype if isinstance(dtype, st.SearchStrategy) else st.just(np.dtype(dtype))
    shape_st = shapes() if shape is None else shape
    if not isinstance(shape_st, st.SearchStrategy):
        shape_st = st.just(tuple(shape_st))
    return st.tuples(dtype_st, shape_st).flatmap(
        lambda ds: hnp.arrays(ds[0], ds[1], elements=elements_for(ds[0], bound)))


def float_arrays(shape: tuple[int, ...] | st.SearchStrategy | None = None,
                 bound: float = BOUND) -> st.SearchStrategy[np.ndarray]:
    """Finite float64 arrays with values in [-bound, bound]."""
    return arrays(np.float64, shape, bound)


def matrices(rows: tuple[int, int] = (0, 6), cols: tuple[int, int] = (0, 4),
             bound: float = BOUND) -> st.SearchStrategy[np.ndarray]:
    """Finite float64 2-D arrays; by default zero rows or zero columns are possible."""
    return float_arrays(st.tuples(st.integers(*rows), st.integers(*cols)), bound)


def vectors(size: tuple[int, int] = (0, 10), bound: float = BOUND) -> st.SearchStrategy[np.ndarray]:
    """Finite float64 1-D arrays; by default the empty array is possible."""
    return float_arrays(st.integers(*size).map(lambda n: (n,)), bound)


def broadcastable_shapes(num_shapes: int = 2, min_dims: int = 0, max_dims: int = MAX_DIMS,
                         min_side: int = 0, max_side: int = MAX_SIDE,
                         ) -> st.SearchStrategy[tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]]:
    """``(input_shapes, result_shape)``: ``num_shapes`` shapes that broadcast together (drawn by
    ``hypothesis.extra.numpy.mutually_broadcastable_shapes``), different ndims, 1-sized sides and
    zero-size sides included, and the shape they broadcast to."""
    return hnp.mutually_broadcastable_shapes(
        num_shapes=num_shapes, min_dims=min_dims, max_dims=max_dims, min_side=min_side,
        max_side=max_side).map(lambda bs: (tuple(bs.input_shapes), tuple(bs.result_shape)))


@st.composite
def incompatible_shapes(draw: st.DrawFn, num_shapes: int = 2, max_dims: int = MAX_DIMS,
                        max_side: int = MAX_SIDE) -> tuple[tuple[int, ...], ...]:
    """``num_shapes`` shapes that do NOT broadcast together: two of them disagree on one
    right-aligned axis with sizes that are both different and not 1 (e.g. (3,) with (4,))."""
    shapes_, _ = draw(broadcastable_shapes(num_shapes, min_dims=1, max_dims=max_dims,
                                           min_side=1, max_side=max_side))
    shapes_ = [list(s) for s in shapes_]
    i, j = draw(st.permutations(range(num_shapes)).map(lambda p: (p[0], p[1])))
    k = draw(st.integers(1, min(len(shapes_[i]), len(shapes_[j]))))  # axis counted from the right
    a = draw(st.integers(2, max(3, max_side)))
    b = draw(st.integers(2, max(3, max_side)).filter(lambda v: v != a))
    shapes_[i][-k], shapes_[j][-k] = a, b
    return tuple(tuple(s) for s in shapes_)


def rng_seeds() -> st.SearchStrategy[int]:
    """Seeds for ``np.random.default_rng``."""
    return st.integers(0, 2**32 - 1)


__all__ = [
    "FLOAT_DTYPES", "INTEGER_DTYPES", "MAX_DIMS", "MAX_SIDE", "NUMERIC_DTYPES", "arrays",
    "broadcastable_shapes", "dtypes", "elements_for", "finite_floats", "float_arrays",
    "incompatible_shapes", "matrices", "rng_seeds", "shapes", "vectors",
]
