import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.names.normalize import clean, fold, name_keys, script_of, token_key, words

# Each group: one surname or first name as written by the Belarusian passport (BGN/PCGN-style),
# the national Latin, Łacinka, Polish, Russian-based English, Czech-style, Belarusian, Russian
# and Ukrainian Cyrillic.  Every spelling in a group must reach the same stem.
VARIANTS = {
    "Bialiatski": ["Bialiatski", "Bialyacki", "Bialacki", "Byalyatski", "Białacki", "Belyatsky",
                   "Beliatskiy", "Бяляцкі", "Беляцкий", "Бєляцький"],
    "Tsikhanouski": ["Tsikhanouski", "Tikhanovsky", "Tichanovsky", "Cichanoŭski", "Tikhanovskiy",
                     "Tichanowski", "Tsikhanovskii", "Ціханоўскі", "Тихановский", "Тихановський"],
    "Kalesnikava": ["Kalesnikava", "Kolesnikova", "Kaliesnikava", "Kolesnikowa", "Калеснікава",
                    "Колесникова", "Колеснікова"],
    "Babaryka": ["Babaryka", "Babariko", "Babarika", "Бабарыка", "Бабарико"],
    "Statkevich": ["Statkevich", "Statkievič", "Statkiewicz", "Statkevič", "Статкевіч", "Статкевич"],
    "Znak": ["Znak", "ZNAK", "Знак"],
    "Ales": ["Ales", "Aleś", "Алесь", "Ałeś"],
    "Siarhei": ["Siarhei", "Sergei", "Sergey", "Siarhiej", "Siergiej", "Сяргей", "Сергей", "Сергій"],
    "Dzmitry": ["Dzmitry", "Dmitry", "Dmitriy", "Dmitrij", "Dźmitry", "Дзмітрый", "Дмитрий"],
    "Yauhen": ["Yauhen", "Jaŭhien", "Evgeny", "Yevgeniy", "Jewgienij", "Яўген", "Евгений", "Євгеній"],
    "Maryia": ["Maryia", "Maria", "Mariya", "Maryja", "Марыя", "Мария", "Марія"],
    "Sviatlana": ["Sviatlana", "Svetlana", "Swietłana", "Святлана", "Светлана"],
    "Viktar": ["Viktar", "Viktor", "Victor", "Віктар", "Виктор", "Віктор"],
    "Mikalai": ["Mikalai", "Mikałaj", "Мікалай"],
    "Maksim": ["Maksim", "Maxim", "Максім", "Максим"],
    "Paulau": ["Paulau", "Pavlov", "Paŭlaŭ", "Pawłow", "Паўлаў", "Павлов"],
    "Kanstantsin": ["Kanstantsin", "Konstantin", "Kanstancin", "Канстанцін", "Константин"],
    "Zhanna": ["Zhanna", "Žanna", "Żanna", "Жанна"],
    "Shchukin": ["Shchukin", "Ščukin", "Szczukin", "Щукин"],
}

# (declined form, nominative form): Russian and Belarusian genitive, dative, accusative,
# instrumental and prepositional, masculine and feminine.
DECLINED = [
    ("Марию", "Мария"), ("Марыі", "Марыя"), ("Колесникову", "Колесникова"), ("Колесниковой", "Колесникова"),
    ("Калеснікавай", "Калеснікава"), ("Ціханоўскага", "Ціханоўскі"), ("Тихановского", "Тихановский"),
    ("Тихановскому", "Тихановский"), ("Тихановским", "Тихановский"), ("Ціханоўскаму", "Ціханоўскі"),
    ("Тихановской", "Тихановская"), ("Тихановскую", "Тихановская"), ("Бабарыку", "Бабарыка"),
    ("Бабарыкам", "Бабарыка"), ("Беляцким", "Беляцкий"), ("Бяляцкім", "Бяляцкі"), ("Знаком", "Знак"),
    ("Знака", "Знак"), ("Статкевичу", "Статкевич"), ("Статкевічам", "Статкевіч"), ("Виктора", "Виктор"),
    ("Віктару", "Віктар"), ("Максимом", "Максим"), ("Сергея", "Сергей"), ("Надзею", "Надзея"),
    ("Светланы", "Светлана"), ("Святланай", "Святлана"), ("Павлове", "Павлов"), ("Kolesnikovoy", "Kolesnikova"),
]

# Different people must stay apart after folding.
DISTINCT = ["Znak", "Znamenski", "Babaryka", "Babrou", "Kalesnikava", "Kalinin", "Tsikhanouski", "Tsitou",
            "Statkevich", "Stankevich", "Bialiatski", "Belski", "Losik", "Lasitski", "Ivanou", "Ivanenka",
            "Maksim", "Makar", "Mikalai", "Mikhail", "Pavel", "Piotr", "Ihar", "Ilya", "Siarhei", "Sviatlana"]


def stem(word: str) -> str:
    key = token_key(words(word)[0])
    assert key is not None
    return key.stem


@pytest.mark.parametrize("group", sorted(VARIANTS))
def test_spelling_systems_meet(group):
    stems = {w: stem(w) for w in VARIANTS[group]}
    assert len(set(stems.values())) == 1, stems


def forms(word: str) -> set[str]:
    key = token_key(words(word)[0])
    assert key is not None
    return {key.full, key.stem}


@pytest.mark.parametrize(("declined", "nominative"), DECLINED)
def test_declined_forms_meet_the_nominative(declined, nominative):
    # Either the stems agree or the declined stem is the nominative itself (Максимом -> Максим).
    assert forms(declined) & forms(nominative)


def test_different_names_stay_apart():
    stems = [stem(w) for w in DISTINCT]
    assert len(set(stems)) == len(stems), dict(zip(DISTINCT, stems, strict=True))


def test_gender_forms_share_stem_but_not_full_key():
    masc, fem = name_keys("Kolesnikov")[0], name_keys("Kolesnikova")[0]
    assert masc.stem == fem.stem and masc.full != fem.full


def test_name_keys_ignore_punctuation_case_and_order():
    assert fold("  ALEŚ   bialiatski!! ") == fold("Aleś Bialiatski")
    assert sorted(fold("Bialiatski, Ales").split()) == sorted(fold("Ales Bialiatski").split())


def test_patronymic_detected():
    keys = name_keys("Колесникова Мария Александровна")
    assert [k.patronymic_like for k in keys] == [False, False, True]
    assert name_keys("Аляксандравіч")[0].patronymic_like


def test_zero_width_and_combining_marks_are_ignored():
    assert fold("Зн\u200bак") == fold("Знак")
    assert fold("Cichanou\u0306ski") == fold("Cichanoŭski")
    assert fold("Дар\u2019я") == fold("Дарья")


def test_homoglyphs_inside_cyrillic_words():
    assert fold("Кoлесникoва") == fold("Колесникова")  # Latin o typed twice


@pytest.mark.parametrize(
    "text",
    ["", " ", "🙂🙂", "<script>alert(1)</script>", "'; DROP TABLE prisoners; --", "\u200b\u200d\ufeff",
     "Znak" * 2500, "x" * 10_000, "\x00\x01", "ℌ𝔢𝔩𝔩𝔬", "名字", None, 12345],
)
def test_odd_input_never_raises(text):
    result = fold(text)
    assert isinstance(result, str)
    assert len(clean(text)) <= 512
    assert script_of(text) in ("latin", "cyrillic")


NAMEISH = st.text(
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўїєґabcdefghijklmnopqrstuvwxyzšžčćśźŭłńż '-",
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(NAMEISH)
def test_fold_is_idempotent(text):
    folded = fold(text)
    assert fold(folded) == folded


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fold_never_raises_and_clean_is_idempotent(text):
    fold(text)
    assert clean(clean(text)) == clean(text)


# What the keys of 3,000 generated people fold to, by FOLD_VERSION. Databases store these keys: a
# change of the folding rules that alters any of them must raise FOLD_VERSION, so that every stored
# index is made again at the next start (add the new digest here).
FOLDED_DIGESTS = {1: "60be87633eefffee7ab548557f7819bdf87a620323a4084c0279e35dbd04141a"}


def test_a_change_of_the_stored_keys_comes_with_a_new_fold_version():
    import hashlib

    from bench.namegen import make_people, registry_names
    from bot.names.normalize import FOLD_VERSION
    from bot.names.spellings import fold_spellings
    from bot.names.stored import encode_spellings

    digest = hashlib.sha256()
    for person in make_people(3000, seed=5):
        digest.update(encode_spellings(fold_spellings(registry_names(person).values())).encode())
    assert FOLDED_DIGESTS.get(FOLD_VERSION) == digest.hexdigest(), (
        "the folding changed: raise FOLD_VERSION in bot/names/normalize.py and record the new digest")


def test_words_with_the_same_finer_key_share_a_full_key_or_stem():
    # Ranking bounds a candidate's finer-spelling share by the query words whose postings (full keys
    # and stems) hold it: that holds only while a finer key never joins two words that share neither.
    from bench.namegen import make_people, make_queries, registry_names

    people = make_people(3000, seed=5)
    texts = [name for p in people for name in registry_names(p).values()]
    texts += [query for query, _, _ in make_queries(people, 1500, seed=5)]
    readings: dict[str, set[tuple[str, str]]] = {}
    for text in texts:
        for word in words(text):
            key = token_key(word)
            if key is not None:
                readings.setdefault(key.fine, set()).add((key.full, key.stem))
    apart = [(fine, a, b) for fine, keys in readings.items() for a in keys for b in keys if not {*a} & {*b}]
    assert len(readings) > 3000
    assert apart == []
