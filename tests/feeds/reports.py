"""Reports of one pardon round in three languages, written for these tests (not real articles)."""

from __future__ import annotations

import datetime as dt

PUBLISHED = dt.datetime(2025, 3, 12, 15, 0, tzinfo=dt.UTC)

EN = ("Belarusian leader Alexander Lukashenko pardoned 17 people convicted of protest-related offences on "
      "12 March 2025, his press service said. Among those freed were 5 women and 12 men, and 6 of them are "
      "chronically ill. It is the ninth such round since July 2024. The human rights centre Viasna says more "
      "than 1,200 political prisoners remain behind bars. Rights groups welcomed the releases but said that "
      "new arrests continue every week. Exiled opposition figures called on the authorities to free everyone "
      "held for political reasons.")
RU = ("Александр Лукашенко 12 марта 2025 года помиловал 17 человек, осуждённых по «протестным» статьям, "
      "сообщила его пресс-служба. Среди освобождённых 5 женщин и 12 мужчин, 6 из них страдают хроническими "
      "заболеваниями. Это девятый раунд помилований с июля 2024 года. По данным правозащитного центра «Вясна», "
      "за решёткой остаются более 1200 политзаключённых. Правозащитники приветствовали освобождение, но "
      "отметили, что новые аресты продолжаются каждую неделю. Представители демократических сил призвали "
      "власти освободить всех, кого удерживают по политическим мотивам.")
BE = ("Аляксандр Лукашэнка 12 сакавіка 2025 года памілаваў 17 чалавек, асуджаных па «пратэстных» артыкулах, "
      "паведаміла яго прэс-служба. Сярод вызваленых 5 жанчын і 12 мужчын, 6 з іх маюць хранічныя захворванні. "
      "Гэта дзявяты раўнд памілаванняў з ліпеня 2024 года. Паводле праваабарончага цэнтра «Вясна», за кратамі "
      "застаюцца больш за 1200 палітвязняў. Праваабаронцы павіталі вызваленне, але адзначылі, што новыя арышты "
      "працягваюцца кожны тыдзень. Прадстаўнікі дэмакратычных сіл заклікалі ўлады вызваліць усіх, каго "
      "ўтрымліваюць па палітычных матывах.")

TITLES = {"en": "Lukashenko pardons 17 in ninth round", "ru": "Лукашенко помиловал 17 человек",
          "be": "Лукашэнка памілаваў 17 чалавек"}
TEXTS = {"en": EN, "ru": RU, "be": BE}

# An item that has nothing to do with political prisoners: it must be dropped before any page is read.
UNRELATED = {"guid": "weather-1", "title": "Snow expected in Minsk this weekend",
             "summary": "Forecasters expect up to 10 cm of snow in Minsk on Saturday.",
             "link": "https://outlet.example/weather", "published": PUBLISHED}


def report_items(prefix: str = "outlet-a", link_base: str | None = "https://outlet.example/news") -> list[dict]:
    """One full-text item per language (long enough that no article page is fetched)."""
    return [{"guid": f"{prefix}-{lang}", "title": TITLES[lang], "summary": TEXTS[lang][:150],
             "content": TEXTS[lang], "link": f"{link_base}/{lang}-17?utm_source=rss" if link_base else None,
             "published": PUBLISHED + dt.timedelta(minutes=i)}
            for i, lang in enumerate(("en", "ru", "be"))]
