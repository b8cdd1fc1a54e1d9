"""A reply reported inside another report: in "Ms X said Mr Y replied ‘…’", the words
are Y's, the subject of the verb that leads to them, not X's who reports the reply.

Invented people.
"""

from __future__ import annotations

from pipeline_quotes import rules_by_text


def test_the_reply_reported_by_someone_else_is_the_replier_s() -> None:
    text = (
        "Prosecutor Megan Holt said Dean Farrow had lent Ryan Colley £300 in March.\n\n"
        "Ms Holt said Mr Colley replied \u2018relax, you will get it back\u2019 and that "
        "the two men agreed to meet at the garage."
    )
    assert rules_by_text(text)["relax, you will get it back"] == "Ryan Colley"


def test_the_reporter_still_speaks_when_nobody_else_is_named() -> None:
    text = "Ms Holt said the defendant had \u2018no intention of paying anyone\u2019."
    assert rules_by_text(text)["no intention of paying anyone"] == "Holt"
