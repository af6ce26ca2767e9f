"""Classification or regression? Decide from the target values (Q160).

Classification predicts one of a finite set of labels; regression predicts a quantity. Given only
the target vector, decide which kind of problem it is, the way scikit-learn's
``sklearn.utils.multiclass.type_of_target`` does for 1-D targets.

Write ``infer_task(y: np.ndarray) -> str`` returning one of three strings:

- ``'continuous'`` when ``y`` has a float dtype and at least one value is not integral
  (``y != np.floor(y)`` somewhere), e.g. ``[0.5, 1.0]``;
- otherwise the values are class labels (integers, booleans, strings, or floats that are all
  integral such as ``[1.0, 2.0, 3.0]``), and the answer is ``'binary'`` when there are at most two
  distinct values (a single class counts as binary, as in scikit-learn) and ``'multiclass'``
  when there are three or more.

The number of distinct values alone never makes a target continuous: 50 distinct integers are 50
classes. ``y`` is a 1-D ndarray of integers, booleans, floats or strings (float values satisfy
``|y| <= 1e6``). Do not modify the input.

Tolerance: the returned string must equal the expected one exactly.

Raises: ``ValueError`` when ``y`` is empty, when it is not 1-D, or when it is a float array
containing NaN or an infinity.
"""

import numpy as np


def infer_task(y: np.ndarray) -> str:
    """'binary', 'multiclass' or 'continuous' for a 1-D target vector."""
    raise NotImplementedError
