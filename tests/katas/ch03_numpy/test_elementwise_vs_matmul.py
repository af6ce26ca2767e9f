"""Hidden checks for ch03/elementwise_vs_matmul."""

import ast

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, raises
from kit.arrays import broadcastable_shapes, dtypes, elements_for, float_arrays, shapes

CLOSE = {"rtol": 1e-9, "atol": 1e-9}
# Inside matmul_shape: names that build arrays or multiply (as np.<name>, a method or a bare name).
BUILDERS = {"matmul", "dot", "einsum", "tensordot", "empty", "zeros", "ones", "full", "ndarray"}


@st.composite
def same_shape_pairs(draw):
    """Two arrays of one dtype (any numeric dtype) and one shape (0-d and zero-size included)."""
    dtype, shape = draw(dtypes()), draw(shapes())
    elements = elements_for(dtype)
    return (draw(hnp.arrays(dtype, shape, elements=elements)),
            draw(hnp.arrays(dtype, shape, elements=elements)))


@st.composite
def matmul_pairs(draw, compatible=True):
    """(a_shape, b_shape) covering 1-D operands, plain matrices and broadcast batch stacks; with
    compatible=False the inner sizes differ."""
    (batch_a, batch_b), _ = draw(broadcastable_shapes(num_shapes=2, max_dims=2, max_side=3))
    n, k, m = draw(st.integers(0, 4)), draw(st.integers(0, 4)), draw(st.integers(0, 4))
    k_b = k if compatible else draw(st.integers(0, 4).filter(lambda v: v != k))
    a = (k,) if draw(st.booleans()) else batch_a + (n, k)
    b = (k_b,) if draw(st.booleans()) else batch_b + (k_b, m)
    return a, b


@st.composite
def projection_problems(draw):
    n, d, k = draw(st.integers(0, 5)), draw(st.integers(0, 4)), draw(st.integers(0, 3))
    X = draw(float_arrays((n, d)))
    mask = draw(hnp.arrays(np.bool_, (n, d)))
    W = draw(float_arrays((d, k)))
    return X, mask, W


def product(attempt, A, B):
    out = attempt.hadamard(A, B)
    expected = np.multiply(A, B)
    if np.ndim(expected) == 0 and type(out) is not np.ndarray:
        out = np.asarray(out)  # a scalar is allowed for two 0-d arrays
    out = as_array(out, "hadamard(A, B)", shape=expected.shape)
    return out, expected


def assert_hadamard(attempt, A, B):
    out, expected = product(attempt, A, B)
    if expected.ndim:
        assert_true(out.dtype == expected.dtype, "hadamard(A, B) has the wrong dtype",
                    expected=str(expected.dtype), actual=str(out.dtype),
                    help="multiply the arrays as they are: A * B keeps their dtype")
    assert_true(bool(np.array_equal(out, expected)), "hadamard(A, B) differs from np.multiply",
                expected=expected, actual=out,
                help="the element-wise product is A * B; A @ B is the matrix product")
    return out


def result_shape(attempt, a, b):
    out = attempt.matmul_shape(a, b)
    call = f"matmul_shape({a}, {b})"
    assert_true(type(out) is tuple and all(type(s) is int for s in out),
                f"{call} must return a tuple of Python ints", expected="tuple of int",
                actual=repr(out), help="build the result with tuple(...) of int sizes")
    return out


def assert_matmul_shape(attempt, a, b, expected):
    out = result_shape(attempt, a, b)
    assert_true(out == expected, f"matmul_shape({a}, {b}) is wrong", expected=expected,
                actual=out, help="(n, k) @ (k, m) is (n, m); a 1-D operand gets a 1 added for "
                                 "the product and removed from the result; batch dimensions "
                                 "broadcast")


def numpy_matmul_shape(a, b):
    return np.matmul(np.empty(a), np.empty(b)).shape


def project(attempt, X, mask, W):
    return as_array(attempt.masked_projection(X, mask, W), "masked_projection(X, mask, W)",
                    shape=(X.shape[0], W.shape[1]), kind="f")


# --- hadamard -------------------------------------------------------------------------------


def test_hadamard_known_answer(attempt):
    """[[1, 2], [3, 4]] times [[5, 6], [7, 8]] entry by entry is [[5, 12], [21, 32]]"""
    A, B = np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[5.0, 6.0], [7.0, 8.0]])
    out = assert_hadamard(attempt, A, B)
    assert_close(out, np.array([[5.0, 12.0], [21.0, 32.0]]), rtol=0, atol=0,
                 what="hadamard(A, B)", help="[[19, 22], [43, 50]] would be the matrix product")


@given(same_shape_pairs())
def test_hadamard_matches_numpy(attempt, reference, pair):
    """hadamard equals np.multiply(A, B) exactly, dtype included, and the reference"""
    A, B = pair
    out = assert_hadamard(attempt, A, B)
    ref = np.asarray(reference.hadamard(A, B))
    assert_true(bool(np.array_equal(out, ref)), "hadamard(A, B) differs from the reference",
                expected=ref, actual=out)


@given(same_shape_pairs())
def test_hadamard_commutes(attempt, pair):
    """the element-wise product does not depend on the order of its factors"""
    A, B = pair
    ab, _ = product(attempt, A, B)
    ba, _ = product(attempt, B, A)
    assert_true(bool(np.array_equal(ab, ba)), "hadamard(A, B) differs from hadamard(B, A)",
                expected=ab, actual=ba)


def test_hadamard_integer_overflow_wraps(attempt):
    """integer products overflow exactly as NumPy's do: int8 100 * 2 is -56, uint8 200 * 2 is 144"""
    for A, B in [(np.array([100, -3], np.int8), np.array([2, 5], np.int8)),
                 (np.array([200, 7], np.uint8), np.array([2, 3], np.uint8)),
                 (np.array([2**62], np.int64), np.array([4], np.int64))]:
        assert_hadamard(attempt, A, B)


def test_hadamard_edge_cases(attempt):
    """two 0-d arrays, zero-size arrays and Fortran-ordered matrices work"""
    out, _ = product(attempt, np.array(3.0), np.array(-2.0))
    assert_close(out, np.array(-6.0), rtol=0, atol=0, what="hadamard(3.0, -2.0) on 0-d arrays")
    assert_hadamard(attempt, np.zeros((0, 3)), np.zeros((0, 3)))
    assert_hadamard(attempt, np.zeros((2, 0, 4)), np.ones((2, 0, 4)))
    rng = np.random.default_rng(1)
    A = np.asfortranarray(rng.uniform(-10, 10, (3, 4)))
    assert_hadamard(attempt, A, np.asfortranarray(rng.uniform(-10, 10, (3, 4))))


def test_hadamard_refuses_broadcasting(attempt):
    """shapes that differ raise ValueError, even (3, 1) with (1, 3) or (2, 3) with (3,), which
    A * B would broadcast"""
    for a, b in [((3, 1), (1, 3)), ((2, 3), (3,)), ((1,), (4,)), ((2, 3), (3, 2)), ((), (1,))]:
        with raises("ValueError", f"hadamard of shapes {a} and {b}"):
            attempt.hadamard(np.ones(a), np.ones(b))


# --- matmul_shape ---------------------------------------------------------------------------


def test_matmul_shape_known(attempt):
    """(2, 3) @ (3, 4) is (2, 4); a vector operand loses its added dimension; batches broadcast"""
    table = [
        ((2, 3), (3, 4), (2, 4)),
        ((3,), (3,), ()),
        ((2, 3), (3,), (2,)),
        ((3,), (3, 4), (4,)),
        ((7, 2, 3), (3, 4), (7, 2, 4)),
        ((5, 1, 2, 3), (4, 3, 6), (5, 4, 2, 6)),
        ((2, 3), (6, 3, 4), (6, 2, 4)),
        ((6, 2, 3), (3,), (6, 2)),
        ((0, 3), (3, 2), (0, 2)),
        ((2, 0), (0, 5), (2, 5)),
    ]
    for a, b, expected in table:
        assert_matmul_shape(attempt, a, b, expected)


@given(matmul_pairs())
def test_matmul_shape_matches_numpy(attempt, reference, pair):
    """matmul_shape equals np.matmul(np.empty(a), np.empty(b)).shape and the reference"""
    a, b = pair
    assert_matmul_shape(attempt, a, b, numpy_matmul_shape(a, b))
    assert_matmul_shape(attempt, a, b, reference.matmul_shape(a, b))


def test_matmul_is_not_commutative(attempt):
    """(2, 3) @ (3, 2) is (2, 2) but (3, 2) @ (2, 3) is (3, 3), and (3, 4) @ (2, 3) raises"""
    assert_matmul_shape(attempt, (2, 3), (3, 2), (2, 2))
    assert_matmul_shape(attempt, (3, 2), (2, 3), (3, 3))
    with raises("ValueError", "matmul_shape((3, 4), (2, 3))"):
        attempt.matmul_shape((3, 4), (2, 3))


@given(matmul_pairs(compatible=False))
def test_matmul_shape_inner_mismatch_raises(attempt, pair):
    """different inner sizes raise ValueError"""
    a, b = pair
    with raises("ValueError", f"matmul_shape({a}, {b}) (inner sizes differ)"):
        attempt.matmul_shape(a, b)


def test_matmul_shape_bad_shapes_raise(attempt):
    """a 0-d shape, a negative size, clashing batch sizes and (3,) @ (4,) raise ValueError"""
    for a, b, why in [
            ((), (3,), "0-d a"), ((2, 3), (), "0-d b"), ((2, -3), (-3, 2), "negative size"),
            ((2, 3, 4), (5, 4, 2), "batch 2 vs 5"), ((3,), (4,), "inner 3 vs 4"),
            ((2, 3), (2, 3), "inner 3 vs 2")]:
        with raises("ValueError", f"matmul_shape({a}, {b}) ({why})"):
            attempt.matmul_shape(a, b)


def test_matmul_shape_builds_no_arrays(attempt_source):
    """matmul_shape works from the shapes alone: no @, no np.matmul/np.dot/np.einsum and no
    array builders such as np.empty inside it"""
    found = []
    for node in ast.walk(ast.parse(attempt_source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                node.name == "matmul_shape":
            for sub in ast.walk(node):
                if isinstance(sub, (ast.BinOp, ast.AugAssign)) and isinstance(sub.op, ast.MatMult):
                    found.append((sub.lineno, "@"))
                elif isinstance(sub, ast.Attribute) and sub.attr in BUILDERS:
                    found.append((sub.lineno, sub.attr))
                elif isinstance(sub, ast.Name) and sub.id in BUILDERS:
                    found.append((sub.lineno, sub.id))
    where = ", ".join(f"line {line}: {name}" for line, name in sorted(set(found)))
    assert_true(not found, f"matmul_shape builds or multiplies arrays ({where})",
                expected="a computation on the shape tuples", actual=where,
                help="compare the inner sizes, broadcast the batch dimensions, and append the "
                     "outer sizes n and m")


# --- masked_projection ----------------------------------------------------------------------


def test_masked_projection_known_answer(attempt):
    """masking X = [[1, 2], [3, 4]] with [[1, 0], [1, 1]] and projecting on [[1], [10]] gives
    [[1], [43]]"""
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    mask = np.array([[True, False], [True, True]])
    out = project(attempt, X, mask, np.array([[1.0], [10.0]]))
    assert_close(out, np.array([[1.0], [43.0]]), **CLOSE, what="masked_projection(X, mask, W)",
                 help="multiply X by the mask entry by entry first, then take the matrix "
                      "product with W")


@given(projection_problems())
def test_masked_projection_matches_numpy(attempt, reference, problem):
    """masked_projection equals np.matmul(X * mask, W) and the reference, for a bool mask and
    for the same mask as 0/1 floats"""
    X, mask, W = problem
    expected = np.matmul(X * mask, W)
    out = project(attempt, X, mask, W)
    assert_close(out, expected, **CLOSE, what="masked_projection(X, mask, W)")
    assert_close(project(attempt, X, mask.astype(float), W), expected, **CLOSE,
                 what="masked_projection(X, 0/1 float mask, W)")
    assert_close(out, reference.masked_projection(X, mask, W), **CLOSE,
                 what="masked_projection vs reference")


@given(projection_problems())
def test_masked_projection_mask_properties(attempt, problem):
    """an all-ones mask gives X @ W, an all-zeros mask gives zeros, and a masked-out column of X
    has no influence on the result"""
    X, mask, W = problem
    assert_close(project(attempt, X, np.ones(X.shape, bool), W), X @ W, **CLOSE,
                 what="masked_projection(X, all ones, W)")
    assert_close(project(attempt, X, np.zeros(X.shape, bool), W), np.zeros((X.shape[0],
                 W.shape[1])), **CLOSE, what="masked_projection(X, all zeros, W)")
    if X.shape[1]:
        column_off = np.ones(X.shape, bool)
        column_off[:, 0] = False
        changed = X.copy()
        changed[:, 0] += 100.0
        assert_close(project(attempt, changed, column_off, W), project(attempt, X, column_off, W),
                     **CLOSE, what="masked_projection with column 0 masked, after changing "
                                   "column 0 of X", help="masked entries must be zeroed before "
                                                         "the product")


def test_masked_projection_edge_cases(attempt):
    """no rows, no features and no outputs give arrays of the right empty or zero shape"""
    project(attempt, np.zeros((0, 3)), np.zeros((0, 3), bool), np.ones((3, 2)))
    out = project(attempt, np.zeros((2, 0)), np.zeros((2, 0), bool), np.ones((0, 3)))
    assert_close(out, np.zeros((2, 3)), **CLOSE, what="masked_projection with d = 0")
    project(attempt, np.ones((2, 3)), np.ones((2, 3), bool), np.ones((3, 0)))
    X = np.asfortranarray(np.random.default_rng(2).uniform(-10, 10, (4, 3)))
    mask = np.random.default_rng(3).random((4, 3)) < 0.5
    W = np.random.default_rng(4).uniform(-10, 10, (3, 2))
    assert_close(project(attempt, X, mask, W), (X * mask) @ W, **CLOSE,
                 what="masked_projection(Fortran-ordered X)")


def test_masked_projection_bad_input_raises(attempt):
    """a mask of another shape (even a broadcastable one), a 1-D X or W and mismatched inner
    sizes raise ValueError"""
    X, W = np.ones((3, 4)), np.ones((4, 2))
    cases = [(X, np.ones((1, 4)), W, "a (1, 4) mask for a (3, 4) X"),
             (X, np.ones(4), W, "a 1-D mask"),
             (X, np.ones((4, 3)), W, "a transposed mask"),
             (np.ones(4), np.ones(4), W, "a 1-D X"),
             (X, np.ones((3, 4)), np.ones(4), "a 1-D W"),
             (X, np.ones((3, 4)), np.ones((3, 2)), "X with 4 columns and W with 3 rows")]
    for Xb, mb, Wb, what in cases:
        with raises("ValueError", f"masked_projection with {what}"):
            attempt.masked_projection(Xb, mb, Wb)
