"""The command line imports only the module of the command it runs: every command must be listed."""

import argparse

import pytest

from bot.cli import COMMAND_MODULES, build_parser, command_of


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_command_is_listed_with_the_module_that_registers_it():
    listed = {command for commands in COMMAND_MODULES.values() for command in commands}
    assert _commands(build_parser()) == listed
    for commands in COMMAND_MODULES.values():
        assert _commands(build_parser(commands[0])) == set(commands)


@pytest.mark.parametrize(("argv", "command"), [
    (["prisoners", "search", "Бяляцкі"], "prisoners"), (["--db", "x.sqlite3", "ask", "/total"], "ask"),
    (["-vv", "poll", "--once"], "poll"), (["--help"], None), ([], None), (["--db"], None),
])
def test_the_command_is_found_before_the_full_parser_is_built(argv, command):
    assert command_of(argv) == command
