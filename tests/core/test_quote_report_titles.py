"""A report's title is no one's words, and a report is no verb.

'She showed me a staff report from a few years ago, titled "Left Behind." "I read it
on the train," she said': the title after "titled" is a name, so the cue after the
next quotation does not reach back to it; and "a staff report" is a noun after "a"
and a noun, so nobody "reports" there, and "she" is the woman the article follows.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes

BODY = (
    "The second panel heard from Lorna Pike, a nurse from Harwick whose son has "
    "asthma. She told the committee that his inhaler now costs three times as much.\n\n"
    "Afterward, out in the corridor, she showed me a printout of a Senate staff report "
    'from a few years ago, titled "Left Behind." "I read it on the train on the way '
    'here," she said. "Same story, different year."'
)


def _by_text() -> dict[str, tuple[str | None, str]]:
    quotes = article_quotes(BODY, "en", "Inhaler prices hearing")
    return {q.text: (q.speaker, q.kind) for q in quotes}


def test_a_title_after_titled_stays_a_name_beside_a_cued_quotation() -> None:
    assert _by_text()["Left Behind."] == (None, "other")


def test_she_after_a_staff_report_is_the_woman_the_article_follows() -> None:
    found = _by_text()
    assert found["I read it on the train on the way here,"][0] == "Lorna Pike"
    assert found["Same story, different year."][0] == "Lorna Pike"
