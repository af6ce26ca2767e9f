"""Decoy: a class never predicted gets precision NaN instead of 0.0."""

from collections.abc import Sequence

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray,
                     labels: Sequence | None = None) -> np.ndarray:
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true {y_true.shape} and y_pred {y_pred.shape} must be 1-D and "
                         "of equal length")
    if y_true.size == 0:
        raise ValueError("no samples")
    if labels is None:
        labels = np.union1d(y_true, y_pred)
    labels = np.asarray(labels)
    if labels.size == 0:
        raise ValueError("labels is empty")
    if np.unique(labels).size != labels.size:
        raise ValueError("labels has a repeated label")
    if not np.isin(labels, y_true).any():
        raise ValueError("no label of `labels` occurs in y_true")
    # Position of every sample's label in `labels` (-1 when absent: the sample is dropped).
    order = np.argsort(labels, kind="stable")
    def position(y):
        at = np.clip(np.searchsorted(labels, y, sorter=order), 0, labels.size - 1)
        return np.where(labels[order[at]] == y, order[at], -1)
    i, j = position(y_true), position(y_pred)
    keep = (i >= 0) & (j >= 0)
    cm = np.zeros((labels.size, labels.size), dtype=np.int64)
    np.add.at(cm, (i[keep], j[keep]), 1)
    return cm


def per_class_precision_recall(cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cm = np.asarray(cm)
    if cm.ndim != 2 or cm.shape[0] != cm.shape[1]:
        raise ValueError(f"cm must be square, got shape {cm.shape}")
    if (cm < 0).any():
        raise ValueError("counts must be non-negative")
    tp = np.diag(cm).astype(float)
    predicted, actual = cm.sum(axis=0), cm.sum(axis=1)
    precision = np.divide(tp, predicted, out=np.full_like(tp, np.nan), where=predicted > 0)
    recall = np.divide(tp, actual, out=np.zeros_like(tp), where=actual > 0)
    return precision, recall
