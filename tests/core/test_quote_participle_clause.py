"""Words after a participle of naming in a clause of their own ("…, while Z kept
calling her “…”") are that clause's subject's, never the subject of the clause
before.

Invented people and groups.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes


def _last_speaker(body: str) -> str | None:
    return article_quotes(body, title="Senate race turns bitter")[-1].speaker


def test_the_clause_after_while_has_its_own_subject() -> None:
    body = (
        "Senator Ann Polk accused the governor of \u201chiding the numbers,\u201d while "
        "Governor Dale Ruiz, in a radio interview, kept calling her \u201cthe senator "
        "from nowhere.\u201d"
    )
    assert _last_speaker(body) == "Dale Ruiz"


def test_a_participle_hung_on_a_noun_speaks_for_the_clause_subject() -> None:
    assert _last_speaker("Ann Polk ran ads calling him \u201ca fraud.\u201d") == "Ann Polk"
