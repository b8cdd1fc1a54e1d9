"""Campaign coverage re-describes candidates by party: "the Democratic nominee" is the
one person the article ties to that party, never the other party's. A name qualifying
a role ("Voss campaign chairman Elliot Brandt", "a senior Voss aide") is not the
speaker. Invented names; the rules engine reads them.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, rules_speakers, trained_quotes

_RACE = (
    "Republican nominee Wade Harlan on Monday accused his Democratic rival, former "
    'Secretary of State Miriam Voss, of "selling out" factory workers.\n\n'
)


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(_RACE + body, title="The race tightens")]


def test_the_party_s_nominee_is_the_one_the_article_ties_to_it() -> None:
    body = 'The Democratic nominee told reporters she would not be "distracted by insults."'
    assert _speakers(body) == ["Wade Harlan", "Miriam Voss"]


def test_the_other_party_s_nominee_is_the_other_candidate() -> None:
    body = 'The Republican nominee said the polls were "rigged against us."'
    assert _speakers(body) == ["Wade Harlan", "Wade Harlan"]


def test_a_party_set_off_after_the_name_ties_the_party() -> None:
    text = (
        "Sen. Ada Corliss, a Democrat, and Sen. Bram Tolley, a Republican, met on Monday.\n\n"
        '"We found common ground," the Republican senator said.'
    )
    assert rules_speakers(text) == ["Bram Tolley"]


def test_a_name_before_a_campaign_role_qualifies_it() -> None:
    body = (
        "Voss campaign chairman Elliot Brandt said in a statement that the plan had "
        '"shipped jobs overseas."'
    )
    assert _speakers(body)[-1] == "Elliot Brandt"


def test_an_aide_qualified_by_a_name_is_nobody_named() -> None:
    body = (
        "A senior Voss aide, who spoke on the condition of anonymity, said the campaign "
        'was "not worried" about Ohio.'
    )
    assert _speakers(body)[-1] is None


def test_a_name_set_off_before_a_spokesperson_is_the_speaker() -> None:
    text = (
        "“The speech changed nothing,” Nadia Ferreira, a spokeswoman for Mr. Harlan, "
        "said in a statement."
    )
    assert rules_speakers(text) == ["Nadia Ferreira"]


def test_a_party_description_before_a_pronoun_is_the_party_s_person() -> None:
    text = (
        "The committee opened an inquiry into Howard Lenk, the Kansas Republican accused "
        "of misusing campaign money. Senator Ted Moss said the inquiry was fair.\n\n"
        "Asked on Tuesday whether the inquiry had hurt his standing with colleagues, the "
        'Kansas Republican was dismissive. "My colleagues know me," he said.'
    )
    assert rules_speakers(text) == ["Howard Lenk"]


def test_french_sets_the_party_after_the_role() -> None:
    """« la porte-parole socialiste, X », then « la députée socialiste »: the party after
    the role noun ties it, so another role of that party finds its holder."""
    text = (
        "Assemblée\n\n« Ce texte est une provocation », a lancé la porte-parole "
        "socialiste, Claire Bonnet. La ministre Inès Rahmani a défendu le projet. « Nous "
        "irons au bout », a-t-elle répondu.\n\n« Nous voterons contre », a ajouté la "
        "députée socialiste."
    )
    assert [q.speaker for q in trained_quotes(text, "Assemblée")] == [
        "Claire Bonnet",
        "Inès Rahmani",
        "Claire Bonnet",
    ]
