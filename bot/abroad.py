"""Whether a report's sentence says released people were taken abroad: a release read off such a
sentence is the status `abroad` (freed and taken or expelled abroad), not `released`.

Since June 2025 most people freed in a round were driven to Lithuania or Ukraine straight from the
colony. The phrases are per language and need a verb of taking, expelling or deporting: a sentence
that merely names a country ("Lithuania's foreign ministry welcomed the release") is not enough.
"""

from __future__ import annotations

import re

# Within one sentence: a verb of moving someone, then (at most 60 characters on) where to.
_NEAR = r"[^.!?]{0,60}?"

ABROAD_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(deported|expelled|exiled)\b",
        r"\bforced to leave (belarus|the country)\b",
        r"\b(taken|transferred|driven|bused|brought|escorted|handed over|sent)\b" + _NEAR
        + r"\b(abroad|into exile|across the border|out of (belarus|the country)"
        r"|to (lithuania|vilnius|ukraine|kyiv|poland|warsaw|latvia|riga))\b",
    ),
    "be": (
        r"дэпартава\w*|выдвар\w*|высланы\w*",
        r"(вывез\w*|перададз\w*|перапраўл\w*|дастаўл\w*)" + _NEAR
        + r"(за мяжу|за межы|[уў] літв|[уў] вільн|ва [уў]краін|[уў] кіеў|[уў] польшч|[уў] латві|з беларусі|з краіны)",
    ),
    "ru": (
        r"депортир\w*|выдвор\w*|выслан\w*",
        r"(вывез\w*|вывоз\w*|передан\w*|переправ\w*|доставлен\w*)" + _NEAR
        + r"(за границ|за рубеж|за пределы|в литв|в вильнюс|на украин|в украин|в киев|в польш|в латви"
        r"|из беларуси|из страны)",
    ),
    "uk": (
        r"депортован\w*|видворен\w*|вислан\w*",
        r"(вивез\w*|передан\w*|переправлен\w*|доправлен\w*)" + _NEAR
        + r"(за кордон|до литви|в литву|до україни|в україну|до польщі|до латвії|з білорусі|з країни)",
    ),
}

# Every language's phrases at once: an article's language is a guess, and the scripts barely overlap.
_ABROAD = re.compile("|".join(f"(?:{p})" for phrases in ABROAD_PHRASES.values() for p in phrases), re.IGNORECASE)


def taken_abroad(sentence: str | None) -> bool:
    """True when `sentence` says someone was taken, deported or expelled abroad."""
    return bool(sentence) and _ABROAD.search(sentence) is not None
