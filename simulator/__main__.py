"""`python -m simulator` is the same as the `juwelier` command."""

import sys

from simulator.cli import main

sys.exit(main())
