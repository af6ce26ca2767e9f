"""Normalised confusion matrices and an annotated heatmap (Q175).

``cm[i, j]`` counts the samples of actual class ``i`` predicted as class ``j`` (rows actual,
columns predicted), as ``sklearn.metrics.confusion_matrix`` returns it. Write two functions:

``normalize_cm(cm, by) -> np.ndarray``
    A float ndarray of the same shape: with ``by='true'`` each row is divided by its sum (each
    row then sums to 1 and the diagonal holds the per-class recall); with ``by='pred'`` each
    column is divided by its sum (the diagonal holds the per-class precision); with
    ``by='all'`` everything is divided by the total. An empty row (``'true'``), empty column
    (``'pred'``) or an all-zero matrix (``'all'``) stays all zeros instead of NaN. This is what
    ``sklearn.metrics.confusion_matrix(..., normalize=by)`` returns.

``plot_cm(cm, labels, normalize=None) -> matplotlib.figure.Figure``
    Draw the matrix (``normalize_cm(cm, normalize)`` when ``normalize`` is given, else the raw
    counts) as a heatmap and return the Figure. Requirements the checks read from the Figure:

    - exactly one Axes of the figure holds an image, made with ``ax.imshow(values)``, whose
      array equals the values shown (a colorbar is allowed: it lives in its own Axes and holds
      no image);
    - x ticks at ``0..K-1`` labelled with ``labels`` (predicted class), y ticks at ``0..K-1``
      labelled with ``labels`` (actual class), x-axis label ``'Predicted label'``, y-axis label
      ``'True label'``;
    - title ``'Confusion matrix'`` for raw counts and ``'Confusion matrix (normalized by
      <normalize>)'`` otherwise, e.g. ``'Confusion matrix (normalized by true)'``;
    - one text annotation per cell, added with ``ax.text(j, i, ...)`` on the heatmap Axes (at
      x = column ``j``, y = row ``i``): the value with two decimals (``f"{v:.2f}"``) when
      normalised, the integer count (``f"{v:d}"``) for raw counts. Apart from its title, that
      Axes holds no other non-empty text artist.

    Use the non-interactive Agg backend (the default here); do not call ``plt.show()``.

Inputs: ``cm`` a square 2-D ndarray of non-negative integer counts (``K >= 1``), ``labels`` a
sequence of ``K`` strings. Do not modify the inputs.

Tolerance: normalised values and image arrays are compared with ``np.isclose(actual, expected,
rtol=1e-12, atol=1e-12)``; tick labels, axis labels, titles and annotation strings must match
exactly.

Raises: ``ValueError`` when ``by`` (or ``normalize``) is not one of ``'true'``, ``'pred'``,
``'all'`` (``None`` is allowed only for ``normalize``), when ``cm`` is not a square 2-D array or
has a negative entry, and (``plot_cm``) when ``len(labels)`` differs from the matrix size.
"""

from collections.abc import Sequence

import numpy as np
from matplotlib.figure import Figure


def normalize_cm(cm: np.ndarray, by: str) -> np.ndarray:
    """Rows ('true'), columns ('pred') or the whole matrix ('all') divided by their sums."""
    raise NotImplementedError


def plot_cm(cm: np.ndarray, labels: Sequence[str], normalize: str | None = None) -> Figure:
    """An annotated heatmap of the (optionally normalised) confusion matrix."""
    raise NotImplementedError
