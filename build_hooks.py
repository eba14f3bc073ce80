"""The build backend's one extra step: wheels carry the seeds and the compiled catalogs.

setuptools runs `BuildPy` (see `[tool.setuptools.cmdclass]` in pyproject.toml) when it builds a
wheel, from a checkout or from the sdist. The top-level `seeds/` and `locale/` folders stay where
they are; the wheel gets copies under `bot/_data/`, where `bot/resources.py` finds them. Each `.po`
catalog is compiled to `.mo` here with Babel, so an installed bot never needs `make catalogs`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA = Path("bot") / "_data"


def compile_catalog(po: Path, mo: Path, language: str) -> None:
    """Compile one `.po` catalog to `.mo`; a catalog that Babel cannot read fails the build."""
    with po.open("rb") as source:
        catalog = read_po(source, locale=language)
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as target:
        write_mo(target, catalog)


def write_package_data(target: Path) -> None:
    """Copy the seeds and compile every catalog into `target` (the wheel's `bot/_data`)."""
    seeds = target / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "seeds").iterdir()):
        if path.is_file():
            shutil.copyfile(path, seeds / path.name)
    for po in sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po")):
        language = po.parent.parent.name
        compile_catalog(po, target / "locale" / language / "LC_MESSAGES" / po.with_suffix(".mo").name, language)


class BuildPy(build_py):
    """setuptools' build_py, then the package data that lives outside the `bot` folder."""

    def run(self) -> None:
        super().run()
        # An editable install reads seeds/ and locale/ from the checkout itself (bot/resources.py).
        if not self.editable_mode:
            write_package_data(Path(self.build_lib) / DATA)
