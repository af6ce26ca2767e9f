"""Decoy: roundtrip_text returns what np.loadtxt gives, so a single row or column loses a
dimension."""


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
    return np.loadtxt(buffer, dtype=np.float64)
