"""A small registry of real people, as a human rights group publishes it."""

from __future__ import annotations

from pathlib import Path

REGISTRY = [
    {"id": "v-1", "name_en": "Ales Bialiatski", "name_be": "Алесь Бяляцкі", "name_ru": "Алесь Беляцкий",
     "aliases": "Aleś Bialacki", "status": "released", "status_date": "2025-12-13", "sentence": "10 years",
     "source_url": "https://prisoners.spring96.org/en/person/ales-bialiatski"},
    {"id": "v-2", "name_en": "Siarhei Tsikhanouski", "name_be": "Сяргей Ціханоўскі", "name_ru": "Сергей Тихановский",
     "aliases": "", "status": "released", "status_date": "2025-06-21", "sentence": "18 years", "source_url": ""},
    {"id": "v-3", "name_en": "Maria Kalesnikava", "name_be": "Марыя Калеснікава", "name_ru": "Мария Колесникова",
     "aliases": "", "status": "released", "status_date": "2025-12-13", "sentence": "11 years", "source_url": ""},
    {"id": "v-4", "name_en": "Ihar Losik", "name_be": "Ігар Лосік", "name_ru": "Игорь Лосик",
     "aliases": "", "status": "released", "status_date": "2025-06-21", "sentence": "15 years", "source_url": ""},
    {"id": "v-5", "name_en": "Mikola Statkevich", "name_be": "Мікола Статкевіч", "name_ru": "Николай Статкевич",
     "aliases": "", "status": "held", "status_date": "2025-09-11", "sentence": "", "source_url": ""},
    {"id": "v-6", "name_en": "Maryna Zolatava", "name_be": "Марына Золатава", "name_ru": "Марина Золотова",
     "aliases": "", "status": "released", "status_date": "", "sentence": "", "source_url": ""},
]
FIELDS = ["id", "name_en", "name_be", "name_ru", "aliases", "status", "status_date", "sentence", "source_url"]


def write_csv(path: Path, rows: list[dict]) -> Path:
    """The rows as a registry CSV file (header first)."""
    lines = [",".join(FIELDS)] + [",".join(row[f] for f in FIELDS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
