"""The hand-written quote gold files are well formed and point at the words they quote.

A gold line whose offsets drift from its text would score a correct extractor as wrong
(or a wrong one as right), silently. So every line is checked against the article it
names: ``text[start:end]`` is the recorded text, quotation marks enclose it, and every
opening mark of an annotated article starts a gold quote. The English articles ship
with the repository; the WiNER ones live in ``../shared`` and skip without it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import TypedDict

import pytest

GOLD_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "quote_gold"
ENGLISH_DIR = GOLD_DIR / "english"
WINER = "devsets/winer-fr-2016"
KINDS = {"speech", "fragment", "other"}
FIELDS = {"doc", "start", "end", "text", "speaker", "kind"}
OPENING = "«“\"'‘"
CLOSING = "»”\"'’"
SPACES = " \u00a0\u2009\u202f\n"
# Quotation marks that open a quote; a straight " may also close one or mean seconds.
OPENERS = re.compile(r"«|“|''(?=\w)|(?<!\w)\"(?=\w)")
DEVELOPMENT = [f"winer-2016-dev{n}.jsonl" for n in ("", "2", "3", "4", "5")]


class GoldQuote(TypedDict):
    """One line of a gold file, as ``score.py --quotes-jsonl`` reads it."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None
    kind: str


def read_gold(name: str) -> list[GoldQuote]:
    """One dict per non-empty line of a gold file."""
    lines = (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_text(path: Path) -> str:
    """The decoded file, newlines untouched (offsets count every character)."""
    return path.read_bytes().decode("utf-8")


def winer_path(shared: Path, doc: str) -> Path:
    """``2016_12_08-001`` lives in ``…/12/2016_12_08-001.txt``."""
    return shared / WINER / doc[5:7] / f"{doc}.txt"


def enclosed(text: str, start: int, end: int) -> bool:
    """Quotation marks sit just outside the span (spaces between are allowed); a
    quotation running on into the next paragraph closes with the paragraph, and that
    paragraph reopens with a mark; one broken by an incise is two spans, the first
    closed by the incise's comma, the second opened by it."""
    before = text[:start].rstrip(SPACES)
    after = text[end:].lstrip(SPACES)
    if not before or not after:
        return False
    runs_on = "\n" in text[end : len(text) - len(after)] and after[0] in OPENING
    if before[-1] in ",.":  # the part after an incise (« …, a-t-il dit, … »)
        return after[0] in CLOSING or runs_on
    if before[-1] not in OPENING:
        return False
    return after[0] in CLOSING or runs_on or after[0] == ","  # or the part before one


def check_lines(rows: list[GoldQuote], texts: dict[str, str]) -> None:
    """Fields, kinds, offsets and marks of every line; no line twice."""
    seen: Counter[tuple[str, int]] = Counter()
    for row in rows:
        assert set(row) == FIELDS, row
        doc, start, end, quoted = row["doc"], row["start"], row["end"], row["text"]
        assert isinstance(doc, str) and doc in texts, row
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end, row
        assert isinstance(quoted, str) and quoted.strip() == quoted, row
        assert row["kind"] in KINDS, row
        speaker = row["speaker"]
        assert speaker is None or (isinstance(speaker, str) and speaker.strip()), row
        if row["kind"] == "other":
            assert speaker is None, f"a title or scare quote has no speaker: {row}"
        text = texts[doc]
        assert text[start:end] == quoted, f"{doc}: {text[start:end]!r} != {quoted!r}"
        assert enclosed(text, start, end), f"{doc}: no quotation marks around {quoted!r}"
        seen[(doc, start)] += 1
    assert not [key for key, n in seen.items() if n > 1], "a quote annotated twice"


def check_complete(rows: list[GoldQuote], texts: dict[str, str]) -> None:
    """Every opening quotation mark of an annotated article starts a gold quote."""
    starts = {(r["doc"], r["start"]) for r in rows}
    for doc in {r["doc"] for r in rows}:
        text = texts[doc]
        for mark in OPENERS.finditer(text):
            start = mark.end()
            while start < len(text) and text[start] in SPACES:
                start += 1
            assert (doc, start) in starts, f"{doc}: quote at {start} not annotated"


def test_english_gold_matches_its_texts() -> None:
    rows = read_gold("english.jsonl")
    texts = {p.stem: read_text(p) for p in sorted(ENGLISH_DIR.glob("*.txt"))}
    check_lines(rows, texts)
    check_complete(rows, texts)
    per_doc = Counter(r["doc"] for r in rows)
    assert set(per_doc) == set(texts), "every English article has gold, and only they"
    assert len(texts) >= 10
    for doc, text in texts.items():
        assert 300 <= len(text.split()) <= 600, doc
        assert 10 <= per_doc[doc] <= 20, doc


WRITTEN_BLIND = [
    "english-blind-dev.jsonl",
    "french-press-dev.jsonl",
    "english-politics-dev.jsonl",
    "french-news-dev2.jsonl",
    "english-mixed-dev.jsonl",
    "french-mixed-dev.jsonl",
    "french-wiki-dev.jsonl",
    "english-regional-dev.jsonl",
    "english-campaign-dev.jsonl",
    "english-wire-dev.jsonl",
    "french-politique-dev.jsonl",
    "english-government-dev.jsonl",
    "french-actualite-dev.jsonl",
    "english-localnews-dev.jsonl",
    "french-regional-dev.jsonl",
    "english-parliament-dev.jsonl",
    "french-justice-dev.jsonl",
    "french-territoires-dev.jsonl",
    "french-magazine-dev.jsonl",
    "french-international-dev.jsonl",
    "english-courts-business-dev.jsonl",
    "french-societe-dev.jsonl",
    "french-sport-culture-dev.jsonl",
    "english-features-dev.jsonl",
    "english-pronouns-dev.jsonl",
    "english-statements-dev.jsonl",
    "french-quotidien-dev.jsonl",
    "english-science-transport-dev.jsonl",
    "french-faits-divers-dev.jsonl",
    "english-validation.jsonl",
    "french-press-validation.jsonl",
    "english-validation2.jsonl",
    "french-press-validation2.jsonl",
    "english-validation3.jsonl",
    "french-press-validation3.jsonl",
    "english-validation4.jsonl",
    "french-press-validation4.jsonl",
    "english-validation5.jsonl",
    "french-press-validation5.jsonl",
    "english-validation6.jsonl",
    "english-validation7.jsonl",
    "french-press-validation6.jsonl",
]


@pytest.mark.parametrize("name", WRITTEN_BLIND)
def test_gold_written_blind_matches_its_texts(name: str) -> None:
    if not (GOLD_DIR / name).is_file():
        pytest.skip(f"{name} is not written yet")
    rows = read_gold(name)
    folder = GOLD_DIR / Path(name).stem
    texts = {p.stem: read_text(p) for p in sorted(folder.glob("*.txt"))}
    check_lines(rows, texts)
    check_complete(rows, texts)
    assert {r["doc"] for r in rows} == set(texts), "every article has gold, and only they"
    assert len(texts) >= 10
    assert {r["kind"] for r in rows} == KINDS


def test_english_gold_covers_the_attribution_styles() -> None:
    rows = read_gold("english.jsonl")
    kinds = Counter(r["kind"] for r in rows)
    assert set(kinds) == KINDS
    unnamed = [r for r in rows if r["speaker"] is None and r["kind"] != "other"]
    assert len(unnamed) >= 5, "quotes whose text names no speaker"
    texts = {p.stem: read_text(p) for p in ENGLISH_DIR.glob("*.txt")}
    assert any("''" in text for text in texts.values()), "a quote in '' marks"
    spans = [(r["doc"], r["start"], r["end"]) for r in rows]
    nested = [(d, s) for d, s, _ in spans if any(d == o and a < s < b for o, a, b in spans)]
    assert nested, "a quote nested in another"


@pytest.mark.parametrize(
    ("name", "months"),
    [
        ("winer-2016-12.jsonl", {"12"}),
        ("winer-2016-11-validation.jsonl", {"11"}),
        ("winer-2016-0910-validation.jsonl", {"09", "10"}),
        ("winer-2016-dev.jsonl", {f"{m:02d}" for m in range(1, 12)}),
        ("winer-2016-dev2.jsonl", {f"{m:02d}" for m in range(1, 11)}),
        ("winer-2016-dev3.jsonl", {"01", "08"}),
        ("winer-2016-dev4.jsonl", {"02", "03"}),
        ("winer-2016-dev5.jsonl", {"04", "05", "06", "07"}),
    ],
)
def test_winer_gold_matches_its_texts(shared_dir: Path, name: str, months: set[str]) -> None:
    rows = read_gold(name)
    docs = {r["doc"] for r in rows}
    assert {doc[5:7] for doc in docs} <= months, "development and validation months stay apart"
    texts = {doc: read_text(winer_path(shared_dir, doc)) for doc in docs}
    check_lines(rows, texts)
    check_complete(rows, texts)


@pytest.mark.parametrize(
    ("month", "names"),
    [
        ("12", ["winer-2016-12.jsonl"]),
        ("11", ["winer-2016-11-validation.jsonl", "winer-2016-dev.jsonl"]),
        ("10", ["winer-2016-0910-validation.jsonl", *DEVELOPMENT]),
        ("09", ["winer-2016-0910-validation.jsonl", *DEVELOPMENT]),
        *((f"{m:02d}", DEVELOPMENT) for m in range(1, 9)),
    ],
)
def test_gold_covers_every_quotation_of_the_month(
    shared_dir: Path, month: str, names: list[str]
) -> None:
    annotated = {r["doc"] for name in names for r in read_gold(name)}
    paths = sorted((shared_dir / WINER / month).glob("*.txt"))
    quoting = {p.stem for p in paths if OPENERS.search(read_text(p))}
    assert paths and quoting <= annotated


def test_validation_and_development_share_no_article() -> None:
    development = {r["doc"] for r in read_gold("winer-2016-dev.jsonl")}
    november = {r["doc"] for r in read_gold("winer-2016-11-validation.jsonl")}
    december = {r["doc"] for r in read_gold("winer-2016-12.jsonl")}
    autumn = {r["doc"] for r in read_gold("winer-2016-0910-validation.jsonl")}
    validation = november | december | autumn
    assert not development & validation, "a validation article in development"
    second = {r["doc"] for r in read_gold("winer-2016-dev2.jsonl")}
    assert not second & validation, "a validation article in development"
    assert not second & development, "the second development file repeats an article"
    assert len(second) >= 30
    third = {r["doc"] for r in read_gold("winer-2016-dev3.jsonl")}
    assert not third & validation, "a validation article in development"
    assert not third & (development | second), "the third development file repeats an article"
    earlier = development | second | third
    for name in ("winer-2016-dev4.jsonl", "winer-2016-dev5.jsonl"):
        fresh = {r["doc"] for r in read_gold(name)}
        assert not fresh & validation, "a validation article in development"
        assert not fresh & earlier, f"{name} repeats an article"
        earlier |= fresh
    assert len(november) >= 15
    assert len(autumn) >= 15
    assert len(validation) >= 40, "the protocol asks 40 validation articles"
