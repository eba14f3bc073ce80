"""Figures of the eleventh round of issue #12: whether a page reports a round at all, and the round's own figures,
by the classes of the figure misses of `blind6`, `blind11` and `blind12`.

The sentences are our own, in English, Russian, Belarusian (incl. Łacinka) and Ukrainian; each test fails on the
extractor before this round.
"""

import pytest

from tests.extract.helpers import run

# A release of 2011–2015 is no round of the series: no report, and no size, day or make-up of "this round".


@pytest.mark.parametrize(("text", "published"), [
    ("Belarus frees six opposition figures\nOn Saturday Lukashenko pardoned six political prisoners, among them a "
     "former presidential candidate.\n", "2015-08-24"),
    ("Лукашенко помиловал шестерых политзаключённых\nВ субботу президент Беларуси помиловал шесть политзаключённых, "
     "среди них бывший кандидат в президенты.\n", "2015-08-24"),
    ("Лукашэнка памілаваў шасцёх палітвязняў\nУ суботу Лукашэнка памілаваў шэсць палітвязняў, сярод іх былы "
     "кандыдат у прэзідэнты.\n", "2015-08-24"),
    ("Лукашенко помилував шістьох політв'язнів\nУ суботу Лукашенко помилував шість політв'язнів, серед них "
     "колишній кандидат у президенти.\n", "2015-08-24"),
])
def test_a_release_before_the_series_began_has_no_round_figures(text, published):
    report = run(text, published)
    assert (report.is_pardon_report, report.pardoned, report.event_date) == (False, None, None)


# A speaker reminding of a round he made is the background of his speech, not its news.


@pytest.mark.parametrize("text", [
    "Лукашэнка: памілаванні будуць працягвацца\nМінск, 20 студзеня (БелТА). Кіраўнік дзяржавы сказаў пра гэта на "
    "нарадзе з губернатарамі.\n\nПрэзідэнт нагадаў, што ў суботу памілаваў яшчэ 20 чалавек, сярод іх чатыры жанчыны.\n",
    "Lukashenko says pardons will go on\nMINSK, Jan. 20 — The Belarusian leader spoke at a meeting with governors.\n\n"
    "He recalled that on Saturday he had pardoned another 20 people, four of them women.\n",
    "Lukašenka: pamiłavańni buduć praciahvacca\nMinsk, 20 studzienia (BiełTA). Kiraŭnik dziaržavy skazaŭ pra heta na "
    "naradzie z hubiernatarami.\n\nPrezident nahadaŭ, što ŭ subotu pamiłavaŭ jašče 20 čałaviek, siarod ich čatyry "
    "žančyny.\n",
])
def test_a_round_the_speaker_reminds_of_is_no_report(text):
    report = run(text, "2025-01-20")
    assert (report.is_pardon_report, report.pardoned, report.women) == (False, None, None)


# A round told with a part of a month after its verb ("звільнив на початку грудня") is that month's, not the news.


@pytest.mark.parametrize("text", [
    "Лукашенко пообіцяв і далі розглядати прохання про помилування\nПро це він сказав у середу на нараді з "
    "прокурорами.\n\nОстанню групу, 25 осіб, Лукашенко звільнив наприкінці листопада.\n",
    "Лукашенко пообещал и дальше рассматривать прошения о помиловании\nОб этом он сказал в среду на совещании с "
    "прокурорами.\n\nОчередную группу, 25 человек, Лукашенко освободил в конце ноября.\n",
    "Лукашэнка паабяцаў і далей разглядаць прашэнні аб памілаванні\nПра гэта ён сказаў у сераду на нарадзе з "
    "пракурорамі.\n\nАпошнюю групу, 25 чалавек, Лукашэнка вызваліў напрыканцы лістапада.\n",
    "Lukashenko vows to keep reviewing pardon requests\nHe said so on Wednesday at a meeting with prosecutors.\n\n"
    "The latest group, 25 people, was freed in late November.\n",
])
def test_a_round_released_in_a_part_of_a_month_is_background(text):
    report = run(text, "2024-12-11")
    assert (report.is_pardon_report, report.pardoned, report.event_date) == (False, None, None)


# A label line over a headline told in two short sentences marks a comment piece.


@pytest.mark.parametrize("text", [
    "Наша Ніва\nМеркаванні\nПамілаванне як паказуха. Што змянілася для палітвязняў\n\nУ чацвер Лукашэнка памілаваў 18 чалавек, "
    "сярод іх дзесяць жанчын. Ужо назаўтра гэта перастала быць навіной.\n",
    "Новая газета\nМнение\nПомилование как конвейер. Что изменилось для политзаключённых\n\nВ четверг Лукашенко помиловал 18 человек, "
    "среди них десять женщин. Уже назавтра это перестало быть новостью.\n",
    "Opinion\nPardons as theatre. What changed for the prisoners\n\nOn Thursday Lukashenko pardoned 18 people, ten of them "
    "women. By the next day it was no longer news.\n",
    "Думка\nПомилування як конвеєр. Що змінилося для політв'язнів\n\nУ четвер Лукашенко помилував 18 людей, серед них десять жінок. "
    "Уже наступного дня це перестало бути новиною.\n",
])
def test_an_opinion_label_over_a_two_sentence_headline_makes_a_comment_piece(text):
    report = run(text, "2026-03-07")
    assert (report.is_pardon_report, report.pardoned, report.women) == (False, None, None)


# A count a sentence opening "in addition" hands over after a nationality's group adds to that round, not replaces it.


@pytest.mark.parametrize("text", [
    "Лукашенко помиловал 31 гражданина Украины\nВ субботу Лукашенко помиловал 31 гражданина Украины, осуждённого за "
    "разные преступления. Кроме того, Украине передали двух осуждённых в Беларуси католических священников.\n",
    "Лукашэнка памілаваў 31 грамадзяніна Украіны\nУ суботу Лукашэнка памілаваў 31 грамадзяніна Украіны, асуджанага за "
    "розныя злачынствы. Акрамя таго, Украіне перадалі двух асуджаных у Беларусі каталіцкіх святароў.\n",
    "Lukashenko pardons 31 Ukrainian citizens\nOn Saturday Lukashenko pardoned 31 Ukrainian citizens convicted of "
    "various crimes. In addition, two Catholic priests convicted in Belarus were handed over to Ukraine.\n",
    "Лукашенко помилував 31 громадянина України\nУ суботу Лукашенко помилував 31 громадянина України, засудженого за "
    "різні злочини. Крім того, Україні передали двох засуджених у Білорусі католицьких священників.\n",
    "Łukašenka pamiłavaŭ 31 hramadzianina Ukrainy\nU subotu Łukašenka pamiłavaŭ 31 hramadzianina Ukrainy, "
    "asudžanaha za roznyja złačynstvy. Akramia taho, Ukrainie pieradali dvuch asudžanych u Biełarusi katalickich "
    "sviataroŭ.\n",
])
def test_a_count_handed_over_in_addition_adds_to_the_round(text):
    report = run(text, "2025-11-24")
    assert (report.is_pardon_report, report.pardoned) == (True, 33)


# A nationality's group the headline tells stays the round beside a background round told later.


@pytest.mark.parametrize("text", [
    "Лукашенко помиловал 31 гражданина Украины\nВ субботу Лукашенко помиловал 31 гражданина Украины.\n\n"
    "Напомним, в сентябре из Беларуси освободили 52 заключённых.\n",
    "Лукашэнка памілаваў 31 грамадзяніна Украіны\nУ суботу Лукашэнка памілаваў 31 грамадзяніна Украіны.\n\n"
    "Нагадаем, у верасні з Беларусі вызвалілі 52 зняволеных.\n",
    "Лукашенко помилував 31 громадянина України\nУ суботу Лукашенко помилував 31 громадянина України.\n\n"
    "Нагадаємо, у вересні з Білорусі звільнили 52 в'язнів.\n",
    "Łukašenka pamiłavaŭ 31 hramadzianina Ukrainy\nU subotu Łukašenka pamiłavaŭ 31 hramadzianina Ukrainy.\n\n"
    "Nahadajem, u vieraśni z Biełarusi vyzvalili 52 źniavolenych.\n",
])
def test_a_nationality_group_in_the_headline_stays_the_round_beside_a_background_round(text):
    report = run(text, "2025-11-24")
    assert (report.is_pardon_report, report.pardoned) == (True, 31)


def _count(field):
    return None if field is None else (field.value, field.qualifier)


# "Not the first such wave: since July ... over 100": a colon ends the ordinal's clause, the span is the count's.


@pytest.mark.parametrize("text", [
    "Лукашенко помилував ще 31 політв'язня\nУ четвер Лукашенко помилував 31 людину.\n\nЦе вже не перша подібна "
    "хвиля: з липня Лукашенко звільнив понад 100 політв'язнів.\n",
    "Лукашенко помиловал ещё 31 политзаключённого\nВ четверг Лукашенко помиловал 31 человека.\n\nЭто уже не первая "
    "такая волна: с июля Лукашенко освободил более 100 политзаключённых.\n",
    "Лукашэнка памілаваў яшчэ 31 палітвязня\nУ чацвер Лукашэнка памілаваў 31 чалавека.\n\nГэта ўжо не першая такая "
    "хваля: з ліпеня Лукашэнка вызваліў больш за 100 палітвязняў.\n",
    "Lukashenko pardons 31 more political prisoners\nOn Thursday Lukashenko pardoned 31 people.\n\nIt is not the first "
    "such wave: since July Lukashenko has freed more than 100 political prisoners.\n",
])
def test_a_span_after_an_ordinal_clause_makes_a_running_total(text):
    report = run(text, "2024-11-07")
    assert (report.pardoned, _count(report.cumulative_released)) == (31, (100, "over"))


# "Together with those freed under the July amnesty, 115 have walked free": the earlier releases are counted in.


@pytest.mark.parametrize("text", [
    "Лукашенко помиловал ещё 37 политзаключённых\nВ понедельник Лукашенко помиловал 37 человек.\n\nВместе с "
    "освобождёнными по амнистии в июле, по подсчётам «Весны», на свободу вышли 115 политзаключённых.\n",
    "Лукашенко помилував ще 37 політв'язнів\nУ понеділок Лукашенко помилував 37 людей.\n\nРазом зі звільненими за "
    "амністією в липні, за підрахунками «Вясни», на волю вийшли 115 політв'язнів.\n",
    "Лукашэнка памілаваў яшчэ 37 палітвязняў\nУ панядзелак Лукашэнка памілаваў 37 чалавек.\n\nРазам з вызваленымі па "
    "амністыі ў ліпені, паводле падлікаў «Вясны», на волю выйшлі 115 палітычных вязняў.\n",
    "Lukashenko pardons 37 more political prisoners\nOn Monday Lukashenko pardoned 37 people.\n\nTogether with those "
    "freed under the July amnesty, 115 political prisoners have walked free, according to Viasna.\n",
])
def test_a_count_together_with_those_freed_before_is_the_running_total(text):
    report = run(text, "2024-09-16")
    assert (report.pardoned, _count(report.cumulative_released)) == (37, (115, "exact"))


# Political prisoners a relative clause says died in custody are the dead, not the standing count.


@pytest.mark.parametrize("text", [
    "Праваабаронцы «Вясны» налічваюць шэсць палітвязняў, якія памерлі ў месцах зняволення пасля 2020 года. Але ў "
    "турмах застаюцца каля 1400 палітвязняў.\n",
    "Правозащитники «Весны» насчитывают шесть политзаключённых, которые умерли в местах заключения после 2020 года. "
    "Но в тюрьмах остаются около 1400 политзаключённых.\n",
    "Правозахисники «Вясни» налічують шістьох політв'язнів, які померли в місцях ув'язнення після 2020 року. Але у "
    "в'язницях лишаються близько 1400 політв'язнів.\n",
])
def test_political_prisoners_who_died_are_not_the_standing_count(text):
    report = run(text, "2024-07-11")
    assert (_count(report.political_prisoners), _count(report.died_in_custody)) == ((1400, "about"), (6, "exact"))


# "Every month Viasna recognises 50 to 60": a monthly rate of new political prisoners, not the standing count.


@pytest.mark.parametrize("text", [
    "Лукашенко може звільнити ще сотні людей\n\nЗа даними «Вясни», у Білорусі понад 1 100 політв'язнів.\n\nЩомісяця "
    "«Вясна» визнає політв'язнями по 50–60 людей, тож навіть масові звільнення не обнуляють списки.\n",
    "Лукашенко может освободить ещё сотни людей\n\nПо данным «Весны», в Беларуси более 1 100 политзаключённых.\n\n"
    "Каждый месяц «Весна» признаёт политзаключёнными по 50–60 человек, так что даже массовые освобождения не "
    "обнуляют списки.\n",
    "Лукашэнка можа вызваліць яшчэ сотні людзей\n\nПаводле «Вясны», у Беларусі больш за 1 100 палітвязняў.\n\n"
    "Штомесяц «Вясна» прызнае палітвязнямі па 50–60 чалавек, таму нават масавыя вызваленні не абнуляюць спісы.\n",
])
def test_a_monthly_rate_of_recognitions_is_not_the_standing_count(text):
    assert _count(run(text, "2025-11-05").political_prisoners) == (1100, "over")


# "15 of the pardoned were convicted under ..." is a part of the round, not another round that ends its make-up.


@pytest.mark.parametrize("text", [
    "Лукашенко помиловал 18 человек\nВ четверг Лукашенко помиловал 18 человек. По данным администрации, 15 из "
    "помилованных были осуждены по «экстремистским» статьям. Среди освобождённых 11 женщин.\n",
    "Лукашенко помилував 18 людей\nУ четвер Лукашенко помилував 18 людей. За даними адміністрації, 15 із "
    "помилуваних були засуджені за «екстремістськими» статтями. Серед звільнених 11 жінок.\n",
    "Лукашэнка памілаваў 18 чалавек\nУ чацвер Лукашэнка памілаваў 18 чалавек. Паводле адміністрацыі, 15 з "
    "памілаваных былі асуджаныя па «экстрэмісцкіх» артыкулах. Сярод вызваленых 11 жанчын.\n",
    "Lukashenko pardons 18 people\nOn Thursday Lukashenko pardoned 18 people. According to his office, 15 of the "
    "pardoned were convicted under «extremist» articles. Among those freed are 11 women.\n",
])
def test_a_count_of_the_pardoned_is_a_part_that_keeps_the_make_up(text):
    report = run(text, "2026-03-06")
    assert (report.pardoned, report.women) == (18, 11)


# "Дітей мають 17 помилуваних": a trait told before the verb of having and the count of the freed.


@pytest.mark.parametrize("text", [
    "Лукашенко помилував 32 людини\nУ середу Лукашенко помилував 32 людей. Серед звільнених вісім жінок. Дітей мають "
    "17 помилуваних.\n",
    "Лукашенко помиловал 32 человека\nВ среду Лукашенко помиловал 32 человека. Среди освобождённых восемь женщин. "
    "Детей имеют 17 помилованных.\n",
    "Лукашэнка памілаваў 32 чалавекі\nУ сераду Лукашэнка памілаваў 32 чалавекі. Сярод вызваленых восем жанчын. Дзяцей "
    "маюць 17 памілаваных.\n",
    "Łukašenka pamiłavaŭ 32 čałavieki\nU sieradu Łukašenka pamiłavaŭ 32 čałavieki. Dziaciej majuć 17 pamiłavanych.\n",
])
def test_a_trait_told_before_its_count_is_the_round_make_up(text):
    report = run(text, "2024-11-21")
    assert (report.pardoned, report.with_children) == (32, 17)


# "the second pardon in January", "the first release under the new US administration": an ordinal counted within a
# month or an administration numbers no round of the series.


@pytest.mark.parametrize("text", [
    "Лукашенко помилував 15 засуджених\nУ п'ятницю Лукашенко помилував 15 засуджених. Це вже друге помилування в "
    "січні.\n",
    "Лукашенко помиловал 15 осуждённых\nВ пятницу Лукашенко помиловал 15 осуждённых. Это уже второе помилование в "
    "январе.\n",
    "Лукашэнка памілаваў 15 асуджаных\nУ пятніцу Лукашэнка памілаваў 15 асуджаных. Гэта ўжо другое памілаванне ў "
    "студзені.\n",
    "Lukashenko pardons 15 convicts\nOn Friday Lukashenko pardoned 15 convicts. It is already the second pardon in "
    "January.\n",
    "Беларусь вызваліла трох чалавек\nУ сераду Беларусь вызваліла трох чалавек. Гэта першае вызваленне палітвязняў "
    "пры новай амерыканскай адміністрацыі.\n",
    "Беларусь освободила трёх человек\nВ среду Беларусь освободила трёх человек. Это первое освобождение "
    "политзаключённых при новой американской администрации.\n",
    "Білорусь звільнила трьох людей\nУ середу Білорусь звільнила трьох людей. Це перше звільнення політв'язнів за "
    "нової американської адміністрації.\n",
    "Belarus frees three people\nOn Wednesday Belarus freed three people. It is the first release under the new US "
    "administration.\n",
])
def test_an_ordinal_within_a_month_or_an_administration_numbers_no_round(text):
    report = run(text, "2025-01-24")
    assert report.pardoned in (3, 15) and report.round_ordinal is None


# "Since July he has pardoned hundreds, while US deals freed 66 more": the span is the other clause's, the 66 no
# running total.


@pytest.mark.parametrize("text", [
    "Viasna recognises 11 new political prisoners\nOn Wednesday Viasna recognised 11 more people as political "
    "prisoners.\n\nSince July 2024 Lukashenka has pardoned several hundred people, while US-brokered deals in June and "
    "September freed 66 more.\n",
    "«Вясна» признала 11 новых политзаключённых\nВ среду «Вясна» признала политзаключёнными ещё 11 человек.\n\nС июля "
    "2024 года Лукашенко помиловал несколько сотен человек, а сделки при посредничестве США в июне и сентябре "
    "освободили ещё 66.\n",
    "«Вясна» визнала 11 нових політв'язнів\nУ середу «Вясна» визнала політв'язнями ще 11 людей.\n\nЗ липня 2024 року "
    "Лукашенко помилував кілька сотень людей, а угоди за посередництва США в червні та вересні звільнили ще 66.\n",
    "«Вясна» прызнала 11 новых палітвязняў\nУ сераду «Вясна» прызнала палітвязнямі яшчэ 11 чалавек.\n\nЗ ліпеня 2024 "
    "года Лукашэнка памілаваў некалькі сотняў чалавек, а здзелкі пры пасярэдніцтве ЗША ў чэрвені і верасні вызвалілі "
    "яшчэ 66.\n",
])
def test_a_span_of_another_clause_makes_no_running_total(text):
    assert run(text, "2025-10-08").cumulative_released is None


# "More than 170 people have already returned to their families": "already" between a count and its release verb
# makes a running total (and coming home to one's family is a release).


@pytest.mark.parametrize("quote", [
    "«Калі чалавек напісаў прашэнне — мы разглядаем. Больш за 170 чалавек ужо вярнуліся да сем'яў», — сказаў Лукашэнка.",
    "«Если человек написал прошение — мы рассматриваем. Более 170 человек уже вернулись к семьям», — сказал Лукашенко.",
    "«Якщо людина написала прохання — ми розглядаємо. Понад 170 людей уже повернулися до родин», — сказав Лукашенко.",
    "\"If a person has written a petition, we consider it. More than 170 people have already returned to their "
    "families,\" Lukashenko said.",
    "«Более 170 человек уже вышли на свободу», — сказал Лукашенко.",
])
def test_a_count_already_home_is_a_running_total(quote):
    report = run(f"Lukashenko: pardons will go on\nMinsk, 3 December. {quote}\n", "2024-12-03")
    assert _count(report.cumulative_released) == (170, "over")


# "Беларусь покинули 123 заключённых": prisoners who left the country are the round, not the two people it names.


@pytest.mark.parametrize("text", [
    "Беларусь покинули 123 заключенных\nВ субботу Беларусь покинули 123 заключенных, среди них Мария Колесникова и "
    "Виктор Бабарико.\n",
    "Білорусь покинули 123 в'язні\nУ суботу Білорусь покинули 123 в'язні, серед них Марія Колеснікова та Віктор "
    "Бабарико.\n",
    "Беларусь пакінулі 123 палітвязні\nУ суботу Беларусь пакінулі 123 палітвязні, сярод іх Марыя Калеснікава і Віктар "
    "Бабарыка.\n",
])
def test_prisoners_who_left_the_country_are_the_round(text):
    report = run(text, "2025-12-14")
    assert (report.pardoned, str(report.event_date)) == (123, "2025-12-13")


# A post stamp with a clock's "pm", a time zone and a reading time is page chrome: it dates no round, even when its
# hour is the round's figure ("at 10:07 pm" beside 10 freed).


@pytest.mark.parametrize("stamp", [
    "Thu, 4 July 2024 at 10:07 pm AEST · 2-min read",
    "July 4, 2024 at 10:15 am EDT · 3 min read",
])
def test_a_post_stamp_with_a_time_zone_and_reading_time_dates_no_round(stamp):
    text = (f"World News\nNews  Finance  Sport  Weather\nSearch\n\nBelarus frees 10 political prisoners\n\nReuters\n{stamp}\n\n(Reuters) - Belarus has released at least 10 "
            "political prisoners, the Viasna human rights group said.\n\nLukashenko announced the decision on "
            "Wednesday, saying that seriously ill convicts would be released.\n")
    assert str(run(text, "2024-07-04").event_date) == "2024-07-03"
