"""A bare quotation after a paragraph reporting the last speaker by role.

"“…,” Tane said. ¶ Asked whether he had spoken to Lowe since, the captain said he
had sent him a message. ¶ “He hasn't replied yet.”": the paragraph in between
reports the captain (the role the article gave the last speaker) and names the coach
only as the one spoken to, so the floor has not changed hands.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes

BODY = (
    "The Harbourside Gulls sacked head coach Brett Lowe on Monday after a review of "
    "the team's culture.\n\n"
    "Captain Rangi Tane, who was among those interviewed, rejected suggestions that the "
    "players had driven the coach out.\n\n"
    '"Nobody in that room wanted Brett gone," Tane said.\n\n'
    "Asked whether he had spoken to Lowe since the announcement, the captain said he had "
    "sent him a text message on Sunday night.\n\n"
    "\"He hasn't replied yet. I don't blame him.\""
)


def test_a_bare_quotation_after_the_speakers_role_reporting_is_theirs() -> None:
    quotes = article_quotes(BODY, "en", "Gulls sack coach after culture review")
    assert [q.speaker for q in quotes] == ["Rangi Tane", "Rangi Tane"]


def test_another_person_acting_in_between_takes_the_floor_away() -> None:
    body = BODY.replace(
        "Asked whether he had spoken to Lowe since the announcement, the captain said",
        "Lowe said the captain had not called him, and the captain said",
    )
    quotes = article_quotes(body, "en", "Gulls sack coach after culture review")
    assert quotes[-1].speaker != "Rangi Tane"
