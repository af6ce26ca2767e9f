"""Decoy: roundtrip_binary keeps only the raw bytes (tobytes/frombuffer), so the shape is lost."""


def roundtrip_binary(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    return np.frombuffer(a.tobytes(), dtype=a.dtype).copy()
