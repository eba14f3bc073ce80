import json

import pytest

from bot.extract.cli import main


def _write(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_prints_contract_json(tmp_path, capsys):
    path = _write(tmp_path, "Лукашенко в субботу помиловал 23 политзаключённых.")
    assert main(["--published", "2025-01-20", path]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["pardoned"] == 23 and out["event_date"] == "2025-01-18" and out["lang"] == "ru"


def test_output_keeps_cyrillic_unescaped(tmp_path, capsys):
    main([_write(tmp_path, "Лукашэнка памілаваў 23 палітвязні. Марыя Калеснікава застаецца за кратамі.")])
    assert "Калеснікава" in capsys.readouterr().out


def test_lang_option_overrides_detection(tmp_path, capsys):
    main(["--lang", "be", _write(tmp_path, "Lukashenko pardoned 23 people.")])
    assert json.loads(capsys.readouterr().out)["lang"] == "be"


def test_missing_file_exits_2(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_bad_date_exits_2(tmp_path, capsys):
    assert main(["--published", "20-01-2025", _write(tmp_path, "text")]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_bad_arguments_exit_2(capsys):
    assert main(["--lang", "de", "file.txt"]) == 2


@pytest.mark.parametrize("argv", [["--help"]])
def test_help_exits_cleanly(argv, capsys):
    assert main(argv) == 0
