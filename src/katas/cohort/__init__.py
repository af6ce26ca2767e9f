"""Cohort grading for bootcamps: an assignment (TOML) becomes a handout; a folder of learners'
submissions is graded in parallel into a SQLite gradebook; exports, feedback and the HTML report
are projections of the run records stored there. See docs/cohort.md."""
