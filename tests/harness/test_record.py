"""The result vocabulary of the design and what the reporters know of it."""

from katas import term
from katas.record import CHECK_STATUSES, KATA_STATUSES


def test_every_status_has_a_terminal_style():
    assert set(KATA_STATUSES) == set(term.KATA_STYLE)
    assert set(CHECK_STATUSES) == set(term.CHECK_STYLE)
