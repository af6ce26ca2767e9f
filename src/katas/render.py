"""Short, readable text for values on screen. Whole values go to the JSON record instead."""

from __future__ import annotations

from typing import Any

import numpy as np

MAX_CHARS = 300


def short_repr(value: Any, max_chars: int = MAX_CHARS) -> str:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, np.ndarray):
        with np.printoptions(threshold=12, edgeitems=3, precision=6, linewidth=10**6):
            text = " ".join(repr(value).split())  # one line: rows separated by ", "
    else:
        with np.printoptions(threshold=12, edgeitems=3, precision=6):
            text = repr(value)
    if len(text) > max_chars:
        text = text[: max_chars - 4] + " ..."
    return text
