"""First names of Belarusians, Russians and Ukrainians, in Cyrillic and in the Latin spellings news uses.

A capitalised word is a person's first name when it is in these tables (in the nominative, or declined:
see `names.first_name`). Gender tells how the surname next to it declines. Latin spellings are made from
the Cyrillic names by the ways news transliterates each letter ("Генадзь" is Henadz, Hienadź, Gennadz),
besides the spellings listed as written. This is data, not logic.
"""

import itertools

_MALE_CYRILLIC = """
александр алексей анатолий андрей антон артем артём артур борис вадим валентин валерий василий виктор
виталий владимир владислав вячеслав геннадий георгий глеб григорий даниил данила денис дмитрий евгений
егор иван игорь илья кирилл константин лев леонид максим марк михаил никита николай олег павел петр пётр
роман руслан семен семён сергей станислав степан тарас федор фёдор эдуард юрий ян ярослав богдан
алесь змитер франак францишек
аркадий арсений афанасий вениамин викентий всеволод гавриил генрих герман давид демьян дмитро ефим захар
зиновий игнат иосиф казимир климентий лаврентий любомир мирослав назар наум остап платон прохор родион
ростислав савелий святослав тимофей тимур трофим филипп эдгар эльдар эмиль юлиан яков ярослав анджей
витольд вацлав генрик збигнев ежи ричард станислав тадеуш эдвард леон лавр альберт рудольф эрик
аляксандр аляксандар аляксей андрэй анатоль арцём барыс вадзім валянцін васіль віктар віталь уладзімір уладзімер
уладзіслаў вячаслаў генадзь юры юрый ігар іван ілля кірыл канстанцін кастусь леанід максім міхаіл міхась
мікалай мікола мікіта алег паўлюк пятро раман сяргей станіслаў сцяпан фёдар юрась зміцер зьміцер яўген
эдуард дзяніс дзмітрый дзьмітры францішак ягор рыгор сямён багдан данііл лявон алесь пётра
аркадзь арсень васіль вітаўт вітольд генрых давід дамінік зянон ігнат казімір кірыла лявон міраслаў
мірон ніл павел радзім рагнед ролянд руслан святаслаў сымон тарас тамаш цімох цімафей уладзь ян якуб
антось апанас браніслаў валер віктар вінцэнт глеб грыгор дзмітры дзьмітрый мацвей натан платон юльян
эрык эдвард анджэй дмытро павел андрусь яраслаў павал
олександр олексій андрій анатолій артем валерій василь віктор віталій володимир владислав геннадій
георгій григорій денис дмитро євген єгор ігор іван ілля кирило костянтин леонід максим михайло микита
микола олег павло петро роман руслан сергій станіслав степан тарас федір юрій ярослав богдан
арсеній богдан всеволод генріх данило ілько назар остап святослав тимофій тимур устим юліан яків едуард
цімур даніла валеры філіп іосіф ёсіф гардзей ціхан змітрок стась давыд лук'ян ісак марат фядос харытон эмануіл
вінцэсь
северин олекса олесь орест маркіян зиновій левко
"""
_FEMALE_CYRILLIC = """
александра алена алёна алла анастасия анна валентина валерия вера виктория галина дарья ева екатерина
елена елизавета жанна ирина инна кристина ксения лариса людмила марина мария марфа наталья наталия
надежда нина ольга оксана полина светлана софия татьяна юлия яна ина
алина алиса анжелика антонина вероника виолетта диана евгения зинаида зоя илона карина клавдия лидия
любовь майя маргарита милана нелли раиса регина римма снежана стефания таисия тамара ульяна эвелина
эльвира эмилия ядвига яна янина ника
аляксандра алена ала анастасія ганна валянціна вікторыя галіна дар'я кацярына іна ірына крысціна ксенія
ларыса людміла марына марыя наталля надзея ніна вольга паліна святлана сафія таццяна юлія алеся насця
настасся лілія эліна ніка
аліна аліса анжаліка антаніна вераніка віялета дыяна яўгенія зінаіда зоя ілона карына клаўдзія лідзія
любоў майя маргарыта мілана нэлі раіса рэгіна рыма сьнежана сьвятлана тамара ульяна эвэліна эльвіра
ядвіга яніна алеся вольга кацярына таццяна наста дар'я дарья тацяна
олександра анастасія ганна вікторія галина дар'я катерина олена ірина інна христина ксенія людмила
марина марія наталія наталя надія ольга поліна світлана софія тетяна юлія оксана
аліна аліса антоніна вероніка діана євгенія зінаїда зоя ілона карина лідія любов майя маргарита
раїса тамара уляна ярослава
богдана віра зоряна соломія уляна мирослава леся
аксана лізавета елізавета хрысціна мар'яна валерыя сняжана ірэна таісія эма дзіяна
олеся ярина марічка валерія
"""
_MALE_LATIN = """
ales aleś alies artsyom artsem artsiom aliaksandr alaksandr aliaksandar aleksandr alexander alexandr aliaksei alaksiej aleksei
alexei alexey andrei andrey andrej andrzej andrei andrii andriy anatol anatoli anatoly artsiom artiom artem
artyom barys boris vadzim vadim valiantsin valiancin valentin vasil vasily viktar viktor vital vitali
vitaly uladzimir uladzimier vladimir volodymyr uladzislau vladislav viachaslau vyacheslav hienadz hienadź
gennady gennadiy yury yuri yurii juryj jury ihar igor ivan ilya illia kiryl kirill kanstantsin
kanstancin konstantin kastus leanid leonid maksim maxim mikhail michail mikhal mikalai mikałaj mikola
nikolai nikolay mikita nikita aleh oleg oleh pavel paval pavlo piotr pyotr petr petro raman roman ruslan
siarhei siarhiej sergei sergey serhiy serhii stanislau stanislav stsiapan stepan taras fiodar fyodor
fedor yuras juras zmitser zmicier źmicier yauhen jauhien evgeny yevgeny eduard edward dzianis dzmitry
dzmitryj dmitry dmitri franak frantsishak yahor jahor yegor egor ryhor ryhor hryhory grigory siamion
semyon bohdan danila daniil lavon mikhas ihor dmytro yevhen mykola mykhailo oleksandr oleksii serhii
henryk henrik heinrich witold wacław zbigniew jerzy tadeusz piotr paweł wojciech marek tomasz
"""
_FEMALE_LATIN = """
aliaksandra alena alyona ala alla anastasia nastassia nastasia nasta hanna anna valiantsina valentina
viktoryia viktoria victoria halina galina daria darya katsiaryna katsiaryna kaciaryna ekaterina yekaterina
kateryna ina inna iryna irina krystsina kristina ksenia ksenija larysa larisa liudmila ludmila lyudmila
maryia maryja mariya maria marfa natallia natalia natalya nadzeya nadezhda nina volha olga
olha palina polina sviatlana sviatłana svetlana sofia tatsiana tacciana tatiana tetiana yuliya yulia
julija yana jana oksana olena alesia lilia elina tamara yauheniya jauhienija nika
marta alexandra
"""

# How news writes each Cyrillic letter in Latin script: BGN and passport romanisations of Belarusian,
# Russian and Ukrainian, and Łacinka.
_LATIN_LETTERS = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("h", "g"), "ґ": ("g",), "д": ("d",), "е": ("e", "ie", "ye"),
    "є": ("ye", "ie", "e"), "ё": ("io", "yo", "o"), "ж": ("zh", "z"), "з": ("z",), "и": ("i", "y"), "і": ("i",),
    "ї": ("i", "yi"), "й": ("i", "y", ""), "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",),
    "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ў": ("u", "v"), "ф": ("f",),
    "х": ("kh", "h", "ch"), "ц": ("ts", "c"), "ч": ("ch", "c"), "ш": ("sh", "s"), "щ": ("shch", "sch"),
    "ъ": ("",), "ы": ("y", "i"), "ь": ("",), "э": ("e",), "ю": ("iu", "yu", "u"), "я": ("ia", "ya", "a"),
    "'": ("",),
}
# A name with more spellings than this keeps the first ones (the commonest letters come first).
MAX_SPELLINGS = 256


def latin_spellings(name: str) -> list[str]:
    """The Latin spellings news gives a Cyrillic first name ("генадзь": henadz, hienadz, gennadz, ...)."""
    options = [_LATIN_LETTERS.get(c, (c,)) for c in name]
    return ["".join(parts) for parts in itertools.islice(itertools.product(*options), MAX_SPELLINGS)]


FIRST_NAMES: dict[str, str] = {
    **dict.fromkeys(_MALE_CYRILLIC.split(), "m"), **dict.fromkeys(_MALE_LATIN.split(), "m"),
    **dict.fromkeys(_FEMALE_CYRILLIC.split(), "f"), **dict.fromkeys(_FEMALE_LATIN.split(), "f"),
}

# What family and friends call a person ("Эдик" is Эдуард, "Дзіма" Дзмітрый, "Katia" Katsiaryna): each line the
# diminutive's spellings, a colon, then the first names it stands for in the four languages and in Latin script.
# ("Воля", "freedom" in Belarusian, is left out: a word, not only Вольга's name.)
_DIMINUTIVES = """
дима дзіма діма dima: дмитрий дзмітрый дзьмітрый дмитро змитер зміцер dzmitry dmitry dmytro zmitser
эдик эдзік едік edik: эдуард eduard
саша sasha: александр аляксандр олександр алесь aliaksandr alexander oleksandr ales
миша міша misha: михаил міхаіл михайло mikhail mikhal mykhailo
коля kolia: николай мікалай микола mikalai nikolai mykola
катя каця katia katya: екатерина кацярына катерина katsiaryna ekaterina kateryna
маша masha: мария марыя марія maria maryia mariya
паша pasha: павел павло pavel pavlo
серёжа сережа сярожа: сергей сяргей сергій siarhei sergei serhii
таня tania tanya: татьяна тацяна тетяна tatsiana tatiana tetiana
оля olia olya: ольга вольга volha olga olha
лёша леша алёша альоша: алексей аляксей олексій aliaksei alexei oleksii
вова вава: владимир уладзімір володимир uladzimir vladimir volodymyr
женя жэня: евгений яўген євген евгения яўгенія yauhen yevgeny
настя nastia: анастасия анастасія nastassia anastasia
юра jura yura: юрий юрый юрій yury yuri yurii
витя віця: виктор віктар віктор viktar viktor
ира іра: ирина ірына ірина iryna irina
наташа natasha: наталья натальля наталія natallia natalia
"""
DIMINUTIVES: dict[str, frozenset[str]] = {
    spelling: frozenset(line.split(":")[1].split())
    for line in _DIMINUTIVES.strip().splitlines() for spelling in line.split(":")[0].split()
}

# Declined forms no ending rule reaches ("Павла" is Павел, "Петра" Пётр).
IRREGULAR = {
    "павла": "павел", "павлу": "павел", "павлом": "павел", "паўла": "павел", "паўлу": "павел", "паўлам": "павел", "паўле": "павел", "павле": "павел",
    "петра": "петр", "петру": "петр", "петром": "петр", "пятра": "пятро", "льва": "лев", "льву": "лев",
    "алега": "алег", "олега": "олег", "олегу": "олег",
}

# Declined endings of first names and what they were in the nominative, longest first:
# "Марию" -> "Мария", "Марыі" -> "Марыя", "Алеся" -> "Алесь", "Миколу" -> "Микола", "Ігара" -> "Ігар".
FIRST_NAME_ENDINGS = (
    ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("іяй", "ія"), ("іі", "ія"), ("ію", "ія"), ("ыяй", "ыя"),
    ("ії", "ія"), ("ыі", "ыя"), ("ыю", "ыя"), ("ьей", "ья"), ("ьи", "ья"), ("ью", "ья"), ("еем", "ей"), ("ея", "ей"),
    ("ею", "ей"), ("ем", "ь"), ("ём", "ь"), ("ем", "й"), ("ом", ""), ("ам", ""), ("ою", "а"), ("ой", "а"),
    ("ай", "а"), ("ей", "я"), ("я", "ь"), ("я", "й"), ("ю", "ь"), ("ю", "й"), ("ю", "я"), ("і", "я"),
    ("и", "я"), ("у", "а"), ("ы", "а"), ("и", "а"), ("і", "а"), ("е", "а"), ("е", "я"), ("а", ""),
    ("у", ""), ("е", ""), ("і", ""),
    # Ukrainian "Ігоря", "Ігорю", "Ігорем" (a stem in a soft "р").
    ("я", ""), ("ю", ""), ("ем", ""),
    # Belarusian "Уладзіслаў" declines as "Уладзіслава" (matched folded, "ў" written "у").
    ("ва", "у"), ("ву", "у"), ("вам", "у"),
    # A name in "-я" after a consonant or an apostrophe: Belarusian "з Дар'яй", "Соф'яй"; Ukrainian "з Дар'єю", "Дар'ї".
    ("яй", "я"), ("єю", "я"), ("ї", "я"),
)
