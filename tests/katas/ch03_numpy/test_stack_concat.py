"""Hidden checks for ch03/stack_concat."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_true, raises
from kit.arrays import arrays, float_arrays, shapes

TRAILING = shapes(min_dims=0, max_dims=2, max_side=4)


@st.composite
def batch_lists(draw):
    rest = draw(TRAILING)
    count = draw(st.integers(1, 4))
    return [draw(float_arrays((draw(st.integers(0, 4)),) + rest)) for _ in range(count)]


@st.composite
def prediction_lists(draw):
    shape = draw(shapes(min_dims=0, max_dims=2, max_side=4))
    return [draw(float_arrays(shape)) for _ in range(draw(st.integers(1, 4)))]


INT_OR_FLOAT = st.sampled_from(["int64", "int32", "float64", "float32"])
BIAS_INPUTS = st.tuples(st.integers(0, 5), st.integers(0, 4)).flatmap(
    lambda s: arrays(INT_OR_FLOAT.map(np.dtype), s, bound=10.0))


def assert_equal_array(out, expected, what, help=""):
    out = as_array(out, what, shape=expected.shape)
    assert_true(out.dtype == expected.dtype, f"{what} has the wrong dtype",
                expected=str(expected.dtype), actual=str(out.dtype))
    assert_true(bool(np.array_equal(out, expected)), f"{what} has wrong values",
                expected=expected, actual=out, help=help)
    return out


def merged(attempt, batches):
    expected = np.concatenate(batches, axis=0)
    return assert_equal_array(attempt.merge_batches(batches), expected, "merge_batches(batches)",
                              help="join along the existing first axis (np.concatenate, "
                                   "axis=0): the result keeps the batches' number of dimensions")


def stacked(attempt, preds):
    expected = np.stack(preds, axis=0)
    return assert_equal_array(attempt.stack_predictions(preds), expected,
                              "stack_predictions(preds)",
                              help="stack along a NEW first axis (np.stack, axis=0): k arrays of "
                                   "shape s give (k, *s)")


def biased(attempt, X):
    expected = np.hstack([np.ones((X.shape[0], 1)), X.astype(np.float64)])
    return assert_equal_array(attempt.add_bias_column(X), expected, "add_bias_column(X)",
                              help="the ones go in FRONT (column 0), and the result is float64")


def test_concatenate_keeps_ndim_stack_adds_one(attempt):
    """two (10, 5) arrays merge to (20, 5) but stack to (2, 10, 5)"""
    rng = np.random.default_rng(0)
    a, b = rng.uniform(-10, 10, (10, 5)), rng.uniform(-10, 10, (10, 5))
    out = merged(attempt, [a, b])
    assert_true(out.shape == (20, 5), "merge_batches of two (10, 5) arrays", expected=(20, 5),
                actual=out.shape)
    out = stacked(attempt, [a, b])
    assert_true(out.shape == (2, 10, 5), "stack_predictions of two (10, 5) arrays",
                expected=(2, 10, 5), actual=out.shape)


def test_known_answers(attempt):
    """[1, 2] and [3] merge to [1, 2, 3]; [0.2, 0.8] and [0.4, 0.6] stack to a (2, 2) array whose
    mean over axis 0 is [0.3, 0.7]"""
    out = merged(attempt, [np.array([1.0, 2.0]), np.array([3.0])])
    assert_true(out.tolist() == [1.0, 2.0, 3.0], "merge_batches([1, 2], [3])",
                expected=[1.0, 2.0, 3.0], actual=out.tolist())
    out = stacked(attempt, [np.array([0.2, 0.8]), np.array([0.4, 0.6])])
    assert_true(bool(np.allclose(out.mean(axis=0), [0.3, 0.7], rtol=0, atol=1e-12)),
                "the mean of the stacked predictions over axis 0 is not the ensemble average",
                expected=[0.3, 0.7], actual=out.mean(axis=0))


@given(batch_lists())
def test_merge_matches_numpy(attempt, reference, batches):
    """merge_batches equals np.concatenate(batches, axis=0) and the reference, also for a tuple of
    batches"""
    out = merged(attempt, batches)
    assert_equal_array(attempt.merge_batches(tuple(batches)), out, "merge_batches(tuple)")
    assert_equal_array(reference.merge_batches(batches), out, "the reference (internal check)")


@given(batch_lists())
def test_merge_keeps_batches_in_order(attempt, batches):
    """the result has sum(n_i) rows and the batches appear one after another, in order"""
    out = merged(attempt, batches)
    assert_true(out.ndim == batches[0].ndim, "merge_batches changed the number of dimensions",
                expected=batches[0].ndim, actual=out.ndim)
    start = 0
    for i, batch in enumerate(batches):
        part = out[start:start + len(batch)]
        assert_true(bool(np.array_equal(part, batch)), f"batch {i} is not at rows "
                    f"{start}..{start + len(batch) - 1} of the result", expected=batch,
                    actual=part)
        start += len(batch)


@given(prediction_lists())
def test_stack_matches_numpy(attempt, reference, preds):
    """stack_predictions equals np.stack(preds, axis=0) and the reference; result[i] is preds[i]
    and the mean over axis 0 is the ensemble average"""
    out = stacked(attempt, preds)
    assert_equal_array(reference.stack_predictions(preds), out, "the reference (internal check)")
    for i, p in enumerate(preds):
        assert_true(bool(np.array_equal(out[i], p)), f"stack_predictions(preds)[{i}] is not "
                    f"preds[{i}]", expected=p, actual=out[i])
    average = sum(preds) / len(preds)
    assert_true(bool(np.allclose(out.mean(axis=0), average, rtol=1e-12, atol=1e-12)),
                "the mean over axis 0 is not the ensemble average", expected=average,
                actual=out.mean(axis=0))


def test_merge_and_stack_edge_cases(attempt):
    """batches with no rows, a single batch, 0-d predictions and a tuple of predictions work"""
    merged(attempt, [np.zeros((0, 3)), np.ones((2, 3)), np.zeros((0, 3))])
    merged(attempt, [np.ones((4, 2, 0))])
    stacked(attempt, [np.array(1.0), np.array(2.0), np.array(3.0)])
    out = stacked(attempt, (np.ones((3, 2)), np.zeros((3, 2))))
    assert_true(out.shape == (2, 3, 2), "stack_predictions of a tuple", expected=(2, 3, 2),
                actual=out.shape)


def test_merge_bad_input_raises(attempt):
    """an empty list, mismatched trailing shapes, different numbers of dimensions and 0-d batches
    raise ValueError"""
    cases = [([], "an empty list"),
             ([np.ones((2, 3)), np.ones((2, 4))], "trailing shapes (3,) and (4,)"),
             ([np.ones((2, 3)), np.ones(3)], "a 2-D and a 1-D batch"),
             ([np.array(1.0), np.array(2.0)], "0-d batches")]
    for batches, what in cases:
        with raises("ValueError", f"merge_batches with {what}"):
            attempt.merge_batches(batches)


def test_stack_bad_input_raises(attempt):
    """an empty list and predictions of different shapes raise ValueError"""
    cases = [([], "an empty list"), ([np.ones(3), np.ones(4)], "shapes (3,) and (4,)"),
             ([np.ones((2, 3)), np.ones((3, 2))], "shapes (2, 3) and (3, 2)")]
    for preds, what in cases:
        with raises("ValueError", f"stack_predictions with {what}"):
            attempt.stack_predictions(preds)


def test_bias_known_answer(attempt):
    """[[2, 3], [4, 5]] becomes [[1, 2, 3], [1, 4, 5]] as float64"""
    out = biased(attempt, np.array([[2, 3], [4, 5]]))
    assert_true(out.tolist() == [[1.0, 2.0, 3.0], [1.0, 4.0, 5.0]], "add_bias_column(X)",
                expected=[[1.0, 2.0, 3.0], [1.0, 4.0, 5.0]], actual=out.tolist())


@given(BIAS_INPUTS)
def test_bias_matches_hstack(attempt, reference, X):
    """add_bias_column equals np.hstack([np.ones((n, 1)), X]) as float64, and the reference:
    column 0 is all ones and the rest is X"""
    out = biased(attempt, X)
    assert_equal_array(reference.add_bias_column(X), out, "the reference (internal check)")
    assert_true(bool((out[:, 0] == 1).all()), "column 0 of add_bias_column(X) is not all ones",
                expected="ones", actual=out[:, 0])


def test_bias_edge_cases(attempt):
    """no columns gives a column of ones, no rows gives (0, d + 1), Fortran order works"""
    biased(attempt, np.zeros((3, 0)))
    biased(attempt, np.zeros((0, 2)))
    biased(attempt, np.asfortranarray(np.random.default_rng(7).uniform(-10, 10, (4, 3))))


def test_bias_bad_input_raises(attempt):
    """a 1-D X and a 3-D X raise ValueError"""
    for X, what in [(np.ones(3), "a 1-D X"), (np.ones((2, 2, 2)), "a 3-D X")]:
        with raises("ValueError", f"add_bias_column with {what}"):
            attempt.add_bias_column(X)
