"""A short lead-in ending in a colon that tells no state itself ("Вот их имена:", "Viasna named them:", "Спіс:") heads a
list that is the group the sentence before tells: freed after a round, held after "remain behind bars", neither after
a sentence that tells no state."""

import pytest

from bot.extract.extractor import extract_report

ITEMS = {
    "ru": "— Игорь Карней, журналист, 55 лет\n— Лариса Щиракова, журналистка из Гомеля\n— Ксения Луцкина, журналистка\n",
    "en": "— Ihar Karnei, journalist, 55\n— Larysa Shchyrakova, journalist from Homel\n— Ksenia Lutskina, journalist\n",
    "be": "— Ігар Карней, журналіст, 55 гадоў\n— Ларыса Шчыракова, журналістка з Гомеля\n— Ксенія Луцкіна, журналістка\n",
    "uk": "— Ігор Карней, журналіст, 55 років\n— Лариса Щиракова, журналістка з Гомеля\n— Ксенія Луцкіна, журналістка\n",
}
BEFORE = {
    "released": {"ru": "В пятницу Лукашенко помиловал 16 политзаключенных.",
                 "en": "On Friday Lukashenko pardoned 16 political prisoners.",
                 "be": "У пятніцу Лукашэнка памілаваў 16 палітвязняў.",
                 "uk": "У п'ятницю Лукашенко помилував 16 політв'язнів."},
    "still_held": {"ru": "Многие известные политзаключенные по-прежнему остаются за решеткой.",
                   "en": "Many well-known political prisoners remain behind bars.",
                   "be": "Многія вядомыя палітвязні па-ранейшаму застаюцца за кратамі.",
                   "uk": "Багато відомих політв'язнів досі залишаються за ґратами."},
    "other": {"ru": "Журналисты в Беларуси работают под давлением.",
              "en": "Journalists in Belarus work under pressure.",
              "be": "Журналісты ў Беларусі працуюць пад ціскам.",
              "uk": "Журналісти в Білорусі працюють під тиском."},
}
LEAD_INS = [("ru", "Вот их имена:"), ("ru", "Правозащитники установили личности:"), ("ru", "Список:"),
            ("en", "Here are their names:"), ("en", "Viasna named them:"), ("en", "Rights groups identified five:"),
            ("be", "Вось іх імёны:"), ("be", "«Вясна» назвала імёны:"), ("be", "Вось хто гэта:"),
            ("uk", "Ось їхні імена:"), ("uk", "Вдалося встановити:"), ("uk", "Ось хто це:")]


@pytest.mark.parametrize("state", ["released", "still_held", "other"])
@pytest.mark.parametrize("lang, lead_in", LEAD_INS)
def test_a_bare_lead_in_gives_its_list_the_state_of_the_sentence_before(lang, lead_in, state):
    report = extract_report(f"{BEFORE[state][lang]}\n\n{lead_in}\n{ITEMS[lang]}")
    assert [p.role for p in report.names] == [state] * 3


def test_a_lead_in_that_names_someone_is_no_bare_lead_in():
    text = ("On Friday Lukashenko pardoned 16 political prisoners.\n\n"
            "Ihar Losik's wife Darya said:\n"
            "— Ihar Karnei, journalist, 55\n")
    roles = {p.name: p.role for p in extract_report(text).names}
    assert roles.get("Ihar Losik") != "released"


BULLETED = ("Seventeen people were freed on Friday, Viasna said. Many well-known prisoners were not among them.\n\n"
            "Still imprisoned:\n\n"
            "• Maksim Znak, a lawyer of Viktar Babaryka's campaign, sentenced to ten years in 2021 together with a "
            "colleague\n"
            "• Mikalai Statkevich, a veteran opposition politician and former presidential candidate who was held "
            "incommunicado for months\n"
            "• Ihar Karnei, journalist\n")


def test_long_bulleted_items_under_a_colon_stay_in_the_list():
    # The page's cleaning drops the bullets; the items are long, and each opens with its person.
    roles = {p.name: p.role for p in extract_report(BULLETED).names}
    assert roles.get("Mikalai Statkevich") == "still_held" and roles.get("Ihar Karnei") == "still_held"


def test_a_second_person_inside_an_item_is_only_mentioned():
    roles = {p.name: p.role for p in extract_report(BULLETED).names}
    assert roles.get("Maksim Znak") == "still_held" and roles.get("Viktar Babaryka") in (None, "other")
