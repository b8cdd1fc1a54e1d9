"""Which spelling names a cluster of joined names.

Name resolution (:mod:`tui.core.names`) joins the spellings of one entity; this
module picks the one a reader sees: the most complete, most frequent well-formed
variant, and for names joined across languages or abbreviations the name the corpus
uses most (``Russie`` in a French corpus, ``Russia`` in an English one).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from typing import Protocol

from tui.core.entities.article_names import article_name_forms
from tui.core.entities.gazetteer import name_key
from tui.core.models import EntityLabel
from tui.core.name_aliases import acronym_letters, written_as

_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")


class Seen(Protocol):
    """What name resolution saw under one folded key."""

    forms: dict[str, int]
    labels: dict[str, int]
    articles: set[str]


def main_label(labels: Mapping[str, int]) -> str:
    """The label most mentions carry, MISC only when no other is given."""
    if len(labels) == 1:  # most names carry one label
        return next(iter(labels))
    strong = [(n, lab) for lab, n in labels.items() if lab != "MISC"]
    return max(strong)[1] if strong else "MISC"


def main_name(
    members: list[str], keys: Mapping[str, Seen], spellings: Mapping[str, str]
) -> list[str]:
    """The keys of the name a cluster joined by aliases goes by: the most used in the
    corpus (its spellings together), an abbreviation only when nothing else is written."""
    names: dict[str, list[str]] = defaultdict(list)
    for key in members:
        names[spellings[key]].append(key)

    def weight(group: list[str]) -> tuple[bool, int, int, str]:
        forms = [f for k in group for f in keys[k].forms]
        spelled = any(acronym_letters(f) is None for f in forms)
        mentions = sum(sum(keys[k].forms.values()) for k in group)
        articles = len({a for k in group for a in keys[k].articles})
        return spelled, mentions, articles, min(forms)

    return max(names.values(), key=weight)


def cluster_identity(
    members: list[str], keys: Mapping[str, Seen], main: list[str] | None = None
) -> tuple[str, EntityLabel]:
    """Pick the most complete, most frequent well-formed variant (of the ``main`` name's
    keys when given), and the majority label of the whole cluster."""
    if len(members) == 1 and (main is None or main == members):
        forms, labels = keys[members[0]].forms, keys[members[0]].labels  # most clusters
    else:
        forms, labels = Counter[str](), Counter[str]()
        for key in members:
            labels.update(keys[key].labels)
        for key in members if main is None else main:
            forms.update(keys[key].forms)
    label = main_label(labels)
    if len(forms) == 1:
        canonical = next(iter(forms))
        if label == "LOC" and canonical.isupper():
            # A dateline's « SÉOUL » or « LYON »; initials (« RDC ») have no other spelling.
            canonical = written_as(canonical) or canonical
        elif label == "ORG":
            canonical = article_name_forms().get(name_key(canonical), canonical)  # « du Canard »
    else:
        canonical = max(forms, key=lambda f: (_form_rank(f), forms[f], f))
    return canonical, label  # type: ignore[return-value]


@lru_cache(maxsize=65536)
def _form_rank(form: str) -> tuple[int, tuple[bool, int, int]]:
    """How complete and how well written a spelling is; fixed per spelling, so kept."""
    return len(name_key(form).split()), _well_formed(form)


@lru_cache(maxsize=65536)
def _well_formed(form: str) -> tuple[bool, int, int]:
    """Prefer a name not shouted in capitals ("Séoul" over "SÉOUL"; short acronyms such
    as "NATO" are not shouting), accented spellings, and Korean-style "Jong-un" over
    "Jong Un"/"Jong-Un"."""
    shouted = form.isupper() and sum(c.isalpha() for c in form) > 4
    accents = sum(1 for c in form if not c.isascii() and c.isalpha())
    lower_after_hyphen = len(_LOWER_AFTER_HYPHEN.findall(form))
    return not shouted, accents, lower_after_hyphen
