"""A document quoted as if it spoke is its issuer's: the body named where the text
brings the document in ("a Harwell Water notice … The notice said"), after its noun
("the report from X, released on Tuesday,") or in a clause ("The report, published by
the university,"). With no issuer written, the document speaks for nobody. Invented
names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Rowan Teale"],
    surnames=["Teale"],
    bodies=["Harwell Water", "Kelbridge University", "Environment Tarvia"],
)


def test_a_bare_notice_is_the_one_a_body_issued_before() -> None:
    text = (
        "The closure was announced in a one-paragraph Harwell Water notice late Friday. "
        'The notice said only that the works would "take as long as they take".'
    )
    assert CAST.speakers(text, "en") == ["Harwell Water"]


def test_a_report_published_by_a_body_noun_is_that_body() -> None:
    text = (
        "Kelbridge University will repay part of the grant.\n\n"
        "The report, published by the university on Tuesday, concluded that Rowan "
        "Teale had acted 'recklessly' in altering images."
    )
    assert CAST.speakers(text, "en") == ["Kelbridge University"]


def test_a_report_from_a_body_set_off_by_a_clause_is_that_body() -> None:
    text = (
        "Nitrate levels keep rising.\n\n"
        "The annual state of the environment report from Environment Tarvia, released "
        'on Tuesday, said the trend was "statistically robust".'
    )
    assert CAST.speakers(text, "en") == ["Environment Tarvia"]


def test_a_notice_nobody_issued_speaks_for_nobody() -> None:
    text = (
        "Residents woke to find the pool closed.\n\n"
        'A notice on the gate said the pool would "reopen in due course".\n\n'
        'Later the notice said the works were "on schedule".'
    )
    assert CAST.speakers(text, "en") == [None, None]
