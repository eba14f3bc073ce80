"""Where the bot's data files are: the seeds and the translation catalogs.

A wheel carries them as package data under `bot/_data/` (written by `build_hooks.py`); a source
checkout or an editable install keeps them at the top of the project (`seeds/`, `locale/`). This is
the one place that knows both, so the code never looks for its data in the current directory.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGED_DATA = "_data"


def data_dir(name: str) -> Path:
    """The folder `name` ("seeds" or "locale") inside the installed package, else in the checkout."""
    package = Path(str(resources.files("bot")))
    packaged = package / PACKAGED_DATA / name
    return packaged if packaged.is_dir() else package.parent / name


def seeds_dir() -> Path:
    """The seed facts, the demo feed and the default feed list."""
    return data_dir("seeds")


def locale_dir() -> Path:
    """The gettext catalogs, one folder per language (`be/LC_MESSAGES/pardonwatch.mo`)."""
    return data_dir("locale")
