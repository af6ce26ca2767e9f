"""Decoy: returns the plain Rand index, without the chance adjustment."""


def adjusted_rand_index(a: np.ndarray, b: np.ndarray) -> float:
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim != 1 or b.ndim != 1 or a.shape != b.shape:
        raise ValueError(f"a and b must be 1-D of the same length, got {a.shape} and {b.shape}")
    _, ia = np.unique(a, return_inverse=True)
    _, ib = np.unique(b, return_inverse=True)
    table = np.zeros((ia.max() + 1, ib.max() + 1))
    np.add.at(table, (ia, ib), 1)
    index = _pairs(table)
    sum_a, sum_b = _pairs(table.sum(axis=1)), _pairs(table.sum(axis=0))
    total = _pairs(np.array([a.shape[0]]))
    expected = sum_a * sum_b / total if total > 0 else 0.0
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:  # both partitions trivial in the same way: perfect agreement
        return 1.0
    total_pairs = total if total > 0 else 1.0
    return float((total_pairs + 2 * index - sum_a - sum_b) / total_pairs)
