"""Hidden checks for ch03/arange_linspace."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import as_array, assert_close, assert_true, forbid_calls, raises
from kit.strategies import finite_floats

CLOSE = {"rtol": 1e-12, "atol": 1e-9}
ENDS = finite_floats(100.0)
NUMS = st.integers(0, 50)
STEPS = st.floats(0.1, 10.0) | st.floats(-10.0, -0.1)


def linspace(attempt, start, stop, num, endpoint=True):
    out = attempt.my_linspace(start, stop, num, endpoint)
    what = f"my_linspace({start}, {stop}, {num}, endpoint={endpoint})"
    return as_array(out, what, shape=(num,), kind="f"), what


def arange(attempt, start, stop, step):
    n = max(0, math.ceil((stop - start) / step))
    what = f"my_arange({start}, {stop}, {step})"
    return as_array(attempt.my_arange(start, stop, step), what, shape=(n,), kind="f"), what


def test_known_answers(attempt):
    """my_linspace(0, 1, 5) is [0, 0.25, 0.5, 0.75, 1] and my_arange(0, 1, 0.25) stops before 1"""
    out, what = linspace(attempt, 0.0, 1.0, 5)
    assert_close(out, np.array([0.0, 0.25, 0.5, 0.75, 1.0]), **CLOSE, what=what,
                 help="with the end point there are num - 1 gaps: step = (stop - start) / "
                      "(num - 1)")
    out, what = arange(attempt, 0.0, 1.0, 0.25)
    assert_close(out, np.array([0.0, 0.25, 0.5, 0.75]), **CLOSE, what=what,
                 help="arange never includes stop")


@given(ENDS, ENDS, NUMS, st.booleans())
def test_linspace_matches_numpy(attempt, reference, start, stop, num, endpoint):
    """my_linspace equals np.linspace (and the reference): num points, exact first and last"""
    out, what = linspace(attempt, start, stop, num, endpoint)
    expected = np.linspace(start, stop, num, endpoint=endpoint)
    assert_close(out, expected, **CLOSE, what=what,
                 help="endpoint=False divides by num, endpoint=True by num - 1")
    assert_close(out, reference.my_linspace(start, stop, num, endpoint), **CLOSE,
                 what=f"{what} vs reference")
    if num:
        assert_true(out[0] == start, f"{what} does not start exactly at start", expected=start,
                    actual=out[0])
    if num >= 2 and endpoint:
        assert_true(out[-1] == stop, f"{what} does not end exactly at stop", expected=stop,
                    actual=out[-1], help="set the last point to stop: start + (num - 1) * step "
                                         "can round away from it")


@given(ENDS, ENDS, st.integers(2, 50), st.booleans())
def test_linspace_spacing_and_reversal(attempt, start, stop, num, endpoint):
    """linspace points are evenly spaced, and swapping start and stop reverses them"""
    out, what = linspace(attempt, start, stop, num, endpoint)
    gaps = np.diff(out)
    step = (stop - start) / (num - 1 if endpoint else num)
    assert_close(gaps, np.full(num - 1, step), rtol=1e-9, atol=1e-9, what=f"gaps of {what}")
    if endpoint:
        back, _ = linspace(attempt, stop, start, num, endpoint)
        assert_close(back, out[::-1], **CLOSE, what=f"my_linspace({stop}, {start}, {num}) "
                     "reversed", help="both ends are exact, the points between are evenly spaced")


def test_linspace_small_num(attempt):
    """num = 1 gives [start] with or without the end point, and num = 0 an empty array"""
    for endpoint in (True, False):
        out, what = linspace(attempt, 2.0, 9.0, 1, endpoint)
        assert_close(out, np.array([2.0]), rtol=0, atol=0, what=what,
                     help="one point is the start; there is no step to divide by")
        linspace(attempt, 2.0, 9.0, 0, endpoint)


def test_linspace_two_points_and_default_endpoint(attempt):
    """num = 2 gives [start, stop] with the end point and [start, midpoint] without; the end point
    is included when endpoint is not given"""
    for endpoint, expected in ((True, [2.0, 9.0]), (False, [2.0, 5.5])):
        out, what = linspace(attempt, 2.0, 9.0, 2, endpoint)
        assert_close(out, np.array(expected), **CLOSE, what=what,
                     help="two points with the end point have one gap of stop - start")
    out = as_array(attempt.my_linspace(0.0, 1.0, 5), "my_linspace(0.0, 1.0, 5)", shape=(5,), kind="f")
    assert_close(out, np.linspace(0.0, 1.0, 5), **CLOSE, what="my_linspace(0.0, 1.0, 5)",
                 help="endpoint defaults to True, as in np.linspace")


@given(ENDS, ENDS, STEPS)
def test_arange_matches_numpy(attempt, reference, start, stop, step):
    """my_arange equals np.arange (and the reference), negative steps included"""
    out, what = arange(attempt, start, stop, step)
    expected = np.arange(start, stop, step, dtype=np.float64)
    assert_close(out, expected, **CLOSE, what=what,
                 help="n = ceil((stop - start) / step) points start + i * step")
    assert_close(out, reference.my_arange(start, stop, step), **CLOSE,
                 what=f"{what} vs reference")
    if out.size:
        assert_true(out[0] == start, f"{what} does not start exactly at start", expected=start,
                    actual=out[0])


@given(st.integers(-30, 30), st.integers(-30, 30),
       st.integers(1, 7).flatmap(lambda s: st.sampled_from([s, -s])))
def test_integer_arange_never_includes_stop(attempt, start, stop, step):
    """with integer start, stop and step the result never contains stop"""
    out, what = arange(attempt, float(start), float(stop), float(step))
    assert_true(bool(np.all(out != stop)), f"{what} contains stop", expected=f"no {stop}",
                actual=out, help="the range is half-open: [start, stop)")
    assert_close(out, np.arange(start, stop, step).astype(float), rtol=0, atol=0, what=what)


def test_arange_known_lengths(attempt):
    """arange(1, 1.3, 0.1) has 4 points, arange(5, 0, -2) is [5, 3, 1], arange(3, 1, 1) is
    empty"""
    out, what = arange(attempt, 1.0, 1.3, 0.1)
    assert_close(out, np.arange(1.0, 1.3, 0.1), **CLOSE, what=what,
                 help="the length is ceil((stop - start) / step) computed in float64: here "
                      "ceil(3.0000000000000004) = 4")
    out, what = arange(attempt, 5.0, 0.0, -2.0)
    assert_close(out, np.array([5.0, 3.0, 1.0]), **CLOSE, what=what)
    arange(attempt, 3.0, 1.0, 1.0)


def test_bad_input_raises(attempt):
    """num = -1 and step = 0 raise ValueError"""
    with raises("ValueError", "my_linspace(0, 1, -1)"):
        attempt.my_linspace(0.0, 1.0, -1)
    with raises("ValueError", "my_arange(0, 1, 0)"):
        attempt.my_arange(0.0, 1.0, 0.0)


def test_does_not_call_numpy_generators(attempt_source):
    """the solution rebuilds the sequences without np.arange or np.linspace"""
    forbid_calls(attempt_source, {"numpy.arange", "numpy.linspace", "np.arange", "np.linspace"},
                 "build 0, 1, ..., n - 1 another way, e.g. np.cumsum(np.ones(n)) - 1 or "
                 "np.array(range(n))")
