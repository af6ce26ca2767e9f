"""The instructor's commands behind `katas handout`, `katas grade` and `katas report`."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from katas.catalog import Catalog, CatalogError
from katas.cohort.assignment import load_assignment


def add_parsers(sub: argparse._SubParsersAction) -> None:
    handout = sub.add_parser("handout", help="an assignment's folder for learners (stubs, public checks)")
    handout.add_argument("assignment", help="assignment TOML file")
    handout.add_argument("--out", required=True, help="new folder to write")

    grade = sub.add_parser("grade", help="grade a cohort's submissions into a gradebook")
    grade.add_argument("assignment", help="assignment TOML file")
    grade.add_argument("submissions", help="folder of learner folders and/or zip files")
    grade.add_argument("--gradebook", default=None,
                       help="SQLite gradebook (default: <assignment>.gradebook.sqlite beside the assignment)")
    grade.add_argument("--out", default=None, help="exports folder (default: <gradebook>-results)")
    grade.add_argument("--workers", type=int, default=None, help="parallel graders (default: all cores)")
    grade.add_argument("--force", action="store_true", help="re-grade unchanged submissions too")
    grade.add_argument("--no-reuse", action="store_true",
                       help="run every kata file, even one byte-identical to a file already graded")
    grade.add_argument("--feedback", action="store_true", help="write per-learner Markdown feedback")

    report = sub.add_parser("report", help="static HTML cohort report from a gradebook")
    report.add_argument("gradebook")
    report.add_argument("--out", default="report.html")


def handout(args: argparse.Namespace, catalog: Catalog, console: Console) -> int:
    from katas.cohort.handout import build_handout

    assignment = load_assignment(Path(args.assignment), catalog)
    files = build_handout(assignment, Path(args.out))
    console.print(f"handout for {assignment.title!r}: {len(files)} files in {args.out}")
    return 0


def grade(args: argparse.Namespace, catalog: Catalog, console: Console) -> int:
    from katas.cohort import exports
    from katas.cohort.feedback import write_feedback
    from katas.cohort.grade import grade_cohort
    from katas.cohort.gradebook import Gradebook

    assignment = load_assignment(Path(args.assignment), catalog)
    submissions = Path(args.submissions)
    if not submissions.is_dir():
        raise CatalogError(f"no folder {submissions}")
    book_path = Path(args.gradebook) if args.gradebook else \
        assignment.source.with_name(assignment.source.stem + ".gradebook.sqlite")
    summary = grade_cohort(assignment, submissions, book_path, workers=args.workers, force=args.force,
                           reuse=not args.no_reuse, console=console)
    book = Gradebook(book_path)
    current = book.current()
    book.close()
    out = Path(args.out) if args.out else book_path.with_name(book_path.stem + "-results")
    exports.write_all(out, [k.id for k in assignment.katas], current)
    if args.feedback:
        write_feedback(out / "feedback", assignment.title, assignment.due,
                       [(learner, record) for learner, _, record in current])
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(summary.statuses.items())) or "nothing new"
    console.print(f"{summary.graded} graded ({statuses}), {summary.unchanged} unchanged; "
                  f"kata verdicts: {summary.kata_runs} run, {summary.kata_reused} reused (identical files)")
    console.print(f"gradebook {book_path}; exports in {out}")
    return 0


def report(args: argparse.Namespace, catalog: Catalog, console: Console) -> int:
    from katas.cohort.report import write_report

    gradebook = Path(args.gradebook)
    if not gradebook.is_file():
        raise CatalogError(f"no gradebook {gradebook}")
    console.print(f"report: {write_report(gradebook, Path(args.out))}")
    return 0
