"""`python -m eventx`: the same as the `eventx` command."""

import sys

from eventx.cli import main

sys.exit(main())
