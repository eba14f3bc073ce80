"""English knowledge for the extractor: word lists and regex fragments, no logic.

This module holds what an event says: numbers, ordinals, dates, release and transfer words, rounds, standing counts,
the make-up of a round, time told as background, and what makes a page relevant. Who the people are
lives in `lang_en_people`; lexicon.py reads the two as one table.
"""

# --- Numbers ---
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
# Lone scale words that say "about so many" ("about a dozen prisoners were freed"): a standing count may be told so,
# never a round's size or make-up ("полтора десятка" stays fifteen).
APPROXIMATE_SCALES = ("a dozen", "half a dozen")
# A plural thousand with no number before ("thousands") is read by no number word: nothing to list.
VAGUE_THOUSANDS: tuple[str, ...] = ()
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

# --- Ordinals ---
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

# --- Dates and days ---
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
# "on the eve of Independence Day" names no day.
# English has no relative-day word for "the eve of" ("Yesterday the president pardoned 18" is a day).
EVE_OF = ""
# A holiday's name and the clause that dates it ("Independence Day on July 3", "Freedom Day, which falls on March 25"):
# the date after it is the holiday's, never an event's. Read case-sensitively (a holiday's name is capitalised).
HOLIDAY = r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Day|Holiday)|Christmas|Easter"
HOLIDAY_CLAUSE = r"which|that|celebrated|marked|observed|falls?|falling"
THAT_DAY = r"(?:on )?(?:that|the same) day"
# "since July, when 18 people were freed": a past round named as a point in time.
WHEN = r"when"

# --- Releases, transfers and their opposites ---
# "52 prisoners were taken out of Belarusian colonies and driven to the border": moved out of prison, freed (unless
# moved into another: "taken out of the colony and moved to a prison in Mahilyow").
_INTO_PRISON = r"(?!.*(?:to|into) (?:[^\W\d]+ ){0,2}(?:prison|colony|jail|detention|pre-trial))"
RELEASE = (r"pardon(?:ed|s|ing)?|releas(?:ed|es|e|ing)|freed|frees|set free|walked free|clemency|amnestied"
           r"|(?:transferred|handed over|taken|driven|deported|expelled) to (?:lithuania|ukraine|poland|latvia)"
           # "170 people have already returned to their families": home from prison.
           r"|returned to (?:their|his|her) famil(?:y|ies)"
           r"|let go|deported|expelled|(?:walked|came) out of (?:prison|jail|the colony|a penal colony|the penal colony)"
           # "left the women's colony on Tuesday", "The first to walk out was X".
           r"|left (?:the |a )?(?:[\w'’-]+ )?(?:penal )?(?:colony|prison|jail)|walk(?:ed)? out"
           # "was let out of the women's colony in Homel": as "выпустили из колонии", "выпусцілі з калоніі".
           r"|let out of (?:the |a )?(?:[\w'’-]+ )?(?:penal )?(?:colony|prison|jail)"
           # "123 political prisoners left Belarus" (not "300,000 people have left Belarus": emigrants are no prisoners).
           r"|(?<=prisoners )(?:have |had )?left (?:belarus|the country)"
           # "regained his freedom", "X is also free"; "continues to serve a 14-year term", "is in a prison hospital".
           r"|regain(?:ed|s)? (?:his|her|their) (?:freedom|liberty)"
           # "is due to walk free", "could walk free": the infinitive, a release whose modal before it decides (see DEMAND). (Not
           # the headline's present, "37 political prisoners walk free", which the body may tell as terms served.)
           r"|(?<=to )walk free"
           # Freedom received ("gained his freedom"); a section's heading ("Who got out"), read alone.
           r"|gain(?:ed|s)? (?:his|her|their) (?:freedom|liberty)"
           + r"|taken out of (?:[^\W\d]+ ){0,2}(?:prisons?|colon(?:y|ies)|jails?)" + _INTO_PRISON
           # "Also out is teacher X, who was convicted in 2022", "Also walked out: X": out of prison, with "also" after a release
           # told before it.
           + r"|also (?:walked |came |got )?out (?:is|was|are|were|of prison)\b|also (?:walked|came|got) out\b(?! of the bus)"
           # "the authorities let 18 political prisoners go", "the regime set 14 people free": the verb and its particle hold
           # the people between them; the verb is the release when the particle follows within a few words.
           r"|(?:let|lets|letting|set|sets|setting)(?= (?:[\w,'’-]+ ){1,6}(?:go(?!\w| ahead| on)|free(?!\w)))")
# "One release does not change the system": a release noun after a number counts no people.
RELEASE_NOUN = r"releases?|pardons?|clemency"
# Reporting a release, not wishing it: "could confirm the release".
CONFIRM = r"confirm\w*|verif\w*"
RELEASE_ONGOING = ""
# "the third such transfer", "the second exchange", "the second group of Ukrainians": an ordinal of the handovers
# of Ukrainians, another series than Belarus's pardon rounds.
TRANSFER_SERIES = r"transfers?|handovers?|exchanges?|swaps?|returns?|ukrainians"
# "40 political prisoners were moved to a prison in Mahilyow": people moved between prisons, not a count of those held.
MOVED = r"moved|transferred|transported|taken to|sent to another"
# "more than 250 political prisoners have been freed this way": the releases of a practice told before, all of them.
THIS_WAY = r"(?:in )?(?:this|that|such a|the same) way|like this|in this manner"
# Released at the end of a term, not by a pardon.
SERVED = (r"after serving|having served|served (?:their|his|her) (?:full )?(?:sentences?|terms?)"
          r"|completed (?:their|his|her) (?:sentences?|terms?)|end of (?:their|his|her) (?:sentences?|terms?)"
          # The whole term told as served, day by day or year by year ("served every single day of his four years", "served
          # all five years of her sentence"): out at its end, no pardon.
          r"|(?<!has )(?<!have )served (?:every (?:single )?day of |each day of |all |the whole of )(?:their |his |her )?"
          r"(?:[\w-]+ ){0,2}?(?:years?|sentences?|terms?)")
# A release after "until" is a time limit, not a negation (see until): "until he is freed", "until they were released".
UNTIL = r"(?:until|till)(?:\s+[^\W\d]+){0,4}?"
# A release that was due, after the release it follows ("freed he was to be in February"): rare in English word order.
DUE = r"was due|were due|was to|were to"
# A release or a term that was due and did not come: "was due to walk free in February, but ...", "who was to serve
# seven more years was driven to Lithuania". Only the past: "is due to serve another year" is held.
DUE_PAST = r"(?:was|were|had been) (?:due|supposed|meant|set) to|(?:was|were) to"
# Words that turn a following "release" into a wish: "called for the release of".
DEMAND = (r"call(?:s|ed|ing)? (?:for|on)|demand\w*|urg\w*|push\w* for|seek\w*|sought|campaign\w* for|appeal\w*"
          r"|ask\w*|plead\w*|request\w*|hope\w*|want\w*"
          # A release that may, will or is promised to happen has not happened.
          r"|(?-i:may)|might|could|would|will|must|should|ought to|needs? to|count\w* on|avoid\w*|tried to|try to"
          r"|attempt\w* to|expect\w*(?: \w+)? to|promis\w*|plans? to|planned to|eligible for"
          # "he was ready to pardon another 30": a readiness or a vow, not a release.
          r"|(?:ready|willing|prepared) to|vow\w*|pledg\w*"
          # "was supposed to be released in May", "is due to walk free in 2029": a release planned, not one that happened.
          r"|supposed to|(?:due|set|scheduled) to (?:be|walk)"
          # "refuses to write a petition for a pardon", "a plea for clemency": a pardon asked for, or not, has not been given.
          r"|petition\w*(?: \w+)? for|plea\w* for"
          # "Warsaw presses Minsk for his release", "insists on the release of X", "the pardon the authorities require": a release
          # pressed for or set as a condition has not happened.
          r"|press(?:es|ed|ing)|insist\w* on|lobb(?:y|ies|ied|ying)(?: for)?|requir(?:e|es|ed|ing)|(?:before|without) any"
          # "Lukashenko is open to releasing X", "is considering a pardon for": a release allowed as possible has not happened.
          r"|open to|consider\w*|contemplat\w*"
          # "knows when pardons are usually announced": a release told as a habit is no release of anyone named.
          r"|usually|typically|as a rule")
# A modal verb before a count makes it a forecast or an offer ("The next list may include 50 political prisoners").
MODAL = r"may|might|could|would"
# "Up to 300 are expected to be freed": a planned or forecast release, whichever side of the verb the word stands.
PLANNED = r"(?:is|are) (?:expected|planned|projected|forecast|set|due) to"
ARREST = r"arrest(?:ed|s)?|detain(?:ed|s)?|detention of|jailing|jailed|charged|fled|exiled|rounded up"
DEATH = r"died|deaths?|dead|perished|lost their lives|killed"
# A death numbered by an ordinal before it, as written ("девятая смерть", "the ninth death"): deaths in custody so far.
DEATH_NOUN = r"death(?!\s+(?:penalty|sentence|row))"
# "Ukraine brought home 84 prisoners of war from Russian captivity": a return from war captivity, no pardon round.
WAR_CAPTIVITY = r"prisoners? of war|pows?|war captives|russian captivity|captivity in russia"
# "Ukraine's coordination staff for prisoners of war said": the office that announces transfers of civilians too.
CAPTIVITY_OFFICE = r"staff|headquarters|hq|centre|center|ombudsman"

# --- Rounds ---
# Metaphors are no rounds: "a first step", «першым крокам», "a gesture" are not listed.
ROUND_NOUNS = r"round|group|batch|wave|pardon|act|tranche|series|release|decision|decree|move"
ROUND_TIME = r"time"
# "more than 100 walked free in the four rounds", "over three waves": a count told over several releases sums them
# (a group or batch may be a part of one round: "freed 37 in two groups" is one release).
OVER_ROUNDS = r"in|over|across|during|throughout"
SERIES_NOUNS = r"rounds|waves|pardons|tranches|decrees|releases"
# "— this time 16 people": the count of the round the sentence releases.
THIS_TIME = r"this time"
# "the second group freed this summer" in 2024: the season (or year) the pardons began in spans the whole series.
SERIES_SEASON = r"this (?:year|summer)"
# A superlative before a span ("the largest release so far") ranks one release; it counts none.
SUPERLATIVE = r"largest|biggest|greatest|most significant|highest-profile"
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
              r"|under (?:the )?(?:[^\W\d]+ ){0,2}administration"
              # "the second release in less than a week": a span of its own under a week or a month.
              r"|(?:in|within) (?:less than|under|just under|barely) (?:a|one) (?:day|week|month|fortnight)")
# "the first such release in almost four years": a gap of years before the release the ordinal numbers.
YEARS_GAP = (r"in (?:(?:more than|over|almost|nearly|about|close to|the past|the last) )?(?:\S+ )?"
             r"(?:years|decades|a decade)")

# --- Standing counts and running totals ---
PEOPLE = (r"people|persons?|individuals|prisoners|inmates|convicts|detainees|belarusians|citizens"
          r"|activists|protesters|opponents|journalists|political prisoners|ukrainians|foreigners|poles|lithuanians"
          r"|latvians|americans|priests")
PEOPLE_FILLER = r"more|other|additional|further|political|jailed|imprisoned|convicted|catholic"
# Nouns of a whole prisoner count (not "30 journalists", a subset).
PRISONERS = r"political prisoners|prisoners|people|persons|individuals|detainees|inmates"
# The noun of the standing count itself: "1,167 political prisoners" beats "20 people held incommunicado".
POLITICAL = r"political prisoners?|(?:on|for) political (?:grounds|reasons|charges)|politically motivated"
# A flow of newly recognised prisoners ("recognised as political prisoners — 57"), weaker than a standing count.
RECOGNISED = r"recogni[sz]ed|designated"
# "Viasna lists 1,110 political prisoners", "Activists have documented 1,090 political prisoners": the standing count,
# told with a verb of counting in the present or the perfect ("the 16 people listed in the decree" are no count).
COUNTING = r"lists|tall(?:y|ies)|documents|(?:has|have) (?:\w+ )?(?:listed|tallied|documented)"
HELD = (r"holds?|holding|know of|knew of|aware of|remain(?:s|ed)?|still|held|behind bars|in custody|in detention|in prison|counts?|counted|considers?|there are"
        r"|in belarus|estimated?|list of|recogni[sz]ed|recogni[sz]es|jailed|imprisoned|are serving"
        # "1,126 people are currently considered political prisoners": a standing state, unlike "were recognised".
        r"|(?:are|is) (?:currently |now |still )?considered"
        r"|(?:were|was) (?:\w+ )?considered"
        + "|" + COUNTING)
# "the number of political prisoners stands at 1,150"
HELD_BEFORE = (r"political prisoners[^.]{0,40}(?:stands at|stood at|is|are|totals?|reached|remains?|at|to)"
               # "Viasna's list now includes 1,180 political prisoners".
               r"|list (?:now |still )?(?:includes|contains|numbers|has)")
# A verb that holds people after an earlier release word: "after the release, 1,150 remain".
REMAIN = (r"holds?|holding|remain(?:s|ed)?|counts?|counted|still held|there are|are held|are still|know of|knew of"
          # "As of 30 September, 1,179 people were considered political prisoners": the standing count of a day, told in the
          # past with no holding verb of the lists above.
          r"|(?:are|were|is|was) (?:\w+ )?considered"
          + "|" + COUNTING)
# The list of political prisoners and what it counts ("Viasna's list still includes 1,126 names",
# "у спісе 1 110 імёнаў"): its size is the standing count.
LIST_NOUN = r"list"
LIST_ENTRIES = r"names|entries"
# "The total now stands at 1,126": the subject that sums up what the sentence before counted.
TOTAL_NOUN = r"total|tally|number|figure|count|there are"
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
              r"|(?:including|with|counting|together with|along with) (?:these|those|them,?) \d+|between (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:2024|2025) and"
              # "the ninth group since July. In that time 250 have walked free": the span told before, referred back to.
              r"|(?:in|over|during) (?:all )?(?:that|this) (?:time|period)")
# A span told as a clause after the figure: "..., since he began releasing prisoners".
SPAN_CLAUSE = r"since (?:he|lukashenk\w*|the authorities|minsk|belarus) (?:began|started)"
# A running total that rose to the figure ("the number freed since July now stands at 354", "кількість звільнених
# зросла до 354"), besides the words every language shares (`verbs.TOTAL_TO`).
RISEN_TO = r"stands? at|stood at|now at|climbed to|increased to|has grown to|went up to"
NEW = r"new|newly|additional|more|another|added|adds|adding"
# A prison before a word of "new" makes it "still" (no English case: "more" follows the figure).
PRISON_PLACE = ""
# A standing count told for the present beats one told for a past time ("Today the figure is 1,126").
NOW = r"now|today|currently|at present|as of today|latest"
# "in Belarus 1,150 political prisoners", and "that day" pointing back to a date just told.
IN_COUNTRY = (r"in (?:belarus|the country)"
              # "the country currently has 1,275 political prisoners": the country holds the standing count.
              r"|(?:belarus|the country) (?:currently |now |still )?(?:has|holds)")
# "Усі троє досі перебувають в ув'язненні", "All three remain in prison": a group told before, not a count.
ALL_OF = r"all|both"
# "Some of those freed have disabilities — there are three of them": the words between a trait's dash and its count.
THEIR_NUMBER = r"there (?:are|were)|they (?:are|were|number|numbered)|in all|their number is|numbering"
# "the more than 1,100 people, who remain behind bars": a relative clause that holds the people counted before it.
WHO_REMAIN = (r"(?:who|that) (?:still |are still )?(?:remain|are held|are kept|are) (?:still )?(?:behind bars"
              r"|in (?:prison|jail|custody|detention))")
# "1,127 people are held, even after several rounds of releases": the release is conceded, not the count's.
DESPITE = r"even after|despite|in spite of|notwithstanding"

# --- The make-up of a round ---
SUBCOUNT = r"of (?:them|those|whom|which)|among them|of the (?:pardoned|freed|released)"
# "including 14 foreign nationals": what follows is a part of the figure before it.
INCLUDING = r"including|among them|among whom|of whom|of them|among (?:those|the) (?:released|freed|pardoned)"
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
PARTIAL = r"along with|together with|alongside|in addition to|besides"
# A sentence opening "In addition, two priests were handed over": its count adds to the round told before it.
ADDITION = r"in addition|additionally|besides|on top of (?:that|this|them)|apart from (?:that|this|them)"
# The verb of having, for a trait told before its count: English does not put the trait first.
HAVE = ""
# Opening a sentence, the rest of a group counted before ("The other two are Belarusians: A and B", "The remaining five
# were ..."): its names take the counted group's state.
THE_OTHERS = r"the (?:other|remaining) (?:[\w-]+ )?(?:were|are|include[sd]?)|the (?:others|rest) (?:were|are|include[sd]?)"
WOMEN = r"women|female"
MEN = r"men|male"
CHRONIC = r"chronic(?:ally)?"
DISABLED = r"disab\w*|invalids?|handicap\w*"
OVER_50 = (r"(?:over|above|older than|more than)\s+(?:the\s+age\s+of\s+)?50|aged\s+(?:over\s+)?50"
           r"|50\s+(?:or|and)\s+older")
CHILDREN = r"children|kids|parents|(?:mothers|fathers) of minors"
# Nouns of the children themselves: "маці траіх дзяцей" counts children, not parents.
KIDS = r"(?:(?:minor|young|small|school-age) )?(?:children|kids)"

# --- Time told as background ---
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
# A "then" that points back at the time told before it ("at the time", "back then", "that month"): the paragraph's date.
THEN = r"at the time|back then|that (?:month|year|week|summer|autumn|fall|spring|winter)"
# "In September, 52 were released": a month without a day is a past round (a running total may still start there);
# "as in September" only compares.
# "After December's release of 123", "the November pardon": a month naming the round dates it to that month, too.
MONTH_ONLY = (r"(?<!as )in (?:(?:early|mid-|late) ?)?(?:january|february|march|april|june|july|august|september|october|november|december)(?![ ,]+\d{1,2}(?!\d))"
              r"|(?:january|february|march|april|june|july|august|september|october|november|december)(?:'s|’s)?"
              r" (?:release|pardon|round|deal|swap|exchange|decree)s?")
# Counts over a calendar period ("during the month, 48 were freed") are statistics, not a round.
PERIOD = (r"during the (?:month|week|year)|over the (?:past |last )?(?:month|week|year)|in the (?:past|last) (?:month|week)"
          # "Every month Viasna recognises 50 to 60": a rate over every month is a statistic too.
          r"|every (?:month|week)|each (?:month|week)"
          # A calendar year's releases ("За 2025 год Лукашэнка памілаваў больш за 300"): a statistic of that year, not a round.
          r"|(?:during|throughout) (?:19|20)\d\d")
# "nearly 300 people had been pardoned over the past year": releases over a whole year are a running total.
YEAR_SPAN = (r"(?:over|in|during) the (?:past|last) (?:year|12 months|twelve months)"
             # "in more than a year of pardons": a year and more of rounds.
             r"|(?:in|over) (?:more than|over) a year")
# "Six days after his release, X said": the release is the time of the speaker's own clause.
AFTER_EVENT = r"after(?: (?:his|her|their))?|since(?: (?:his|her|their))?"
# "A year after he was freed in the group of 14": a time after a release opening the sentence (read with the person
# freed, `OWN_PRONOUN`) makes the group's count the background of a later story, not a round.
TIME_AFTER = (r"(?:a|one|two|three|four|five|six|several|a few|\w+) (?:years?|months?|weeks?|days?)"
              r"(?: and a half)? (?:after|since)")
# "one year after his release": the units of a time long enough that the release it follows is no news.
LONG_TIME = (r"years?|months?|decades?"
             # "A week after her release, she met reporters for the first time": a week after the release is a later story.
             r"|weeks?")

# --- Relevance and the kind of page ---
# A label line over an opinion piece ("Колонка", "Opinion"): a comment on a round, not its report.
OPINION = r"opinion|comment|commentary|analysis|column|op-ed|viewpoint|editorial"
# A label line over an interview or a profile ("Interview · 3 July 2025", "Профіль"): the person's release is its
# background, not the page's news.
FEATURE_LABEL = r"interview|profile|q&a"
# A disclaimer that sets the author's view apart from the outlet's: the page is a comment piece.
AUTHORS_VIEW = (r"(?:views?|opinions?) expressed|(?:author|writer)['’]s own (?:views?|opinions?)"
                r"|do not necessarily (?:reflect|represent) the (?:views?|position|opinions?) of")
# The author's own voice outside quotes ("in my view", "I believe"): a comment on a round, not its report.
OPINION_VOICE = r"in my (?:view|opinion)|to my mind|i (?:think|believe|would argue|am convinced)"
# The author's own "I" outside quotes: with rhetorical questions, the voice of a column.
FIRST_PERSON = r"i|me|my|myself"
# A headline of a periodic review: its rounds are the month's statistics, not news.
REVIEW = r"review|overview|digest|in numbers|by the numbers|round-?up|monthly|(?:weekly|monthly) (?:report|summary)|chronology|timeline|explainer"
# "Source: Belarus news digest | 2 July 2025": the label of a masthead field that names the outlet.
OUTLET_LABEL = r"source|via|from|published by|credit"
# "Viasna said ... from Homel": the country's own rights group or towns name Belarus where the page does not.
BELARUS_NAMED = (r"viasna|homiel|homel|gomel|hrodna|grodno|vitebsk|viciebsk|mahilyow|mogilev|babruisk|bobruisk"
                 r"|zhodzina|zhodino|akrestsin\w*|okrestin\w*|navapolatsk|novopolotsk|salihorsk|soligorsk")
