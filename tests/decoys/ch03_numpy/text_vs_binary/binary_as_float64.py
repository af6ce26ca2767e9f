"""Decoy: roundtrip_binary converts the array to float64 before saving it."""


def roundtrip_binary(a: np.ndarray) -> np.ndarray:
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(a, dtype=np.float64), allow_pickle=False)
    buffer.seek(0)
    return np.load(buffer, allow_pickle=False)
