"""Cross-article name resolution: one canonical name and one label per real entity.

Mentions are grouped by a folded key (case, accents, hyphens and apostrophes
ignored), then keys are merged when they are transliteration variants (``Choïgou`` /
``Choïgu``, ``Vostotchny`` / ``Vostochny``), when an article states an acronym next
to its expansion (``RPDC [République populaire démocratique de Corée]``) and when a
surname or a lone family name stands for a full name (``Poutine`` → ``Vladimir
Poutine``). Fuzzy comparison only runs inside small blocks of keys that share a
folded last token prefix and a token count, so the work grows with the number of
distinct names, not with the square of the mentions.

Places and international bodies are joined across languages and abbreviations
through the shipped table of :mod:`tui.core.name_aliases` (``Russie`` / ``Russia``,
``U.S.`` / ``États-Unis``, ``OTAN`` / ``NATO``), and a name joins its numbered form
when the corpus has only one (``Covid`` / ``Covid-19``). Such a cluster is named by
its most used spelled-out name in the corpus (the spellings that fold alike counted
together; an abbreviation only when nothing else is written), so a French corpus
reads ``Russie`` and an English one ``Russia``; on a tie, the name found in more
articles, then the spelling order, so the result never depends on article order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from tui.core.acronyms import merge_acronyms
from tui.core.entities.gazetteer import name_key
from tui.core.entities.ministries import PORTFOLIO_ADJECTIVES
from tui.core.models import CorpusEntity, Entity, EntityLabel
from tui.core.name_aliases import alias_key, numbered_base
from tui.core.name_forms import cluster_identity, main_label, main_name
from tui.core.standalone_names import SHORT_LABELS, standalone

_FUZZY_CUTOFF = 88.0
_TOKEN_CUTOFF = 75.0
_SHORT_WORD = 4  # words this short must be spelled alike to count as one
_DOMINANT = 2  # a surname goes to the article's name used more than twice as often
# Lowercase particles inside a person's name ("Marieke de Vries", "Lula da Silva").
_NAME_PARTICLES = frozenset("de du des la le von van der den da di dos das del della".split())
# Spelling rules that differ between transliterations into French and English.
_TRANSLIT = (
    (re.compile(r"tch"), "ch"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"y"), "i"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(.)\1"), r"\1"),
)


@dataclass(slots=True)
class _Key:
    """Everything seen under one folded key."""

    # Plain dicts of counts: a corpus has many keys, and a Counter costs more to make.
    forms: dict[str, int] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)


def resolve_names(
    mentions: dict[str, list[Entity]], *, texts: Mapping[str, str] | None = None
) -> tuple[dict[str, list[Entity]], list[CorpusEntity]]:
    """Unify canonical names and labels across the corpus; list the corpus entities.

    ``texts`` (article id → text) lets the words written before a name count: a given
    name under a title (« le pape François ») is then never taken for a full name.
    """
    keys, key_of = _gather(mentions)
    forest = _Forest(keys)
    _merge_variants(forest, keys)
    merge_acronyms(forest.union, mentions)
    spellings = {key: forest.find(key) for key in keys}  # one name's spellings, per root
    aliased = _merge_aliases(forest, keys, key_of) | _merge_portfolios(forest, keys)
    _merge_short_names(forest, mentions, keys, key_of, *standalone(mentions, texts or {}))
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        clusters[forest.find(key)].append(key)
    by_key: dict[str, tuple[str, EntityLabel]] = {}
    corpus: list[CorpusEntity] = []
    for members in clusters.values():
        main = main_name(members, keys, spellings) if aliased.intersection(members) else None
        canonical, label = cluster_identity(members, keys, main)
        for key in members:
            by_key[key] = (canonical, label)
        aliases = sorted({f for k in members for f in keys[k].forms})
        articles = sorted({a for k in members for a in keys[k].articles})
        count = sum(sum(keys[k].forms.values()) for k in members)
        corpus.append(CorpusEntity(canonical, label, tuple(aliases), tuple(articles), count))
    by_text = {surface: by_key[key] for surface, (key, _form) in key_of.items()}
    resolved = {aid: _with_identities(ents, by_text) for aid, ents in mentions.items()}
    corpus.sort(key=lambda c: (-c.mentions, c.canonical))
    return resolved, corpus


def _gather(
    mentions: dict[str, list[Entity]],
) -> tuple[dict[str, _Key], dict[str, tuple[str, str]]]:
    """Every folded key with its forms, labels and articles, in order of first mention,
    and each surface's (key, form); counted per distinct (surface, label), as names
    repeat a lot."""
    pairs: Counter[tuple[str, str]] = Counter()
    surfaces: list[tuple[str, set[str]]] = []
    for article_id, ents in mentions.items():
        texts = [e.text for e in ents]
        pairs.update(zip(texts, [e.label for e in ents], strict=True))
        surfaces.append((article_id, set(texts)))
    keys: dict[str, _Key] = defaultdict(_Key)
    key_of: dict[str, tuple[str, str]] = {}  # surface -> (key, form)
    for (text, label), n in pairs.items():
        known = key_of.get(text)
        if known is None:
            known = key_of[text] = (name_key(text), " ".join(text.split()))
        info = keys[known[0]]
        forms, labels = info.forms, info.labels
        forms[known[1]] = forms.get(known[1], 0) + n
        labels[label] = labels.get(label, 0) + n
    for article_id, seen in surfaces:
        for key in {key_of[t][0] for t in seen}:
            keys[key].articles.add(article_id)
    return keys, key_of


def _with_identities(
    ents: list[Entity], by_text: dict[str, tuple[str, EntityLabel]]
) -> list[Entity]:
    """The mentions under their corpus identity; unchanged mentions are kept as they are."""
    out = []
    for e in ents:
        canonical, label = by_text[e.text]
        if e.canonical != canonical or e.label != label:
            e = Entity(e.start, e.end, e.text, label, canonical)
        out.append(e)
    return out


class _Forest:
    """Union-find over keys that refuses to join clusters of clashing labels."""

    def __init__(self, keys: dict[str, _Key]) -> None:
        self.parent = {k: k for k in keys}
        self.label = {k: main_label(v.labels) for k, v in keys.items()}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, keep: str, other: str) -> bool:
        a, b = self.find(keep), self.find(other)
        if a == b:
            return True
        la, lb = self.label[a], self.label[b]
        if la != lb and "MISC" not in (la, lb):
            return False
        self.parent[b] = a
        if la == "MISC":
            self.label[a] = lb
        return True


@lru_cache(maxsize=65536)
def _translit(key: str) -> str:
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


def _merge_variants(forest: _Forest, keys: dict[str, _Key]) -> None:
    """Join spelling variants: same transliteration key, or close within a block."""
    by_translit: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_translit[_translit(key)].append(key)
    blocks: dict[tuple[int, str], list[str]] = defaultdict(list)
    for tkey, members in by_translit.items():
        for other in members[1:]:
            forest.union(members[0], other)
        tokens = tkey.split()
        if len(tokens) >= 2 and len(tkey) >= 5:
            # A lone word a letter off is another name as often as a variant ("Harlow",
            # "Harrow"): only whole names, whose every word must agree, are matched.
            blocks[(len(tokens), tokens[-1][:2])].append(tkey)
    for block in blocks.values():
        if len(block) < 2:
            continue
        for i, query in enumerate(block[:-1]):
            rest = block[i + 1 :]
            for match, _score, j in process.extract(
                query, rest, scorer=fuzz.ratio, processor=None, score_cutoff=_FUZZY_CUTOFF, limit=5
            ):
                if _tokens_agree(query, match):
                    forest.union(by_translit[query][0], by_translit[rest[j]][0])


def _tokens_agree(a: str, b: str) -> bool:
    """Guard against names sharing a family name ("Kim Jong un" / "Kim Yung ho"), and
    against short words a letter apart: an abbreviation or a short word spelled
    differently is another word (« CHU de Reims » / « CHRU de Reims »)."""
    ta, tb = a.split(), b.split()
    return len(ta) == len(tb) and all(
        x == y
        or (min(len(x), len(y)) > _SHORT_WORD and fuzz.ratio(x, y, processor=None) >= _TOKEN_CUTOFF)
        for x, y in zip(ta, tb, strict=True)
    )


def _merge_aliases(
    forest: _Forest, keys: dict[str, _Key], key_of: dict[str, tuple[str, str]]
) -> set[str]:
    """Join the names of one place or body (alias table) and a name with its only
    numbered form; return the keys that were joined."""
    groups: dict[str, list[str]] = defaultdict(list)
    for surface, (key, _form) in key_of.items():
        found = alias_key(surface, key)
        if found is not None and key not in groups[found]:
            groups[found].append(key)
    numbered: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        base = numbered_base(key)
        if base is not None and base in keys:
            numbered[base].append(key)
    joined: set[str] = set()
    for group in groups.values():
        # The table names places and bodies: a person never joins, and a place and an
        # organisation of one name stay apart ("White House", "Washington").
        members = [k for k in group if forest.label[forest.find(k)] != "PER"]
        for other in members[1:]:
            if forest.union(members[0], other):
                joined.update((members[0], other))
    for base, variants in numbered.items():
        # Places are not numbered ("France" / "France 24", "Europe" / "Europe 1").
        labels = {forest.label[forest.find(k)] for k in (base, *variants)}
        if len(variants) == 1 and "LOC" not in labels and forest.union(base, variants[0]):
            joined.update((base, variants[0]))
    return joined


_MINISTRY = re.compile(r"ministere (?:de la |de l'|du |des |de |d')(?P<portfolio>.+)")
"""A ministry's folded name and the portfolio it holds."""


_SHORT_PORTFOLIO = re.compile(
    r"(?P<short>\w+) (?:" + "|".join(name_key(a) for a in PORTFOLIO_ADJECTIVES) + ")"
)
"""A portfolio's full folded name, whose first word is how headlines shorten it
(« Éducation nationale » → « Éducation »)."""


def _merge_portfolios(forest: _Forest, keys: dict[str, _Key]) -> set[str]:
    """Join a ministry and its portfolio written alone, both organisations: « le
    ministère de l'Intérieur » and the « Intérieur » of « le ministre de l'Intérieur »
    are one body, as are « Éducation nationale » and its short « Éducation ». Return
    the keys that were joined."""
    joined: set[str] = set()
    for key in keys:
        found = _MINISTRY.fullmatch(key) if key.startswith("ministere ") else None
        portfolio = found.group("portfolio") if found else None
        if portfolio is None:
            found = _SHORT_PORTFOLIO.fullmatch(key)
            portfolio = found.group("short") if found else None
        if portfolio is None or portfolio not in keys:
            continue
        same_body = {forest.label[forest.find(k)] for k in (key, portfolio)} == {"ORG"}
        if same_body and forest.union(key, portfolio):
            joined.update((key, portfolio))
    return joined


def _merge_short_names(
    forest: _Forest,
    mentions: dict[str, list[Entity]],
    keys: dict[str, _Key],
    key_of: dict[str, tuple[str, str]],
    titled: Set[str] = frozenset(),
    coupled: Set[str] = frozenset(),
) -> None:
    """Join a lone surname (or family name) with the full name it stands for: the one
    clearly most frequent in the same article, else the only one in the corpus carrying
    that token. A given name written under a title (``titled``) joins none, and one
    written first in a couple (``coupled``) only a full name of its own article."""
    corpus_index: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if forest.label[forest.find(key)] == "PER" and " " in key:
            for end in _ends(key):
                corpus_index[end].add(forest.find(key))
    # Per distinct surface, not per mention: a name's shape never changes within a corpus.
    shape = {t: (k, " " not in k or _particle_surname(k)) for t, (k, _f) in key_of.items()}
    ends: dict[str, tuple[str, ...]] = {}
    for ents in mentions.values():
        longs: list[str] = []
        shorts: list[str] = []
        compound: set[str] = set()  # « Ouimet-Fortin »: « Fortin » is only half the name
        for e in ents:
            key, is_lone = shape[e.text]
            if not is_lone:
                longs.append(key)
                if "-" in e.text.split()[-1]:
                    compound.add(key)
            elif e.label in SHORT_LABELS and key not in titled:
                shorts.append(key)
        # The forest does not change before the shorts are joined: one find per key.
        local: Counter[str] = Counter()
        by_end: dict[str, set[str]] = defaultdict(set)
        halves: dict[str, set[str]] = defaultdict(set)
        for key, n in Counter(longs).items():
            root = forest.find(key)
            if forest.label[root] == "PER":
                local[root] += n
                key_ends = ends.get(key)
                if key_ends is None:
                    key_ends = ends[key] = _ends(key)
                half = key.rsplit(" ", 1)[-1] if key in compound else None
                for end in key_ends:
                    (halves if end == half else by_end)[end].add(root)
        for end, roots in halves.items():
            by_end.setdefault(end, roots)  # half a compound only when no name ends so whole
        _join_shorts(forest, shorts, local, by_end, corpus_index, coupled)


def _join_shorts(
    forest: _Forest,
    shorts: list[str],
    local: Counter[str],
    by_end: dict[str, set[str]],
    corpus_index: dict[str, set[str]],
    coupled: Set[str] = frozenset(),
) -> None:
    """Join each lone surname of one article, in order, with its full name. A repeat is
    tried again only when several corpus clusters carried it (joins in between may have
    made them one); a refused join stays refused (a label other than MISC is kept)."""
    settled: set[str] = set()
    for key in shorts:
        if key in settled:
            continue
        here = sorted(((local[r], r) for r in by_end.get(key, ())), reverse=True)
        if here:
            # « Roy » in an article naming Quentin, Thierry and Véronique Roy alike is
            # any of them: only a name the article uses far more than the others wins.
            if len(here) == 1 or here[0][0] > _DOMINANT * here[1][0]:
                forest.union(here[0][1], key)
            settled.add(key)
            continue
        if key in coupled:
            settled.add(key)  # « Thierry et Véronique Roy »: Thierry Roy, not another Thierry
            continue
        roots = {forest.find(r) for r in corpus_index.get(key, ())}
        if len(roots) <= 1:
            settled.add(key)
        if len(roots) == 1:
            forest.union(roots.pop(), key)


def _ends(key: str) -> tuple[str, ...]:
    """The parts of a full name that stand for it alone: first, last, particle surname."""
    parts = key.split()
    for i in range(1, len(parts) - 1):
        if parts[i] in _NAME_PARTICLES:
            return parts[0], parts[-1], " ".join(parts[i:])  # "de vries", "von der leyen"
    return parts[0], parts[-1]


def _particle_surname(key: str) -> bool:
    """Whether a key is a surname with its particles ("de vries", "van der berg")."""
    parts = key.split()
    return 1 < len(parts) <= 3 and all(p in _NAME_PARTICLES for p in parts[:-1])
