"""English subjects of a verb of saying that used to go unread.

'"…," it said' after a company names the company; "one of the organisers, X," is X;
a long opening phrase ("Velmora's U.N. envoy, X,") still ends on the name the verb
after "and" shares; a clause inside the sentence ("told jurors that Mr Y") opens no
subject; "Council leader X" names no second council; "the prime minister's
spokesman" speaks for the prime minister; "instructed him to "…"" reports the one who
instructed. Invented names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Tovan Birch", "Ilse Marrak", "Oren Vasko"],
    surnames=["Birch", "Marrak", "Vasko"],
    bodies=["Brannock Power Company", "Harwick Council", "Council"],
    places=["Velmora"],
)


def test_it_said_after_a_company_is_the_company() -> None:
    text = (
        "Brannock Power Company rejected the findings.\n\n"
        '"The plant runs within the agreed limits," it said in a statement.'
    )
    assert CAST.speakers(text, "en") == ["Brannock Power Company"]


def test_it_said_with_no_body_before_names_nobody() -> None:
    text = 'The storm reached the coast on Monday.\n\n"It was the worst night," it said.'
    assert CAST.speakers(text, "en") == [None]


def test_one_of_a_group_set_beside_a_name_is_that_person() -> None:
    text = (
        "Parents met on Tuesday.\n\n"
        '"We are not done," one of the organisers, Tovan Birch, wrote on Facebook.'
    )
    assert CAST.speakers(text, "en") == ["Tovan Birch"]


def test_one_of_a_group_left_unnamed_is_nobody() -> None:
    text = 'Parents met on Tuesday.\n\n"We are not done," one of the organisers said.'
    assert CAST.speakers(text, "en") == [None]


def test_a_long_opening_phrase_still_ends_on_its_name() -> None:
    text = (
        "The vote was held on Monday.\n\n"
        "Velmora's U.N. special envoy, Ilse Marrak, thanked the donors and said her government "
        '"will not be rushed into an election."'
    )
    assert CAST.speakers(text, "en") == ["Ilse Marrak"]


def test_a_name_inside_a_reported_clause_does_not_open_the_sentence() -> None:
    text = (
        "Mr Vasko told jurors the defence did not dispute that Mr Birch had held the "
        'knife, but said the case was "far from the simple story" put to them.'
    )
    assert CAST.speakers(text, "en") == ["Oren Vasko"]


def test_a_council_spokeswoman_speaks_for_the_council_named_in_full() -> None:
    text = (
        "Harwick Council voted to close three libraries. Council leader Oren Vasko "
        "defended the plan.\n\n"
        "A council spokeswoman said: 'No decision has been taken on any other branch.'"
    )
    assert CAST.speakers(text, "en") == ["Harwick Council"]


def test_the_spokesman_of_a_role_speaks_for_the_person_holding_it() -> None:
    text = (
        "Prime Minister Ilse Marrak faced questions on housing.\n\n"
        "After the session, the prime minister's official spokesman told reporters that "
        'the target remained "an ambition we hold ourselves to".'
    )
    assert CAST.speakers(text, "en") == ["Ilse Marrak"]


def test_the_office_of_an_unnamed_role_is_nobody() -> None:
    text = (
        "Housing starts fell again.\n\n"
        'The minister\'s office said the target remained "an ambition".'
    )
    assert CAST.speakers(text, "en") == [None]


def test_words_someone_instructed_another_to_say_are_the_instructor_s() -> None:
    text = (
        "Senator Ilse Marrak denies wrongdoing. Tovan Birch told investigators that the "
        'senator had instructed him to "bury the lake house in the consulting line."'
    )
    assert CAST.speakers(text, "en") == ["Ilse Marrak"]


def test_a_title_after_a_place_introduces_the_subject() -> None:
    """ "Wisconsin Gov. X …, calling the measure "…"": the governor, past the place
    and the title's full stop, and past a dateline with an abbreviated state."""
    for opening in ("", "MADISON, Wis. (AP) — "):
        text = (
            f"{opening}Velmora Gov. Ilse Marrak on Friday vetoed a bill on farm runoff, "
            'calling the measure "a gift to polluters dressed up as relief."'
        )
        assert CAST.speakers(text, "en") == ["Ilse Marrak"]


def test_a_capitalised_title_after_a_body_introduces_the_subject() -> None:
    """ "Harwick Council Deputy Leader X shot back that …": X, not the council."""
    text = (
        "Harwick Council met on Monday.\n\n"
        "Harwick Council Deputy Leader Oren Vasko shot back that the landlords had "
        '"never once sent a serious offer."'
    )
    assert CAST.speakers(text, "en") == ["Oren Vasko"]


def test_the_head_of_a_body_is_a_person_not_the_body() -> None:
    """ "The head of X …, telling a panel that "…"": someone unnamed, never X, while a
    spokesman for X speaks for X."""
    head = (
        "The head of the Brannock Power Company admitted on Tuesday that the plant was late, "
        'telling a panel that "I own this, and I will fix it."'
    )
    spokesman = 'A spokesman for Brannock Power Company said: "We own this."'
    assert CAST.speakers(head, "en") == [None]
    assert CAST.speakers(spokesman, "en") == ["Brannock Power Company"]


def test_what_someone_called_is_the_namer_s_never_the_sentence_subject_s() -> None:
    """ "Council leaders ended the talks after X refused what she called “…”": X's
    words; an unresolved "he" leaves them to nobody rather than to the council."""
    named = (
        "Harwick Council leaders ended the talks after Ilse Marrak refused to back what "
        'she called "a blank cheque for the city."'
    )
    unnamed = (
        "Harwick Council leaders ended the talks after the region's governor refused to "
        'back what he called "a blank cheque for the city."'
    )
    assert CAST.speakers(named, "en") == ["Ilse Marrak"]
    assert CAST.speakers(unnamed, "en") == [None]


def test_a_name_right_after_after_opens_a_clause_of_its_own() -> None:
    """ "a week after Harwick Council warned that "…"": the council is the clause's
    subject, not a complement of "after"; "the audit published after the hearing"
    has no name to speak."""
    text = (
        "The strike comes a week after Harwick Council warned that “the depot cannot "
        "open on time.”\n\nThe audit published after the hearing said the depot was "
        "“years behind.”"
    )
    assert CAST.speakers(text, "en") == ["Harwick Council", None]


def test_as_opens_the_clause_whose_subject_speaks() -> None:
    """ "Brannock Power Company shares sink as CEO warns of 'lengthy' outage": "as" opens
    the clause, so the company named before it does not warn; the chief executive the
    body names does."""
    people = cast(["Ilse Marrak"], surnames=["Marrak"], bodies=["Brannock Power Company"])
    text = (
        "Brannock Power Company shares sink as CEO warns of 'lengthy' outage\n\n"
        '"We are doing what we can," Chief Executive Ilse Marrak said on Monday. "The '
        'repairs will be lengthy."'
    )
    assert people.speakers(text, "en") == ["Ilse Marrak"] * 3


def test_an_adverb_after_the_latter_leaves_it_pointing_back() -> None:
    """ "He and Marrak were rivals; the latter now describes it as "…"": "now" is no
    part of the subject, so "the latter" is Marrak, the last person named, not the
    deputy quoted just before."""
    text = (
        "Ilse Marrak, the party leader, spoke for an hour.\n\nHer deputy, Oren Vasko, said "
        "the party had “never been stronger”. He and Marrak were once rivals; the latter "
        "now describes their truce as “the best deal I never signed”."
    )
    assert CAST.speakers(text, "en") == ["Oren Vasko", "Ilse Marrak"]
