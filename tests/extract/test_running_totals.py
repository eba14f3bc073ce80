"""Running totals told beside the round and totals that add up the round's groups (issue #12, the lead's round
after the eighth).

The sentences are our own, in English, Russian, Belarusian and Ukrainian; each test fails on the extractor of the
eighth round's merge.
"""

from tests.extract.helpers import run


def _count(field):
    return None if field is None else (field.value, field.qualifier)


# "Together with these N": the round's own count inside a running total.


def test_a_belarusian_total_together_with_these_people_is_a_running_total():
    text = ("Лукашэнка памілаваў яшчэ 32 чалавекі\n"
            "Лукашэнка памілаваў яшчэ 32 чалавекі. Гэтым разам — восем жанчын.\n"
            "Разам з гэтымі 32 людзьмі, паводле падлікаў «Вясны», на волю выйшлі 178 чалавек.\n")
    report = run(text, "2024-11-20")
    assert report.pardoned == 32 and _count(report.cumulative_released) == (178, "exact")


def test_a_russian_total_together_with_these_people_is_a_running_total():
    text = ("Лукашенко помиловал 25 политзаключенных\n"
            "Александр Лукашенко помиловал 25 человек. Среди них 12 женщин и 13 мужчин.\n"
            "Вместе с этими 25 людьми, по подсчетам правозащитников, на свободу вышли 355 человек.\n")
    report = run(text, "2025-09-16")
    assert report.pardoned == 25 and _count(report.cumulative_released) == (355, "exact")


# "Всего через пять дней": "only" five days later, no total of anything.


def test_a_russian_only_five_days_after_another_round_totals_nothing():
    text = ("Лукашенко помиловал 25 человек\n"
            "Лукашенко помиловал 25 человек. Это произошло всего через пять дней после того, как 52 "
            "политзаключенных были освобождены и вывезены в Литву.\n")
    report = run(text, "2025-09-16")
    assert report.pardoned == 25 and report.cumulative_released is None


def test_a_belarusian_only_five_days_after_another_round_totals_nothing():
    text = ("Лукашэнка памілаваў 25 чалавек\n"
            "Лукашэнка памілаваў 25 чалавек. Гэта адбылося ўсяго праз пяць дзён пасля таго, як 52 палітвязні былі "
            "вызваленыя і вывезеныя ў Літву.\n")
    assert run(text, "2025-09-16").cumulative_released is None


def test_a_ukrainian_only_five_days_after_another_round_totals_nothing():
    text = ("Лукашенко помилував 25 людей\n"
            "Лукашенко помилував 25 людей. Це сталося всього через п'ять днів після того, як 52 політв'язні були "
            "звільнені та вивезені до Литви.\n")
    assert run(text, "2025-09-16").cumulative_released is None


# A superlative ranks one release among others: "so far" after it spans nothing.


def test_the_largest_release_so_far_is_no_running_total():
    text = ("A timeline of Belarus's prisoner releases\n"
            "Belarus began releasing political prisoners in July 2024. Small groups followed every few weeks.\n"
            "In the largest release so far, 123 prisoners were freed in December 2025, including Ales Bialiatski.\n")
    assert run(text, "2025-12-16").cumulative_released is None


# A total that adds up the round's groups, a nationality's group among them, is the round's size.


def test_a_russian_total_of_ukrainians_and_priests_is_the_round():
    text = ("Лукашенко помиловал 31 гражданина Украины\n"
            "Александр Лукашенко помиловал 31 гражданина Украины, отбывавших наказание в белорусских колониях.\n"
            "Кроме того, по просьбе Святого Престола помилованы двое католических священников. Всего на свободу "
            "вышли 33 человека.\n")
    report = run(text, "2025-11-23")
    assert report.pardoned == 33 and report.cumulative_released is None


def test_a_belarusian_total_of_ukrainians_and_priests_is_the_round():
    text = ("Лукашэнка памілаваў 31 грамадзяніна Украіны\n"
            "Аляксандр Лукашэнка памілаваў 31 грамадзяніна Украіны, якія адбывалі пакаранне ў беларускіх калоніях.\n"
            "Акрамя таго, на просьбу Ватыкана памілаваныя двое каталіцкіх святароў. Агулам на волю выйшлі 33 "
            "чалавекі.\n")
    report = run(text, "2025-11-23")
    assert report.pardoned == 33 and report.cumulative_released is None


def test_an_english_total_of_ukrainians_and_two_catholic_priests_is_the_round():
    text = ("Belarus pardons 31 Ukrainians\n"
            "Alexander Lukashenko pardoned 31 Ukrainian citizens who were serving sentences in Belarusian prisons.\n"
            "In addition, two Catholic priests were pardoned at the request of the Vatican. In total, 33 people were "
            "freed.\n")
    report = run(text, "2025-11-23")
    assert report.pardoned == 33 and report.cumulative_released is None
