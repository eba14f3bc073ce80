from bot.extract.chrome import clean_lines, normalize
from bot.extract.text import quote_spans, split_sentences

BODY = ("The authorities in Minsk freed a group of prisoners on Monday after a long wait for families. "
        "Relatives met them outside the colony gates and thanked the volunteers who helped them. ") * 3


def test_drops_subscribe_and_also_read_lines():
    lines = clean_lines(f"Subscribe\n{BODY}\nAlso Read | Unrelated story about 1,000 soldiers\nAdvertisement\n")
    assert lines == [BODY.strip()]


def test_cuts_everything_after_a_closing_heading():
    for heading in ("Latest Stories", "Recent News", "Последние новости", "Апошнія навіны", "Останні новини"):
        lines = clean_lines(f"{BODY}\n{heading}\nOther story with 45 people freed.")
        assert lines == [BODY.strip()], heading


def test_a_read_also_block_in_the_middle_drops_its_links_and_keeps_the_story():
    page = (f"{BODY}\nЧитайте также\n«Вернули обратно в колонию». Что известно о Статкевиче спустя пять дней\n"
            "«Вясна»: в августе политзаключенными признали 64 человека\n"
            "По данным правозащитного центра «Вясна», сейчас в Беларуси 1 158 политзаключенных.")
    assert clean_lines(page) == [BODY.strip(), "По данным правозащитного центра «Вясна», сейчас в Беларуси 1 158 политзаключенных."]


def test_closing_heading_at_the_top_does_not_erase_the_article():
    assert clean_lines(f"Read more\n{BODY}")[-1] == BODY.strip()


def test_drops_photo_captions_and_cookie_banners():
    caption = "Protesters gather in the square on May 21, 2023. (Jan Kowalski/NurPhoto via Getty Images)"
    cookie = "We use cookies and similar technologies to enhance your browsing experience on this website."
    assert clean_lines(f"{caption}\n{BODY}\n{cookie}") == [BODY.strip()]


def test_drops_a_site_header_date_line():
    assert clean_lines(f"Radio News Friday, November 21, 2025\n{BODY}") == [BODY.strip()]


def test_normalize_removes_invisible_marks_and_accents():
    assert normalize("поли\u0301т\u200bзаключённые\u00a01") == "политзаключённые 1"


def test_sentences_do_not_split_after_abbreviations():
    sents = split_sentences("He was freed on Jan. 18 by Mr. Smith. Then he left.")
    assert [s.text for s in sents] == ["He was freed on Jan. 18 by Mr. Smith.", "Then he left."]


def test_quote_spans_cover_speech_across_sentences():
    line = 'He said: "We freed thirty people today. We will free more soon," and left.'
    sents = split_sentences(line)
    assert sents[0].is_quoted(sents[0].text.index("thirty"))
    assert sents[1].is_quoted(sents[1].text.index("more"))
    assert not sents[1].is_quoted(sents[1].text.index("left"))


def test_short_quoted_term_is_not_speech():
    assert quote_spans("по данным «Вясны» и «Весны»") == []


def test_title_with_a_year_is_not_taken_for_a_site_header():
    title = "Belarus pardons 23 more, eighth round since July 2024"
    assert clean_lines(f"{title}\n{BODY}")[0] == title


def test_numeric_header_date_is_dropped():
    assert clean_lines(f"Новости, 21.01.2025, 14:05\n{BODY}") == [BODY.strip()]
