"""Article-level passes over the spans found: datelines, acronyms, one label per name.

They see the whole article, so they can label a defined acronym everywhere,
give a surname its person and split hyphenated pairs of names.
"""

from __future__ import annotations

from bisect import bisect_right

from tui.core.entities.gazetteer import (
    known_label,
    lowercase_words,
    name_key,
)
from tui.core.entities.guess import unsupported
from tui.core.entities.lexicon import (
    CALENDAR_WORDS,
    ORG_TAILS,
    ORG_TRIGGERS,
    PERSON_PARTICLES,
)
from tui.core.entities.patterns import ACRONYM_DEF, DATELINE, FUNCTION


def with_datelines(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Label news datelines: "WOODSIDE, California (Reuters) -" is LOC, LOC, ORG."""
    spans: list[tuple[int, int, str]] = []
    for m in DATELINE.finditer(text):
        place = m.group("place")
        if sum(c.isalpha() for c in place) < 2 or place.rstrip(".").lower() in CALENDAR_WORDS:
            continue
        spans.append((m.start("place"), m.end("place"), "LOC"))
        region = m.group("region")
        if region and region.rstrip(".").lower() not in CALENDAR_WORDS:
            spans.append((m.start("region"), m.end("region"), known_label(region) or "LOC"))
        agency = m.group("agency")
        if agency and agency.strip():
            a_start = m.start("agency") + len(agency) - len(agency.lstrip())
            # "BAKOU (Azerbaïdjan) –": the brackets hold the country, not an agency.
            label = "LOC" if known_label(agency.strip()) == "LOC" else "ORG"
            spans.append((a_start, a_start + len(agency.strip()), label))
    if not spans:
        return found
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _ in spans)]
    return sorted(kept + spans)


def with_acronyms(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Label every use of an acronym the article defines after its expansion.

    "African Union (AU)" makes "AU" the union wherever it appears, even where it spells
    a common word ("au") or heads another name ("the AU Commission").
    """
    ends = {e: (s, label) for s, e, label in found if label != "MISC"}
    defined: dict[str, str] = {}
    for m in ACRONYM_DEF.finditer(text):
        prev = ends.get(m.start())
        acronym = m.group(1)
        if prev is not None and _abbreviates(text[prev[0] : m.start()], acronym):
            defined[acronym] = prev[1]
    if not defined:
        return found
    by_start = {s: i for i, (s, _, _) in enumerate(found)}
    spans = list(found)
    added: list[tuple[int, int, str]] = []
    for acronym, label in defined.items():
        for a, b in whole_words(text, acronym):
            at = by_start.get(a)
            if at is not None and spans[at][1] == b:
                spans[at] = (a, b, label)
                continue
            after = by_start.get(b + 1)
            if after is not None and text[b] == " ":
                _, e, lab = spans[after]
                spans[after] = (a, e, lab)  # "AU Commission"
                continue
            added.append((a, b, label))
    if not added:
        return sorted(spans)
    out = sorted(spans)
    starts = [s for s, _, _ in out]
    for a, b, label in added:
        i = bisect_right(starts, a)
        clear_left = i == 0 or out[i - 1][1] <= a
        clear_right = i == len(out) or out[i][0] >= b
        if clear_left and clear_right:
            out.insert(i, (a, b, label))
            starts.insert(i, a)
    return out


def whole_words(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands alone (no word character either side), left to right and
    never overlapping: the matches of ``(?<!\\w)word(?!\\w)``, found with ``str.find``
    instead of a pattern built (and a lookbehind tried at every character) per word."""
    spans: list[tuple[int, int]] = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        alone_before = at == 0 or not _is_word(text[at - 1])
        if alone_before and (end == len(text) or not _is_word(text[end])):
            spans.append((at, end))
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return spans


def _is_word(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def _abbreviates(expansion: str, acronym: str) -> bool:
    """Whether ``acronym`` can stand for ``expansion``: same first letter, shorter."""
    words = [w for w in expansion.split() if w.lower() not in FUNCTION]
    return (
        len(words) >= 2
        and name_key(words[0])[:1] == name_key(acronym)[:1]
        and len(acronym) < len(expansion)
    )


def harmonise(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give one label per surface within the article, and surname mentions their person."""
    if not found:
        return found
    found = _particle_surnames(text, found)
    person_tokens: set[str] = set()
    joined_surnames: set[str] = set()  # "Mohammed-Lawal" of "Zainab Mohammed-Lawal"
    org_tokens: set[str] = set()
    firm_tokens: set[str] = set()  # "Nordbank" of "Nordbank Freezer Logistics"
    votes: dict[str, dict[str, int]] = {}  # plain dicts: a Counter each costs calls
    for s, e, label in found:
        key = name_key(text[s:e])
        counts = votes.setdefault(key, {})
        counts[label] = counts.get(label, 0) + 1
        parts = key.split()
        if label == "PER" and len(parts) >= 2:
            # Words of a double-barrelled surname ("Vasquez-Rowe") stay one word: the
            # pair split below must not read them as two people.
            words = text[s:e].split()
            person_tokens.update(name_key(w) for w in words if "-" not in w)
            if "-" in words[-1]:
                joined_surnames.add(name_key(words[-1]))
        elif label == "ORG" and len(parts) >= 2:
            org_tokens.update(_short_forms(text[s:e], parts))
            if parts[-1] in ORG_TAILS and parts[0] not in ORG_TAILS:
                firm_tokens.add(parts[0])
    lone_persons = {k for k, n in votes.items() if " " not in k and n.get("PER")}
    out: list[tuple[int, int, str]] = []
    for s, e, label in _split_pairs(text, found, person_tokens):
        key = name_key(text[s:e])
        if known_label(text[s:e]) is None:
            if (" " not in key and key in person_tokens) or (
                label != "PER" and key in joined_surnames and " " not in text[s:e]
            ):
                label = "PER"
            elif (
                unsupported(label) and key.count(" ") in (1, 2) and key.split()[-1] in lone_persons
            ):
                label = "PER"  # "Ada Quell chaired …", then "Quell said": the full name
            elif label == "PER" and " " not in key and key in org_tokens:
                label = "ORG"  # "Harlow said" after "Harlow Brands Inc."
            elif label in ("PER", "LOC") and " " not in key and key in firm_tokens:
                label = "ORG"  # "a Nordbank spokesperson" after "Nordbank Logistics"
            else:
                counts = votes[key]
                strong = [(n, lab) for lab, n in counts.items() if lab != "MISC"]
                if label == "MISC" and strong:
                    label = max(strong)[1]
                elif label == "MISC" and key in org_tokens:
                    label = "ORG"  # "Nexora" after "Nexora Systems"
        out.append((s, e, label))
    return out


def _short_forms(surface: str, parts: list[str]) -> list[str]:
    """Words that stand for a multi-word organisation once it is named.

    A company's own word before its trade ("Nexora" of "Nexora Systems") and the
    last word of a listed name ("City" of "Manchester City").
    """
    out: list[str] = []
    if parts[-1] in ORG_TRIGGERS:
        head = surface.split()[0]
        if head.lower() not in lowercase_words() and parts[0] not in ORG_TRIGGERS:
            out.append(parts[0])
    elif known_label(surface) == "ORG" and parts[-1] not in FUNCTION:
        out.append(parts[-1])
    return out


def _particle_surnames(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give a surname back its particle: "de Vries added" after "Marieke de Vries".

    The particle is lowercase mid-sentence, so the capitalised run starts after it;
    when the article names a person whose surname is that particle plus the word, the
    mention takes the particle in and becomes that person.
    """
    tails: dict[str, str] = {}
    for s, e, label in found:
        if label != "PER":
            continue
        words = text[s:e].split()
        for i in range(1, len(words) - 1):
            if words[i].islower() and words[i] in PERSON_PARTICLES:
                rest = words[i:]
                bare = [w for w in rest if not (w.islower() and w in PERSON_PARTICLES)]
                if len(bare) == 1 and rest[-1] == bare[0]:
                    tails[name_key(bare[0])] = " ".join(rest[:-1])
                break
    if not tails:
        return found
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for s, e, label in found:
        particle = tails.get(name_key(text[s:e]))
        if particle is not None:
            lead = s - len(particle) - 1
            before = text[max(lead, 0) : s]
            if (
                lead >= last_end
                and before[:-1].lower() == particle
                and before[-1] in " \u00a0"
                and (lead == 0 or not text[lead - 1].isalnum())
            ):
                s, label = lead, "PER"
        out.append((s, e, label))
        last_end = e
    return out


def _split_pairs(
    text: str, found: list[tuple[int, int, str]], person_tokens: set[str]
) -> list[tuple[int, int, str]]:
    """Split hyphenated pairs of names ("Russie-RPDC", "Poutine-Kim") into their parts."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in found:
        surface = text[s:e]
        parts = surface.split("-")
        if (
            len(parts) == 2
            and " " not in surface
            and known_label(surface) is None
            and all(p[:1].isupper() for p in parts)
            and all(known_label(p) or name_key(p) in person_tokens for p in parts)
        ):
            cut = s + len(parts[0])
            for ps, pe, part in ((s, cut, parts[0]), (cut + 1, e, parts[1])):
                out.append((ps, pe, known_label(part) or "PER"))
            continue
        out.append((s, e, label))
    return out
