import pytest

from bot.extract.language import detect_language


@pytest.mark.parametrize("text,lang", [
    ("The authorities freed a group of prisoners on Monday.", "en"),
    ("Власти в понедельник освободили группу заключённых, и это уже не первый раз.", "ru"),
    ("Улады ў панядзелак вызвалілі групу зняволеных, і гэта ўжо не першы раз.", "be"),
])
def test_detects_each_language(text, lang):
    assert detect_language(text) == lang


def test_empty_text_is_english():
    assert detect_language("") == "en"
