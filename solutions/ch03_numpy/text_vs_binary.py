"""Reference solution for ch03/text_vs_binary."""

import io

import numpy as np


def roundtrip_text(a: np.ndarray, fmt: str) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64)
    if a.ndim not in (1, 2):
        raise ValueError(f"a text file holds 1-D or 2-D arrays, got {a.ndim}-D")
    if a.size == 0:
        raise ValueError("a text file cannot record the shape of an empty array")
    buffer = io.StringIO()
    np.savetxt(buffer, a, fmt=fmt)
    buffer.seek(0)
    # loadtxt squeezes a single line or a single column to 1-D: ask for 2-D and rebuild a's shape.
    return np.loadtxt(buffer, dtype=np.float64, ndmin=2).reshape(a.shape)


def roundtrip_binary(a: np.ndarray) -> np.ndarray:
    buffer = io.BytesIO()
    np.save(buffer, a, allow_pickle=False)
    buffer.seek(0)
    return np.load(buffer, allow_pickle=False)


def max_relative_error(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} and {b.shape}")
    nan = np.isnan(a)
    if not np.array_equal(nan, np.isnan(b)):
        raise ValueError("a and b have NaNs in different positions")
    a, b = a[~nan], b[~nan]
    if a.size == 0:
        return 0.0
    err = np.abs(a - b)
    scale = np.where(a == 0, 1.0, np.abs(a))
    return float((err / scale).max())
