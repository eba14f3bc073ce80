"""The extractor's result types and their JSON form (the contract in shared/seeds/README.md)."""

import datetime as dt
from dataclasses import dataclass, field

from bot.extract.names import NamedPerson

QUALIFIERS = ("exact", "over", "nearly", "about", "at_least")
ROLES = ("released", "still_held", "other")
SCALAR_FIELDS = ("pardoned", "women", "men", "chronically_ill", "disabled", "over_50", "with_children",
                 "round_ordinal")
COUNT_FIELDS = ("cumulative_released", "political_prisoners", "died_in_custody")
CONTRACT_KEYS = ("is_pardon_report", "lang", "event_date", *SCALAR_FIELDS, *COUNT_FIELDS,
                 "named_released", "named_still_held", "evidence", "confidence")


@dataclass(frozen=True)
class Count:
    """A figure as stated: value, hedge (one of QUALIFIERS), who states it, and the sentence."""

    value: int
    qualifier: str = "exact"
    source: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Report:
    """Everything the extractor read off one article."""

    is_pardon_report: bool = False
    lang: str = "en"
    event_date: dt.date | None = None
    pardoned: int | None = None
    women: int | None = None
    men: int | None = None
    chronically_ill: int | None = None
    disabled: int | None = None
    over_50: int | None = None
    with_children: int | None = None
    round_ordinal: int | None = None
    cumulative_released: Count | None = None
    political_prisoners: Count | None = None
    died_in_custody: Count | None = None
    names: list[NamedPerson] = field(default_factory=list)
    conflicts: list[Count] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    # For each figure field with a value: "high", "medium" or "low" (see confidence.py).
    confidence: dict[str, str] = field(default_factory=dict)

    @property
    def named_released(self) -> list[str]:
        """Names of people the article gives as released or pardoned, declined forms put in the nominative."""
        return [p.listed for p in self.names if p.role == "released"]

    @property
    def named_still_held(self) -> list[str]:
        """Names of people the article gives as still imprisoned."""
        return [p.listed for p in self.names if p.role == "still_held"]


def _count_json(count: Count | None) -> dict | None:
    if count is None:
        return None
    return {"value": count.value, "qualifier": count.qualifier, "source": count.source}


def report_to_json(report: Report) -> dict:
    """The contract's JSON object for `report`: exactly its keys, evidence for each non-null field."""
    out: dict = {
        "is_pardon_report": report.is_pardon_report,
        "lang": report.lang,
        "event_date": report.event_date.isoformat() if report.event_date else None,
    }
    for name in SCALAR_FIELDS:
        out[name] = getattr(report, name)
    for name in COUNT_FIELDS:
        out[name] = _count_json(getattr(report, name))
    out["named_released"] = report.named_released
    out["named_still_held"] = report.named_still_held
    evidence = {}
    for name in ("event_date", *SCALAR_FIELDS, *COUNT_FIELDS):
        if out[name] is not None and name in report.evidence:
            evidence[name] = report.evidence[name]
    for name in ("named_released", "named_still_held"):
        role = "released" if name == "named_released" else "still_held"
        sentences = [p.evidence for p in report.names if p.role == role]
        if sentences:
            evidence[name] = " ".join(dict.fromkeys(sentences))
    out["evidence"] = evidence
    # Trust per figure for the confirmation policy: only fields that have a value, one of low/medium/high.
    out["confidence"] = {name: report.confidence[name] for name in ("event_date", *SCALAR_FIELDS, *COUNT_FIELDS)
                         if out[name] is not None and name in report.confidence}
    return out
