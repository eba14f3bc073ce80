"""Tell English, Russian, Belarusian and Ukrainian apart from letters and frequent words."""

import re

LANGUAGES = ("en", "ru", "be", "uk")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")
# Letters each Cyrillic language has and the other two lack (or nearly: "і" is Belarusian and Ukrainian).
_ONLY = {
    "be": re.compile(r"[ўЎ]"),
    "uk": re.compile(r"[їЇєЄґҐ]"),
    "ru": re.compile(r"[ъЪ]"),
}
_I = re.compile(r"[іІ]")
_RU_I = re.compile(r"[иИ]")
_YERY = re.compile(r"[ыЫэЭ]")
# Frequent words of one language only (words the three share, such as "за" or "у", tell nothing).
# "учора" is Ukrainian too ("Учора ввечері Лукашенко помилував ..."), so neither list has it.
_WORDS = {
    "be": frozenset("ў што гэта якія які таксама ад паводле яго сёння быў была былі пра яны"
                    " яшчэ ужо ўжо калі дзе таму пасля сярод больш каля толькі супраць".split()),
    "ru": frozenset("и что это которые который также от его сегодня вчера был была были они"
                    " ещё еще уже когда где поэтому после среди более около лишь или против".split()),
    "uk": frozenset("що це які який також від його сьогодні вчора був була були вони"
                    " ще вже коли де та її понад після серед лише близько проти наразі досі щодо було".split()),
}


def _scores(text: str) -> dict[str, float]:
    words = [w.lower() for w in _WORD.findall(text)]
    i_letters, ru_i, yery = len(_I.findall(text)), len(_RU_I.findall(text)), len(_YERY.findall(text))
    scores = {lang: 3.0 * sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    for lang, pattern in _ONLY.items():
        scores[lang] += 4.0 * len(pattern.findall(text))
    # "і" with "и" is Ukrainian; "і" with "ы"/"э" Belarusian; "и" with "ы"/"э" Russian.
    scores["uk"] += min(i_letters, ru_i)
    scores["be"] += min(i_letters, yery)
    scores["ru"] += min(ru_i, yery)
    return scores


def detect_language(text: str) -> str:
    """"en", "ru", "be" or "uk": the dominant script and, within Cyrillic, the language's letters and words."""
    sample = text[:20000]
    cyr, lat = len(_CYR.findall(sample)), len(_LAT.findall(sample))
    if cyr <= lat:
        return "en"
    scores = _scores(sample)
    if not _RU_I.search(sample):
        # Belarusian writes no "и" at all: a text with "і" and none ("Алесь Бяляцкі застаецца за кратамі") is Belarusian,
        # where a Ukrainian text longer than a short sentence has "и" beside its "і". (Not for one sentence inside an
        # article: "Ігор Лосік уже на волі" is Ukrainian.)
        scores["be"] += len(_I.findall(sample))
    return max(("ru", "be", "uk"), key=lambda lang: scores[lang])


def segment_language(text: str, default: str) -> str:
    """The language of a sentence or quotation: its own where its letters decide, else the article's."""
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    if lat > cyr:
        return "en" if default == "en" or lat > 3 * cyr + 12 else default
    if cyr == 0:
        return default
    scores = _scores(text)
    best = max(("ru", "be", "uk"), key=lambda lang: scores[lang])
    if default == "en":
        return best
    # A sentence without a decisive letter or word keeps the article's language.
    return best if scores[best] > scores.get(default, 0.0) + 2 else default
