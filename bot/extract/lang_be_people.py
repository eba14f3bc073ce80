"""Belarusian knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in (the words that tell their state are in `lang_be_states`). The field patterns are written in
the official spelling and matched against folded text, as `lang_be` explains; lexicon.py reads the three as
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
                     ("энем", "эня"),
                     # "Віталю Кавалеўскаму", "Сяргею Бяляцкаму": a surname in "-скі", "-цкі" in the dative.
                     ("скаму", "скі"), ("цкаму", "цкі"))
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
# An organisation a person leads or runs for, read off the text as written: the name in the genitive after it is its owner
# ("юрыст выбарчага штаба Віктара Бабарыкі": Бабарыка is named for whose staff it was, not told of).
ORG_OF = r"штаба|штабе|штабу|каманды|камандзе|кампаніі|фонду|фонда"
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
                  r"|карэспандэнтку"
                  # "Праграмістку з Берасця памілавалі": the trades of ordinary prisoners, in both cases.
                  r"|праграмістка|праграмістку")
MASCULINE_TRADE = (r"журналіст|блогер|актывіст|анархіст|апазіцыянер|мастак|пісьменнік|паэт|студэнт|выкладчык|настаўнік"
                   r"|пенсіянер|валанцёр|прадпрымальнік|аналітык|лекар|рэдактар"
                   r"|карэспандэнт"
                   # The accusative, object of a verb with no subject after the person's name ("Журналіста, асуджанага на
                   # шэсць гадоў, вызвалілі ў снежні"): the trade opening the sentence stands for them.
                   r"|журналіста|блогера|актывіста|анархіста|апазіцыянера|мастака|пісьменніка|паэта|студэнта|выкладчыка"
                   r"|настаўніка|пенсіянера|валанцёра|прадпрымальніка|аналітыка|лекара|рэдактара|карэспандэнта"
                   # "Сяргей X вучыць польскую. Інжынера з Гродна выпусцілі ў чэрвені": the trades of ordinary prisoners, in
                   # both cases.
                   r"|інжынер|праграміст|інжынера|праграміста")
TRADE = (FEMININE_TRADE + "|" + MASCULINE_TRADE + r"|праваабаронца|палітолаг|палітык|адвакат|юрыст|музыка|музыкант|святар"
         r"|філосаф|эканаміст|фатограф|бізнесмен|ветэран"
         # The accusative of the trades either gender bears ("Палітолага, асуджаную на пяць гадоў, памілавалі ў жніўні").
         r"|праваабаронцу|палітолага|палітыка|адваката|юрыста|музыканта|святара|філосафа|эканаміста|фатографа"
         r"|бізнесмена|ветэрана")
# A place before a trade that opens a sentence ("Берасцейская актывістка выйшла на волю"): an adjective of a town.
TRADE_PLACE = r"[^\W\d_]+(?:ская|скі|цкая|цкі)"

# --- Speakers ---
SPEAKER_VERBS = (r"лічыць(?=\W+што)|лічыць(?=\W+шта)|пацвердзі\w*|заявіў|заявіла|сказаў|сказала|адзначыў|адзначыла|напісаў|напісала|паведаміў|паведаміла"
                 r"|падкрэсліў|падкрэсліла|дадаў|дадала|прывітала|прывітаў|расказаў|расказала|растлумачыў|растлумачыла"
                 r"|пракам[еэ]нтава\w*|распавёў|распавяла|распавялі|заклікаў|заклікала"
                 # An official's report to the head of state ("Як далажыў Андрэй Швед", "Ігар Сергеенка далажыў, што ..."): who speaks.
                 r"|далажы\w*|дакладва\w*|даклада\w*"
                 # A relative telling the story in the present ("Маці расказвае, што сукамернік сына ўжо на волі"): who
                 # speaks, not whom the story is about.
                 r"|расказва\w*|распавяда\w*")
SPEAKER_BEFORE = (r"паводле слоў|па словах|заявіў|заявіла|паведаміў|паведаміла|піша"
                  r"|далажы\w*|дакладва\w*"
                  # "Паводле Хоміч, пра памілаванне гаворка не ішла": "паводле" before a name alone says whose words follow, as
                  # "паводле слоў" does.
                  r"|паводле"
                  # "..., лічыць яго адвакатка X": an opinion told after the clause, its speaker after the verb (only after a comma:
                  # "Вясна лічыць X палітвязнем" recognises X).
                  r"|(?<=, )(?:лічыць|лічаць|мяркуе|мяркуюць)(?!\W+(?:што|шта))")
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
              r"|сваяк\w*"
              # The dative, as Russian and Ukrainian read it by the lemma ("напісала мужу, X", "патэлефанавала брату").
              r"|мужу|брату|сыну")
# A family word in the nominative before a declined name ("сын экс-кандыдата Віктара Бабарыкі"): the name says whose
# relative the subject is; it tells nothing of that person's own state. (Not "сына" or "жонку": those take the name
# in apposition, "памілаваць сына Дзяніса".)
KIN_OF = (r"жонка|муж|сын|дачка|маці|бацька|брат|сястра|удава"
          # In the instrumental or the dative the family word agrees with someone named before it; a declined name after
          # it is the possessor ("сядзеў з Паўлам, сынам Ігара Марчука").
          r"|сынам|сыну|дачкой|жонкай|мужам|мужу|братам|брату|сястрой|бацькам")
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
# (Read for the analysers' languages only: a Belarusian name's gender comes from its endings, see table_nominative.)
FEMININE_RELATIVE = ""
MASCULINE_RELATIVE = ""
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
              r" (?:апынул\w*|был\w*|ехал\w*|знаходзіл\w*)|таксама выйш(?:ла|лі|ау|аў)(?! на)(?=(?:\s+[^\W\d]+)?\s*$)"
              # "Адна з іх — настаўніца X", "Адным з іх быў X": one of the group in any gender and case (the text is read as
              # written, not in lemmas), as ONE_OF reads it.
              r"|адн\w* з (?:іх|вызваленых|памілаваных)")
# A lead-in's own words for the profiles that follow it ("Вось хто з вядомых палітвязняў застаецца за кратамі.", "Ніжэй —
# пра тых, каго вызвалілі").
LEAD_IN = (r"вось хто|вось (?:яны|некаторыя|некалькі)|ніжэй|хто яны|расказваем пра"
           # "Усе, хто ў гэтым спісе, па-ранейшаму адбываюць тэрмін": a line about the list below tells its people's state.
           r"|(?:у|ў|з) (?:гэтым|гэтага|гэты) спіс\w*")
# "Удалося пагаварыць са сваякамі аднаго з вызваленых": the next sentence names that one.
ONE_OF = r"адн\w* з (?:іх|вызваленых|памілаваных)"
# "X, якога трымалі без сувязі, быў у іх ліку": a member of the group the sentences before tell.
IN_THEIR_NUMBER = (r"[уў] іх ліку|адз(?:ін|на) з іх"
                   # "X таксама быў у спісе", with nothing after the list to make it another one ("у спісе палітвязняў"): the list the
                   # sentences before tell (not "X у гэтым спісе, як і ў папярэдніх, няма": a negation after it).
                   r"|[уў] (?:гэтым |тым )?спісе(?=\s*(?:[,.;]|$))(?![^.;]*(?<!\w)(?:няма|не)(?!\w))")
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
