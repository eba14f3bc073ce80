"""First names of Belarusians, Russians and Ukrainians, in Cyrillic and in the Latin spellings news uses.

A capitalised word is a person's first name when it is in these tables (in the nominative, or declined:
see `names.first_name`). Gender tells how the surname next to it declines. This is data, not logic.
"""

_MALE_CYRILLIC = """
александр алексей анатолий андрей антон артем артём артур борис вадим валентин валерий василий виктор
виталий владимир владислав вячеслав геннадий георгий глеб григорий даниил данила денис дмитрий евгений
егор иван игорь илья кирилл константин лев леонид максим марк михаил никита николай олег павел петр пётр
роман руслан семен семён сергей станислав степан тарас федор фёдор эдуард юрий ян ярослав богдан
алесь змитер франак францишек
аляксандр аляксандар аляксей андрэй анатоль арцём барыс вадзім валянцін васіль віктар віталь уладзімір
уладзіслаў вячаслаў генадзь юры юрый ігар іван ілля кірыл канстанцін кастусь леанід максім міхаіл міхась
мікалай мікола мікіта алег паўлюк пятро раман сяргей станіслаў сцяпан фёдар юрась зміцер зьміцер яўген
эдуард дзяніс дзмітрый дзьмітры францішак ягор рыгор сямён багдан данііл лявон алесь пётра
олександр олексій андрій анатолій артем валерій василь віктор віталій володимир владислав геннадій
георгій григорій денис дмитро євген єгор ігор іван ілля кирило костянтин леонід максим михайло микита
микола олег павло петро роман руслан сергій станіслав степан тарас федір юрій ярослав богдан
"""
_FEMALE_CYRILLIC = """
александра алена алёна алла анастасия анна валентина валерия вера виктория галина дарья ева екатерина
елена елизавета жанна ирина инна кристина ксения лариса людмила марина мария марфа наталья наталия
надежда нина ольга оксана полина светлана софия татьяна юлия яна ина
аляксандра алена ала анастасія ганна валянціна вікторыя галіна дар'я кацярына іна ірына крысціна ксенія
ларыса людміла марына марыя наталля надзея ніна вольга паліна святлана сафія таццяна юлія алеся насця
настасся лілія эліна
олександра анастасія ганна вікторія галина дар'я катерина олена ірина інна христина ксенія людмила
марина марія наталія наталя надія ольга поліна світлана софія тетяна юлія оксана
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
"""
_FEMALE_LATIN = """
aliaksandra alena alyona ala alla anastasia nastassia nastasia nasta hanna anna valiantsina valentina
viktoryia viktoria victoria halina galina daria darya katsiaryna katsiaryna kaciaryna ekaterina yekaterina
kateryna ina inna iryna irina krystsina kristina ksenia ksenija larysa larisa liudmila ludmila lyudmila
maryna marina maryia maryja mariya maria marfa natallia natalia natalya nadzeya nadezhda nina volha olga
olha palina polina sviatlana sviatłana svetlana sofia tatsiana tacciana tatiana tetiana yuliya yulia
julija yana jana oksana olena alesia lilia elina
"""

FIRST_NAMES: dict[str, str] = {
    **dict.fromkeys(_MALE_CYRILLIC.split(), "m"), **dict.fromkeys(_MALE_LATIN.split(), "m"),
    **dict.fromkeys(_FEMALE_CYRILLIC.split(), "f"), **dict.fromkeys(_FEMALE_LATIN.split(), "f"),
}

# Declined forms no ending rule reaches ("Павла" is Павел, "Петра" Пётр).
IRREGULAR = {
    "павла": "павел", "павлу": "павел", "павлом": "павел", "паўла": "павел", "паўлу": "павел",
    "петра": "петр", "петру": "петр", "петром": "петр", "пятра": "пятро", "льва": "лев", "льву": "лев",
    "алега": "алег", "олега": "олег", "олегу": "олег",
}

# Declined endings of first names and what they were in the nominative, longest first:
# "Марию" -> "Мария", "Марыі" -> "Марыя", "Алеся" -> "Алесь", "Миколу" -> "Микола", "Ігара" -> "Ігар".
FIRST_NAME_ENDINGS = (
    ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("іяй", "ія"), ("іі", "ія"), ("ію", "ія"), ("ыяй", "ыя"),
    ("ыі", "ыя"), ("ыю", "ыя"), ("ьей", "ья"), ("ьи", "ья"), ("ью", "ья"), ("еем", "ей"), ("ея", "ей"),
    ("ею", "ей"), ("ем", "ь"), ("ём", "ь"), ("ем", "й"), ("ом", ""), ("ам", ""), ("ою", "а"), ("ой", "а"),
    ("ай", "а"), ("ей", "я"), ("я", "ь"), ("я", "й"), ("ю", "ь"), ("ю", "й"), ("ю", "я"), ("і", "я"),
    ("и", "я"), ("у", "а"), ("ы", "а"), ("и", "а"), ("і", "а"), ("е", "а"), ("е", "я"), ("а", ""),
    ("у", ""), ("е", ""), ("і", ""),
)
