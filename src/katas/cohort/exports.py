"""Exports, each a projection of the stored run records: a cohort CSV, and per learner a Gradescope
``results.json``, an Exercism v3 ``results.json`` and a JUnit XML file. Learner-facing text goes
through :func:`katas.cohort.feedback.visible_detail` (hidden checks never show their inputs)."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from katas.cohort.feedback import clean, visible_detail
from katas.record import CheckResult, KataResult, RunRecord

CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXERCISM_MESSAGE = 500  # Exercism shows at most this much per test


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas (CSV injection) in text cells."""
    return "'" + value if isinstance(value, str) and value.startswith(CSV_TRIGGERS) else value


def write_csv(path: Path, kata_ids: list[str], rows: list[tuple[str, dict, RunRecord]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        out = csv.writer(stream)
        out.writerow(["learner", "status", "score", "max_score", "percent", "graded_at",
                      *(f"{k} score" for k in kata_ids), *(f"{k} status" for k in kata_ids)])
        for learner, row, record in rows:
            by_id = {k.id: k for k in record.katas}
            percent = round(100 * record.score / record.max_score, 2) if record.max_score else 0.0
            out.writerow([_cell(v) for v in (
                learner, row["status"], record.score, record.max_score, percent, row["graded_at"],
                *(by_id[k].score if k in by_id else "" for k in kata_ids),
                *(by_id[k].status if k in by_id else "" for k in kata_ids))])


def gradescope(record: RunRecord) -> dict[str, Any]:
    """Gradescope autograder ``results.json``: public checks visible, hidden ones after the due date."""
    tests = []
    for kata, check in _checks(record):
        tests.append({"name": check.title, "number": f"{kata.id}::{check.name}",
                      "score": check.score, "max_score": check.max_score,
                      "status": "passed" if check.status == "pass" else "failed",
                      "output": visible_detail(check), "output_format": "text", "tags": [kata.id],
                      "visibility": "visible" if check.visibility == "public" else "after_due_date"})
    for kata in record.katas:
        if not kata.checks:  # missing, rejected, syntax error: one line so the learner sees why
            tests.append({"name": f"{kata.title or kata.id}: {kata.status.replace('_', ' ')}",
                          "number": kata.id, "score": 0.0, "max_score": kata.max_score, "status": "failed",
                          "output": clean(kata.message), "visibility": "visible", "tags": [kata.id]})
    return {"score": record.score, "execution_time": round(record.duration_s),
            "output": f"{record.score:g} / {record.max_score:g}", "visibility": "visible",
            "stdout_visibility": "hidden", "tests": tests}


def exercism(record: RunRecord) -> dict[str, Any]:
    """Exercism test-runner interface, version 3 (one task per kata)."""
    if record.status != "ok":
        return {"version": 3, "status": "error", "tests": [],
                "message": clean(record.message, EXERCISM_MESSAGE)}
    tasks = {k.id: i for i, k in enumerate(record.katas, start=1)}
    tests = [{"name": check.title, "status": {"pass": "pass", "fail": "fail"}.get(check.status, "error"),
              "message": clean(visible_detail(check), EXERCISM_MESSAGE) or None,
              "test_code": check.call if check.visibility == "public" else "",
              "task_id": tasks[kata.id]} for kata, check in _checks(record)]
    tests = [{k: v for k, v in t.items() if v is not None} for t in tests]
    if not tests:  # nothing ran: every kata missing, rejected or not loadable
        why = "; ".join(f"{k.id}: {k.status} {k.message}".strip() for k in record.katas)
        return {"version": 3, "status": "error", "tests": [], "message": clean(why, EXERCISM_MESSAGE)}
    return {"version": 3, "status": "pass" if record.all_passed else "fail", "tests": tests}


def junit(learner: str, record: RunRecord) -> ET.ElementTree:
    """JUnit XML for the instructor (CI dashboards): every detail, hidden checks included."""
    suites = ET.Element("testsuites", name=learner)
    for kata in record.katas:
        cases = kata.checks or [CheckResult(name=kata.status, title=kata.title, status="error",
                                            message=kata.message)]
        suite = ET.SubElement(suites, "testsuite", name=kata.id, tests=str(len(cases)),
                              failures=str(sum(c.status == "fail" for c in cases)),
                              errors=str(sum(c.status not in ("pass", "fail") for c in cases)),
                              time=f"{kata.duration_s:.3f}")
        for check in cases:
            case = ET.SubElement(suite, "testcase", classname=f"{learner}.{kata.id}", name=check.name,
                                 time=f"{check.duration_s:.3f}")
            if check.status != "pass":
                tag = "failure" if check.status == "fail" else "error"
                ET.SubElement(case, tag, message=clean(check.title, 300), type=check.status).text = clean(
                    "\n".join(filter(None, (check.message, check.call, check.falsifying_example,
                                            f"reproduce: {check.reproduce}" if check.reproduce else ""))))
    return ET.ElementTree(suites)


def _checks(record: RunRecord) -> list[tuple[KataResult, CheckResult]]:
    return [(kata, check) for kata in record.katas for check in kata.checks]


def write_all(folder: Path, kata_ids: list[str], rows: list[tuple[str, dict, RunRecord]]) -> list[Path]:
    """Every export for the current grades: ``grades.csv`` and ``<learner>/{gradescope,exercism}
    results.json, junit.xml``."""
    folder.mkdir(parents=True, exist_ok=True)
    write_csv(folder / "grades.csv", kata_ids, rows)
    written = [folder / "grades.csv"]
    for learner, _, record in rows:
        mine = folder / learner
        mine.mkdir(exist_ok=True)
        for name, data in (("gradescope_results.json", gradescope(record)),
                           ("exercism_results.json", exercism(record))):
            (mine / name).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            written.append(mine / name)
        junit(learner, record).write(mine / "junit.xml", encoding="utf-8", xml_declaration=True)
        written.append(mine / "junit.xml")
    return written
