"""Command line: `python -m bot.extract [--published YYYY-MM-DD] [--lang en|be|ru|uk] FILE` prints the JSON."""

import argparse
import json
import sys

from bot.bounded import ARTICLE, InputRefused, read_text
from bot.extract.dates import parse_iso
from bot.extract.extractor import extract_report
from bot.extract.language import LANGUAGES
from bot.extract.model import report_to_json


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="pardonwatch extract", description="Extract pardon-round facts.")
    ap.add_argument("--published", help="publication date YYYY-MM-DD, resolves 'on Saturday', 'сёння'")
    ap.add_argument("--lang", choices=LANGUAGES, help="article language (detected if omitted)")
    ap.add_argument("file", help="article text file (UTF-8)")
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the extractor on one file and print the contract JSON; 2 on a bad file or date."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else 2
    try:
        published = parse_iso(args.published) if args.published else None
    except ValueError:
        print(f"bad --published date: {args.published!r} (want YYYY-MM-DD)", file=sys.stderr)
        return 2
    try:
        text = read_text(args.file, ARTICLE)
    except InputRefused as refused:
        print(refused, file=sys.stderr)
        return 2
    report = extract_report(text, published=published, lang=args.lang)
    print(json.dumps(report_to_json(report), ensure_ascii=False, indent=2))
    return 0
