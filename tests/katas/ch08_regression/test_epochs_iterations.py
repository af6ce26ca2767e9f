"""Hidden checks for ch08/epochs_iterations."""

import math

from hypothesis import given
from hypothesis import strategies as st
from kit import CheckFailure, assert_true, raises
from sklearn.utils import gen_batches

SIZES = st.integers(1, 500)
BATCHES = st.integers(1, 600)
EPOCHS = st.integers(1, 50)


def as_int(value, what):
    """``value`` must be a Python int (a NumPy integer is accepted; bool and float are not)."""
    if type(value) is bool or not isinstance(value, int):
        raise CheckFailure(f"{what} must be an int", expected="int", actual=type(value).__name__,
                           help="return a Python int, computed with integer arithmetic (// and %)")
    return int(value)


def per_epoch(attempt, n, batch_size, drop_last=False):
    return as_int(attempt.iterations_per_epoch(n, batch_size, drop_last),
                  f"iterations_per_epoch({n}, {batch_size}, drop_last={drop_last})")


def total(attempt, n, batch_size, epochs, drop_last=False):
    return as_int(attempt.total_updates(n, batch_size, epochs, drop_last),
                  f"total_updates({n}, {batch_size}, {epochs}, drop_last={drop_last})")


def slices(attempt, n, batch_size, drop_last=False):
    """Call batch_slices and return [(start, stop), ...] after checking the types."""
    what = f"batch_slices({n}, {batch_size}, drop_last={drop_last})"
    value = attempt.batch_slices(n, batch_size, drop_last)
    if type(value) is not list:
        raise CheckFailure(f"{what} must return a list", expected="list",
                           actual=type(value).__name__)
    pairs = []
    for i, s in enumerate(value):
        if type(s) is not slice:
            raise CheckFailure(f"item {i} of {what} must be a slice", expected="slice",
                               actual=type(s).__name__)
        if s.step is not None:
            raise CheckFailure(f"item {i} of {what} has a step", expected=None, actual=s.step,
                               help="build the slices as slice(start, stop)")
        pairs.append((as_int(s.start, f"item {i}.start of {what}"),
                      as_int(s.stop, f"item {i}.stop of {what}")))
    return pairs


def oracle_slices(n, batch_size, drop_last):
    """scikit-learn's gen_batches, with the short last batch dropped on request."""
    pairs = [(s.start, s.stop) for s in gen_batches(n, batch_size)]
    if drop_last and pairs and pairs[-1][1] - pairs[-1][0] < batch_size:
        pairs.pop()
    return pairs


def assert_equal(actual, expected, what, help=""):
    assert_true(actual == expected, f"{what} is wrong", expected=expected, actual=actual,
                help=help)


def test_known_answer(attempt):
    """10,000 examples in batches of 100 make 100 updates per epoch"""
    assert_equal(per_epoch(attempt, 10_000, 100), 100, "iterations_per_epoch(10000, 100)")
    assert_equal(total(attempt, 10_000, 100, 5), 500, "total_updates(10000, 100, 5)")


def test_drop_last_defaults_to_false(attempt):
    """without drop_last the short last batch counts: 10 examples in batches of 3 are 4 updates"""
    got = attempt.iterations_per_epoch(10, 3)
    assert_equal(got, math.ceil(10 / 3), "iterations_per_epoch(10, 3)", help="drop_last defaults to False")
    got = attempt.total_updates(10, 3, 2)
    assert_equal(got, 2 * math.ceil(10 / 3), "total_updates(10, 3, 2)", help="drop_last defaults to False")
    got = [(s.start, s.stop) for s in attempt.batch_slices(10, 3)]
    assert_equal(got, [(0, 3), (3, 6), (6, 9), (9, 10)], "batch_slices(10, 3) as (start, stop) pairs",
                 help="drop_last defaults to False: the short last batch is kept")


def test_known_answer_with_a_short_last_batch(attempt):
    """10 examples in batches of 3 make 4 batches (the last holds one example), 3 with drop_last"""
    assert_equal(per_epoch(attempt, 10, 3), 4, "iterations_per_epoch(10, 3)",
                 help="the short last batch is still an update: round up")
    assert_equal(per_epoch(attempt, 10, 3, True), 3, "iterations_per_epoch(10, 3, drop_last=True)",
                 help="drop_last skips the short last batch: round down")
    assert_equal(slices(attempt, 10, 3), [(0, 3), (3, 6), (6, 9), (9, 10)],
                 "batch_slices(10, 3) as (start, stop) pairs",
                 help="the last slice stops at n, not at start + batch_size")
    assert_equal(slices(attempt, 10, 3, True), [(0, 3), (3, 6), (6, 9)],
                 "batch_slices(10, 3, drop_last=True) as (start, stop) pairs")
    assert_equal(total(attempt, 10, 3, 2), 8, "total_updates(10, 3, 2)",
                 help="each epoch is a fresh pass with its own short batch: 2 * 4, not 20 / 3")


@given(SIZES, BATCHES)
def test_ceil_without_drop_last_and_floor_with_it(attempt, n, batch_size):
    """updates per epoch are ceil(n / B), or floor(n / B) with drop_last"""
    assert_equal(per_epoch(attempt, n, batch_size), math.ceil(n / batch_size),
                 f"iterations_per_epoch({n}, {batch_size})")
    assert_equal(per_epoch(attempt, n, batch_size, True), n // batch_size,
                 f"iterations_per_epoch({n}, {batch_size}, drop_last=True)")


@given(SIZES, BATCHES, st.booleans())
def test_slices_match_sklearn_gen_batches(attempt, n, batch_size, drop_last):
    """batch_slices gives the same batches as scikit-learn's gen_batches"""
    assert_equal(slices(attempt, n, batch_size, drop_last),
                 oracle_slices(n, batch_size, drop_last),
                 f"batch_slices({n}, {batch_size}, drop_last={drop_last}) as (start, stop) pairs")


@given(SIZES, BATCHES, st.booleans())
def test_slices_cover_every_example_once_in_order(attempt, n, batch_size, drop_last):
    """the slices cover range(n) once, in order, each of length B except possibly the last"""
    pairs = slices(attempt, n, batch_size, drop_last)
    covered = [i for start, stop in pairs for i in range(start, stop)]
    kept = n - n % batch_size if drop_last else n
    assert_equal(covered, list(range(kept)), "the examples covered by the slices, in order",
                 help="consecutive slices must touch: the next start is the previous stop")
    assert_true(all(stop <= n for _, stop in pairs), "a slice stops beyond n",
                expected=f"every stop <= {n}", actual=pairs)
    lengths = [stop - start for start, stop in pairs]
    assert_true(all(length == batch_size for length in lengths[:-1]),
                "only the last batch may be shorter than batch_size",
                expected=batch_size, actual=lengths)
    assert_equal(len(pairs), per_epoch(attempt, n, batch_size, drop_last),
                 "the number of slices vs iterations_per_epoch")


@given(SIZES, BATCHES, EPOCHS, st.booleans())
def test_total_is_epochs_times_batches(attempt, n, batch_size, epochs, drop_last):
    """total_updates(n, B, E) equals E * iterations_per_epoch(n, B) and E * len(batch_slices(n, B))
    (Q200)"""
    expected = epochs * len(oracle_slices(n, batch_size, drop_last))
    got = total(attempt, n, batch_size, epochs, drop_last)
    call = f"total_updates({n}, {batch_size}, {epochs}, drop_last={drop_last})"
    assert_equal(got, expected, call,
                 help="each epoch is a fresh pass: multiply the per-epoch count by the epochs")
    assert_equal(got, epochs * len(slices(attempt, n, batch_size, drop_last)),
                 f"total_updates vs epochs * len(batch_slices({n}, {batch_size}))")


@given(SIZES, BATCHES, EPOCHS, st.booleans())
def test_matches_reference(attempt, reference, n, batch_size, epochs, drop_last):
    """every function agrees with the reference solution"""
    assert_equal(per_epoch(attempt, n, batch_size, drop_last),
                 reference.iterations_per_epoch(n, batch_size, drop_last), "iterations_per_epoch")
    assert_equal(total(attempt, n, batch_size, epochs, drop_last),
                 reference.total_updates(n, batch_size, epochs, drop_last), "total_updates")
    expected = [(s.start, s.stop) for s in reference.batch_slices(n, batch_size, drop_last)]
    assert_equal(slices(attempt, n, batch_size, drop_last), expected, "batch_slices")


def test_edge_cases(attempt):
    """batch size 1, batch size n, a batch larger than n, and a single example"""
    cases = [  # (n, B, drop_last, per epoch, slices)
        (7, 1, False, 7, [(i, i + 1) for i in range(7)]),
        (7, 7, False, 1, [(0, 7)]),
        (7, 7, True, 1, [(0, 7)]),
        (7, 50, False, 1, [(0, 7)]),
        (7, 50, True, 0, []),
        (1, 1, True, 1, [(0, 1)]),
        (12, 4, True, 3, [(0, 4), (4, 8), (8, 12)]),
    ]
    for n, batch_size, drop_last, count, expected in cases:
        call = f"({n}, {batch_size}, drop_last={drop_last})"
        assert_equal(per_epoch(attempt, n, batch_size, drop_last), count,
                     f"iterations_per_epoch{call}",
                     help="a batch larger than n is one short batch (dropped by drop_last); when B "
                          "divides n, drop_last drops nothing")
        assert_equal(slices(attempt, n, batch_size, drop_last), expected, f"batch_slices{call}")


def test_huge_counts_are_exact(attempt):
    """counts stay exact for sizes far beyond float precision"""
    n = 10**17 + 1
    assert_equal(per_epoch(attempt, n, 10), 10**16 + 1, f"iterations_per_epoch({n}, 10)",
                 help="n / B in floating point rounds away the last digits: use -(-n // B)")
    assert_equal(total(attempt, n, 10, 3), 3 * (10**16 + 1), f"total_updates({n}, 10, 3)")


def test_bad_input_raises(attempt):
    """non-positive n, batch size or epochs raise ValueError"""
    for args in [(0, 4), (-3, 4), (10, 0), (10, -1)]:
        with raises("ValueError", f"iterations_per_epoch{args}"):
            attempt.iterations_per_epoch(*args)
        with raises("ValueError", f"batch_slices{args}"):
            attempt.batch_slices(*args)
        with raises("ValueError", f"total_updates{args + (3,)}"):
            attempt.total_updates(*args, 3)
    for epochs in (0, -2):
        with raises("ValueError", f"total_updates(10, 3, {epochs})"):
            attempt.total_updates(10, 3, epochs)
