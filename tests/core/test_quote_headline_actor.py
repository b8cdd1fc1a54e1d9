"""The person a headline makes act, not the one it acts on.

"Calloway sacks Denton and calls for 'fresh eyes' at the Treasury": Calloway calls,
since the name before the verb is the subject of both verbs; and the article is about
Calloway, so an untied "the prime minister said" re-describes her, while Denton,
named as the one sacked, counts once.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes

TITLE = "Calloway sacks Denton and calls for ‘fresh eyes’ at the Treasury"
BODY = (
    "Peter Denton was removed as chancellor on Thursday in a reshuffle that Ruth "
    "Calloway’s allies presented as a reset.\n\n"
    "Speaking to broadcasters in Downing Street, the prime minister said: “The country "
    "needs fresh eyes at the Treasury.”\n\n"
    "It was not, by any measure, a purge. But the manner of Mr Denton’s departure, two "
    "days after Ms Calloway had defended him in the Commons, surprised her own "
    "ministers.\n\n"
    "In a letter posted an hour later, Mr Denton said he had agreed to stand aside."
)


def _speakers() -> dict[str, str | None]:
    return {q.text: q.speaker for q in article_quotes(BODY, "en", TITLE)}


def test_a_headline_verb_after_and_shares_the_first_names_subject() -> None:
    assert _speakers()["fresh eyes"] == "Ruth Calloway"


def test_an_untied_role_re_describes_the_headlines_actor() -> None:
    assert _speakers()["The country needs fresh eyes at the Treasury."] == "Ruth Calloway"
