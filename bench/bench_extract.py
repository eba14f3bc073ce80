"""Time and weigh the fact extractor next to the landed one (commit 038a085) and the first round of issue #12
(commit ac6783f), in the same process.

Run from the project root: `python bench/bench_extract.py` (or `make bench`). It prints, per article of the
hand-written corpora (p50 and p99, milliseconds): the landed extractor and the first round's, each loaded from
git into a temporary package of another name, and the current one with its linguistic layer; the resident
memory each adds to the process; the time for one 200,000-character page and for the pathological inputs the robustness
tests feed it; and the resident memory of the running bot (the app opened on a seeded database, both
transports imported, /total and /chart answered, an article extracted) in a fresh process, against the
400 MB the bot must stay under.
"""

import datetime as dt
import importlib
import io
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANDED = "038a085"
FIRST_ROUND = "ac6783f"
CORPORA = [ROOT / "tests" / "extract" / name for name in ("corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7",
                                                        "corpus8", "corpus9", "corpus10", "corpus_own")]
RSS_LIMIT_MB = 400
PATHOLOGICAL = ("1 " * 50000, "A" * 100000, "“" * 50000, "Aa " * 40000, "1,000," * 30000, ". " * 50000,
                "<p " * 60000, "<script " * 25000 + "<p>", "[x](/" * 40000, "**a" * 60000, ("x" * 70 + "\n") * 2800)


def load_commit(commit: str, name: str, into: Path):
    """The extractor package of `commit`, renamed `name` so it lives beside `bot.extract`."""
    archive = subprocess.run(["git", "archive", commit, "bot/extract"], cwd=ROOT, capture_output=True, check=True)
    folder = into / name
    folder.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / name
    shutil.move(str(folder / "bot" / "extract"), package)
    for path in package.glob("*.py"):
        path.write_text(re.sub(r"\bbot\.extract\b", name, path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(name)


MEMORY_PROBE = """
import sys
from pathlib import Path
sys.path[:0] = {paths!r}
def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
before = rss()
import importlib
extract = importlib.import_module({module!r}).extract_report
extract(Path({article!r}).read_text(encoding="utf-8"))
print(rss() - before)
"""


def added_mb(module: str, paths: list[str], article: Path) -> float:
    """The resident memory an extractor adds once loaded and run on one article, in a fresh process."""
    probe = MEMORY_PROBE.format(paths=paths, module=module, article=str(article))
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=300)
    return float(run.stdout.strip().splitlines()[-1]) if run.returncode == 0 else float("nan")


def per_article(fn, texts: list[tuple[str, dt.date | None]]) -> list[float]:
    """Milliseconds `fn` takes on each article."""
    times = []
    for text, published in texts:
        start = time.perf_counter()
        fn(text, published)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) > 1 else values[0]


def corpus_texts() -> list[tuple[str, dt.date | None]]:
    import json

    texts = []
    for corpus in CORPORA:
        gold = corpus / "gold.json"
        if not gold.is_file():
            continue
        for g in json.loads(gold.read_text(encoding="utf-8")):
            published = dt.date.fromisoformat(g["published"]) if g.get("published") else None
            texts.append(((corpus / g["file"]).read_text(encoding="utf-8"), published))
    return texts


BOT_PROBE = """
import asyncio, datetime as dt, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
import bot.runner, bot.transports.telegram, bot.transports.matrix, bot.feeds.pipeline
from bot.app import open_app
from bot.config import Config
from bot.dispatcher import Incoming
from bot.extract import extract_report

async def main():
    with tempfile.TemporaryDirectory() as tmp:
        async with open_app(Config(db_path=Path(tmp) / "probe.sqlite3")) as app:
            for command in ("/total", "/chart", "/latest"):
                await app.dispatcher.handle(Incoming("bench", "1", "1", command, "en"))
            extract_report({article!r}, dt.date(2025, 1, 18))
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            print(int(line.split()[1]) / 1024)

asyncio.run(main())
"""


def bot_resident_mb(article: str) -> float:
    """The running bot's resident memory with the extractor loaded, measured in a fresh process."""
    probe = BOT_PROBE.format(root=str(ROOT), article=article)
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=300)
    return float(run.stdout.strip().splitlines()[-1]) if run.returncode == 0 else float("nan")


def main() -> None:
    """Print the figures."""
    texts = corpus_texts()
    article = CORPORA[0] / "ru_01_zerkalo_first_release.txt"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, commit, name in (("landed", LANDED, "landed_extract"), ("first round", FIRST_ROUND, "first_extract")):
            package = load_commit(commit, name, Path(tmp))
            times = per_article(package.extract_report, texts)
            rows.append((f"{label} ({commit})", times, added_mb(name, [str(Path(tmp) / name)], article)))
    from bot.extract import extract_report

    times = per_article(extract_report, texts)
    rows.append(("current", times, added_mb("bot.extract", [str(ROOT)], article)))

    print(f"articles: {len(texts)} (corpora: {', '.join(c.name for c in CORPORA if c.is_dir())})")
    for label, times, mb in rows:
        print(f"{label:22} p50 {statistics.median(times):5.1f} ms, p99 {p99(times):6.1f} ms per article;"
              f" adds {mb:.1f} MB resident")
    landed, current = rows[0][1], rows[-1][1]
    print(f"ratio current/landed:  p50 {statistics.median(current) / statistics.median(landed):.1f}x,"
          f" p99 {p99(current) / p99(landed):.1f}x")

    body = "\n".join(line for text, _ in texts for line in text.splitlines() if line.endswith("."))
    page = (body + "\n") * (200_000 // max(1, len(body)) + 1)
    start = time.perf_counter()
    extract_report(page[:200_000])
    print(f"one 200,000-char page: {time.perf_counter() - start:.2f} s")
    worst = max(per_article(lambda text, _: extract_report(text), [(chunk, None) for chunk in PATHOLOGICAL]))
    print(f"pathological inputs:   worst {worst / 1000:.2f} s")

    rss = bot_resident_mb(texts[0][0])
    print(f"running bot with the extractor loaded: {rss:.0f} MB resident (limit {RSS_LIMIT_MB} MB)")


if __name__ == "__main__":
    main()
