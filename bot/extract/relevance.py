"""A cheap keyword filter for feed items: Belarus plus prisoners, pardons or releases, in en/ru/be/uk and Łacinka."""

import re

# Lower-case patterns matched against lower-cased text: re.IGNORECASE over these alternations costs
# about twelve times as much, and the filter runs on every new item of every feed.
_BELARUS = re.compile(r"belarus|belarusian|lukashenk|minsk|беларус|белорус|лукашенк|лукашэнк|білорус|минск|мінск"
                      r"|biełarus|bielarus|łukašenk|lukašenk|miensk")
_TOPIC = re.compile(
    r"prisoner|pardon|releas|freed|clemency|amnesty|jail|detain|political prisoner|viasna"
    r"|политзаключ|помилова|освобо|заключ|амнист|вясн|весна|узник"
    r"|палітвязн|памілава|вызвал|зняволен|амніст|вязн"
    r"|політв|помилув|звільн|ув'язн|в'язн|амніст"
    r"|palitviaz|palitviaź|pamiłava|pamilava|vyzval|źniavolen|zniavolen|viasn"
    # "выйшлі на волю", "вышли на свободу", "вийшли на волю": freed with no other topic word.
    r"|на волю|на волі|на свободу|на свободе|walked free|na volu|na voli")


def is_relevant(title: str, summary: str) -> bool:
    """True when the item mentions Belarus and prisoners, pardons or releases."""
    text = f"{title or ''} {summary or ''}"[:20000].lower()
    return bool(_BELARUS.search(text)) and bool(_TOPIC.search(text))


def is_on_topic(text: str) -> bool:
    """True when the text mentions prisoners, pardons or releases, wherever they are."""
    return bool(_TOPIC.search((text or "")[:20000].lower()))
