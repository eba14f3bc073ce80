"""Command parsing: prefixes, @bot addressing, arguments cleaned and bounded."""

from bot.commands import MAX_ARGS_LENGTH, parse_command


def test_a_command_with_arguments():
    parsed = parse_command("/prisoner  Ціханоўскі ")
    assert (parsed.name, parsed.args) == ("prisoner", "Ціханоўскі")


def test_a_command_addressed_to_this_bot_or_another():
    assert parse_command("/latest@PardonWatchBot", bot_username="pardonwatchbot").name == "latest"
    assert parse_command("/latest@OtherBot", bot_username="PardonWatchBot") is None


def test_plain_text_is_not_a_command():
    assert parse_command("hello /latest") is None
    assert parse_command("") is None


def test_matrix_prefix():
    assert parse_command("!lang be", ("!",)).args == "be"
    assert parse_command("/lang be", ("!",)) is None


def test_zero_width_and_control_characters_are_removed_from_arguments():
    assert parse_command("/prisoner Бяля\u200bцкі\x00").args == "Бяляцкі"


def test_overlong_arguments_are_flagged():
    assert parse_command("/prisoner " + "a" * (MAX_ARGS_LENGTH + 1)).too_long


def test_a_malformed_command_name_is_an_unknown_command():
    assert parse_command("/!!!").name == ""
