"""Russian knowledge for the extractor: word lists and regex fragments, no logic.

This module holds what an event says: numbers, ordinals, dates, release and transfer words, rounds, standing counts,
the make-up of a round, time told as background, and what makes a page relevant. Who the people are
lives in `lang_ru_people`; lexicon.py reads the two as one table.

The field patterns (RELEASE ... PLURAL_PRONOUN) are matched against the lemma view of a sentence
(pymorphy3's dictionary forms, "ё" written "е"): "вышли на свободу" reads "выйти на свобода", and a
verb in the future tense or the imperative carries "_fut" ("освободит" reads "освободить_fut").
Numbers, months, weekdays, qualifiers and names are read off the text as written.
"""


def _forms(value: int, *words: str) -> dict[str, int]:
    return {w: value for w in words}


# --- Numbers ---
NUMBER_WORDS = {
    **_forms(1, "один", "одного", "одному", "одним", "одном", "одна", "одной", "одну", "одно"),
    **_forms(2, "два", "две", "двух", "двум", "двумя"),
    **_forms(3, "три", "трёх", "трех", "трём", "трем", "тремя"),
    **_forms(4, "четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя"),
    **_forms(5, "пять", "пяти", "пятью"),
    **_forms(6, "шесть", "шести", "шестью"),
    **_forms(7, "семь", "семи", "семью"),
    **_forms(8, "восемь", "восьми", "восемью", "восьмью"),
    **_forms(9, "девять", "девяти", "девятью"),
    **_forms(10, "десять", "десяти", "десятью"),
    **_forms(11, "одиннадцать", "одиннадцати", "одиннадцатью"),
    **_forms(12, "двенадцать", "двенадцати", "двенадцатью"),
    **_forms(13, "тринадцать", "тринадцати", "тринадцатью"),
    **_forms(14, "четырнадцать", "четырнадцати", "четырнадцатью"),
    **_forms(15, "пятнадцать", "пятнадцати", "пятнадцатью"),
    **_forms(16, "шестнадцать", "шестнадцати", "шестнадцатью"),
    **_forms(17, "семнадцать", "семнадцати", "семнадцатью"),
    **_forms(18, "восемнадцать", "восемнадцати", "восемнадцатью"),
    **_forms(19, "девятнадцать", "девятнадцати", "девятнадцатью"),
    **_forms(20, "двадцать", "двадцати", "двадцатью"),
    **_forms(30, "тридцать", "тридцати", "тридцатью"),
    **_forms(40, "сорок", "сорока"),
    **_forms(50, "пятьдесят", "пятидесяти", "пятьюдесятью"),
    **_forms(60, "шестьдесят", "шестидесяти", "шестьюдесятью"),
    **_forms(70, "семьдесят", "семидесяти", "семьюдесятью"),
    **_forms(80, "восемьдесят", "восьмидесяти", "восемьюдесятью"),
    **_forms(90, "девяносто", "девяноста"),
    **_forms(100, "сто", "ста"),
    **_forms(200, "двести", "двухсот", "двумстам"),
    **_forms(300, "триста", "трёхсот", "трехсот"),
    **_forms(400, "четыреста", "четырёхсот", "четырехсот"),
    **_forms(500, "пятьсот", "пятисот"),
    # Collective numerals count people: "двое — инвалиды", "троих помиловали".
    # The dative counts those who have a trait: "троим больше 50 лет".
    **_forms(2, "двое", "двоих", "двоим"), **_forms(3, "трое", "троих", "троим"),
    **_forms(4, "четверо", "четверых", "четверым"), **_forms(5, "пятеро", "пятерых", "пятерым"),
    **_forms(6, "шестеро", "шестерых", "шестерым"), **_forms(7, "семеро", "семерых", "семерым"),
    **_forms(8, "восьмеро", "восьмерых", "восьмерым"), **_forms(9, "девятеро", "девятерых", "девятерым"),
    **_forms(10, "десятеро", "десятерых", "десятерым"),
    **_forms(1000, "тысяча", "тысячи", "тысяч", "тысячу", "тысячей"),
}
# Nouns that scale the number before them: "двух десятков" is 20, "двух сотен" 200.
MULTIPLIERS = {
    **_forms(10, "десяток", "десятка", "десятков"), **_forms(100, "сотня", "сотни", "сотен", "сотню"),
}
# A scale word standing alone for its number: "десяток политзаключенных" is 10 ("сотни" stays vague).
LONE_SCALES = {"десяток": 10, "полтора десятка": 15, "дюжина": 12, "дюжину": 12}
# Lone scale words that say "about so many" ("about a dozen prisoners were freed"): a standing count may be told so,
# never a round's size or make-up ("полтора десятка" stays fifteen).
APPROXIMATE_SCALES = ("десяток", "дюжина", "дюжину")
# A plural thousand with no number or hedge before is "thousands", no figure ("осудили тысячи человек").
VAGUE_THOUSANDS = ("тысячи", "тысяч")
QUALIFIERS = (
    ("более чем", "over"), ("больше чем", "over"), ("более", "over"), ("больше", "over"),
    ("свыше", "over"), ("выше", "over"), ("не менее", "at_least"), ("не меньше", "at_least"), ("как минимум", "at_least"),
    ("по меньшей мере", "at_least"), ("минимум", "at_least"), ("почти", "nearly"), ("чуть менее", "nearly"),
    ("около", "about"), ("примерно", "about"), ("порядка", "about"), ("приблизительно", "about"),
    ("почти что", "nearly"), ("не менее чем", "at_least"), ("не меньше чем", "at_least"),
    # "общее число освобожденных превысило 430": the verb hedges the figure it raises the count past.
    ("превысило", "over"), ("превысила", "over"), ("превысил", "over"), ("превышает", "over"),
    ("перевалило за", "over"), ("перевалила за", "over"),
    # "число освобождённых перешагнуло 300": a mark passed.
    ("перешагнуло", "over"), ("перешагнула", "over"), ("перешагнул", "over"),
    # "оценивает число политзаключенных примерно в 950": the hedge before the "в" an estimate takes.
    ("примерно в", "about"), ("приблизительно в", "about"),
)

# --- Ordinals ---
ORDINAL_WORDS: dict[str, int] = {}
# Stem + one of ORDINAL_ENDINGS covers every gender and case ("восьмой", "восьмого", "восьмую").
ORDINAL_STEMS = {
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
    "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
    "девятнадцат": 19, "двадцат": 20,
}
# The ending after a digit ("11-е", "11-го", "11-ая"), read in every language by lexicon.ordinal_pattern.
ORDINAL_DIGIT = "й|я|е|ю|го|му|м|ой|ый|ий|ая|ое|ую"
# "ввосьмые", "впервые": an ordinal written as an adverb of time (prefix, endings).
ORDINAL_ADVERB = (r"в", r"ые")

# --- Dates and days ---
MONTHS = {
    **_forms(1, "январь", "января", "январе"), **_forms(2, "февраль", "февраля", "феврале"),
    **_forms(3, "март", "марта", "марте"), **_forms(4, "апрель", "апреля", "апреле"),
    **_forms(5, "май", "мая", "мае"), **_forms(6, "июнь", "июня", "июне"),
    **_forms(7, "июль", "июля", "июле"), **_forms(8, "август", "августа", "августе"),
    **_forms(9, "сентябрь", "сентября", "сентябре"), **_forms(10, "октябрь", "октября", "октябре"),
    **_forms(11, "ноябрь", "ноября", "ноябре"), **_forms(12, "декабрь", "декабря", "декабре"),
}
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятниц": 4, "суббот": 5,
    "воскресень": 6,
}
RELATIVE_DAYS = {"сегодня": 0, "вчера": -1, "накануне": -1, "позавчера": -2, "третьего дня": -2}
# "накануне Дня Независимости" names no day; "накануне" alone is the day before (read off the text as written).
EVE_OF = r"дн[яюе]|праздник\w*|выбор\w*|годовщин\w*|визит\w*|встреч\w*|переговор\w*|саммит\w*|нов\w+ год\w*|рождеств\w*|пасх\w*"
# A holiday's name and the clause that dates it ("Дня Независимости, который отмечают 3 июля"): the date is the holiday's.
# Read case-sensitively: "День" written with a capital names a holiday; "8 Марта" is caught by its capital month.
HOLIDAY = r"(?:День|Дня|Дню|Днём|Днем)\s+[\w-]+(?:\s+[\w-]+){0,2}|Рождеств\w*|Пасх\w*"
HOLIDAY_CLAUSE = r"котор\w+|отмечаем\w*|отмечают|празднуем\w*|празднуют"
THAT_DAY = r"в (?:тот|этот) (?:же )?день"
# "когда 18 человек вышли": a past round named as a point in time.
WHEN = r"когда"

# --- The lemma view (morph.py) ---
# Words kept as written in the lemma view: their lemma would lose what the rules need
# ("всего" is not "весь", "были" is past and "будут" future, "больше" is a hedge).
# (The analyser reads the abbreviations "СИЗО" and "ШИЗО" as forms of "сизый" and "шизый": they stay as written.)
SURFACE_WORDS = frozenset("всего раньше больше меньше более менее были был была было ним ней сизо шизо".split())
# Verbs of a state ("находится в колонии"): in the past tense they read "_past" ("находился" was, is no more).
STATE_VERBS = frozenset("находиться оставаться содержаться отбывать сидеть".split())

# --- Releases, transfers and their opposites ---
# "52 заключённых вывезли из белорусских колоний" (lemmas): moved out of prison, freed.
_INTO_PRISON = r"(?!.*(?:в|на) (?:[^\W\d]+ ){0,2}(?:колония|тюрьма|сизо))"
RELEASE = (r"помиловать|помилование|освободить|освобождать|освобождение|выйти на свобода|выходить на свобода"
           r"|оказаться на свобода|выпустить|выпускать|отпустить|отпускать|вернуть(?:ся)? (?:домой|на родина)"
           r"|вернуться к (?:свой )?(?:семья|родной|близкий)"
           r"|передать (?:украина|литва|польша|латвия)|(?:украина|литва|польша|латвия) передать|вывезти (?:\w+ ){0,3}(?:в|на) (?:территория )?(?:литва|украина|польша)"
           r"|на свобода (?:уже )?(?:выйти|выходить)|выслать|депортировать|амнистировать"
           # "Из Беларуси вывезли 52", "на свободе 52 человека", "вышла из колонии", "освободился".
           r"|(?:из|с) (?:беларусь|белоруссия|страна) (?:[^\W\d]+ ){0,5}вывезти|(?:в|на) (?:литва|украина|польша) (?:[^\W\d]+ ){0,2}вывезти|вывезти (?:из|с) (?:беларусь|белоруссия|страна)"
           r"|на свобода|освободиться|выйти из (?:[^\W\d]+ ){0,3}(?:колония|тюрьма|сизо|заключение)"
           # "из колонии в Шклове вышел X": the place first.
           r"|из (?:колония|тюрьма|сизо|заключение) (?:[^\W\d]+ ){0,3}выйти"
           # Prisoners who left the country or a colony were let go: "Беларусь покинули 123 заключенных" (not "покинули
           # Беларусь 300 тысяч человек": emigrants are no prisoners).
           r"|покинуть(?= (?:беларусь |белоруссия |страна )?(?:\d[\d ]* )?(?:[^\W\d]+ )?(?:политзаключенный|заключенный|заключить|узник|осужденный))"
           r"|(?:политзаключенный|заключенный|заключить|узник|осужденный) покинуть (?:беларусь|белоруссия|страна)"
           r"|покинуть (?:исправительный )?(?:колония|тюрьма|сизо)"
           # Freedom received ("Свободу получили и X, и Y").
           r"|свобода получить|получить (?:[^\W\d]+ )?свобода"
           + (r"|(?:вывезти из (?:[^\W\d]+ ){0,2}(?:колония|тюрьма|сизо)|из (?:[^\W\d]+ ){0,2}(?:колония|тюрьма|сизо)"
              r" вывезти)" + _INTO_PRISON)
           # A release told from the place, fronted ("Из его отряда в июне вышел X"): a colony's unit is the colony.
           + r"|из (?:[^\W\d]+ ){0,2}(?:колония|тюрьма|сизо|отряд) (?:[^\W\d]+ ){0,3}выйти"
           # "Также вышла учительница X, которую осудили в 2022 году": "вышла" alone, with "также" after a release told before it,
           # is out of prison (not "вышла из автобуса", "вышла в эфир").
           # The verb may open the sentence with "и" for "also" ("Вышел и журналист X"), the subject after it.
           r"|(?:(?:также|тоже|еще|ещё) (?:(?!не )[^\W\d]+ )?выйти|^\W*выйти и)(?! (?:из|в|во|на|за|замуж)(?!\w))"
           # (A publication comes out too: "также вышло интервью X", "вышла книга".)
           r"(?! (?:[^\W\d]+ )?(?:заявление|интервью|книга|статья|фильм|видео|обращение|письмо|материал|номер|выпуск|доклад))")
# "One release does not change the system": a release noun after a number counts no people.
RELEASE_NOUN = r"освобождение|помилование"
# Reporting a release, not wishing it: "could confirm the release".
CONFIRM = r"подтвердить|подтверждать|подтверждение"
# Imperfective release verbs that number a series ("в восьмой раз милует").
RELEASE_ONGOING = r"миловать"
# "третья такая передача", "второй этап возвращения", "вторая партия украинцев": an ordinal of the handovers of
# Ukrainians, another series than Belarus's pardon rounds.
TRANSFER_SERIES = r"передача|обмен|возвращение|украинец"
# "40 политзаключенных перевели в тюрьму" (lemmas): people moved between prisons, not a count of those held.
MOVED = r"перевести|переводить|перевезти|перевозить|этапировать"
# "таким путём на свободу вышли более 250 политзаключенных" (lemmas): the releases of a practice told before.
THIS_WAY = r"такой (?:способ|путь|путем)|подобный образ|этот (?:путь|путем|способ)|тот же (?:путь|путем|способ)"
# Released at the end of a term, not by a pardon.
SERVED = r"отбыть|отбытие|по окончание срок|после окончание срок|по истечение срок|окончание срок"
# "Until" with the "не" that goes with it and negates nothing (see until): "пока его не освободили".
UNTIL = r"(?:пока|покуда)(?:\s+[^\W\d]+){0,3}?\s+не"
# A release that was due, after a fronted release ("Выйти на свободу он должен был в феврале"; lemmas).
DUE = r"должный|предстоять"
# A release or a term that was due and did not come (lemmas): "должен был выйти в феврале, но ...", "который должен был
# сидеть еще семь лет, вывезли в Литву". Only the past: "должна сидеть еще год" (has a year to serve) is held.
DUE_PAST = r"должный (?:был|была|было|были)"
DEMAND = (r"требовать|потребовать|требование|призывать|призвать|призыв|просить|попросить|просьба|добиваться"
          r"|добиться|надеяться|надежда|хотеть|ждать|ожидать"
          # A release that may, will or is promised to happen has not happened.
          r"|мочь|смочь|быть_fut|должный|обещать|пообещать|обещание|планировать|намеренный|намереваться|готовый"
          r"|рассчитывать|рассчитать|пытаться|попытаться|попытка"
          # "отказывается писать прошение о помиловании": a pardon asked for, or not, has not been given.
          r"|прошение(?: о| об)?"
          # "Варшава настаивает на освобождении X" (lemmas): a release insisted on has not happened.
          r"|настаивать|настоять"
          # "включить сына в следующий список помилованных" (lemmas): the next list is still to come, its release has not happened.
          r"|(?:следующий|очередной|ближайший) список"
          # "Лукашенко допустил освобождение X", "рассматривает помилование": a release allowed as possible has not happened.
          r"|допустить|допускать|рассматривать"
          # "знает, когда обычно выходят сообщения о помилованиях" (lemmas): a release told as a habit is no release of anyone
          # named (not "как обычно", "as usual": a release that did happen).
          r"|(?<!как )обычно|как правило")
# A modal verb before a count makes it a forecast or an offer ("Минск может предложить лишь 50 политзаключенных").
MODAL = r"мочь|смочь|возможно"
# "Освободить планируется около 1 500": a planned or forecast release, whichever side of the verb the word stands.
PLANNED = r"планироваться|предполагаться|ожидаться|прогнозироваться|предусматриваться"
ARREST = r"задержать|арестовать|бежать|эмигрировать|посадить|задержание"
DEATH = r"умереть|скончаться|погибнуть|смерть"
# A death numbered by an ordinal before it, as written ("девятая смерть", "the ninth death"): deaths in custody so far.
DEATH_NOUN = r"смерть|гибель"
# "Украина вернула из российского плена 84 человека" (lemmas): a return from war captivity, no pardon round.
WAR_CAPTIVITY = r"военнопленный|российский плен|плен в россия|обмен пленный"
# "Координационный штаб по вопросам обращения с военнопленными" (lemmas): it announces transfers of civilians too.
CAPTIVITY_OFFICE = r"штаб|центр|омбудсмен|уполномоченный"

# --- Rounds ---
# Metaphors are no rounds: "a first step", «першым крокам», "a gesture" are not listed.
ROUND_NOUNS = r"раунд|этап|волна|группа|партия|помилование|акт|решение|указ|освобождение"
ROUND_TIME = r"раз"
# "за пять волн помилования вышли более 150": a count told over several releases sums them (a group or batch may be a
# part of one round: "освободили 37 двумя группами" is one release).
OVER_ROUNDS = r"за|в|во|в ходе|на протяжение"
SERIES_NOUNS = r"раунд|этап|волна|помилование|указ|освобождение"
# "— на этот раз 16 человек": the count of the round the sentence releases.
THIS_TIME = r"(?:на|в) (?:этот|это) раз"
# "вторая группа за это лето" в 2024 году: the season (or year) the pardons began in spans the whole series.
SERIES_SEASON = (r"(?:этот|это|нынешний|текущий) (?:год|лето)|в этот год"
                 # "второй указ после июльского" in 2024 (lemmas): the July round counted after is the series' first.
                 r"|после июльский")
# A superlative before a span ("самое крупное с июля освобождение") ranks one release; it counts none.
# "тем самым" (thereby) ranks nothing.
SUPERLATIVE = r"(?<!тем )(?<!тот )самый|наиболее"
# "второе освобождение за неделю", "третья такая передача в этом году": an ordinal within a span is local.
LOCAL_SPAN = (r"с начало год\w*|за (?:неделя|месяц|осень|лето|год|последний \w+|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)|в 20\d\d год|в (?:этот|это) (?:год|месяц)"
              r"|(?:этот|это|нынешний|текущий|наступить) (?:год|осень|месяц)|после \w+"
              r"|в последний (?:день|неделя)|менее чем за|за (?:\w+ ){1,2}(?:день|неделя|месяц)|с тот пор как|с момент как"
              # "в новом году": a span of its own.
              r"|в новый год"
              # "второе помилование в январе", "при новой администрации": counted within a month or an administration.
              r"|в (?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
              r"|при (?:[^\W\d]+ ){0,2}администрация")
# "первое за почти четыре года освобождение" (lemmas): a gap of years before the release the ordinal numbers.
YEARS_GAP = (r"(?:почти |более чем |больше чем |около )?за (?:почти |более чем |больше чем |около |последний )?"
             r"(?:\S+ )?(?:год|лет|десятилетие)")

# --- Standing counts and running totals ---
PEOPLE = (r"человек|люди|лицо|политзаключенный|политический заключенный|политический заключить|заключенный"
          r"|заключить|осужденный|осудить|гражданин|белорус|узник|политзек|иностранец|украинец|поляк|литовец"
          r"|американец|священник")
PEOPLE_FILLER = (r"еще|другой|политический|осудить|осужденный|бывший|католический"
                 # "больше тысячи наших людей за решёткой" (lemmas): a possessive between the count and its people.
                 r"|наш|свой")
# Nouns of a whole prisoner count (not "30 журналистов", a subset).
PRISONERS = (r"фамилия|политзаключенный|политический заключенный|политический заключить|заключенный|заключить"
             r"|человек|люди|лицо|узник|политзек")
POLITICAL = r"политзаключенный|политический заключенный|политический заключить|политзек|по политический мотив"
# A flow of newly recognised prisoners ("признаны политзаключёнными — 57"), weaker than a standing count.
RECOGNISED = r"признать|признанный"
HELD = (r"по-прежнему|знать о|известно о|оставаться|находиться|содержаться|за решетка|в заключение|насчитывать"
        r"|насчитываться|в беларусь|признать|признать_fut|признавать|в список|считать|считаться|в (?:тюрьма|колония)"
        # "«Вясна» задокументировала 1110 политзаключенных": the standing count, told with a verb of counting.
        r"|задокументировать|документировать")
HELD_BEFORE = (r"политзаключенный[^.]{0,40}(?:составлять|составить|достигнуть|достигать|оставаться|—)"
               r"|политзаключенный в (?:страна|беларусь)(?: сейчас)?"
               # "«Вясна» оценивает число политзаключенных примерно в 950 человек" (lemmas): the count estimated, held.
               r"|(?:оценивать|оценить) (?:[^\W\d]+ )?(?:число|количество) (?:[^\W\d]+ )?политзаключенный(?: [^\W\d]+)? в")
# A verb that holds people after an earlier release word: "после освобождения остаются 1150".
REMAIN = (r"оставаться|находиться|содержаться|насчитывать|насчитываться|знать о|известно о"
          r"|задокументировать|документировать")
# The list of political prisoners and what it counts ("Viasna's list still includes 1,126 names",
# "у спісе 1 110 імёнаў"): its size is the standing count.
LIST_NOUN = r"список"
LIST_ENTRIES = r"имя|фамилия|человек"
# "Общее число теперь — 1 126": the subject that sums up what the sentence before counted.
TOTAL_NOUN = r"общий число|общий количество|число|количество|итог|они|в он"
# Words that only total a round ("всего освобождены 14") unless a span or "уже" joins them.
# "всего через пять дней" is "only five days later", no total.
TOTAL_WEAK = r"всего(?! (?:через|лишь|несколько) )|в общий сложность|в цел\w*|итого"
ALREADY = r"уже|к настоящий время|на сегодняшний день"
CUMULATIVE = (r"с тот пора|с тот время|с июль|с лето|с начало|с 2024|с прошл\w* лето"
              r"|с первый (?:освобождение|помилование|волна|группа)|с момент"
              r"|общий число|общий количество|к конец|(?:вместе|с учет) (?:с )?(?:этот|это|последний|сегодняшний) (?:группа|указ|помилование|решение)"
              # "Вместе с этими 25 ... вышли 355": the round's own count inside a larger one.
              r"|(?:вместе с|включая|с учет) (?:этот|они) \d+"
              # "Вместе с освобождёнными по амнистии в июле ... вышли 115": the earlier releases counted in.
              r"|(?:вместе|наряду) с (?:освободить|помиловать|освобожденный|помилованный|отпустить)"
              # "Это девятая группа с июля. За это время освобождены 254" (lemmas): "this time" refers back to the series' span.
              r"|за (?:весь )?(?:это|этот) (?:время|период)")
# A span told as a clause after the figure: "..., с тех пор как летом 2024 года начал".
SPAN_CLAUSE = r"с тот пора как|с тот время как"
# A running total that rose to the figure ("the number freed since July now stands at 354", "кількість звільнених
# зросла до 354"), besides the words every language shares (`verbs.TOTAL_TO`).
RISEN_TO = (r"вырасти до|возрасти до|увеличиться до|дойти до"
            # "число освобождённых с июля теперь составляет более 350" (lemmas): the imperfective of "составить" reaches the total.
            r"|составлять")
NEW = r"новый|еще|добавить|добавлять"
# A prison before "еще" makes it "still" ("в тюрьмах еще более тысячи"), not "new".
PRISON_PLACE = r"тюрьма|колония|решетка"
# A standing count told for the present beats one told for a past time ("Сейчас их 1 126").
NOW = r"сейчас|теперь|сегодня|на сегодня|на сегодняшний день|в настоящий время"
# "в Беларуси 1150 политзаключённых", and "в тот день" pointing back to a date just told.
IN_COUNTRY = (r"в (?:беларусь|страна)"
              # "в стране на данный момент 1 275 политзаключенных": the country with a phrase of the present.
              r"|в (?:беларусь|страна) (?:на данный момент|на сегодня|на сегодняшний день|в настоящий время)")
# "Усі троє досі перебувають в ув'язненні", "All three remain in prison": a group told before, not a count.
ALL_OF = r"все|весь|оба|обе"
# "среди помилованных есть люди с инвалидностью — их трое" (lemmas): the words between a trait's dash and its count.
THEIR_NUMBER = r"они|их|такой|таких|они быть|таких быть|такой быть"
# "о более чем 1100 людях, которые остаются за решеткой": a relative clause that holds the people counted before it.
WHO_REMAIN = (r"который (?:по-прежнему |до сих пор |до сей пора |все еще |всё ещё |еще |ещё )?(?:(?:оставаться|находиться|сидеть|содержаться) )?"
              r"(?:за решетка|в (?:тюрьма|колония|заключение))")
# "1127 политзаключенных, несмотря на несколько волн освобождений": the release is conceded, not the count's.
DESPITE = r"несмотря на|невзирая на|вопреки|даже после"

# --- The make-up of a round ---
SUBCOUNT = r"из они|среди они|из который|среди который|из (?:помиловать|освободить|помилованный|освобожденный)"
INCLUDING = (r"в тот число|в том числе|включая|среди они|из они|в они число"
             r"|среди (?:освободить|помиловать|освобожденный|помилованный|выйти)")
# Nationality nouns: "в том числе 14 иностранцев" is a part of the round, "46 иностранцев" alone is it.
FOREIGN = (r"иностранец|иностранный|гражданин (?:литва|латвия|польша|германия|япония|швеция|сша|франция"
           r"|великобритания|эстония|украина|россия|другой|иностранный)")
# "Вместе с ним освобождены еще 13": the count leaves out the one person just named (the round is 14).
WITH_ONE = (r"(?:вместе|наряду) с (?:еще|ещё|ним|ней|[^\W\d]+(?:ский|цкий|ская|цкая|ов|ев|ин|ова|ева|ина|ко|ич|ук|юк))")
# "Николай Статкевич и еще шестеро": a name, then the count of the others (the round is 7); read off the text.
AND_MORE = r"и (?:еще|ещё)"
# One person named by a noun before "и" and a count: "гражданка США и двое граждан Беларуси" are three.
ONE_PERSON = (r"(?:гражданин|гражданка|американец|американка|журналист|журналистка|активист|активистка|поляк"
              r"|полька|священник)(?: сша| беларусь| польша| литва| япония)?")
ONE_PERSON_NOUN = ONE_PERSON
# "вместе с ещё 13": the count leaves out the person just named.
PARTIAL = r"вместе с|наряду с|кроме (?:он|она|они)"
# "Кроме того, Украине передали двух священников" (read as lemmas): the count adds to the round told before it.
ADDITION = r"(?:кроме|помимо) (?:тот|этот|это|они)|вдобавок(?: к (?:этот|это|тот))?"
# The verb of having, for a trait told before its count ("Детей имеют 17 помилованных"), as a lemma.
HAVE = r"иметь"
# Opening a sentence, the rest of a group counted before ("Остальные двое — A и B", "Другие пятеро — ..."): its names
# take the counted group's state.
THE_OTHERS = r"(?:остальной|другой|оставшийся) (?:[^\W\d]+ )?(?:—|–|-|это|быть)|(?:двое|трое|четверо|пятеро|шестеро) (?:остальной|другой) (?:[^\W\d]+ )?(?:—|–|-|это|быть)"
WOMEN = r"женщина"
MEN = r"мужчина"
CHRONIC = r"хронический|хронически"
DISABLED = r"инвалид|инвалидность|ограниченный возможность"
OVER_50 = (r"старший\s+50|(?:более|свыше)\s+50\s+год|за\s+50|от\s+50\s+год"
           # "четверым больше 50 лет": the comparative of "many" before the years.
           r"|больше\s+50\s+год")
# "двое несовершеннолетних" are minors, not parents; "несовершеннолетних детей" says "ребенок".
CHILDREN = r"ребенок|дети|многодетный|родитель|(?:мать|отец) (?:несовершеннолетн|малолетн)\w*"
# Nouns of the children themselves: "маці траіх дзяцей" counts children, not parents.
KIDS = r"(?:(?:несовершеннолетний|малолетний|маленький|малый) )?(?:ребенок|дети|детея)"

# --- Time told as background ---
# A release told as background, not as today's news; "ранее в субботу" and "ранее сегодня" are the news itself.
BACKGROUND = (r"недавно|(?:через|спустя) (?:\w+ )?(?:день|неделя|месяц) после|предыдущий|тогда|напомнить(?:_fut)?"

              r"|ранее(?! сегодня| в (?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье))"
              r"|раньше|в прошлый год|в прошлый месяц|год назад|месяц назад|неделя назад|год ранее"
              r"|в последний раз|последний раз|в тот месяц|в тот год|тот лето|тот осень")
# Told after another event ("Спустя пять дней ..."): background when the event before it is.
SEQUEL = r"(?:через|спустя) (?:\w+ )?(?:день|неделя|месяц)|затем|потом|позже"
# "Напомним": a reminder of a figure that still holds (a running total) is no sign of the past.
REMINDER = r"напомнить(?:_fut)?"
# A "then" that points back at the time told before it ("тогда", "в тот год"): the paragraph's date.
THEN = r"тогда|в тот месяц|в тот год|тот лето|тот осень"
# "В сентябре освобождены 52": a month without a day is a past round (a running total may still start there);
# "как и в сентябре" only compares.
# "после декабрьского освобождения 123": a month's adjective dates the figure to that month, too.
MONTH_ONLY = (r"(?<!как и )в (?:(?:начало|конец|середина) )?(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь"
              r"|октябрь|ноябрь|декабрь)(?![ ,]+\d{1,2}(?!\d))"
              r"|(?:январский|февральский|мартовский|апрельский|майский|июньский|июльский|августовский|сентябрьский"
              r"|октябрьский|ноябрьский|декабрьский)")
# Counts over a calendar period ("за месяц на свободу вышли 48") are statistics, not a round.
PERIOD = (r"за (?:месяц|неделя|год|полгода|квартал|минувший месяц|прошедший месяц|прошлый месяц"
          r"|прошлый год|минувший год|прошедший год|январь|февраль|март|апрель"
          r"|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)|по итог (?:месяц|год)"
          r"|в течение (?:месяц|неделя|год)"
          # "Каждый месяц «Весна» признаёт по 50–60": a rate over every month is a statistic too.
          r"|ежемесячно|еженедельно|каждый (?:месяц|неделя|год)"
          # A calendar year's releases ("За 2025 год Лукашэнка памілаваў больш за 300"): a statistic of that year, not a round.
          r"|за (?:19|20)\d\d год")
# "за последний год помилованы почти 300": releases over a whole year are a running total, not a round.
YEAR_SPAN = (r"за (?:последний )?год|в течение (?:последний )?год"
             # "за более чем год", "больше чем за год": a year and more of rounds.
             r"|за (?:более|больше) чем год|(?:более|больше) чем за год|за год с лишний")
# "Через шесть дней после освобождения X рассказал": the release is the time of the speaker's own clause.
AFTER_EVENT = r"после|спустя|с момент"
# "Через год после того, как его освободили в группе из 14": a time after a release opening the sentence (read with
# the person freed, `OWN_PRONOUN`, as lemmas) makes the group's count the background of a later story, not a round.
TIME_AFTER = r"(?:через|спустя) (?:[^\W\d]+ )?(?:год|полгода|месяц|неделя|день|лето)(?: после)?"
# "через год после освобождения" (lemmas): the units of a time long enough that the release it follows is no news.
LONG_TIME = (r"год|полгода|месяц|лето"
             # "Через неделю после освобождения она впервые встретилась с журналистами" (lemmas): a week after is a later story.
             r"|неделя")

# --- Relevance and the kind of page ---
# A label line over an opinion piece ("Колонка", "Opinion"): a comment on a round, not its report.
OPINION = r"мнение|колонка|аналитика|комментарий|точка зрение|авторский колонка"
# A label line over an interview or a profile ("Interview · 3 July 2025", "Профіль"): the person's release is its
# background, not the page's news.
FEATURE_LABEL = r"интервью|профиль"
# "Мнение автора может не совпадать с позицией редакции": the author's view set apart from the outlet's.
AUTHORS_VIEW = (r"(?:мнение|точка зрение|взгляд|позиция) автор.{0,40}редакция"
                r"|редакция.{0,40}(?:мнение|точка зрение|взгляд|позиция) автор")
# The author's own voice outside quotes ("на мой взгляд", "я считаю"): a comment on a round, not its report.
OPINION_VOICE = r"на мой взгляд|по-моему|по мой мнение|я считать|я думать|я казаться|я убедить|я уверенный"
# The author's own "I" outside quotes: with rhetorical questions, the voice of a column.
FIRST_PERSON = r"я|мой"
# A headline of a periodic review: its rounds are the month's statistics, not news.
REVIEW = r"обзор|дайджест|объяснять|в цифра|итог (?:месяц|неделя|год)|ежемесячный|хронология"
# "Источник: дайджест новостей | 10.12.2024" (lemmas): the label of a masthead field that names the outlet.
OUTLET_LABEL = r"источник|по материал|по материалы"
# "Как сообщает «Вясна», ... из Гомеля": the country's own rights group or towns name Belarus where the page does not.
BELARUS_NAMED = (r"вясн\w*|гомел\w*|гродн\w*|витебск\w*|могил[её]в\w*|бобруйск\w*|жодин\w*|окрестин\w*"
                 r"|новополоцк\w*|солигорск\w*|барановичах?|молодечн\w*")
