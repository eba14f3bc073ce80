"""Russian knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in (the words that tell their state are in `lang_ru_states`). The field patterns read the
lemma view and the names the text as written, as `lang_ru` explains; lexicon.py reads the three as one table.
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
# An organisation a person leads or runs for, read off the text as written: the name in the genitive after it is its owner
# ("юрист предвыборного штаба Виктора Бабарико": Бабарико is named for whose staff it was, not told of).
ORG_OF = r"штаба|штабе|штабу|команды|команде|кампании|фонда|фонде"
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
                  r"|корреспондентку"
                  # "Программистку из Бреста помиловали": the trades of ordinary prisoners, in both cases.
                  r"|программистка|программистку")
MASCULINE_TRADE = (r"журналист|блогер|активист|анархист|правозащитник|оппозиционер|художник|писатель|поэт|студент"
                   r"|преподаватель|учитель|пенсионер|волонтер|волонтёр|предприниматель"
                   r"|корреспондент"
                   # The accusative, object of a verb with no subject after the person's name ("Журналиста помиловали в сентябре"): the
                   # trade opening the sentence stands for them.
                   r"|журналиста|блогера|активиста|анархиста|правозащитника|оппозиционера|художника|писателя|поэта|студента"
                   r"|преподавателя|учителя|пенсионера|волонтера|волонтёра|предпринимателя|корреспондента"
                   # "Сергей X учит польский. Инженера из Гродно выпустили в июне": the trades of ordinary prisoners, in both cases.
                   r"|инженер|программист|инженера|программиста")
TRADE = (FEMININE_TRADE + "|" + MASCULINE_TRADE + r"|аналитик|политолог|политик|адвокат|юрист|музыкант|врач|священник"
         r"|философ|экономист|фотограф|редактор|бизнесмен|ветеран"
         # The accusative of the trades either gender bears ("Политолога, осуждённую на десять лет, освободили в декабре").
         r"|аналитика|политолога|политика|адвоката|юриста|музыканта|врача|священника|философа|экономиста|фотографа"
         r"|редактора|бизнесмена|ветерана")
# A place before a trade that opens a sentence ("Брестская активистка вышла на свободу"): an adjective of a town.
TRADE_PLACE = r"[^\W\d_]+(?:ская|ский|цкая|цкий)"

# --- Speakers ---
SPEAKER_VERBS = (r"считать(?=\W+что)|подтвердить|заявить|сказать|отметить|написать|сообщить|подчеркнуть|добавить|приветствовать"
                 r"|прокомментировать|призвать|рассказать|пояснить"
                 # An official's report to the head of state ("Как доложил Андрей Швед", "Игорь Сергеенко доложил, что ..."): who speaks.
                 r"|доложить|докладывать"
                 # A relative telling the story in the present ("Мать рассказывает, что сокамерник сына уже на свободе"):
                 # who speaks, not whom the story is about.
                 r"|рассказывать")
SPEAKER_BEFORE = (r"по слово|заявить|сообщить|сказать|писать"
                  r"|доложить|докладывать"
                  # "..., считает его адвокат X" (lemmas): an opinion told after the clause, its speaker after the verb (only after a
                  # comma: "Вясна считает X политзаключённым" recognises X).
                  r"|(?<=, )(?:считать|полагать)(?!\W+что)")
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
# A family word in the nominative before a declined name ("сын экс-кандидата Виктора Бабарико"): the name says whose
# relative the subject is; it tells nothing of that person's own state. (Not "сына" or "жену": those take the name
# in apposition, "помиловать сына Дениса".)
KIN_OF = (r"жена|муж|сын|дочь|дочка|мать|отец|брат|сестра|вдова|супруга|супруг"
          # In the instrumental or the dative the family word agrees with someone named before it; a declined name after
          # it is the possessor ("сидел с Павлом, сыном Игоря Марчука").
          r"|сыном|сыну|дочерью|женой|мужем|мужу|братом|брату|сестрой|отцом|отцу|матерью")
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
# A relative pronoun right after a name agrees with it in gender ("Валерия Костюгова, которую осудили" is a woman).
FEMININE_RELATIVE = r"которая|которой|которую|которою"
MASCULINE_RELATIVE = r"который|которого|которому|которым|котором"
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
IN_THEIR_NUMBER = (r"в они число|один из они|одна из они"
                   # "X тоже оказался в списке" (lemmas), with nothing after the list to make it another one ("в списке политзаключенных"):
                   # the list the sentences before tell (not "X в этом списке, как и в предыдущих, нет": a negation after it).
                   r"|в (?:этот |тот |это )?список(?=\s*(?:[,.;]|$))(?![^.;]*(?<!\w)(?:нет|не)(?!\w))")
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
