"""Decoy: size is len(a), the length of the first axis only."""


def describe_array(a: np.ndarray) -> dict:
    return {
        "shape": tuple(int(s) for s in a.shape),
        "size": len(a),
        "ndim": int(a.ndim),
        "dtype": a.dtype.name,
        "itemsize": int(a.itemsize),
        "nbytes": int(a.nbytes),
    }
