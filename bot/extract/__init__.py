"""Fact extractor: reads a news article about Belarus's pardon rounds and returns checked facts."""

from bot.extract.extractor import extract_report
from bot.extract.model import Count, Report, report_to_json
from bot.extract.names import NamedPerson
from bot.extract.relevance import is_relevant

__all__ = ["Count", "NamedPerson", "Report", "extract_report", "is_relevant", "report_to_json"]
