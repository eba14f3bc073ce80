"""English knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in (the words that tell their state are in `lang_en_states`). What an event says (numbers, dates,
releases, counts) lives in `lang_en`; lexicon.py reads the three as one table.
"""

# --- Names and what ends them ---
# Capitalised words that start or join names but are not personal names.
NAME_STOP = (frozenset("""
catholic orthodox protestant church archbishop bishop father priest pope cardinal nuncio reverend metropolitan
the a an and of in on at for to by from with as but or this that these those it its his her their our
he she they we i mr mrs ms dr sir president prime minister leader opposition belarus belarusian belarusians
russia russian ukraine ukrainian poland polish lithuania lithuanian latvia estonia european union eu
minsk moscow kyiv vilnius warsaw tallinn riga brussels washington gomel grodno hrodna brest vitebsk mogilev
viasna vyasna human rights center centre watch amnesty international nobel peace prize laureate
associated press reuters afp ap bbc cnn interfax belta telegram x twitter facebook instagram youtube
state department ministry interior foreign affairs kgb court supreme constitution constitutional
independence day new year christmas easter national assembly parliament council security
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
white house kremlin west western east eastern north south radio free europe liberty
network news media independent post times guardian journal daily weekly magazine
today now yesterday however meanwhile read more also latest stories recent subscribe advertisement photo getty images united states
""".split())
             # A Title Case headline's nouns of nationality and trade ("Belarus Frees RFE/RL Journalist Andrey Kuznechyk, American
             # Citizen In Surprise Release"): no personal names.
             | frozenset("""
citizen citizens national nationals american americans german germans japanese swiss british briton britons
lithuanians latvian latvians estonian estonians pole poles swede swedes journalist journalists activist activists
blogger bloggers lawyer lawyers student students teacher teachers pensioner pensioners anarchist anarchists prisoner
prisoners convict convicts detainee detainees surprise release releases freed frees pardon pardons pardoned
""".split())
             # (A headline's prepositions and nouns after a name: "..., Japanese Citizen After Talks".)
             | frozenset("after before amid over ahead talks deal visit envoy".split()))
# Public figures who are routinely named but are not prisoners; the role still needs a sentence cue
# to become anything but "other".
NOT_PRISONERS = ("lukashenk", "putin", "trump", "zelensk", "tsikhanouskaya", "tsikhanovskaya",
                 "tikhanovskaya", "biden", "macron", "scholz", "tusk", "nauseda", "blinken", "kellogg",
                 "coale", "rubio", "latushka")
# English does not decline names.
# A man's surname ending and a woman's of the same family ("Кавалёў" and "Кавалёва").
SURNAME_GENDERS = (("ski", "skaya"), ("au", "ava"), ("ou", "ova"), ("ov", "ova"), ("ev", "eva"))
SURNAME_FEMININE: tuple[tuple[str, str], ...] = ()
FIRST_FEMININE: tuple[tuple[str, str], ...] = ()
SURNAME_MASCULINE: tuple[tuple[str, str], ...] = ()
FIRST_MASCULINE: tuple[tuple[str, str], ...] = ()
# A preposition right before a name makes it the object of what stands before ("the president dwelt on X"), so an office
# before that is someone else's, not the name's title.
NAME_PREPOSITION = r"on|about|with|to|for|from|by|of|against"
# Read off the text as written: a relative pronoun of persons after a name ("Masatoshi Nakanishi, who ..."), and
# a citizenship before one ("a citizen of Japan, ..."): they make an unknown name a person's.
# "Rico Krieger, a German citizen": an apposition that makes a person of an unknown name; an age adjective before it
# ("58-year-old Rimantas Žukauskas") does too (CITIZEN_BEFORE).
PERSON_AFTER = r"who|whom|whose|an? (?:[A-Z]\w+ )?(?:citizen|national)"
CITIZEN_BEFORE = (r"citizens?|nationals?|poles?|lithuanians?|latvians?|estonians?|germans?|japanese|americans?|swiss|britons?"
                  r"|swedes?|ukrainians?|frenchm[ae]n|frenchwom[ae]n|\d{1,2}-year-old")
# An organisation a person leads or runs for: the name after it is its owner ("a lawyer on the campaign staff of Viktar
# Babaryka": Babaryka is named for whose staff it was, not told of).
ORG_OF = r"(?:campaign|team|staff|headquarters|foundation) of"
ORG_AFTER = (r"channel|telegram|agency|newspaper|website|outlet|group|center|centre|party|movement"
             r"|service|foundation|committee|tv|radio|news|media|network|leader|leadership"
             # Places named after a person end the name ("the Andrei Sakharov Prize", "Kastus Kalinouski Street").
             r"|prize|award|street|avenue|square|fellowship|scholarship|museum|library|university"
             # An outlet right before a trade is the person's employer ("Andrzej Poczobut, Gazeta Wyborcza correspondent in Hrodna"):
             # two capitalised words before these are no person's name.
             r"|correspondents?|journalists?|reporters?|editors?|columnists?|contributors?")
# Words right before a name that make it a namesake, not a person of the story ("named after Andrei Sakharov", "the
# late Vitold Ashurak"); read off the text.
EPONYM_BEFORE = r"named (?:after|for)|in memory of|in honou?r of|the late"
# An adjective or a participle that may open a sentence right before a name ("Former journalist", "Freed Ihar Losik
# said"): no surname of the name after it.
ATTRIBUTE_WORD = r"former|freed|released|pardoned|jailed|imprisoned|exiled|renowned|prominent|veteran|late"
# Another name of the person just named: "Katsiaryna Andreyeva, also known as Katsiaryna Bakhvalava", "— people also
# know her as ...". (Matched on the text as written.)
ALSO_KNOWN_AS = (r"(?:also|better|widely) known as|known also as|(?:people|many|some|readers) (?:also |may )?know (?:him|her) as"
                 r"|a\.?k\.?a\.?|(?:his|her) (?:other|real|legal|maiden|former) (?:sur)?name (?:is|was)")
# The words that may stand between a subject and its verb: the agreement of a name with its verb is read
# for Russian and Ukrainian only (name_nominative.py), so none here.
BEFORE_VERB = ""

# --- Titles, trades and roles ---
# "Ms Kalesnikava": a courtesy title before a lone surname makes it a name.
HONORIFIC = r"mr|mrs|ms|miss|dr"
# Titles of people who speak about prisoners rather than being one ("journalist" can be either).
OTHER_TITLES = (r"exiled|in exile|spokes(?:man|woman|person)|president|minister|official|analyst|political scientist"
                r"|commentator|columnist|ombudsman|judge|prosecutor"
                r"|ambassador|envoy|lawmaker|senator"
                # Offices and high clergy who accompany, announce or sign: never the freed themselves.
                r"|nuncio|bishop|archbishop|cardinal|metropolitan|consul|charg[ée] d'affaires|press secretary|diplomat"
                r"|governor|mayor|commissioner|MEP|secretary of state|historian|sociologist"
                # A state channel's presenter who reads out or posts the list of the pardoned.
                r"|presenter|anchor|tv host")
# A political prisoner by title ("political prisoner Viktar Babaryka"): held unless the article says more.
PRISONER_TITLE = r"political prisoners?|prisoners? of conscience"
# "former minister", "ex-prisoner": the title or state was once.
FORMER = r"former|ex-|one-time"
# "who had been held incommunicado": held once, not now.
# (Not the present perfect "has had no word from X".)
FORMERLY = r"(?<!has )(?<!have )had been|(?<!has )(?<!have )had|formerly|previously"
FEMININE_TRADE = r"businesswoman"
MASCULINE_TRADE = r"businessman"
# A trade or role that stands for the person just named when it opens the next sentence ("The analyst walked free");
# English shows no gender.
TRADE = (r"journalist|reporter|blogger|activist|analyst|political scientist|politician|anarchist|lawyer|(?:human )?rights"
         r" (?:defender|activist)|opposition (?:figure|politician|leader|activist)|musician|artist|writer|poet|student|teacher"
         r"|doctor|priest|pensioner|philosopher|economist|trade unionist|photographer|editor|volunteer|entrepreneur"
         r"|businessman|businesswoman|veteran"
         # "The Gazeta Wyborcza correspondent, ..., remains in a penal colony": more trades, and a two-word outlet before one.
         r"|correspondent|columnist|cameraman|camerawoman")
# A place or outlet before a trade that opens a sentence ("The Brest activist was freed", "The Gazeta Wyborcza
# correspondent ... remains"): one or two capitalised words after "the" (not "Another journalist").
TRADE_PLACE = r"(?<=the )(?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)?(?:-based|-born)?"

# --- Speakers ---
SPEAKER_VERBS = (r"said|says|told|wrote|writes|added|noted|stated|remarked|explained|commented|tweeted|believes|thinks"
                 r"|confirmed"
                 r"|posted|expressed|welcomed|argued|warned|urged|called|revealed|reported|announced|claimed|estimated"
                 # An official's report ("as Prosecutor General Andrei Shved reported", "X briefed the president that ..."): who speaks.
                 r"|briefed|reported to")
SPEAKER_BEFORE = (r"said|according to|quoted|reported by|as reported by|told|by"
                  r"|as (?:\w+ ){0,3}reported|briefed by"
                  # "..., believes his lawyer X": an opinion told after the clause, its speaker after the verb.
                  r"|(?<=, )(?:believes|believe|thinks|reckons)")
# "1,100 people, according to Viasna, remain ...": an aside naming the figure's source.
SOURCE_ASIDE = r"according to|as reported by|citing|by the count of|by (?:\w+['’]s )?count"
# "As X stressed, ...": the speaker of what follows (see speakers.is_speaker).
AS_SAID = r"as"
# Words that hand the rest of a sentence to the next person named: "X, whose wife Y remains jailed".
OTHER_SUBJECT = (r"whose|whereas|his wife|her husband"
                 # "while" only as a contrast with a subject of its own ("while his wife remains jailed"), not of time:
                 # "X, who won the prize while in detention, is still held", "while serving his term" go on about X.
                 r"|while(?! (?:in|at|on|under|behind|still|serving|being|awaiting|held|kept|imprisoned|jailed|detained"
                 r"|abroad|there|inside)(?!\w))")
# "— А хто застаўся?": an interview question that asks about people, answered with names.
WHO_ASKS = r"who|whom"

# --- Kin ---
# "Ales Pushkin's colleague X": a name in the possessive before one of these points to someone else.
KIN = r"colleague|wife|husband|son|daughter|mother|father|lawyer|friend|cellmate|brother|sister"
# A family member named right after the word for them ("his wife Maryna Adamovich"): a relative, not a prisoner,
# unless the name's own predicate says otherwise ("Her husband Siarhei was freed").
KIN_BEFORE = r"wife|husband|son|daughter|mother|father|brother|sister|widow|fianc[ée]e?|relatives?"
# A family word before "of" and a name ("the son of former banker X"): the name says whose relative the subject is; it
# tells nothing of that person's own state.
KIN_OF = r"wife|husband|son|daughter|mother|father|brother|sister|widow"
# Read off the text as written: a couple before two names ("супруги Наталья и Олег М."): they are the people, not kin.
COUPLE = r"spouses|couple|the couple|husband and wife"
# Held incommunicado told by who waits for news ("his wife Maryna Adamovich has had no news of him"): of the prisoner,
# not of the relative who says it.
NO_NEWS = r"no word|not been heard|no news|incommunicado"

# --- Pronouns ---
# A sentence opening with one of these continues about the person just named.
PRONOUN = r"he|she"
# (English says "She was pardoned": no object pronoun opens such a sentence.)
OBJECT_PRONOUN = ""
# The feminine ones of them, so that "she" does not continue about a man.
FEMININE_PRONOUN = r"she|her"
# The masculine ones: the first of either kind after an ambiguous name tells its gender (see name_nominative).
MASCULINE_PRONOUN = r"he|him|his"
# English relative pronouns ("who", "whom") tell no gender.
FEMININE_RELATIVE = ""
MASCULINE_RELATIVE = ""
# Opening a sentence after several names, these continue about all of them ("Абое ўжо дома").
PLURAL_PRONOUN = r"they|both"
# Any form of "he" or "she" inside a sentence ("the court sentenced him", "his hunger strikes"): the sentence is about the
# person named before, and the story of them goes on after it.
THIRD_PERSON = r"him|his|her"
OWN_PRONOUN = r"he|she|they|i|we"
# "у тым ліку гэтага, Ціханоўскага": a demonstrative and a comma before a lone surname point at a person.
DEMONSTRATIVE = r"that one|this one|that man|that woman"
# "my husband, X" in a relative's own words: the person is the story's subject, not a relative who speaks.
FIRST_PERSON_POSSESSIVE = r"my|our"
# A relative clause in an aside (", whose wife has led ... since 2020,"): its times are its own.
RELATIVE = r"who|whom|whose|which"
# A relative pronoun that is not its clause's subject ("Losik, whom Znak mentions in the letter, ..."): the name after
# it is the clause's own subject.
RELATIVE_OBLIQUE = r"whom|(?:of|about|with|for|to) whom"
# A thing's relative clause with no pronoun, its subject right after it ("Hramada, the party Statkevich led,
# says"): the name's verb is the clause's, not the main clause's.
CONTACT_RELATIVE = (r"\bthe (?:[\w-]+ ){0,2}(?:group|organi[sz]ation|cent(?:re|er)|party|movement|foundation|campaign"
                    r"|newspaper|outlet|union|initiative|network)"
                    # Not the thing as the first word of a title: "the union leader X, who ..., is still held" names X by
                    # an office, it opens no clause whose subject X is.
                    r"(?! (?:leader|head|chair(?:man|woman|person)?|(?:co-)?founder|member|activist|coordinator|organi[sz]er"
                    r"|director|secretary|spokes(?:man|woman|person)|press secretary|lawyer|manager)(?!\w))")
# "identified several of them, including X": a group told before, as the lemma view writes it.
THEM = r"them|those"
# An interview's opening that tells of the people the speaker left inside ("Ihar Karnei on the people he left behind", "We
# asked him about those who are still there"): the people the exchange after it names are held.
# (Asked too: "Who did you leave behind?")
LEFT_BEHIND = (r"(?:left|leave) behind|(?:those|people|the ones|others|women|men|friends) (?:who (?:are|remain|stayed) )?still (?:there|inside)"
               r"|those who (?:remain|stayed)(?: behind| inside| there)?")
# Placed "there", where the speaker was held ("Marfa Rabkova is there too"), in an interview about those left behind.
THERE_AFTER = r"(?:is|are|remains?|stays?) (?:also |still |too )?there"
# "Both" standing for the last two people named ("Both are still there").
BOTH = r"both(?: of them)?"

# --- People named in a group or a list ---
# A solidarity call's lead-in ("This month, please write to:", "Send a birthday card to:"): the people one may write to in
# a colony are held.
SOLIDARITY_MAIL = (r"write (?:a |an |your )?(?:letters? |postcards? |cards? |words of support )?to|(?:letters?|postcards?|cards?) (?:of support )?to"
                   r"|send (?:a |an |your )?(?:[\w-]+ )?(?:letters?|postcards?|cards?|greetings|words of support)"
                   r"|(?:postal )?addresses (?:of|for) (?:the )?(?:colony|colonies|prisons?|letters)")
LIST_INTRO = (r"one of (?:them|those (?:freed|released|pardoned))|(?:they|these|those) include|among (?:them|those|the)"
              r"|the (?:group|list) (?:also )?include[sd]?|the others?(?: \w+)? (?:were|are)|among the foreigners"
              r"|one of the first|among the (?:best[- ]known|most prominent|most famous|belarusians)"
              # "The first releases came in July. The best known was X": the best known of the group just told.
              r"|the (?:best[- ]known|most prominent|most famous|most well-known)(?: of them| among them)? (?:was|were|is|are)"
              # "Среди освобождённых — X. Второй белоруской оказалась Y": the next one of the group.
              r"|the (?:second|third|other) (?:\w+ )?(?:was|is)|another (?:belarusian|lithuanian|ukrainian|pole|latvian|foreigner|citizen)"
              r"|they are|the (?:\w+ )?(?:\w+ )?(?:belarusians|prisoners|people|others|men|women) (?:were|have been|are) (?:identified|named) as"
              # "She identified the Belarusians as A and B": the speaker names the group just told.
              r"|(?:[^\W\d]+ ){1,6}(?:identified|named) (?:them|the (?:\w+ )?(?:belarusians|prisoners|people|others|men|women)) as"
              # A lead-in that names the group just told ("They were named as A, B and C", "The three have been identified as ...",
              # "Among the first was X", "The first to walk out was X"): the names take the group's state.
              r"|(?:they|the (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+))"
              r" (?:were|have been|had been|are) (?:identified|named|listed) as"
              r"|among the first|the first (?:\w+ ){0,3}(?:was|were)")
# A lead-in's own words for the profiles that follow it ("Here are some of those who remain in prison.", "Below are ...").
LEAD_IN = (r"here (?:are|is)|here's|below|these are|this is who|the following|meet|who they are"
           # "Everyone on this list is still serving a sentence": a line about the list below tells its people's state.
           r"|(?:on|in) (?:this|the following) list")
# "Удалося пагаварыць са сваякамі аднаго з вызваленых": the next sentence names that one.
ONE_OF = r"one of (?:them|those (?:freed|released|pardoned)|the (?:freed|released|pardoned))"
# "X, who was arrested in 2020, was one of them": a member of the group the sentences before tell.
IN_THEIR_NUMBER = (r"one of them"
                   # "X was also on the list", with nothing after the list to make it another one ("on the list of those still held"):
                   # the list the sentences before tell (not "X was on the list, as before, not": a negation after it).
                   r"|(?:on|in) (?:the|this|that) list(?=\s*(?:[,.;]|$))(?![^.;]*(?:\bnot|n't|\bnever)(?!\w))")
# "калі ўбачыў у спісе Ігара Лосіка": the list of the round the sentences before tell.
IN_THE_LIST = r"on the list|in the list"
# "among ... — A, ...; B; C": a list's head word, shared by the items after semicolons.
AMONG = r"among"
# A person's verb that puts them into the group of the freed ("оказался среди освобождённых", "was among the released"):
# the release word after it is still the person's.
MEMBER_OF = r"among|one of|on the list|in the list|in the group|part of|includ\w*|(?:identified|named|listed) as"
# A member named out of the group just told ("political prisoners in Russian jails, including the journalist X").
NAMED_FROM_GROUP = r"including|notably|among them|such as|in particular"
# "Katsiaryna Andreyeva is still there. Nasta Loika too": a name whose clause is only the name and this word has the
# state told of the person before.
TOO = r"too|as well|also"
# "Статкевич лишається за ґратами. Як і Анджей Почобут": a sentence opening so says the same of its person.
LIKEWISE = (r"as (?:is|was|are|were|does|did)|like|with (?:him|her|them) (?:came|went|walked|crossed|were|was)"
            # "The same is true of Maria Kalesnikava": the sentence before's state.
            r"|the same (?:is true|goes|applies|holds) (?:of|for|to)"
            # "Also on the bus was X", "Also aboard the same plane were X and Y": the vehicle that carried the people just told of;
            # the names share their state.
            r"|also (?:on|aboard|in) (?:the|that) (?:same )?(?:bus|buses|plane|flight|minibus|convoy)")
# "in the same case as X": X is named for the case, not for their own state.
SAME_CASE = (r"in the same (?:case|trial) as|co-defendant of"
             # "X, who was sentenced together with Y": Y is named for the case, the sentence tells nothing of Y now.
             r"|(?:sentenced|convicted|tried|jailed) (?:[\w-]+ ){0,3}(?:together|along) with")
# The others a clause after the name is about ("X signs postcards for those who stayed behind bars"): what it tells is
# theirs, not the name's ("one of those who" and "among those who" name the person's own group).
FOR_THOSE_WHO = r"(?:for|to|with|about) (?:all )?(?:those|the ones|the others) (?:who|still|left)"
