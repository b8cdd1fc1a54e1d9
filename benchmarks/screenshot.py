"""Regenerate docs/screenshot.svg: the reader on the seeds, third article, a find active.

python benchmarks/screenshot.py [--theme NAME] [--output PATH]
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from tui.ui.demo import demo_app

ROOT = Path(__file__).resolve().parent.parent


async def shoot(theme: str, output: Path) -> None:
    app = demo_app(theme)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("J", "J", "slash", *"poutine", "enter")
        await pilot.pause(0.2)
        app.save_screenshot(filename=output.name, path=str(output.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", default="newsprint")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshot.svg")
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(shoot(args.theme, args.output))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
