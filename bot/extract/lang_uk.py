"""Ukrainian knowledge for the extractor: word lists and regex fragments, no logic.

This module holds what an event says: numbers, ordinals, dates, release and transfer words, rounds, standing counts,
the make-up of a round, time told as background, and what makes a page relevant. Who the people are
lives in `lang_uk_people`; lexicon.py reads the two as one table.

Ukrainian outlets (Ukrainska Pravda, Suspilne, Ukrinform, UNIAN…) report the rounds, above all the
releases handed over to Ukraine. The field patterns are matched against the lemma view of a sentence
(pymorphy3's Ukrainian dictionary): "вийшли на волю" reads "вийти на волити" (the analyser's own
guess for "волю", hence "вол\\w*"), and a verb in the future tense or the imperative carries "_fut".
"""


def _forms(value: int, *words: str) -> dict[str, int]:
    return {w: value for w in words}


# --- Numbers ---
NUMBER_WORDS = {
    **_forms(1, "один", "одного", "одному", "одним", "одна", "одної", "однієї", "одній", "однією", "одну", "одне"),
    **_forms(2, "два", "дві", "двох", "двом", "двома"),
    **_forms(3, "три", "трьох", "трьом", "трьома"),
    **_forms(4, "чотири", "чотирьох", "чотирьом", "чотирма"),
    **_forms(5, "п'ять", "п'яти", "п'ятьох", "п'ятьма"),
    **_forms(6, "шість", "шести", "шістьох", "шістьма"),
    **_forms(7, "сім", "семи", "сімох", "сьома"),
    **_forms(8, "вісім", "восьми", "вісьмох", "вісьма"),
    **_forms(9, "дев'ять", "дев'яти", "дев'ятьох", "дев'ятьма"),
    **_forms(10, "десять", "десяти", "десятьох", "десятьма"),
    **_forms(11, "одинадцять", "одинадцяти"), **_forms(12, "дванадцять", "дванадцяти"),
    **_forms(13, "тринадцять", "тринадцяти"), **_forms(14, "чотирнадцять", "чотирнадцяти"),
    **_forms(15, "п'ятнадцять", "п'ятнадцяти"), **_forms(16, "шістнадцять", "шістнадцяти"),
    **_forms(17, "сімнадцять", "сімнадцяти"), **_forms(18, "вісімнадцять", "вісімнадцяти"),
    **_forms(19, "дев'ятнадцять", "дев'ятнадцяти"), **_forms(20, "двадцять", "двадцяти"),
    **_forms(30, "тридцять", "тридцяти"), **_forms(40, "сорок", "сорока"),
    **_forms(50, "п'ятдесят", "п'ятдесяти"), **_forms(60, "шістдесят", "шістдесяти"),
    **_forms(70, "сімдесят", "сімдесяти"), **_forms(80, "вісімдесят", "вісімдесяти"),
    **_forms(90, "дев'яносто"), **_forms(100, "сто", "ста"),
    **_forms(200, "двісті", "двохсот"), **_forms(300, "триста", "трьохсот"),
    **_forms(400, "чотириста", "чотирьохсот"), **_forms(500, "п'ятсот", "п'ятисот"),
    # Collective numerals count people: "двоє мають інвалідність", "у шістьох є діти".
    **_forms(2, "двоє", "двох"), **_forms(3, "троє", "трьох"), **_forms(4, "четверо", "чотирьох"),
    # The dative counts those who have a trait: "п'ятьом більше 50 років".
    **_forms(5, "п'ятеро", "п'ятьох", "п'ятьом"), **_forms(6, "шестеро", "шістьох", "шістьом"),
    **_forms(7, "семеро", "сімох", "сімом"), **_forms(8, "восьмеро", "вісьмох", "вісьмом"),
    **_forms(9, "дев'ятеро", "дев'ятьох", "дев'ятьом"), **_forms(10, "десятеро", "десятьох", "десятьом"), **_forms(11, "одинадцятеро"), **_forms(12, "дванадцятеро"),
    **_forms(13, "тринадцятеро"), **_forms(14, "чотирнадцятеро"), **_forms(15, "п'ятнадцятеро"),
    **_forms(16, "шістнадцятеро"), **_forms(17, "сімнадцятеро"), **_forms(18, "вісімнадцятеро"),
    **_forms(19, "дев'ятнадцятеро"), **_forms(20, "двадцятеро"),
    # "помилував п'ятнадцятьох засуджених": the collective numerals in the oblique cases.
    **_forms(11, "одинадцятьох"), **_forms(12, "дванадцятьох"), **_forms(13, "тринадцятьох"),
    **_forms(14, "чотирнадцятьох"), **_forms(15, "п'ятнадцятьох"), **_forms(16, "шістнадцятьох"),
    **_forms(17, "сімнадцятьох"), **_forms(18, "вісімнадцятьох"), **_forms(19, "дев'ятнадцятьох"),
    **_forms(20, "двадцятьох"), **_forms(30, "тридцятьох"),
    **_forms(1000, "тисяча", "тисячі", "тисяч", "тисячу"),
}
# Nouns that scale the number before them: "два десятки" is 20, "дві сотні" 200.
MULTIPLIERS = {
    **_forms(10, "десяток", "десятка", "десятки", "десятків"), **_forms(100, "сотня", "сотні", "сотень"),
}
# A scale word standing alone for its number: "десяток політв'язнів" is 10 ("сотні" stays vague).
LONE_SCALES = {"десяток": 10, "півтора десятка": 15, "дюжина": 12, "дюжину": 12}
# Lone scale words that say "about so many" ("about a dozen prisoners were freed"): a standing count may be told so,
# never a round's size or make-up ("полтора десятка" stays fifteen).
APPROXIMATE_SCALES = ("десяток", "дюжина", "дюжину")
# A plural thousand with no number or hedge before is "thousands", no figure ("засудили тисячі людей").
VAGUE_THOUSANDS = ("тисячі", "тисяч")
QUALIFIERS = (
    ("більш ніж", "over"), ("більше ніж", "over"), ("більше за", "over"), ("понад", "over"), ("більше", "over"),
    ("щонайменше", "at_least"), ("не менше ніж", "at_least"), ("не менше", "at_least"),
    ("як мінімум", "at_least"), ("мінімум", "at_least"), ("майже", "nearly"), ("трохи менше", "nearly"),
    ("вище за", "over"), ("близько", "about"), ("приблизно", "about"), ("орієнтовно", "about"), ("понад", "over"),
    ("перевищила", "over"), ("перевищило", "over"), ("перевищив", "over"), ("перевищує", "over"),
    ("перевалила за", "over"), ("перевалило за", "over"), ("не менш ніж", "at_least"),
    # "кількість звільнених перейшла за 300": a mark passed.
    ("перейшла за", "over"), ("перейшло за", "over"), ("перетнула", "over"), ("перетнуло", "over"),
    # "оцінює кількість політв'язнів приблизно в 950": the hedge before the "в" an estimate takes.
    ("приблизно в", "about"), ("приблизно у", "about"),
)

# --- Ordinals ---
ORDINAL_WORDS: dict[str, int] = {}
ORDINAL_STEMS = {
    "перш": 1, "друг": 2, "трет": 3, "четверт": 4, "п'ят": 5, "шост": 6, "сьом": 7, "восьм": 8,
    "дев'ят": 9, "десят": 10, "одинадцят": 11, "дванадцят": 12, "тринадцят": 13, "чотирнадцят": 14,
    "п'ятнадцят": 15, "шістнадцят": 16, "сімнадцят": 17, "вісімнадцят": 18, "дев'ятнадцят": 19,
    "двадцят": 20,
}
# The ending after a digit: "11-й", "11-го", and the "т" forms "11-те", "11-та", "11-ту", "11-ті".
ORDINAL_DIGIT = "й|а|е|ю|го|му|м|ій|ий|ої|те|та|ту|ті|тої|того|тому"
# "вдев'яте", "ввосьме", "вперше": an ordinal written as an adverb of time (prefix, endings).
ORDINAL_ADVERB = (r"[ув]", r"е|є")

# --- Dates and days ---
MONTHS = {
    **_forms(1, "січень", "січня", "січні"), **_forms(2, "лютий", "лютого", "лютому"),
    **_forms(3, "березень", "березня", "березні"), **_forms(4, "квітень", "квітня", "квітні"),
    **_forms(5, "травень", "травня", "травні"), **_forms(6, "червень", "червня", "червні"),
    **_forms(7, "липень", "липня", "липні"), **_forms(8, "серпень", "серпня", "серпні"),
    **_forms(9, "вересень", "вересня", "вересні"), **_forms(10, "жовтень", "жовтня", "жовтні"),
    **_forms(11, "листопад", "листопада", "листопаді"), **_forms(12, "грудень", "грудня", "грудні"),
}
# Stems matched at a word start; Wednesday is spelled out, for "серед" is also "among".
WEEKDAYS = {
    "понеділ": 0, "вівтор": 1, "середа": 2, "середу": 2, "середи": 2, "четвер": 3, "п'ятниц": 4, "субот": 5,
    "неділ": 6,
}
RELATIVE_DAYS = {"сьогодні": 0, "вчора": -1, "учора": -1, "напередодні": -1, "позавчора": -2, "позаучора": -2}
EVE_OF = r"дн[яюі]|свят\w*|вибор\w*|річниц\w*|візит\w*|зустріч\w*|переговор\w*|саміт\w*|нов\w+ р\w*|різдв\w*|великодн\w*|великод\w*"
# A holiday's name and the clause that dates it ("Дня Незалежності, який відзначають 3 липня"): the date is the holiday's.
# Read case-sensitively: "День" written with a capital names a holiday.
HOLIDAY = r"(?:День|Дня|Дню|Днем)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}|Різдв\w*|Великд\w*"
HOLIDAY_CLAUSE = r"як\w+|що|котр\w+|відзначають|відзначається|святкують"
THAT_DAY = r"(?:у|в) (?:той|цей) (?:же )?день"
WHEN = r"коли"

# --- The lemma view (morph.py) ---
# Words kept as written in the lemma view: the analyser reads "серед" as "середа" (Wednesday), "уже" as
# "уж" (grass snake), "його" as "йога", "грудні" as an adjective, and "всього", "були", "буде" lose what
# the rules need.
SURFACE_WORDS = frozenset(
    "серед уже вже його її їх всього більше менше понад були був була було року років віком"
    " січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні"
    # The analyser reads the relative pronouns "яка", "яку" as "як" (how): they stay as written.
    " яка яку якій"
    # "мав", "мали" (was to, were to) as written: their lemma "мати" is also the mother ("мати вийшла на волю").
    " мав мали".split())
# Verbs of a state ("перебуває в колонії"): in the past tense they read "_past" (was, is no more).
STATE_VERBS = frozenset("перебувати залишатися лишатися утримуватися відбувати сидіти".split())

# --- Releases, transfers and their opposites ---
# "52 в'язнів вивезли з білоруських колоній" (lemmas): moved out of prison, freed.
_INTO_PRISON = r"(?!.*(?:в|у|до) (?:[^\W\d]+ ){0,2}(?:колонія|в'язниця|сізо))"
RELEASE = (r"помилувати|помилуваний|помилування|звільнити|звільняти|звільнений|звільнення"
           r"|вийти на (?:вол\w*|свобода)|опинитися на (?:вол\w*|свобода)|випустити|відпустити"
           r"|повернутися до (?:свій )?(?:родина|сім'я|рідний|близький)"
           r"|повернути(?:ся)? (?:додому|на батьківщина)|передати (?:україна|литва|польща|латвія)|(?:україна|литва|польща|латвія) передати"
           r"|вивезти (?:\w+ ){0,3}(?:до|в|у) (?:литва|україна|польща)|вислати|депортувати|амністувати|амністований"
           r"|на (?:вол\w*|свобода) вийти"
           # "до Литви вивезли", "з Білорусі вивезли", "на волі 52 людини", "вийшла з колонії".
           r"|(?:до|в|у) (?:литва|україна|польща) (?:[^\W\d]+ ){0,2}вивез(?:ти|ений)|з (?:білорусь|країна) (?:[^\W\d]+ ){0,5}вивез(?:ти|ений)|вивезти з (?:білорусь|країна)"
           r"|на (?:воля|волі|свобода)|звільнитися|вийти з (?:[^\W\d]+ ){0,3}(?:колонія|в'язниця|сізо|ув'язнення)"
           # Prisoners who left the country or a colony were let go: "Білорусь покинули 123 в'язні" (not emigrants).
           r"|покинути(?= (?:білорусь |країна )?(?:\d[\d ]* )?(?:[^\W\d]+ )?(?:політв'язень|в'язень|в'язний|ув'язнений|засуджений))"
           r"|(?:політв'язень|в'язень|в'язний|ув'язнений|засуджений) покинути (?:білорусь|країна)"
           r"|покинути (?:виправний )?(?:колонія|в'язниця|сізо)"
           r"|(?:залишити|покинути) (?:[^\W\d]+ )?(?:колонія|в'язниця|сізо|місце ув'язнення)"
           # Freedom received ("Свободу отримали X і Y"); home told before its verb ("Додому повернувся X").
           r"|свобода отримати|отримати (?:[^\W\d]+ )?свобода"
           + (r"|(?:вивезти з (?:[^\W\d]+ ){0,2}(?:колонія|в'язниця|сізо)|з (?:[^\W\d]+ ){0,2}(?:колонія|в'язниця)"
              r" вивезти)" + _INTO_PRISON)
           # A release told from the place, fronted ("З його загону в червні вийшов X"): a colony's unit is the colony.
           + r"|з (?:[^\W\d]+ ){0,2}(?:колонія|в'язниця|сізо|загін) (?:[^\W\d]+ ){0,3}вийти"
           # "Також вийшла вчителька X, яку засудили у 2022 році": "вийшла" alone, with "також" after a release told before it, is
           # out of prison (not "вийшла з автобуса", "вийшла в ефір").
           # The verb may open the sentence with "і" for "also" ("Вийшов і журналіст X"), the subject after it.
           r"|(?:(?:також|теж|ще) (?:(?!не )[^\W\d]+ )?вийти|^\W*вийти (?:і|й))(?! (?:з|із|в|у|на|за|заміж)(?!\w))"
           # (A publication comes out too: "також вийшло інтерв'ю X", "вийшла книга".)
           r"(?! (?:[^\W\d]+ )?(?:заява|інтерв'ю|книга|стаття|фільм|відео|звернення|лист|матеріал|номер|випуск|доповідь))")
RELEASE_NOUN = r"звільнення|помилування"
CONFIRM = r"підтвердити|підтверджувати|підтвердження"
# Imperfective release verbs that number a series ("вдев'яте милує").
RELEASE_ONGOING = r"милувати|помилову\w*"
# "третя така передача", "другий етап повернення", "друга партія українців": an ordinal of the handovers of
# Ukrainians, another series than Belarus's pardon rounds.
TRANSFER_SERIES = r"передача|обмін|повернення|українець|українці|українців"
# "40 політв'язнів перевели до в'язниці" (lemmas): people moved between prisons, not a count of those held.
MOVED = r"перевести|переводити|перевезти|перевозити|етапувати"
# "у такий спосіб звільнили понад 250 політв'язнів" (lemmas): the releases of a practice told before.
THIS_WAY = r"(?:у|в) (?:такий|цей) спосіб|(?:такий|цей) шлях|подібний чин"
SERVED = r"відбути|відбувши|відбуття|закінчення термін|по закінчення"
# "Until" with the "не" that goes with it and negates nothing (see until): "пока его не освободили".
UNTIL = r"(?:поки|доки|допоки)(?:\s+[^\W\d]+){0,3}?\s+не"
# A release that was due, after a fronted release ("Вийти на волю він мав у лютому"; lemmas): "мати" with an infinitive
# before it is "was to", not "to have" (only read here, never as a wish on its own).
DUE = r"мати|мав|мала|мали|мусити|повинний"
# A release or a term that was due and did not come (lemmas): "мав вийти на волю в лютому, проте ...", "який мав сидіти
# ще сім років, вивезли до Литви". Only the past: "мусить сидіти ще рік" (has to serve another year) is held.
DUE_PAST = r"мав|мала|мали|повинний (?:був|була|були)"
DEMAND = (r"вимагати|вимога|закликати|заклик|просити|попросити|прохання|домагатися|сподіватися|сподівання|хотіти"
          r"|чекати|очікувати|розраховувати"
          r"|могти|змогти|бути_fut|(?:мати|мав|мала|мали) намір|обіцяти|пообіцяти|обіцянка|планувати|готовий|має бути|мусити|повинний"
          r"|намагатися|спробувати"
          # "відмовляється писати клопотання про помилування": a pardon asked for, or not, has not been given.
          r"|клопотання(?: про)?"
          # "сестра, яка п'ять років добивалася її звільнення": to strive for a release is to demand it, as "домагатися".
          r"|добиватися"
          # "Варшава наполягає на звільненні X" (lemmas): a release insisted on has not happened.
          r"|наполягати|наполягти"
          # "включити сина до наступного списку помилуваних" (lemmas): the next list is still to come, its release has not happened.
          r"|(?:наступний|черговий|найближчий) список"
          # "Лукашенко допустив звільнення X", "розглядає помилування": a release allowed as possible has not happened.
          r"|допустити|допускати|розглядати"
          # "знає, коли зазвичай виходять повідомлення про помилування" (lemmas): a release told as a habit is no release of
          # anyone named (not "як завжди", "as usual": a release that did happen).
          r"|зазвичай|як правило")
# A modal verb before a count makes it a forecast or an offer ("Мінськ може запропонувати лише 50 політв'язнів").
MODAL = r"могти|змогти|можливо"
# "Звільнити планується близько 1 500": a planned or forecast release, whichever side of the verb the word stands.
PLANNED = r"плануватися|передбачатися|очікуватися|прогнозуватися"
ARREST = r"затримати|затриманий|заарештувати|заарештований|арештувати|втекти|емігрувати|посадити|затримання"
DEATH = r"померти|загинути|смерть"
# A death numbered by an ordinal before it, as written ("девятая смерть", "the ninth death"): deaths in custody so far.
DEATH_NOUN = r"смерть|загибель"
# "Україна повернула з російського полону 84 людей" (lemmas): a return from war captivity, no pardon round.
WAR_CAPTIVITY = r"військовополонений|російський полон|полон у росія|обмін полонений"
# "Координаційний штаб з питань поводження з військовополоненими" (lemmas): it announces transfers of civilians too.
CAPTIVITY_OFFICE = r"штаб|центр|омбудсман|уповноважений"

# --- Rounds ---
# Metaphors are no rounds: "a first step", «першым крокам», "a gesture" are not listed.
ROUND_NOUNS = r"раунд|етап|хвиля|група|партія|помилування|акт|рішення|указ|звільнення|передача|обмін"
ROUND_TIME = r"раз"
# "за шість хвиль помилування вийшли понад 200": a count told over several releases sums them (a group may be a part
# of one round: "звільнили 37 двома групами" is one release).
OVER_ROUNDS = r"за|у|в|протягом"
SERIES_NOUNS = r"раунд|етап|хвиля|помилування|указ|звільнення"
# "— цього разу 16 осіб": the count of the round the sentence releases.
THIS_TIME = r"це раз|цей раз|на цей раз|цього разу"
# "друга група цього літа" у 2024 році: the season (or year) the pardons began in spans the whole series.
SERIES_SEASON = (r"цього (?:року|літа)|цьогоріч|(?:цей|це) (?:р\w+|літо)|у цей рік|за (?:рік|літо)|(?:поточний|нинішній) р\w+"
                 # "другий указ після липневого" in 2024 (lemmas): the July round counted after is the series' first.
                 r"|після липнев\w*")
# A superlative before a span ("найбільше з липня звільнення") ranks one release; it counts none.
# "тим самим" (thereby) ranks nothing.
SUPERLATIVE = r"найбільш\w*|наймасштабніш\w*|найбуйніш\w*|(?<!тим )(?<!той )самий"
LOCAL_SPAN = (r"з початок р\w*|з початку р\w*|за (?:тиждень|місяць|осінь|літо|рік|останній \w+|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень)|(?:у|в) 20\d\d (?:рік|році|року)|після \w+|цього року|цьогоріч|(?:поточний|нинішній) р\w+|(?:цей|це) р\w+|(?:цей|це) місяць|цього місяця"
              r"|у цей рік|в останній (?:день|тиждень)|менш ніж за|за (?:\w+ ){1,2}(?:день|тиждень|місяць)|відколи"
              # "з моменту інавгурації", "у новому році": a span of its own.
              r"|з момент\w*|(?:у|в) нов\w* р\w*"
              # "друге помилування в січні", "за нової адміністрації": counted within a month or an administration.
              r"|(?:у|в) (?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\w*"
              r"|(?:за|при) (?:[^\W\d]+ ){0,2}адміністраці\w*")
# "перше майже за чотири роки звільнення" (lemmas): a gap of years before the release the ordinal numbers.
YEARS_GAP = (r"(?:майже |понад |більш ніж |близько )?за (?:майже |понад |більш ніж |близько |останній )?"
             r"(?:\S+ )?(?:рік|роки|років|десятиліття)")

# --- Standing counts and running totals ---
PEOPLE = (r"людина|людин|люди|особа|політв'язень|політичний в'язень|в'язень|в'язний|ув'язнений|засуджений|громадянин"
          r"|білорус|іноземець|бранець|українець|поляк|литовець|американець|священник\w*")
PEOPLE_FILLER = (r"ще|інший|політичний|засуджений|колишній|католицький"
                 # "понад тисяча наших людей за ґратами" (lemmas): a possessive between the count and its people.
                 r"|наш|свій")
PRISONERS = (r"прізвище|політв'язень|політичний в'язень|в'язень|ув'язнений|людина|людин|люди|особа|бранець")
POLITICAL = r"політв'язень|політичний в'язень|з політичний мотив|з політичних мотивів"
RECOGNISED = r"визнати|визнаний"
HELD = (r"досі|залишатися|лишатися|перебувати|утримуватися|за ґрати|в ув'язнення|у ув'язнення|налічувати"
        r"|налічуватися|нараховувати|нараховуватися|у білорусь|в білорусь|визнати|визнати_fut|визнавати|визнаний|у список|вважати|вважатися|(?:у|в) (?:в'язниця|колонія)"
        # "«Вясна» задокументувала 1110 політв'язнів": the standing count, told with a verb of counting.
        r"|задокументувати|документувати")
HELD_BEFORE = (r"політв'язень[^.]{0,40}(?:становити|сягнути|сягати|залишатися|—)"
               r"|політв'язень (?:у|в) (?:країна|білорусь)(?: зараз| нині)?"
               # "«Вясна» оцінює кількість політв'язнів приблизно в 950 осіб" (lemmas): the count estimated, held.
               r"|(?:оцінювати|оцінити) (?:[^\W\d]+ )?(?:кількість|число) (?:[^\W\d]+ )?політв'язень(?: [^\W\d]+)? (?:в|у)")
REMAIN = (r"залишатися|лишатися|перебувати|утримуватися|налічувати|налічуватися|нараховувати|нараховуватися"
          r"|задокументувати|документувати")
# The list of political prisoners and what it counts ("Viasna's list still includes 1,126 names",
# "у спісе 1 110 імёнаў"): its size is the standing count.
LIST_NOUN = r"список"
LIST_ENTRIES = r"ім'я|прізвище|людина|особа"
# "Загальна кількість тепер — 1 126": the subject that sums up what the sentence before counted.
TOTAL_NOUN = r"кількість|число|вони|їх|у він|в він"
# "всього через п'ять днів" is "only five days later", no total.
TOTAL_WEAK = r"всього(?! (?:через|лише|кілька) )|загал\w*|у ціл\w*|в ціл\w*"
ALREADY = r"уже|вже|на сьогодні|станом на сьогодні"
CUMULATIVE = (r"відтоді|з того час\w*|(?:з|із|від) (?:минул\w* )?(?:липень|літо|літ|початок|2024)|до кін\w*|на кін\w*"
              r"|з перший (?:звільнення|помилування|хвиля|група)|загальний кількість"
              r"|(?:разом|з урахування) (?:з|із)? ?(?:цей|останній|сьогоднішній) (?:група|указ|помилування|рішення)"
              # "Разом із цими 22 ... вийшли 569": the round's own count inside a larger one.
              r"|(?:разом (?:з|із)|включно з|враховуючи|з урахування) (?:цей|вони) \d+"
              # "Разом зі звільненими за амністією в липні ... вийшли 115": the earlier releases counted in.
              r"|разом (?:з|із|зі) (?:звільнений|помилуваний|звільнити|помилувати)"
              # "Це дев'ята група з липня. За цей час звільнено 254" (lemmas): "this time" refers back to the series' span.
              r"|за (?:весь )?цей (?:час|період)")
# A span told as a clause after the figure: "..., відтоді як влітку 2024 року почав".
# "Відколи" reads "відкол" in the lemma view.
SPAN_CLAUSE = r"відтоді як|відкол(?:и)?(?!\w)|з того час\w* як"
# A running total that rose to the figure ("the number freed since July now stands at 354", "кількість звільнених
# зросла до 354"), besides the words every language shares (`verbs.TOTAL_TO`).
RISEN_TO = r"зрос\w* до|збільшитися до|дійти до"
NEW = r"новий|ще|додати|додавати"
# A prison before "ще" makes it "still" ("у в'язницях ще понад тисячу"), not "new".
PRISON_PLACE = r"в'язниця|колонія|ґрати|тюрма"
# A standing count told for the present beats one told for a past time ("Зараз їх 1 126").
NOW = r"зараз|зараза|тепер|нині|наразі|сьогодні|на сьогодні|станом на сьогодні"
IN_COUNTRY = (r"(?:у|в) (?:білорусь|країна)"
              # "у країні наразі 1 275 політичних в'язнів": the country with a word of the present ("зараз" reads "зараза").
              r"|(?:у|в) (?:білорусь|країна) (?:наразі|зараза|на сьогодні|станом на сьогодні|на даний момент)")
# "Усі троє досі перебувають в ув'язненні", "All three remain in prison": a group told before, not a count.
ALL_OF = r"ус|усі|всі|весь|обидва|обидві"
# "серед помилуваних є люди з інвалідністю — їх троє" (lemmas): the words between a trait's dash and its count.
THEIR_NUMBER = r"вони|їх|такий|таких|вони бути|такий бути"
# "про понад 1100 людей, які лишаються за ґратами": a relative clause that holds the people counted before it.
WHO_REMAIN = (r"який (?:досі |й досі |і досі |все ще |ще )?(?:(?:залишатися|лишатися|перебувати|сидіти|утримуватися) )?"
              r"(?:за ґрати|за ґратами|у (?:в'язниця|колонія|ув'язнення)|в (?:в'язниця|колонія|ув'язнення))")
# "1127 політв'язнів, попри кілька хвиль звільнень": the release is conceded, not the count's.
DESPITE = r"попри|незважаючи на|всупереч|навіть після"

# --- The make-up of a round ---
SUBCOUNT = (r"з вони|серед вони|серед них|з них|із вони|із них|з який|з яких|із який|із яких"
            r"|(?:з|із|зі) (?:помилуваний|звільнений)")
INCLUDING = (r"у том число|в том число|включно з|серед них|серед вони|з них|зокрема"
             r"|серед (?:звільнений|помилуваний|звільнити|помилувати)")
FOREIGN = (r"іноземець|іноземний|громадянин (?:литва|латвія|польща|німеччина|японія|швеція|сша|франція"
           r"|велика британія|естонія|україна|росія|інший|іноземний)")
WITH_ONE = r"разом (?:з|із|зі) (?:він|вона|ще)"
# "Микола Статкевич і ще шестеро": a name, then the count of the others (the round is 7); read off the text.
AND_MORE = r"(?:і|та|й) ще"
# One person named by a noun before "і" and a count: "громадянку США і двох білорусів" are three.
ONE_PERSON = (r"(?:громадянин|громадянка|американець|американка|журналіст|журналістка|активіст|активістка"
              r"|священник)(?: сша| білорусь| польща| литва| японія)?")
ONE_PERSON_NOUN = ONE_PERSON
PARTIAL = r"разом (?:з|із)|разом зі|окрім (?:він|вона|вони)|крім (?:він|вона|вони)"
# "Крім того, Україні передали двох священників" (read as lemmas): the count adds to the round told before it.
ADDITION = r"(?:крім|окрім|опріч) (?:того|це|цього|вони|них)|до того ж|на додаток(?: до (?:цього|це|того))?"
# The verb of having, for a trait told before its count ("Дітей мають 17 помилуваних"), as a lemma.
HAVE = r"мати|мав|мала|мали"
# Opening a sentence, the rest of a group counted before ("Решта двоє — A та B", "Інші п'ятеро — ..."): its names take
# the counted group's state.
THE_OTHERS = r"(?:решта|інший) (?:[^\W\d][\w'’]* )?(?:—|–|-|це|бути)|(?:двоє|троє|четверо|п'ятеро|шестеро) (?:інший|решта) (?:[^\W\d]+ )?(?:—|–|-|це|бути)"
WOMEN = r"жінка|жінок"
MEN = r"чоловік\w*"
CHRONIC = r"хронічний|хронічно"
DISABLED = r"інвалід|інвалідність|обмежений можливість"
OVER_50 = (r"старший\s+(?:за\s+)?50|понад\s+50\s+рок\w*|за\s+50|від\s+50\s+рок\w*"
           # "трьом більше 50 років": the comparative of "many" before the years.
           r"|більше\s+(?:за\s+)?50\s+рок\w*")
# "батьківщина" (homeland) only looks like "батьки" (parents).
CHILDREN = r"дитина|діти|дітей|багатодітний|батьк(?!івщин)\w*|(?:мати|матір) неповнолітн\w*"
# Nouns of the children themselves: "маці траіх дзяцей" counts children, not parents.
KIDS = r"(?:(?:неповнолітній|малолітній|маленький|малий) )?(?:дитина|діти|дітей)"

# --- Time told as background ---
BACKGROUND = (r"нещодавно|(?:через|за) (?:\w+ )?(?:день|тиждень|місяць) після|попередній|тоді|нагадати(?:_fut)?"

              r"|раніше(?! сьогодні| у (?:понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя))"
              r"|торік|минуле рік|минуле місяць|минулого року|рік том|місяць том|тиждень том|років том"
              r"|минулий раз|минулого разу|останнього разу|того місяця|того ж місяця"
              # "Рік тому кількість політв'язнів перевищувала 1200": the analyser reads a capitalised "Рік" as "ріка" (a river).
              r"|ріка том"
              # "Десять місяців тому ...": the lemma view keeps "місяців" (and "року" of "пів року") as written, so a release told
              # months ago was read as today's.
              r"|місяців том|року том")
# Told after another event ("Через п'ять днів ..."): background when the event before it is.
SEQUEL = r"(?:через|за) (?:\w+ )?(?:день|тиждень|місяць)|потім|згодом|пізніше"
# "Нагадаємо": a reminder of a figure that still holds (a running total) is no sign of the past.
REMINDER = r"нагадати(?:_fut)?"
# A "then" that points back at the time told before it ("тоді", "того місяця"): the paragraph's date.
THEN = r"тоді|того (?:ж )?місяця"
# "У вересні звільнили 52": a month without a day is a past round; "як і у вересні" only compares.
MONTH_ONLY = (r"(?<!як і )(?:у|в) (?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді"
              r"|грудні)(?![ ,]+\d{1,2}(?!\d))"
              # "на початку грудня", "наприкінці листопада" (read as lemmas): a part of a month, no day.
              r"|(?:на початок|наприкінці|(?:у|в) (?:кінець|середина)) (?:січень|лютий|березень|квітень|травень|червень"
              r"|липень|серпень|вересень|жовтень|листопад|грудень)(?![ ,]+\d{1,2}(?!\d))"
              # "Після грудневого звільнення 123": a month's adjective dates the figure to that month, too.
              r"|(?:січневий|лютневий|березневий|квітневий|травневий|червневий|липневий|серпневий|вересневий"
              r"|жовтневий|листопадовий|грудневий)")
PERIOD = (r"за (?:місяць|тиждень|рік|півроку|квартал|минулий місяць|минулий (?:рік|ріка)|січень|лютий|березень|квітень|травень"
          r"|червень|липень|серпень|вересень|жовтень|листопад|грудень)|за підсумок (?:місяць|рік)"
          r"|протягом (?:місяць|тиждень|рік)"
          # "Щомісяця «Вясна» визнає по 50–60": a rate over every month is a statistic too.
          r"|щомісяця|щомісячно|щотижня|щороку|кожний (?:місяць|тиждень|рік)"
          # A calendar year's releases ("За 2025 год Лукашэнка памілаваў больш за 300"): a statistic of that year, not a round.
          r"|за (?:19|20)\d\d (?:рік|ріка)")
# "за останній рік помилувано майже 300" (pymorphy3 lemmatises "рік" as "ріка"): a year of releases is a running total.
YEAR_SPAN = (r"за (?:останній )?(?:рік|ріка)|протягом (?:останній )?(?:рік|ріка)"
             # "за понад рік", "більш ніж за рік": a year and more of rounds.
             r"|за (?:понад|більш ніж|більше ніж) (?:рік|ріка)|(?:більш|більше) ніж за (?:рік|ріка)")
# "Через шість днів після звільнення X розповів": the release is the time of the speaker's own clause.
AFTER_EVENT = r"після|з момент"
# "Через рік після того, як його звільнили в групі з 14": a time after a release opening the sentence (read with the
# person freed, `OWN_PRONOUN`, as lemmas; "рік" may read "ріка") makes the group's count the background of a later
# story, not a round.
TIME_AFTER = r"через (?:[^\W\d]+ )?(?:рік|ріка|півроку|місяць|тиждень|день)(?: після)?"
# "через рік після звільнення" (lemmas): the units of a time long enough that the release it follows is no news.
LONG_TIME = (r"рік|ріка|півроку|місяць"
             # "Через тиждень після звільнення вона дала перше інтерв'ю": a week after the release is already a later story, not
             # the release's news.
             r"|тиждень")

# --- Relevance and the kind of page ---
# A label line over an opinion piece ("Колонка", "Opinion"): a comment on a round, not its report.
OPINION = r"думка|колонка|аналітика|коментар|погляд|блог"
# A label line over an interview or a profile ("Interview · 3 July 2025", "Профіль"): the person's release is its
# background, not the page's news.
FEATURE_LABEL = r"інтерв.ю|профіль"
# "Думка автора може не збігатися з позицією редакції": the author's view set apart from the outlet's.
AUTHORS_VIEW = (r"(?:думка|погляд|позиція|точка зір) автор.{0,40}редакція"
                r"|редакція.{0,40}(?:думка|погляд|позиція|точка зір) автор")
# The author's own voice outside quotes ("на мою думку", "я вважаю"): a comment on a round, not its report.
OPINION_VOICE = r"на мій думка|як на (?:я|мен)|я вважати|я думати|(?:я|мен) здаватися|я переконаний"
# The author's own "I" outside quotes: with rhetorical questions, the voice of a column.
FIRST_PERSON = r"я|мій"
REVIEW = r"огляд|дайджест|пояснювати|у цифра|в цифра|підсумок (?:місяць|тиждень|рік)|щомісячний|хронологія"
# "Джерело: дайджест новин | 10.12.2024" (lemmas): the label of a masthead field that names the outlet.
OUTLET_LABEL = r"джерело|за матеріал|за матеріали"
# "За даними «Вясни», ... з Гомеля": the country's own rights group or towns name Belarus where the page does not.
BELARUS_NAMED = (r"вясн\w*|гомел\w*|гродн\w*|вітебськ\w*|могильов\w*|бобруйськ\w*|жодін\w*|окрестин\w*"
                 r"|новополоцьк\w*|солігорськ\w*")
