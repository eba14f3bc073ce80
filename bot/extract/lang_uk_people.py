"""Ukrainian knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in, and the words that tell a person held or freed. The field patterns read the
lemma view, as `lang_uk` explains; lexicon.py reads the two as one table.
"""

# --- Names and what ends them ---
NAME_STOP = (frozenset("""
українець українця українцем українка українку білорус білоруса білоруска литовець литовця литовка поляк поляка полька
католицький католицького архієпископ єпископ ксьондз священник папа кардинал нунцій митрополит
папи папі папу папою римський римського римському римським понтифік понтифіка
в у на по з із зі к до за о про від і й та а але чи що це як для при президент прем'єр міністр лідер
білорусь білорусі росія росії україна україни польща польщі литва литви мінськ мінську мінська москва
москви київ вільнюс варшава європа європи єс сша захід заходу
весна весни вясна вясни правозахисний центр нобелівська нобелівської премії премія день
білта інтерфакс укрінформ уніан суспільне тг телеграм кдб мвс омон
понеділок вівторок середа середу четвер п'ятниця п'ятницю субота суботу неділя неділю
січень січня лютий лютого березень березня квітень квітня травень травня червень червня липень липня
серпень серпня вересень вересня жовтень жовтня листопад листопада грудень грудня
читайте також фото підписуйтеся новини зараз сьогодні вчора тепер також однак потім дня незалежності
нагадаємо звільнення помилування затримання координаційний штаб
""".split())
             # The prize called by its founder's name («Три роки після Нобеля»): a prize, not a person.
             | frozenset("нобель нобеля нобелю нобелем нобелі".split()))
NOT_PRISONERS = ("лукашенк", "путін", "трамп", "зеленськ", "тихановська", "тихановської", "тихановську",
                 "латушк", "байден", "макрон", "коул", "рубіо", "келлог", "келог", "лубінець", "лубінця")
# Names are put in the nominative by pymorphy3; these endings are its fallback for unknown surnames.
# A man's surname ending and a woman's of the same family ("Кавалёў" and "Кавалёва").
SURNAME_GENDERS = (("ський", "ська"), ("цький", "цька"), ("ов", "ова"), ("ев", "ева"), ("ін", "іна"), ("ин", "ина"))
SURNAME_FEMININE = (("ську", "ська"), ("цьку", "цька"), ("ую", "ая"), ("ову", "ова"), ("еву", "ева"), ("іну", "іна"))
FIRST_FEMININE = (("ію", "ія"), ("ю", "я"), ("у", "а"))
SURNAME_MASCULINE = (("ського", "ський"), ("цького", "цький"))
FIRST_MASCULINE = (("ея", "ей"), ("ія", "ій"), ("я", "ь"), ("а", ""))
# A preposition right before a name makes it the object of what stands before ("президент зупинився на ситуації з X"),
# so an office before that is someone else's, not the name's title.
NAME_PREPOSITION = r"з|із|зі|про|до|від|для|проти|у|за"
# Read off the text as written: a relative pronoun of persons after a name ("Масатоші Наканісі, якого ..."),
# and a citizenship before one ("громадянина Японії ..."): they make an unknown name a person's.
PERSON_AFTER = r"який|яка|якого|яку|якому|якій|громадянин|громадянка|громадянина|громадянку"
CITIZEN_BEFORE = (r"громадянин|громадянина|громадянка|громадянку|громадянину|японець|японка|литовець|литовка|поляк"
                  r"|полька|латиш|латишка|естонець|естонка|швед|шведка|американець|американка|німець|німкеня|француз"
                  r"|\d{1,2}-річн\w+")
ORG_AFTER = r"канал\w*|агентств\w*|газет\w*|сайт\w*|видан\w*|центр\w*|парті\w*|рух\w*|служб\w*|штаб\w*"
# Words right before a name that make it a namesake, not a person of the story ("премії імені Андрія Сахарова", "на
# вулиці Василя Стуса"); read off the text.
EPONYM_BEFORE = (r"імені|ім\.|пам'яті|пам’яті|на честь|вулиц[яіюею]|вулицею|проспект[уі]?|проспектом|площ[аіу]|площею"
                 r"|премі[яїюй]|премією|стипенді[яїюй]|покійн\w*")
# A participle or an adjective that may open a sentence right before a name ("Звільнена Ксенія Луцкіна", "Колишня
# журналістка"), besides what the dictionary reads so (`names.is_attribute_word`): no surname of the name after it.
ATTRIBUTE_WORD = r"колишн(?:ій|я)|відом(?:ий|а)|звільнен(?:ий|а)|помилуван(?:ий|а)"
# Another name of the person just named: "Катерина Андрєєва, відома також як Катерина Бахвалова". (Matched on the
# text as written.)
ALSO_KNOWN_AS = (r"(?:також |ще )?відом\w* (?:також |ще )?(?:як|під (?:прізвищем|ім'ям))"
                 r"|(?:яку|якого|її|його) (?:також |ще )?знають (?:як|під (?:прізвищем|ім'ям))"
                 r"|(?:справжнє|дівоче|колишнє) прізвище (?:якої|якого|її|його) ?(?:—|–|-)?")
# "Марія Колесникова досі залишається": the words that may stand between a subject and its verb.
BEFORE_VERB = r"теж|також|досі|ще|як і раніше"

# --- Titles, trades and roles ---
HONORIFIC = r"пан|пані"
OTHER_TITLES = (r"аналітик|політолог|експерт|оглядач|президент|міністр|речник|речниця|прес-?секретар\w*|представник|голова|посол|спецпосланець|посланець"
                r"|уповноважений|омбудсман|у вигнання|еміграція|генпрокурор|прокурор|суддя"
                # Offices and high clergy who accompany, announce or sign: never the freed themselves.
                r"|нунцій|єпископ|архієпископ|кардинал|митрополит|консул|дипломат|губернатор|мер|комісар|євродепутат"
                r"|начальник|історик|соціолог"
                # A state channel's presenter who reads out or posts the list of the pardoned.
                r"|ведучий|телеведучий")
# A political prisoner by title ("політв'язня Віталія Жука"): held unless the article says more.
PRISONER_TITLE = r"політв'язень|політв'язня|політична в'язень|в'язень сумління|ув'язнений"
# "колишній політв'язень": the title or state was once.
FORMER = r"колишній|екс-"
FORMERLY = r"раніше|колись"
# A trade or role that stands for the person just named when it opens the next sentence ("Блогер вийшов на волю"), in the
# nominative; the forms that show a gender apart.
FEMININE_TRADE = (r"журналістка|блогерка|активістка|анархістка|правозахисниця|опозиціонерка|художниця|письменниця|поетеса"
                  r"|студентка|викладачка|вчителька|пенсіонерка|волонтерка|підприємиця|аналітикиня|адвокатка|юристка"
                  r"|лікарка|редакторка"
                  # "Кореспондентка «Білсату» залишається в колонії": a reporter named by the trade.
                  r"|кореспондентка"
                  # The accusative, object of a verb with no subject ("Журналістку помилували у вересні"): the trade is found
                  # in the text as written.
                  r"|журналістку|блогерку|активістку|анархістку|правозахисницю|опозиціонерку|художницю|письменницю|поетесу"
                  r"|студентку|викладачку|вчительку|пенсіонерку|волонтерку|підприємицю|аналітикиню|адвокатку|юристку"
                  r"|лікарку|редакторку|кореспондентку")
MASCULINE_TRADE = (r"журналіст|блогер|активіст|анархіст|правозахисник|опозиціонер|художник|письменник|поет|студент|викладач"
                   r"|вчитель|пенсіонер|волонтер|підприємець|аналітик|адвокат|юрист|лікар|редактор"
                   r"|кореспондент")
TRADE = (FEMININE_TRADE + "|" + MASCULINE_TRADE + r"|політолог|політик|музикант|священник|філософ|економіст|фотограф|бізнесмен|ветеран")
# A place before a trade that opens a sentence ("Берестейська активістка вийшла на волю"): an adjective of a town.
TRADE_PLACE = r"[^\W\d_]+(?:ська|ський|цька|цький)"

# --- Speakers ---
SPEAKER_VERBS = (r"вважати(?=\W+що)|підтвердити|заявити|сказати|зазначити|написати|повідомити|наголосити|додати|привітати"
                 r"|прокоментувати|закликати|розповісти|пояснити"
                 # An official's report to the head of state ("Як доповів Андрій Швед", "Ігор Сергеєнко доповів, що ..."): who speaks.
                 r"|доповісти|доповідати")
SPEAKER_BEFORE = (r"за слово|заявити|повідомити|сказати|писати"
                  r"|доповісти|доповідати")
# "1100 людей, за даними «Вясни», залишаються ...": an aside naming the figure's source.
SOURCE_ASIDE = r"за даний|за інформація|за підрахунок|за слово|за оцінка|згідно з"
# "Як наголосила X, ...": the speaker of what follows (see speakers.is_speaker).
AS_SAID = r"як"
OTHER_SUBJECT = r"чий|тоді як|а він (?:дружина|чоловік)|дружина|чоловік"
# "— А хто застаўся?": an interview question that asks about people, answered with names.
WHO_ASKS = r"хто|кого|кому|ким|кім"

# --- Kin ---
KIN = ""
# A family member named right after the word for them ("дружина політика ..."): a relative, not a prisoner,
# unless the name's own predicate says otherwise.
KIN_BEFORE = r"дружина|чоловік|син|донька|дочка|мати|батько|брат|сестра|вдова|родич|родичка"
# "Едуард Бабарико, син Віктора Бабарика" (lemmas): a kin word between two names names the second for the first's kinship.
KIN_OF = r"син|донька|дочка|дружина|чоловік|вдова|мати|батько|брат|сестра|племінник|племінниця"
# Read off the text as written: a couple before two names ("супруги Наталья и Олег М."): they are the people, not kin.
COUPLE = r"подружжя|подружжю|чоловік і дружина|чоловіка і дружину|пара"
# Held incommunicado told by who waits for news ("дружина не має звісток від нього"): of the prisoner, not of the
# relative who says it.
NO_NEWS = r"звістка|звісток|інформація|зв'язок"

# --- Pronouns ---
PRONOUN = r"він|вона"
# A sentence opening with the person as the object of an impersonal verb ("Її помилували 30 грудня") continues about them too.
# (A few words may stand before the verb: "11 вересня його разом з ще 51 в'язнем посадили в автобуси".)
OBJECT_PRONOUN = (r"(?:його|її)(?=\s+(?:(?:знову|потім|пізніше|теж|також|не)\s+){0,2}[^\W\d]+ли(?!\w)|\s+разом (?:з|із) (?:[\w']+\s+|\d+\s+){0,4}[^\W\d]+ли(?!\w))"
                  r"|(?:йому|їй)(?=\s+(?:ще\s+)?(?:залиш|лиш)(?:илося|илось|ається))")
# The feminine ones of them, so that "she" does not continue about a man.
FEMININE_PRONOUN = r"вона|її|їй|нею|неї"
# The masculine ones: the first of either kind after an ambiguous name tells its gender (see name_nominative).
MASCULINE_PRONOUN = r"він|його|йому|нього|ньому"
PLURAL_PRONOUN = (r"вони|обидва|обидві|їхн\w*"
                  # "X та Y ... Після звільнення їх доправили до України": "them" of an impersonal plural verb stands for the people
                  # just named, as "вони" does.
                  r"|їх(?=\s+(?:(?:знову|потім|пізніше|теж|також|одразу|відразу|не)\s+){0,2}[^\W\d]+ли(?!\w))")
# Any form of "він" or "вона" inside a sentence ("суд засудив його", "її голодування"): the sentence is about the person
# named before, and the story of them goes on after it.
THIRD_PERSON = r"його|йому|ним|нього|ньому|нім|її|їй|нею|неї|ній"
OWN_PRONOUN = r"він|вона|вони|його|її|їх|я|мене|ми|нас"
# "у тым ліку гэтага, Ціханоўскага": a demonstrative and a comma before a lone surname point at a person.
DEMONSTRATIVE = r"цього|цю|цієї|цим|того|ту|цей|ця|той"
# "my husband, X" in a relative's own words: the person is the story's subject, not a relative who speaks.
FIRST_PERSON_POSSESSIVE = r"мій|наш"
# A relative clause in an aside (", whose wife has led ... since 2020,"): its times are its own.
RELATIVE = r"який|котрий"
# A relative pronoun that is not its clause's subject, as written ("Марфа Рабкова, про яку пише Костюгова, ..."): the
# name after it is the clause's own subject.
RELATIVE_OBLIQUE = r"(?:про|з|із|для|від|у|в|до) (?:як\w+|котр\w+)|як(?:у|ого|ій|ому|им)"
# A relative clause with no pronoun ("the group X founded") is English's alone.
CONTACT_RELATIVE = ""
# "identified several of them, including X": a group told before, as the lemma view writes it.
THEM = r"вони|них|їх"
# An interview's opening that tells of the people the speaker left inside ("про тих, хто залишився в колонії", "про тих,
# хто досі там"; lemmas, where the analyser reads "тих" as a verb): the people the exchange after it names are held.
LEFT_BEHIND = r"(?:тих|тихнути|той), хто (?:залишитися|лишитися|досі там|і досі там|й досі там|все ще там)"
# Placed "there", where the speaker was held ("Марфа Рабкова теж там"; lemmas), in an interview about those left behind.
THERE_AFTER = r"(?:теж |також |досі |все ще )?там"
# "Both" standing for the last two people named ("Обидві досі там"), as the lemma view writes it.
BOTH = r"обидва|обидві|обоє"

# --- People named in a group or a list ---
# A solidarity call's lead-in ("Напишіть листи:", "Надішліть листівку до дня народження:"; lemmas): the people one may
# write to in a colony are held.
SOLIDARITY_MAIL = r"написати|писати|лист|листівка|надіслати (?:[^\W\d]+ )?(?:лист|листівка)|адреса (?:колонія|для лист)"
LIST_INTRO = (r"найвідоміший|(?:другий|третій|інший) [^\W\d]+ (?:виявитися|стати|бути)|у список|серед іноземець|серед іноземців|серед білорус|один з перший|серед найвідоміший|один з (?:вони|них|звільнений|помилуваний)|серед них|серед вони|у том число|в том число|це|серед який"
              # A lead-in that names the group just told ("Ними виявилися A, B і C", "Їхні імена: ...", "Серед перших — X",
              # "Першим відомим ім'ям став X"): the names take the group's state.
              r"|вони (?:виявитися|стати|назвати)|їхній ім'я|їх (?:назвати|ім'я)|серед перший"
              r"|перш\w* (?:[^\W\d][\w'’]* ){0,2}(?:стати|став|стала|стали|виявитися)"
              # Membership of the group the sentence before told ("У групі опинилися X і Y", "В автобусі були X", "Також вийшла X"
              # after a release): a list's lead-in, whose items take that group's role.
              r"|(?:у|в) (?:той самий |тій самій |один )?(?:група|автобус|колона|мікроавтобус|машина|літак)"
              r" (?:опинитися|бути|їхати|перебувати)|(?:також|теж) вийти(?! на)(?=(?:\s+[^\W\d]+)?\s*$)"
              r"|один (?:із|зі) (?:вони|них|звільнений|помилуваний)")
# A lead-in's own words for the profiles that follow it ("Ось хто з відомих політв'язнів досі за ґратами.", "Нижче — про
# тих, кого звільнили").
LEAD_IN = (r"ось хто|ось (?:вони|деякий|кілька)|нижче|хто вони|розповідати про"
           # "Усі, хто в цьому списку, досі відбувають строк": a line about the list below tells its people's state.
           r"|(?:у|в|з) (?:цей|це|цього|цьому) список")
# "Удалося пагаварыць са сваякамі аднаго з вызваленых": the next sentence names that one.
ONE_OF = (r"один з (?:них|вони|звільнений|помилуваний)"
          # "Один із них — X": "із" and "зі" are "з" before some sounds.
          r"|один (?:із|зі) (?:них|вони|звільнений|помилуваний)")
# "X, якого тримали без зв'язку, був у їх числі": a member of the group the sentences before tell.
IN_THEIR_NUMBER = r"(?:у|в) (?:їх|вони|них) число|один з (?:них|вони)|одна з (?:них|вони)"
# "калі ўбачыў у спісе Ігара Лосіка": the list of the round the sentences before tell.
IN_THE_LIST = r"у список|в список"
# "серед ... — A, ...; B; C": a list's head word, shared by the items after semicolons.
AMONG = r"серед"
# A person's verb that puts them into the group of the freed ("оказался среди освобождённых", "was among the released"):
# the release word after it is still the person's.
MEMBER_OF = r"серед|до число|у число|до список|у список|в список|один з|одна з|у група|до група|включати|включити"
# A member named out of the group just told ("політв'язнів у російських в'язницях, зокрема журналіста X"; lemmas).
NAMED_FROM_GROUP = r"зокрема|у том число|в том число|включно з|серед вони|серед них|наприклад"
# "Катерина Андреєва досі в колонії. Анастасія Лойко теж": a name whose clause is only the name and this word has the
# state told of the person before.
TOO = r"теж|також|так само"
# "Статкевич лишається за ґратами. Як і Анджей Почобут": a sentence opening so says the same of its person.
LIKEWISE = (r"як і|так само як і|разом з (?:він|вона|вони)|те (?:саме )?(?:стосуватися|можна сказати про)"
            # "Також в автобусі був X": the vehicle that carried the people just told of; the names share their state.
            r"|(?:також|теж) (?:в|у|на) (?:той же |той самий )?(?:автобус|літак|мікроавтобус)")
# "в одній справі з X": X is named for the case, not for their own state.
SAME_CASE = (r"(?:в|у|по) (?:один|той самий|той же) справа (?:з|із|зі)"
             # "X, якого засудили разом із Y" (lemmas): Y is named for the case, the sentence tells nothing of Y now.
             r"|(?:засудити|судити|засуджений) (?:[^\W\d]+ |\d+ ){0,3}разом (?:з|із|зі)")
# The others a clause after the name is about ("X підписує листівки для тих, хто лишився за ґратами"): what it tells is
# theirs, not the name's ("один із тих, хто", "серед тих, хто" name the person's own group).
FOR_THOSE_WHO = r"(?:(?:для|про|до|за)\s+(?:усіх\s+|всіх\s+)?тих|(?:з|із|зі)\s+(?:усіма\s+|всіма\s+)?тими|тим)\s*,\s*(?:хто|кого|кому|ким)"

# --- A person held ---
# The verdict as a hearing ("на оголошення вироку не потрапила", "після оголошення вироку"): an event of the trial that
# whoever attends it shares, not a sentence of the one named beside it.
_VERDICT = r"(?<!оголошення )(?<!зачитування )вирок"
# A holiday met or spent in prison, now or to come ("Обидва зустрінуть Різдво за ґратами", "проводить свята в колонії"):
# the person is held (only the future and the imperfective: a past "зустрів" is no state now).
HOLIDAY_INSIDE = (r"(?:зустрінути_fut|провести_fut|відзначити_fut|зустрічати|проводити|відзначати|святкувати) "
                  r"(?:[^\W\d]+ ){0,2}?(?:новий рік|різдво|великдень|свято|день народження)"
                  r"(?: [^\W\d]+){0,3}? (?:за ґрати|(?:у|в) (?:колонія|в'язниця|тюрма|сізо))")
# The towns whose colonies and prisons hold political prisoners (lemmas): "вона досі в Гомелі" says the person is
# still in that prison (Minsk is left out: a freed person may well be still in Minsk).
PRISON_TOWN = (r"гомел\w*|гомель|новополоц\w*|глибок\w*|шклов\w*|могил[её]в\w*|жодін\w*|бобруйськ\w*|орш\w*|вітебськ\w*"
               r"|івацевич\w*|горк\w*|мозир\w*|світлогорськ\w*")
# "За кратамі і заснавальнік «Вясны» Алесь Бяляцкі", "Also behind bars is X": a sentence opened by prison.
HELD_STRONG = (r"сидіти(?! вдома| на )|у список (?:помилуваний|звільнений) (?:[^\W\d]+ )?(?:немає|немати)|^\W*за ґрати (?:і|також|досі|[—–:-])|(?:також|теж|досі|все ще|зараз|знову) за ґрати|(?:у|в) (?:[^\W\d]+ )?(?:колонія|в'язниця|сізо) (?:досі |й досі |все ще )?перебувати|(?:зараз|і зараз|досі|й досі|все ще|нині) (?:там|(?:у|в) (?:[^\W\d]+ ){0,3}(?:колонія|в'язниця|сізо))"
               r"|етапувати (?:до|в|у) колонія|"
               r"не (?:могти|бути_fut|збиратися) (?:помилувати|звільнити|відпустити)"
               r"|перебувати (?:за ґрати|в ув'язнення|у ув'язнення|в колонія|у колонія|у в'язниця|в в'язниця)"
               r"|серед (?:помилуваний|звільнений) (?:його |її |їх )?(?:немає|нема)"
               r"|не (?:звільнити|відпустити|помилувати|випустити)"
               r"|(?:залишатися|лишатися) (?:за ґрати|в ув'язнення|у ув'язнення|у в'язниця|в колонія|у колонія|під варта)"
               r"|(?:у|в|за) (?:в'язниця|колонія|ув'язнення|ґрати) (?:[^\W\d]+ ){0,2}(?:залишатися|лишатися)"
               r"|досі (?:перебувати|за ґрати|в колонія|у колонія|у в'язниця|в ув'язнення)"
               r"|не (?:бути |були |був |була )?(?:звільнений|помилуваний)|відбувати"
               r"|повернути (?:до|в|у) (?:колонія|в'язниця)|повернути назад|знову (?:в|у|за) (?:колонія|в'язниця|ґрати)"
               r"|(?:знову|повторно) (?:заарештувати|затримати|посадити|засудити)"
               r"|немає (?:жодних )?(?:звістка|звісток|інформація|зв'язок)|не мати (?:жодний |ніякий )?(?:звістка|звісток|інформація|зв'язок)|нічого не відомо|інкомунікадо"
               r"|(?:утримуватися|перебувати|тримати) (?:[^\W\d]+ ){0,2}без зв'язка"
               r"|(?:повезти|відвезти|повернути) назад|повернутися (?:до|в|у) (?:колонія|в'язниця)|відмовитися (?:[^\W\d]+ )?(?:виїжджати|виїхати|залишати|залишити|перетинати)"
               r"|(?:заарештувати|затримати|посадити|засудити) (?:знову|повторно)"
               # "яка з липня перебуває в СІЗО": a place of detention after the present of being.
               r"|перебувати (?:у|в) (?:[^\W\d]+ ){0,2}(?:колонія|в'язниця|сізо|ізолятор)"
               # One who refused to get off the bus at the border ("відмовився виходити з автобуса на литовському боці") stayed a
               # prisoner, as one who refused to leave.
               r"|відмовитися (?:[^\W\d]+ )?(?:виходити|вийти) (?:з|із) автобус"
               # Held, in other words: the prison first, words of place between, then the verb ("У тій самій колонії в Новополоцьку
               # перебуває і X").
               r"|(?:у|в) (?:[^\W\d]+ ){0,2}(?:колонія|в'язниця|сізо) (?:[^\W\d]+ ){0,3}перебувати"
               # Stayed in prison, told in the perfective ("Микола Статкевич залишився в колонії").
               r"|залишитися (?:у|в|за) (?:[^\W\d]+ )?(?:колонія|в'язниця|сізо|ґрати)"
               # "утримується в СІЗО-1", "етапована до гомельської колонії" (lemmas): kept in or moved to a prison, with its adjectives.
               r"|утримуватися (?:у|в|за) (?:[^\W\d]+ ){0,3}(?:сізо|ізолятор|колонія|в'язниця|ґрати)"
               r"|етапований (?:у|в|до) (?:[^\W\d]+ ){0,3}(?:колонія|в'язниця)"
               # "Обох повезли назад до СІЗО" (lemmas): returned to custody after a hearing, held.
               r"|(?:повезти|відвезти|вивести|повернути|доставити) (?:назад |знову )?(?:до|в|у) (?:[^\W\d]+ ){0,2}"
               r"(?:сізо|ізолятор|в'язниця|камера)"
               # "їй ще понад п'ять років сидіти" (lemmas): years still to serve, held.
               r"|ще (?:[^\W\d]+ |\d+ ){0,4}(?:сидіти|відбувати)"
               # "що її прізвища там немає", "його імені у списку не було" (lemmas): left out of the list of the freed, held.
               r"|(?:його|її|їх) (?:прізвище|ім'я) (?:(?:в|у) (?:він|список|цей список) |там )?"
               r"(?:немати|немає|не бути)"
               # "Помилування залишило за ґратами багатьох, зокрема X" (lemmas): the ones left inside are held.
               r"|залишити (?:[^\W\d]+ ){0,4}(?:за ґрати|(?:у|в) (?:колонія|в'язниця|ув'язнення))"
               # "X залишається одним із найвідоміших в'язнів" (lemmas): still one of those inside.
               r"|(?:залишатися|залишитися|лишатися) (?:один (?:з|із)|серед) (?:[^\W\d]+ ){0,3}(?:в'язень|політв'язень|ув'язнений)"
               + "|" + HOLIDAY_INSIDE
               # A prisoner who would not go with the freed ("не захотів перетинати кордон", "відмовився їхати до Литви") stayed, as one
               # who refused to leave.
               + r"|не (?:захотіти|хотіти|погодитися|погоджуватися) (?:[^\W\d]+ )?(?:виїжджати|виїхати|залишати"
               r"|залишити|перетинати|їхати)|відмовитися (?:[^\W\d]+ )?їхати"
               # "Йому залишилося три роки", "Їй лишилося сидіти ще п'ять років": a term still to serve, held; the dative pronoun that
               # opens such a sentence is the person just named.
               r"|(?:залишитися|лишитися|залишатися|лишатися) (?:(?:сидіти|відбувати|ще) )*(?:(?!на )[^\W\d']+ |\d+ )?"
               r"(?:рік|років|роки|року|місяць|місяці|місяців)(?!\w)"
               r"|(?:досі|і досі|як і раніше|все ще|усе ще|і зараза?) [ву] (?:" + PRISON_TOWN + ")"
               # "розпочинає п'ятий рік за ґратами", "вже третій рік у колонії" (lemmas): an ordinal year of the term now under way.
               r"|[^\W\d]+(?:ий|ій) (?:рік|ріка) (?:за ґрати|за грати|[ув] колонія|[ув] в'язниця|[ув] ув'язнення|[ув] неволя)"
               # "перебувають у білоруських місцях позбавлення волі" (lemmas): in places of detention, held (not "з місць", out of them).
               r"|(?<!\w)(?:у|в) (?:[^\W\d]+ )?місц\w* позбавлення вол\w*"
               # "вже провела за ґратами шість років" (lemmas): "already" before the stay keeps it going on, held.
               r"|(?:вже|уже) провести (?:[^\W\d]+ |\d+ ){0,4}(?:за ґрати|(?:в|у) (?:колонія|в'язниця|ув'язнення|неволя))"
               # "у тій самій колонії досі тримають X" (lemmas): an impersonal "they still keep" holds its object.
               r"|(?:досі|дотепер|як і раніше|все ще|усе ще) тримати")
HELD_WEAK = (r"хто залишитися|хто лишитися|налічуватися|опинитися за ґрати|за ґрати опинитися|опинитися (?:у|в) (?:в'язниця|колонія)|затримати|затриманий|заарештувати|заарештований|засудити|засуджений|" + _VERDICT + r"|налічувати|вважати(?!\W+що)"
             r"|залишатися|лишатися|політв'язень,? (?:у том число|серед який|серед них|включно)"
             r"|сидіти (?:знову|вдруге|повторно)|(?:знову|вдруге|повторно) сидіти"
             r"|повторний (?:затримання|арешт)|очікувати суд"
             # "йому дали 10 років": a term given.
             r"|дати \d+ (?:рік|років|роки)"
             # A new criminal case against one pardoned before ("нова кримінальна справа проти X, якого помилували у 2024 році"):
             # prosecuted again, held by the case's date.
             r"|нов\w* (?:кримінальн\w* )?справ\w* (?:проти|щодо)"
             # "отримав шість років колонії" (lemmas): a term given, a past sentence.
             r"|отримати (?:[^\W\d]+ |\d+ ){1,3}(?:рік|років|роки) (?:колонія|ув'язнення|в'язниця|позбавлення воля)"
             # "яка отримала шість років за коментар", "отримав три роки.": a term given, told with its reason or alone.
             r"|отримати (?:[^\W\d]+ |\d+ ){1,3}(?:рік|років|роки|місяць|місяці|місяців)(?= за(?!\w)|\s*[.;,)]|\s*$)"
             # "журналіст, ув'язнений у Білорусі" (lemmas): an attribute that says the person is in prison (not "ув'язнення").
             r"|(?<!колишній )ув'язнений(?!\w)")
# In a penal colony or prison right now, right after the name.
# "у Гомельській жіночій колонії": the words between "у" and the prison are its adjectives, never a verb or a
# preposition ("Фединича в четвер випустили з колонії" is no prison right after the name).
IN_PRISON = (r"(?:у|в) (?:[^\W\d]+(?:ий|ій|ьий) ){0,3}(?:колонія|в'язниця|сізо|ув'язнення)|за ґрати"
             # "у тюрмах і далі понад тисяча політв'язнів" (lemmas): a prison named with "тюрма" holds them too.
             r"|(?:у|в) (?:[^\W\d]+(?:ий|ій|ьий) ){0,3}тюрма")
# A letter from prison ("У листі з колонії X", "X писав із колонії"; the analyser reads "листі" as "листя"): the writer
# is held.
FROM_PRISON = (r"(?:лист\w*|записка|писати|написати|передати) (?:з|із) (?:[^\W\d]+ ){0,2}"
               r"(?:колонія|в'язниця|сізо|ув'язнення)")
# Another country's prisons opening the name's clause (lemma view): "У Росії за ґратами залишається X".
OTHER_COUNTRY = (r"[ву] (?:росія|рф|російський (?:колонія|в'язниця|сізо)|азербайджан|баку|іран|тегеран|китай|венесуела"
                 r"|грузія|тбілісі|туркменія|туркменістан|таджикистан|нікарагуа|куба|крим|окупований крим)")
SENTENCED = (r"засудити|засуджений|вирок|затримати|затриманий|заарештувати|заарештований"
             r"|отримати (?:[^\W\d]+ |\d+ ){1,3}(?:рік|років|роки)"
             r"|отримати (?:[^\W\d]+ |\d+ ){1,3}(?:місяць|місяці|місяців)")
AGAIN = r"знову|вдруге|повторно|повторний"
ABSENTIA = r"заочн\w*|спеціальн\w* провадженн\w*"
# (A stay told as a closed span of the past is read by the tense of English auxiliaries only: this language's past
# tense does not tell a closed span from a state.)
PAST_SPAN = ""
# Restricted freedom at home is no imprisonment ("обмеження волі", "домашня хімія").
RESTRICTED = (r"обмеження (?:воля|волі)|домашній хімія|домашній арешт|умовний (?:термін|строк|покарання|вирок)|умовно"
              # "з відстрочкою виконання вироку": a deferred sentence, served at home.
              r"|відстрочка (?:виконання|відбування)(?: вирок\w*| покарання)?")

# --- A person freed ---
# "Одним із тих, хто повернувся, став X": those who came back (not "повернувся за ґрати").
FREE_NOW = (r"хто повернутися(?!\s(?:за ґрати|до (?:в'язниця|колонія)|(?:у|в) (?:колонія|в'язниця|сізо)))|"
            r"(?:вивезти|довезти|відвезти) (?:до|на) (?:[^\W\d]+ )?кордон|серед (?:повернутий|повернений)|на (?:вол\w*|свобода)|вже вдома|уже вдома|повернутися додому|передати (?:[^\W\d]+ ){0,3}українськ\w* сторон\w*"
            # "Україні передали двох священників — X та Y": the country first, then the handing over.
            r"|(?:україна|литва|польща|латвія) (?:[^\W\d]+ )?передати"
            # A group of people that "came out" ("Найбільша група — 123 особи — вийшла 13 грудня", "вчора вийшли 18 політв'язнів"):
            # freed, though "на волю" is left out (a person noun is its subject, not a decree that came out).
            r"|(?:особа|людина|група|політв'язень|в'язень)\s*(?:—\s*)?вийти(?=\s+\d|\s*[.,;]|\s+(?:з|із)\s)"
            r"|вийти (?:ще )?\d[\d\s]*(?:особа|людина|політв'язень|в'язень)(?!\w)"
            r"|додому (?:вже )?повернутися|^\W*хто (?:вийти|вийшов|вийшли|звільнити)\W*$"
            # "Додому до Житомира вже повернулася X" (lemmas): home, and the town, told before the verb of the return.
            r"|додому (?:(?:до|в|у) [^\W\d]+ )?(?:вже )?(?:нарешті )?повернутися")
# Released people come off the buses that bring them out ("з автобусів вийшли X, Y"): the subjects after the verb.
ARRIVED = (r"(?:з|із) автобус(?:[^.;]{0,60}?)\sвийти|(?<!не )(?:перетнути|перейти) (?:[^\W\d]+ )?кордон (?:з )?(?:литва|польща|україна)"
           # "в Україну привезли Біляцького, Колеснікову": brought out to a neighbouring country.
           r"|(?:в|у|до) (?:україна|литва|польща) (?:[^\W\d]+ ){0,2}?(?:привезти|доставити|вивезти|перевезти)"
           r"|(?:привезти|доставити|вивезти|перевезти) (?:[^\W\d]+ ){0,2}?(?:в|у|до) (?:україна|литва|польща)"
           # "тих, кого в грудні вивезли за кордон": taken out of the country.
           r"|(?:вивезти|вислати|депортувати) (?:[^\W\d]+ )?за кордон"
           # "опинилися в Литві", "кордон перетнули священники X та Y"; "Мінськ віддав X": handed over, out of prison.
           r"|(?:опинитися|прибути|приїхати) (?:в|у|до) (?:литва|польща|україна|вільнюс|варшава|київ)"
           r"|(?:мінськ|білорусь|лукашенко|влада) (?:[^\W\d]+ )?(?:віддати|видати)"
           r"|кордон (?:[^\W\d]+ )?(?:перетнути|перейти)"
           # "Серед тих, хто перетнув кордон, був X": the group that crossed the border is the freed, with or without the country.
           r"|хто (?:[^\W\d]+ )?(?:перетнути|перейти) кордон"
           # "хто перетнув український кордон" (lemmas): the border named by the country's adjective, crossed out of Belarus.
           r"|(?<!не )(?:перетнути|перейти) (?:литовський|польський|український|латвійський) кордон"
           # Met on arrival by kin or at the border ("X зустріла дружина", "X зустріли на Чернігівщині"): out of prison. (A
           # future meeting, "зустріти_fut", is a holiday spent inside; see HOLIDAY_INSIDE.)
           r"|(?<!серед )(?:зустріти|зустрічати) (?:він |вона |вони ){0,2}(?:дружина|чоловік|мати|батько|рідний|рідні|родина|сім'я|близький|друг|донька|дочка|син)(?!\w)"
           r"|(?<!серед )(?:зустріти|зустрічати) (?:він |вона |вони ){0,2}(?:на|в|у) (?:кордон|[^\W\d]+щина|литва|україна|польща|вільнюс|київ|варшава)(?!\w)")
# Freed at the end of a term: a release of the person, not a pardon.
SERVED_RELEASE = (r"відбувши|після відбуття термін|(?:по|після) закінчення (?:термін|строк)"
                  # A stay in prison told as finished ("який провів за ґратами п'ять років", "який провів понад чотири роки в колонії"): a
                  # prisoner freed since (not "провів там уже чотири роки", still there).
                  r"|провести (?!вже|уже)(?:[^\W\d]+ |\d+ ){0,4}(?:за ґрати|(?:в|у) (?:колонія|в'язниця|ув'язнення|неволя))"
                  r"|(?:за ґрати|(?:в|у) (?:колонія|в'язниця|ув'язнення|неволя)) (?:[^\W\d]+ |\d+ ){0,3}провести(?!_)")

# --- A release not given ---
NEGATED_RELEASE = (r"не (?:бути |були |був |була )?(?:звільнений|звільнити|помилуваний|помилувати|вийти)"
                   r"|не (?:помилувати|звільнити)_fut|немає (?:жодн\w*|відом\w*)|залишатися за ґрати"
                   # "Анджея Почобута в списку не виявилося": left off the list of the freed.
                   r"|(?:у|в|до) (?:цей |той )?список (?:[^\W\d]+ )?не (?:потрапити|опинитися|виявитися|увійти|бути)"
                   r"|не (?:потрапити|опинитися|увійти) (?:у|в|до) (?:[^\W\d]+ )?список"
                   # "тих, кого Лукашенко поки не відпускає": a release refused.
                   r"|не (?:відпускати|звільняти)"
                   # "Анджея Почобута серед них не було": not one of the freed.
                   r"|серед (?:вони|них|звільнений|помилуваний) не (?:бути|було|виявитися|опинитися)"
                   # "Немає в них і Анджея Почобута", "немає серед них": left out of the lists of the freed.
                   r"|(?:немає|немати) (?:в|у|серед) (?:вони|цей|той|список)"
                   # "Лабковича у списку не було", "не було в списку": "було" as written; "залишив колонію": left the colony.
                   r"|(?:у|в|до) (?:цей |той )?список (?:[^\W\d]+ )?не (?:було|бути)"
                   r"|не (?:було|бути|виявитися|опинитися) (?:у|в) (?:цей |той )?список"
                   # "Анджея Почобута в списку помилуваних не виявилося", "не опинився в списку": left off the list of the freed.
                   r"|(?:у|в) (?:цей |той )?список (?:[^\W\d]+ )?не (?:виявитися|опинитися)"
                   r"|не (?:виявитися|опинитися) (?:у|в) (?:цей |той )?список"
                   # "X у цьому списку не виявилося" (the lemma of "цьому" is "це"), the headline's "X у списку немає": left off the
                   # round's list, held. A list qualified by any other word is not the round's.
                   r"|(?:у|в) (?:це |цей |той )?список (?:[^\W\d]+ )?не (?:виявитися|опинитися|потрапити|бути)"
                   r"|(?:у|в) (?:це |цей |той )?список (?:немає|немати)"
                   # "На волі досі немає X" (lemmas; "волі" reads "воло"): not free yet, held.
                   r"|на (?:воло|воля) (?:досі |й досі |і досі |ще |поки що |поки )?(?:немає|немати)"
                   # "Не потрапив до нього й X", "у ньому не опинився X": the list the sentence before
                   # names, as a pronoun.
                   r"|не (?:потрапити|опинитися|увійти|виявитися) (?:до|у|в) (?:він|вона)"
                   r"|(?:у|в) (?:він|вона) не (?:потрапити|опинитися|увійти|виявитися)")
# (The negation stands right before the verb: "Не освобождена и X" is read by NEGATED_RELEASE.)
INVERTED_NEGATION = ""
FREE_WISH = (r"(?:вимагати|домагатися|хотіти|треба|потрібно) (?:[^\W\d]+ ){0,3}(?:свобода|звільнення|звільнити|відпустити)"
             # "Варшава досі чекає на звільнення Почобута": a release waited for has not come.
             r"|(?:чекати|очікувати|сподіватися) (?:на )?(?:[^\W\d]+ ){0,2}звільнення"
             # "Варшава досі чекає Анджея Почобута": the person is waited for, not yet free.
             r"|(?:досі|все ще|як і раніше|продовжувати) (?:чекати|очікувати)(?! (?:на )?(?:[^\W\d]+ ){0,2}звільнення)"
             r"|добиватися (?:[^\W\d]+ ){0,3}(?:свобода|звільнення|звільнити|відпустити)")

# --- Refusals, commentators and reporters ---
# "довезли до кордону, але він відмовився": a refusal after a release in one clause undoes it (see roles).
REFUSAL = r"відмовитися|відмовлятися|відмови\w*|відмовля\w*"
# A commentator's trade, no office: "На волю вийшла політолог X" tells her own release (see roles).
COMMENTATOR = r"політолог|аналітик|експерт|оглядач|публіцист"
# The words that may open a predicate before its release word: "X теж вийшла на волю".
RELEASE_AUXILIARY = r"теж|також|вже|нарешті|бути"
