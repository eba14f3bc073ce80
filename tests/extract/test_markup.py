"""An article copied with its markup (HTML, entities, Markdown) or hard-wrapped reads as its plain form."""

import datetime as dt
import textwrap

from bot.extract.extractor import extract_report
from bot.extract.markup import plain_text, unwrap
from bot.extract.model import report_to_json

PUBLISHED = dt.date(2025, 1, 18)

ENGLISH = (
    "Belarus frees 23 political prisoners before the vote\n"
    "\n"
    "MINSK, Jan 18 - Belarusian leader Alexander Lukashenko on Saturday pardoned 23 people convicted of "
    "extremism, among them nine women and two people with disabilities, his press service said in a statement "
    "posted on Telegram.\n"
    "\n"
    "Among those released was the journalist Ihar Ilyash, whose wife had campaigned for his freedom for more "
    "than two years, the Viasna human rights centre said.\n"
    "\n"
    "Viasna says about 1,240 political prisoners remain behind bars in Belarus, including the Nobel laureate "
    "Ales Bialiatski, who is serving a ten-year sentence.\n"
)

RUSSIAN = (
    "Лукашенко помиловал еще 23 человека\n"
    "\n"
    "В субботу Александр Лукашенко помиловал 23 человека, осужденных за «экстремизм», среди них девять "
    "женщин. Об этом сообщила пресс-служба главы государства в своем телеграм-канале.\n"
    "\n"
    "По данным правозащитного центра «Вясна», в Беларуси за решеткой остаются около 1240 политзаключенных, "
    "среди них Мария Колесникова, которой назначили 11 лет колонии.\n"
)


def _facts(text: str) -> dict:
    report = report_to_json(extract_report(text, published=PUBLISHED))
    return {key: (value.get("value") if isinstance(value, dict) else value) for key, value in report.items()
            if key not in ("evidence", "confidence", "language")}


def test_plain_paragraphs_pass_through_unchanged():
    assert plain_text(ENGLISH) == ENGLISH
    assert plain_text(RUSSIAN) == RUSSIAN


def test_an_article_wrapped_at_72_columns_gives_the_facts_of_its_paragraphs():
    wrapped = "\n".join(textwrap.fill(line, 72) if line else "" for line in ENGLISH.split("\n"))
    assert wrapped.count("\n") > ENGLISH.count("\n") + 4
    assert _facts(wrapped) == _facts(ENGLISH)
    assert _facts(wrapped)["pardoned"] == 23


def test_a_wrapped_article_without_blank_lines_keeps_its_headline_apart_from_the_lead():
    paragraphs = [line for line in RUSSIAN.split("\n") if line]
    wrapped = "\n".join(textwrap.fill(line, 64) for line in paragraphs)
    unwrapped = unwrap(wrapped)
    assert unwrapped.split("\n")[0] == "Лукашенко помиловал еще 23 человека"
    assert unwrapped.split("\n")[1].startswith("В субботу Александр Лукашенко помиловал 23 человека, осужденных")
    assert _facts(wrapped)["women"] == 9


def test_an_html_page_reads_as_its_paragraphs_with_its_link_list_and_caption_dropped():
    page = ("<h1>Belarus frees 23 political prisoners</h1><p>MINSK &ndash; Belarusian leader Alexander Lukashenko on "
            "Saturday pardoned 23&nbsp;people convicted of extremism, among them nine women.</p><figure>"
            "<img src='court.jpg'><figcaption>Ales Bialiatski in court in 2023. Photo: AP</figcaption></figure>"
            "<p>Among those released was the journalist Ihar&nbsp;Ilyash.</p><p>Read also:</p><ul><li>"
            "<a href='/news/30'>Lukashenko pardons 30 more prisoners</a></li></ul>"
            "<p>Viasna counts about 1,240 political prisoners.</p>")
    facts = _facts(page)
    assert (facts["pardoned"], facts["women"], facts["political_prisoners"]) == (23, 9, 1240)
    assert facts["event_date"] == "2025-01-18"
    assert facts["named_released"] == ["Ihar Ilyash"]


def test_a_name_in_a_linked_headline_of_an_html_page_is_not_taken_as_freed():
    page = ("<p>В субботу Александр Лукашенко помиловал 23&nbsp;человека, осужденных за &laquo;экстремизм&raquo;, "
            "среди них девять женщин.</p><p>Читайте также:</p><ul><li><a href='/x'>Лукашенко помиловал еще 30 "
            "человек, среди них Игорь Лосик</a></li></ul><p>По данным &laquo;Вясны&raquo;, за решеткой остаются "
            "около 1240 политзаключенных, среди них Мария&nbsp;Колесникова.</p>")
    facts = _facts(page)
    assert facts["named_released"] == []
    assert facts["named_still_held"] == ["Мария Колесникова"]


def test_a_lacinka_article_with_html_entities_keeps_its_names():
    lacinka = ("Łukašenka pamiłavaŭ jašče 23&nbsp;čałavieki\n\nU subotu Alaksandr Łukašenka pamiłavaŭ 23&nbsp;čałavieki, "
               "asudžanych za &laquo;ekstremizm&raquo;, siarod ich dzieviać žančyn. Siarod vyzvalenych&nbsp;&mdash; "
               "žurnalist Ihar&nbsp;Losik. Pra heta paviedamiła jahonaja pres-słužba.\n")
    facts = _facts(lacinka)
    assert (facts["pardoned"], facts["women"]) == (23, 9)
    assert facts["named_released"] == ["Ihar Losik"]


def test_markdown_emphasis_around_names_and_heading_marks_are_dropped():
    markdown = ("## Беларусь освободила 52 человека\n\nВ четверг Беларусь освободила 52 человека, сообщила "
                "[«Вясна»](https://spring96.org/ru).\n\n**Николай Статкевич** отказался уезжать и остался за решеткой. "
                "Среди освобожденных — **Игорь Лосик** и __Николай Дедок__.\n")
    facts = _facts(markdown)
    assert facts["pardoned"] == 52
    assert facts["named_released"] == ["Игорь Лосик", "Николай Дедок"]
    assert facts["named_still_held"] == ["Николай Статкевич"]


def test_a_compound_split_at_its_hyphen_by_the_wrap_is_one_word_again():
    paragraph = ("The Vilnius-based Belarusian Association of Journalists said the freed reporters included a "
                 "long-serving correspondent of a well-known regional newspaper who had spent three years in a "
                 "high-security penal colony in the east of the country.")
    wrapped = "\n".join(textwrap.wrap(paragraph, 30) + [""] + textwrap.wrap(paragraph, 30))
    assert any(line.endswith("-") for line in wrapped.split("\n"))
    assert unwrap(wrapped).split("\n") == [paragraph, "", paragraph]
