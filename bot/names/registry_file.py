"""Streaming reader and writer of prisoner registry files (CSV, JSON array, JSON Lines).

Used by ``pardonwatch prisoners import FILE`` and the matching export.  Reading yields one
:class:`RegistryRow` per usable record and one :class:`RowError` per unusable one, in file order,
holding at most one record (plus a read buffer) in memory.

Columns: ``id`` (required; that it is unique in the file is the importer's check, through the
database, so that reading keeps no set of every id), ``name_en``, ``name_be``, ``name_ru`` (at least
one), ``aliases`` (``;``-separated, or a list in JSON), ``status`` (held, released, died, unknown,
``abroad``: freed and taken abroad, ``new_case``: a new sentence or case; default unknown),
``status_date`` (YYYY-MM-DD), ``sentence``, ``source_url`` (http/https only).
Unknown columns are ignored.  Line numbers are 1-based physical lines: for CSV the line where
the record ends (the header is line 1), for JSON the line where the object starts.

CSV is written for spreadsheets: every cell quoted, and a cell that would start with a formula
character (= + - @, tab, carriage return) gets a leading ``'``, which reading CSV takes off again.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from bot import facts
from bot.bounded import UnreadableLine

FIELDS = ("id", "name_en", "name_be", "name_ru", "aliases", "status", "status_date", "sentence", "source_url")
NAME_FIELDS = ("name_en", "name_be", "name_ru")
STATUSES = frozenset(facts.STATUSES)
MAX_FIELD_CHARS = 300
_CHUNK = 1 << 16
_MAX_JSON_OBJECT = 1 << 20
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# OWASP's rule against CSV injection: a spreadsheet runs a cell that begins with one of these as a
# formula, so an exported cell starting so gets a single quote in front (shown as text, never run).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_REST_NOT_READ = "the rest of the file was not read"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RegistryRow:
    """One valid registry record."""

    id: str
    name_en: str = ""
    name_be: str = ""
    name_ru: str = ""
    aliases: tuple[str, ...] = ()
    status: str = "unknown"
    status_date: date | None = None
    sentence: str = ""
    source_url: str = ""
    line: int = 0

    def names(self) -> list[str]:
        """All spellings of the person, ready for :meth:`bot.names.index.NameIndex.add`."""
        return [n for n in (self.name_en, self.name_be, self.name_ru, *self.aliases) if n]


@dataclass(frozen=True, slots=True)
class RowError:
    """A record that cannot be used, with the reason and its line in the file."""

    line: int
    reason: str


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ";".join(_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()


def parse_record(record: Mapping[str, object], line: int) -> RegistryRow | RowError:
    """Validate one record (a dict of column values)."""
    if not isinstance(record, Mapping):
        return RowError(line, "record is not an object")
    return _validated({f: _text(record.get(f)) for f in FIELDS}, line)


def _validated(values: dict[str, str], line: int) -> RegistryRow | RowError:
    """A row from its fields' stripped text (every name of FIELDS, "" when absent), or why not."""
    # One search over all fields first: nearly every row is clean, and nine searches cost more.
    if _CONTROL.search("".join(values.values())) or max(map(len, values.values())) > MAX_FIELD_CHARS:
        for field_name, value in values.items():
            if len(value) > MAX_FIELD_CHARS:
                return RowError(line, f"{field_name} longer than {MAX_FIELD_CHARS} characters")
            if _CONTROL.search(value):
                return RowError(line, f"{field_name} contains control characters")
    entry_id = values["id"]
    if not entry_id:
        return RowError(line, "missing id")
    if not any(values[f] for f in NAME_FIELDS):
        return RowError(line, "no name: one of name_en, name_be, name_ru is required")
    status = values["status"].lower() or "unknown"
    if status not in STATUSES:
        return RowError(line, f"bad status {values['status']!r}: expected one of {', '.join(sorted(STATUSES))}")
    status_date = None
    if values["status_date"]:
        if not _DATE.fullmatch(values["status_date"]):
            return RowError(line, f"bad status_date {values['status_date']!r}: expected YYYY-MM-DD")
        try:
            status_date = date.fromisoformat(values["status_date"])
        except ValueError:
            return RowError(line, f"bad status_date {values['status_date']!r}: no such day")
    url = values["source_url"]
    if url:
        try:
            parts = urlsplit(url)
        except ValueError:
            parts = None
        if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
            return RowError(line, f"bad source_url {url!r}: only http and https links are accepted")
    aliases = tuple(a.strip() for a in values["aliases"].split(";") if a.strip())
    return RegistryRow(entry_id, values["name_en"], values["name_be"], values["name_ru"], aliases, status,
                       status_date, values["sentence"], url, line)


def detect_format(name: str | Path | None, first_char: str = "") -> str:
    """Return ``"csv"``, ``"json"`` or ``"jsonl"`` from a file name, else from its first character."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in (".csv", ".json", ".jsonl"):
        return suffix[1:]
    if suffix == ".ndjson":
        return "jsonl"
    return {"[": "json", "{": "jsonl"}.get(first_char, "csv")


def read_registry(source: str | Path | IO[str], fmt: str | None = None) -> Iterator[RegistryRow | RowError]:
    """Stream rows and errors from a registry file path or an open text file (CSV: ``newline=""``)."""
    if isinstance(source, str | Path):
        with open(source, encoding="utf-8-sig", newline="") as fp:
            yield from read_registry(fp, fmt or detect_format(source, _peek(fp)))
        return
    fmt = fmt or detect_format(getattr(source, "name", None), _peek(source))
    if fmt == "csv":
        yield from _read_csv(source)
    elif fmt == "jsonl":
        yield from _read_jsonl(source)
    elif fmt == "json":
        yield from _read_json_array(source)
    else:
        raise ValueError(f"unknown registry format {fmt!r}")


def _peek(fp: IO[str]) -> str:
    if not fp.seekable():
        return ""
    pos = fp.tell()
    head = fp.read(256).lstrip("\ufeff \t\r\n")
    fp.seek(pos)
    return head[:1]


def _read_csv(fp: IO[str]) -> Iterator[RegistryRow | RowError]:
    reader = csv.reader(fp)
    try:
        header = next(reader)
    except StopIteration:
        return
    except (csv.Error, UnreadableLine) as exc:
        yield RowError(1, f"unreadable CSV header: {exc}")
        return
    header = [h.lstrip("\ufeff").strip().lower() for h in header]
    if "id" not in header:
        yield RowError(1, "missing column: id")
        return
    # Where each known field is (of a column named twice, the last), in the order of FIELDS.
    position = {name: i for i, name in enumerate(header)}
    columns = [(f, position.get(f, len(header))) for f in FIELDS]
    blank = [""] * (len(header) + 1)
    skipped = 0  # lines the source could not give: csv's own line count misses them
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnreadableLine as exc:
            skipped += 1
            yield RowError(exc.line, f"{exc.reason}: the row was skipped")
            continue
        except csv.Error as exc:
            # The reader starts afresh on the next line: one bad field costs its row, not the file.
            yield RowError(reader.line_num + skipped, f"unreadable CSV: {exc}")
            continue
        line = reader.line_num + skipped
        joined = "".join(cells)
        if not joined.strip():
            continue
        if len(cells) > len(header):
            yield RowError(line, f"{len(cells)} cells but {len(header)} columns")
            continue
        if "'" in joined:
            cells = [from_spreadsheet_cell(c) for c in cells]
        cells.extend(blank[len(cells):])  # a short row, and the place of a column the file lacks
        yield _validated({f: cells[i].strip() for f, i in columns}, line)


def _read_jsonl(fp: IO[str]) -> Iterator[RegistryRow | RowError]:
    lines = iter(fp)
    line_no = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except UnreadableLine as exc:
            line_no = exc.line
            yield RowError(exc.line, f"{exc.reason}: the row was skipped")
            continue
        line_no += 1
        text = line.strip().lstrip("\ufeff")
        if not text:
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield RowError(line_no, f"bad JSON: {exc.msg}")
            continue
        yield parse_record(record, line_no)


def _read_json_array(fp: IO[str]) -> Iterator[RegistryRow | RowError]:
    # An array has no lines to resume at: what cannot be read ends the reading, and says so.
    try:
        yield from _json_array_items(fp)
    except UnreadableLine as exc:
        yield RowError(exc.line, f"{exc.reason}; {_REST_NOT_READ}")


def _json_array_items(fp: IO[str]) -> Iterator[RegistryRow | RowError]:
    # Decode one array element at a time from a sliding buffer instead of json.load(), so a
    # registry of any size needs memory for one record only.
    decoder = json.JSONDecoder()
    buf = ""
    line = 1
    eof = False
    started = False

    def fill() -> bool:
        nonlocal buf, eof
        chunk = fp.read(_CHUNK)
        eof = not chunk
        buf += chunk
        return bool(chunk)

    while True:
        stripped = buf.lstrip(" \t\r\n\ufeff" + ("," if started else ""))
        line += buf[: len(buf) - len(stripped)].count("\n")
        buf = stripped
        if not buf:
            if eof or not fill():
                yield RowError(line, "unexpected end of JSON: missing ]")
                return
            continue
        if not started:
            if buf[0] != "[":
                yield RowError(line, "JSON registry must be an array of objects")
                return
            buf, started = buf[1:], True
            continue
        if buf[0] == "]":
            return
        try:
            record, end = decoder.raw_decode(buf)
        except json.JSONDecodeError as exc:
            if not eof and len(buf) < _MAX_JSON_OBJECT and fill():
                continue
            yield RowError(line, f"bad JSON: {exc.msg}; {_REST_NOT_READ}")
            return
        if end == len(buf) and not eof and fill():
            continue  # a number or literal may continue in the next chunk
        yield parse_record(record, line)
        line += buf[:end].count("\n")
        buf = buf[end:]


def spreadsheet_cell(value: str) -> str:
    """The value as a cell no spreadsheet runs: "=HYPERLINK(…)" → "'=HYPERLINK(…)"."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def from_spreadsheet_cell(value: str) -> str:
    """The value an exported cell stands for: the quote that `spreadsheet_cell` added comes off again."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def _record(row: RegistryRow) -> dict[str, str]:
    return {
        "id": row.id, "name_en": row.name_en, "name_be": row.name_be, "name_ru": row.name_ru,
        "aliases": ";".join(row.aliases), "status": row.status,
        "status_date": row.status_date.isoformat() if row.status_date else "",
        "sentence": row.sentence, "source_url": row.source_url,
    }  # fmt: skip


def write_registry(rows: Iterable[RegistryRow], fp: IO[str], fmt: str = "csv") -> int:
    """Write rows as CSV (with header), a JSON array or JSON Lines; return how many were written."""
    count = 0
    if fmt == "csv":
        # Every cell quoted, so that no separator a spreadsheet guesses (";") starts a cell of its own.
        writer = csv.DictWriter(fp, fieldnames=FIELDS, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_cell(v) for k, v in _record(row).items()})
            count += 1
    elif fmt in ("json", "jsonl"):
        if fmt == "json":
            fp.write("[")
        for row in rows:
            text = json.dumps(_record(row), ensure_ascii=False)
            if fmt == "json":
                fp.write(("\n" if count == 0 else ",\n") + text)
            else:
                fp.write(text + "\n")
            count += 1
        if fmt == "json":
            fp.write("\n]\n")
    else:
        raise ValueError(f"unknown registry format {fmt!r}")
    return count
