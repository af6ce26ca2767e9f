"""katas: auto-graded coding katas for machine-learning interview preparation."""

__version__ = "0.1.0"
