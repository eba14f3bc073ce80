"""Figures of the thirteenth round of issue #12, third pass (the misses of the blind20 study corpus, by mechanism):
an outlet whose name ends in a review word, Belarusian ordinals written with "е", an aside naming the source between a
count and what it counts, a year of the past before today's clause, running totals told as releases of people, live
blogs stamped with times of the day, and a long read that tells its round late.

Each case is a short article of our own, in English, Russian, Belarusian or Ukrainian, with every contract figure a
reader takes from it; a field not given is null (and the page no report). Every batch holds a case that must not move:
the rule's other side.
"""

import pytest

from tests.extract.helpers import expected_figures, figures_of

# A masthead line under the headline names the outlet ("The Minsk Review | World"): a review word
# ending the outlet's name labels nothing; one standing as a field of its own ("| Агляд") still does.
MASTHEAD = [
    pytest.param(
        '2025-09-13', None,
        'Belarus frees 17 political prisoners\n'
        'The Minsk Review | World\n'
        'Lukashenko pardoned 17 people on Thursday, his press service said.\n',
        dict(report=True, date='2025-09-11', pardoned=17), id='a1_en_outlet_review'),
    pytest.param(
        '2025-09-13', None,
        'Лукашенко помиловал 19 человек\n'
        'Гомель-Обзор | Политика\n'
        'В четверг Лукашенко помиловал 19 осужденных по «экстремистским» статьям.\n',
        dict(report=True, date='2025-09-11', pardoned=19), id='a2_ru_outlet_obzor'),
    pytest.param(
        '2025-09-13', None,
        'Лукашенко помилував 21 людину\n'
        'Поліський Огляд | Новини\n'
        'У четвер Лукашенко помилував 21 засудженого, повідомила його пресслужба.\n',
        dict(report=True, date='2025-09-11', pardoned=21), id='a3_uk_outlet_ohliad'),
    pytest.param(
        '2025-09-13', None,
        'Лукашэнка памілаваў 16 чалавек\n'
        'Нашы Навіны | Агляд\n'
        'У чацвер Лукашэнка памілаваў 16 асуджаных.\n',
        dict(), id='a4_be_rubric_ahliad_alone'),
]


# The ninth and tenth in Belarusian written with "е" ("дзевятая", Łacinka "dziesiaty"), not the
# tens ("дзесяткі").
ORDINALS = [
    pytest.param(
        '2025-09-13', None,
        'Лукашэнка памілаваў 15 чалавек\n'
        'У чацвер Лукашэнка памілаваў 15 асуджаных. Гэта дзевятая хваля вызваленняў з лета 2024 года.\n',
        dict(report=True, date='2025-09-11', pardoned=15, ordinal=9), id='b1_be_dzeviataya'),
    pytest.param(
        '2025-09-13', None,
        'Łukašenka pamiłavaŭ 12 čałaviek\n'
        'U čaćvier Łukašenka pamiłavaŭ 12 asudžanych. Heta ŭžo dziesiaty raz z lipienia 2024 hoda, kali jon vyzvalaje palitviaźniaŭ.\n',
        dict(report=True, date='2025-09-11', pardoned=12, ordinal=10), id='b2_be_lacinka_dziesiaty'),
    pytest.param(
        '2025-09-13', None,
        'Дзесятае памілаванне\n'
        'У чацвер на волю выйшлі 14 палітвязняў. Гэта ўжо дзесятае памілаванне з ліпеня мінулага года.\n',
        dict(report=True, date='2025-09-11', pardoned=14, ordinal=10), id='b3_be_dzesiatae'),
    pytest.param(
        '2025-09-13', None,
        'Лукашэнка памілаваў 18 чалавек\n'
        'У чацвер Лукашэнка памілаваў 18 асуджаных. Дзесяткі іншых засталіся за кратамі.\n',
        dict(report=True, date='2025-09-11', pardoned=18), id='b4_be_dzesiatki_no_ordinal'),
]


# An aside naming the source between a count and its trait ("9 человек, по данным пресс-службы,
# страдают хроническими заболеваниями").
ASIDE_TRAITS = [
    pytest.param(
        '2025-09-13', None,
        'Лукашенко помиловал 30 человек\n'
        'В четверг Лукашенко помиловал 30 осужденных. 9 человек, по данным пресс-службы, страдают хроническими заболеваниями.\n',
        dict(report=True, date='2025-09-11', pardoned=30, ill=9), id='c1_ru_ill_aside'),
    pytest.param(
        '2025-09-13', None,
        'Лукашэнка памілаваў 22 чалавекі\n'
        'У чацвер Лукашэнка памілаваў 22 асуджаных. 8 чалавек, паводле прэс-службы, маюць хранічныя хваробы.\n',
        dict(report=True, date='2025-09-11', pardoned=22, ill=8), id='c2_be_ill_aside'),
    pytest.param(
        '2025-09-13', None,
        'Лукашенко помилував 26 людей\n'
        'У четвер Лукашенко помилував 26 засуджених. 10 людей, за даними пресслужби, мають хронічні захворювання.\n',
        dict(report=True, date='2025-09-11', pardoned=26, ill=10), id='c3_uk_ill_aside'),
    pytest.param(
        '2025-09-13', None,
        'Belarus frees 31\n'
        'Lukashenko pardoned 31 people on Thursday. Four people, according to the press service, have disabilities.\n',
        dict(report=True, date='2025-09-11', pardoned=31, disabled=4), id='c4_en_disabled_aside'),
]


# An aside naming the source between the standing count's subject and its verb ("The number of
# political prisoners in Belarus, according to ..., now stands at").
ASIDE_TOTALS = [
    pytest.param(
        '2025-08-14', None,
        'Новые политзаключенные\n'
        'Количество политзаключенных в стране, согласно подсчетам правозащитников из центра «Вясна», сейчас составляет 1 163.\n',
        dict(pp=(1163, 'exact')), id='d1_ru_total_aside'),
    pytest.param(
        '2025-08-14', None,
        "Нові політв'язні\n"
        "Загальна кількість політв'язнів у Білорусі, за даними правозахисного центру «Вясна», на сьогодні становить 1 158 людей.\n",
        dict(pp=(1158, 'exact')), id='d2_uk_total_aside'),
    pytest.param(
        '2025-08-14', None,
        'Новыя палітвязні\n'
        'Агульная колькасць палітвязняў у Беларусі, паводле праваабарончага цэнтра «Вясна», на сёння складае 1 171 чалавек.\n',
        dict(pp=(1171, 'exact')), id='d3_be_total_aside'),
    pytest.param(
        '2025-08-14', None,
        'New names on the list\n'
        'The number of political prisoners in Belarus, according to the latest count of the rights group Viasna, now stands at 1,166.\n',
        dict(pp=(1166, 'exact')), id='d4_en_total_aside'),
]


# A year before the pardons opens the sentence, a "now" opens the figure's clause ("In 2015 ...; today
# Viasna counts about 1,150"); a year alone still dates the figure.
THEN_AND_NOW = [
    pytest.param(
        '2025-10-03', None,
        'Резерв\n'
        'В 2015 году политзаключенных в Беларуси было несколько десятков, а сегодня «Вясна» насчитывает около 1 140.\n',
        dict(pp=(1140, 'about')), id='e1_ru_then_today'),
    pytest.param(
        '2025-10-03', None,
        'Резерв\n'
        "У 2015 році політв'язнів у Білорусі було кілька десятків, зараз правозахисники налічують близько 1 145.\n",
        dict(pp=(1145, 'about')), id='e2_uk_then_now'),
    pytest.param(
        '2025-10-03', None,
        'Рэзерв\n'
        'У 2015 годзе палітвязняў было некалькі дзясяткаў, а цяпер «Вясна» налічвае каля 1 155.\n',
        dict(pp=(1155, 'about')), id='e3_be_then_now'),
    pytest.param(
        '2025-10-03', None,
        'Then\n'
        'In 2021 Viasna counted about 1,150 political prisoners.\n',
        dict(), id='e4_en_year_only'),
]


# A running total told as releases of people ("more than 300 releases of political prisoners"); a
# count of releases alone counts rounds.
RELEASES_OF = [
    pytest.param(
        '2025-06-22', None,
        'Лукашенко помиловал 14 человек\n'
        'В субботу Лукашенко помиловал 14 человек. С июля 2024 года «Вясна» зафиксировала более 320 освобождений политзаключенных.\n',
        dict(report=True, date='2025-06-21', pardoned=14, cum=(320, 'over')), id='f1_ru_releases_of'),
    pytest.param(
        '2025-06-22', None,
        'Лукашенко помилував 15 людей\n'
        "У суботу Лукашенко помилував 15 людей. З липня 2024 року правозахисники нарахували понад 310 звільнень політв'язнів.\n",
        dict(report=True, date='2025-06-21', pardoned=15, cum=(310, 'over')), id='f2_uk_releases_of'),
    pytest.param(
        '2025-06-22', None,
        'Лукашэнка памілаваў 13 чалавек\n'
        'У суботу Лукашэнка памілаваў 13 чалавек. З ліпеня 2024 года «Вясна» зафіксавала больш за 330 вызваленняў палітвязняў.\n',
        dict(report=True, date='2025-06-21', pardoned=13, cum=(330, 'over')), id='f3_be_releases_of'),
    pytest.param(
        '2025-06-22', None,
        'Belarus frees 12\n'
        'Lukashenko pardoned 12 people on Saturday. It was one of 9 releases since July 2024.\n',
        dict(report=True, date='2025-06-21', pardoned=12), id='f4_en_releases_alone'),
]


# Live blogs: entries stamped with times of the day tell the round with no day; the masthead's day (or the
# day of publication) is the round's. Two times inside a report make no live blog.
LIVE_BLOGS = [
    pytest.param(
        '2025-09-12', None,
        'Анлайн: на волю выйшлі 31 палітвязень\n'
        'Нашы Навіны | Анлайн\n'
        '12 верасня 2025, абноўлена ў 20:10\n'
        '\n'
        '20:10\n'
        'На гэтым мы завяршаем трансляцыю.\n'
        '\n'
        '18:45\n'
        'Паводле «Вясны», у краіне застаюцца каля 1 120 палітвязняў.\n'
        '\n'
        '17:30\n'
        'Аўтобусы з вызваленымі перасеклі мяжу з Літвой. Усяго на волю выйшлі 31 чалавек, сярод іх 6 жанчын.\n'
        '\n'
        '15:05\n'
        'Ёсць звесткі, што ноччу з калоній вывезлі групу палітвязняў.\n',
        dict(report=True, date='2025-09-12', pardoned=31, women=6, pp=(1120, 'about')), id='g1_be_live'),
    pytest.param(
        '2025-09-13', None,
        "Наживо: Білорусь звільнила 25 політв'язнів\n"
        'Поліські вісті | Трансляція\n'
        'Оновлено 12 вересня 2025, 21:40\n'
        '\n'
        '21:40\n'
        'Дякуємо, що були з нами.\n'
        '\n'
        '19:20\n'
        'Звільнено 25 людей, серед них 4 жінки. Їх вивезли до Литви.\n'
        '\n'
        '16:00\n'
        "Правозахисники повідомляють про вивезення в'язнів з колоній.\n",
        dict(report=True, date='2025-09-12', pardoned=25, women=4), id='g2_uk_live_next_morning'),
    pytest.param(
        '2025-09-11', None,
        'LIVE: Belarus frees 44 prisoners\n'
        'Eastern Wire | Live\n'
        '\n'
        '21:05\n'
        "That's all from us tonight.\n"
        '\n'
        '19:50\n'
        'The foreign ministry of Lithuania confirmed that 44 people had been released and driven to the border.\n'
        '\n'
        '17:15\n'
        'Buses were seen leaving the colony in Navapolatsk.\n',
        dict(report=True, date='2025-09-11', pardoned=44), id='g3_en_live'),
    pytest.param(
        '2025-09-13', None,
        'Belarus frees 44 prisoners\n'
        'Belarus released 44 political prisoners, officials said. Buses left at 10:30 and crossed the border at 14:00.\n',
        dict(report=True, pardoned=44), id='g4_en_two_times_no_blog'),
]


# A long read tells the round late, its day in the sentence before ("The latest list came on Thursday,
# February 12. ... 27 people had been pardoned"); an old day there is a story's, not a round's.
FEATURES = [
    pytest.param(
        '2026-02-14', None,
        'Комната ожидания\n'
        'Журнал «Вечер» | Большой текст\n'
        '\n'
        'Галина каждый вечер перечитывает письма сына. Его арестовали в 2021 году и приговорили к шести годам. Она держит телефон на столе экраном вверх. «Ты учишься читать список очень быстро», — говорит она.\n'
        '\n'
        'Письма приходят с опозданием. Некоторые не доходят вовсе. Адвокаты, которые говорили открыто, лишились лицензий. Семьи учатся жить от списка до списка.\n'
        '\n'
        'Соседи приносят ей новости. Иногда она сама звонит адвокату, но тот отвечает редко.\n'
        '\n'
        'С июля 2024 года Лукашенко выпускает заключенных партиями. Правозащитники насчитывают около 1 150 политзаключенных.\n'
        '\n'
        'Последний список появился в четверг, 12 февраля. Пресс-служба сообщила, что помилованы 23 человека. Среди них 6 женщин.\n'
        '\n'
        'Сына Галины в списке не было.\n',
        dict(report=True, date='2026-02-12', pardoned=23, women=6, pp=(1150, 'about')), id='h1_ru_feature'),
    pytest.param(
        '2026-02-14', None,
        'Кімната очікування\n'
        'Журнал «Вечір» | Лонгрід\n'
        '\n'
        'Галина щовечора перечитує листи сина. Його заарештували у 2021 році й засудили до шести років. Вона тримає телефон на столі екраном догори. «Ти вчишся читати список дуже швидко», — каже вона.\n'
        '\n'
        'Листи приходять із запізненням. Деякі не доходять зовсім. Адвокати, які говорили відкрито, втратили ліцензії. Родини вчаться жити від списку до списку.\n'
        '\n'
        'Сусіди приносять їй новини. Іноді вона сама телефонує адвокатові, але той відповідає рідко.\n'
        '\n'
        "З липня 2024 року Лукашенко випускає в'язнів партіями. Правозахисники налічують близько 1 150 політв'язнів.\n"
        '\n'
        "Останній список з'явився у четвер, 12 лютого. Пресслужба повідомила, що помилувано 19 людей. Серед них 5 жінок.\n"
        '\n'
        'Сина Галини у списку не було.\n',
        dict(report=True, date='2026-02-12', pardoned=19, women=5, pp=(1150, 'about')), id='h2_uk_feature'),
    pytest.param(
        '2026-02-14', None,
        'Пакой чакання\n'
        'Часопіс «Вечар» | Вялікі тэкст\n'
        '\n'
        'Галіна кожны вечар перачытвае лісты сына. Яго арыштавалі ў 2021 годзе і асудзілі на шэсць гадоў. Яна трымае тэлефон на стале экранам уверх. «Ты вучышся чытаць спіс вельмі хутка», — кажа яна.\n'
        '\n'
        "Лісты прыходзяць са спазненнем. Некаторыя не даходзяць зусім. Адвакаты, якія гаварылі адкрыта, страцілі ліцэнзіі. Сем'і вучацца жыць ад спісу да спісу.\n"
        '\n'
        'Суседзі прыносяць ёй навіны. Часам яна сама тэлефануе адвакату, але той адказвае рэдка.\n'
        '\n'
        'З ліпеня 2024 года Лукашэнка выпускае зняволеных партыямі. Праваабаронцы налічваюць каля 1 150 палітвязняў.\n'
        '\n'
        "Апошні спіс з'явіўся ў чацвер, 12 лютага. Прэс-служба паведаміла, што памілаваны 21 чалавек. Сярод іх 3 жанчыны.\n"
        '\n'
        'Сына Галіны ў спісе не было.\n',
        dict(report=True, date='2026-02-12', pardoned=21, women=3, pp=(1150, 'about')), id='h3_be_feature'),
    pytest.param(
        '2026-02-14', None,
        'The waiting room\n'
        'Eastern Ledger | Long read\n'
        '\n'
        'Halina rereads her son\'s letters every evening. He was arrested in 2021 and sentenced to six years. She keeps her phone on the table, screen up. "You learn to read a list very quickly," she says.\n'
        '\n'
        'Letters arrive late. Some never arrive at all. Lawyers who spoke openly have lost their licences. Families learn to live from one list to the next.\n'
        '\n'
        'Neighbours bring her the news. Sometimes she calls the lawyer, who rarely answers.\n'
        '\n'
        'The first list came on Wednesday, July 3, 2024. The press service said 18 people had been pardoned.\n'
        '\n'
        'Her son was not on it.\n',
        dict(), id='h4_en_feature_old_day'),
]


@pytest.mark.parametrize(("published", "lang", "text", "given"),
                         MASTHEAD + ORDINALS + ASIDE_TRAITS + ASIDE_TOTALS + THEN_AND_NOW + RELEASES_OF + LIVE_BLOGS
                         + FEATURES)
def test_articles_of_the_third_pass(published, lang, text, given):
    assert figures_of(published, lang, text) == expected_figures(given)
