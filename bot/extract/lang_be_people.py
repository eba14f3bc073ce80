"""Belarusian knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in, and the words that tell a person held or freed. The field patterns are written in
the official spelling and matched against folded text, as `lang_be` explains; lexicon.py reads the two as
one table.
"""

# --- Names and what ends them ---
NAME_STOP = (frozenset("""
украінец украінца украінка беларус беларуса беларуска літовец літоўца літоўка паляк паляка полька
каталіцкі каталіцкага архібіскуп біскуп ксёндз ксяндза святар папа кардынал нунцый мітрапаліт
папы папе папу папам рымскі рымскага рымскаму рымскім понтыфік понтыфіка
у ў на па з са к да і а але ці што гэта як для пры прэзідэнт прэм'ер міністр лідар лідарка
беларусь беларусі беларуссю расія расіі украіна украіны польшча польшчы літва літвы мінск мінску
мінска масква масквы кіеў вільня варшава еўропа еўропы еса зша захад захаду
вясна вясны праваабарончы цэнтр нобелеўская нобелеўскай прэміі прэмія дзень
белта інтэрфакс тэлеграм тэлеграм-канал кдб мус амап
панядзелак аўторак серада сераду чацвер пятніца пятніцу субота суботу нядзеля нядзелю
студзень студзеня люты лютага сакавік сакавіка красавік красавіка травень траўня чэрвень чэрвеня
ліпень ліпеня жнівень жніўня верасень верасня кастрычнік кастрычніка лістапад лістапада снежань снежня
чытайце таксама фота падпісвайцеся навіны цяпер сёння учора таксама аднак потым дня дню незалежнасці наша нашай ніва нівы радыё свабода свабоды еўрарадыё белсат
позірк вызваленне памілаванне затрыманне
""".split())
             # The prize called by its founder's name («Год пасля Нобеля»): a prize, not a person.
             | frozenset("нобель нобеля нобелю нобелем нобелі".split()))
NOT_PRISONERS = ("лукашэнк", "лукашенк", "пуцін", "трамп", "зяленск", "ціханоўская", "ціханоўскай",
                 "ціханоўскую", "латушк", "байдэн", "макрон", "келаг", "келог", "коўл")
# Declined names back to the nominative (accusative feminine, genitive/accusative masculine): the surname
# ending decides, and the first name follows its gender. Longest endings first.
# A man's surname ending and a woman's of the same family ("Кавалёў" and "Кавалёва").
SURNAME_GENDERS = (("скі", "ская"), ("цкі", "цкая"), ("ёў", "ёва"), ("оў", "ова"), ("аў", "ава"), ("еў", "ева"), ("ін", "іна"),
                   ("ын", "ына"))
SURNAME_FEMININE = (("скую", "ская"), ("цкую", "цкая"), ("ую", "ая"), ("скай", "ская"), ("цкай", "цкая"), ("аву", "ава"),
                    ("еву", "ева"), ("іну", "іна"), ("ыну", "ына"), ("авай", "ава"), ("евай", "ева"),
                    ("інай", "іна"), ("ынай", "ына"))
FIRST_FEMININE = (("ыю", "ыя"), ("ію", "ія"), ("у", "а"), ("ю", "я"))
SURNAME_MASCULINE = (("скага", "скі"), ("цкага", "цкі"), ("скім", "скі"), ("цкім", "цкі"),
                     # "Сяргея Кавалёва", "Ігара Арлова": a man's surname in "-ёў", "-оў", "-аў", "-еў", "-ін" declined.
                     ("ёвым", "ёў"), ("овым", "оў"), ("авым", "аў"), ("евым", "еў"), ("ёва", "ёў"), ("ова", "оў"),
                     ("ава", "аў"), ("ева", "еў"), ("ёву", "ёў"), ("ову", "оў"), ("аву", "аў"), ("еву", "еў"),
                     ("іна", "ін"), ("ына", "ын"), ("віча", "віч"), ("іча", "іч"), ("вічу", "віч"), ("вічам", "віч"),
                     ("ку", "ка"), ("кі", "ка"),
                     # "Мікалая Крупені", "Ігару Шаўчэню": a surname in "-еня"/"-эня" declined like "зямля".
                     ("ені", "еня"), ("эні", "эня"), ("еню", "еня"), ("эню", "эня"), ("енем", "еня"),
                     ("энем", "эня"))
FIRST_MASCULINE = (("ея", "ей"), ("ая", "ай"), ("ія", "ій"), ("я", "ь"), ("а", ""))
# A preposition right before a name makes it the object of what stands before ("Прэзідэнт спыніўся на сітуацыі са X"),
# so an office before that is someone else's, not the name's title.
NAME_PREPOSITION = r"з|са|аб|пра|да|ад|для|супраць|у|ў|за"
# Read off the text as written: a relative pronoun of persons after a name ("Масатосі Наканісі, якога ..."),
# and a citizenship before one ("грамадзянін Японіі ..."): they make an unknown name a person's.
PERSON_AFTER = r"які|якая|якога|якую|якому|якой|каторы|каторая|каторага|грамадзянін|грамадзянка|грамадзяніна|грамадзянку"
CITIZEN_BEFORE = (r"грамадзянін|грамадзяніна|грамадзянка|грамадзянку|грамадзяніну|японец|японка|літовец|літоўка|паляк"
                  r"|полька|латыш|латышка|эстонец|эстонка|швед|шведка|амерыканец|амерыканка|немец|немка|француз"
                  r"|\d{1,2}-гадов\w+")
ORG_AFTER = r"канал\w*|агенцтв\w*|газет\w*|сайт\w*|выдан\w*|цэнтр\w*|парт\w*|рух\w*|служб\w*"
# Words right before a name that make it a namesake, not a person of the story ("прэміі імя Андрэя Сахарава", "на
# вуліцы Кастуся Каліноўскага"); read off the text.
EPONYM_BEFORE = (r"імя|імені|памяці|у гонар|ў гонар|вуліц[аыуі]|вуліцай|праспект[аеу]?|праспектам|плошч[аыуі]|плошчай"
                 r"|прэмі[яіюй]|прэміяй|стыпенды[яіюй]|нябожчык\w*")
# A participle or an adjective that may open a sentence right before a name, by its ending or as a word ("Вызвалены
# Уладзімір Маціевіч", "Былая палітвязніца", Łacinka "Vyzvalenaja Alena"): no surname of the name after it. Read off
# the text as written; surnames in "-скі", "-цкі" are left out of the endings.
ATTRIBUTE_WORD = (r"[^\W\d_]{2,}(?:ены|аны|ена|ана|ная|ныя|ваны|ваная|ўшы|ўшая)|былы|былая|колішні|колішняя|вядомы"
                  r"|вядомая|знакаміты|знакамітая|асуджаны|асуджаная"
                  # In the accusative before a trade ("Палітычную аналітыкіню памілавалі").
                  r"|[^\W\d_]{2,}ную"
                  r"|[^\W\d_]{2,}(?:eny|any|ena|ana|naja|nyja|ŭšy|ŭšaja)|były|byłaja|kolišni|kolišniaja|viadomy|viadomaja")
# Another name of the person just named: "Кацярына Андрэева, вядомая таксама як Кацярына Бахвалава". (Matched on the
# text as written.)
ALSO_KNOWN_AS = (r"(?:таксама |яшчэ )?вядом\w* (?:таксама |яшчэ )?(?:як|пад (?:прозвішчам|імем))"
                 r"|(?:якую|якога|яе|яго) (?:таксама |яшчэ )?ведаюць (?:як|пад (?:прозвішчам|імем))"
                 r"|(?:сапраўднае|дзявочае|ранейшае) прозвішча (?:якой|якога|яе|яго) ?(?:—|–|-)?")
# The words that may stand between a subject and its verb: the agreement of a name with its verb is read
# for Russian and Ukrainian only (name_nominative.py), so none here.
BEFORE_VERB = ""

# --- Titles, trades and roles ---
# "Ms Kalesnikava": a courtesy title before a lone surname makes it a name.
HONORIFIC = r"спадар|спадарыня|спадарыні|спадара"
OTHER_TITLES = (r"аналітык\w*|палітол[ая]г\w*|эксперт\w*|аглядальнік\w*|прэзідэнт\w*|прэзыдэнт\w*|міністр\w*|міністар\w*|прэс-сакратар\w*|прадстаўні\w*|кіраўні\w*"
                r"|пасол|пасла|спецпасланні\w*|пасланні\w*|у выгнанні|эміграцы\w*|генпракурор\w*|пракурор\w*"
                r"|суддз\w*"
                # Offices and high clergy who accompany, announce or sign: never the freed themselves.
                r"|нунцы\w*|біскуп\w*|арцыбіскуп\w*|архібіскуп\w*|кардынал\w*|мітрапаліт\w*|консул\w*|дыпламат\w*"
                r"|губернатар\w*|мэр\w*|камісар\w*|еўрадэпутат\w*|начальні\w*|гісторык\w*|сацыёлаг\w*"
                # A state channel's presenter who reads out or posts the list of the pardoned.
                r"|вядуч\w*|тэлевядуч\w*"
                # An ombudsman who reports a release ("паведаміў упаўнаважаны па правах чалавека X"): a source.
                r"|упаўнаважан\w*|амбудсмен\w*")
# A political prisoner by title ("палітвязень Андрэй Пачобут"): held unless the article says more.
PRISONER_TITLE = r"палітвязень|палітвязня|палітвязню|палітвязнем|палітвязні|палітвязняў|палітвязніц\w*|вязень сумлення"
# "былы палітвязень": the title or state was once.
FORMER = r"был\w*|экс-"
# "who had been held incommunicado": held once, not now.
FORMERLY = (r"раней|раней былі"
            # "якога з 2023 года трымалі ў ізаляцыі": held so until the news, told in the past.
            r"|трымалі|трымаў|трымала")
# A trade or role that stands for the person just named when it opens the next sentence ("Анархіст выйшаў на волю"), in
# the nominative; the forms that show a gender apart ("праваабаронца" is either).
FEMININE_TRADE = (r"журналістка|блогерка|актывістка|анархістка|праваабаронніца|апазіцыянерка|мастачка|пісьменніца|паэтка"
                  r"|студэнтка|выкладчыца|настаўніца|пенсіянерка|валанцёрка|прадпрымальніца|аналітыкіня|лекарка|рэдактарка"
                  # "Карэспандэнтка «Белсата» застаецца ў калоніі": a reporter named by the trade.
                  r"|карэспандэнтка"
                  # The accusative, object of a verb with no subject ("Аналітыкіню памілавалі ў верасні"): Belarusian has no
                  # lemma view to fold it.
                  r"|журналістку|блогерку|актывістку|анархістку|праваабаронніцу|апазіцыянерку|мастачку|пісьменніцу|паэтку"
                  r"|студэнтку|выкладчыцу|настаўніцу|пенсіянерку|валанцёрку|прадпрымальніцу|аналітыкіню|лекарку|рэдактарку"
                  r"|карэспандэнтку")
MASCULINE_TRADE = (r"журналіст|блогер|актывіст|анархіст|апазіцыянер|мастак|пісьменнік|паэт|студэнт|выкладчык|настаўнік"
                   r"|пенсіянер|валанцёр|прадпрымальнік|аналітык|лекар|рэдактар"
                   r"|карэспандэнт")
TRADE = (FEMININE_TRADE + "|" + MASCULINE_TRADE + r"|праваабаронца|палітолаг|палітык|адвакат|юрыст|музыка|музыкант|святар"
         r"|філосаф|эканаміст|фатограф|бізнесмен|ветэран")
# A place before a trade that opens a sentence ("Берасцейская актывістка выйшла на волю"): an adjective of a town.
TRADE_PLACE = r"[^\W\d_]+(?:ская|скі|цкая|цкі)"

# --- Speakers ---
SPEAKER_VERBS = (r"лічыць(?=\W+што)|лічыць(?=\W+шта)|пацвердзі\w*|заявіў|заявіла|сказаў|сказала|адзначыў|адзначыла|напісаў|напісала|паведаміў|паведаміла"
                 r"|падкрэсліў|падкрэсліла|дадаў|дадала|прывітала|прывітаў|расказаў|расказала|растлумачыў|растлумачыла"
                 r"|пракам[еэ]нтава\w*|распавёў|распавяла|распавялі|заклікаў|заклікала"
                 # An official's report to the head of state ("Як далажыў Андрэй Швед", "Ігар Сергеенка далажыў, што ..."): who speaks.
                 r"|далажы\w*|дакладва\w*|даклада\w*")
SPEAKER_BEFORE = (r"паводле слоў|па словах|заявіў|заявіла|паведаміў|паведаміла|піша"
                  r"|далажы\w*|дакладва\w*"
                  # "Паводле Хоміч, пра памілаванне гаворка не ішла": "паводле" before a name alone says whose words follow, as
                  # "паводле слоў" does.
                  r"|паводле")
# "1100 чалавек, паводле «Вясны», застаюцца ...": an aside naming the figure's source.
SOURCE_ASIDE = r"паводле|па дадзеных|па звестках|па падліках|па словах|па ацэнках|згодна з"
# "Як падкрэсліла X, ...": the speaker of what follows (see speakers.is_speaker).
AS_SAID = r"як"
# Words that hand the rest of a sentence to the next person named: "X, whose wife Y remains jailed".
OTHER_SUBJECT = r"чый|чыя|чые|чыё|тады як|а (?:яго|яе) (?:жонка|муж)|жонка|муж"
# "— А хто застаўся?": an interview question that asks about people, answered with names.
WHO_ASKS = r"хто|каго|каму|кім"

# --- Kin ---
# "Ales Pushkin's colleague X": a name in the possessive before one of these points to someone else.
KIN = ""
# A family member named right after the word for them ("жонка палітыка Марына Адамовіч"): a relative, not a
# prisoner, unless the name's own predicate says otherwise.
KIN_BEFORE = (r"жонк\w*|муж|мужа|сын|сына|дачк\w*|дачка|маці|бацьк\w*|брат|брата|сястр\w*|удав\w*"
              r"|сваяк\w*")
# "Эдуард Бабарыка, сын Віктара Бабарыкі": a kin word between two names names the second for the first's kinship.
KIN_OF = r"(?:сын|дачк|дачц|жонк|муж|удав|маці|бацьк|брат|сястр|пляменн)\w*"
# Read off the text as written: a couple before two names ("супруги Наталья и Олег М."): they are the people, not kin.
COUPLE = r"сужэнцы|сужэнцаў|сужэнцам|муж і жонка|сямейная пара|сямейную пару|пара"
# Held incommunicado told by who waits for news ("жонка не мае звестак пра яго"): of the prisoner, not of the relative
# who says it.
NO_NEWS = r"звестак|вестак|інфармацыі|сувяз\w*"

# --- Pronouns ---
# A sentence opening with one of these continues about the person just named.
PRONOUN = r"ён|яна"
# A sentence opening with the person as the object of an impersonal verb ("Яе памілавалі ў снежні") continues about them too.
# (A few words may stand before the verb: "11 верасня яго разам з яшчэ 51 вязнем пасадзілі ў аўтобусы".)
OBJECT_PRONOUN = (r"(?:яго|яе)(?=\s+(?:(?:зноў|ізноў|потым|пазней|таксама|не|ня)\s+){0,2}[^\W\d]+лі(?!\w)|\s+разам з (?:[^\W\d]+\s+|\d+\s+){0,4}[^\W\d]+лі(?!\w))"
                  r"|(?:яму|ёй)(?=\s+(?:яшчэ\s+)?(?:засталос|застаецца))")
# The feminine ones of them, so that "she" does not continue about a man.
FEMININE_PRONOUN = r"яна|яе|ёй|ёю|ей|ёе"
# The masculine ones: the first of either kind after an ambiguous name tells its gender (see name_nominative).
MASCULINE_PRONOUN = r"ён|яго|яму|ім"
# Opening a sentence after several names, these continue about all of them ("Абое ўжо дома").
PLURAL_PRONOUN = (r"яны|абое|абодва|абедзве"
                  # "X і Y ... Пасля вызвалення іх даставілі ў Літву": "them" of an impersonal plural verb stands for the people just
                  # named, as "яны" does.
                  r"|іх(?=\s+(?:(?:зноў|потым|пазней|таксама|адразу|не)\s+){0,2}[^\W\d]+лі(?!\w))")
# Any form of "ён" or "яна" inside a sentence ("суд асудзіў яго", "яе галадоўка"): the sentence is about the person named
# before, and the story of them goes on after it.
THIRD_PERSON = r"яго|яму|ім|яе|ёй|ёю|ёе"
OWN_PRONOUN = r"ён|яна|яго|яе|яны|іх|я|мяне|мы|нас"
# "у тым ліку гэтага, Ціханоўскага": a demonstrative and a comma before a lone surname point at a person.
DEMONSTRATIVE = r"гэтага|гэтую|гэту|гэтым|гэтаю|таго|тую|гэты|гэтая|той|тая"
# "my husband, X" in a relative's own words: the person is the story's subject, not a relative who speaks.
FIRST_PERSON_POSSESSIVE = r"мой|мая|маю|майго|маёй|наш|наша|нашага"
# A relative clause in an aside (", whose wife has led ... since 2020,"): its times are its own.
RELATIVE = r"які|якая|якое|якога|якую|якому|якой|якія|якіх|каторы|каторая|каторага"
# A relative pronoun that is not its clause's subject, as written ("Марфа Рабкова, пра якую піша Касцюгова, ..."): the
# name after it is the clause's own subject.
RELATIVE_OBLIQUE = r"(?:пра|аб|з|са|для|ад|[уў]|да) як\w+|як(?:ую|ога|ой|ім|ому)"
# A relative clause with no pronoun ("the group X founded") is English's alone.
CONTACT_RELATIVE = ""
# "identified several of them, including X": a group told before, as the lemma view writes it.
THEM = r"іх|яны"
# An interview's opening that tells of the people the speaker left inside ("пра тых, хто застаўся ў калоніі", "пра тых, хто
# дагэтуль там"): the people the exchange after it names are held.
LEFT_BEHIND = r"тых, хто (?:застаўся|засталася|засталіся|застаецца|застаюцца|дагэтуль там|па-ранейшаму там)"
# Placed "there", where the speaker was held ("Марфа Рабкова таксама там"), in an interview about those left behind.
THERE_AFTER = r"(?:таксама |дагэтуль |па-ранейшаму |усё яшчэ )?там"
# "Both" standing for the last two people named ("Абедзве дагэтуль там").
BOTH = (r"абодва|абедзве|абое"
        # "Абодвух павезлі", "абедзвюх": both, as the object.
        r"|абодвух|абедзвюх|абаіх")

# --- People named in a group or a list ---
# A solidarity call's lead-in ("Напішыце ім лісты:", "Дашліце паштоўку:"): the people one may write to in a colony are held.
SOLIDARITY_MAIL = r"напіш\w*|пішы\w*|пісаць|ліст(?:ы|оў)|паштоўк\w*|дашлі\w* (?:[^\W\d]+ )?(?:ліст|паштоўк)\w*|адрас\w* (?:калоні|турм)\w*"
LIST_INTRO = (r"(?:найбольш|самы|самая) вядом|(?:друг|трэц)\w* [^\W\d]+ (?:аказал|апынул|стал|был)\w*|у спісе|сярод замежнікаў|сярод беларусаў|адн\w* з першых|сярод (?:найбольш |самых )?вядомых|адз(?:ін|на) з (?:іх|вызваленых|памілаваных)|сярод іх|у іх ліку|гэта|сярод якіх"
              # A lead-in that names the group just told ("Імі аказаліся A, B і C", "Іх імёны: ...", "Сярод першых — X", "Першым
              # вядомым імем стаў X"): the names take the group's state.
              r"|імі (?:аказал|апынул|стал)\w*|іх (?:імёны|імены|назвал\w*)|сярод першых"
              r"|першы\w* (?:[^\W\d]+ ){0,2}(?:стаў|стала|сталі|аказаў\w*|аказал\w*)"
              # Membership of the group the sentence before told ("У групе апынуліся X і Y", "У аўтобусе былі X", "Таксама выйшла X"
              # after a release): a list's lead-in, whose items take that group's role.
              r"|[уў] (?:той жа |адн\w+ )?(?:групе|аўтобусе|аутобусе|калоне|машыне|самалёце)"
              r" (?:апынул\w*|был\w*|ехал\w*|знаходзіл\w*)|таксама выйш(?:ла|лі|ау|аў)(?! на)(?=(?:\s+[^\W\d]+)?\s*$)")
# A lead-in's own words for the profiles that follow it ("Вось хто з вядомых палітвязняў застаецца за кратамі.", "Ніжэй —
# пра тых, каго вызвалілі").
LEAD_IN = (r"вось хто|вось (?:яны|некаторыя|некалькі)|ніжэй|хто яны|расказваем пра"
           # "Усе, хто ў гэтым спісе, па-ранейшаму адбываюць тэрмін": a line about the list below tells its people's state.
           r"|(?:у|ў|з) (?:гэтым|гэтага|гэты) спіс\w*")
# "Удалося пагаварыць са сваякамі аднаго з вызваленых": the next sentence names that one.
ONE_OF = r"адн\w* з (?:іх|вызваленых|памілаваных)"
# "X, якога трымалі без сувязі, быў у іх ліку": a member of the group the sentences before tell.
IN_THEIR_NUMBER = r"[уў] іх ліку|адз(?:ін|на) з іх"
# "калі ўбачыў у спісе Ігара Лосіка": the list of the round the sentences before tell.
IN_THE_LIST = r"у спісе|ў спісе"
# "сярод ... — A, ...; B; C": a list's head word, shared by the items after semicolons.
AMONG = r"сярод"
# A person's verb that puts them into the group of the freed ("оказался среди освобождённых", "was among the released"):
# the release word after it is still the person's.
MEMBER_OF = r"сярод|у лік|у ліку|у спіс|у спісе|ў спіс|ў спісе|адзін з|адна з|у групе|у складзе|уключ\w*|улуча\w*"
# A member named out of the group just told ("палітвязняў у расійскай турме, у прыватнасці журналіста X").
NAMED_FROM_GROUP = r"у тым ліку|уключаючы|у прыватнасці|сярод іх|напрыклад"
# "Кацярына Андрэева па-ранейшаму ў калоніі. Наста Лойка таксама": a name whose clause is only the name and this word
# has the state told of the person before.
TOO = r"таксама|тож"
# "Статкевич лишається за ґратами. Як і Анджей Почобут": a sentence opening so says the same of its person.
LIKEWISE = (r"як і|разам з (?:ім|ёй|імі)|тое ж (?:самае )?(?:датычыцца|можна сказаць пра)"
            # "Таксама ў аўтобусе быў X": the vehicle that carried the people just told of; the names share their state.
            r"|таксама (?:у|ў|на) (?:тым жа |тым самым )?(?:аўтобус|самалёт|мікрааўтобус)\w*")
# "па адной справе з X": X is named for the case, not for their own state.
SAME_CASE = (r"па (?:адной|той жа|той самай) справе (?:з|са)"
             # "X, якога асудзілі разам з Y": Y is named for the case, the sentence tells nothing of Y now.
             r"|(?:асудзіл|судзіл|асуджан|прысудзіл)\w* (?:[^\W\d]+ |\d+ ){0,3}разам (?:з|са)")
# The others a clause after the name is about ("X падпісвае паштоўкі для тых, хто застаўся за кратамі"): what it tells is
# theirs, not the name's ("адзін з тых, хто", "сярод тых, хто" name the person's own group).
FOR_THOSE_WHO = r"(?:(?:для|пра|аб|да|за)\s+(?:усіх\s+)?тых|(?:з|са)\s+(?:усімі\s+)?тымі|тым)\s*,\s*(?:хто|каго|каму|кім)"

# --- A person held ---
# A holiday met or spent in prison, now or to come ("Абое сустрэнуць Каляды за кратамі", "праводзіць святы ў калоніі"):
# the person is held (the present and the future only: a past "сустрэў", "правёў" is no state now).
HOLIDAY_INSIDE = (r"(?:сустрэн|сустрака|правядз|праводз|адзнач[ыа]ць|адзначаюць|адзначыць|адзначае|святку)\w* "
                  r"(?:[^\W\d]+ ){0,2}?(?:каляд|нов\w+ год|вялікдзень|вялікадн|свят|дзень нараджэння)\w*"
                  r"(?: [^\W\d]+){0,3}? (?:за кратамі|[уў] (?:кал[оё]ніі|турме|сізо))")
# The towns whose colonies and prisons hold political prisoners: "яна па-ранейшаму ў Гомелі" says the person is still
# in that prison (Minsk is left out: a freed person may well be still in Minsk).
PRISON_TOWN = (r"гомел\w*|наваполацк\w*|глыбок\w*|шклов\w*|магіл[её]в\w*|жодзін\w*|бабруйск\w*|орш\w*|віцебск\w*"
               r"|івацэвіч\w*|горк\w*|мазыр\w*|светлагорск\w*")
# "За кратамі і заснавальнік «Вясны» Алесь Бяляцкі", "Also behind bars is X": a sentence opened by prison.
HELD_STRONG = (r"^\W*за кратамі (?:і|таксама|па-ранейшаму|[—–:-])|(?:таксама|па-ранейшаму|дагэтуль|усё яшчэ|усе яшчэ|цяпер|зноў) за кратамі|(?:цяпер|і цяпер|па-ранейшаму|дагэтуль|усё яшчэ) (?:там|(?:у|ў) (?:[^\W\d]+ ){0,3}(?:кал[оё]ніі|турме|сізо|сіза))"
               r"|этапава\w* (?:у|ў) кал[оё]нію"
               # "А Статкевіч сядзіць": serving now (the present tense only; "сядзеў" was once).
               r"|сядзіць|сядзяць|у спісе (?:памілаваных|вызваленых) (?:[^\W\d]+ )?няма"
               r"|(?:у|ў) (?:турмах|турме|кал[оё]ніях|кал[оё]ніі) (?:дагэтуль |па-ранейшаму |усё яшчэ )?знаходз(?:іцца|яцца)|"
               r"не (?:можа|магу|будзе|збіраецца) (?:памілава|вызвал|адпусц)\w*"
               r"|(?:памілава|вызвал|адпусц)\w* не (?:можа|магу|будзе)|знаходз(?:іцца|яцца) (?:за кратамі|у зняволенні|у кал[оё]ніі|у турме|(?:у|ў) (?:сізо|сіза|ізалятары))|сярод (?:памілаваных|вызваленых|адпушчаных) (?:яго |яе |іх )?няма"
               r"|няма (?:яго |яе |іх )?сярод (?:іх|памілаваных|вызваленых|адпушчаных)|не (?:вызвалі\w*|адпусці\w*|памілава\w*|выпусці\w*)|(?:[уў]|за) (?:турмах|турме|кал[оё]ніях|кал[оё]ніі|зняволенні|кратамі) (?:[^\W\d]+ ){0,2}застаю?цца|застаюцца (?:за кратамі|у зняволенні|ў зняволенні|у турме|ў турме|у кал[оё]ніі|ў кал[оё]ніі)"
               r"|застаецца (?:за кратамі|у зняволенні|ў зняволенні|у турме|ў турме|у кал[оё]ніі|ў кал[оё]ніі)"
               r"|па-ранейшаму (?:знаходзіцца|знаходзяцца|у зняволенні|за кратамі|у кал[оё]ніі|у турме)"
               r"|не (?:былі |быў |была )?(?:вызвален\w*|памілаван\w*)|адбывае|адбываюць|адбываць (?:пакаранне|тэрмін)"
               r"|дагэтуль (?:у кал[оё]ніі|ў кал[оё]ніі|у турме|ў турме|у зняволенні|ў зняволенні|за кратамі)"
               r"|(?:вярнул|вернут)\w* (?:у|ў|назад у) (?:кал[оё]нію|турму)|вярнул\w* назад|зноў (?:у|ў|за) (?:кал[оё]ніі|турме|кратамі)"
               r"|(?:зноў|ізноў|паўторна) (?:арыштава|затрыма|пасадзі|асудзі)\w*"
               # Held incommunicado: "няма ніякіх звестак", "родныя не маюць звестак".
               r"|няма (?:ніякіх |ніякай )?(?:звестак|вестак|інфармацыі)|не маюць (?:ніякіх )?(?:звестак|вестак)"
               r"|інкамунікада|у ізаляцыі"
               r"|(?:утрымліва|знаходзі)(?:ецца|юцца|ць) (?:[^\W\d]+ ){0,2}без сувязі"
               # Taken back after refusing to leave the country with the others freed.
               r"|(?:павезл|адвезл|вярнул)\w* назад|вярнуў\w* (?:у|ў|назад у|назад ў) (?:калонію|турму)|адмовіў\w* (?:[^\W\d]+ )?(?:пакідаць|пакінуць|выходзіць|выязджаць|ехаць|пераходзіць|перасякаць)"
               r"|(?:арыштава|затрыма|пасадзі|асудзі)\w* (?:зноў|ізноў|паўторна)"
               # "усё яшчэ ў зняволенні", "Уладзіміра Лабковіча не было ў спісе": held, and left off the list, word order either way.
               r"|(?:[уў]сё|[уў]се|па-ранейшаму|дагэтуль) яшчэ (?:[уў] )?(?:зняволенні|няволі)|(?:па-ранейшаму|дагэтуль) (?:[уў] )?(?:зняволенні|няволі)"
               # One who refused to get off the bus at the border ("адмовіўся выйсці з аўтобуса на літоўскім баку") stayed a prisoner,
               # as one who refused to leave ("выходзіць" was there already).
               r"|адмовіў\w* (?:[^\W\d]+ )?выйсці (?:з аўтобуса|на [^\W\d]+ (?:баку|мяжы))"
               # "працягвае адбываць 14-гадовы тэрмін", "адбывае восем гадоў калоніі": serving a term with words between.
               r"|(?:працягва\w* )?адбыва(?:ць|е|юць) (?:[\w-]+ ){1,2}(?:пакаранн\w*|тэрмін\w*|тэрмін|зняволенн\w*)"
               # "Хто яшчэ ў калоніі" (a section heading): "яшчэ" alone is "still" too.
               r"|яшчэ (?:[уў] )(?:[^\W\d]+ ){0,2}(?:кал[оё]ніі|турме|сізо|зняволенні|няволі)|яшчэ за кратамі"
               # Held, in other words: the prison first, words of place between, then the verb ("У той жа калоніі ў Навапалацку
               # знаходзіцца і X").
               r"|[уў] (?:[^\W\d]+ ){0,2}(?:кал[оё]ніі|турме|сізо) (?:[^\W\d]+ ){0,3}знаходз\w*"
               # Stayed in prison, told in the perfective ("Мікалай Статкевіч застаўся ў калоніі").
               r"|заста(?:ўся|лася|ліся|лося) (?:[уў] (?:[^\W\d]+ )?(?:кал[оё]ніі|турме|сізо)|за кратамі)"
               # "утрымліваецца ў СІЗА-1", "этапаваная ў гомельскую калонію": kept in or moved to a prison, with its adjectives.
               r"|утрымлів(?:аецца|аюцца) (?:[уў] |за )(?:[^\W\d]+ ){0,3}(?:сіза|сізо|ізалятары|кал[оё]ніі|турме|кратамі)"
               r"|этапава\w* (?:[уў] |да )(?:[^\W\d]+ ){0,3}(?:кал[оё]нію|кал[оё]ніі|турму|турмы)"
               # "Абодвух павезлі назад у СІЗА": returned to custody after a hearing, held.
               r"|(?:павезл|адвезл|вярнул|вывел|даставіл)\w* (?:назад |зноў )?(?:у|ў|да) (?:[^\W\d]+ ){0,2}"
               r"(?:сіза|сізо|ізалятар\w*|камер\w*)"
               # "ёй яшчэ больш за пяць гадоў сядзець": years still to serve, held (the lemma view folds "ё" and "ў").
               r"|яшчэ (?:[^\W\d]+ |\d+ ){0,4}(?:сядзець|адбываць)"
               # "што яе прозвішча ў ім няма", "яго імя ў спісе не было": left out of the list of the freed, held.
               r"|(?:яго|яе|іх) (?:прозвішч\w*|імя|імені) (?:[уў] (?:ім|спісе|гэтым спісе) |там )?(?:няма|не было)"
               # "Памілаванне пакінула за кратамі шмат вязняў, у тым ліку X": the ones left inside are held.
               r"|пакінул?\w* (?:[^\W\d]+ ){0,4}(?:за кратамі|[уў] (?:кал[оё]ніях|кал[оё]ніі|турмах|турме|зняволенні))"
               # "X застаецца адным з самых вядомых вязняў": still one of those inside.
               r"|заста(?:ецца|юцца|ўся|лася) (?:адн\w* з|сярод) (?:[^\W\d]+ ){0,3}(?:вязн\w*|палітвязн\w*|зняволен\w*)"
               + "|" + HOLIDAY_INSIDE
               # A prisoner who would not go with the freed ("не захацеў пакідаць краіну", "не пагадзіўся ехаць у Літву") stayed, as one
               # who refused to leave.
               + r"|не (?:захацеў|захацела|хацеў|хацела|пагадзіў\w*) (?:[^\W\d]+ )?(?:пакідаць|пакінуць|выязджаць"
               r"|ехаць|перасякаць)"
               # "Яму засталося тры гады", "Ёй засталося сядзець яшчэ пяць гадоў": a term still to serve, held; the dative pronoun that
               # opens such a sentence is the person just named.
               r"|(?:засталос\w*|застаецца) (?:(?:сядзець|адбываць|яшчэ) )*(?:(?!на )[^\W\d]+ |\d+ )?(?:год\w*|гад\w*|месяц\w*)"
               r"|(?:па-ранейшаму|дагэтуль|усё яшчэ|усе яшчэ|і цяпер|да гэтага часу) [уў] (?:" + PRISON_TOWN + ")"
               # "пачынае пяты год за кратамі", "ужо трэці год у калоніі": an ordinal year of the term now under way.
               r"|[^\W\d]+(?:ы|і) год (?:за кратамі|[уў] кал[оё]ніі|[уў] турме|[уў] зняволенні|[уў] няволі)"
               # "Ёй сядзець яшчэ больш за тры гады": the years still to serve told after the verb (before it is the third round's).
               r"|(?:сядзець|адбываць) (?:[^\W\d]+ )?яшчэ(?!\w)"
               # "знаходзяцца ў беларускіх месцах пазбаўлення волі": in places of detention, held (not "з месцаў", out of them).
               r"|(?<!\w)[уў] (?:[^\W\d]+ )?месц\w* пазба[уў]лення волі"
               # "ужо правяла за кратамі шэсць гадоў": "already" before the stay keeps it going on, held.
               r"|[уў]жо прав(?:еу|ёў|яла|ялі) (?:[^\W\d]+ |\d+ ){0,4}(?:за крат\w*|[уў] (?:кал[оё]ні\w*|турм\w*|зняволенн\w*|няволі))"
               # "у той самай калоніі дагэтуль трымаюць X": an impersonal "they still keep" holds its object.
               r"|(?:дагэтуль|па-ранейшаму|усё яшчэ|і цяпер) трымаюць")
HELD_WEAK = (r"хто застаў\w*|апынул\w* за кратамі|за кратамі апынул\w*|апынул\w* у (?:турме|кал[оё]ніі)|затрыма\w*|арыштава\w*|асуджан\w*|асудзіл\w*|прысудзіл\w*|налічва\w*|лічыць(?!\W+(?:што|шта))|лічацца|застаюцца|застаецца"
             r"|палітвяз(?:ень|н\w*),? (?:у тым ліку|сярод якіх|сярод іх|уключаючы)"
             r"|сядзі\w* (?:зноў|ізноў|паўторна)|(?:зноў|ізноў|паўторна) сядзі\w*"
             r"|паўторн\w* (?:затрыманн\w*|арышт\w*)|чака\w* суда"
             # A new criminal case against one pardoned before ("новая крымінальная справа супраць X, якога памілавалі ў 2024 годзе"):
             # prosecuted again, held by the case's date.
             r"|нов\w* (?:крымінальн\w* )?спра\w* (?:супраць|адносна)"
             # A court's sentence told with the masculine past ("Суд прысудзіў X да трох гадоў", "асудзіў"): the table had only
             # "асудзіла", "прысудзілі".
             r"|асудзіў|прысудзіў"
             # "атрымаў шэсць гадоў калоніі": a term given, a past sentence.
             r"|атрыма\w* (?:[^\W\d]+ |\d+ ){1,3}(?:гадоу|гады|год) (?:калоніі|зняволення|турмы|пазбаўлення волі)"
             # "якая атрымала шэсць гадоў за каментар", "атрымаў тры гады.": a term given, told with its reason or alone.
             r"|атрыма\w* (?:[^\W\d]+ |\d+ ){1,3}(?:гадоу|гады|год|месяц\w*)(?= за(?!\w)|\s*[.;,)]|\s*$)"
             # "журналіст, зняволены ў Беларусі": an attribute that says the person is in prison (not the noun "зняволенне").
             r"|(?<!былы )(?<!былая )зняволен(?:ы|ая|ыя|ага|ай|ую|ым|ых)(?!\w)")
# In a penal colony or prison right now, right after the name ("Андрэй Пачобут — у калоніі").
# "у Гомельскай жаночай калоніі": the words between "у" and the prison are its adjectives, never a verb or a
# preposition ("Фядыніча ў чацвер выпусцілі з калоніі" is no prison right after the name).
IN_PRISON = r"(?:у|ў) (?:[^\W\d]+(?:ай|ой|яй|ым|ім) ){0,3}(?:кал[оё]ніі|калёніі|турме|сізо|сіза|зняволенні)|за кратамі"
# A letter from prison ("У лісце з калоніі X", "X пісаў з калоніі"; the lemma view folds "ў" and "ё"): the writer is held.
FROM_PRISON = (r"(?:ліст\w*|лісце|пісьм\w*|пісау|пісала|напісау|напісала|перадау|перадала) з (?:[^\W\d]+ ){0,2}"
               r"(?:кал[оеё]ніі|турмы|сізо|сіза|зняволення)")
# Another country's prisons opening the name's clause (folded text): "У Расіі за кратамі застаецца X".
OTHER_COUNTRY = (r"у (?:расіі|расійскай (?:калоніі|турме)|азербайджане|баку|іране|тэгеране|кітаі|венесуэле|грузіі"
                 r"|тбілісі|туркменіі|туркменістане|таджыкістане|нікарагуа|кубе|крыме|акупаваным крыме)")
SENTENCED = (r"асудзі\w*|асуджан\w*|прысудзі\w*|затрыма\w*|арыштава\w*"
             r"|атрыма\w* (?:[^\W\d]+ |\d+ ){1,3}(?:гадоу|гады|год)"
             r"|атрыма\w* (?:[^\W\d]+ |\d+ ){1,3}месяц\w*")
AGAIN = r"зноў|ізноў|паўторн\w*|нанова"
ABSENTIA = r"завочн\w*|спецыяльн\w* вытворчас\w*"
# (A stay told as a closed span of the past is read by the tense of English auxiliaries only: this language's past
# tense does not tell a closed span from a state.)
PAST_SPAN = ""
# Restricted freedom at home is no imprisonment ("абмежаванне волі", "хатняя хімія").
RESTRICTED = (r"абмежаван\w* волі|хатн\w* хімі\w*|хатн\w* арышт\w*|умоўн\w* (?:тэрмін\w*|пакаранн\w*|тэрмін)"
              # "з адтэрміноўкай выканання прысуду": a deferred sentence, served at home.
              r"|адтэрміноўк\w* (?:выкананн\w*|адбыванн\w*)(?: прысуд\w*| пакаранн\w*)?|адтэрміноўк\w* прысуд\w*")

# --- A person freed ---
# A person said to be free now ("ужо дома"), for names only.
FREE_NOW = (r"на волі|[уў]жо дома|вярну\w* дадому|сярод (?:вернут|вярнуўш|вернуўш)\w*|(?:вывез|давез|адвез)\w* да (?:[^\W\d]+ )?мяжы"
            # Freed and driven out, said with the freedom first ("на волю вывезлі 52 чалавекі").
            r"|на волю (?:[^\W\d]+ )?(?:вывез|выпусц|адпусц|выпуст)\w*|вывез\w* на волю"
            # "Украіне перадалі двух святароў — X і Y": the country first, then the handing over.
            r"|(?:украіне|літве|польшчы|латвіі) (?:[^\W\d]+ )?перада\w*"
            # A group of people that "came out" ("Найбуйнейшая група — 123 чалавекі — выйшла 13 снежня", "учора выйшлі 18
            # палітвязняў"): freed, though "на волю" is left out (a person noun is its subject, not a decree that came out).
            r"|(?:чалавек\w*|груп\w*|палітвязн\w*|вязн\w*)\s*(?:—\s*)?выйш(?:ла|лі|аў)(?=\s+\d|\s*[.,;]|\s+з\s)"
            r"|выйшл\w* (?:яшчэ )?\d[\d\s]*(?:чалавек\w*|палітвязн\w*|вязн\w*)"
            # A section's heading ("Хто выйшаў"), read alone.
            r"|^\W*хто (?:выйш\w*|вызвал\w*)\W*$"
            # "Дадому ў Гомель ужо вярнулася X": home, and the town, told before the verb of the return.
            r"|дадому (?:(?:[уў]|да) [^\W\d]+ )?(?:[уў]жо )?(?:нарэшце )?вярну\w*")
# Released people come off the buses that bring them out ("з аўтобусаў выйшлі X, Y"): the subjects after the verb.
ARRIVED = (r"(?:з|са) аўтобус\w*(?:[^.;]{0,60}?)\s(?:выйшл\w*|выйшаў|выйшла)"
           r"|(?<!не )перасякл\w* (?:[^\W\d]+ )?мяж\w* (?:з )?(?:літв\w*|польшч\w*|украін\w*)"
           # "ва Украіну прывезлі Бяляцкага": brought out to a neighbouring country.
           r"|(?:у|ў|ва) (?:украін|літв|польшч)\w* (?:[^\W\d]+ ){0,2}?(?:прывезл|давезл|вывезл|перавезл)\w*"
           r"|(?:прывезл|давезл|вывезл|перавезл)\w* (?:[^\W\d]+ ){0,2}?(?:у|ў|ва) (?:украін|літв|польшч)\w*"
           # "тых, хто ў снежні быў вывезены за мяжу": taken out of the country.
           r"|(?:вывез|выслан|дэпартаван)\w* за (?:мяжу|межы)"
           # "апынуліся ў Літве", "мяжу перасяклі святары X і Y"; "Мінск аддаў X": handed over, out of prison.
           r"|(?:апынул|прыбыл|прыехал)\w* (?:у|ў|в) (?:літве|польшчы|украіне|вільні|варшаве|кіеве|літву|польшчу|украіну|вільню|кіеў)"
           r"|(?:мінск|беларусь|лукашэнка|улады) (?:[^\W\d]+ )?(?:аддаў|аддалі|выдаў|выдалі)"
           r"|мяжу (?:[^\W\d]+ )?(?:перасякл|перайшл|перайшоў)\w*"
           # "Сярод тых, хто перасёк мяжу, быў X": the group that crossed the border is the freed, with or without the country.
           r"|хто (?:[^\W\d]+ )?(?:перасек|перасякл|перайшо[ўу]|перайшл)\w* мяж\w*"
           # "хто перасёк украінскую мяжу": the border named by the country's adjective, crossed out of Belarus.
           r"|(?<!не )(?:перасек|перасёк|перасякл\w*|перайш\w*) (?:літоўск|польск|украінск|латвійск)\w* мяж\w*"
           # Met on arrival by kin or at the border ("X сустрэла жонка", "X сустрэлі на мяжы"): out of prison (past forms only:
           # "сустрэнуць Каляды" is a holiday spent inside).
           r"|(?<!\w)(?<!сярод )сустр(?:элі|эла|эў|акалі|акала|акаў) (?:яго |яе |іх ){0,2}(?:жонк\w*|муж|маці|бацьк\w*|родныя|сваякі|сям'я|блізкія|сябры|дачк\w*|сын)(?!\w)"
           r"|(?<!\w)(?<!сярод )сустр(?:элі|эла|эў|акалі|акала|акаў) (?:яго |яе |іх ){0,2}(?:на|у|ў) (?:мяжы|[^\W\d]+шчыне|літве|украіне|польшчы|вільні|кіеве|варшаве)(?!\w)")
# Freed at the end of a term: a release of the person, not a pardon.
SERVED_RELEASE = (r"(?:цалкам )?адбыўшы|(?:па|пасля) заканчэнн\w* тэрмін\w*"
                  # A stay in prison told as finished ("які правёў за кратамі пяць гадоў", "які правёў больш за чатыры гады ў калоніі",
                  # "правяла ў зняволенні тры гады"): a prisoner freed since (not "знаходзіцца за кратамі пяты год", nor "правёў там ужо
                  # чатыры гады", still there).
                  r"|прав(?:еу|ёў|яла|ялі|ёўшы) (?!ужо)(?:[^\W\d]+ |\d+ ){0,4}(?:за кратамі|за крат\w*|[уў] (?:кал[оё]ні\w*|турм\w*|зняволенн\w*|няволі))"
                  r"|(?:за кратамі|[уў] (?:кал[оё]ніі|турме|зняволенні|няволі)) прав(?:еу|ёў|яла|ялі|ёўшы)"
                  # "Ігар Карней, які адбыў увесь тэрмін, выйшаў у жніўні": a term served in full is over, as "адбыўшы".
                  r"|адбы(?:ў|ла|лі) (?:увесь |ўвесь |поўны |свой |увесь свой )?(?:тэрмін|тэрмін пакарання|пакаранне)")

# --- A release not given ---
NEGATED_RELEASE = (r"не (?:былі |быў |была )?(?:вызвален\w*|памілаван\w*|выйшл\w*|выйшаў)|не (?:памілу|вызваліц|вызваліць)\w*"
                   r"|няма (?:ніводнага|вядомых)|застаюцца (?:за кратамі|у зняволенні|ў зняволенні)"
                   # "Андрэя Пачобута ў спісе не аказалася": left off the list of the freed.
                   r"|(?:у|ў) (?:гэтым |тым )?спіс\w* (?:[^\W\d]+ )?не (?:аказа\w*|трапі\w*|увайш\w*|было|быў|была)"
                   r"|не (?:трапі\w*|аказа\w*|увайш\w*) (?:у|ў) (?:[^\W\d]+ )?спіс\w*"
                   # "тых, каго Лукашэнка пакуль не адпускае": a release refused.
                   r"|не (?:адпуска|адпускаю|вызваля)\w*"
                   # "Анджэя Пачобута сярод іх не было": not one of the freed.
                   r"|сярод (?:іх|вызвален\w*|памілаван\w*) не (?:было|аказа\w*|апынул\w*)"
                   # "Няма ў іх і Андрэя Пачобута", "няма сярод іх": left out of the lists of the freed.
                   r"|няма (?:у|ў|сярод) (?:іх|гэтых|тых|спіс\w*)"
                   r"|не (?:было|быў|была|аказа\w*|апынул\w*) (?:[уў] )?(?:гэтым |тым )?спіс\w*"
                   # The headline's "X у спісе няма": left off the round's list, held. A list qualified by any other word is not the round's.
                   r"|(?:у|ў) (?:гэтым |тым )?спісе няма"
                   # "На волі дагэтуль няма X": not free yet, held.
                   r"|на волі (?:дагэтуль |да гэтага часу |усё яшчэ |яшчэ |пакуль )?няма"
                   # "Не трапіў у яго і X", "у ім не апынуўся X": the list the sentence before names,
                   # as a pronoun.
                   r"|не (?:трапі\w*|увайш\w*|увайшоў|апынул\w*|апынуў\w*) (?:у|ў) (?:яго|яе|ім|ёй)"
                   r"|(?:у|ў) (?:ім|ёй) не (?:трапі\w*|увайш\w*|увайшоў|апынул\w*|апынуў\w*)")
# (The negation stands right before the verb: "Не освобождена и X" is read by NEGATED_RELEASE.)
INVERTED_NEGATION = ""
FREE_WISH = (r"(?:патрабуем|патрабаваць|патрабуюць|трэба|хочам) (?:[^\W\d]+ ){0,3}(?:свабоды|свабоду|вызвалення|вызваленне|вызваліць|адпусціць)"
             # "Варшава чакае вызвалення Пачобута": a release waited for has not come.
             r"|(?:чака\w*|спадзяе\w* на|спадзяюцца на) (?:[^\W\d]+ ){0,2}вызвален\w*"
             # "Варшава дагэтуль чакае Анджэя Пачобута": the person is waited for, not yet free.
             r"|(?:дагэтуль|па-ранейшаму|усё яшчэ|усе яшчэ|працягва\w*) чака\w*(?! (?:[^\W\d]+ ){0,2}вызвален)")

# --- Refusals, commentators and reporters ---
# "давезлі да мяжы, але ён адмовіўся": a refusal after a release in one clause undoes it (see roles).
REFUSAL = r"адмов\w*"
# A commentator's trade, no office: "На волю выйшла палітолаг X" tells her own release (see roles).
COMMENTATOR = r"палітол[ая]г\w*|аналітык\w*|эксперт\w*|аглядальнік\w*|публіцыст\w*"
# The words that may open a predicate before its release word: "X таксама выйшла на волю".
RELEASE_AUXILIARY = r"таксама|ужо|нарэшце|быў|была|былі"
