import pytest

from bot.extract.relevance import is_relevant


@pytest.mark.parametrize("title,summary", [
    ("Belarus frees 20 political prisoners", ""),
    ("Lukashenko pardons another group", "The prisoners were released on Monday."),
    ("Лукашенко помиловал ещё 30 политзаключённых", ""),
    ("Лукашэнка памілаваў яшчэ 30 палітвязняў", ""),
    ("Лукашенко помилував ще 18 засуджених", "Серед звільнених — політв’язні."),
    ("Łukašenka pamiłavaŭ jašče 18 asudžanych", "Siarod vyzvalenych — palitviaźni."),
])
def test_relevant_items(title, summary):
    assert is_relevant(title, summary)


@pytest.mark.parametrize("title,summary", [
    ("Belarus beat Norway in hockey", "A late goal decided the match in Minsk."),
    ("Russia frees 20 prisoners", "An exchange took place in Turkey."),
    ("", ""),
])
def test_unrelated_items(title, summary):
    assert not is_relevant(title, summary)
