"""English knowledge for the extractor: word lists and regex fragments, no logic."""

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}

# Nouns that scale the number before them: "two dozen" is 24.
MULTIPLIERS = {"dozen": 12}
# A scale word standing alone for its number: "at least a dozen political prisoners" is 12.
LONE_SCALES = {"a dozen": 12, "half a dozen": 6}
# A plural thousand with no number before ("thousands") is read by no number word: nothing to list.
VAGUE_THOUSANDS: tuple[str, ...] = ()

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}
ORDINAL_STEMS: dict[str, int] = {}
ORDINAL_DIGIT = "st|nd|rd|th"
# English writes no ordinal adverbs ("for the eighth time" is an ordinal and "time").
ORDINAL_ADVERB = ("", "")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Weekday stems matched at a word start; values follow date.weekday() (Monday = 0).
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
                 "tonight": 0, "last night": -1, "the previous day": -1, "a day earlier": -1,
                 "the day before yesterday": -2, "two days earlier": -2, "two days ago": -2}

# Ordered longest first so "more than" wins over a bare "more".
QUALIFIERS = (
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("at least", "at_least"),
    ("more than", "over"), ("upwards of", "over"), ("in excess of", "over"), ("over", "over"),
    ("above", "over"), ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"),
    ("up to", "nearly"), ("just under", "nearly"), ("approximately", "about"), ("roughly", "about"),
    ("an estimated", "about"), ("around", "about"), ("about", "about"), ("some", "about"),
    # "the number freed has exceeded 430": the verb hedges the figure it raises the count past.
    ("exceeded", "over"), ("exceeds", "over"), ("surpassed", "over"), ("topped", "over"),
    # "the total released has now passed 270": a mark passed.
    ("passed", "over"), ("gone past", "over"), ("crossed", "over"),
)

RELEASE = (r"pardon(?:ed|s|ing)?|releas(?:ed|es|e|ing)|freed|frees|set free|walked free|clemency|amnestied"
           r"|(?:transferred|handed over|taken|driven|deported|expelled) to (?:lithuania|ukraine|poland|latvia)"
           # "170 people have already returned to their families": home from prison.
           r"|returned to (?:their|his|her) famil(?:y|ies)"
           r"|let go|deported|expelled|(?:walked|came) out of (?:prison|jail|the colony|a penal colony|the penal colony)"
           # "left the women's colony on Tuesday", "The first to walk out was X".
           r"|left (?:the |a )?(?:[\w'’-]+ )?(?:penal )?(?:colony|prison|jail)|walk(?:ed)? out"
           # "123 political prisoners left Belarus" (not "300,000 people have left Belarus": emigrants are no prisoners).
           r"|(?<=prisoners )(?:have |had )?left (?:belarus|the country)")
# Words that turn a following "release" into a wish: "called for the release of".
DEMAND = (r"call(?:s|ed|ing)? (?:for|on)|demand\w*|urg\w*|push\w* for|seek\w*|sought|campaign\w* for|appeal\w*"
          r"|ask\w*|plead\w*|request\w*|hope\w*|want\w*"
          # A release that may, will or is promised to happen has not happened.
          r"|(?-i:may)|might|could|would|will|must|should|ought to|needs? to|count\w* on|avoid\w*|tried to|try to"
          r"|attempt\w* to|expect\w*(?: \w+)? to|promis\w*|plans? to|planned to|eligible for"
          # "he was ready to pardon another 30": a readiness or a vow, not a release.
          r"|(?:ready|willing|prepared) to|vow\w*|pledg\w*")
# A modal verb before a count makes it a forecast or an offer ("The next list may include 50 political prisoners").
MODAL = r"may|might|could|would"
# "Up to 300 are expected to be freed": a planned or forecast release, whichever side of the verb the word stands.
PLANNED = r"(?:is|are) (?:expected|planned|projected|forecast|set|due) to"
# "the number of political prisoners stands at 1,150"
HELD_BEFORE = (r"political prisoners[^.]{0,40}(?:stands at|stood at|is|are|totals?|reached|remains?|at|to)"
               # "Viasna's list now includes 1,180 political prisoners".
               r"|list (?:now |still )?(?:includes|contains|numbers|has)")
# The list of political prisoners and what it counts ("Viasna's list still includes 1,126 names",
# "у спісе 1 110 імёнаў"): its size is the standing count.
LIST_NOUN = r"list"
LIST_ENTRIES = r"names|entries"
# "The total now stands at 1,126": the subject that sums up what the sentence before counted.
TOTAL_NOUN = r"total|tally|number|figure|count|there are"
# "— this time 16 people": the count of the round the sentence releases.
THIS_TIME = r"this time"
# A standing count told for the present beats one told for a past time ("Today the figure is 1,126").
NOW = r"now|today|currently|at present|as of today|latest"
# "Усі троє досі перебувають в ув'язненні", "All three remain in prison": a group told before, not a count.
ALL_OF = r"all|both"
PEOPLE = (r"people|persons?|individuals|prisoners|inmates|convicts|detainees|belarusians|citizens"
          r"|activists|protesters|opponents|journalists|political prisoners|ukrainians|foreigners|poles|lithuanians"
          r"|latvians|americans|priests")
PEOPLE_FILLER = r"more|other|additional|further|political|jailed|imprisoned|convicted|catholic"
# Words that only total a round ("In total, 23 were pardoned on Saturday") unless a span joins them.
TOTAL_WEAK = r"in all|in total|a total of|total(?:ing|led|s)?|altogether|overall"
ALREADY = r"already|bringing|brings|bring|bringing the total"
CUMULATIVE = (r"so far|to date|by the end of"
              r"|since (?:(?:early|mid-|late|last|this) ?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|the summer|summer"
              r"|autumn|fall|winter|mid-2024|2024|the first|the start|the beginning|then|pardons began|the pardons"
              r"|the releases)(?: (?:of )?(?:last year|2024))?|cumulative"
              r"|(?:including|with|counting) (?:this|the latest|today's|saturday's|the new) (?:group|decree|round|pardon)"
              # "Including these 30, more than 150 have walked free": the round's own count inside a larger one.
              r"|(?:together|along) with those (?:freed|released|pardoned)"
              r"|(?:including|with|counting|together with|along with) (?:these|those|them,?) \d+|between (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:2024|2025) and")
# A superlative before a span ("the largest release so far") ranks one release; it counts none.
SUPERLATIVE = r"largest|biggest|greatest|most significant|highest-profile"
# A span told as a clause after the figure: "..., since he began releasing prisoners".
SPAN_CLAUSE = r"since (?:he|lukashenk\w*|the authorities|minsk|belarus) (?:began|started)"
HELD = (r"holds?|holding|know of|knew of|aware of|remain(?:s|ed)?|still|held|behind bars|in custody|in detention|in prison|counts?|counted|considers?|there are"
        r"|in belarus|estimated?|list of|recogni[sz]ed|recogni[sz]es|jailed|imprisoned|are serving"
        # "1,126 people are currently considered political prisoners": a standing state, unlike "were recognised".
        r"|(?:are|is) (?:currently |now |still )?considered")
NEW = r"new|newly|additional|more|another|added|adds|adding"
# A prison before a word of "new" makes it "still" (no English case: "more" follows the figure).
PRISON_PLACE = ""
# A verb that holds people after an earlier release word: "after the release, 1,150 remain".
REMAIN = r"holds?|holding|remain(?:s|ed)?|counts?|counted|still held|there are|are held|are still|know of|knew of"
# The noun of the standing count itself: "1,167 political prisoners" beats "20 people held incommunicado".
POLITICAL = r"political prisoners?|(?:on|for) political (?:grounds|reasons|charges)|politically motivated"
# Nouns of a whole prisoner count (not "30 journalists", a subset).
PRISONERS = r"political prisoners|prisoners|people|persons|individuals|detainees|inmates"
# Released at the end of a term, not by a pardon.
SERVED = (r"after serving|having served|served (?:their|his|her) (?:full )?(?:sentences?|terms?)"
          r"|completed (?:their|his|her) (?:sentences?|terms?)|end of (?:their|his|her) (?:sentences?|terms?)")
# "along with 13 others": the count leaves out the person just named.
# A release told as background, not as today's news.
# "earlier on Saturday" and "earlier today" are the news itself.
BACKGROUND = (r"recently|(?:days|weeks|months|a day|a week|a month) after|previous|at the time|back then|earlier(?! today| on \w+day| in the day)|previously|last (?:year|month|week)|(?:years?|months?|weeks?) ago"
              r"|that (?:month|year|week|summer|autumn|fall|spring|winter)|(?:the )?last time"
              # "He recalled that on Saturday he had pardoned 23": a speaker's reminder, as "напомнил, что".
              r"|recall(?:ed|s)? that|remind(?:ed|s)? (?:\w+ )?that")
# Told after another event ("Days later, ..."): background when the event before it is.
SEQUEL = r"(?:days|weeks|months|a day|a week|a month|\w+ days) later|later that (?:day|week|month)|then"
# "As a reminder": a reminder of a figure that still holds (a running total) is no sign of the past.
REMINDER = r"as a reminder|recall(?:ed|s)? that|remind(?:ed|s)? (?:\w+ )?that"
# A relative clause in an aside (", whose wife has led ... since 2020,"): its times are its own.
RELATIVE = r"who|whom|whose|which"
# "In September, 52 were released": a month without a day is a past round (a running total may still start there);
# "as in September" only compares.
# "After December's release of 123", "the November pardon": a month naming the round dates it to that month, too.
MONTH_ONLY = (r"(?<!as )in (?:(?:early|mid-|late) ?)?(?:january|february|march|april|june|july|august|september|october|november|december)(?![ ,]+\d{1,2}(?!\d))"
              r"|(?:january|february|march|april|june|july|august|september|october|november|december)(?:'s|’s)?"
              r" (?:release|pardon|round|deal|swap|exchange|decree)s?")
# Counts over a calendar period ("during the month, 48 were freed") are statistics, not a round.
PERIOD = (r"during the (?:month|week|year)|over the (?:past |last )?(?:month|week|year)|in the (?:past|last) (?:month|week)"
          # "Every month Viasna recognises 50 to 60": a rate over every month is a statistic too.
          r"|every (?:month|week)|each (?:month|week)")
# A headline of a periodic review: its rounds are the month's statistics, not news.
# A label line over an opinion piece ("Колонка", "Opinion"): a comment on a round, not its report.
# "nearly 300 people had been pardoned over the past year": releases over a whole year are a running total.
YEAR_SPAN = (r"(?:over|in|during) the (?:past|last) (?:year|12 months|twelve months)"
             # "in more than a year of pardons": a year and more of rounds.
             r"|(?:in|over) (?:more than|over) a year")
OPINION = r"opinion|comment|commentary|analysis|column|op-ed|viewpoint|editorial"
# The author's own voice outside quotes ("in my view", "I believe"): a comment on a round, not its report.
# A disclaimer that sets the author's view apart from the outlet's: the page is a comment piece.
AUTHORS_VIEW = (r"(?:views?|opinions?) expressed|(?:author|writer)['’]s own (?:views?|opinions?)"
                r"|do not necessarily (?:reflect|represent) the (?:views?|position|opinions?) of")
OPINION_VOICE = r"in my (?:view|opinion)|to my mind|i (?:think|believe|would argue|am convinced)"
# The author's own "I" outside quotes: with rhetorical questions, the voice of a column.
FIRST_PERSON = r"i|me|my|myself"
REVIEW = r"review|overview|digest|in numbers|by the numbers|round-?up|monthly|(?:weekly|monthly) (?:report|summary)|chronology|timeline|explainer"
# "on the eve of Independence Day" names no day.
# English has no relative-day word for "the eve of" ("Yesterday the president pardoned 18" is a day).
EVE_OF = ""
# A holiday's name and the clause that dates it ("Independence Day on July 3", "Freedom Day, which falls on March 25"):
# the date after it is the holiday's, never an event's. Read case-sensitively (a holiday's name is capitalised).
HOLIDAY = r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Day|Holiday)|Christmas|Easter"
HOLIDAY_CLAUSE = r"which|that|celebrated|marked|observed|falls?|falling"
# A person said to be free now ("is back home"), for names only.
# "were driven to the Lithuanian border": put outside the country, freed.
FREE_NOW = (r"(?:is|are|was|were|be) (?:now )?free|back home|reunited with|(?:driven|taken|brought|bused) to the (?:\w+ )?border"
            r"|(?:driven|taken|brought|bused|flown) to (?:lithuania|poland|ukraine|latvia|vilnius|warsaw|kyiv)"
            # "Maria Kalesnikava walked out." after "X walked out of prison".
            r"|walked out(?=\s*[.;]|\s*$)"
            # "123 prisoners go free, among them X".
            r"|(?:go|goes|went|gone) free")
# "since July, when 18 people were freed": a past round named as a point in time.
WHEN = r"when"
# "in Belarus 1,150 political prisoners", and "that day" pointing back to a date just told.
IN_COUNTRY = r"in (?:belarus|the country)"
THAT_DAY = r"(?:on )?(?:that|the same) day"
PARTIAL = r"along with|together with|alongside|in addition to|besides"
ARREST = r"arrest(?:ed|s)?|detain(?:ed|s)?|detention of|jailing|jailed|charged|fled|exiled|rounded up"
# Past acts against a person: they say something only of the name right beside them.
SENTENCED = r"sentenced|convicted|arrested|detained|jailed"
DEATH = r"died|deaths?|dead|perished|lost their lives|killed"
SUBCOUNT = r"of (?:them|those|whom|which)|among them|of the (?:pardoned|freed|released)"
# Nationality nouns: "including 14 foreign nationals" is a part of the round, "46 foreign nationals" alone is it.
FOREIGN = r"foreign(?:ers| nationals| citizens)?|citizens of|nationals|citizens"
# "X along with 13 others": the count leaves out the one person just named (the round is 14).
WITH_ONE = r"(?:along|together) with|alongside|and"
# "Statkevich and six more": a name, then the count of the others (the round is 7); read off the text.
AND_MORE = r"and(?: another)?"
# One person named by a noun before "and" and a count: "an American citizen and two Belarusians" are three.
ONE_PERSON = (r"(?:an?|one) (?:[\w-]+ ){0,2}(?:citizen|national|journalist|activist|man|woman|american|pole"
              r"|lithuanian|belarusian|priest)")
# The same noun with no article, right after a release verb in a headline's clipped style: "Belarus frees American,
# two Belarusians" are three.
ONE_PERSON_NOUN = r"(?:u\.?s\.? )?(?:citizen|national|journalist|activist|american|pole|lithuanian|priest|japanese|german)"
# "the more than 1,100 people, who remain behind bars": a relative clause that holds the people counted before it.
WHO_REMAIN = (r"(?:who|that) (?:still |are still )?(?:remain|are held|are kept|are) (?:still )?(?:behind bars"
              r"|in (?:prison|jail|custody|detention))")
# "including 14 foreign nationals": what follows is a part of the figure before it.
INCLUDING = r"including|among them|among whom|of whom|of them|among (?:those|the) (?:released|freed|pardoned)"
WOMEN = r"women|female"
MEN = r"men|male"
CHRONIC = r"chronic(?:ally)?"
DISABLED = r"disab\w*|invalids?|handicap\w*"
OVER_50 = (r"(?:over|above|older than|more than)\s+(?:the\s+age\s+of\s+)?50|aged\s+(?:over\s+)?50"
           r"|50\s+(?:or|and)\s+older")
CHILDREN = r"children|kids|parents|(?:mothers|fathers) of minors"
# Nouns of the children themselves: "маці траіх дзяцей" counts children, not parents.
KIDS = r"(?:(?:minor|young|small|school-age) )?(?:children|kids)"
# Metaphors are no rounds: "a first step", «першым крокам», "a gesture" are not listed.
ROUND_NOUNS = r"round|group|batch|wave|pardon|act|tranche|series|release|decision|decree|move"
ROUND_TIME = r"time"
# "the third such transfer", "the second exchange", "the second group of Ukrainians": an ordinal of the handovers
# of Ukrainians, another series than Belarus's pardon rounds.
TRANSFER_SERIES = r"transfers?|handovers?|exchanges?|swaps?|returns?|ukrainians"
RELEASE_ONGOING = ""
# "the second release in a week", "the third such transfer this year": an ordinal within a span is local.
LOCAL_SPAN = (r"since the (?:start|beginning) of (?:the|this) year|this (?:year|month|week|autumn|fall|spring|summer|winter)|in (?:19|20)\d\d(?!\d)"
              # "the first mass pardon of the year", "of 2026": counted within the year.
              r"|of (?:the|this) (?:new |current )?year|of (?:19|20)\d\d(?!\d)"
              r"|in (?:(?:more than|over|almost|nearly) )?(?:years|months|decades|a decade|\w+ (?:years|months|decades))"
              r"|since (?:the|his|last) \w+|in (?:a|one|the same) (?:month|week|day)"
              r"|in recent (?:days|weeks|months)|within (?:a|one) (?:month|week)"
              # "the second release in less than three weeks", "the first since Trump returned": a span of its own.
              r"|(?:in|within) (?:(?:less than|under|just|only|about|some) )?(?:\w+ )?(?:days|weeks)|since"
              # "the second pardon in January", "under the new US administration": within a month or an administration.
              r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)"
              r"|under (?:the )?(?:[^\W\d]+ ){0,2}administration")
LIST_INTRO = (r"one of (?:them|those (?:freed|released|pardoned))|(?:they|these|those) include|among (?:them|those|the)"
              r"|the (?:group|list) (?:also )?include[sd]?|the others?(?: \w+)? (?:were|are)|among the foreigners"
              r"|one of the first|among the (?:best[- ]known|most prominent|most famous|belarusians)"
              # "The first releases came in July. The best known was X": the best known of the group just told.
              r"|the (?:best[- ]known|most prominent|most famous|most well-known)(?: of them| among them)? (?:was|were|is|are)"
              # "Среди освобождённых — X. Второй белоруской оказалась Y": the next one of the group.
              r"|the (?:second|third|other) (?:\w+ )?(?:was|is)|another (?:belarusian|lithuanian|ukrainian|pole|latvian|foreigner|citizen)"
              r"|they are|the (?:\w+ )?(?:\w+ )?(?:belarusians|prisoners|people|others|men|women) (?:were|have been|are) (?:identified|named) as"
              # "She identified the Belarusians as A and B": the speaker names the group just told.
              r"|(?:[^\W\d]+ ){1,6}(?:identified|named) (?:them|the (?:\w+ )?(?:belarusians|prisoners|people|others|men|women)) as")
# "Удалося пагаварыць са сваякамі аднаго з вызваленых": the next sentence names that one.
ONE_OF = r"one of (?:them|those (?:freed|released|pardoned)|the (?:freed|released|pardoned))"
NEGATED_RELEASE = (r"\bno\b[^.]{0,100}\b(?:have|has|had|were|was) been (?:released|freed|pardoned)"
                   r"|\bnot (?:been |yet )?(?:released|freed|pardoned|among)|absent from|excluded from"
                   r"|did not include|does not include|remain(?:s|ed)? (?:behind bars|in custody|in prison)"
                   # "Andrzej Poczobut was left off the list", "wasn't on it".
                   r"|left off (?:the|this|that) list|missing from (?:the|this|that) list|(?:wasn't|weren't|isn't|aren't) (?:on|in) (?:the|this|that) list|(?:wasn't|weren't) among")
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
               r"|(?<!was )(?<!were )(?<!been )(?<!after )(?<!having )serving (?:a |an |his |her |their )?(?:\d+|[a-z]+)(?:[- ]and[- ]a[- ]half)?[- ]years?")
# "Viasna considers ...", not the imperative "Consider the case of X" that opens an example.
HELD_WEAK = (r"who (?:stayed|remained)|ended up (?:behind bars|in prison|in jail)|arrested|detained|taken into custody|sentenced|convicted|jailed|\bcounts?\b|(?<!\bor )(?<=\w )considers?\b|political prisoners?,? (?:including|among them|such as)|there are"
             r"|\bremain\b|held in (?:pre-trial detention|custody|a penal colony|prison|jail)|awaiting trial")
SPEAKER_VERBS = (r"said|says|told|wrote|writes|added|noted|stated|remarked|explained|commented|tweeted|believes|thinks"
                 r"|confirmed"
                 r"|posted|expressed|welcomed|argued|warned|urged|called|revealed|reported|announced|claimed|estimated")
# "1,100 people, according to Viasna, remain ...": an aside naming the figure's source.
SOURCE_ASIDE = r"according to|as reported by|citing|by the count of|by (?:\w+['’]s )?count"
SPEAKER_BEFORE = r"said|according to|quoted|reported by|as reported by|told|by"
# Titles of people who speak about prisoners rather than being one ("journalist" can be either).
OTHER_TITLES = (r"exiled|in exile|spokes(?:man|woman|person)|president|minister|official|analyst|political scientist"
                r"|commentator|columnist|ombudsman|judge|prosecutor"
                r"|ambassador|envoy|lawmaker|senator"
                # Offices and high clergy who accompany, announce or sign: never the freed themselves.
                r"|nuncio|bishop|archbishop|cardinal|metropolitan|consul|charg[ée] d'affaires|press secretary|diplomat"
                r"|governor|mayor|commissioner|MEP|secretary of state|historian|sociologist"
                # A state channel's presenter who reads out or posts the list of the pardoned.
                r"|presenter|anchor|tv host")
ORG_AFTER = (r"channel|telegram|agency|newspaper|website|outlet|group|center|centre|party|movement"
             r"|service|foundation|committee|tv|radio|news|media|network|leader|leadership")

# Read off the text as written: a relative pronoun of persons after a name ("Masatoshi Nakanishi, who ..."), and
# a citizenship before one ("a citizen of Japan, ..."): they make an unknown name a person's.
# "Rico Krieger, a German citizen": an apposition that makes a person of an unknown name; an age adjective before it
# ("58-year-old Rimantas Žukauskas") does too (CITIZEN_BEFORE).
PERSON_AFTER = r"who|whom|whose|an? (?:[A-Z]\w+ )?(?:citizen|national)"
CITIZEN_BEFORE = (r"citizens?|nationals?|poles?|lithuanians?|latvians?|estonians?|germans?|japanese|americans?|swiss|britons?"
                  r"|swedes?|ukrainians?|frenchm[ae]n|frenchwom[ae]n|\d{1,2}-year-old")
# Capitalised words that start or join names but are not personal names.
NAME_STOP = frozenset("""
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
# A flow of newly recognised prisoners ("recognised as political prisoners — 57"), weaker than a standing count.
RECOGNISED = r"recogni[sz]ed|designated"
# Reporting a release, not wishing it: "could confirm the release".
CONFIRM = r"confirm\w*|verif\w*"
# Words that hand the rest of a sentence to the next person named: "X, whose wife Y remains jailed".
OTHER_SUBJECT = r"whose|while|whereas|his wife|her husband"
# A sentence opening with one of these continues about the person just named.
PRONOUN = r"he|she"
# (English says "She was pardoned": no object pronoun opens such a sentence.)
OBJECT_PRONOUN = ""
# The feminine ones of them, so that "she" does not continue about a man.
FEMININE_PRONOUN = r"she|her"
# The masculine ones: the first of either kind after an ambiguous name tells its gender (see names).
MASCULINE_PRONOUN = r"he|him|his"
# "Ales Pushkin's colleague X": a name in the possessive before one of these points to someone else.
KIN = r"colleague|wife|husband|son|daughter|mother|father|lawyer|friend|cellmate|brother|sister"
# "who had been held incommunicado": held once, not now.
# (Not the present perfect "has had no word from X".)
FORMERLY = r"(?<!has )(?<!have )had been|(?<!has )(?<!have )had|formerly|previously"
# A family member named right after the word for them ("his wife Maryna Adamovich"): a relative, not a prisoner,
# unless the name's own predicate says otherwise ("Her husband Siarhei was freed").
# "у тым ліку гэтага, Ціханоўскага": a demonstrative and a comma before a lone surname point at a person.
DEMONSTRATIVE = r"that one|this one|that man|that woman"
# "— А хто застаўся?": an interview question that asks about people, answered with names.
WHO_ASKS = r"who|whom"
# "identified several of them, including X": a group told before, as the lemma view writes it.
THEM = r"them|those"
# "калі ўбачыў у спісе Ігара Лосіка": the list of the round the sentences before tell.
IN_THE_LIST = r"on the list|in the list"
# "Статкевич лишається за ґратами. Як і Анджей Почобут": a sentence opening so says the same of its person.
LIKEWISE = (r"as (?:is|was|are|were|does|did)|like|with (?:him|her|them) (?:came|went|walked|crossed|were|was)"
            # "The same is true of Maria Kalesnikava": the sentence before's state.
            r"|the same (?:is true|goes|applies|holds) (?:of|for|to)")
# "my husband, X" in a relative's own words: the person is the story's subject, not a relative who speaks.
FIRST_PERSON_POSSESSIVE = r"my|our"
# "among ... — A, ...; B; C": a list's head word, shared by the items after semicolons.
AMONG = r"among"
# Read off the text as written: a couple before two names ("супруги Наталья и Олег М."): they are the people, not kin.
COUPLE = r"spouses|couple|the couple|husband and wife"
# A person's verb that puts them into the group of the freed ("оказался среди освобождённых", "was among the released"):
# the release word after it is still the person's.
MEMBER_OF = r"among|one of|on the list|in the list|in the group|part of|includ\w*|(?:identified|named|listed) as"
KIN_BEFORE = r"wife|husband|son|daughter|mother|father|brother|sister|widow|fianc[ée]e?|relatives?"
# Held again after a release ("was released ... but was detained again the following week").
AGAIN = r"again|re-?arrest\w*|back (?:in|behind|to)"
# Tried in absentia: abroad, neither freed nor held.
ABSENTIA = r"in absentia|special proceedings"
# "in the same case as X": X is named for the case, not for their own state.
SAME_CASE = r"in the same (?:case|trial) as|co-defendant of"
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
           r"|(?:minsk|belarus|lukashenko|the authorities) (?:\w+ )?(?:handed over|gave up)")
# A release wished for the people named ("We need all of them free"): they are still held.
FREE_WISH = (r"(?:need|want|demand|wish|urge)\w* (?:[^\W\d]+ ){0,3}(?:free|freed|released)\b"
             # "keep demanding the freedom of all political prisoners, including X".
             r"|(?:demand|urg|press|push|call)\w* (?:for )?(?:the )?(?:freedom|release) of"
             # "Warsaw still awaits Andrzej Poczobut": the person is waited for, not yet free.
             r"|(?:still|continues? to|keeps?) (?:await\w*|wait\w* for)(?! (?:[^\W\d]+(?:['’]s)? ){0,4}(?:release|freedom)\b)"
             # "Warsaw still awaits Andrzej Poczobut's release": a release waited for has not come.
             r"|(?:await\w*|wait\w* for|hop\w* for) (?:[^\W\d]+(?:['’]s)? ){0,4}(?:release|freedom)\b")
# A political prisoner by title ("political prisoner Viktar Babaryka"): held unless the article says more.
PRISONER_TITLE = r"political prisoners?|prisoners? of conscience"
# "former minister", "ex-prisoner": the title or state was once.
FORMER = r"former|ex-|one-time"
# In a penal colony or prison right now, right after the name ("Andrzej Poczobut — in a colony").
IN_PRISON = r"in (?:a |the )?(?:high-security |penal )?(?:colony|prison|jail|pre-trial detention|detention centre)"
# Restricted freedom at home is no imprisonment ("sentenced to restricted freedom").
RESTRICTED = r"restricted freedom|restriction of freedom|house arrest|home confinement|suspended (?:[\w-]+ ){0,2}(?:sentence|term)"
# "two years with a deferred execution of the sentence": served at home.
RESTRICTED += r"|deferred (?:sentence|execution|enforcement)|(?:sentence|execution|enforcement) (?:was |of the sentence was )?deferred"
# Freed at the end of a term: a release of the person, not a pardon.
SERVED_RELEASE = r"after serving (?:his|her|their) (?:full |entire |whole )?(?:[\w-]+ )?(?:sentence|term)|after serving (?:\w+ ){1,2}(?:years?|months?)|having served (?:his|her|their) (?:full )?(?:sentence|term)"
# "One release does not change the system": a release noun after a number counts no people.
RELEASE_NOUN = r"releases?|pardons?|clemency"
# "Ms Kalesnikava": a courtesy title before a lone surname makes it a name.
HONORIFIC = r"mr|mrs|ms|miss|dr"
# Opening a sentence after several names, these continue about all of them ("Абое ўжо дома").
PLURAL_PRONOUN = r"they|both"

# --- Eleventh round of issue #12: figures ---
# A sentence opening "In addition, two priests were handed over": its count adds to the round told before it.
ADDITION = r"in addition|additionally|besides|on top of (?:that|this|them)|apart from (?:that|this|them)"
# The verb of having, for a trait told before its count: English does not put the trait first.
HAVE = ""

# --- Eleventh round of issue #12: roles ---
# A lead-in that names the group just told ("They were named as A, B and C", "The three have been identified as ...",
# "Among the first was X", "The first to walk out was X"): the names take the group's state.
LIST_INTRO = (LIST_INTRO + r"|(?:they|the (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+))"
              r" (?:were|have been|had been|are) (?:identified|named|listed) as"
              r"|among the first|the first (?:\w+ ){0,3}(?:was|were)")
# An official's report ("as Prosecutor General Andrei Shved reported", "X briefed the president that ..."): who speaks.
SPEAKER_VERBS = SPEAKER_VERBS + r"|briefed|reported to"
SPEAKER_BEFORE = SPEAKER_BEFORE + r"|as (?:\w+ ){0,3}reported|briefed by"
# A Title Case headline's nouns of nationality and trade ("Belarus Frees RFE/RL Journalist Andrey Kuznechyk, American
# Citizen In Surprise Release"): no personal names.
NAME_STOP = NAME_STOP | frozenset("""
citizen citizens national nationals american americans german germans japanese swiss british briton britons
lithuanians latvian latvians estonian estonians pole poles swede swedes journalist journalists activist activists
blogger bloggers lawyer lawyers student students teacher teachers pensioner pensioners anarchist anarchists prisoner
prisoners convict convicts detainee detainees surprise release releases freed frees pardon pardons pardoned
""".split())
# Opening a sentence, the rest of a group counted before ("The other two are Belarusians: A and B", "The remaining five
# were ..."): its names take the counted group's state.
THE_OTHERS = r"the (?:other|remaining) (?:[\w-]+ )?(?:were|are|include[sd]?)|the (?:others|rest) (?:were|are|include[sd]?)"
# Held incommunicado told by who waits for news ("his wife Maryna Adamovich has had no news of him"): of the prisoner,
# not of the relative who says it.
NO_NEWS = r"no word|not been heard|no news|incommunicado"
# (A headline's prepositions and nouns after a name: "..., Japanese Citizen After Talks".)
NAME_STOP = NAME_STOP | frozenset("after before amid over ahead talks deal visit envoy".split())
# "Missing from them is Andrzej Poczobut", "not on those lists": left out of the lists of the freed.
NEGATED_RELEASE = NEGATED_RELEASE + r"|missing from (?:them|the lists?|those lists?|these lists?)|not on (?:the|those|these) lists?"
# A new criminal case against one pardoned before ("a new criminal case against X, who was pardoned in 2024"):
# prosecuted again, held by the case's date.
HELD_WEAK = HELD_WEAK + r"|new (?:criminal )?(?:case|charges) (?:against|brought against)"

# --- Twelfth round of issue #12, figures ---
# "As of 30 September, 1,179 people were considered political prisoners": the standing count of a day, told in the
# past with no holding verb of the lists above.
REMAIN = REMAIN + r"|(?:are|were|is|was) (?:\w+ )?considered"
HELD = HELD + r"|(?:were|was) (?:\w+ )?considered"
# "the country currently has 1,275 political prisoners": the country holds the standing count.
IN_COUNTRY = IN_COUNTRY + r"|(?:belarus|the country) (?:currently |now |still )?(?:has|holds)"
# "the second release in less than a week": a span of its own under a week or a month.
LOCAL_SPAN = LOCAL_SPAN + r"|(?:in|within) (?:less than|under|just under|barely) (?:a|one) (?:day|week|month|fortnight)"
# "the second group freed this summer" in 2024: the season (or year) the pardons began in spans the whole series.
SERIES_SEASON = r"this (?:year|summer)"

# --- Twelfth round of issue #12 (lead): a person's state in the words outlets use for it ---
# "regained his freedom", "X is also free"; "continues to serve a 14-year term", "is in a prison hospital".
RELEASE = RELEASE + r"|regain(?:ed|s)? (?:his|her|their) (?:freedom|liberty)"
FREE_NOW = FREE_NOW + r"|(?:is|are|was|were) (?:also|already|finally) free\b"
HELD_STRONG = (HELD_STRONG + r"|continu(?:es|ed|ing|e) to serve|(?:is|are) (?:now |still )?in (?:a |the )?prison"
               r" (?:hospital|infirmary)")
# A stay in prison told as finished ("who spent more than five years behind bars", "the Nobel laureate who spent more
# than four years in a colony"): a prisoner freed since (not "has spent" or "already spent", still there).
SERVED_RELEASE = SERVED_RELEASE + (r"|(?<!has )(?<!have )(?<!already )spent (?!already)(?:more than |over |almost |nearly |about |some )?"
                                   r"(?:[\w-]+ ){0,3}(?:years?|months?) (?:behind bars|(?:in|behind) (?:a |the )?(?:[\w-]+ )?"
                                   r"(?:colony|prison|jail|bars|custody|penal colonies))")
# "Six days after his release, X said": the release is the time of the speaker's own clause.
AFTER_EVENT = r"after(?: (?:his|her|their))?|since(?: (?:his|her|their))?"
# "X, who was arrested in 2020, was one of them": a member of the group the sentences before tell.
IN_THEIR_NUMBER = r"one of them"

# --- Twelfth round of issue #12: roles ---
# A "then" that points back at the time told before it ("at the time", "back then", "that month"): the paragraph's date.
THEN = r"at the time|back then|that (?:month|year|week|summer|autumn|fall|spring|winter)"
# A preposition right before a name makes it the object of what stands before ("the president dwelt on X"), so an office
# before that is someone else's, not the name's title.
NAME_PREPOSITION = r"on|about|with|to|for|from|by|of|against"
# Any form of "he" or "she" inside a sentence ("the court sentenced him", "his hunger strikes"): the sentence is about the
# person named before, and the story of them goes on after it.
THIRD_PERSON = r"him|his|her"
# A stay told as a closed span of the past ("was held incommunicado for long periods", "were kept in solitary confinement
# for months"): history, not the state now.
PAST_SPAN = (r"(?:was|were) (?:[\w-]+ ){0,3}?(?:held|kept|detained|imprisoned|jailed)(?: [\w-]+){0,4}? for (?:long periods"
             r"|(?:over |more than |almost |nearly |about )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many"
             r"|\d+) (?:years?|months?|weeks?|days?)|years|months|weeks)")
# One who refused to get off the bus at the border ("refused to get off the bus on the Lithuanian side") stayed a
# prisoner, as one who refused to leave.
HELD_STRONG = HELD_STRONG + r"|refus(?:ed|es|ing) to (?:get|step) (?:off|out of) the bus"

# --- Thirteenth round of issue #12 (lead) ---
# "called for Maria Kalesnikava to be freed", "urged Minsk to release X": the person named inside the wish is held.
FREE_WISH = FREE_WISH + (r"|(?:call|press|push)\w* (?:for|on) (?:[^\W\d]+ ){1,4}to be (?:freed|released|pardoned)\b"
                         r"|urg\w* (?:[^\W\d]+ ){1,3}to (?:free|release|pardon)\b")
# "Among the 16 pardoned there was no X", "there was no X among those freed": left off the round.
NEGATED_RELEASE = NEGATED_RELEASE + (r"|among (?:the |those )?(?:\d+ |[^\W\d]+ )?(?:pardoned|released|freed)"
                                     r"(?: \w+){0,3}?,? there (?:was|were) no"
                                     r"|there (?:was|were) no (?=(?:[^\W\d]+ ){1,3}among (?:the|those) (?:\d+ )?"
                                     r"(?:pardoned|released|freed))")
# "was supposed to be released in May", "is due to walk free in 2029": a release planned, not one that happened.
DEMAND = DEMAND + r"|supposed to|(?:due|set|scheduled) to (?:be|walk)"
# "is due to walk free", "could walk free": the infinitive, a release whose modal before it decides (see DEMAND). (Not
# the headline's present, "37 political prisoners walk free", which the body may tell as terms served.)
RELEASE = RELEASE + r"|(?<=to )walk free"
# "Viasna lists 1,110 political prisoners", "Activists have documented 1,090 political prisoners": the standing count,
# told with a verb of counting in the present or the perfect ("the 16 people listed in the decree" are no count).
COUNTING = r"lists|tall(?:y|ies)|documents|(?:has|have) (?:\w+ )?(?:listed|tallied|documented)"
HELD = HELD + "|" + COUNTING
REMAIN = REMAIN + "|" + COUNTING
# A section heading on its own line: "Left behind", "Remaining in custody", "Now free".
HELD_STRONG = HELD_STRONG + (r"|^\W*(?:those |the ones |who (?:was|were|is|are) )?left behind\W*$"
                             r"|remaining (?:behind bars|in (?:custody|prison|jail|detention|(?:a |the )?(?:penal )?colony))")
FREE_NOW = FREE_NOW + r"|^\W*(?:now|already) free\b"

# --- Thirteenth round: the article's frame tells the state ---
# A letter or a call from prison ("In a letter from the colony, X wrote", "X wrote from his cell"): the writer is held.
FROM_PRISON = (r"(?:letters?|notes?|messages?|wrote|writes|writing|written|called|phoned) from (?:a |the |his |her |their )?"
               r"(?:[\w-]+ )?(?:penal colony|colony|prison|jail|cell|detention centre|pre-trial detention)")
# A lead-in's own words for the profiles that follow it ("Here are some of those who remain in prison.", "Below are ...").
LEAD_IN = r"here (?:are|is)|here's|below|these are|this is who|the following|meet|who they are"
# "Everyone on this list is still serving a sentence": a line about the list below tells its people's state.
LEAD_IN = LEAD_IN + r"|(?:on|in) (?:this|the following) list"

# --- Thirteenth round of issue #12: people ---
# Words right before a name that make it a namesake, not a person of the story ("named after Andrei Sakharov", "the
# late Vitold Ashurak"); read off the text.
EPONYM_BEFORE = r"named (?:after|for)|in memory of|in honou?r of|the late"
# Places named after a person end the name ("the Andrei Sakharov Prize", "Kastus Kalinouski Street").
ORG_AFTER = ORG_AFTER + r"|prize|award|street|avenue|square|fellowship|scholarship|museum|library|university"
# Another country's prisons opening the name's clause ("In Russia, X remains behind bars"): that country's prisoner,
# in neither list of Belarus's.
OTHER_COUNTRY = (r"in (?:russia|russian (?:prisons?|colon(?:y|ies)|jails?)|azerbaijan|baku|iran|tehran|china|venezuela"
                 r"|georgia|tbilisi|turkmenistan|tajikistan|nicaragua|cuba|occupied crimea|crimea)")

# --- Thirteenth round of issue #12: figures ---
# Lone scale words that say "about so many" ("about a dozen prisoners were freed"): a standing count may be told so,
# never a round's size or make-up ("полтора десятка" stays fifteen).
APPROXIMATE_SCALES = ("a dozen", "half a dozen")
# A death numbered by an ordinal before it, as written ("девятая смерть", "the ninth death"): deaths in custody so far.
DEATH_NOUN = r"death(?!\s+(?:penalty|sentence|row))"
# A running total that rose to the figure ("the number freed since July now stands at 354", "кількість звільнених
# зросла до 354"), besides the words every language shares (`verbs.TOTAL_TO`).
RISEN_TO = r"stands? at|stood at|now at|climbed to|increased to|has grown to|went up to"
# A calendar year's releases ("За 2025 год Лукашэнка памілаваў больш за 300"): a statistic of that year, not a round.
PERIOD = PERIOD + r"|" + r"(?:during|throughout) (?:19|20)\d\d"

# --- Thirteenth round of issue #12: roles (second pass) ---
# Membership of the group just told, with the name first ("X was also in the convoy", "Y was on the bus as well"); a
# group needs "also" ("was in the group that organised the march" is another group).
FREE_NOW = (FREE_NOW + r"|(?:was|were) (?:also )?(?:in|on) the (?:same )?(?:convoy|bus|minibus|plane|flight)\b"
            r"|(?:was|were) also (?:in|among) the (?:same )?group\b")
# Freedom received ("gained his freedom"); a section's heading ("Who got out"), read alone.
RELEASE = RELEASE + r"|gain(?:ed|s)? (?:his|her|their) (?:freedom|liberty)"
FREE_NOW = FREE_NOW + r"|^\W*who (?:got out|was freed|were freed|walked free|is free|are free)\W*$"
# A relative pronoun that is not its clause's subject ("Losik, whom Znak mentions in the letter, ..."): the name after
# it is the clause's own subject.
RELATIVE_OBLIQUE = r"whom|(?:of|about|with|for|to) whom"
# Held, in other words: a year of the term under way ("is in his fifth year of an eight-year term"), a colony named by
# its place ("is still in the Homel colony").
HELD_STRONG = (HELD_STRONG + r"|(?:is|are) (?:now |still )?in (?:his|her|their) [\w-]+ year (?:of|in|behind)\b"
               r"|(?:now|still|currently) in (?:a |the )?(?:[A-Z][\w-]+ ){1,2}(?:colony|prison|jail)\b")
# "Both" standing for the last two people named ("Both are still there").
BOTH = r"both(?: of them)?"
# Home already ("They are already home").
FREE_NOW = FREE_NOW + r"|(?:is|are|was|were) (?:already|now|finally|safely) (?:back )?home\b"
# Stayed in prison ("Mikalai Statkevich stayed in the colony").
HELD_STRONG = HELD_STRONG + r"|(?:stayed|remained) (?:behind )?in (?:a |the )?(?:[\w-]+ )?(?:colony|prison|jail)\b"
# "refuses to write a petition for a pardon", "a plea for clemency": a pardon asked for, or not, has not been given.
DEMAND = DEMAND + r"|petition\w*(?: \w+)? for|plea\w* for"

# --- Thirteenth round of issue #12: recognition ---
# An adjective or a participle that may open a sentence right before a name ("Former journalist", "Freed Ihar Losik
# said"): no surname of the name after it.
ATTRIBUTE_WORD = r"former|freed|released|pardoned|jailed|imprisoned|exiled|renowned|prominent|veteran|late"
# An outlet right before a trade is the person's employer ("Andrzej Poczobut, Gazeta Wyborcza correspondent in Hrodna"):
# two capitalised words before these are no person's name.
ORG_AFTER = ORG_AFTER + r"|correspondents?|journalists?|reporters?|editors?|columnists?|contributors?"

# --- Thirteenth round of issue #12: figures, second pass ---
# "A year after he was freed in the group of 14": a time after a release opening the sentence (read with the person
# freed, `OWN_PRONOUN`) makes the group's count the background of a later story, not a round.
TIME_AFTER = (r"(?:a|one|two|three|four|five|six|several|a few|\w+) (?:years?|months?|weeks?|days?)"
              r"(?: and a half)? (?:after|since)")
OWN_PRONOUN = r"he|she|they|i|we"
# "1,127 people are held, even after several rounds of releases": the release is conceded, not the count's.
DESPITE = r"even after|despite|in spite of|notwithstanding"

# --- Thirteenth round: people, third pass ---
# "now transferred to a colony in Homel", "moved to the penal colony": moved from one prison to another, still held.
HELD_STRONG = HELD_STRONG + r"|(?:transferred|moved|sent) to (?:a |the )?(?:[\w-]+ ){0,2}(?:colony|prison|jail)\b"
# A member named out of the group just told ("political prisoners in Russian jails, including the journalist X").
NAMED_FROM_GROUP = r"including|notably|among them|such as|in particular"
# "Both are taken back to the detention centre", "led back to his cell": returned to custody after a hearing, held.
HELD_STRONG = HELD_STRONG + (r"|(?:taken|led|sent|returned|driven) back to (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,2}"
                             r"(?:detention cent(?:re|er)|remand prison|pre-trial (?:prison|detention)|jail|prison|colony|cell)s?\b")
# "she has five more years to serve", "still has three years left to serve": a term still running, held.
HELD_STRONG = HELD_STRONG + r"|(?:has|have) (?:[\w-]+ ){1,4}(?:more |left )?(?:years?|months?) (?:left |still )?to serve\b"
# "learnt that her name was not on it", "his name was missing from the list": left out of the list of the freed, held.
HELD_STRONG = HELD_STRONG + (r"|(?:his|her|their) names? (?:was|were|is|are) (?:not|never) (?:on|in|among) (?:it|them|the lists?)\b"
                             r"|(?:his|her|their) names? (?:was|were|is|are) missing from (?:it|the lists?)\b")
# "got six years in a colony", "was given five years in prison": a term given, a past sentence.
HELD_WEAK = HELD_WEAK + r"|(?:got|received|was given|were given) (?:[\w-]+ ){1,3}years? (?:in (?:a |the )?(?:colony|prison|jail)|of (?:prison|jail))"
SENTENCED = SENTENCED + r"|(?:got|received|was given|were given) (?:[\w-]+ ){1,3}years?"

# --- Fourteenth round: figures ---
# "the first such release in almost four years": a gap of years before the release the ordinal numbers.
YEARS_GAP = (r"in (?:(?:more than|over|almost|nearly|about|close to|the past|the last) )?(?:\S+ )?"
             r"(?:years|decades|a decade)")
# "Source: Belarus news digest | 2 July 2025": the label of a masthead field that names the outlet.
OUTLET_LABEL = r"source|via|from|published by|credit"
# "Some of those freed have disabilities — there are three of them": the words between a trait's dash and its count.
THEIR_NUMBER = r"there (?:are|were)|they (?:are|were|number|numbered)|in all|their number is|numbering"
# "Viasna said ... from Homel": the country's own rights group or towns name Belarus where the page does not.
BELARUS_NAMED = (r"viasna|homiel|homel|gomel|hrodna|grodno|vitebsk|viciebsk|mahilyow|mogilev|babruisk|bobruisk"
                 r"|zhodzina|zhodino|akrestsin\w*|okrestin\w*|navapolatsk|novopolotsk|salihorsk|soligorsk")
# "Ukraine brought home 84 prisoners of war from Russian captivity": a return from war captivity, no pardon round.
WAR_CAPTIVITY = r"prisoners? of war|pows?|war captives|russian captivity|captivity in russia"
# "Ukraine's coordination staff for prisoners of war said": the office that announces transfers of civilians too.
CAPTIVITY_OFFICE = r"staff|headquarters|hq|centre|center|ombudsman"
# "52 prisoners were taken out of Belarusian colonies and driven to the border": moved out of prison, freed (unless
# moved into another: "taken out of the colony and moved to a prison in Mahilyow").
_INTO_PRISON = r"(?!.*(?:to|into) (?:[^\W\d]+ ){0,2}(?:prison|colony|jail|detention|pre-trial))"
RELEASE = RELEASE + r"|taken out of (?:[^\W\d]+ ){0,2}(?:prisons?|colon(?:y|ies)|jails?)" + _INTO_PRISON
# "one year after his release": the units of a time long enough that the release it follows is no news.
LONG_TIME = r"years?|months?|decades?"

# "The pardon left many prisoners behind bars, including X": the ones left inside are held.
HELD_STRONG = HELD_STRONG + (r"|(?:left|leaves|leave|leaving) (?:[\w'’-]+ ){0,8}(?:behind bars|in (?:prison|jail|custody"
                             r"|detention|the colonies|colonies))")
# "X remains one of the best-known prisoners": still one of those inside.
HELD_STRONG = HELD_STRONG + r"|remain(?:s|ed)? (?:one|among) (?:of )?(?:the )?(?:[\w'’-]+ ){0,4}(?:prisoners|inmates|detainees)"
# "X, who was sentenced together with Y": Y is named for the case, the sentence tells nothing of Y now.
SAME_CASE = SAME_CASE + r"|(?:sentenced|convicted|tried|jailed) (?:[\w-]+ ){0,3}(?:together|along) with"

# Fourteenth round (released, speakers and other names).
# Another name of the person just named: "Katsiaryna Andreyeva, also known as Katsiaryna Bakhvalava", "— people also
# know her as ...". (Matched on the text as written.)
ALSO_KNOWN_AS = (r"(?:also|better|widely) known as|known also as|(?:people|many|some|readers) (?:also |may )?know (?:him|her) as"
                 r"|a\.?k\.?a\.?|(?:his|her) (?:other|real|legal|maiden|former) (?:sur)?name (?:is|was)")
# A trade or role that stands for the person just named when it opens the next sentence ("The analyst walked free");
# English shows no gender.
TRADE = (r"journalist|reporter|blogger|activist|analyst|political scientist|politician|anarchist|lawyer|(?:human )?rights"
         r" (?:defender|activist)|opposition (?:figure|politician|leader|activist)|musician|artist|writer|poet|student|teacher"
         r"|doctor|priest|pensioner|philosopher|economist|trade unionist|photographer|editor|volunteer|entrepreneur"
         r"|businessman|businesswoman|veteran")
FEMININE_TRADE = r"businesswoman"
MASCULINE_TRADE = r"businessman"
# The others a clause after the name is about ("X signs postcards for those who stayed behind bars"): what it tells is
# theirs, not the name's ("one of those who" and "among those who" name the person's own group).
FOR_THOSE_WHO = r"(?:for|to|with|about) (?:all )?(?:those|the ones|the others) (?:who|still|left)"

# Fourteenth round (people, from blind24).
# "Nor was X released", "Neither were X and Y freed": the negation inverted before the subject negates the release
# after it.
INVERTED_NEGATION = r"(?:nor|neither) (?:was|were|is|are|has|have|had|did|does)"
# A release after "until" is a time limit, not a negation (see until): "until he is freed", "until they were released".
UNTIL = r"(?:until|till)(?:\s+[^\W\d]+){0,4}?"
# "X is still not free", "was not on it" (the list the sentence before names): not freed, held.
NEGATED_RELEASE = NEGATED_RELEASE + (r"|(?:is|are|was|were) (?:still |yet )?not (?:yet )?free\b(?! to)"
                                     r"|(?:wasn't|weren't|was not|were not|did not make it|didn't make it) (?:on|onto|into) it\b")
# A place before a trade that opens a sentence ("The Brest activist was freed"): a capitalised word after "the" (not
# "Another journalist").
TRADE_PLACE = r"(?<=the )(?-i:[A-Z])[\w'’]+(?:-based|-born)?"
# "As X stressed, ...": the speaker of what follows (see speakers.is_speaker).
AS_SAID = r"as"

# A holiday met or spent in prison, now or to come ("Both will spend Christmas behind bars", "she marks her birthday in
# the colony"): the person is held (the past "spent", "celebrated" is no state now).
HOLIDAY_INSIDE = (r"(?:spend|spends|spending|celebrate|celebrates|celebrating|mark|marks|marking|see in|sees in|meet|meets)"
                  r"\s+(?:[\w'’-]+\s+){0,2}?(?:christmas|new year|easter|holidays?|birthday)(?:'s|’s)?"
                  r"(?:\s+[\w'’-]+){0,3}?\s+(?:behind bars|in (?:a |the )?(?:penal )?(?:colony|prison|jail))")
HELD_STRONG = HELD_STRONG + "|" + HOLIDAY_INSIDE

# --- Fourteenth round: figures, from blind24–25 ---
# "more than 250 political prisoners have been freed this way": the releases of a practice told before, all of them.
THIS_WAY = r"(?:in )?(?:this|that|such a|the same) way|like this|in this manner"
# "40 political prisoners were moved to a prison in Mahilyow": people moved between prisons, not a count of those held.
MOVED = r"moved|transferred|transported|taken to|sent to another"
# The words that may stand between a subject and its verb: the agreement of a name with its verb is read
# for Russian and Ukrainian only (names.py), so none here.
BEFORE_VERB = ""

# Fifteenth round (people, from blind26–27)
# "Lukashenko is open to releasing X", "is considering a pardon for": a release allowed as possible has not happened.
DEMAND = DEMAND + r"|open to|consider\w*|contemplat\w*"
# "He is in the colony in Navapolatsk": the present "is" with a prison place (not only "prison" or "jail").
HELD_STRONG = HELD_STRONG + r"|(?:is|are) (?:currently |still |now )?in (?:a |the )?(?:high-security |penal |strict-regime )?(?:colony|pre-trial detention|detention centre)"
# "The Gazeta Wyborcza correspondent, ..., remains in a penal colony": more trades, and a two-word outlet before one.
TRADE = TRADE + r"|correspondent|columnist|cameraman|camerawoman"
TRADE_PLACE = r"(?<=the )(?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)?(?:-based|-born)?"
# "the journalist imprisoned in Belarus", "the incarcerated activist X": an attribute that says the person is in prison
# (a release told of them still comes later; not "formerly imprisoned").
HELD_WEAK = HELD_WEAK + r"|(?<!formerly )(?<!previously )(?<!once )(?:imprisoned|incarcerated)"
# "Warsaw called on Minsk to free him", "urged Belarus to release X": the release asked of someone has not happened.
FREE_WISH = FREE_WISH + r"|(?:call\w* on|urg\w*|ask\w*|press\w*) (?:[^\W\d]+ ){1,3}to (?:free|release|pardon)\b"
# "who has now spent six years behind bars", "has so far spent": a stay still going on, held (the freed "spent" it).
HELD_STRONG = HELD_STRONG + r"|(?:has|have) (?:now|so far|by now|already) spent (?:more than |over |almost |nearly |about |some )?[\w-]+ (?:[\w-]+ )?(?:years?|months?) (?:behind bars|in (?:prison|jail|custody|(?:a |the )?(?:penal )?colony))"
# "those who crossed the Ukrainian border": the border named by the country's adjective, crossed out of Belarus.
ARRIVED = ARRIVED + r"|(?<!not )crossed the (?:lithuanian|polish|ukrainian|latvian) border"
# "the colony still holds rights defender X", "they are still keeping X": "still" with a verb of keeping holds its object.
HELD_STRONG = HELD_STRONG + r"|still (?:holds|keeps|holding|keeping)\b"
