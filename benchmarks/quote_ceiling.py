"""The best quote F1 ``../shared/eval/score.py`` can give the bundled seeds.

The scorer places each gold quotation at the first place its text occurs in the
article. When an article repeats a quotation (« grande victoire » in the lede and in
the body) or quotes a word that also stands inside a longer quotation (« tremplin »),
two gold entries land on one span and the real second quotation is left without a
gold partner. This script builds the perfect answer (every gold quotation at its own
place: the first occurrence not yet taken and not inside a longer gold quotation),
scores it with the scorer itself, and prints the ceiling beside the engine's score.

Usage::

    python benchmarks/quote_ceiling.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import load_scorer
from quote_quality import ROOT, docs_of


def perfect_answer(text: str, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each gold quotation at its own place in ``text``, with its gold speaker: the
    longest first, each at its first occurrence that no other one holds yet."""
    taken: list[tuple[int, int]] = []
    found = []
    for quote in sorted(quotes, key=lambda q: -len(q["text"])):
        for m in re.finditer(re.escape(quote["text"]), text):
            if not any(a <= m.start() and m.end() <= b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append({"start": m.start(), "end": m.end(), "speaker": quote.get("speaker")})
                break
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").is_file():
        print(f"quote_ceiling: no {args.shared / 'eval' / 'score.py'}", file=sys.stderr)
        return 1
    import yaml

    score = load_scorer(args.shared)
    engine_docs = docs_of(score, "trained", args.shared, "seeds", ())
    perfect = []
    for name, _, gold, text in engine_docs:
        raw = yaml.safe_load((args.shared / "gold" / f"{name}.yaml").read_text(encoding="utf-8"))
        perfect.append((name, perfect_answer(text, raw.get("quotes") or []), gold, text))
    best = score.score_quotes(perfect)[0]
    engine = score.score_quotes(engine_docs)[0]
    print(
        f"seeds: {best['gold']} gold quotations; the perfect answer scores quote F1 "
        f"{best['f']:.3f} (speaker {best['speaker_acc']:.3f}); the engine scores "
        f"{engine['f']:.3f} (speaker {engine['speaker_acc']:.3f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
