"""A cheap keyword filter for feed items: Belarus plus prisoners, pardons or releases, in en/ru/be/uk."""

import re

_BELARUS = re.compile(
    r"belarus|belarusian|lukashenk|minsk|беларус|белорус|білорус|лукашенк|лукашэнк|минск|мінск", re.IGNORECASE)
_TOPIC = re.compile(
    r"prisoner|pardon|releas|freed|clemency|amnesty|jail|detain|political prisoner|viasna"
    r"|политзаключ|помилова|освобо|заключ|амнист|вясн|весна|узник"
    r"|палітвязн|памілава|вызвал|зняволен|амніст|вязн"
    r"|політв|помилув|звільн|ув'язн|в'язн|амніст", re.IGNORECASE)


def is_relevant(title: str, summary: str) -> bool:
    """True when the item mentions Belarus and prisoners, pardons or releases."""
    text = f"{title or ''} {summary or ''}"[:20000]
    return bool(_BELARUS.search(text)) and bool(_TOPIC.search(text))
