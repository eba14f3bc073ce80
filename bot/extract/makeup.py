"""Read the round's make-up from a count: women, men, the chronically ill, the disabled, people over 50, parents."""

import re
from functools import lru_cache

from bot.extract.held import without_source_aside
from bot.extract.lexicon import lexicon
from bot.extract.mentions import CLAUSE_END, Mention
from bot.extract.numbers import find_numbers
from bot.extract.qualifiers import qualifier_at
from bot.extract.verbs import releases

# A sentence longer than a list row ("- one person with a disability;") tells a story.
STORY_WORDS = 6
MAKEUP = ("women", "men", "chronically_ill", "disabled", "over_50", "with_children")
_MAKEUP_PATTERNS = (("chronically_ill", "CHRONIC"), ("disabled", "DISABLED"), ("over_50", "OVER_50"),
                    ("with_children", "CHILDREN"))
# "with", "с", "з" introducing a trait of the people just counted.
_WITH = re.compile(r"^\s*(?:with|who have|having|с|со|з|са|із|иметь|мати|який мати|які маюць|якія маюць)\s",
                   re.IGNORECASE)
_SOON = re.compile(r"^\W*(?:[^\W\d]+\W+)?$")
# "Seven of the 16 are women": the 16 is the whole, the seven its part.
_OF_BEFORE = re.compile(r"\s*(?:of|из|з|са|із|зі)\s+(?:the\s+)?", re.IGNORECASE)
_OF_WHOLE = re.compile(r"^\s*(?:of|из|з|са|із|зі)\s+(?:the\s+)?(?:(?:\d+|them|those|these|они|вони|них|іх)"
                       r"(?:\s+(?:released|freed|pardoned|освободить|помиловать|вызваленых|памілаваных|звільнений"
                       r"|помилуваний))?|released|freed|pardoned|освободить|помиловать|вызваленых|памілаваных"
                       r"|звільнений|помилуваний)"
                       r"(?:\s+(?:are|were|have|had|—|–|-))?\s", re.IGNORECASE)
# A row of a table written as text: a short label, a dash or colon, and the figure ending the line.
_LABEL = re.compile(r"\s*([^\W\d][^:\u2014\u2013]{1,60}?)\s*[:\u2014\u2013-]\s*")
# The longest text a label and its hedge can take before the figure ("Freed since July 2024: more than"); longer, the
# line is no table row (and a sentence of thousands of figures is not read again for each).
_LABEL_LONGEST = 120
# "у одиннадцати — дети", "у адзінаццаці — дзеці": the preposition of having before the count.
_HAVE_BEFORE = re.compile(r"(?:^|[^\w-])(?:у|ў|в)\s+$", re.IGNORECASE)
_KNOWN_BEFORE = re.compile(r"(?:^|\W)(?:the|these|those|both)\s+$", re.IGNORECASE)


def _after_a_whole_in_words(m: Mention) -> str | None:
    """"Five of the sixteen are women", "Пятеро из шестнадцати — женщины": the words after the whole a count is part
    of, read from the sentence itself (the count's lemma window stops at the whole), or None when no whole follows."""
    text = m.sentence.text
    of = _OF_BEFORE.match(text, m.num.end)
    if of is None:
        return None
    whole = next((n for n in find_numbers(text) if n.start == of.end() and n.kind == "count"), None)
    if whole is None or whole.value <= m.value:
        return None
    # The trait may stand past a dash ("из шестнадцати — женщины").
    after = re.sub(r"^\s*[\u2014\u2013:-]", " ", m.sentence.plain_view.span(whole.end, len(text)))
    return CLAUSE_END.split(after, maxsplit=1)[0]


def _word_right_after(pattern: re.Pattern, after: str) -> bool:
    m = pattern.search(after)
    return bool(m) and bool(_SOON.match(after[:m.start()]))


def _next_count_at(m: Mention) -> int | None:
    """Where the next count of the sentence starts in the lemma text after `m`'s number, or None for none."""
    view = m.sentence.view if m.quoted else m.sentence.plain_view
    nxt = next((n for n in find_numbers(m.sentence.text) if n.kind == "count" and n.start >= m.num.end), None)
    return view.at(nxt.start) - view.at(m.num.end) if nxt else None


def table_label(m: Mention) -> str | None:
    """The lemmas of a table row's label ("Жанчыны — 12", "Women: 12") when the figure ends its line."""
    head = m.sentence.text[:m.num.start]
    if m.after.strip(" .;") or len(head) > _LABEL_LONGEST:
        return None
    # "Freed since July 2024: over 270": the hedge is the figure's, the label ends at the colon before it.
    label = _LABEL.fullmatch(head[:qualifier_at(head)[1]])
    return m.sentence.plain_view.span(label.start(1), label.end(1)) if label else None


def _trait_had_before(m: Mention) -> str | None:
    """"Дітей мають 17 помилуваних", "Хронічні хвороби мають 12": a trait, the verb of having, then the count of the
    people freed who have it (the trait told first)."""
    L = m.lex
    have = L.derived("trait_have_before", lambda L: r"((?:[^\W\d]+\s+){1,3})(?:" + L.source("HAVE") + r")\s+$")
    found = have.search(m.bare_before[-60:])
    if not found or not (releases(L, " ".join(m.after.split()[:1])) or L["PEOPLE"].match(m.after.lstrip())):
        return None
    for field, pattern in _MAKEUP_PATTERNS[:2] + _MAKEUP_PATTERNS[3:]:
        if L[pattern].search(found.group(1)):
            return field
    return None


_LAST_DASH_OR_COLON = re.compile(r"[\u2014\u2013:](?!.*[\u2014\u2013:])")
_TRAITS = (("women", "WOMEN"), ("men", "MEN"), *_MAKEUP_PATTERNS)


def _trait_before_the_dash(m: Mention) -> str | None:
    """"среди помилованных есть люди с инвалидностью — их трое", "among those freed are women: there are five": the
    trait of some of the people freed told first, then, past a dash or colon, how many they are (with nothing after
    the count but its people)."""
    L = m.lex
    before = m.sentence.plain_view.span(0, m.num.start)
    dash = _LAST_DASH_OR_COLON.search(before)
    if dash is None:
        return None
    between = before[dash.end():].strip(" ,")
    their = L.derived("their_number", lambda L: r"(?:" + L.source("THEIR_NUMBER") + r")")
    if between and not their.fullmatch(between):
        return None
    rest = CLAUSE_END.split(m.after, maxsplit=1)[0].strip(" .;")
    if rest and not (L["PEOPLE"].fullmatch(rest) or L["SUBCOUNT"].fullmatch(rest) or their.fullmatch(rest)):
        return None
    head = before[:dash.start()]
    if not (releases(L, head) or L["SUBCOUNT"].search(head) or L["AMONG"].search(head)):
        return None
    found = {field for field, name in _TRAITS if L[name].search(head)}
    # "among them women and pensioners — 16 in all" counts the whole group, not one trait of it.
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=64)
def _a_story(plain: str, langs: tuple[str, ...]) -> bool:
    """Whether a sentence tells a story rather than the round's make-up: long, naming fewer than two traits, with no
    release, part or list in it. Read once per sentence: every count in it asks."""
    L = lexicon(langs)
    traits = sum(bool(L[p].search(plain)) for _, p in _MAKEUP_PATTERNS) + bool(L["WOMEN"].search(plain))
    return (len(plain.split()) > STORY_WORDS and traits < 2
            and not (L["RELEASE"].search(plain) or L["SUBCOUNT"].search(plain) or L["LIST_INTRO"].search(plain)))


def makeup_field(m: Mention) -> str | None:
    """The make-up field ("women", "chronically_ill", ...) a count states, or None."""
    L = m.lex
    if L["ARREST"].search(m.after) or _OF_BEFORE.fullmatch(m.before) or _KNOWN_BEFORE.search(m.bare_before):
        # "pictures of the two men shaking hands": a definite group already named, not the round's make-up.
        return None
    before_have = _trait_had_before(m) or _trait_before_the_dash(m)
    if before_have:
        return before_have
    if m.value == 1 and _a_story(m.sentence.plain, m.sentence.langs):
        # "Адна жанчына спынілася на прыступцы": a person in a story, not the round's make-up ("1 инвалид" in a
        # list is, and so is "адзін мае інваліднасць" beside the other traits of the round).
        return None
    label = table_label(m)
    # "12 of the freed were women and eight were older than 50": the next count's trait is not this count's.
    next_count = _next_count_at(m)
    after_long, rest_long = m.after_long[:next_count], m.rest[:next_count]
    whole = _OF_WHOLE.match(after_long)
    # A table row "Жанчыны — 12" / "Women: 12" reads like "12 women". An aside naming the source ("12 человек, по
    # данным пресс-службы, страдают хроническими ...") stands between the count and its trait: it is read past.
    # A whole in words, or one a dash parts from the trait ("Пятеро из 16 — женщины"), is past the lemma window.
    worded = None if label or (whole and after_long[whole.end():].strip()) else _after_a_whole_in_words(m)
    whole = None if worded is not None else whole
    after = (label if label else after_long[whole.end():] if whole else worded if worded is not None
             else CLAUSE_END.split(without_source_aside(m), maxsplit=1)[0])
    for field, noun in (("women", L["WOMEN"]), ("men", L["MEN"])):
        if _word_right_after(noun, after):
            # "одна женщина с инвалидностью", "a woman with a disability": the narrower group is counted; so is
            # "five of the freed women are mothers of minor children", a part of the women told by its trait.
            # The trait may stand past a dash ("пятеро из освобожденных женщин — матери"), beyond the clause.
            told = rest_long[whole.end():] if whole and not label else after
            rest = told[noun.search(after).end():]
            words = 4 if _WITH.match(rest) else 8 if whole else 0
            # (A comma ends the part's own words: "six of them are women, two of whom have children" tells two counts.)
            head = " ".join(re.split(r"[,;]", rest)[0].split()[:words])
            traits = _MAKEUP_PATTERNS if whole else _MAKEUP_PATTERNS[:2]
            narrower = [name for name, pattern in traits if L[pattern].search(head)]
            return narrower[0] if narrower else field
    head = " ".join(after.split()[:8])
    hits = [(L[p].search(head).start(), name) for name, p in _MAKEUP_PATTERNS[:2] + _MAKEUP_PATTERNS[3:]
            if L[p].search(head)]
    if L["KIDS"].match(m.after.lstrip()) and not _HAVE_BEFORE.search(m.bare_before):
        # "маці траіх дзяцей", "four children": the number counts the children, not the people who have them ("у
        # одиннадцати — несовершеннолетние дети" counts the parents).
        hits = [hit for hit in hits if hit[1] != "with_children"]
    over = L["OVER_50"].search(" ".join(after_long.split()[:10]))
    # "5 чалавек, старэйшых за 50 гадоў": the comma does not end the description, another figure does.
    beyond = L["OVER_50"].search(m.rest[:50])
    if over:
        hits.append((over.start(), "over_50"))
    elif beyond and not re.search(r"\d", m.rest[:beyond.start()]):
        hits.append((beyond.start(), "over_50"))
    return min(hits)[1] if hits else None
