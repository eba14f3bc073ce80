"""An experiment: a learned decision for people the rules recognise but leave without a state (role "other").

Run from the project root: `python bench/train_state_model.py [--study DIR ...] [--records FILE] [--weights FILE]`.
Measured in docs/extract-corpus.md ("Fourteenth round: a learned decision for names the rules leave without a state"):
leave-one-corpus-out it gave no name field on blind18-23, so it is not part of the extractor.

1. Every hand-labelled corpus is read by the extractor (`extract_report`, the rules only). For each person it names, the
   script computes a few tens of language-independent features of the surroundings (counts of the lexicon's cue roles
   in the person's sentences, the ones next to them, their paragraphs, the heading or lead-in above, the lead; how the
   person is named; prison, wish and speaker words; what the rules read at each mention; the article's genre), the
   label the gold gives (the list the person is in, else "neither") and whether the rules left the person open.
2. A multinomial logistic regression (released / still_held / neither) learns from every person (the ones the rules
   decided teach it which surroundings go with which state); each state's threshold is chosen, and the model's effect
   scored, on the open people only, the only ones it would be used on.
3. Leave-one-corpus-out over the study corpora blind18-23: trained on every other corpus (the repository's and the other
   blind ones), thresholds chosen by an inner leave-one-corpus-out over those, the held-out corpus's two name fields
   scored as `score_extraction.py` does, without and with the model.

numpy is needed here only; the weights (`--weights`) are a JSON file a dot product can read.
"""

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.extract import extract_report  # noqa: E402
from bot.extract.cues import cues, list_role  # noqa: E402
from bot.extract.events import headline_index  # noqa: E402
from bot.extract.extractor import _read  # noqa: E402
from bot.extract.frames import lead_in  # noqa: E402
from bot.extract.latin import to_cyrillic  # noqa: E402
from bot.extract.name_forms import surname_key  # noqa: E402
from bot.extract.names import NamedPerson, NameSpan, is_public_figure, name_spans  # noqa: E402
from bot.extract.roles import read_roles  # noqa: E402
from bot.extract.sections import section_heading  # noqa: E402
from bot.extract.text import Sentence  # noqa: E402
from tests.extract.helpers import scorer_surname_key  # noqa: E402

LABELS = ("released", "still_held", "neither")
# The cue roles counted around a person (see `cues.cues`).
CUE_ROLES = ("released", "still_held", "held_weak", "sentenced", "wished", "died", "restricted")
# Counts are capped so that one long list does not outweigh everything else.
COUNT_CAP = 2
# How many sentences above the first mention a list's lead-in or a section heading may stand.
FRAME_REACH = 12
# How many sentences after the headline make the lead.
LEAD_SENTENCES = 3
# A list item is a name with a place or a job, not a sentence.
ITEM_WORDS = 10
# The people an article names, capped, for the share of them the rules give each state.
PEOPLE_CAP = 10
_BULLETS = "—–-•*·"


@dataclass(frozen=True)
class Mention:
    """Where a sentence names the person."""

    sentence: Sentence
    span: NameSpan


def _capped(count: int, cap: int = COUNT_CAP) -> float:
    return min(count, cap) / cap


def _role_counts(prefix: str, sentences: list[Sentence]) -> dict[str, float]:
    """How many cues of each role the sentences hold, capped: `prefix_released`, `prefix_still_held` ..."""
    found = [c.role for s in sentences for c in cues(s.lex, s.plain)]
    return {f"{prefix}_{role}": _capped(found.count(role)) for role in CUE_ROLES}


def mentions_of(sentences: list[Sentence], person: NamedPerson) -> list[Mention]:
    """Every place the article names the person: in full or by the surname alone, in any case."""
    key = surname_key(person.nominative)
    found = []
    for s in sentences:
        spans = [sp for sp in name_spans(s) if surname_key(sp.nominative) == key]
        if not spans:
            words = s.text.split()
            at = 0
            for word in words:
                start = s.text.index(word, at)
                at = start + len(word)
                bare = word.strip(".,;:!?\"'«»“”()—–-")
                if bare[:1].isupper() and len(bare) > 3 and surname_key(bare) == key:
                    spans = [NameSpan(start, start + len(bare), bare, bare)]
                    break
        found += [Mention(s, sp) for sp in spans[:1]]
    return found


def own_sentence_features(mentions: list[Mention]) -> dict[str, float]:
    """Cue roles in the sentences that name the person."""
    return _role_counts("own", list({id(m.sentence): m.sentence for m in mentions}.values()))


def neighbour_features(sentences: list[Sentence], mentions: list[Mention]) -> dict[str, float]:
    """Cue roles in the sentence before and the one after each mention, within the paragraph or next to it (those
    that name the person are counted as their own)."""
    own = {m.sentence.index for m in mentions}
    near = {}
    for m in mentions:
        for j in (m.sentence.index - 1, m.sentence.index + 1):
            if 0 <= j < len(sentences) and j not in own and abs(sentences[j].para - m.sentence.para) <= 1:
                near[j] = sentences[j]
    return _role_counts("near", list(near.values()))


def paragraph_features(sentences: list[Sentence], mentions: list[Mention]) -> dict[str, float]:
    """Whether the rest of the person's paragraphs tells a release or a holding ("Ihar Losik, 33 ... Now in a colony")."""
    paras = {m.sentence.para for m in mentions}
    own = {m.sentence.index for m in mentions}
    rest = [s for s in sentences if s.para in paras and s.index not in own]
    roles = [c.role for s in rest for c in cues(s.lex, s.plain)]
    return {"para_released": _capped(roles.count("released")),
            "para_held": _capped(sum(roles.count(r) for r in ("still_held", "held_weak", "sentenced")))}


def frame_features(sentences: list[Sentence], mentions: list[Mention]) -> dict[str, float]:
    """The state told by the nearest heading or lead-in above the first mention ("Still behind bars:", "Среди
    освобождённых —", a section heading, a paragraph leading into profiles)."""
    role = "other"
    if mentions:
        first = mentions[0].sentence.index
        for j in range(first - 1, max(-1, first - 1 - FRAME_REACH), -1):
            s = sentences[j]
            if s.text.rstrip().endswith(":") or section_heading(sentences, j) or lead_in(sentences, j):
                role = list_role(s.lex, s.plain)
                break
    return {"frame_released": float(role == "released"), "frame_held": float(role == "still_held")}


def lead_features(sentences: list[Sentence]) -> dict[str, float]:
    """Cue roles in the headline and lead: what the article is about."""
    start = headline_index(sentences)
    lead = sentences[:start + LEAD_SENTENCES]
    roles = [c.role for s in lead for c in cues(s.lex, s.plain)]
    return {"lead_released": _capped(roles.count("released")),
            "lead_held": _capped(sum(roles.count(r) for r in ("still_held", "held_weak")))}


def shape_features(sentences: list[Sentence], mentions: list[Mention]) -> dict[str, float]:
    """How the person is named: as a list item, opening a sentence, in a quotation, in a question; how often, how early."""
    def item(m: Mention) -> bool:
        names = sum(len(sp.text.split()) for sp in name_spans(m.sentence))
        return (m.sentence.text.lstrip()[:1] in _BULLETS
                or len(m.sentence.text.split()) - names <= ITEM_WORDS and not m.sentence.text.rstrip().endswith("."))
    count = len(mentions) or 1
    return {
        "list_item": sum(map(item, mentions)) / count,
        "opens_sentence": sum(not m.sentence.text[:m.span.start].strip(" \"“«„'‘" + _BULLETS) for m in mentions) / count,
        "quoted": sum(m.sentence.is_quoted(m.span.start) for m in mentions) / count,
        "question": sum(m.sentence.text.rstrip().endswith("?") for m in mentions) / count,
        "mentions": _capped(len(mentions), 4),
        "first_place": mentions[0].sentence.index / len(sentences) if mentions and sentences else 1.0,
    }


def word_features(sentences: list[Sentence], mentions: list[Mention]) -> dict[str, float]:
    """Prison words in the person's sentences and the one after: a colony or prison, a term served;
    a wish, a plan or a modal (a release still to come); a relative, an official, a speaker."""
    own = list({m.sentence.index: m.sentence for m in mentions}.values())
    after = [sentences[m.sentence.index + 1] for m in mentions if m.sentence.index + 1 < len(sentences)]

    def share(field_names: tuple[str, ...], pool: list[Sentence]) -> float:
        return float(any(s.lex[f].search(s.plain) for s in pool for f in field_names))
    return {
        "in_prison": share(("IN_PRISON", "FROM_PRISON"), own + after),
        "served": share(("SERVED", "SERVED_RELEASE"), own + after),
        "wish": share(("FREE_WISH", "DEMAND", "PLANNED", "MODAL"), own),
        "former": share(("FORMER", "FORMERLY"), own),
        "kin": share(("KIN",), own),
        "official": share(("OTHER_TITLES",), own),
        "speaks": share(("SPEAKER_VERBS",), own),
        "absentia": share(("ABSENTIA",), own),
    }


def rule_features(person: NamedPerson, mentions: list[Mention]) -> dict[str, float]:
    """What the rules read at each mention though they gave no state: a relative, a name only mentioned, a public
    figure, a death or a stay abroad."""
    readings = [r.role for m in mentions for r in read_roles(m.sentence, m.span)]
    count = len(mentions) or 1
    return {
        "rule_relative": float("relative" in readings),
        "rule_mentioned": float("mentioned" in readings),
        "rule_gone": float("died" in readings or "abroad" in readings),
        "rule_weak": sum(r in ("sentenced", "held_weak", "wished") for r in readings) / count,
        "public_figure": float(is_public_figure(person.nominative)),
    }


def article_features(names: list[NamedPerson], person: NamedPerson, is_report: bool) -> dict[str, float]:
    """The article's genre (a report of a round or not), the share of its people the rules give each state, and
    whether another of them bears the person's surname (a wife, a son: "Его сестра Ольга Ивашина")."""
    count = len(names) or 1
    key = surname_key(person.nominative)
    return {
        "namesake": float(any(p is not person and surname_key(p.nominative) == key for p in names)),
        "is_report": float(is_report),
        "people": _capped(len(names), PEOPLE_CAP),
        "share_released": sum(p.role == "released" for p in names) / count,
        "share_held": sum(p.role == "still_held" for p in names) / count,
    }


def features(sentences: list[Sentence], names: list[NamedPerson], person: NamedPerson, is_report: bool
             ) -> dict[str, float]:
    """Every feature of one person the article names, by name, in a fixed order."""
    mentions = mentions_of(sentences, person)
    return {
        **own_sentence_features(mentions),
        **neighbour_features(sentences, mentions),
        **paragraph_features(sentences, mentions),
        **frame_features(sentences, mentions),
        **lead_features(sentences),
        **shape_features(sentences, mentions),
        **word_features(sentences, mentions),
        **rule_features(person, mentions),
        **article_features(names, person, is_report),
    }


def undecided(names: list[NamedPerson]) -> list[NamedPerson]:
    """The people the model may give a state: left without one by the rules, and sharing no surname with one who has a
    state (a lone "Tsikhanouski" beside "Siarhei Tsikhanouski", a wife beside her husband: the same name twice in a list
    is one person counted twice, or the wrong one)."""
    stated = {surname_key(p.nominative) for p in names if p.role != "other"}
    return [p for p in names if p.role == "other" and surname_key(p.nominative) not in stated]



# The corpora scored one by one, held out in turn (each a folder of articles with its gold.json): by default the
# repository's copies of blind18-21; the experiment of the fourteenth round passed blind18-23 with --study.
DEFAULT_STUDY = [ROOT / "tests" / "extract" / "corpus11", ROOT / "tests" / "extract" / "corpus12"]


def repository_corpora(study: list[Path]) -> list[Path]:
    """The repository's other corpora, always in training (corpus11 and corpus12 are copies of blind18-21: never twice)."""
    return [p for p in sorted((ROOT / "tests" / "extract").glob("corpus*"))
            if p.name not in ("corpus11", "corpus12") and p not in study and (p / "gold.json").is_file()]
THRESHOLDS = [round(0.40 + 0.05 * k, 2) for k in range(12)]
# A probability no state reaches: the state is never given.
NEVER = 1.01
# A wrong state costs this many right ones (a person's state moved into the wrong list, or invented).
WRONG_COST = 2.0
L2 = 0.01
STEPS = 4000
RATE = 1.0


def people_of(text: str, published: dt.date | None) -> list[dict]:
    """Each person the extractor names in the article, with the features, the rules' role and whether it is open."""
    report = extract_report(text, published)
    _, sentences, lacinka = _read(text, None)
    # A Łacinka article's names come back as written: its sentences are read in Cyrillic.
    names = [NamedPerson(p.name, p.role, p.evidence, to_cyrillic(p.nominative)) if lacinka else p for p in report.names]
    open_ones = {id(p) for p in undecided(names)}
    return [{"nominative": p.nominative, "features": features(sentences, names, p, report.is_pardon_report),
             "open": id(p) in open_ones, "rules": p.role} for p in names]


def _initial(name: str) -> str:
    """The first letter of a name's first word, script-independent ("Siarhei" and "Сяргей" meet), or "" for one word."""
    words = name.split()
    return scorer_surname_key(words[0])[:1] if len(words) > 1 else ""


def _label(nominative: str, gold: dict) -> str:
    """The gold list the person is in: same surname (as the scorer compares them) and, when both give one, the same
    first initial, so that "Sviatlana Tsikhanouskaya" is not labelled with her husband's state."""
    key, initial = scorer_surname_key(nominative), _initial(nominative)
    for field, label in (("named_released", "released"), ("named_still_held", "still_held")):
        for name in gold.get(field) or []:
            if scorer_surname_key(name) == key and (not initial or not _initial(name) or _initial(name) == initial):
                return label
    return "neither"


def record(corpora: list[Path]) -> list[dict]:
    """One record per article: its corpus, gold name lists, the rules' names and roles, and the stateless people."""
    out = []
    for corpus in corpora:
        for gold in json.loads((corpus / "gold.json").read_text(encoding="utf-8")):
            text = (corpus / gold["file"]).read_text(encoding="utf-8")
            published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
            people = people_of(text, published)
            for person in people:
                person["label"] = _label(person["nominative"], gold)
            names = [(p["nominative"], p["rules"]) for p in people]
            out.append({"corpus": corpus.name, "file": gold["file"], "names": names, "people": people,
                        "gold": {f: gold.get(f) or [] for f in ("named_released", "named_still_held")},
                        "unscored": gold.get("unscored", [])})
        print(f"recorded {corpus.name}", file=sys.stderr)
    return out


def open_only(records: list[dict]) -> list[dict]:
    """The records with only the people the rules left open."""
    return [{**r, "people": [p for p in r["people"] if p["open"]]} for r in records]


def _matrix(records: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    people = [p for r in records for p in r["people"]]
    x = np.array([[1.0, *(p["features"][n] for n in names)] for p in people]).reshape(len(people), len(names) + 1)
    y = np.array([LABELS.index(p["label"]) for p in people], dtype=int)
    return x, y


def train(records: list[dict], names: list[str]) -> np.ndarray:
    """Weights (labels x (1 + features)) of an L2-regularised multinomial logistic regression, by gradient descent."""
    x, y = _matrix(records, names)
    w = np.zeros((len(LABELS), x.shape[1]))
    if not len(y):
        return w
    onehot = np.eye(len(LABELS))[y]
    penalty = np.ones_like(w)
    penalty[:, 0] = 0.0  # the bias is not shrunk
    for _ in range(STEPS):
        scores = x @ w.T
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot).T @ x / len(y) + L2 * penalty * w
        w -= RATE * grad
    return w


def _predict(w: np.ndarray, records: list[dict], names: list[str]) -> list[np.ndarray]:
    """Per record, the probabilities of its stateless people (people x labels)."""
    out = []
    for r in records:
        x, _ = _matrix([r], names)
        scores = x @ w.T
        scores -= scores.max(axis=1, keepdims=True) if len(x) else 0
        p = np.exp(scores)
        out.append(p / p.sum(axis=1, keepdims=True) if len(x) else p)
    return out


def _states(probs: np.ndarray, thresholds: dict[str, float]) -> list[str]:
    """The state the model gives each open person: released or still_held when sure, else other."""
    out = []
    for p in probs:
        best = LABELS[0] if p[0] >= p[1] else LABELS[1]
        out.append(best if p[LABELS.index(best)] >= thresholds[best] else "other")
    return out


def _net(records: list[dict], probs: list[np.ndarray], thresholds: dict[str, float], state: str | None = None
         ) -> tuple[int, int]:
    """(people given their gold state, people given a wrong one) at `thresholds`, of one state or both."""
    right = wrong = 0
    for r, p in zip(records, probs, strict=True):
        for person, given in zip(r["people"], _states(p, thresholds), strict=True):
            if given != "other" and state in (None, given):
                right += given == person["label"]
                wrong += given != person["label"]
    return right, wrong


def out_of_fold(records: list[dict], names: list[str]) -> list[np.ndarray]:
    """Each record's probabilities for its open people from a model trained without its corpus."""
    opened = open_only(records)
    probs: list[np.ndarray | None] = [None] * len(records)
    for corpus in sorted({r["corpus"] for r in records}):
        w = train([r for r in records if r["corpus"] != corpus], names)
        held = [k for k, r in enumerate(opened) if r["corpus"] == corpus]
        for k, p in zip(held, _predict(w, [opened[k] for k in held], names), strict=True):
            probs[k] = p
    return probs


def choose_thresholds(records: list[dict], names: list[str]) -> dict[str, float]:
    """Each state's threshold with the best (right - WRONG_COST x wrong) of that state over leave-one-corpus-out
    predictions; ties go to the higher, the more careful, and a state that gains at none gets NEVER."""
    probs = out_of_fold(records, names)
    opened = open_only(records)
    chosen = {}
    for state in ("released", "still_held"):
        def gain(t: float, state: str = state) -> float:
            right, wrong = _net(opened, probs, {"released": NEVER, "still_held": NEVER, state: t}, state)
            return right - WRONG_COST * wrong
        best = max(reversed(THRESHOLDS), key=gain)
        chosen[state] = best if gain(best) > 0 else NEVER
    return chosen


def score_names(records: list[dict], probs: list[np.ndarray] | None, thresholds: dict[str, float]
                ) -> dict[str, tuple[int, int]]:
    """(hits, counted) per name field, as score_extraction.py counts them, with the model's states or without."""
    tally = {"named_released": [0, 0], "named_still_held": [0, 0]}
    for k, r in enumerate(records):
        roles = dict(r["names"])
        if probs is not None:
            for person, state in zip(r["people"], _states(probs[k], thresholds), strict=True):
                if state != "other":
                    roles[person["nominative"]] = state
        for field, role in (("named_released", "released"), ("named_still_held", "still_held")):
            if field in r["unscored"]:
                continue
            got = [n for n, x in roles.items() if x == role]
            want = r["gold"][field]
            if not got and not want:
                continue
            tally[field][0] += sorted(map(scorer_surname_key, want)) == sorted(map(scorer_surname_key, got))
            tally[field][1] += 1
    return {f: (h, t) for f, (h, t) in tally.items()}


def cross_validate(records: list[dict], names: list[str], study_corpora: list[Path]) -> None:
    """Leave each study corpus out: train on the rest, threshold by an inner leave-one-corpus-out, score it."""
    sums = {"before": [0, 0], "after": [0, 0]}
    print("| corpus | thresholds (released, held) | named_released before | after | named_still_held before | after "
          "| right / wrong states |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for study in study_corpora:
        train_on = [r for r in records if r["corpus"] != study.name]
        held = open_only([r for r in records if r["corpus"] == study.name])
        thresholds = choose_thresholds(train_on, names)
        probs = _predict(train(train_on, names), held, names)
        before = score_names(held, None, thresholds)
        after = score_names(held, probs, thresholds)
        right, wrong = _net(held, probs, thresholds)
        cells = []
        for f in ("named_released", "named_still_held"):
            cells += [f"{before[f][0]}/{before[f][1]}", f"{after[f][0]}/{after[f][1]}"]
            for when, tally in (("before", before), ("after", after)):
                sums[when][0] += tally[f][0]
                sums[when][1] += tally[f][1]
        shown = ", ".join("never" if thresholds[s] == NEVER else str(thresholds[s]) for s in ("released", "still_held"))
        print(f"| {study.name} | {shown} | " + " | ".join(cells) + f" | {right} / {wrong} |")
    print(f"name fields over the held-out corpora: before {sums['before'][0]}/{sums['before'][1]}, after {sums['after'][0]}/{sums['after'][1]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=Path, help="a JSON file caching the recorded features (read if present)")
    ap.add_argument("--weights", type=Path, help="write the model trained on every corpus to this JSON file")
    ap.add_argument("--study", type=Path, nargs="+", default=DEFAULT_STUDY,
                    help="corpus folders held out in turn (default: the repository's copies of blind18-21)")
    a = ap.parse_args()
    if a.records and a.records.is_file():
        records = json.loads(a.records.read_text(encoding="utf-8"))
    else:
        records = record(repository_corpora(a.study) + a.study)
        if a.records:
            a.records.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    names = list(next(p["features"] for r in records for p in r["people"]))
    for title, pool in (("people", records), ("open people", open_only(records))):
        people = [p for r in pool for p in r["people"]]
        print(f"{len(records)} articles, {len(people)} {title}: "
              + ", ".join(f"{label} {sum(p['label'] == label for p in people)}" for label in LABELS))
    cross_validate(records, names, a.study)
    if a.weights:
        thresholds = choose_thresholds(records, names)
        w = train(records, names)
        model = {"features": names, "thresholds": thresholds,
                 "weights": {label: [round(float(v), 4) for v in w[k]] for k, label in enumerate(LABELS)}}
        a.weights.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.weights}: {len(names)} features, thresholds {thresholds}")


if __name__ == "__main__":
    main()
