"""English reporting clauses that are not what they first look like. Invented names.

- '"…," said the plan was': after a quotation, "said" followed by a noun phrase and a
  finite verb opens a clause; the phrase is no inverted speaker.
- "X said its board had concluded that …": the board is a part of X; X reports it.
- A company named "… Power" or "… Energy" is an organisation.
- "The board ordered audits and said …", "It also ordered … and said …": the verb after
  "and" shares the subject of the clause's first verb, a description or a pronoun.
- "X and her co-authors described …": the named leader of a group speaks for it.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, rules_speakers

from tui.core.entities.extract import extract_entities


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in article_quotes(body)]


def test_said_before_a_clause_is_no_inversion() -> None:
    body = (
        "The Dunmere Growers Association, which marched under the slogan “Fair Fields,” "
        "said the plan was “a fair start,” although its chair said it was too slow."
    )
    assert dict(_quotes(body))["a fair start,"] == "Dunmere Growers Association"


def test_an_inverted_speaker_before_a_relative_clause_still_speaks() -> None:
    assert _quotes("“We will rebuild,” said Nadia Korr, who was at the meeting.") == [
        ("We will rebuild,", "Nadia Korr")
    ]


def test_a_body_reports_what_its_board_concluded() -> None:
    body = (
        "In a filing, Pellam & Rowe said its board had concluded that the bid was "
        "“in the interests of all shareholders.”"
    )
    assert _quotes(body) == [("in the interests of all shareholders.", "Pellam & Rowe")]


def test_an_unnamed_board_alone_names_nobody() -> None:
    assert _quotes("The board concluded that the bid was “too low.”")[0][1] is None


def test_a_power_company_is_an_organisation() -> None:
    labels = {
        e.text: e.label for e in extract_entities("Harlow Power said it cut supply.", language="en")
    }
    assert labels == {"Harlow Power": "ORG"}


def test_a_verb_after_and_shares_a_described_or_pronoun_subject() -> None:
    for opening in ("The board ordered", "It also ordered"):
        body = (
            "The Corvale Aviation Safety Board fined the airline on Tuesday.\n\n"
            f"{opening} quarterly audits of the carrier and said it would “not hesitate "
            "to suspend the certificate” if further breaches were found."
        )
        assert [s for _, s in _quotes(body)] == ["Corvale Aviation Safety Board"], opening


def test_a_name_and_its_possessed_group_speak_as_the_name() -> None:
    body = (
        "The trial was led by the cardiologist Maren Quist-Abel.\n\n"
        "Quist-Abel and her co-authors described the side effects as “manageable” in a "
        "paper published on Monday."
    )
    assert _quotes(body) == [("manageable", "Maren Quist-Abel")]


def test_a_subordinate_clause_subject_speaks_only_when_named() -> None:
    """ "…, as opposition MPs accused the government of "…"": no speaker, and never the
    phrase "as opposition MPs"; "…, as Dora Pell put it, "…"" is Dora Pell's."""
    unnamed = (
        "Officials could not say who approved the contract, as opposition MPs accused the "
        "government of “losing control” of the project."
    )
    assert [s for _, s in _quotes(unnamed)] == [None]
    named = "The vote was close, as Dora Pell said, calling it “a coin toss.”"
    assert [s for _, s in _quotes(named)] == ["Dora Pell"]


def test_an_infinitive_after_and_has_no_subject_of_its_own() -> None:
    """ "She urged families to check … and to call ahead so that “…”": the words
    before "to call" are no subject; she urged it."""
    text = (
        "Measles\n\nDr Helen Morrow said the quarantine would last 21 days. She urged "
        "families to check their records and to call ahead so that “a coughing child does "
        "not end up in a waiting room full of babies.”\n"
    )
    assert rules_speakers(text) == ["Helen Morrow"]


def test_officials_from_a_body_speak_for_it() -> None:
    """ "Officials from the X said": the X's word; « les enquêteurs de l'IGPN » too."""
    text = (
        "Hospital\n\nOfficials from the Care Standards Inspectorate said the department "
        "was ‘routinely overcrowded’.\n"
    )
    assert rules_speakers(text) == ["Care Standards Inspectorate"]
    assert rules_speakers("Officials said the ward was ‘routinely overcrowded’.") == [None]
