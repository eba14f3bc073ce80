"""Russian knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in, and the words that tell a person held or freed. The field patterns read the
lemma view and the names the text as written, as `lang_ru` explains; lexicon.py reads the two as one table.
"""

# --- Names and what ends them ---
NAME_STOP = (frozenset("""
украинец украинца украинка белорус белоруса белоруска литовец литовца литовка поляк поляка полька
католический католическая католического архиепископ епископ ксендз священник папа кардинал нунций митрополит
папы папе папу папой римский римского римскому римским понтифик понтифика
в во на по с со к из за о об от до и а но или что это как для при президент премьер министр лидер
беларусь беларуси беларусью белоруссия белоруссии россия россии украина украины польша польши литва
литвы минск минске минска москва москвы киев вильнюс варшава европа европы ес сша запад запада
весна весны вясна вясны правозащитный центр нобелевская нобелевской премии премия день
белта интерфакс рбк тасс тг телеграм телеграм-канал пул первого кгб мвд омон
понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа
сентябрь сентября октябрь октября ноябрь ноября декабрь декабря
читайте также фото подписывайтесь новости сейчас сегодня вчера теперь также однако затем дня дню независимости наша нива нашей нивы радио свобода свободы зеркало медуза белсат
хартия освобождение помилование задержание
""".split())
             # The prize called by its founder's name («Год после Нобеля»): a prize, not a person.
             | frozenset("нобель нобеля нобелю нобелем нобеле".split()))
NOT_PRISONERS = ("лукашенк", "путин", "трамп", "зеленск", "тихановская", "тихановской", "тихановскую",
                 "латушк", "байден", "макрон", "коул", "рубио", "келлог", "келог")
# Declined names back to the nominative (accusative feminine, genitive/accusative masculine): the surname
# ending decides, and the first name follows its gender. Longest endings first.
# A man's surname ending and a woman's of the same family ("Кавалёў" and "Кавалёва").
SURNAME_GENDERS = (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"))
SURNAME_FEMININE = (("скую", "ская"), ("цкую", "цкая"), ("ую", "ая"), ("ову", "ова"), ("еву", "ева"), ("ёву", "ёва"),
                    ("ину", "ина"), ("ыну", "ына"))
FIRST_FEMININE = (("ию", "ия"), ("ью", "ья"), ("у", "а"), ("ю", "я"))
SURNAME_MASCULINE = (("ского", "ский"), ("цкого", "цкий"))
FIRST_MASCULINE = (("ея", "ей"), ("ая", "ай"), ("ия", "ий"), ("я", "ь"), ("а", ""))
# A preposition right before a name makes it the object of what stands before ("президент остановился на ситуации с X"),
# so an office before that is someone else's, not the name's title.
NAME_PREPOSITION = r"с|со|о|об|про|к|от|для|против|у|за"
# Read off the text as written: a relative pronoun of persons after a name ("Масатоси Наканиси, который ..."),
# and a citizenship before one ("гражданин Японии ..."): they make an unknown name a person's.
PERSON_AFTER = r"который|которая|которого|которую|которому|которой|гражданин|гражданка|гражданина|гражданку"
CITIZEN_BEFORE = (r"гражданин|гражданина|гражданка|гражданку|гражданину|японец|японка|литовец|литовка|поляк|полька"
                  r"|латыш|латышка|эстонец|эстонка|швед|шведка|американец|американка|немец|немка|француз|британец"
                  r"|\d{1,2}-летн\w+")
# Read off the text as written: the word after a capitalised run that makes it an organisation.
ORG_AFTER = r"канал\w*|агентств\w*|газет\w*|сайт\w*|издани\w*|центр\w*|парти\w*|движени\w*|служб\w*"
# Words right before a name that make it a namesake, not a person of the story ("премии имени Андрея Сахарова",
# "на улице Кастуся Калиновского"); read off the text.
EPONYM_BEFORE = (r"имени|им\.|памяти|в честь|улиц[аеуыи]|улицей|проспект[аеу]?|проспектом|площад[иь]|площадью"
                 r"|преми[яиюей]|премией|стипенди[яиюей]|покойн(?:ый|ого|ому|ым|ая|ой|ую)")
# A participle or an adjective that may open a sentence right before a name ("Освобожденная Мария Колесникова"),
# besides what the dictionary reads so (`names.is_attribute_word`): no surname of the name after it.
ATTRIBUTE_WORD = r"бывш(?:ий|ая)|известн(?:ый|ая)|освобожденн(?:ый|ая)|освобождённ(?:ый|ая)|помилованн(?:ый|ая)"
# Another name of the person just named: "Катерина Андреева, известная также как Катерина Бахвалова". (Matched on the
# text as written.)
ALSO_KNOWN_AS = (r"(?:также |еще |больше )?известн\w* (?:также |еще |больше )?(?:как|под (?:фамилией|именем))"
                 r"|(?:которую|которого|ее|её|его) (?:также |еще )?знают (?:как|под (?:фамилией|именем))"
                 r"|(?:настоящая|девичья|прежняя) фамилия (?:которой|которого|ее|её|его) ?(?:—|–|-)?")
# "Валерия Костюгова тоже осталась": the words that may stand between a subject and its verb.
BEFORE_VERB = r"тоже|также|до сих пор|все ещё|все еще|всё ещё|всё еще|по-прежнему"

# --- Titles, trades and roles ---
# "Ms Kalesnikava": a courtesy title before a lone surname makes it a name.
HONORIFIC = r"г-н|г-жа|господин|госпожа"
OTHER_TITLES = (r"аналитик|политолог|эксперт|обозреватель|омбудсмен|президент|министр|пресс-секретарь|представитель|глава|посол|спецпосланник|посланник"
                r"|в изгнание|эмиграция|генпрокурор|прокурор|судья"
                # Offices and high clergy who accompany, announce or sign: never the freed themselves.
                r"|нунций|епископ|архиепископ|кардинал|митрополит|консул|поверенный|дипломат|губернатор|мэр|комиссар"
                r"|евродепутат|начальник|историк|социолог"
                # A state channel's presenter who reads out or posts the list of the pardoned.
                r"|ведущий|телеведущий"
                # An ombudsman who reports a release ("сообщил уполномоченный по правам человека X"): a source.
                r"|уполномоченный")
# A political prisoner by title ("политзаключенного Виталия Жука"): held unless the article says more.
# (The analyser lemmatises "заключенных" as the verb "заключить".)
PRISONER_TITLE = r"политзаключенный|политзаключенная|политический заключенный|узник совесть|заключенный|заключить"
# "бывший политзаключенный": the title or state was once.
FORMER = r"бывший|экс-"
# "who had been held incommunicado": held once, not now.
FORMERLY = r"ранее|прежде"
# A trade or role that stands for the person just named when it opens the next sentence ("Правозащитница из Бреста вышла
# на свободу"), in the nominative; the forms that show a gender apart.
FEMININE_TRADE = (r"журналистка|блогерка|активистка|анархистка|правозащитница|оппозиционерка|художница|писательница"
                  r"|поэтесса|студентка|преподавательница|учительница|пенсионерка|волонтерка|волонтёрка|предпринимательница"
                  # "Корреспондентка «Газеты Выборчей» остаётся в колонии": a reporter named by the trade.
                  r"|корреспондентка"
                  # The accusative, object of a verb with no subject ("Журналистку помиловали в сентябре"): the trade is found
                  # in the text as written.
                  r"|журналистку|блогерку|активистку|анархистку|правозащитницу|оппозиционерку|художницу|писательницу"
                  r"|поэтессу|студентку|преподавательницу|учительницу|пенсионерку|волонтерку|волонтёрку|предпринимательницу"
                  r"|корреспондентку")
MASCULINE_TRADE = (r"журналист|блогер|активист|анархист|правозащитник|оппозиционер|художник|писатель|поэт|студент"
                   r"|преподаватель|учитель|пенсионер|волонтер|волонтёр|предприниматель"
                   r"|корреспондент")
TRADE = (FEMININE_TRADE + "|" + MASCULINE_TRADE + r"|аналитик|политолог|политик|адвокат|юрист|музыкант|врач|священник"
         r"|философ|экономист|фотограф|редактор|бизнесмен|ветеран")
# A place before a trade that opens a sentence ("Брестская активистка вышла на свободу"): an adjective of a town.
TRADE_PLACE = r"[^\W\d_]+(?:ская|ский|цкая|цкий)"

# --- Speakers ---
SPEAKER_VERBS = (r"считать(?=\W+что)|подтвердить|заявить|сказать|отметить|написать|сообщить|подчеркнуть|добавить|приветствовать"
                 r"|прокомментировать|призвать|рассказать|пояснить"
                 # An official's report to the head of state ("Как доложил Андрей Швед", "Игорь Сергеенко доложил, что ..."): who speaks.
                 r"|доложить|докладывать")
SPEAKER_BEFORE = (r"по слово|заявить|сообщить|сказать|писать"
                  r"|доложить|докладывать")
# "1100 человек, по данным «Вясны», остаются ...": an aside naming the figure's source.
SOURCE_ASIDE = r"по данные|по информация|по подсчет|по слово|по оценка|согласно"
# "Как подчеркнула X, ...": the speaker of what follows (see speakers.is_speaker).
AS_SAID = r"как"
# Words that hand the rest of a sentence to the next person named: "X, whose wife Y remains jailed".
OTHER_SUBJECT = r"чей|тогда как|а он (?:жена|муж)|жена|муж"
# "— А хто застаўся?": an interview question that asks about people, answered with names.
WHO_ASKS = r"кто|кого|кому|кем|ком"

# --- Kin ---
# "Ales Pushkin's colleague X": a name in the possessive before one of these points to someone else.
KIN = ""
# A family member named right after the word for them ("жена политика Марина Адамович"): a relative, not a
# prisoner, unless the name's own predicate says otherwise.
KIN_BEFORE = r"жена|муж|сын|дочь|дочка|мать|отец|брат|сестра|вдова|супруга|супруг|родственник|родственница"
# "Эдуард Бабарико, сын Виктора Бабарико" (lemmas): a kin word between two names names the second for the first's kinship.
KIN_OF = r"сын|дочь|жена|муж|вдова|мать|отец|брат|сестра|племянник|племянница"
# Read off the text as written: a couple before two names ("супруги Наталья и Олег М."): they are the people, not kin.
COUPLE = r"супруги|супругов|супругам|муж и жена|семейная пара|семейную пару|пара"
# Held incommunicado told by who waits for news ("жена не получает вестей от него"): of the prisoner, not of the
# relative who says it.
NO_NEWS = r"известие|весть|вестей|связь|информация"

# --- Pronouns ---
# A sentence opening with one of these continues about the person just named.
PRONOUN = r"он|она"
# A sentence opening with the person as the object of an impersonal verb ("Ее помиловали 30 декабря") continues about them too.
# (A few words may stand before the verb: "11 сентября его вместе с еще 51 заключенным посадили в автобусы".)
OBJECT_PRONOUN = (r"(?:его|ее|её)(?=\s+(?:(?:снова|вновь|опять|потом|позже|тоже|также|не)\s+){0,2}[^\W\d]+ли(?!\w)|\s+вместе с (?:[^\W\d]+\s+|\d+\s+){0,4}[^\W\d]+ли(?!\w))"
                  r"|(?:ему|ей)(?=\s+(?:(?:еще|ещё)\s+)?оста(?:лось|ется|ётся|нется))")
# The feminine ones of them, so that "she" does not continue about a man.
FEMININE_PRONOUN = r"она|ее|её|ей|ней|нее|неё"
# The masculine ones: the first of either kind after an ambiguous name tells its gender (see name_nominative).
MASCULINE_PRONOUN = r"он|его|ему|него|нему|нем|нём"
# Opening a sentence after several names, these continue about all of them ("Абое ўжо дома").
PLURAL_PRONOUN = (r"они|оба"
                  # "X и Y ... После освобождения их доставили в Литву": "them" of an impersonal plural verb stands for the people just
                  # named, as "они" does.
                  r"|их(?=\s+(?:(?:снова|потом|позже|тоже|также|сразу|затем|не)\s+){0,2}[^\W\d]+ли(?!\w))")
# Any form of "он" or "она" inside a sentence ("суд приговорил его", "ее голодовка"): the sentence is about the person
# named before, and the story of them goes on after it.
THIRD_PERSON = r"его|ему|им|него|нему|ним|нем|нём|ее|её|ей|нее|неё|ней"
OWN_PRONOUN = r"он|она|они|я|мы"
# "у тым ліку гэтага, Ціханоўскага": a demonstrative and a comma before a lone surname point at a person.
DEMONSTRATIVE = r"этого|эту|этой|этим|того|ту|этот|эта|тот"
# "my husband, X" in a relative's own words: the person is the story's subject, not a relative who speaks.
FIRST_PERSON_POSSESSIVE = r"мой|наш"
# A relative clause in an aside (", whose wife has led ... since 2020,"): its times are its own.
RELATIVE = r"который"
# A relative pronoun that is not its clause's subject, as written ("Марфа Рабкова, о которой пишет Костюгова, ..."): the
# name after it is the clause's own subject.
RELATIVE_OBLIQUE = r"(?:о|об|про|с|со|для|от|у|к) котор\w+|котор(?:ую|ого|ой|ому|ым)"
# A relative clause with no pronoun ("the group X founded") is English's alone.
CONTACT_RELATIVE = ""
# "identified several of them, including X": a group told before, as the lemma view writes it.
THEM = r"они"
# An interview's opening that tells of the people the speaker left inside ("о тех, кто остался в колонии", "о тех, кто до
# сих пор там"; lemmas): the people the exchange after it names are held.
LEFT_BEHIND = r"тот, кто (?:остаться|до сей пора там|по-прежнему там|все еще там)"
# Placed "there", where the speaker was held ("Марфа Рабкова тоже там"; lemmas), in an interview about those left behind.
THERE_AFTER = r"(?:тоже |также |все еще |всё ещё |до сей пора |по-прежнему )?там"
# "Both" standing for the last two people named ("Обе до сих пор там"), as the lemma view writes it.
BOTH = r"оба|обе|они оба"

# --- People named in a group or a list ---
# A solidarity call's lead-in ("Напишите письма:", "Отправьте открытку ко дню рождения:"; lemmas): the people one may
# write to in a colony are held.
SOLIDARITY_MAIL = r"написать|писать|письмо|открытка|отправить (?:[^\W\d]+ )?(?:письмо|открытка)|адрес (?:колония|для письмо)"
LIST_INTRO = (r"(?:самый|наиболее) известный|(?:второй|третий|другой) [^\W\d]+ (?:оказаться|стать|быть)|в список|среди иностранец|среди белорус|один из первый|среди (?:самый |наиболее )?известный|один из (?:они|освободить|помиловать)|среди они|в они число|это|среди который"
              # "«Вясна» позже установила имена одной из пар: это ...": the names detail the group told before.
              r"|(?:\S+ ){0,5}(?:установить|назвать|узнать) имя"
              # A lead-in that names the group just told ("Ими оказались A, B и C", "Их имена: ...", "Среди первых — X", "Первым
              # известным именем стал X"): the names take the group's state.
              r"|они (?:оказаться|стать|назвать|звать)|они имя|среди первый"
              r"|первый (?:[^\W\d]+ ){0,2}(?:стать|оказаться)"
              # Membership of the group the sentence before told ("В группе оказались X и Y", "В автобусе были X", "Также вышла X"
              # after a release): a list's lead-in, whose items take that group's role; "вышла" only right before the name, a word of
              # trade between at most ("Также вышла новая книга Светланы Алексиевич" is a book).
              r"|в (?:тот же |этот же |один )?(?:группа|автобус|колонна|микроавтобус|машина|самолет)"
              r" (?:с (?:они|ним|ней) )?(?:оказаться|быть|были|был|была|ехать|находиться)|(?:также|тоже) (?:выйти|вышли)(?! на)(?=(?:\s+[^\W\d]+)?\s*$)")
# A lead-in's own words for the profiles that follow it ("Вот кто из известных политзаключенных остается за решеткой.",
# "Ниже — о тех, кого освободили").
LEAD_IN = (r"вот кто|вот (?:они|некоторый|несколько)|ниже|кто они|рассказывать о"
           # "Все, кто в этом списке, по-прежнему отбывают срок": a line about the list below tells its people's state.
           r"|(?:в|из) (?:этот|это|данный) список")
# "Удалося пагаварыць са сваякамі аднаго з вызваленых": the next sentence names that one.
ONE_OF = r"один из (?:они|освободить|помиловать|освобожденный|помилованный)"
# "X, которого держали без связи, был в их числе": a member of the group the sentences before tell.
IN_THEIR_NUMBER = r"в они число|один из они|одна из они"
# "калі ўбачыў у спісе Ігара Лосіка": the list of the round the sentences before tell.
IN_THE_LIST = r"в список"
# "среди ... — A, ...; B; C": a list's head word, shared by the items after semicolons.
AMONG = r"среди"
# A person's verb that puts them into the group of the freed ("оказался среди освобождённых", "was among the released"):
# the release word after it is still the person's.
MEMBER_OF = r"среди|в число|в список|один из|одна из|в группа|в состав|включать|включить"
# A member named out of the group just told ("политзаключённых в российских тюрьмах, в частности журналиста X"; lemmas).
NAMED_FROM_GROUP = r"в том число|в тот число|включая|в частность|среди они|например"
# "Катерина Андреева по-прежнему в колонии. Анастасия Лойко тоже": a name whose clause is only the name and this word
# has the state told of the person before.
TOO = r"тоже|также"
# "Статкевич лишається за ґратами. Як і Анджей Почобут": a sentence opening so says the same of its person.
LIKEWISE = (r"как и|так же как и|вместе с (?:ним|ней|они)|то же (?:самый )?(?:касаться|относиться к|можно сказать о)"
            # "Также в автобусе был X", "Тем же самолетом летели X и Y": the vehicle that carried the people just told of; the names
            # share their state.
            r"|(?:также|тоже) (?:в|на) (?:тот же |тот самый )?(?:автобус|самолет|самолёт|микроавтобус)")
# "по одному делу с X": X is named for the case, not for their own state.
SAME_CASE = (r"по (?:один|тот же|тот самый) дело (?:с|со)"
             # "X, которого осудили вместе с Y" (lemmas): Y is named for the case, the sentence tells nothing of Y now.
             r"|(?:осудить|приговорить|судить|осуждённый|осужденный) (?:[^\W\d]+ |\d+ ){0,3}вместе (?:с|со)")
# The others a clause after the name is about ("X подписывает открытки для тех, кто остался за решеткой"): what it tells
# is theirs, not the name's ("один из тех, кто", "среди тех, кто" name the person's own group).
FOR_THOSE_WHO = r"(?:(?:для|о|об|про|к|ко|за)\s+(?:всех\s+)?тех|(?:с|со)\s+(?:всеми\s+)?теми|тем)\s*,\s*(?:кто|кого|кому|кем)"

# --- A person held ---
# The verdict as a hearing ("на оглашение приговора не попала", "после объявления приговора"): an event of the trial
# that whoever attends it shares, not a sentence of the one named beside it.
_VERDICT = r"(?<!оглашение )(?<!объявление )(?<!зачитывание )приговор"
# A holiday met or spent in prison, now or to come ("Оба встретят Новый год за решеткой", "проводит праздники в колонии"):
# the person is held (a past "встретил" is no state now, its lemma is the same: only the future and the imperfective).
HOLIDAY_INSIDE = (r"(?:встретить_fut|провести_fut|отметить_fut|встречать|проводить|отмечать|праздновать) "
                  r"(?:[^\W\d]+ ){0,2}?(?:новый год|рождество|пасха|праздник|день рождение|день рождения)"
                  r"(?: [^\W\d]+){0,3}? (?:за решетка|в (?:колония|тюрьма|сизо))")
# The towns whose colonies and prisons hold political prisoners (lemmas): "она до сих пор в Гомеле" says the person
# is still in that prison (Minsk is left out: a freed person may well be still in Minsk).
PRISON_TOWN = (r"гомел\w*|новополоцк\w*|глубок\w*|шклов\w*|могил[её]в\w*|жодин\w*|бобруйск\w*|орш\w*|витебск\w*"
               r"|ивацевич\w*|горк\w*|мозыр\w*|светлогорск\w*")
# "За кратамі і заснавальнік «Вясны» Алесь Бяляцкі", "Also behind bars is X": a sentence opened by prison.
HELD_STRONG = (r"сидеть(?! дома| на )|в список (?:помиловать|освободить|помилованный|освобожденный) (?:[^\W\d]+ )?нет|^\W*за решетка (?:и|также|по-прежнему|[—–:-])|(?:также|тоже|по-прежнему|до сей пора|все еще|всё ещё|сейчас|снова) за решетка|(?:в|за) (?:[^\W\d]+ )?(?:колония|тюрьма|сизо|решетка) (?:по-прежнему |до сей пора |все еще )?находиться|(?:сейчас|теперь|и сейчас|по-прежнему|до сей пора|все еще|и теперь) (?:там|в (?:[^\W\d]+ ){0,3}(?:колония|тюрьма|сизо))"
               r"|в (?:колония|тюрьма|сизо) (?:и )?(?:по-прежнему|до сей пора|сейчас)|этапировать в колония|"
               r"не (?:мочь|быть_fut|стать_fut|собираться) (?:помиловать|освободить|отпустить)"
               r"|(?:помиловать|освободить|отпустить) не (?:мочь|быть_fut|стать_fut)"
               r"|находиться (?:за решетка|в заключение|в колония|в тюрьма|в сизо|в следственный изолятор)"
               r"|среди (?:помиловать|освободить|выйти|отпустить) (?:он |она |они )?нет"
               r"|нет (?:он |она |они )?среди (?:они|помиловать|освободить|выйти|отпустить)"
               r"|не (?:освободить|отпустить|помиловать|выпустить)"
               r"|(?:в|за) (?:тюрьма|колония|заключение|решетка) (?:[^\W\d]+ ){0,2}оставаться"
               r"|оставаться (?:за решетка|в заключение|в тюрьма|в колония|под стража)"
               r"|по-прежнему (?:находиться|в заключение|за решетка|в колония|в тюрьма)"
               r"|не (?:были |был |была )?(?:освободить|помиловать)|отбывать"
               r"|до сей пора (?:в колония|в тюрьма|в заключение|за решетка|находиться)"
               r"|вернуть (?:в|обратно в) (?:колония|тюрьма)|вернуть обратно|(?:снова|вновь) (?:находиться|в колония|в тюрьма|за решетка)"
               r"|(?:снова|вновь|повторно) (?:арестовать|задержать|посадить|осудить)"
               # Held incommunicado: "нет никаких известий", "родные не получают вестей".
               r"|нет (?:никакой |никаких )?(?:известие|сведение|весть|информация|связь)|ничего не известно"
               r"|(?:содержаться|находиться|держать|удерживать) (?:[^\W\d]+ ){0,2}без связь"
               r"|не (?:получать|иметь) (?:никакой |никаких )?(?:известие|весть|сведение)|инкоммуникадо|инкомуникадо"
               # Taken back after refusing to leave the country with the others freed.
               r"|(?:увезти|отвезти|вернуть) обратно|вернуться (?:в|обратно в) (?:колония|тюрьма)|отказаться (?:[^\W\d]+ )?(?:покинуть|покидать|уезжать|уехать|выезжать|пересекать)"
               r"|(?:арестовать|задержать|посадить|осудить) (?:снова|вновь|повторно)"
               # One who refused to get off the bus at the border ("отказался выходить из автобуса на литовской стороне", "отказался
               # выходить на литовской стороне") stayed a prisoner, as one who refused to leave.
               r"|отказаться (?:[^\W\d]+ )?(?:выходить|выйти) (?:из автобус|на [^\W\d]+ (?:сторона|граница))"
               # "Кто по-прежнему в неволе" (a section heading): held.
               r"|(?:по-прежнему|до сей пора|все еще|всё ещё|сейчас) в неволя"
               # Held, in other words: the prison first, words of place between, then the verb ("В той же колонии в Новополоцке
               # находится и X").
               r"|в (?:[^\W\d]+ ){0,2}(?:колония|тюрьма|сизо) (?:[^\W\d]+ ){0,3}находиться"
               # Stayed in prison, told in the perfective ("Николай Статкевич остался в колонии").
               r"|остаться (?:в|за) (?:[^\W\d]+ )?(?:колония|тюрьма|сизо|решетка)"
               # "содержится в СИЗО-1", "этапирована в гомельскую колонию" (lemmas): kept in or moved to a prison, with its adjectives.
               r"|содержаться (?:в|за) (?:[^\W\d]+ ){0,3}(?:сизо|изолятор|колония|тюрьма|решётка|решетка)"
               r"|этапировать (?:в|на) (?:[^\W\d]+ ){0,3}(?:колония|тюрьма)"
               # "Обоих увезли обратно в СИЗО" (lemmas): returned to custody after a hearing, held.
               r"|(?:увезти|отвезти|увести|вернуть|возвратить|доставить) (?:обратно |назад )?в (?:[^\W\d]+ ){0,2}"
               r"(?:сизо|изолятор|тюрьма|камера)"
               # "ей ещё больше пяти лет сидеть" (lemmas): years still to serve, held.
               r"|(?:ещё|еще) (?:[^\W\d]+ |\d+ ){0,4}(?:сидеть|отбывать)"
               # "что её фамилии в нём нет", "его имени в списке не было" (lemmas): left out of the list of the freed, held.
               # ("его" reads as the lemma "он".)
               r"|(?:он|его|ее|она|их|они) (?:фамилия|имя) (?:в (?:он|список|этот список) |там )?(?:нет|не быть)"
               r"|(?:он|его|ее|она|их|они) (?:фамилия|имя) не (?:оказаться|значиться) в (?:он|список)"
               # "Помилование оставило за решеткой многих, в том числе X" (lemmas): the ones left inside are held.
               r"|оставить (?:[^\W\d]+ ){0,4}(?:за решетка|за решётка|в (?:колония|тюрьма|заключение))"
               # "X остается одним из самых известных узников" (lemmas): still one of those inside.
               r"|(?:оставаться|остаться) (?:один из|среди) (?:[^\W\d]+ ){0,3}(?:узник|заключенный|заключённый|политзаключенный|политзаключённый)"
               + "|" + HOLIDAY_INSIDE
               # A prisoner who would not go with the freed ("не захотел уезжать из страны", "отказался ехать в Литву") stayed, as one
               # who refused to leave.
               + r"|не (?:захотеть|хотеть|согласиться|соглашаться) (?:[^\W\d]+ )?(?:покинуть|покидать|уезжать|уехать"
               r"|выезжать|пересекать|ехать)|отказаться (?:[^\W\d]+ )?ехать"
               # "Ему осталось три года", "Ей осталось сидеть еще пять лет": a term still to serve, held; the dative pronoun that opens
               # such a sentence is the person just named.
               r"|остаться (?:(?:сидеть|отбывать|еще|ещё) )*(?:(?!на )[^\W\d]+ |\d+ )?(?:год|месяц)"
               r"|(?:до сей пора|до сих пор|по-прежнему|все еще|всё ещё|всё еще|все ещё) в (?:" + PRISON_TOWN + ")"
               # "встречает пятый год за решеткой", "уже третий год в колонии" (lemmas): an ordinal year of the term now under way.
               r"|(?<!\d )[^\W\d]+(?:ый|ой|ий) год (?:за решетка|в колония|в тюрьма|в заключение|в неволя)"
               # "находятся в белорусских местах лишения свободы" (lemmas): in places of detention, held (not "из мест", out of them).
               r"|(?<!\w)(?:в|во) (?:[^\W\d]+ )?место лишение свобода"
               # "уже провела за решёткой шесть лет" (lemmas): "already" before the stay keeps it going on, held (after it is the
               # thirteenth round's).
               r"|(?:уже|всё ещё|все еще) провести (?:[^\W\d]+ |\d+ ){0,4}(?:за решетка|в (?:колония|тюрьма|заключение|неволя))"
               # "в той же колонии до сих пор держат X" (lemmas): an impersonal "they still keep" holds its object.
               r"|(?:до сей пора|по-прежнему|все еще|всё ещё|и сейчас) держать")
HELD_WEAK = (r"кто остаться|оказаться за решетка|за решетка оказаться|оказаться в (?:тюрьма|колония)|задержать|арестовать|осудить|" + _VERDICT + r"|приговорить|насчитывать|считать(?!\W+что)|оставаться"
             r"|политзаключенный,? (?:в тот число|среди который|среди они|включая|включать)"
             r"|сидеть (?:снова|опять|вновь|повторно)|(?:снова|опять|вновь|повторно) сидеть"
             r"|повторный (?:задержание|арест)|ожидать суд"
             # A new criminal case against one pardoned before ("новое уголовное дело против X, которого помиловали в 2024 году"):
             # prosecuted again, held by the case's date.
             r"|новый (?:уголовный )?дело (?:против|в отношение)"
             # "получил шесть лет колонии" (lemmas): a term given, a past sentence.
             r"|получить (?:[^\W\d]+ |\d+ ){1,3}год (?:колония|заключение|тюрьма|лишение свобода)"
             # "которая получила шесть лет за комментарий", "получил три года.": a term given, told with its reason or alone.
             r"|получить (?:[^\W\d]+ |\d+ ){1,3}(?:год|месяц)(?= за(?!\w)|\s*[.;,)]|\s*$)")
# In a penal colony or prison right now, right after the name.
# "в Гомельской женской колонии": the words between "в" and the prison are its adjectives, never a verb or a
# preposition ("Федынича в четверг выпустили из колонии" is no prison right after the name).
IN_PRISON = r"в (?:[^\W\d]+(?:ый|ий|ой) ){0,3}(?:колония|тюрьма|сизо|заключение)|за решетка"
# A letter from prison ("В письме из колонии X", "X писал из колонии", "передал из СИЗО"): the writer is held.
FROM_PRISON = (r"(?:письмо|записка|писать|написать|передать|позвонить) из (?:[^\W\d]+ ){0,2}"
               r"(?:колония|тюрьма|сизо|заключение)")
# Another country's prisons opening the name's clause (lemma view): "В России за решеткой остается X".
OTHER_COUNTRY = (r"в (?:россия|рф|российский (?:колония|тюрьма|сизо)|азербайджан|баку|иран|тегеран|китай|венесуэла"
                 r"|грузия|тбилиси|туркмения|туркменистан|таджикистан|никарагуа|куба|крым|оккупировать крым)")
SENTENCED = (r"приговорить|осудить|приговор|задержать|арестовать"
             r"|получить (?:[^\W\d]+ |\d+ ){1,3}год"
             r"|получить (?:[^\W\d]+ |\d+ ){1,3}месяц")
AGAIN = r"снова|опять|вновь|повторно|повторный"
ABSENTIA = r"заочн\w*|специальн\w* производств\w*"
# (A stay told as a closed span of the past is read by the tense of English auxiliaries only: this language's past
# tense does not tell a closed span from a state.)
PAST_SPAN = ""
# Restricted freedom at home is no imprisonment ("ограничение свободы", "домашняя химия").
RESTRICTED = (r"ограничение свобода|домашний химия|домашний арест|условный (?:срок|наказание|приговор)|условно"
              # "приговорена к двум годам с отсрочкой исполнения приговора": a deferred sentence, served at home.
              r"|отсрочка (?:исполнение|отбывание)(?: приговор| наказание)?")

# --- A person freed ---
# A person said to be free now ("уже дома"), for names only.
# "Одним из тех, кто вернулся, стал X": those who came back (not "вернулся за решетку").
FREE_NOW = (r"кто вернуться(?!\s(?:за решетка|в (?:колония|тюрьма|сизо)))|на свобода|уже дома|вернуться домой|на воля"
            r"|(?:вывезти|довезти|отвезти) (?:на|к|до) (?:[^\W\d]+ )?граница|среди (?:вернуться|вернуть|возвращенный)"
            # "Украине передали двух священников — X и Y": the country first, then the handing over.
            r"|(?:украина|литва|польша|латвия) (?:[^\W\d]+ )?передать"
            # A group of people that "came out" ("Крупнейшая группа — 123 человека — вышла 13 декабря", "вчера вышли 18
            # политзаключенных"): freed, though "на свободу" is left out (a person noun is its subject, not a decree that came out).
            r"|(?:человек|группа|политзаключенный|заключенный)\s*(?:—\s*)?выйти(?=\s+\d|\s*[.,;]|\s+из\s)"
            r"|выйти (?:еще )?\d[\d\s]*(?:человек|политзаключенный|заключенный)(?!\w)"
            # A section's heading ("Кто вышел"), read alone.
            r"|^\W*кто (?:выйти|вышел|вышли|освободить)\W*$"
            # Home already, as the lemma view writes it ("Наши граждане уже дома." -> "уже дом."), ending its clause.
            r"|(?:уже|теперь|наконец) дом(?=\s*[.,;!»\"]|\s*$)"
            # "Домой в Гомель уже вернулась X" (lemmas): home, and the town, told before the verb of the return.
            r"|домой (?:(?:в|во|к) [^\W\d]+ )?(?:уже )?(?:наконец )?вернуться")
# Released people come off the buses that bring them out ("из автобусов вышли X, Y"): the subjects after the verb.
ARRIVED = (r"из автобус(?:[^.;]{0,60}?)\sвыйти|(?<!не )(?:пересечь|перейти|пересекать) (?:[^\W\d]+ )?граница (?:с )?(?:литва|польша|украина)"
           # "в Украину привезли Беляцкого, Колесникову": brought out to a neighbouring country.
           r"|(?:в|во) (?:украина|литва|польша) (?:[^\W\d]+ ){0,2}?(?:привезти|доставить|вывезти|перевезти)"
           r"|(?:привезти|доставить|вывезти|перевезти) (?:[^\W\d]+ ){0,2}?(?:в|во) (?:украина|литва|польша)"
           # "тех, кого в декабре вывезли за границу": taken out of the country.
           r"|(?:вывезти|выслать|депортировать) (?:[^\W\d]+ )?за (?:граница|рубеж)"
           # "оказались в Литве", "прибыли в Вильнюс"; "Минск отдал Сергея Тихановского": handed over, out of prison.
           r"|(?:оказаться|прибыть|приехать) в (?:литва|польша|украина|вильнюс|варшава|киев)"
           r"|(?:минск|беларусь|лукашенко|власть) (?:[^\W\d]+ )?(?:отдать|выдать)"
           r"|граница (?:[^\W\d]+ )?(?:пересечь|перейти)"
           # "Среди тех, кто пересек границу, был X": the group that crossed the border is the freed, with or without the country.
           r"|кто (?:[^\W\d-]+(?:-[^\W\d]+)? )?(?:пересечь|перейти) граница"
           # "кто пересёк украинскую границу" (lemmas): the border named by the country's adjective, crossed out of Belarus.
           r"|(?<!не )(?:пересечь|перейти|пересекать) (?:литовский|польский|украинский|латвийский) граница"
           # Met on arrival by kin or at the border ("X встретила жена", "X встретили на границе"): out of prison. (A future
           # meeting, "встретить_fut", is a holiday spent inside; see HOLIDAY_INSIDE.)
           r"|(?<!среди )(?:встретить|встречать) (?:он |она |они ){0,2}(?:жена|муж|мать|отец|родной|родный|родственник|семья|близкий|друг|дочь|сын)(?!\w)"
           r"|(?<!среди )(?:встретить|встречать) (?:он |она |они ){0,2}(?:на|в|во) (?:граница|[^\W\d]+щина|литва|украина|польша|вильнюс|киев|варшава)(?!\w)")
# Freed at the end of a term: a release of the person, not a pardon.
SERVED_RELEASE = (r"(?:полностью )?отбыть (?:весь )?срок|отбыть (?:\w+ ){1,2}(?:год|месяц)|(?:по|после) окончание срок"
                  # A stay in prison told as finished ("проведший за решеткой пять лет", "который провел более четырех лет в колонии",
                  # "провела в колонии четыре года"): a prisoner freed since (not "находится за решеткой пятый год", nor "провел там уже
                  # четыре года", still there).
                  r"|провести (?!уже)(?:[^\W\d]+ |\d+ ){0,4}(?:за решетка|в (?:колония|тюрьма|заключение|неволя))"
                  r"|(?:за решетка|в (?:колония|тюрьма|заключение|неволя)) (?:[^\W\d]+ |\d+ ){0,3}провести(?!_)")

# --- A release not given ---
NEGATED_RELEASE = (r"не (?:были |был |была |было )?(?:освободить|помиловать|выйти)|не (?:помиловать|освободить)_fut"
                   r"|нет (?:ни )?(?:один|известный)|оставаться (?:за решетка|в заключение)"
                   # "Анджея Почобута в списке не оказалось": left off the list of the freed.
                   r"|(?:в|во) (?:этот |тот )?список (?:[^\W\d]+ )?не (?:оказаться|попасть|войти|быть)"
                   r"|не (?:оказаться|попасть|войти|включить) (?:в|во) (?:[^\W\d]+ )?список"
                   # "тех, кого Лукашенко пока не отпускает": a release refused.
                   r"|не (?:отпускать|освобождать)"
                   # "Анджея Почобута среди них не было": not one of the freed.
                   r"|среди (?:они|освободить|помиловать|освобожденный|помилованный) не (?:быть|было|оказаться)"
                   # "Нет в них и Анджея Почобута", "нет среди них": left out of the lists of the freed.
                   r"|нет (?:в|среди) (?:они|этот|тот|список)"
                   # "Лабковича в списке не было", "не было в списке": "было" stays as written in the lemma text (a surface word).
                   r"|(?:в|во) (?:этот |тот )?список (?:[^\W\d]+ )?не было"
                   r"|не (?:было|быть|оказаться) (?:в|во) (?:этот |тот )?список"
                   # "X в этом списке не оказалось" (the lemma of "этом" is "это"), the headline's "X в списке нет": left off the round's
                   # list, held. A list qualified by any other word ("в списке политзаключенных нет") is not the round's.
                   r"|(?:в|во) (?:это |этот |тот )?список (?:[^\W\d]+ )?не (?:оказаться|попасть|войти|быть)"
                   r"|(?:в|во) (?:это |этот |тот )?список нет"
                   # "На свободе до сих пор нет X" (lemmas): not free yet, held.
                   r"|на свобода (?:до сей пора |до сих пор |все еще |всё ещё |еще |ещё |пока |по-прежнему )?нет"
                   # "Не попал в него и X", "в нем не оказалось X": the list the sentence before names,
                   # as a pronoun ("в нем" reads as the lemma "немой").
                   r"|не (?:оказаться|попасть|войти) (?:в|во) (?:он|она|немой)"
                   r"|(?:в|во) (?:он|она|немой) не (?:оказаться|попасть|войти)")
# (The negation stands right before the verb: "Не освобождена и X" is read by NEGATED_RELEASE.)
INVERTED_NEGATION = ""
FREE_WISH = (r"(?:требовать|добиваться|хотеть|нужно|надо) (?:[^\W\d]+ ){0,3}(?:свобода|освобождение|освободить|отпустить)"
             # "Варшава ждёт освобождения Почобута": a release waited for has not come.
             r"|(?:ждать|ожидать|надеяться на) (?:[^\W\d]+ ){0,2}освобождение"
             # "Варшава по-прежнему ждёт Анджея Почобута": the person is waited for, not yet free.
             r"|(?:по-прежнему|всё ещё|все еще|до сих пор|продолжать) (?:ждать|ожидать)(?! (?:[^\W\d]+ ){0,2}освобождение)")

# --- Refusals, commentators and reporters ---
# "довезли до границы, но он отказался её пересекать": a refusal after a release in one clause undoes it (see roles).
REFUSAL = r"отказаться|отказываться"
# A commentator's trade, no office: "На свободу вышла политолог X" tells her own release (see roles).
COMMENTATOR = r"политолог|аналитик|эксперт|обозреватель|публицист"
# The words that may open a predicate before its release word: "X тоже вышла на свободу".
RELEASE_AUXILIARY = r"тоже|также|уже|наконец|быть"
