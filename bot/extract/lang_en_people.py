"""English knowledge about people for the extractor: word lists and regex fragments, no logic.

Who a sentence is about: what ends or opens a name, titles, trades, speakers, kin, pronouns, the groups and
lists people are named in, and the words that tell a person held or freed. What an event says (numbers, dates,
releases, counts) lives in `lang_en`; lexicon.py reads the two as one table.
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
                  r"|as (?:\w+ ){0,3}reported|briefed by")
# "1,100 people, according to Viasna, remain ...": an aside naming the figure's source.
SOURCE_ASIDE = r"according to|as reported by|citing|by the count of|by (?:\w+['’]s )?count"
# "As X stressed, ...": the speaker of what follows (see speakers.is_speaker).
AS_SAID = r"as"
# Words that hand the rest of a sentence to the next person named: "X, whose wife Y remains jailed".
OTHER_SUBJECT = r"whose|while|whereas|his wife|her husband"
# "— А хто застаўся?": an interview question that asks about people, answered with names.
WHO_ASKS = r"who|whom"

# --- Kin ---
# "Ales Pushkin's colleague X": a name in the possessive before one of these points to someone else.
KIN = r"colleague|wife|husband|son|daughter|mother|father|lawyer|friend|cellmate|brother|sister"
# A family member named right after the word for them ("his wife Maryna Adamovich"): a relative, not a prisoner,
# unless the name's own predicate says otherwise ("Her husband Siarhei was freed").
KIN_BEFORE = r"wife|husband|son|daughter|mother|father|brother|sister|widow|fianc[ée]e?|relatives?"
# "Eduard Babaryka, the son of Viktar Babaryka": a kin word between two names names the second for the first's kinship.
KIN_OF = r"(?:the |a )?(?:son|daughter|wife|husband|widow|mother|father|brother|sister|nephew|niece)s? of"
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
                    r"|newspaper|outlet|union|initiative|network)")
# "identified several of them, including X": a group told before, as the lemma view writes it.
THEM = r"them|those"
# An interview's opening that tells of the people the speaker left inside ("Ihar Karnei on the people he left behind", "We
# asked him about those who are still there"): the people the exchange after it names are held.
LEFT_BEHIND = (r"left behind|(?:those|people|the ones|others|women|men|friends) (?:who (?:are|remain|stayed) )?still (?:there|inside)"
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
IN_THEIR_NUMBER = r"one of them"
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

# --- A person held ---
# A holiday met or spent in prison, now or to come ("Both will spend Christmas behind bars", "she marks her birthday in
# the colony"): the person is held (the past "spent", "celebrated" is no state now).
HOLIDAY_INSIDE = (r"(?:spend|spends|spending|celebrate|celebrates|celebrating|mark|marks|marking|see in|sees in|meet|meets)"
                  r"\s+(?:[\w'’-]+\s+){0,2}?(?:christmas|new year|easter|holidays?|birthday)(?:'s|’s)?"
                  r"(?:\s+[\w'’-]+){0,3}?\s+(?:behind bars|in (?:a |the )?(?:penal )?(?:colony|prison|jail))")
# The towns whose colonies and prisons hold political prisoners: "she is still in Homel", "remains in Navapolatsk"
# says the person is still in that prison (Minsk is left out: a freed person may well be still in Minsk).
PRISON_TOWN = (r"homiel|homel|gomel|navapolatsk|novopolotsk|hlybokaye|hlybokae|glubokoye|glubokoe|shklou|shklov"
               r"|mahilyow|mahiliou|mogilev|zhodzina|zhodino|babruisk|bobruisk|orsha|vitsebsk|viciebsk|vitebsk"
               r"|ivatsevichy|ivatsevichi|horki|gorki|mazyr|mozyr|svetlahorsk|svetlogorsk")
# "За кратамі і заснавальнік «Вясны» Алесь Бяляцкі", "Also behind bars is X": a sentence opened by prison.
HELD_STRONG = (r"(?:also |still )?behind bars (?:also )?(?:is|are|include|includes)|^\W*(?:still |also )?behind bars\s*[—–:]|(?:is|are) (?:also|now) behind bars|(?:now|still|currently) in (?:a |the )?(?:high-security |penal )?(?:colony|prison|jail|pre-trial detention)|"
               r"(?:cannot|can't|will not|won't|refuses? to|refused to) (?:pardon|release|free)|(?:is|are) (?:currently |still |now )?(?:behind bars|in prison|in jail)|(?:did|does|do) not (?:appear|feature|figure) (?:on|in|among)|(?:did|does|do) not (?:release|free|pardon)|remains? (?:behind bars|in (?:a |the )?(?:high-security |penal |pre-trial )?(?:custody|prison|jail|detention|colony)"
               r"|imprisoned|jailed|incarcerated)|still (?:behind bars|in (?:prison|jail|custody)|imprisoned"
               r"|jailed|held|serving)|not (?:been |yet )?(?:released|freed|pardoned)|(?:was|were) not among|(?:was|were|is|are) not (?:on|in) the list"
               r"|absent from|is serving|are serving|held incommunicado|(?:is|are|was|were|being) (?:still )?held|(?:has|have) (?:long |now |still )?been (?:held|behind bars|in (?:prison|jail|custody))|still inside|remain(?:s|ed)? inside"
               r"|(?:taken|sent|returned|brought) back to (?:prison|jail|a penal colony|the colony|his cell)|prisoners (?:still held )?include"
               r"|returned to (?:prison|jail|a penal colony|the colony)|back (?:in|behind) (?:prison|bars|a penal colony)|(?:behind bars|in (?:a cell|prison|jail)) again"
               r"|again (?:behind bars|in (?:a cell|prison|jail))"
               r"|re-?arrested|(?:arrested|detained|jailed) again|again (?:arrested|detained|jailed)"
               r"|(?:was|were) (?:taken|sent|brought) back"
               r"|no word (?:from|of|about)|not been heard from|no news (?:of|from|about)|incommunicado"
               r"|without (?:any )?contact with (?:(?:his|her|their) )?(?:family|relatives|lawyers?)"
               r"|(?:have|has|had) (?:had )?no contact with|(?:little or )?no (?:reliable |new |further )?information(?: [a-z]+){0,5} (?:about|on|from)"
               r"|refused to (?:leave|cross|be deported|be expelled|enter|go)|(?:are|is|remain|remains) still there"
               # "is serving 15 years"; "was serving" and "had been serving" tell a past state, no state now ("X, who had been
               # serving 10 years, walked out"), and "after serving" a release (SERVED_RELEASE).
               r"|(?<!was )(?<!were )(?<!been )(?<!after )(?<!having )serving (?:a |an |his |her |their )?(?:\d+|[a-z]+)(?:[- ]and[- ]a[- ]half)?[- ]years?"
               r"|continu(?:es|ed|ing|e) to serve|(?:is|are) (?:now |still )?in (?:a |the )?prison"
               r" (?:hospital|infirmary)"
               # One who refused to get off the bus at the border ("refused to get off the bus on the Lithuanian side") stayed a
               # prisoner, as one who refused to leave.
               r"|refus(?:ed|es|ing) to (?:get|step) (?:off|out of) the bus"
               # A section heading on its own line: "Left behind", "Remaining in custody", "Now free".
               r"|^\W*(?:those |the ones |who (?:was|were|is|are) )?left behind\W*$"
               r"|remaining (?:behind bars|in (?:custody|prison|jail|detention|(?:a |the )?(?:penal )?colony))"
               # Held, in other words: a year of the term under way ("is in his fifth year of an eight-year term"), a colony named by
               # its place ("is still in the Homel colony").
               r"|(?:is|are) (?:now |still )?in (?:his|her|their) [\w-]+ year (?:of|in|behind)\b"
               r"|(?:now|still|currently) in (?:a |the )?(?:[A-Z][\w-]+ ){1,2}(?:colony|prison|jail)\b"
               # Stayed in prison ("Mikalai Statkevich stayed in the colony").
               r"|(?:stayed|remained) (?:behind )?in (?:a |the )?(?:[\w-]+ )?(?:colony|prison|jail)\b"
               # "now transferred to a colony in Homel", "moved to the penal colony": moved from one prison to another, still held.
               r"|(?:transferred|moved|sent) to (?:a |the )?(?:[\w-]+ ){0,2}(?:colony|prison|jail)\b"
               # "Both are taken back to the detention centre", "led back to his cell": returned to custody after a hearing, held.
               r"|(?:taken|led|sent|returned|driven) back to (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,2}"
               r"(?:detention cent(?:re|er)|remand prison|pre-trial (?:prison|detention)|jail|prison|colony|cell)s?\b"
               # "she has five more years to serve", "still has three years left to serve": a term still running, held.
               r"|(?:has|have) (?:[\w-]+ ){1,4}(?:more |left )?(?:years?|months?) (?:left |still )?to serve\b"
               # "learnt that her name was not on it", "his name was missing from the list": left out of the list of the freed, held.
               r"|(?:his|her|their) names? (?:was|were|is|are) (?:not|never) (?:on|in|among) (?:it|them|the lists?)\b"
               r"|(?:his|her|their) names? (?:was|were|is|are) missing from (?:it|the lists?)\b"
               # "The pardon left many prisoners behind bars, including X": the ones left inside are held.
               r"|(?:left|leaves|leave|leaving) (?:[\w'’-]+ ){0,8}(?:behind bars|in (?:prison|jail|custody"
               r"|detention|the colonies|colonies))"
               # "X remains one of the best-known prisoners": still one of those inside.
               r"|remain(?:s|ed)? (?:one|among) (?:of )?(?:the )?(?:[\w'’-]+ ){0,4}(?:prisoners|inmates|detainees)"
               + "|" + HOLIDAY_INSIDE
               # A prisoner who would not go with the freed ("declined to cross into Lithuania", "said he would not leave his country")
               # stayed, as one who refused to: getting off the bus at the border does not free him.
               + r"|(?:declined|declines|did not want|didn't want|chose not|would not agree) to (?:leave|cross|go)\b"
               r"|(?:would|will) not leave (?:his|her|their) (?:own )?(?:country|homeland)"
               # "He has three years left", "She still has more than a year to go": a term still to serve, held.
               r"|(?:has|have) (?:[\w-]+ ){1,4}(?:years?|months?) (?:still )?(?:left|to go)\b"
               r"|(?:still|yet) in (?:" + PRISON_TOWN + r")\b"
               # "has since been returned to the penal colony": sent back to prison, held (with or without "back").
               r"|(?:was|were|been|is|are|be|being) (?:later |then |since |now )?returned to "
               r"(?:a |the )?(?:high-security |penal |strict-regime )?(?:colony|prison|jail)"
               r"|declined to (?:leave|cross|go|be deported|be expelled)"
               # "X marks fifth year behind bars", "is about to begin her fourth year in prison": a year of the term now under way.
               r"|(?:marks?|marking|begins?|beginning|begin|enters?|entering|starts?|starting) (?:his |her |their |a |the )?"
               r"[\w-]+ (?:full )?year (?:behind bars|in (?:a |the )?(?:[\w-]+ )?(?:prison|colony|jail|custody))"
               # "He is in the colony in Navapolatsk": the present "is" with a prison place (not only "prison" or "jail").
               r"|(?:is|are) (?:currently |still |now )?in (?:a |the )?(?:high-security |penal |strict-regime )?(?:colony|pre-trial detention|detention centre)"
               # "who has now spent six years behind bars", "has so far spent": a stay still going on, held (the freed "spent" it).
               r"|(?:has|have) (?:now|so far|by now|already) spent (?:more than |over |almost |nearly |about |some )?[\w-]+ (?:[\w-]+ )?(?:years?|months?) (?:behind bars|in (?:prison|jail|custody|(?:a |the )?(?:penal )?colony))"
               # "the colony still holds rights defender X", "they are still keeping X": "still" with a verb of keeping holds its object.
               r"|still (?:holds|keeps|holding|keeping)\b")
# "Viasna considers ...", not the imperative "Consider the case of X" that opens an example.
HELD_WEAK = (r"who (?:stayed|remained)|ended up (?:behind bars|in prison|in jail)|arrested|detained|taken into custody|sentenced|convicted|jailed|\bcounts?\b|(?<!\bor )(?<=\w )considers?\b|political prisoners?,? (?:including|among them|such as)|there are"
             r"|\bremain\b|held in (?:pre-trial detention|custody|a penal colony|prison|jail)|awaiting trial"
             # A new criminal case against one pardoned before ("a new criminal case against X, who was pardoned in 2024"):
             # prosecuted again, held by the case's date.
             r"|new (?:criminal )?(?:case|charges) (?:against|brought against)"
             # "got six years in a colony", "was given five years in prison": a term given, a past sentence.
             r"|(?:got|received|was given|were given) (?:[\w-]+ ){1,3}years? (?:in (?:a |the )?(?:colony|prison|jail)|of (?:prison|jail))"
             # "who got six years for a comment online", "received three and a half years.": a term given, told with its reason or
             # alone.
             r"|(?:got|received|was given|were given) (?:[\w-]+ ){1,4}(?:years?|months?)(?= for\b| over\b|\s*[.;,)]|\s*$)"
             # "the journalist imprisoned in Belarus", "the incarcerated activist X": an attribute that says the person is in prison
             # (a release told of them still comes later; not "formerly imprisoned").
             r"|(?<!formerly )(?<!previously )(?<!once )(?:imprisoned|incarcerated)")
# In a penal colony or prison right now, right after the name ("Andrzej Poczobut — in a colony").
IN_PRISON = r"in (?:a |the )?(?:high-security |penal )?(?:colony|prison|jail|pre-trial detention|detention centre)"
# A letter or a call from prison ("In a letter from the colony, X wrote", "X wrote from his cell"): the writer is held.
FROM_PRISON = (r"(?:letters?|notes?|messages?|wrote|writes|writing|written|called|phoned) from (?:a |the |his |her |their )?"
               r"(?:[\w-]+ )?(?:penal colony|colony|prison|jail|cell|detention centre|pre-trial detention)")
# Another country's prisons opening the name's clause ("In Russia, X remains behind bars"): that country's prisoner,
# in neither list of Belarus's.
OTHER_COUNTRY = (r"in (?:russia|russian (?:prisons?|colon(?:y|ies)|jails?)|azerbaijan|baku|iran|tehran|china|venezuela"
                 r"|georgia|tbilisi|turkmenistan|tajikistan|nicaragua|cuba|occupied crimea|crimea)")
# Past acts against a person: they say something only of the name right beside them.
SENTENCED = (r"sentenced|convicted|arrested|detained|jailed"
             r"|(?:got|received|was given|were given) (?:[\w-]+ ){1,3}years?"
             r"|(?:got|received|was given|were given) (?:[\w-]+ ){1,4}(?:years?|months?)")
# Held again after a release ("was released ... but was detained again the following week").
AGAIN = r"again|re-?arrest\w*|back (?:in|behind|to)"
# Tried in absentia: abroad, neither freed nor held.
ABSENTIA = r"in absentia|special proceedings"
# A stay told as a closed span of the past ("was held incommunicado for long periods", "were kept in solitary confinement
# for months"): history, not the state now.
PAST_SPAN = (r"(?:was|were) (?:[\w-]+ ){0,3}?(?:held|kept|detained|imprisoned|jailed)(?: [\w-]+){0,4}? for (?:long periods"
             r"|(?:over |more than |almost |nearly |about )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many"
             r"|\d+) (?:years?|months?|weeks?|days?)|years|months|weeks)")
# Restricted freedom at home is no imprisonment ("sentenced to restricted freedom").
RESTRICTED = (r"restricted freedom|restriction of freedom|house arrest|home confinement|suspended (?:[\w-]+ ){0,2}(?:sentence|term)"
              # "two years with a deferred execution of the sentence": served at home.
              r"|deferred (?:sentence|execution|enforcement)|(?:sentence|execution|enforcement) (?:was |of the sentence was )?deferred")

# --- A person freed ---
# A person said to be free now ("is back home"), for names only.
# "were driven to the Lithuanian border": put outside the country, freed.
FREE_NOW = (r"(?:is|are|was|were|be) (?:now )?free|back home|reunited with|(?:driven|taken|brought|bused) to the (?:\w+ )?border"
            r"|(?:driven|taken|brought|bused|flown) to (?:lithuania|poland|ukraine|latvia|vilnius|warsaw|kyiv)"
            # "Maria Kalesnikava walked out." after "X walked out of prison".
            r"|walked out(?=\s*[.;]|\s*$)"
            # "123 prisoners go free, among them X".
            r"|(?:go|goes|went|gone) free"
            r"|(?:is|are|was|were) (?:also|already|finally) free\b"
            r"|^\W*(?:now|already) free\b"
            # Membership of the group just told, with the name first ("X was also in the convoy", "Y was on the bus as well"); a
            # group needs "also" ("was in the group that organised the march" is another group).
            r"|(?:was|were) (?:also )?(?:in|on) the (?:same )?(?:convoy|bus|minibus|plane|flight)\b"
            r"|(?:was|were) also (?:in|among) the (?:same )?group\b"
            r"|^\W*who (?:got out|was freed|were freed|walked free|is free|are free)\W*$"
            # Home already ("They are already home").
            r"|(?:is|are|was|were) (?:already|now|finally|safely) (?:back )?home\b")
# Released people come off the buses that bring them out ("X and Y stepped off the bus").
ARRIVED = (r"(?:got|stepped|came) (?:off|out of) the bus(?:es)?|(?:off|out of) the bus(?:es)? (?:stepped|came)"
           # "also crossed into Lithuania": the freed are taken across the border.
           r"|(?<!to )(?<!not )cross(?:ed|es)? (?:the border )?into (?:lithuania|poland|ukraine|latvia)"
           r"|(?:walked|went|stepped|came) (?:across|over) the (?:\w+ )?border"
           # "The three were brought to neighbouring Lithuania", "deported to Poland": taken out of the country.
           r"|(?:brought|taken|driven|bused|flown|transferred|deported|expelled) (?:\w+ ){0,2}?to (?:neighbo\w+ )?(?:lithuania|poland|ukraine|latvia)"
           r"|(?:taken|sent|deported|expelled) abroad"
           # "ended up in Lithuania", "crossed the border"; "Minsk handed over X".
           r"|(?:ended up|arrived|landed) in (?:lithuania|poland|ukraine|vilnius|warsaw|kyiv)|(?<!not )crossed the border"
           r"|(?:minsk|belarus|lukashenko|the authorities) (?:\w+ )?(?:handed over|gave up)"
           # "Among those who did cross was X": the group that crossed the border is the freed, whether or not the sentence names
           # the border or the country.
           r"|(?:those|the ones|people|prisoners) who (?:did |had |have )?(?:actually |finally )?cross(?:ed)?\b"
           # "those who crossed the Ukrainian border": the border named by the country's adjective, crossed out of Belarus.
           r"|(?<!not )crossed the (?:lithuanian|polish|ukrainian|latvian) border"
           # Met on arrival by kin or at the border ("she was met by her husband", "were greeted at the border"): out of prison.
           r"|(?:met|greeted|welcomed) (?:[^\W\d]+ ){0,3}?by (?:his |her |their )?(?:wife|husband|mother|father|family|relatives|friends|daughter|son|loved ones)(?!\w)"
           r"|(?:was|were) (?:met|greeted|welcomed) (?:at|on) the border")
# Freed at the end of a term: a release of the person, not a pardon.
SERVED_RELEASE = (r"after serving (?:his|her|their) (?:full |entire |whole )?(?:[\w-]+ )?(?:sentence|term)|after serving (?:\w+ ){1,2}(?:years?|months?)|having served (?:his|her|their) (?:full )?(?:sentence|term)"
                  # A stay in prison told as finished ("who spent more than five years behind bars", "the Nobel laureate who spent more
                  # than four years in a colony"): a prisoner freed since (not "has spent" or "already spent", still there).
                  r"|(?<!has )(?<!have )(?<!already )spent (?!already)(?:more than |over |almost |nearly |about |some )?"
                  r"(?:[\w-]+ ){0,3}(?:years?|months?) (?:behind bars|(?:in|behind) (?:a |the )?(?:[\w-]+ )?"
                  r"(?:colony|prison|jail|bars|custody|penal colonies))")

# --- A release not given ---
NEGATED_RELEASE = (r"\bno\b[^.]{0,100}\b(?:have|has|had|were|was) been (?:released|freed|pardoned)"
                   r"|\bnot (?:been |yet )?(?:released|freed|pardoned|among)|absent from|excluded from"
                   r"|did not include|does not include|remain(?:s|ed)? (?:behind bars|in custody|in prison)"
                   # "Andrzej Poczobut was left off the list", "wasn't on it".
                   r"|left off (?:the|this|that) list|missing from (?:the|this|that) list|(?:wasn't|weren't|isn't|aren't) (?:on|in) (?:the|this|that) list|(?:wasn't|weren't) among"
                   # "Missing from them is Andrzej Poczobut", "not on those lists": left out of the lists of the freed.
                   r"|missing from (?:them|the lists?|those lists?|these lists?)|not on (?:the|those|these) lists?"
                   # "Among the 16 pardoned there was no X", "there was no X among those freed": left off the round.
                   r"|among (?:the |those )?(?:\d+ |[^\W\d]+ )?(?:pardoned|released|freed)"
                   r"(?: \w+){0,3}?,? there (?:was|were) no"
                   r"|there (?:was|were) no (?=(?:[^\W\d]+ ){1,3}among (?:the|those) (?:\d+ )?"
                   r"(?:pardoned|released|freed))"
                   # "X is still not free", "was not on it" (the list the sentence before names): not freed, held.
                   r"|(?:is|are|was|were) (?:still |yet )?not (?:yet )?free\b(?! to)"
                   r"|(?:wasn't|weren't|was not|were not|did not make it|didn't make it) (?:on|onto|into) it\b")
# "Nor was X released", "Neither were X and Y freed": the negation inverted before the subject negates the release
# after it.
INVERTED_NEGATION = r"(?:nor|neither) (?:was|were|is|are|has|have|had|did|does)"
# A release wished for the people named ("We need all of them free"): they are still held.
FREE_WISH = (r"(?:need|want|demand|wish|urge)\w* (?:[^\W\d]+ ){0,3}(?:free|freed|released)\b"
             # "keep demanding the freedom of all political prisoners, including X".
             r"|(?:demand|urg|press|push|call)\w* (?:for )?(?:the )?(?:freedom|release) of"
             # "Warsaw still awaits Andrzej Poczobut": the person is waited for, not yet free.
             r"|(?:still|continues? to|keeps?) (?:await\w*|wait\w* for)(?! (?:[^\W\d]+(?:['’]s)? ){0,4}(?:release|freedom)\b)"
             # "Warsaw still awaits Andrzej Poczobut's release": a release waited for has not come.
             r"|(?:await\w*|wait\w* for|hop\w* for) (?:[^\W\d]+(?:['’]s)? ){0,4}(?:release|freedom)\b"
             # "called for Maria Kalesnikava to be freed", "urged Minsk to release X": the person named inside the wish is held.
             r"|(?:call|press|push)\w* (?:for|on) (?:[^\W\d]+ ){1,4}to be (?:freed|released|pardoned)\b"
             r"|urg\w* (?:[^\W\d]+ ){1,3}to (?:free|release|pardon)\b"
             # "Warsaw called on Minsk to free him", "urged Belarus to release X": the release asked of someone has not happened.
             r"|(?:call\w* on|urg\w*|ask\w*|press\w*) (?:[^\W\d]+ ){1,3}to (?:free|release|pardon)\b")

# --- Refusals, commentators and reporters ---
# "was driven to the border but refused to leave": a refusal after a release in one clause undoes it (see roles).
REFUSAL = r"refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
# A commentator's trade, no office: "The analyst X was freed" tells the analyst's own release (see roles).
COMMENTATOR = r"analyst|political scientist|political analyst|expert|commentator|observer|columnist"
# The words that may open a predicate before its state word: "X was freed", "X has since been released".
RELEASE_AUXILIARY = r"was|were|is|are|has|have|had|been|also|finally|later|then|now|since"
