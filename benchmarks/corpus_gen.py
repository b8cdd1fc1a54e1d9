"""Deterministic generator of a synthetic French/English news corpus for benchmarks.

Each article covers one invented event with a small cast: people introduced by full
name and title, then referred to by surname or "M./Mme Surname"; places and
organisations; quotes in « » (French) and “ ” (both) attributed with speech verbs
before or after the quote, plus unattributed fragments. Article ``i`` depends only
on ``(seed, i)``, so any subset can be regenerated and benchmarks agree on content.

Usage::

    python benchmarks/corpus_gen.py OUT_DIR [--n 10000] [--seed 1] [--english 0.2]

From Python, :func:`ensure_corpus` writes the corpus once and reuses it afterwards.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from corpus_words import (
    DAYS_FR,
    FIRST_EN,
    FIRST_FR,
    FRAGMENTS_FR,
    LAST_EN,
    LAST_FR,
    LEADERS,
    MONTHS_EN,
    MONTHS_FR,
    OBJECTS_EN,
    OBJECTS_FR,
    ORGS,
    ORGS_EN,
    PLACES,
    PLACES_EN,
    QUOTE_BODIES_EN,
    QUOTE_BODIES_FR,
    SUBJECTS_EN,
    SUBJECTS_FR,
    TAILS_EN,
    TAILS_FR,
    TITLES_EN,
    TITLES_FR,
    VERBS_AFTER_FR,
    VERBS_BEFORE_FR,
    VERBS_EN,
    VERBS_EN_MAIN,
    VERBS_FR,
)

MANIFEST = ".corpus_gen.json"
GENERATOR_VERSION = 1


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    title: str
    feminine: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class _Writer:
    """Builds one article; keeps track of who has been introduced."""

    def __init__(self, rng: random.Random, english: bool) -> None:
        self.rng = rng
        self.en = english
        self.introduced: set[str] = set()
        n_people = rng.randint(2, 5)
        self.cast = [self._person() for _ in range(n_people)]
        if rng.random() < 0.6:
            first, last = rng.choice(LEADERS).split(" ", 1)
            self.cast.append(Person(first, last, "", False))
        self.places = rng.sample(PLACES_EN if english else PLACES, 3)
        self.orgs = rng.sample(ORGS_EN if english else ORGS, 2)

    def _person(self) -> Person:
        r = self.rng
        if self.en:
            return Person(r.choice(FIRST_EN), r.choice(LAST_EN), r.choice(TITLES_EN), False)
        title = r.choice(TITLES_FR)
        fem = title.startswith(("la ", "l'avocate", "l'économiste")) and r.random() < 0.9
        return Person(r.choice(FIRST_FR), r.choice(LAST_FR), title, fem)

    def name(self, p: Person) -> str:
        """Full name with title the first time, then a shorter form."""
        if p.full not in self.introduced:
            self.introduced.add(p.full)
            if p.title and self.rng.random() < 0.7:
                title = p.title[0].upper() + p.title[1:] if p.title.startswith("l'") else p.title
                return f"{title} {p.full}"
            return p.full
        r = self.rng.random()
        if self.en:
            return p.last if r < 0.6 else (f"Mr {p.last}" if r < 0.8 else p.full)
        if r < 0.45:
            return p.last
        if r < 0.75:
            return f"{'Mme' if p.feminine else 'M.'} {p.last}"
        return p.full

    def date(self) -> str:
        r = self.rng
        if self.en:
            return f"{r.choice(MONTHS_EN)} {r.randint(1, 28)}"
        return f"{r.choice(DAYS_FR)} {r.randint(1, 28)} {r.choice(MONTHS_FR)}"

    def plain(self) -> str:
        r = self.rng
        if self.en:
            s = f"{r.choice(SUBJECTS_EN)} {r.choice(VERBS_EN_MAIN)} {r.choice(OBJECTS_EN)}"
            extra = r.random()
            if extra < 0.3:
                s += f" in {r.choice(self.places)}"
            elif extra < 0.5:
                s += f", {r.choice(self.orgs)} said"
            return f"{s} {r.choice(TAILS_EN)}."
        s = f"{self.clause()} {r.choice(OBJECTS_FR)}"
        extra = r.random()
        if extra < 0.3:
            place = r.choice(self.places)
            s += " " + located(place) if r.random() < 0.5 else f" en lien avec {place}"
        elif extra < 0.5:
            s += f", d'après {r.choice(self.orgs)}"
        elif extra < 0.6:
            s += f", {self.date()}"
        return f"{s} {r.choice(TAILS_FR)}."

    def clause(self) -> str:
        """A French subject and a verb in the passé composé that agrees with it."""
        subject = self.rng.choice(SUBJECTS_FR)
        aux = "ont" if plural(subject) else "a"
        return f"{subject} {aux} {self.rng.choice(VERBS_FR)}"

    def person_sentence(self) -> str:
        r = self.rng
        p = r.choice(self.cast)
        if self.en:
            org, place, tail = r.choice(self.orgs), r.choice(self.places), r.choice(TAILS_EN)
            return f"{self.name(p)} met officials from {org} in {place} {tail}."
        pick = r.random()
        if pick < 0.4:
            gone = "rendue" if p.feminine else "rendu"
            what = f"s'est {gone} {located(r.choice(self.places))}"
        elif pick < 0.7:
            what = "a rencontré des représentants " + contract("de", r.choice(self.orgs))
        else:
            what = "a reçu une délégation " + contract("de", r.choice(self.orgs))
        return f"{self.name(p)} {what} {r.choice(TAILS_FR)}."

    def quote(self) -> str:
        r = self.rng
        p = r.choice(self.cast)
        if self.en:
            body = r.choice(QUOTE_BODIES_EN)
            body = body[0].upper() + body[1:]
            if r.random() < 0.6:
                return f"“{body},” {self.name(p)} {r.choice(VERBS_EN)}."
            return f"{self.name(p)} {r.choice(VERBS_EN)}: “{body}.”"
        body = r.choice(QUOTE_BODIES_FR)
        extra = r.random() < 0.4
        if extra:
            body += f", {r.choice(QUOTE_BODIES_FR)}"
        body = body[0].upper() + body[1:]
        open_, close = ("« ", " »") if r.random() < 0.8 else ("“", "”")
        form = r.random()
        if form < 0.45:
            return f"{open_}{body}{close}, {r.choice(VERBS_AFTER_FR)} {self.name(p)}."
        if form < 0.8:
            return f"{self.name(p)} {r.choice(VERBS_BEFORE_FR)} : {open_}{body}.{close}"
        if form < 0.9:
            return f"Selon {self.name(p)}, {open_}{body.lower()}{close}."
        frag = r.choice(FRAGMENTS_FR)
        return f"{self.clause()} ce que certains qualifient de {open_}{frag}{close}."

    def title(self) -> str:
        r = self.rng
        p = r.choice(self.cast)
        if self.en:
            verb, obj = r.choice(VERBS_EN_MAIN), r.choice(OBJECTS_EN)
            return f"{p.full} {verb} {obj} in {r.choice(self.places)}"
        where = located(r.choice(self.places))
        return f"{p.full} : {r.choice(OBJECTS_FR)} au cœur des débats {where}"

    def article(self, target_words: int) -> str:
        r = self.rng
        lines = [self.title(), ""]
        words = 0
        while words < target_words:
            para = []
            for _ in range(r.randint(2, 5)):
                kind = r.random()
                s = (
                    self.quote()
                    if kind < 0.25
                    else self.person_sentence()
                    if kind < 0.45
                    else self.plain()
                )
                para.append(s[0].upper() + s[1:])
                words += s.count(" ") + 1
            lines.append(" ".join(para))
        return "\n".join(lines) + "\n"


def contract(prep: str, phrase: str) -> str:
    """French preposition + noun phrase: ``de le Sénat`` → ``du Sénat``, ``à les`` → ``aux``."""
    for article, forms in (
        ("le ", {"de": "du ", "à": "au "}),
        ("les ", {"de": "des ", "à": "aux "}),
    ):
        if phrase.startswith(article):
            return forms[prep] + phrase[len(article) :]
    return f"{prep} {phrase}"


def located(place: str) -> str:
    """Where something happens: ``à Paris``, ``en Russie``, ``au Japon``, ``aux États-Unis``."""
    if place.startswith(("la ", "l'")):
        return "en " + place.split(" ", 1)[1] if place.startswith("la ") else "en " + place[2:]
    return contract("à", place)


def plural(subject: str) -> bool:
    return subject.startswith(("Les ", "Des "))


def generate_article(seed: int, index: int, *, english_share: float = 0.2) -> tuple[str, str]:
    """Return ``(file name, text)`` of article ``index``; depends only on the arguments."""
    rng = random.Random(f"{seed}:{index}")
    english = rng.random() < english_share
    target = int(min(1800, max(150, rng.lognormvariate(6.3, 0.45))))
    text = _Writer(rng, english).article(target)
    lang = "en" if english else "fr"
    return f"{index:05d}_{lang}.txt", text


def write_corpus(out_dir: Path, n: int, *, seed: int = 1, english_share: float = 0.2) -> dict:
    """Write ``n`` articles into ``out_dir`` and a manifest; return the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        name, text = generate_article(seed, i, english_share=english_share)
        (out_dir / name).write_text(text, encoding="utf-8")
        words += len(text.split())
    manifest = {
        "generator": GENERATOR_VERSION,
        "n": n,
        "seed": seed,
        "english_share": english_share,
        "words": words,
    }
    (out_dir / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


def ensure_corpus(
    out_dir: Path, n: int = 10_000, *, seed: int = 1, english_share: float = 0.2
) -> dict:
    """Reuse ``out_dir`` if it already holds this exact corpus, else (re)write it."""
    want = {"generator": GENERATOR_VERSION, "n": n, "seed": seed, "english_share": english_share}
    try:
        have = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        have = {}
    if all(have.get(k) == v for k, v in want.items()):
        return have
    if out_dir.exists():
        for old in out_dir.glob("*.txt"):
            old.unlink()
    return write_corpus(out_dir, n, seed=seed, english_share=english_share)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=10_000, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--english", type=float, default=0.2, help="share of English articles")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    m = ensure_corpus(args.out_dir, args.n, seed=args.seed, english_share=args.english)
    dt = time.perf_counter() - t0
    print(f"{m['n']} articles, {m['words']:,} words in {args.out_dir} ({dt:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
