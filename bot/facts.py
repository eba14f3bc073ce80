"""Values that travel between storage, reconciliation and handlers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

ROUND_FIELDS = ("event_date", "pardoned", "women", "men", "chronically_ill", "disabled", "over_50",
                "with_children", "round_ordinal")
MAKEUP_FIELDS = ("women", "men", "chronically_ill", "disabled", "over_50", "with_children")
COUNT_KINDS = ("political_prisoners", "released_total", "died_in_custody")
QUALIFIERS = ("exact", "over", "nearly", "about", "at_least")
# "abroad": freed and taken or expelled abroad (a release); "new_case": a new sentence or criminal case
# (still held).
STATUSES = ("held", "released", "died", "unknown", "abroad", "new_case")


def full_date(value: str | None) -> dt.date | None:
    """The day of an ISO date, or None for a partial ("2024-12") or malformed one."""
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Source:
    """Where a figure comes from: the outlet and link of the article, and who states it."""

    outlet: str
    url: str | None
    published: str | None
    stated_by: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Claim:
    """One article's value for one field of a round."""

    round_id: int
    article_id: int
    field: str
    value: int | str
    qualifier: str
    official: bool
    source: Source
    confidence: str = "medium"  # the extractor's: "high", "medium" or "low"
    seeded: bool = False  # from the project's own checked seed facts
    story_id: int | None = None  # the first article of the same story, when this article copies one

    @property
    def story(self) -> int:
        """The story this claim's article tells: copies and rewrites of one story share it."""
        return self.story_id or self.article_id


@dataclass(frozen=True)
class ChosenValue:
    """The value shown for a field, why it was chosen, and the other values with their sources."""

    value: int | str
    qualifier: str
    rule: str  # "correction", "official", "majority", "newest"
    sources: list[Source]
    others: list[tuple[int | str, list[Source]]] = field(default_factory=list)


@dataclass(frozen=True)
class RoundView:
    """A pardon round as the bot shows it: one chosen value per known field."""

    id: int
    fields: dict[str, ChosenValue]
    sources: list[Source]

    def value(self, name: str) -> int | str | None:
        chosen = self.fields.get(name)
        return chosen.value if chosen else None

    # Kept once computed: a view does not change after it is built, and lists of rounds ask it often.
    @cached_property
    def date(self) -> str | None:
        """The round's date: the event date, else the earliest report's publication date."""
        event = self.value("event_date")
        if event:
            return str(event)
        published = sorted(s.published for s in self.sources if s.published)
        return published[0] if published else None

    @property
    def date_precision(self) -> str | None:
        """How well the date is known: "day", "month" or "year" of the event, or "publication" when
        only the first report's publication date is known (None without any date)."""
        event = self.value("event_date")
        if event:
            return {4: "year", 7: "month"}.get(len(str(event)), "day")
        return "publication" if self.date else None


@dataclass(frozen=True)
class CountPoint:
    """A dated count (political prisoners held, released since July 2024, died in custody)."""

    kind: str
    value: int
    qualifier: str
    as_of: str
    source: Source


@dataclass(frozen=True)
class Prisoner:
    id: int
    external_id: str | None
    name_en: str | None
    name_be: str | None
    name_ru: str | None
    sentence: str | None
    source_url: str | None
    aliases: tuple[str, ...] = ()

    def name_in(self, language: str) -> str:
        """The name in the reply's language, falling back to the other spellings."""
        order = {"en": ("name_en", "name_be", "name_ru"), "be": ("name_be", "name_ru", "name_en"),
                 "ru": ("name_ru", "name_be", "name_en")}[language if language in ("en", "be", "ru") else "en"]
        return next(getattr(self, a) for a in order if getattr(self, a))

    @property
    def all_names(self) -> tuple[str, ...]:
        names = (self.name_en, self.name_be, self.name_ru, *self.aliases)
        return tuple(dict.fromkeys(n for n in names if n))


@dataclass(frozen=True)
class StatusEntry:
    status: str
    since: str | None
    source: str | None
    url: str | None
    origin: str


@dataclass(frozen=True)
class Mention:
    role: str
    as_written: str
    outlet: str
    url: str | None
    published: str | None
