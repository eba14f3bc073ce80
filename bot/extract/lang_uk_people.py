"""Ukrainian knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in (the words that tell their state are in `lang_uk_states`). The field patterns read the
lemma view, as `lang_uk` explains; lexicon.py reads the three as one table.
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
# An organisation a person leads or runs for, read off the text as written: the name in the genitive after it is its owner
# ("юрист виборчого штабу Віктора Бабарика": Бабарико is named for whose staff it was, not told of).
ORG_OF = r"штабу|штабі|команди|команді|кампанії|фонду|фонді"
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
                  r"|лікарку|редакторку|кореспондентку"
                  # "Програмістку з Бреста помилували": the trades of ordinary prisoners, in both cases.
                  r"|програмістка|програмістку")
MASCULINE_TRADE = (r"журналіст|блогер|активіст|анархіст|правозахисник|опозиціонер|художник|письменник|поет|студент|викладач"
                   r"|вчитель|пенсіонер|волонтер|підприємець|аналітик|адвокат|юрист|лікар|редактор"
                   r"|кореспондент"
                   # The accusative, object of a verb with no subject after the person's name ("Юриста, засудженого до семи років, звільнили в жовтні"): the
                   # trade opening the sentence stands for them.
                   r"|журналіста|блогера|активіста|анархіста|правозахисника|опозиціонера|художника|письменника|поета|студента"
                   r"|викладача|вчителя|пенсіонера|волонтера|підприємця|аналітика|адвоката|юриста|лікаря|редактора|кореспондента"
                   # "Сергій X вчить польську. Інженера з Гродна випустили в червні": the trades of ordinary prisoners, in
                   # both cases.
                   r"|інженер|програміст|інженера|програміста")
TRADE = (FEMININE_TRADE + "|" + MASCULINE_TRADE + r"|політолог|політик|музикант|священник|філософ|економіст|фотограф|бізнесмен|ветеран"
         # The accusative of the trades either gender bears ("Політолога помилували в серпні").
         r"|політолога|політика|музиканта|священника|філософа|економіста|фотографа|бізнесмена|ветерана")
# A place before a trade that opens a sentence ("Берестейська активістка вийшла на волю"): an adjective of a town.
TRADE_PLACE = r"[^\W\d_]+(?:ська|ський|цька|цький)"

# --- Speakers ---
SPEAKER_VERBS = (r"вважати(?=\W+що)|підтвердити|заявити|сказати|зазначити|написати|повідомити|наголосити|додати|привітати"
                 r"|прокоментувати|закликати|розповісти|пояснити"
                 # An official's report to the head of state ("Як доповів Андрій Швед", "Ігор Сергеєнко доповів, що ..."): who speaks.
                 r"|доповісти|доповідати"
                 # A relative telling the story in the present ("Мати розповідає, що співкамерник сина вже на волі"):
                 # who speaks, not whom the story is about.
                 r"|розповідати")
SPEAKER_BEFORE = (r"за слово|заявити|повідомити|сказати|писати"
                  r"|доповісти|доповідати"
                  # "..., вважає його адвокатка X" (lemmas): an opinion told after the clause, its speaker after the verb (only after a
                  # comma: "Вясна вважає X політв'язнем" recognises X).
                  r"|(?<=, )(?:вважати|гадати)(?!\W+що)")
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
# A family word in the nominative before a declined name ("син колишнього кандидата Віктора Бабарика"): the name says
# whose relative the subject is; it tells nothing of that person's own state. (Not "сина" or "дружину": those take
# the name in apposition, "помилувати сина Дениса".)
KIN_OF = (r"дружина|чоловік|син|донька|дочка|мати|батько|брат|сестра|вдова"
          # In the instrumental or the dative the family word agrees with someone named before it; a declined name after
          # it is the possessor ("сидів з Павлом, сином Ігоря Марчука").
          r"|сином|синові|донькою|дружиною|чоловіком|чоловікові|братом|братові|сестрою|батьком|батькові")
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
# A relative pronoun right after a name agrees with it in gender ("Валерія Костюгова, яку засудили" is a woman).
FEMININE_RELATIVE = r"яка|якої|якій|яку|якою"
MASCULINE_RELATIVE = r"який|якого|якому|яким|якім"
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
IN_THEIR_NUMBER = (r"(?:у|в) (?:їх|вони|них) число|один з (?:них|вони)|одна з (?:них|вони)"
                   # "X також був у списку" (lemmas), with nothing after the list to make it another one ("у списку політв'язнів"): the
                   # list the sentences before tell (not "X у цьому списку, як і в попередніх, немає": a negation after it).
                   r"|(?:у|в) (?:цей |той )?список(?=\s*(?:[,.;]|$))(?![^.;]*(?<!\w)(?:немає|немати|нема|не)(?!\w))")
# "калі ўбачыў у спісе Ігара Лосіка": the list of the round the sentences before tell.
IN_THE_LIST = (r"у список|в список"
               # "До списку потрапили двоє жителів Борисова": one gets onto a list "до" it too.
               r"|до список")
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
