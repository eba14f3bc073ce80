"""English words for the state a person is in, for the extractor: word lists and regex fragments, no logic.

Held or freed, a release not given (negation, corrections, wishes, open questions), refusals, commentators and
reporters. Who the people are is in `lang_en_people`, what an event says in `lang_en`; lexicon.py reads the
three as one table.
"""

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
               r"|still (?:holds|keeps|holding|keeping)\b"
               # "She still has nine years until the end of her term", "ten years short of the end of his sentence": years left, held.
               r"|(?:years?|months?) (?:left )?(?:until|till|before|short of) the end of (?:his|her|their) (?:term|sentence)\b"
               # "has been in the Navapolatsk colony for three years": the present perfect of a stay still going on, held (not "had
               # been", told as over).
               r"|(?:has|have) been (?:held |kept )?in (?:a |the )?(?:[\w-]+ ){0,2}(?:colony|prison|jail|custody) (?:for|since)\b"
               # "X is not in the decree", "was missing from the pardon decree": left out of the decree, as off the list, held.
               r"|(?:is|was|are|were) (?:not|missing from|absent from) (?:included )?(?:in )?the (?:pardon )?decree\b"
               # "is due to be released no earlier than 2027", "cannot walk free before 2027": a release not due before a date
               # still to come, held until then.
               r"|(?:released|freed|out|walk free|go free) (?:no earlier than|not before|not until)"
               # "His name has not been on any of the lists read out since July": left out of every list of the freed, held.
               r"|(?:his|her|their) names? (?:has|have) (?:not|never) been (?:on|in|among) (?:any of )?(?:it|them|the lists?)\b"
               # "still has six years of his term to run", "with two years of her sentence left": a term still to serve, held.
               r"|(?:years?|months?) of (?:his|her|their) (?:term|sentence) (?:left|to run|to serve|remaining)"
               # "Andrei is still on the list of political prisoners", "remains listed": still listed among them, held.
               r"|(?:is|are) still (?:on|in) (?:the|its|their|that) list|(?:is|are) still listed|remains? listed"
               # Two or more named together are in prisons in the plural ("X and Y are still in colonies", "both are now in
               # prisons in the east"): held, as the singular "still in a colony".
               r"|(?:(?:are|were) (?:both |all )?(?:currently |still |now )?|(?:now|still|currently) )in (?:[\w-]+ )?(?:colonies|prisons|jails)\b"
               # "Left behind in the colony was his cellmate X", "X was left behind in prison": the one left in prison is held.
               r"|left behind (?:in|behind) (?:a |the )?(?:[\w-]+ )?(?:colony|prison|jail|bars)\b")
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
               r"(?:[\w-]+ )?(?:penal colony|colony|prison|jail|cell|detention centre|pre-trial detention)"
               # "writes from solitary confinement", "a letter from solitary": the punishment cell inside the prison.
               r"|(?:letters?|notes?|messages?|wrote|writes|writing|written) from (?:a |the )?solitary\b")
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
# "a support group for released political prisoners", "as we know from released inmates": right after one of these a
# release word names the freed as a group the sentence speaks of, not anyone's release.
FREED_GROUP_BEFORE = (r"(?:for|from)(?: (?:the|other|all|fellow|former))?"
                      # "who met the freed prisoners at the border": the freed whom one met, the meeting is hers, the
                      # release theirs.
                      r"|(?:meet|meets|met|meeting)(?: (?:the|other|all|fellow|former))?")
# A person said to be free now ("is back home"), for names only.
# "were driven to the Lithuanian border": put outside the country, freed.
# (A freed speaker tells it of themselves: "I am free, but X is not".)
FREE_NOW = (r"(?:am|is|are|was|were|be) (?:now )?free|back home|reunited with|(?:driven|taken|brought|bused) to the (?:\w+ )?border"
            r"|(?:driven|taken|brought|bused|flown) to (?:lithuania|poland|ukraine|latvia|vilnius|warsaw|kyiv)"
            # "Maria Kalesnikava walked out." after "X walked out of prison".
            r"|walked out(?=\s*[.;]|\s*$)"
            # "123 prisoners go free, among them X".
            r"|(?:go|goes|went|gone) free"
            # "Among those walking free was X", "Going free with the others was Y": the same, in its other forms.
            r"|(?:going|walk|walks|walked|walking) free\b"
            r"|(?:is|are|was|were) (?:also|already|finally) free\b"
            r"|^\W*(?:now|already) free\b"
            # Membership of the group just told, with the name first ("X was also in the convoy", "Y was on the bus as well"); a
            # group needs "also" ("was in the group that organised the march" is another group).
            r"|(?:was|were) (?:also )?(?:in|on) the (?:same )?(?:convoy|bus|minibus|plane|flight)\b"
            r"|(?:was|were) also (?:in|among) the (?:same )?group\b"
            r"|^\W*who (?:got out|was freed|were freed|walked free|is free|are free)\W*$"
            # Home already ("They are already home").
            r"|(?:is|are|was|were) (?:already|now|finally|safely) (?:back )?home\b"
            # Home now, told after the word ("X is home in Baranavichy now", "is home again", "is home at last"); "is home-schooled" is
            # no return.
            r"|(?:is|are) home (?:in [\w-]+ )?(?:now|again|at last)\b"
            # "Relatives said he was already at home": as "уже дома", "ужо дома", "вже вдома".
            r"|(?:is|are|was|were) already (?:at )?home\b"
            # "is now in Vilnius after more than four years in prison": where the person is now, the years inside behind.
            r"|now in [\w-]+ after (?:[\w,-]+ ){0,4}?(?:years?|months?) (?:in prison|in jail|behind bars"
            r"|in (?:a |the )?(?:penal )?colony)")
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
           r"|(?:was|were) (?:met|greeted|welcomed) (?:at|on) the border"
           # Received by the country they are handed to ("Lithuania received, among others, X", "the Ukrainian side took in
           # X"): out of prison.
           r"|(?:lithuania|poland|ukraine|latvia|kyiv|vilnius|warsaw|the (?:lithuanian|polish|ukrainian|latvian) side)"
           r"(?: [\w,]+){0,4}? (?:received|took in)(?! (?:a |an |the )?(?:letter|call|message|news|decision|request|sanctions)\b)"
           # "was among the first to step off", "stepped off first": off the vehicle that brings the freed out, named or not.
           r"|(?:first|last|among the \w+) to (?:step|get|come) off\b|(?:stepped|got|came) off (?:first|last)\b"
           # Out through the prison's gate ("walked through the gate of Colony No. 22", "came out of the prison gates").
           r"|(?:walked|stepped|came|went) (?:out )?(?:through|out of) the (?:[\w.-]+ ){0,2}?gates?\b")
# Freed at the end of a term: a release of the person, not a pardon.
SERVED_RELEASE = (r"after serving (?:his|her|their) (?:full |entire |whole )?(?:[\w-]+ )?(?:sentence|term)|after serving (?:\w+ ){1,2}(?:years?|months?)|having served (?:his|her|their) (?:full )?(?:sentence|term)"
                  # "having served her full three-year term", "having served his entire 15-month sentence": served out, freed.
                  r"|having served (?:his|her|their) (?:full |entire |whole )?[\w-]+ (?:sentence|term)\b"
                  # A stay in prison told as finished ("who spent more than five years behind bars", "the Nobel laureate who spent more
                  # than four years in a colony"): a prisoner freed since (not "has spent" or "already spent", still there).
                  r"|(?<!has )(?<!have )(?<!already )spent (?!already)(?:more than |over |almost |nearly |about |some )?"
                  r"(?:[\w-]+ ){0,3}(?:years?|months?) (?:behind bars|(?:in|behind) (?:a |the )?(?:[\w-]+ )?"
                  r"(?:colony|prison|jail|bars|custody|penal colonies))"
                  # The whole term told as served ("served every single day of his four years", "served all five years"): it is
                  # over, he is out.
                  r"|(?<!has )(?<!have )served (?:every (?:single )?day of |all |the whole of |each day of )(?:his |her |their )"
                  r"?(?:[\w-]+ ){0,2}?(?:years?|sentence|term)\b")

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
# A report corrected ("an earlier version mistakenly reported that X had been pardoned"): the release it told did not happen.
WRONGLY_TOLD = r"(?:mistakenly|wrongly|erroneously|incorrectly|falsely) (?:reported|stated|said|claimed|announced|wrote|listed|included|named)"
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
             # "demands to be included in the lists for an exchange or a pardon": a place on the lists asked for is a release
             # not yet had.
             r"|(?:demand|ask|want|push|beg|plead)\w* (?:[^\W\d]+ ){0,3}?to be (?:included|put|placed|added) (?:in|on|onto|to) "
             r"(?:the |a )?(?:[^\W\d]+ ){0,2}lists?\b(?: for (?:[^\W\d]+ ){0,3}?(?:pardons?|exchanges?|releases?|swaps?)\b)?"
             r"|urg\w* (?:[^\W\d]+ ){1,3}to (?:free|release|pardon)\b"
             # "Warsaw called on Minsk to free him", "urged Belarus to release X": the release asked of someone has not happened.
             r"|(?:call\w* on|urg\w*|ask\w*|press\w*) (?:[^\W\d]+ ){1,3}to (?:free|release|pardon)\b")

# A hope that opens the clause of a name ("many hoped that X would be on the list too"): what follows is hoped for, not
# told, and a release told before the hope is another's (see roles).
# (An expectation is no more told than a hope: "many expected that X would be on the list".)
HOPE_THAT = r"(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?)(?:,?\s+that)?(?=\s+(?:[^\W\d]+\s+){1,4}?(?:would|will|might|could)\s+(?:also\s+)?be\b)"

# --- Refusals, commentators and reporters ---
# "was driven to the border but refused to leave": a refusal after a release in one clause undoes it (see roles).
REFUSAL = r"refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
# A commentator's trade, no office: "The analyst X was freed" tells the analyst's own release (see roles).
COMMENTATOR = r"analyst|political scientist|political analyst|expert|commentator|observer|columnist"
# The words that may open a predicate before its state word: "X was freed", "X has since been released".
RELEASE_AUXILIARY = r"was|were|is|are|has|have|had|been|also|finally|later|then|now|since"

# A state the sentence leaves open: "It is not yet known whether X was among them", "Whether X was freed remains
# unclear" tells X neither freed nor held (see uncertain).
UNKNOWN = (r"(?:(?:is|are|was|were|remains?|remained|still) )?(?:not|never) (?:yet |immediately |officially |clear |publicly )?"
           r"(?:known|clear|confirmed|reported)|unknown|unclear|unconfirmed|(?:no ?one|nobody) (?:yet )?knows|remains to be seen")
WHETHER = r"whether|if"

# The name is the one who frees, not the freed: "X pardoned 120 prisoners", "X freed another 30 people" (an active verb
# with its object right after it; see others_cues).
PARDONER_VERB = (r"(?:has |had |have )?(?:pardoned|freed|released)(?= (?:\d|another|more|all|some|several|dozens|hundreds"
                 r"|(?:the )?(?:[\w-]+ )?(?:prisoners|convicts|inmates|people|detainees)(?!\w)))")

# A worry about the person right before the name: "voices concern over X", "deeply concerned about the fate of X". The
# release told before it is others' (see others_cues).
CONCERN_FOR = (r"(?:concern|concerns|concerned|worried|worries|worry|fears?|alarm(?:ed)?) (?:over|about|for|at)"
               r"(?: the (?:fate|situation|health|whereabouts|safety|condition) of)?")

# A person's own freedom after the possessive ("Statkevich's freedom did not last: he was arrested again"): the name is
# the person whose state the clause tells, not the owner of someone else (see kin.possessor).
OWN_FREEDOM = r"freedom|liberty"
