"""Hidden checks for ch07/normalized_confusion.

The Figure stays in the attempt's process; the checks read it through method calls that return
plain data. ``call(obj, "name", ...)`` is ``getattr(obj, "name")(...)``: on the remote handle this
fetches and calls the method in the worker, and in a bare in-process run it calls the real
Figure's method, so the same checks work in both modes.
"""

import warnings

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from kit import as_array, assert_close, assert_true, raises
from kit.labels import label_pairs
from sklearn.metrics import confusion_matrix, recall_score

EXACT = {"rtol": 1e-12, "atol": 1e-12}
MODES = ("true", "pred", "all")
# Small counts with empty rows and columns now and then.
MATRICES = st.integers(1, 4).flatmap(
    lambda k: hnp.arrays(np.int64, (k, k), elements=st.integers(0, 5)))
NAMES = ["ant", "bee", "cat", "dog"]


def call(obj, name, *args):
    return getattr(obj, name)(*args)


def type_name(obj):
    handle = getattr(obj, "_handle", None)
    return handle.type_name if handle is not None else type(obj).__name__


def normalized(attempt, cm, by):
    return as_array(attempt.normalize_cm(cm, by), f"normalize_cm(cm, {by!r})", shape=cm.shape,
                    kind="f")


def heatmap_axes(fig):
    """The one Axes of the figure that holds an image, and that image's array."""
    assert_true(type_name(fig) == "Figure", "plot_cm must return a matplotlib Figure",
                expected="Figure", actual=type_name(fig))
    axes = [ax for ax in fig.axes if len(call(ax, "get_images")) > 0]
    assert_true(len(axes) == 1, "exactly one Axes must hold an image (the heatmap)",
                expected=1, actual=len(axes), help="draw the matrix with ax.imshow(values)")
    images = call(axes[0], "get_images")
    assert_true(len(images) == 1, "the heatmap Axes must hold exactly one image",
                expected=1, actual=len(images))
    array = np.asarray(np.ma.getdata(call(images[0], "get_array")), dtype=float)
    return axes[0], array


def texts_of(ax, title):
    """(position, string) of the heatmap Axes' text artists, without its (empty) side titles and
    its title: ax.get_children() is a plain list, so it crosses the boundary as handles."""
    found = []
    for child in call(ax, "get_children"):
        if type_name(child) not in ("Text", "Annotation"):
            continue
        found.append((tuple(float(v) for v in call(child, "get_position")),
                      call(child, "get_text")))
    found = [t for t in found if t[1] != ""]
    if ((0.5, 1.0), title) in found:
        found.remove(((0.5, 1.0), title))
    return found


def check_figure(attempt, cm, labels, normalize):
    fig = attempt.plot_cm(cm, labels, normalize)
    ax, array = heatmap_axes(fig)
    values = cm.astype(float) if normalize is None else normalize_oracle(cm, normalize)
    assert_close(as_array(array, "the image array", shape=cm.shape), values, **EXACT,
                 what="the heatmap's image array",
                 help="imshow the matrix that is shown (normalised when normalize is given)")
    k = len(labels)
    for axis in ("x", "y"):
        ticks = as_array(np.asarray(call(ax, f"get_{axis}ticks")), f"{axis} ticks")
        assert_close(ticks, np.arange(k, dtype=float), **EXACT, what=f"{axis} tick positions")
        names = [call(t, "get_text") for t in call(ax, f"get_{axis}ticklabels")]
        assert_true(names == list(labels), f"the {axis} tick labels are not the class labels",
                    expected=list(labels), actual=names,
                    help="ax.set_xticks(range(K), labels=labels) and the same for y")
    title = ("Confusion matrix" if normalize is None
             else f"Confusion matrix (normalized by {normalize})")
    for got, expected, what in [(call(ax, "get_xlabel"), "Predicted label", "x-axis label"),
                                (call(ax, "get_ylabel"), "True label", "y-axis label"),
                                (call(ax, "get_title"), title, "title")]:
        assert_true(got == expected, f"the {what} is wrong", expected=expected, actual=got)
    expected = sorted(((float(j), float(i)), f"{values[i, j]:.2f}" if normalize else
                       f"{int(cm[i, j]):d}") for i in range(k) for j in range(k))
    got = sorted(texts_of(ax, title))
    assert_true(got == expected, "the cell annotations are wrong",
                expected=expected, actual=got,
                help="one ax.text(j, i, text) per cell: x is the column, y the row; two decimals "
                     "when normalised, the integer count otherwise")


def normalize_oracle(cm, by):
    """scikit-learn's normalisation, applied to label vectors that reproduce cm."""
    k = len(cm)
    rows, cols = np.nonzero(cm)
    y_true = np.repeat(rows, cm[rows, cols])
    y_pred = np.repeat(cols, cm[rows, cols])
    if len(y_true) == 0:
        return np.zeros((k, k))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return confusion_matrix(y_true, y_pred, labels=np.arange(k), normalize=by)


def test_known_normalizations(attempt):
    """a 2 x 2 matrix normalised by true, pred and all gives the expected fractions"""
    cm = np.array([[3, 1], [2, 2]])
    for by, expected in [("true", [[0.75, 0.25], [0.5, 0.5]]),
                         ("pred", [[0.6, 1 / 3], [0.4, 2 / 3]]),
                         ("all", [[0.375, 0.125], [0.25, 0.25]])]:
        assert_close(normalized(attempt, cm, by), np.array(expected), **EXACT,
                     what=f"normalize_cm(cm, {by!r})",
                     help="'true' divides each row by its sum, 'pred' each column")


def test_empty_rows_and_columns_stay_zero(attempt):
    """an empty row, an empty column and an all-zero matrix stay zero instead of NaN"""
    cm = np.array([[2, 0, 0], [0, 0, 0], [1, 0, 1]])
    assert_close(normalized(attempt, cm, "true"),
                 np.array([[1.0, 0, 0], [0, 0, 0], [0.5, 0, 0.5]]), **EXACT,
                 what="normalize_cm(cm, 'true')", help="a row with sum 0 stays all zeros")
    assert_close(normalized(attempt, cm, "pred"),
                 np.array([[2 / 3, 0, 0], [0, 0, 0], [1 / 3, 0, 1.0]]), **EXACT,
                 what="normalize_cm(cm, 'pred')", help="a column with sum 0 stays all zeros")
    assert_close(normalized(attempt, np.zeros((2, 2), dtype=int), "all"), np.zeros((2, 2)),
                 **EXACT, what="normalize_cm(zeros, 'all')")


@given(MATRICES, st.sampled_from(MODES))
def test_matches_sklearn(attempt, reference, cm, by):
    """normalize_cm equals confusion_matrix(..., normalize=by) and the reference"""
    got = normalized(attempt, cm, by)
    assert_close(got, normalize_oracle(cm, by), **EXACT, what=f"normalize_cm(cm, {by!r})")
    assert_close(got, reference.normalize_cm(cm, by), **EXACT, what="normalize_cm vs reference")


@given(MATRICES)
def test_sums_are_one(attempt, cm):
    """'true' rows, 'pred' columns and the 'all' total sum to 1 (where not empty)"""
    for by, axis, sums in (("true", 1, cm.sum(axis=1)), ("pred", 0, cm.sum(axis=0))):
        got = normalized(attempt, cm, by).sum(axis=axis)
        assert_close(got, (sums > 0).astype(float), **EXACT,
                     what=f"sums of normalize_cm(cm, {by!r}) along axis {axis}")
    if cm.sum() > 0:
        assert_close(float(normalized(attempt, cm, "all").sum()), 1.0, **EXACT,
                     what="total of normalize_cm(cm, 'all')")


@given(label_pairs(2, 4, 2, 30))
def test_true_diagonal_is_recall(attempt, pair):
    """the diagonal of the 'true' normalisation equals the per-class recall"""
    y_true, y_pred = pair
    labels = np.union1d(y_true, y_pred)
    cm = confusion_matrix(y_true, y_pred, labels=labels)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recall = recall_score(y_true, y_pred, labels=labels, average=None, zero_division=0)
    assert_close(np.diag(normalized(attempt, cm, "true")), recall, **EXACT,
                 what="diagonal of normalize_cm(cm, 'true')")


def test_figure_of_raw_counts(attempt):
    """the heatmap of raw counts shows the matrix, the class names, and one integer per cell"""
    check_figure(attempt, np.array([[5, 1, 0], [2, 7, 1], [0, 3, 4]]), ["cat", "dog", "eel"],
                 None)


@given(MATRICES.filter(lambda cm: len(cm) > 1), st.sampled_from(MODES))
def test_figure_of_normalized_matrix(attempt, cm, by):
    """the normalised heatmap's image, ticks, title and two-decimal annotations are right"""
    check_figure(attempt, cm, NAMES[:len(cm)], by)


def test_bad_input_raises(attempt):
    """an unknown normalisation, a non-square matrix, a negative count (also for plot_cm of raw
    counts) and a wrong number of labels raise ValueError"""
    cm = np.array([[1, 2], [3, 4]])
    with raises("ValueError", "normalize_cm with by='rows'"):
        attempt.normalize_cm(cm, "rows")
    with raises("ValueError", "normalize_cm with a 2 x 3 matrix"):
        attempt.normalize_cm(np.ones((2, 3), dtype=int), "all")
    with raises("ValueError", "normalize_cm with a negative count"):
        attempt.normalize_cm(np.array([[1, -1], [0, 1]]), "true")
    with raises("ValueError", "plot_cm with normalize='rows'"):
        attempt.plot_cm(cm, ["a", "b"], "rows")
    with raises("ValueError", "plot_cm of raw counts with a negative count"):
        attempt.plot_cm(np.array([[1, -1], [0, 2]]), ["a", "b"])
    with raises("ValueError", "plot_cm with 3 labels for 2 classes"):
        attempt.plot_cm(cm, ["a", "b", "c"], None)


