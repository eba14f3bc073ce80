"""No gettext call inside an f-string: `pybabel extract` does not see into f-strings, so such a
message never reaches the catalogs and stays English in every language ("(page 1 of 1)")."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GETTEXT_NAMES = {"_", "N_", "gettext", "ngettext"}


def _is_gettext(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in GETTEXT_NAMES
    return isinstance(func, ast.Attribute) and func.attr in GETTEXT_NAMES


def gettext_calls_in_fstrings(source: str, filename: str) -> list[str]:
    """`file:line` of each gettext call written inside an f-string."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_gettext(inner):
                    found.append(f"{filename}:{inner.lineno}")
    return found


def test_the_check_finds_the_page_line_of_rounds_as_it_was_written():
    line = "reply.add(f\" ({_('page {page} of {pages}').format(page=page, pages=pages)})\")\n"
    assert gettext_calls_in_fstrings(line, "handlers/rounds.py") == ["handlers/rounds.py:1"]


def test_the_check_finds_a_translator_method_inside_an_f_string():
    assert gettext_calls_in_fstrings('x = f"{i18n.gettext(\'Date: \')}{d}"\n', "a.py") == ["a.py:1"]


def test_no_message_of_the_bot_is_translated_inside_an_f_string():
    found = []
    for folder in ("bot", "handlers"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found += gettext_calls_in_fstrings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []
