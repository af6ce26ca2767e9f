"""``python -m katas.audit``: see ``katas.audit.cli``."""

import sys

from katas.audit.cli import main

sys.exit(main())
