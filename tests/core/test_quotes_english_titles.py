"""A title written before a name in English running text ("accused Mayor X",
"Prime Minister X met …") introduces that person in the role, so a later "the
mayor" or "a spokesperson for the prime minister" is theirs. Invented names.
"""

from __future__ import annotations

from quote_text import cast

from tui.core.models import Entity
from tui.core.quotes.role_holders import role_heads_of

CAST = cast(
    ["Delia Marchetti", "Anna Holt", "Tom Reyes", "Bill Crane", "Ravi Anand"],
    surnames=["Marchetti", "Holt", "Reyes", "Crane", "Anand"],
    places=["Lowbridge"],
)


def _roles(text: str) -> list[tuple[str, str]]:
    people = [Entity(text.index(n), text.index(n) + len(n), n, "PER", n) for n in ("Anna Holt",)]
    return [(key[0], name) for _, key, name in role_heads_of(text, people)]


def test_a_capitalised_title_mid_sentence_introduces_the_role() -> None:
    text = "Aldermen accused Mayor Anna Holt of greed."
    assert ("mayor", "Anna Holt") in _roles(text)


def test_a_two_word_title_is_known_by_its_head_too() -> None:
    text = "It was Prime Minister Anna Holt who spoke first."
    assert ("minister", "Anna Holt") in _roles(text)


def test_a_capitalised_word_that_names_no_person_is_no_title() -> None:
    text = "They met in Lowbridge Anna Holt said."
    assert _roles(text) == []


def test_a_spokesperson_for_the_mayor_speaks_for_the_mayor() -> None:
    text = (
        "Several aldermen accused Mayor Delia Marchetti's administration of using the "
        "cameras to raise money. Ald. Tom Reyes called the plan a tax.\n\n"
        'In a statement, a spokesperson for the mayor said the sites had been chosen "on '
        'crash data alone," and promised to share the figures.'
    )
    assert CAST.speakers(text, "en") == ["Delia Marchetti"]


def test_an_unnamed_mayor_leaves_the_spokesperson_unnamed() -> None:
    text = (
        "The council debated the cameras on Monday.\n\n"
        'A spokesperson for the mayor said the sites had been chosen "on crash data alone".'
    )
    assert CAST.speakers(text, "en") == [None]


def test_the_prime_minister_is_the_one_titled_so() -> None:
    text = (
        "Prime Minister Anna Holt met opposition leader Tom Reyes and Senator Bill Crane "
        "in Lowbridge on Monday, with the treasurer, Ravi Anand.\n\n"
        'Later, the prime minister said the talks had been "frank but useful".'
    )
    assert CAST.speakers(text, "en") == ["Anna Holt"]


COURT = cast(["R. Kannan", "S. Devika", "K. Arul"], surnames=["Kannan", "Devika", "Arul"])


def test_the_judge_is_the_justice_the_article_introduced() -> None:
    text = (
        "Justice R. Kannan restrained the council from dumping waste at the lake.\n\n"
        'Counsel for the council, K. Arul, said the yard was "only temporary".\n\n'
        'The judge was not persuaded. "Temporary yards become permanent," he observed.'
    )
    assert COURT.speakers(text, "en") == ["K. Arul", "R. Kannan"]


def test_she_for_a_person_marks_her_for_a_later_he() -> None:
    text = (
        "Justice R. Kannan heard the petition on Tuesday.\n\n"
        "Counsel for the council, S. Devika, said the yard was temporary. She argued "
        'that the council had been "left with no choice".\n\n'
        '"Temporary yards become permanent," he said.'
    )
    assert COURT.speakers(text, "en") == ["S. Devika", "R. Kannan"]


def test_a_party_tag_after_a_name_leaves_its_apposition_whole() -> None:
    text = (
        "Anna Holt, the senator's lawyer, said the claims were false.\n\n"
        '"It is fiction," she said.\n\n'
        "The committee's chairwoman, Sen. Delia Marchetti (D-Vt.), declined to discuss "
        'the case. But she said the committee "does not expand an inquiry lightly."'
    )
    assert CAST.speakers(text, "en")[-1] == "Delia Marchetti"


def test_a_reference_mark_after_a_quotation_is_read_past() -> None:
    text = 'Bill Crane took the floor. He called the plan "a betrayal" [3] and left.'
    assert CAST.speakers(text, "en") == ["Bill Crane"]


def test_an_honorific_between_the_role_and_the_name_is_read_past() -> None:
    text = (
        "Cries came from the benches, prompting an intervention from the Speaker, "
        "Sir Tom Reyes.\n\n"
        "“Order. The member will have to contain himself,” the Speaker said."
    )
    assert CAST.speakers(text, "en") == ["Tom Reyes"]


def test_a_clause_ending_in_an_honorific_gives_the_name_no_role() -> None:
    text = (
        "Anna Holt resigned as housing secretary on Monday.\n\n"
        "Allies of the prime minister, Bill Crane, called the letter unfair. In a short "
        "reply, the prime minister thanked Mrs Holt for her work and said he was "
        "“sorry that she has chosen to leave”."
    )
    assert CAST.speakers(text, "en") == ["Bill Crane"]


def test_whom_a_speaker_told_is_no_subject_for_a_later_he() -> None:
    cast_ = cast(["Tom Reyes", "Capitol Briefing"], surnames=["Reyes"])
    text = (
        "What's next: Reyes told Capitol Briefing he would push for an amendment.\n\n"
        '"If the court says no, fine," he said.\n\n'
        'He said the measure would be introduced "on day one" of the next session.'
    )
    assert cast_.speakers(text, "en") == ["Tom Reyes", "Tom Reyes"]
