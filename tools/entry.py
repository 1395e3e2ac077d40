"""Entry point of the frozen build: the same as `python -m simulator`."""

import sys

from simulator.cli import main

sys.exit(main())
