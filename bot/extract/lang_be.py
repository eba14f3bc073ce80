"""Belarusian knowledge for the extractor: word lists and regex fragments, no logic.

This module holds what an event says: numbers, ordinals, dates, release and transfer words, rounds, standing counts,
the make-up of a round, time told as background, and what makes a page relevant. Who the people are
lives in `lang_be_people`; lexicon.py reads the two as one table.

Belarusian has no morphological analyser on PyPI, so these are stem tables. Independent outlets
(Radio Svaboda, Nasha Niva, Belsat) write the classical orthography ("палітвязьняў", "вызваленьне",
"сьвята"), Viasna and state media the official one; the field patterns below are written in the
official spelling and matched against text folded to it (see morph.fold_be: lower case, "у" for "ў",
no soft sign inside consonant clusters). Numbers, months, weekdays and relative days are read off the
text as written, so their classical forms are listed too. Łacinka is transliterated before reading.
"""


def _forms(value: int, *words: str) -> dict[str, int]:
    return {w: value for w in words}


# --- Numbers ---
NUMBER_WORDS = {
    **_forms(1, "адзін", "аднаго", "аднаму", "адным", "адна", "адной", "адну", "адно"),
    **_forms(2, "два", "дзве", "двух", "двум", "двума", "дзвюх", "дзьве", "дзьвюх"),
    **_forms(3, "тры", "трох", "тром", "трыма"),
    **_forms(4, "чатыры", "чатырох", "чатыром", "чатырма"),
    **_forms(5, "пяць", "пяці", "пяццю"),
    **_forms(6, "шэсць", "шасці", "шасцю"),
    **_forms(7, "сем", "сямі", "сямю"),
    **_forms(8, "восем", "васьмі", "васьмю"),
    **_forms(9, "дзевяць", "дзевяці", "дзевяццю"),
    **_forms(10, "дзесяць", "дзесяці", "дзесяццю"),
    **_forms(11, "адзінаццаць", "адзінаццаці"),
    **_forms(12, "дванаццаць", "дванаццаці"),
    **_forms(13, "трынаццаць", "трынаццаці"),
    **_forms(14, "чатырнаццаць", "чатырнаццаці"),
    **_forms(15, "пятнаццаць", "пятнаццаці"),
    **_forms(16, "шаснаццаць", "шаснаццаці"),
    **_forms(17, "сямнаццаць", "сямнаццаці"),
    **_forms(18, "васямнаццаць", "васямнаццаці"),
    **_forms(19, "дзевятнаццаць", "дзевятнаццаці"),
    **_forms(20, "дваццаць", "дваццаці", "дваццаццю"),
    **_forms(30, "трыццаць", "трыццаці", "трыццаццю"),
    **_forms(40, "сорак", "сарака"),
    **_forms(50, "пяцьдзясят", "пяцідзесяці"),
    **_forms(60, "шэсцьдзясят", "шасцідзесяці"),
    **_forms(70, "семдзесят", "сямідзесяці"),
    **_forms(80, "восемдзесят", "васьмідзесяці"),
    **_forms(90, "дзевяноста"),
    **_forms(100, "сто", "ста"),
    **_forms(200, "дзвесце", "двухсот"),
    **_forms(300, "трыста", "трохсот"),
    **_forms(400, "чатырыста", "чатырохсот"),
    **_forms(500, "пяцьсот", "пяцісот"),
    # Collective numerals count people: "двое — інваліды", "траіх вызвалілі".
    # The oblique case is also written with the "ё" of the nominative ("у шасцёрых", Łacinka "u šaściorych").
    # The dative counts those who have a trait: "пяцярым больш за 50 гадоў".
    **_forms(2, "двое", "дваіх", "дваім"), **_forms(3, "трое", "траіх", "траім"),
    **_forms(4, "чацвёра", "чацвярых", "чацвёрых", "чацвярым"),
    **_forms(5, "пяцёра", "пяцярых", "пяцёрых", "пяцёх", "пяцярым"),
    **_forms(6, "шасцёра", "шасцярых", "шасцёрых", "шасцёх", "шасцярым"),
    **_forms(7, "сямёра", "сямярых", "сямёрых", "сямярым"),
    **_forms(8, "васьмёра", "васьмярых", "васьмёрых", "восьмера", "восьмёра", "васьмера", "васьмярым"),
    **_forms(9, "дзевяцёра", "дзевяцярых", "дзевяцёрых", "дзевяцярым"),
    **_forms(10, "дзесяцёра", "дзесяцярых", "дзесяцёрых", "дзесяцярым"),
    **_forms(1000, "тысяча", "тысячы", "тысяч", "тысячу"),
}
# Nouns that scale the number before them: "двух дзясяткаў" is 20, "дзвюх соцень" 200.
MULTIPLIERS = {
    **_forms(10, "дзясятак", "дзясятка", "дзясяткаў", "дзесятак", "дзесятка", "дзесяткаў"),
    **_forms(100, "сотня", "сотні", "соцень", "сотняў", "сотню"),
}
# A scale word standing alone for its number: "дзясятак палітвязняў" is 10 ("сотні" stays vague).
LONE_SCALES = {"дзясятак": 10, "дзесятак": 10, "паўтара дзясятка": 15, "паўтара дзесятка": 15, "тузін": 12}
# Lone scale words that say "about so many" ("about a dozen prisoners were freed"): a standing count may be told so,
# never a round's size or make-up ("полтора десятка" stays fifteen).
APPROXIMATE_SCALES = ("дзясятак", "дзесятак", "тузін")
# A plural thousand with no number or hedge before is "thousands", no figure ("асудзілі тысячы людзей").
VAGUE_THOUSANDS = ("тысячы", "тысяч")
QUALIFIERS = (
    ("больш за", "over"), ("больш як", "over"), ("больш чым", "over"), ("звыш", "over"),
    ("не менш за", "at_least"), ("не менш як", "at_least"), ("прынамсі", "at_least"),
    ("як мінімум", "at_least"), ("мінімум", "at_least"), ("амаль", "nearly"), ("ледзь не", "nearly"),
    ("вышэй за", "over"), ("каля", "about"), ("прыкладна", "about"), ("блізу", "about"), ("парадку", "about"),
    ("не менш чым", "at_least"), ("ня менш за", "at_least"), ("ня менш як", "at_least"), ("ня менш чым", "at_least"),
    # "колькасць вызваленых перавысіла 430": the verb hedges the figure it raises the count past.
    ("перавысіла", "over"), ("перавысіў", "over"), ("перавысілі", "over"), ("перавышае", "over"),
    ("пераваліла за", "over"), ("перавалілі за", "over"),
    # "колькасць вызваленых перасягнула 300": a mark passed.
    ("перасягнула", "over"), ("перасягнуў", "over"), ("перайшла за", "over"), ("перайшоў за", "over"),
    # "ацэньвае колькасць палітвязняў прыкладна ў 950": the hedge before the "ў" an estimate takes.
    ("прыкладна ў", "about"), ("прыкладна у", "about"),
)

# --- Ordinals ---
ORDINAL_WORDS: dict[str, int] = {}
# The 9th and 10th are also written with "е" as in their cardinals ("дзевяты" beside "дзявяты", Łacinka "dzieviaty").
ORDINAL_STEMS = {
    "перш": 1, "друг": 2, "трэц": 3, "чацвёрт": 4, "чацверт": 4, "чацьвёрт": 4, "чацьверт": 4, "пят": 5, "шост": 6,
    "сём": 7,
    "восьм": 8, "дзявят": 9, "дзевят": 9, "дзясят": 10, "дзесят": 10, "адзінаццат": 11, "дванаццат": 12,
    "трынаццат": 13, "чатырнаццат": 14, "пятнаццат": 15, "шаснаццат": 16, "сямнаццат": 17,
    "васямнаццат": 18, "дзевятнаццат": 19, "дваццат": 20,
}
ORDINAL_DIGIT = "ы|і|я|е|га|му|м|ая|ае"
# "удзявятае", "увосьмае", "упершыню": an ordinal written as an adverb of time (prefix, endings).
ORDINAL_ADVERB = (r"[уў]", r"ае|яе|ое|ыню")

# --- Dates and days ---
MONTHS = {
    **_forms(1, "студзень", "студзеня"), **_forms(2, "люты", "лютага"), **_forms(3, "сакавік", "сакавіка"),
    **_forms(4, "красавік", "красавіка"), **_forms(5, "травень", "траўня", "травеня"),
    **_forms(6, "чэрвень", "чэрвеня"), **_forms(7, "ліпень", "ліпеня"), **_forms(8, "жнівень", "жніўня"),
    **_forms(9, "верасень", "верасня", "верасьня"), **_forms(10, "кастрычнік", "кастрычніка"),
    **_forms(11, "лістапад", "лістапада"), **_forms(12, "снежань", "снежня", "сьнежань", "сьнежня"),
    # "у верасні", "у сьнежні": a month without its day.
    **_forms(1, "студзені"), **_forms(2, "лютым"), **_forms(3, "сакавіку"), **_forms(4, "красавіку"),
    **_forms(5, "траўні"), **_forms(6, "чэрвені"), **_forms(7, "ліпені"), **_forms(8, "жніўні"),
    **_forms(9, "верасні", "верасьні"), **_forms(10, "кастрычніку"), **_forms(11, "лістападзе"),
    **_forms(12, "снежні", "сьнежні"),
}
WEEKDAYS = {
    "панядзел": 0, "аўтор": 1, "серад": 2, "чацвер": 3, "чацьвер": 3, "пятніц": 4, "субот": 5, "нядзел": 6,
}
RELATIVE_DAYS = {"сёння": 0, "сёньня": 0, "учора": -1, "ўчора": -1, "напярэдадні": -1, "пазаўчора": -2,
                 "заўчора": -2}
# "напярэдадні Дня Незалежнасці" names no day; "напярэдадні" alone is the day before.
EVE_OF = r"дн[яюе]|свят\w*|выбар\w*|угодк\w*|візіт\w*|сустрэч\w*|перамов\w*|саміт\w*|нов\w+ год\w*|каляд\w*|раства|вялікадн\w*|вялікадня"
# A holiday's name and the clause that dates it ("Дня Волі, які адзначаюць 25 сакавіка"): the date is the holiday's.
# Read case-sensitively: "Дзень" written with a capital names a holiday; "8 Сакавіка" is caught by its capital month.
HOLIDAY = r"(?:Дзень|Дзеня|Дня|Дню|Днём)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}|Каляд\w*|Вялікдзень|Вялікадня"
HOLIDAY_CLAUSE = r"як\w+|што|адзначаюць|адзначаецца|святкуюць|святкуецца"
THAT_DAY = r"у (?:той|гэты) (?:жа )?дзень"
# "калі 18 чалавек выйшлі": a past round named as a point in time.
WHEN = r"калі"

# --- Releases, transfers and their opposites ---
# "52 вязняў вывезлі з беларускіх калоній": moved out of prison, freed.
_INTO_PRISON = r"(?!.*(?:у|ў|в|на) (?:[^\W\d]+ ){0,2}(?:калоні|турм|сізо))"
# "вызвал[іея]", not the Russian "вызвали" (summoned).
# Łacinka written without "ł" ("pamilavaŭ") reads "памілява-".
RELEASE = (r"памілава\w*|памілява\w*|вызвал[іея]\w*|выйшл\w* на волю|выйшаў на волю|выпусц\w*|адпусц\w*|выпушчан\w*"
           r"|адпушчан\w*|на волю (?:[уў]жо )?(?:выйшл\w*|выйшаў)|апынул\w* на волі|вярнул\w* (?:дадому|на радзіму)"
           r"|вярнул\w* да (?:сваіх )?(?:сем'яу|сем'і|родных|блізкіх)"
           # (Not a case handed to the court: "справа перададзеная ў суд".)
           r"|перада(?:л\w*|ў) (?:украіне|літве|польшчы)|(?:украіне|літве|польшчы) перада(?:л\w*|ў)|перададзен\w*(?!\w)(?!\s+(?:[уў]|да)\s+суд)|вывез\w* (?:у|ў|на) (?:літву|украіну|польшчу)"
           r"|выслал\w*|дэпартава\w*|амніставан\w*"
           # "у Літву вывезлі 52", "з Беларусі вывезлі", "на волі 52 чалавекі", "выйшла з калоніі".
           r"|(?:у|ў) (?:літву|украіну|польшчу) (?:[^\W\d]+ ){0,2}вывез\w*|(?:з|са) (?:беларусі|краіны) (?:[^\W\d]+ ){0,5}вывез\w*"
           r"|вывез\w* (?:з|са) (?:беларусі|краіны)|на волі|выйш\w* (?:з|са) (?:[^\W\d]+ ){0,3}(?:кал[оё]ніі|турмы|сізо|сіза|зняволення)"
           # Prisoners who left the country or a colony were let go: "Беларусь пакінулі 123 палітвязні" (not emigrants).
           r"|пакінул\w*(?= (?:беларусь |краіну )?(?:\d[\d ]* )?(?:[^\W\d]+ )?(?:палітвязн\w*|вязн\w*|зняволен\w*|асуджан\w*))"
           r"|(?:палітвязн\w*|вязн\w*|зняволен\w*|асуджан\w*) пакінул\w* (?:беларусь|краіну)"
           r"|пакінул\w* (?:калонію|турму|сізо)"
           # "Ціханоўскі выйшаў на свабоду ў суботу", "на свабодзе 14 чалавек": the Russian loan beside "на волю".
           r"|выйш\w* на свабоду|на свабоду (?:[уў]жо )?выйш\w*|апынул\w* на свабодзе|на свабодзе"
           # "пакінуў калонію", "вярнуўся да сям'і": leaving the colony, home to the family ("на свабоду" is read
           # above).
           r"|пакін(?:уў|ул\w*) (?:[^\W\d]+ )?(?:калонію|калёнію|турму|сізо|месцы зняволення)"
           r"|вярну(?:ўся|лася|ліся) да (?:сваіх )?(?:сям'і|сем'яў|родных|блізкіх)"
           # A pronoun may stand between freedom and its verb ("на волю ён выйшаў толькі ў лютым"): the release is read before it
           # ("свабода" beside "воля" is read above).
           r"|на (?:свабоду|волю)(?= (?:ён|яна|яны) (?:[уў]жо )?(?:выйшл\w*|выйшаў))"
           # The infinitive ("павінна выйсці на волю", "змог выйсці на свабоду"), as Russian's lemma "выйти" reads every form:
           # whether it happened is the verb's before it (a wish or a plan is read as one, see verbs.is_wish).
           r"|выйсці на (?:волю|свабоду)"
           # Freedom received ("Волю атрымаў X", "Свабоду атрымалі X і Y").
           r"|(?:волю|свабоду) атрыма\w*|атрыма\w* (?:[^\W\d]+ )?(?:волю|свабоду)"
           + (r"|(?:вывез\w* з (?:[^\W\d]+ ){0,2}(?:калоні\w*|турм\w*|сізо)|з (?:[^\W\d]+ ){0,2}(?:калоні\w*|турм\w*)"
              r" вывез\w*)" + _INTO_PRISON)
           # A release told from the place, fronted ("З яго атрада ў чэрвені выйшаў X"): a colony's unit is the colony.
           + r"|(?:з|са) (?:[^\W\d]+ ){0,2}(?:кал[оё]ніі|турмы|сізо|сіза|атрада) (?:[^\W\d]+ ){0,3}выйш\w*"
           # "Таксама выйшла настаўніца X, якую асудзілі ў 2022 годзе": "выйшла" alone, with "таксама" after a release told before
           # it, is out of prison (not "выйшла з аўтобуса", "выйшла ў эфір").
           # The verb may open the sentence with "і" for "also" ("Выйшаў і журналіст X"), the subject after it.
           r"|(?:(?:таксама|яшчэ) (?:(?!не )[^\W\d]+ )?выйш(?:аў|ау|ла|лі)|^\W*выйш(?:аў|ау|ла|лі) (?:і|й))(?! (?:з|са|у|ў|на|за|замуж)(?!\w))"
           # (A publication comes out too: "таксама выйшла інтэрв'ю X", "выйшла кніга".)
           r"(?! (?:[^\W\d]+ )?(?:заява|інтэрв'ю|кніга|артыкул|фільм|відэа|зварот|ліст|матэрыял|нумар|выпуск|даклад))")
# "One release does not change the system": a release noun after a number counts no people.
RELEASE_NOUN = r"вызваленн\w*|памілаванн\w*|паміляванн\w*"
# Reporting a release, not wishing it: "could confirm the release".
CONFIRM = r"пацвердз\w*|пацвярдж\w*"
# Imperfective release verbs that number a series ("ужо дзявяты раз памілоўвае").
RELEASE_ONGOING = r"памілоу\w*|памілоў\w*|мілу(?:е|юць|ю)|мілаваў\w*"
# "трэцяя такая перадача", "другі этап вяртання", "другая партыя ўкраінцаў": an ordinal of the handovers of
# Ukrainians, another series than Belarus's pardon rounds.
TRANSFER_SERIES = r"перадач\w*|абмен\w*|вяртанн\w*|[уў]краінц\w*"
# "40 палітвязняў перавялі ў турму": people moved between prisons, not a count of those held.
MOVED = r"перав[яеё]л\w*|пераводз\w*|перавез\w*|перавоз\w*|этапава\w*|этапуюць"
# "такім шляхам на волю выйшлі больш за 250 палітвязняў": the releases of a practice told before.
THIS_WAY = r"так\w* (?:спосаб\w*|шлях\w*)|гэт\w* (?:спосаб\w*|шлях\w*)|падобн\w* чынам"
# Released at the end of a term, not by a pardon.
SERVED = r"адбыц\w*|адбыўшы|адбыў|адбыла|адбылі|па заканчэнні тэрмін\w*|пасля заканчэння тэрмін\w*"
# "Until" with the "не" that goes with it and negates nothing (see until): "пока его не освободили".
UNTIL = r"(?:пакуль|покуль)(?:\s+[^\W\d]+){0,3}?\s+(?:не|ня)"
# A release that was due, after a fronted release ("Вызваліцца ён павінен быў у лютым", "мусіў").
DUE = r"павін\w*|мусі\w*"
# A release or a term that was due and did not come (folded, "ў" read as "у"): "павінен быў выйсці ў лютым, але ...",
# "які мусіў сядзець яшчэ сем гадоў, вывезлі ў Літву". Only the past: "павінна сядзець яшчэ год" is held.
DUE_PAST = r"павін\w* (?:быу|была|было|былі)|мусіу|мусіла|мусілі"
DEMAND = (r"спрабава\w*|спрабу\w*|паспрабава\w*|павін\w*|патрабава\w*|патрабу\w*|заклік\w*|просі\w*|прасі\w*|просяць|просьб\w*|разлічва\w*|разлічы\w*|дамага\w*|спадзя\w*|хоча\w*"
          # A release that may, will or is promised to happen has not happened.
          r"|могуць|можа|змогуць|будуць|будзе|абяца\w*|паабяца\w*|плану\w*|мае намер|гатов\w*|чака\w*"
          # "мог бы выйсці на волю", "магла б быць вызвалена": a release that would have been has not been.
          r"|мог бы|магл[аі] б(?:ы)?"
          # "адмаўляецца пісаць прашэнне аб памілаванні": a pardon asked for, or not, has not been given.
          r"|прашэнн\w*(?: аб| пра)?"
          # "Варшава настойвае на вызваленні X": a release insisted on has not happened.
          r"|настойва\w*|настая\w*"
          # "уключыць сына ў наступны спіс памілаваных": the next list is still to come, its release has not happened.
          r"|(?:наступн|чарговы|бліжэйш)\w* сп[іі]с\w*"
          # "Лукашэнка дапусціў вызваленне X", "разглядае памілаванне": a release allowed as possible has not happened.
          r"|дапусці\w*|дапушча\w*|разглядае\w*"
          # "ведае, калі звычайна выходзяць паведамленні пра памілаванні": a release told as a habit is no release of anyone
          # named (not "як звычайна", "as usual": a release that did happen).
          r"|(?<!як )звычайна|як правіла")
# A modal verb before a count makes it a forecast or an offer ("Мінск можа прапанаваць толькі 50 палітвязняў").
MODAL = r"можа|могуць|мог\w*|магчыма"
# "Вызваліць плануецца каля 1 500": a planned or forecast release, whichever side of the verb the word stands.
PLANNED = r"плануецца|плануюцца|мяркуецца|чакаецца|прагназуецца|прадугледжваецца"
ARREST = r"затрыма\w*|арыштава\w*|з'ехал\w*|з’ехал\w*|пасадзіл\w*"
DEATH = r"памер\w*|загінул\w*|смерц\w*"
# A death numbered by an ordinal before it, as written ("девятая смерть", "the ninth death"): deaths in custody so far.
DEATH_NOUN = r"смерць|сьмерць|гібель"
# "Украіна вярнула з расійскага палону 84 чалавекі": a return from war captivity, no pardon round.
WAR_CAPTIVITY = r"ваеннапалонн\w*|расійск\w* палон\w*|расейск\w* палон\w*|абмен палонн\w*"
# "Каардынацыйны штаб па пытаннях абыходжання з ваеннапалоннымі": it announces transfers of civilians too.
CAPTIVITY_OFFICE = r"штаб\w*|цэнтр\w*|амбудсмен\w*"

# --- Rounds ---
# Metaphors are no rounds: "a first step", «першым крокам», "a gesture" are not listed.
# The act's nouns only: "памілаванне", "вызваленне", not the people "памілаваны", "вызваленыя" ("Першы памілаваны
# выйшаў на волю").
ROUND_NOUNS = r"раўнд\w*|этап\w*|хвал\w*|груп\w*|памілаванн\w*|паміляванн\w*|акт\w*|рашэнн\w*|указ\w*|вызваленн\w*"
ROUND_TIME = r"раз"
# "за чатыры хвалі вызвалілі больш за 120": a count told over several releases sums them (a group may be a part of one
# round: "вызвалілі 37 дзвюма групамі" is one release).
OVER_ROUNDS = r"за|у|ў|на працягу"
SERIES_NOUNS = r"раўнд\w*|этап\w*|хвал\w*|памілаванн\w*|паміляванн\w*|указ\w*|вызваленн\w*"
# "— гэтым разам 16 чалавек": the count of the round the sentence releases.
THIS_TIME = r"гэтым разам|на гэты раз|у гэты раз"
# "другая група гэтым летам" у 2024 годзе: the season (or year) the pardons began in spans the whole series.
SERIES_SEASON = (r"гэтага года|у гэтым годзе|гэтым летам|гэтага лета|за (?:год|лета)|бягуч\w* год\w*|сёлета|сёлетн\w*"
                 # "другі ўказ пасля ліпеньскага" in 2024: the July round the ordinal counts after is the series' first.
                 r"|пасля ліпеньск\w*")
# A superlative before a span ("найбуйнейшае з ліпеня вызваленне") ranks one release; it counts none.
# "тым самым" (thereby) ranks nothing.
SUPERLATIVE = r"найбуйнейш\w*|найбольш\w*|(?<!тым )самы\w*"
LOCAL_SPAN = (r"з пачатку года|за (?:тыдзень|месяц|восень|лета|год|апошні\w* \w+|студзень|люты|сакавік|красавік|травень|чэрвень|ліпень|жнівень|верасень|кастрычнік|лістапад|снежань)|[уў] 20\d\d годзе|пасля \w+|гэтага года|у гэтым годзе|гэтага месяца"
              # "у бягучым годзе", "сёлета": this year.
              r"|бягуч\w* год\w*|сёлета|сёлетн\w*"
              # "з моманту інаўгурацыі", "у новым годзе": a span of its own.
              r"|з моманту|ад моманту|[уў] новым годзе"
              r"|гэтай восенню|менш чым за|за (?:\w+ ){1,2}(?:дзён|дні|дзень|тыдн\w*|тыдзень|месяц\w*)|з таго часу як"
              # "другое памілаванне ў студзені", "пры новай адміністрацыі": within a month or an administration.
              r"|[уў] (?:студзені|лютым|сакавіку|красавіку|траўні|чэрвені|ліпені|жніўні|верасні|кастрычніку|лістападзе"
              r"|снежні)|пры (?:[^\W\d]+ ){0,2}адміністрацыі")
# "першае амаль за чатыры гады вызваленне": a gap of years before the release the ordinal numbers.
YEARS_GAP = (r"(?:амаль |больш чым |каля )?за (?:амаль |больш чым |каля |апошнія )?(?:\S+ )?"
             r"(?:гады|год|гадоў|дзесяцігоддзе)")

# --- Standing counts and running totals ---
PEOPLE = (r"чалавек[аі]?|людзей|палітвяз(?:ень|н\w*)|палітзняволен\w*|зняволен\w*|асуджан\w*|грамадзян\w*|беларус\w*"
          r"|вяз(?:ень|н\w*)|украінц\w*|палякаў|літоўц\w*|амерыканц\w*|святар\w*|замежнік\w*|іншаземц\w*")
PEOPLE_FILLER = (r"яшчэ|іншых|палітычных|асуджаных|каталіцк\w*"
                 # "больш за тысячу нашых людзей за кратамі": a possessive between the count and its people.
                 r"|нашых|нашы|сваіх|свае")
# Nouns of a whole prisoner count (not "30 журналістаў", a subset).
PRISONERS = r"прозвішч\w*|палітвяз(?:ень|н\w*)|палітзняволен\w*|зняволен\w*|чалавек[аі]?|людзей|вяз(?:ень|н\w*)|асоб"
POLITICAL = r"палітвяз(?:ень|н\w*)|палітзняволен\w*|палітычн\w* вяз(?:ень|н\w*)|па палітычных матывах"
# A flow of newly recognised prisoners ("прызнаныя палітвязнямі — 57"), weaker than a standing count.
# "Сярод тых, каго прызналі палітвязнямі": newly recognised, by the participle or the verb with its noun.
RECOGNISED = (r"прызнан\w*|прызнал\w* палітвязн\w*"
              # "прызнала палітычнымі вязнямі яшчэ сем чалавек": recognised, in two words.
              r"|прызнал\w* палітычн\w* вязн\w*")
HELD = (r"па-ранейшаму|ведаюць пра|ведалі пра|вядома пра|застаюцца|застаецца|знаходзяцца|утрымліваюцца|за кратамі|у зняволенні|налічва\w*|у беларусі"
        r"|прызнан\w*|прызнае|прызнаюць|у спісе|у спісах|лічыць|лічацца|у (?:турм|калоні|калёні)\w*"
        r"|лічыцца|лічыл\w*"
        # "«Вясна» задакументавала 1110 палітвязняў": the standing count, told with a verb of counting.
        r"|задакументава\w*|дакументу\w*")
HELD_BEFORE = (r"палітвяз(?:ень|н\w*)[^.]{0,40}(?:складае|склала|дасягнула|дасягае|застаецца|застаюцца|—)"
               r"|палітвяз(?:ень|н\w*) у (?:краіне|беларусі)(?: цяпер| зараз)?"
               # "«Вясна» ацэньвае колькасць палітвязняў прыкладна ў 950 чалавек": the count estimated, held.
               r"|ацан\w* (?:[^\W\d]+ )?(?:колькасць|лік) (?:[^\W\d]+ )?палітвяз(?:ень|н\w*)(?: [^\W\d]+)? [уў]"
               r"|ацэньва\w* (?:[^\W\d]+ )?(?:колькасць|лік) (?:[^\W\d]+ )?палітвяз(?:ень|н\w*)(?: [^\W\d]+)? [уў]")
# A verb that holds people after an earlier release word: "пасля вызвалення застаюцца 1153".
REMAIN = (r"застаюцца|застаецца|заставал\w*|засталі\w*|засталося|знаходзяцца|утрымліваюцца|налічва\w*|ведаюць пра|ведалі пра|вядома пра"
          # "Па стане на 30 верасня 1179 чалавек лічыліся палітвязнямі": the standing count told by "лічыцца".
          r"|лічацца|лічыцца|лічыл\w*"
          r"|задакументава\w*|дакументу\w*")
# The list of political prisoners and what it counts ("Viasna's list still includes 1,126 names",
# "у спісе 1 110 імёнаў"): its size is the standing count.
LIST_NOUN = r"спіс\w*"
LIST_ENTRIES = r"імёнаў|імён|імя|прозвішч\w*|чалавек"
# "Агульная колькасць цяпер — 1 126": the subject that sums up what the sentence before counted.
TOTAL_NOUN = r"колькасць|лічба|іх|у ім|ў ім"
# Words that only total a round ("усяго вызвалілі 14") unless a span or "ужо" joins them.
# "усяго праз пяць дзён" is "only five days later", no total.
TOTAL_WEAK = r"(?:усяго|ўсяго)(?! (?:праз|толькі|некалькі) )|агулам|у агульнай колькасці"
ALREADY = r"[уў]жо|на сёння|на сённяшні дзень"
CUMULATIVE = (r"з таго часу|з тых часоў|з ліпеня|з лета|з мінулага лета|з пачатку|з 2024|ад ліпеня|да канца|на канец|(?:ад|з) перш(?:ага|ай) (?:вызвален|памілаван|хвал|груп)\w*"
              r"|агульная колькасць|(?:разам з|з улікам) (?:гэтай|гэтага|апошняй|апошняга|сённяшняй|сённяшняга) (?:груп|указ|ўказ|памілаван|рашэнн)\w*"
              # "Разам з гэтымі 32 людзьмі ... на волі 178": the round's own count inside a larger one.
              r"|(?:разам з|разам са|уключаючы|улічваючы|з улікам) (?:гэтых|гэтымі|гэтыя|іх) \d+"
              # "Разам з вызваленымі па амністыі ў ліпені ... выйшлі 115": the earlier releases counted in.
              r"|разам (?:з|са) (?:вызвален|памілаван)\w*"
              # "Дзявятая група з ліпеня ... за гэты час на волі 250": "this time" refers back to the series' span told before.
              r"|за (?:ўвесь |увесь )?гэты час|за (?:ўвесь |увесь )?гэты перыяд")
# A span told as a clause after the figure: "..., з таго часу як летам 2024 года пачаў".
SPAN_CLAUSE = r"з таго часу як|з тых часоў як"
# A running total that rose to the figure ("the number freed since July now stands at 354", "кількість звільнених
# зросла до 354"), besides the words every language shares (`verbs.TOTAL_TO`).
RISEN_TO = r"вырас\w* да|узрас\w* да|павялічыл\w* да|дайшл\w* да"
NEW = r"новых|новага|новыя|новы|новая|яшчэ|дадал\w*|дадаў|дадаюць|дадае"
# A prison before "яшчэ" makes it "still" ("у турмах яшчэ больш за тысячу"), not "new".
PRISON_PLACE = r"турм\w*|кратам\w*|калоні\w*|калёні\w*"
# A standing count told for the present beats one told for a past time ("Цяпер іх 1 126").
NOW = r"цяпер|зараз|сёння|на сёння|на сённяшні дзень"
# "у Беларусі 1150 палітвязняў", and "у той дзень" pointing back to a date just told.
IN_COUNTRY = (r"у (?:беларусі|краіне)"
              # "у краіне на дадзены момант 1 275 палітвязняў": the country with a phrase of the present.
              r"|у (?:беларусі|краіне) (?:на дадзены момант|на сёння|на сённяшні дзень|у цяперашні час|зараз)")
# "Усі троє досі перебувають в ув'язненні", "All three remain in prison": a group told before, not a count.
ALL_OF = r"усе|ўсе|усіх|ўсіх|абодва|абедзве"
# "сярод памілаваных ёсць людзі з інваліднасцю — іх трое": the words between a trait's dash and its count.
THEIR_NUMBER = r"іх|такіх|іх было|такіх было"
# "пра больш як 1100 людзей, якія застаюцца за кратамі": a relative clause that holds the people counted before it.
WHO_REMAIN = (r"(?:якія|які) (?:дагэтуль |па-ранейшаму |усё яшчэ |яшчэ )?(?:(?:застаюцца|знаходзяцца|сядзяць|утрымліваюцца) )?"
              r"(?:за кратамі|у (?:турме|турмах|калоніі|калоніях|калёніі|зняволенні))")
# "1 127 палітвязняў, нягледзячы на некалькі хваль вызваленняў": the release is conceded, not the count's.
DESPITE = r"нягледзячы на|насуперак|нават пасля"

# --- The make-up of a round ---
SUBCOUNT = r"з іх|сярод іх|з якіх|сярод якіх|(?:з|са) (?:памілаван|вызвален)\w*"
INCLUDING = r"у тым ліку|уключаючы|сярод іх|з іх|у іх ліку|сярод (?:вызвален|памілаван|адпушчан)\w*"
FOREIGN = (r"замежн\w*|іншаземц\w*|грамадзян\w* (?:літв|латв|польшч|германі|японі|швецы|зша|францы"
           r"|вялікабрытані|эстоні|украін|расі|інш|замежн)\w*")
# "разам з ім яшчэ 13": the count leaves out the person just named.
WITH_ONE = r"разам (?:з|са) (?:ім|ёй|яе|ей|яшчэ)"
# "Мікалай Статкевіч і яшчэ шасцёра": a name, then the count of the others (the round is 7); read off the text.
AND_MORE = r"(?:і|ды) яшчэ"
# One person named by a noun before "і" and a count: "грамадзяніна ЗША і двух беларусаў" are three.
ONE_PERSON = (r"(?:амерыканск\w+ )?(?:грамадзян(?:ін|іна|ку|ка)|амерыканц[аы]|амерыканк[аіу]|журналіст(?:а|ку|ка)?"
              r"|святар(?:а)?)(?: зша| беларусі| польшчы| літвы| японіі)?")
ONE_PERSON_NOUN = ONE_PERSON
PARTIAL = r"разам з|разам са|акрамя (?:яго|яе|іх)"
# "Акрамя таго, Украіне перадалі двух святароў": the count adds to the round told before it.
ADDITION = r"(?:акрамя|апроч|апрача) (?:таго|гэтага|іх)|у дадатак(?: да (?:гэтага|таго))?"
# The verb of having, for a trait told before its count ("Дзяцей маюць 17 памілаваных").
HAVE = r"маюць|мае|мелі|мела|меў"
# Opening a sentence, the rest of a group counted before ("Астатнія двое — A і B", "Іншыя пяцёра — ..."): its names take
# the counted group's state.
THE_OTHERS = r"(?:астатні\w*|іншы\w*) (?:[^\W\d]+ )?(?:—|–|-|гэта|былі)|(?:двое|трое|чацвёра|пяцёра|шасцёра) (?:астатні\w*|іншы\w*) (?:[^\W\d]+ )?(?:—|–|-|гэта|былі)"
WOMEN = r"жанчын\w*"
MEN = r"мужчын\w*"
CHRONIC = r"хранічн\w*"
DISABLED = r"інвалід\w*|абмежаванымі магчымасцямі"
OVER_50 = (r"старэйш\w*\s+(?:за\s+)?50|за\s+50|(?:больш за|звыш)\s+50\s+гадоў"
           # The lemmas of "больш за 50 гадоў" ("пяцярым больш за 50 гадоў") are "болш за 50 гадоу".
           r"|(?:болш|больш)\s+за\s+50\s+гад\w*")
# "двое непаўналетніх" are minors, not parents; "непаўналетніх дзяцей" still says дзяц-.
# "бацькаўшчына" (homeland) only looks like "бацькі" (parents).
CHILDREN = r"дзец(?:і|ей|ьмі)|дзяцей|шматдзетн\w*|бацьк(?!аўшчын)\w*|маці непаўналетн\w*"
# Nouns of the children themselves: "маці траіх дзяцей" counts children, not parents.
KIDS = r"(?:(?:непаўналетн|непаўнагадов|малых|маленьк|малалетн)\w* )?(?:дзец(?:і|ей|ьмі)|дзяцей|дзіця\w*)"

# --- Time told as background ---
# A release told as background, not as today's news.
# "раней у суботу" and "раней сёння" are the news itself.
BACKGROUND = (r"нядаўна|нагадаем|нагадаю|нагадаў|нагадала|нагадалі|нагадвае|нагадваў|нагадвала|праз (?:\w+ )?(?:дзён|дні|дзень|тыдн\w*|тыдзень|месяц\w*) пасля|папярэдн\w*|тады|раней(?! сёння| [уў] (?:панядзелак|аўторак|сераду|чацвер|пятніцу|суботу|нядзелю))|летась|у мінулым годзе|у мінулым месяцы|мінулага месяца|гадоў таму|год таму|месяц таму"
              r"|тыдзень таму|апошні раз|у той месяц|таго месяца|таго ж месяца|тым летам|той восенню"
              # "Дзесяць месяцаў таму ...": a release told months or weeks ago (BACKGROUND had the singular only).
              r"|месяцаў таму|месяцы таму|тыдняў таму|тыдні таму|дзён таму|паўгода таму")
# Told after another event ("Праз пяць дзён ..."): background when the event before it is.
SEQUEL = r"праз (?:\w+ )?(?:дзён|дні|дзень|тыдн\w*|тыдзень|месяц\w*)|потым|пазней"
# "Нагадаем": a reminder of a figure that still holds (a running total) is no sign of the past.
REMINDER = r"нагадаем|нагадаю|нагадваюць|нагадаў|нагадала|нагадалі|нагадвае|нагадваў|нагадвала"
# A "then" that points back at the time told before it ("тады", "у той час", "таго месяца"): the paragraph's date.
THEN = r"тады|у той час|ў той час|у той месяц|таго (?:ж )?месяца|тым летам|той восенню"
# "У верасні вызвалілі 52": a month without a day is a past round (a running total may still start there).
# "як і ў верасні" only compares.
MONTH_ONLY = (r"(?<!як і )у (?:студзені|лютым|сакавіку|красавіку|траўні|чэрвені|ліпені|жніўні|верасні|кастрычніку|лістападзе"
              r"|снежні)(?![ ,]+\d{1,2}(?!\d))"
              # "у пачатку снежня", "напрыканцы лістапада": a part of a month, no day.
              r"|(?:у пачатку|напачатку|у канцы|напрыканцы|у сярэдзіне) (?:студзеня|лютага|сакавіка|красавіка|траўня|мая"
              r"|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня)(?![ ,]+\d{1,2}(?!\d))"
              # "Пасля снежаньскага вызвалення 123": a month's adjective dates the figure to that month, too.
              r"|(?:студзеньск|лютаўск|сакавіцк|красавіцк|травеньск|чэрвеньск|ліпеньск|жнівеньск|верасеньск"
              r"|кастрычніцк|лістападаўск|снежаньск)\w*")
# Counts over a calendar period ("за месяц вызвалены 45") are statistics, not a round.
PERIOD = (r"за (?:месяц|тыдзень|год|паўгода|квартал|мінулы месяц|мінулы год|студзень|люты|сакавік|красавік|травень"
          r"|чэрвень|ліпень|жнівень|верасень|кастрычнік|лістапад|снежань)|па выніках (?:месяца|года)"
          r"|на працягу (?:месяца|тыдня|года)"
          # "Штомесяц «Вясна» прызнае па 50–60": a rate over every month is a statistic too.
          r"|штомесяц|штомесячна|штотыдзень|штогод|кожны месяц|кожны тыдзень|кожнага месяца"
          # A calendar year's releases ("За 2025 год Лукашэнка памілаваў больш за 300"): a statistic of that year, not a round.
          r"|за (?:19|20)\d\d год")
# "за апошні год памілавана амаль 300": releases over a whole year are a running total, not a round ("за мінулы год",
# the calendar year before, is a PERIOD).
YEAR_SPAN = (r"за (?:апошні )?год|на працягу (?:апошняга )?года"
             # "За больш чым год", "больш як за год": a year and more of rounds.
             r"|за (?:больш чым|больш як|больш за) год|(?:больш чым|больш як) за год|за год з лішнім")
# "Праз шэсць дзён пасля вызвалення X расказаў": the release is the time of the speaker's own clause.
AFTER_EVENT = r"пасля|з моманту"
# "Праз год пасля таго, як яго вызвалілі ў групе з 14": a time after a release opening the sentence (read with the
# person freed, `OWN_PRONOUN`) makes the group's count the background of a later story, not a round.
TIME_AFTER = r"праз (?:[^\W\d]+ )?(?:год|гады|паўгода|месяц\w*|тыдз\w*|дз[её]н\w*|дні)(?: пасля)?"
# "праз год пасля вызвалення": the units of a time long enough that the release it follows is no news.
LONG_TIME = (r"год|гады|паўгода|месяц\w*"
             # "Праз тыдзень пасля вызвалення яна дала першае інтэрв'ю": a week after the release is a later story.
             r"|тыдз\w*")

# --- Relevance and the kind of page ---
# A label line over an opinion piece ("Колонка", "Opinion"): a comment on a round, not its report.
OPINION = r"меркаванн[еі]|калонк[аі]|аналітыка|каментар|пункт гледжання|блог|блогі"
# A label line over an interview or a profile ("Interview · 3 July 2025", "Профіль"): the person's release is its
# background, not the page's news.
FEATURE_LABEL = r"інтэрв.ю|профіль|профіл"
# "Меркаванне аўтара можа не супадаць з пазіцыяй рэдакцыі": the author's view set apart from the outlet's.
AUTHORS_VIEW = (r"(?:меркаванн\w*|пункт\w* гледжанн\w*|погляд\w*|пазіцы\w*) аўтар\w*.{0,40}рэдакцы\w*"
                r"|рэдакцы\w*.{0,40}(?:меркаванн\w*|пункт\w* гледжанн\w*|погляд\w*|пазіцы\w*) аўтар\w*")
# The author's own voice outside quotes ("на маю думку", "я лічу"): a comment on a round, not its report.
OPINION_VOICE = r"на маю думку|на мой погляд|па-мойму|я лічу|я думаю|мне здаецца|я перакананы|я перакананая"
# The author's own "I" outside quotes: with rhetorical questions, the voice of a column.
FIRST_PERSON = r"я|мне|мяне|мной|мой|мая|маё|мае|маю|маім"
# A headline of a periodic review: its rounds are the month's statistics, not news.
REVIEW = r"агляд\w*|дайджэст\w*|тлумачым|вынікі (?:месяца|тыдня|года)|у лічбах|штомесяч\w*|хроналогі\w*"
# "Крыніца: агляд навін | 10.12.2024": the label of a masthead field that names the outlet.
OUTLET_LABEL = r"крыніца|паводле"
# Belarusian pages are Belarus's news anyway (see the extractor): its rights group and towns, for completeness.
BELARUS_NAMED = (r"вясн\w*|гомел\w*|гродн\w*|віцебск\w*|магілё\w*|бабруйск\w*|жодзін\w*|акрэсцін\w*"
                 r"|наваполацк\w*|салігорск\w*")
