"""`python -m bot.extract` runs the extractor's command line."""

import sys

from bot.extract.cli import main

sys.exit(main())
