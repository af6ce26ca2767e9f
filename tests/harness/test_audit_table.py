"""The audit's guard in the authoring gate: every kata of the catalog has a row in docs/audit.md,
its mutation score is at least 95% and its flakiness runs were clean; the report is exactly what
the audit renders from docs/audit.json (generated, never edited by hand). Reading two files only:
fast. Regenerate rows with `nox -s audit -- TARGET --flaky 2`."""

import re

import pytest
from helpers import ROOT

from katas.audit import table
from katas.catalog import load_catalog

KATAS = [k.id for k in load_catalog(ROOT).katas]
DATA = table.load(ROOT)
REPORT = (ROOT / table.REPORT).read_text(encoding="utf-8") if (ROOT / table.REPORT).exists() else ""
LISTED = set(re.findall(r"^\| `([^`]+)` \|", REPORT, re.M))


def test_report_is_rendered_from_the_record():
    assert REPORT == table.render(DATA), "docs/audit.md was edited by hand or not re-rendered"


@pytest.mark.parametrize("kata", KATAS)
def test_kata_is_audited(kata):
    assert kata in LISTED, f"{kata} has no row in docs/audit.md: run nox -s audit -- {kata} --flaky 2"
    row = DATA["katas"][kata]
    mutation, flaky = row.get("mutation"), row.get("flaky")
    assert mutation, f"{kata} has no mutation score: run nox -s audit -- {kata}"
    assert mutation["score"] >= table.THRESHOLD, (
        f"{kata}'s checks kill {mutation['score']:.1%} of its mutants; the survivors are in docs/audit.md")
    assert not (flaky and flaky["problems"]), flaky and flaky["problems"]
