"""Hidden checks. The `katas.plugin` pytest plugin (enabled in pyproject.toml) provides the
`attempt` and `reference` fixtures; the grading profile is loaded here explicitly, so a CI
variable can never swap in Hypothesis' own `ci` profile. Shared helpers live in `kit/`."""

from hypothesis import settings

from katas.plugin import PROFILE

settings.load_profile(PROFILE)
