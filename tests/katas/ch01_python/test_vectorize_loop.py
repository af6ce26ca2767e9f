"""Hidden checks for ch01/vectorize_loop."""

import ast

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from kit import CheckFailure, as_array, assert_close, assert_true, memory_facts, python_loops, raises
from kit.strategies import finite_floats
from sklearn.preprocessing import StandardScaler

CLOSE = {"rtol": 1e-7, "atol": 1e-7}
FLOATS = finite_floats(1e6)  # D1.0: floats in [-1e6, 1e6], no NaN or infinity


def spread_is_clear(xs):
    """Constant lists, or lists whose spread is at least 1e-6 of their size: on these every
    stable formula agrees with StandardScaler to ~1e-10 (measured over 3000 lists)."""
    a = np.array(xs)
    return a.max() == a.min() or np.ptp(a) >= 1e-6 * max(1.0, float(np.abs(a).max()))


VALUES = st.lists(FLOATS, min_size=1, max_size=50).filter(spread_is_clear)
NUMBERS = st.lists(st.one_of(FLOATS, st.integers(-10**6, 10**6)), max_size=50)


def sklearn_z(xs):
    return StandardScaler().fit_transform(np.asarray(xs, dtype=float)[:, None]).ravel()


def z_loop(attempt, xs):
    out = attempt.zscore_loop(list(xs))
    assert_true(type(out) is list and all(type(v) is float for v in out),
                "zscore_loop must return a list of Python floats", expected="list[float]",
                actual=repr(out)[:200], help="build the result with a loop or comprehension of "
                "floats; do not return a NumPy array")
    assert_true(len(out) == len(xs), "zscore_loop returned the wrong number of values",
                expected=len(xs), actual=len(out))
    return np.array(out)


def z_vec(attempt, xs):
    x = np.asarray(xs, dtype=float)
    return as_array(attempt.zscore_vectorized(x), "zscore_vectorized(x)", shape=x.shape, kind="f")


def float_array(attempt, fn, items, n):
    out = as_array(getattr(attempt, fn)(items), f"{fn}(...)", shape=(n,), kind="f")
    assert_true(out.dtype == np.float64, f"{fn}(...) must be a float64 array",
                expected="float64", actual=str(out.dtype))
    return out


def function_node(source, name):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return node
    raise CheckFailure(f"your file does not define {name}")


# --- z-scores -------------------------------------------------------------------------------


def test_known_answer(attempt):
    """[1, 2, 3, 4] standardises to about [-1.342, -0.447, 0.447, 1.342] both ways"""
    expected = np.array([-3, -1, 1, 3]) / np.sqrt(5)
    assert_close(z_loop(attempt, [1.0, 2.0, 3.0, 4.0]), expected, **CLOSE, what="zscore_loop",
                 help="divide by the population std: sqrt(sum of squared deviations / n)")
    assert_close(z_vec(attempt, [1.0, 2.0, 3.0, 4.0]), expected, **CLOSE, what="zscore_vectorized",
                 help="np.std's default ddof=0 is the population std")


@given(VALUES)
def test_loop_matches_standard_scaler(attempt, xs):
    """zscore_loop matches scikit-learn's StandardScaler (population standard deviation)"""
    assert_close(z_loop(attempt, xs), sklearn_z(xs), **CLOSE, what="zscore_loop(xs)",
                 help="divide by n, not n - 1, and return zeros for a constant list")


@given(VALUES)
def test_vectorized_matches_standard_scaler(attempt, xs):
    """zscore_vectorized matches scikit-learn's StandardScaler (population standard deviation)"""
    assert_close(z_vec(attempt, xs), sklearn_z(xs), **CLOSE, what="zscore_vectorized(x)",
                 help="x.std() uses ddof=0 (divide by n); np.std(x, ddof=1) does not")


@given(VALUES)
def test_both_versions_agree(attempt, reference, xs):
    """the loop and the vectorised version give the same z-scores, as the reference does"""
    loop, vec = z_loop(attempt, xs), z_vec(attempt, xs)
    assert_close(vec, loop, **CLOSE, what="zscore_vectorized(x) vs zscore_loop(xs)")
    assert_close(vec, reference.zscore_vectorized(np.array(xs)), **CLOSE,
                 what="zscore_vectorized(x) vs reference")


@given(VALUES.filter(lambda xs: max(xs) != min(xs)))
def test_zscores_have_mean_0_and_std_1(attempt, xs):
    """non-constant z-scores have mean 0 and population standard deviation 1"""
    z = z_vec(attempt, xs)
    assert_close(z.mean(), 0.0, rtol=0, atol=1e-7, what="mean of the z-scores")
    assert_close(z.std(), 1.0, rtol=1e-7, atol=0, what="population std of the z-scores")


def test_constant_input_gives_zeros(attempt):
    """a constant vector, including one of 0.1s or a single value, standardises to zeros"""
    for xs in ([5.0, 5.0, 5.0, 5.0], [0.1, 0.1, 0.1], [7.0], [-3e5] * 50):
        zeros = np.zeros(len(xs))
        assert_close(z_loop(attempt, xs), zeros, rtol=0, atol=1e-12, what=f"zscore_loop({xs})",
                     help="all values equal: return zeros instead of dividing by a (nearly) "
                          "zero standard deviation")
        assert_close(z_vec(attempt, xs), zeros, rtol=0, atol=1e-12,
                     what=f"zscore_vectorized({xs})")


def test_tiny_spread_around_a_large_value(attempt):
    """values 1e6, 1e6 + 0.01, 1e6 + 0.02, 1e6 + 0.03 standardise correctly (two-pass
    variance)"""
    xs = [1e6, 1e6 + 0.01, 1e6 + 0.02, 1e6 + 0.03]
    help = "mean(x**2) - mean(x)**2 cancels catastrophically: average the squared deviations"
    assert_close(z_loop(attempt, xs), sklearn_z(xs), **CLOSE, what="zscore_loop", help=help)
    assert_close(z_vec(attempt, xs), sklearn_z(xs), **CLOSE, what="zscore_vectorized", help=help)


def test_vectorized_returns_float64_for_float32_input(attempt):
    """zscore_vectorized returns a float64 array for a float32 array too"""
    x = np.array([1.0, 2.0, 4.0], dtype=np.float32)
    out = float_array(attempt, "zscore_vectorized", x, 3)
    assert_close(out, sklearn_z(x), **CLOSE, what="zscore_vectorized(float32 array)",
                 help="convert with np.asarray(x, dtype=float) before computing")


def test_bad_input_raises(attempt):
    """empty input raises ValueError in both versions, and so does a 2-D array"""
    with raises("ValueError", "zscore_loop([])"):
        attempt.zscore_loop([])
    with raises("ValueError", "zscore_vectorized(np.array([]))"):
        attempt.zscore_vectorized(np.array([]))
    with raises("ValueError", "zscore_vectorized with a 2-D array"):
        attempt.zscore_vectorized(np.ones((3, 2)))


def test_vectorized_has_no_loops(attempt_source):
    """zscore_vectorized uses whole-array operations, with no Python loop or comprehension"""
    lines = python_loops(attempt_source, "zscore_vectorized")
    assert_true(not lines, "zscore_vectorized contains a Python loop or comprehension on line"
                f"{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}",
                expected="no for/while/comprehension", actual=f"loops on lines {lines}",
                help="x - x.mean() and x.std() work on the whole array at once")


def test_loop_version_is_plain_python(attempt_source):
    """zscore_loop loops in plain Python, without NumPy or the statistics module"""
    node = function_node(attempt_source, "zscore_loop")
    used = sorted({(n.lineno, n.id) for n in ast.walk(node)
                   if isinstance(n, ast.Name) and n.id in ("np", "numpy", "statistics")})
    assert_true(not used, "zscore_loop uses "
                + ", ".join(f"{name} on line {line}" for line, name in used),
                expected="plain Python", actual=used,
                help="this version is the slow baseline: sum with a loop, use math.sqrt")
    assert_true(bool(python_loops(attempt_source, "zscore_loop")),
                "zscore_loop has no loop or comprehension", expected="a for/while loop",
                actual="none", help="iterate over the values explicitly")


# --- lists versus arrays --------------------------------------------------------------------


def test_double_values_known_answer(attempt):
    """double_values([1, 2]) is array([2.0, 4.0]), not the repeated list [1, 2, 1, 2]"""
    out = as_array(attempt.double_values([1, 2]), "double_values([1, 2])", kind="fiu")
    assert_true(out.shape == (2,), "double_values([1, 2]) has the wrong shape", expected=(2,),
                actual=out.shape, help="a list times 2 repeats the list; an array times 2 "
                                       "doubles every value")
    assert_close(out, np.array([2.0, 4.0]), rtol=0, atol=0, what="double_values([1, 2])")


@given(NUMBERS)
def test_double_values_doubles_every_value(attempt, items):
    """double_values doubles every value of a list or an array, as a float64 array"""
    expected = 2.0 * np.array(items, dtype=np.float64)
    out = float_array(attempt, "double_values", items, len(items))
    assert_close(out, expected, rtol=0, atol=0, what="double_values(list)")
    out = float_array(attempt, "double_values", np.array(items, dtype=np.float64), len(items))
    assert_close(out, expected, rtol=0, atol=0, what="double_values(array)")


@given(NUMBERS)
def test_as_float_array_matches_numpy(attempt, items):
    """as_float_array of ints and floats equals np.array(items, dtype=float64)"""
    out = float_array(attempt, "as_float_array", items, len(items))
    assert_close(out, np.array(items, dtype=np.float64), rtol=0, atol=0, what="as_float_array")


def test_as_float_array_from_arrays(attempt):
    """integer and float32 arrays become new float64 arrays; an empty list gives an empty one"""
    out = float_array(attempt, "as_float_array", np.array([1, -2, 3], dtype=np.int32), 3)
    assert_close(out, np.array([1.0, -2.0, 3.0]), rtol=0, atol=0, what="as_float_array(int32)")
    out = float_array(attempt, "as_float_array", np.array([0.5, 1.5], dtype=np.float32), 2)
    assert_close(out, np.array([0.5, 1.5]), rtol=0, atol=0, what="as_float_array(float32)")
    float_array(attempt, "as_float_array", [], 0)
    x = np.array([1.0, 2.0, 3.0])
    facts = memory_facts(attempt, "as_float_array", x)
    assert_true(not facts.get("is_array") or not facts["shares_memory"][0],
                "as_float_array(float64 array) shares memory with its input",
                expected="a new array", actual="a view of the input",
                help="np.asarray returns the input itself when nothing needs converting; "
                     "np.array(...) or .astype(...) copies")


def test_as_float_array_rejects_non_numbers(attempt):
    """strings, None, bytes and nested lists raise TypeError instead of becoming an array"""
    for items in (["1.5", "2"], [1.0, "a"], [1, None], [b"1"], [[1.0, 2.0], [3.0, 4.0]],
                  np.array(["1", "2"])):
        with raises("TypeError", f"as_float_array({items!r})"):
            attempt.as_float_array(items)
    with raises("TypeError", "double_values(['1', 2])"):
        attempt.double_values(["1", 2])


def test_as_float_array_rejects_2d_arrays(attempt):
    """a 2-D array raises ValueError"""
    with raises("ValueError", "as_float_array(np.ones((2, 2)))"):
        attempt.as_float_array(np.ones((2, 2)))
