"""Name resolution counts each distinct surface once instead of each mention: the
grouping of mentions into keys and the joining of lone surnames must stay exactly what
the plain per-mention walk gives (same keys in the same order, same counts, same
clusters), whatever the mix of names, labels and repeats."""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import names
from tui.core.entities.gazetteer import name_key
from tui.core.models import Entity

_SURFACES = [
    "Vladimir Poutine",
    "Poutine",
    "Vladimir",
    "Poutine",
    "Marieke de Vries",
    "de Vries",
    "Vries",
    "Jean Dupont",
    "Marc Dupont",
    "Dupont",
    "DUPONT",
    "Kim Jong-un",
    "Kim Jong Un",
    "Kim",
    "Russie",
    "Russia",
    "OTAN",
    "NATO",
    "Organisation du traité de l'Atlantique nord",
    "Covid",
    "Covid-19",
    "Choïgou",
    "Choïgu",
    "Ursula von der Leyen",
    "von der Leyen",
]
_LABELS = ["PER", "LOC", "ORG", "MISC"]

_mention = st.tuples(st.sampled_from(_SURFACES), st.sampled_from(_LABELS), st.integers(0, 4))
_article = st.lists(_mention, max_size=14)
_corpus = st.lists(_article, min_size=1, max_size=6)


def _build(corpus: list[list[tuple[str, str, int]]]) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = {}
    for i, article in enumerate(corpus):
        ents, pos = [], 0
        for text, label, gap in article:
            ents.append(Entity(pos + gap, pos + gap + len(text), text, label, text))  # type: ignore[arg-type]
            pos += gap + len(text)
        out[f"a{i}"] = ents
    return out


def _gather_per_mention(mentions: dict[str, list[Entity]]) -> tuple[dict, dict]:
    """The plain walk: every mention updates its key's counts one by one."""
    keys: dict[str, names._Key] = defaultdict(names._Key)
    key_of: dict[str, tuple[str, str]] = {}
    for article_id, ents in mentions.items():
        for e in ents:
            known = key_of.get(e.text)
            if known is None:
                known = key_of[e.text] = (name_key(e.text), " ".join(e.text.split()))
            info = keys[known[0]]
            info.forms[known[1]] = info.forms.get(known[1], 0) + 1
            info.labels[e.label] = info.labels.get(e.label, 0) + 1
            info.articles.add(article_id)
    return keys, key_of


def _short_names_per_mention(forest, mentions, keys, key_of) -> None:  # type: ignore[no-untyped-def]
    """The plain walk of lone surnames: one find per mention."""
    corpus_index: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if forest.label[forest.find(key)] == "PER" and " " in key:
            for end in names._ends(key):
                corpus_index[end].add(forest.find(key))
    for ents in mentions.values():
        local: Counter[str] = Counter()
        by_end: dict[str, set[str]] = defaultdict(set)
        shorts: list[str] = []
        for e in ents:
            key = key_of[e.text][0]
            if " " not in key or names._particle_surname(key):
                if e.label in ("PER", "MISC"):
                    shorts.append(key)
                continue
            root = forest.find(key)
            if forest.label[root] == "PER":
                local[root] += 1
                for end in names._ends(key):
                    by_end[end].add(root)
        for key in shorts:
            here = sorted(((local[r], r) for r in by_end.get(key, ())), reverse=True)
            if here:
                if len(here) == 1 or here[0][0] > 2 * here[1][0]:
                    forest.union(here[0][1], key)
                continue
            roots = {forest.find(r) for r in corpus_index.get(key, set())}
            if len(roots) == 1:
                forest.union(roots.pop(), key)


def _summary(keys: dict) -> list:
    return [
        (k, list(v.forms.items()), sorted(v.labels.items()), sorted(v.articles))
        for k, v in keys.items()
    ]


@settings(max_examples=100, deadline=None)
@given(_corpus)
def test_gather_matches_the_per_mention_walk(corpus: list) -> None:
    mentions = _build(corpus)
    keys, key_of = names._gather(mentions)
    ref_keys, ref_key_of = _gather_per_mention(mentions)
    assert list(key_of.items()) == list(ref_key_of.items())
    assert _summary(keys) == _summary(ref_keys)


@settings(max_examples=100, deadline=None)
@given(_corpus)
def test_short_names_join_as_the_per_mention_walk(corpus: list) -> None:
    mentions = _build(corpus)
    keys, key_of = names._gather(mentions)
    forest, ref = names._Forest(keys), names._Forest(keys)
    names._merge_short_names(forest, mentions, keys, key_of)
    _short_names_per_mention(ref, mentions, keys, key_of)
    assert {k: forest.find(k) for k in keys} == {k: ref.find(k) for k in keys}
    assert {k: forest.label[forest.find(k)] for k in keys} == {
        k: ref.label[ref.find(k)] for k in keys
    }


def test_a_surname_takes_the_one_full_name_that_carries_it() -> None:
    mentions = _build(
        [
            [("Jean Dupont", "PER", 1), ("Dupont", "PER", 5), ("Dupont", "MISC", 5)],
            [("Dupont", "PER", 1), ("Russie", "LOC", 5)],
        ]
    )
    resolved, corpus = names.resolve_names(mentions)
    assert [e.canonical for e in resolved["a0"]] == ["Jean Dupont"] * 3
    assert [e.canonical for e in resolved["a1"]] == ["Jean Dupont", "Russie"]
    assert {c.canonical: c.mentions for c in corpus} == {"Jean Dupont": 4, "Russie": 1}
