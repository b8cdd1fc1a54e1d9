"""Attribution to a named speaker: the reporting verb and the name around a quotation.

French and English speech and fragments, titles before a name, « a fait savoir »,
« s'est dit », « selon », "according to", relative clauses, verbs of blame and of the
prosecution, a fragment whose full stop ends the author's sentence, short names.
"""

from __future__ import annotations

import pytest
from named_entities import QUOTE_NAMES, cast_quotes, cast_speakers
from quote_text import Cast, cast

_FRENCH = [
    (
        "« Nous ne céderons pas », a déclaré Marie Dupont, la maire de Paris.",
        "Marie Dupont",
        "speech",
    ),
    (
        "Emmanuel Macron a assuré : « La France tiendra ses engagements. »",
        "Emmanuel Macron",
        "speech",
    ),
    (
        "Le porte-parole du Kremlin, Dmitri Peskov, a jugé ces propos « inacceptables ».",
        "Dmitri Peskov",
        "fragment",
    ),
    ("Dupont a qualifié la réforme de « catastrophe ».", "Marie Dupont", "fragment"),
    ("« Le bilan est lourd », a indiqué l’AFP, citant des sources locales.", "AFP", "speech"),
    ("« Les discussions se poursuivent », rapporte l’agence TASS.", "TASS", "speech"),
    ("« Les discussions continueront », a ajouté M. Peskov.", "Dmitri Peskov", "speech"),
    (
        "La visite durera « encore quelques jours », a annoncé le Kremlin jeudi.",
        "Kremlin",
        "speech",
    ),
    (
        "Les échanges porteront sur des « sujets sensibles », "
        "selon le porte-parole du Kremlin, Dmitri Peskov.",
        "Dmitri Peskov",
        "fragment",
    ),
    (
        "Dmitri Peskov a confirmé que Macron avait accepté « avec plaisir ».",
        "Dmitri Peskov",
        "fragment",
    ),
    ("Macron a dit voir des « perspectives » de coopération.", "Emmanuel Macron", "fragment"),
    (
        "Dmitri Peskov a déclaré que ce n’était « pas à l’ordre du jour », selon l’agence TASS.",
        "Dmitri Peskov",
        "fragment",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), _FRENCH)
def test_french_attribution(text: str, speaker: str, kind: str) -> None:
    [(_, got_speaker, got_kind)] = cast_quotes(text, "fr")
    assert (got_speaker, got_kind) == (speaker, kind)


_ENGLISH = [
    ('"We will not back down," said John Smith, the mayor of Paris.', "John Smith", "speech"),
    ('John Smith said: "The plan is dead."', "John Smith", "speech"),
    (
        'Maria Lopez told reporters that the deal was "a historic step" for France.',
        "Maria Lopez",
        "fragment",
    ),
    ('The economy is "in good shape", according to the White House.', "White House", "fragment"),
    ('"Nobody expected this," the White House said in a statement.', "White House", "speech"),
    ('"The talks were productive," Reuters reported, citing two officials.', "Reuters", "speech"),
    ('Lopez described the plan as "reckless and dangerous".', "Maria Lopez", "fragment"),
    (
        "‘This is unacceptable,’ said Maria Lopez. The minister’s office declined.",
        "Maria Lopez",
        "speech",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), _ENGLISH)
def test_english_attribution(text: str, speaker: str, kind: str) -> None:
    [(_, got_speaker, got_kind)] = cast_quotes(text, "en")
    assert (got_speaker, got_kind) == (speaker, kind)


def test_a_title_before_the_name_in_an_english_incise() -> None:
    text = "“We will reopen the plant in May,” chief operating officer Karen Holt said on Monday."
    assert cast_speakers(text, "en") == ["Karen Holt"]


def test_faire_savoir_and_an_adverb_do_not_hide_the_subject() -> None:
    text = (
        "« Nous ne signerons rien », a fait savoir Yves Garnier dans la soirée. "
        "« Le texte reste inacceptable », a sèchement répondu Inès Bakri."
    )
    assert cast_speakers(text, "fr") == ["Yves Garnier", "Inès Bakri"]


def test_s_est_dit_introduces_words_not_a_title() -> None:
    text = "La ministre, Inès Bakri, s'est dite « très inquiète » de la situation."
    assert cast_quotes(text, "fr") == [("très inquiète", "Inès Bakri", "fragment")]


def test_a_fragment_ending_on_a_full_stop_ends_the_authors_sentence() -> None:
    text = (
        "The union Unite called the plan “a slow death for the town.” Its organiser, "
        "Marc Lenoir, told local radio that members would strike."
    )
    assert cast_speakers(text, "en") == ["Unite"]


def test_french_verbs_of_blame_and_of_the_prosecution_report_speech() -> None:
    text = (
        "« Un budget de renoncement », a fustigé Lucien Ferrand devant la presse.\n"
        "« Dix ans ferme », a requis Odile Marchal à l'audience.\n"
    )
    assert cast_speakers(text, "fr") == ["Lucien Ferrand", "Odile Marchal"]


def test_french_verbs_of_censure_carry_a_fragment_to_their_subject() -> None:
    text = (
        "La sénatrice Odile Marchal a épinglé une gestion « calamiteuse » du dossier.\n"
        "Le maire, Lucien Ferrand, a démenti toute « manœuvre » électorale.\n"
        "Agnès Rivière a pointé la « fatigue » des équipes.\n"
    )
    assert cast_speakers(text, "fr") == ["Odile Marchal", "Lucien Ferrand", "Agnès Rivière"]


def test_stance_phrases_carry_a_fragment_to_their_subject() -> None:
    text = (
        "Lucien Ferrand s'en est pris à une réforme « brutale ».\n"
        "Odile Marchal voit dans ce vote une « trahison ».\n"
    )
    assert cast_speakers(text, "fr") == ["Lucien Ferrand", "Odile Marchal"]
    text = (
        "John Smith lambasted the plan as “reckless” on Tuesday.\n"
        "Maria Lopez hit out at the “shameful” delay.\n"
    )
    assert cast_speakers(text, "en") == ["John Smith", "Maria Lopez"]


def test_sourcing_idioms_name_the_speaker() -> None:
    text = (
        "À en croire Lucien Ferrand, « rien n'est joué ».\n"
        "De l'avis d'Odile Marchal, « le texte passera ».\n"
    )
    assert cast_speakers(text, "fr") == ["Lucien Ferrand", "Odile Marchal"]
    text = "The vote was close. As Maria Lopez put it, “nobody won tonight.”\n"
    assert cast_speakers(text, "en") == ["Maria Lopez"]


def test_the_people_around_a_person_are_not_that_person() -> None:
    """Aides, allies, critics and relatives speak for themselves, unnamed; a
    spokesperson still speaks for the person behind them."""
    text = (
        "Des proches de Lucien Ferrand ont jugé le projet « enterré ».\n"
        "Les détracteurs d'Odile Marchal dénoncent une « dérive ».\n"
        "Le porte-parole d'Agnès Rivière juge le calendrier « intenable ».\n"
    )
    assert cast_speakers(text, "fr") == [None, None, "Agnès Rivière"]
    text = (
        "Aides to John Smith said they were “thrilled” with the result.\n"
        "Critics of Maria Lopez called the plan “reckless.”\n"
        "A senior aide to John Smith described the mood as “grim.”\n"
        "A spokesman for Maria Lopez said the claim was “false.”\n"
    )
    assert cast_speakers(text, "en") == [None, None, None, "Maria Lopez"]


def test_a_pronoun_after_a_reporters_question_is_the_one_asked() -> None:
    text = (
        "“We planted in good faith,” Maria Lopez said.\n\n"
        "“Are you taking the ban off the table?” a reporter asked.\n\n"
        "“Nothing is off the table,” she said.\n"
    )
    assert cast_speakers(text, "en") == ["Maria Lopez", None, "Maria Lopez"]


def test_a_reporter_left_unnamed_asks_for_nobody() -> None:
    """ "one reporter asked" is nobody a reader can look up, not the senator quoted
    just before; the people around a role are no more that role's holder."""
    text = (
        "“We planted in good faith,” Maria Lopez said.\n\n"
        "“Is this a bailout?” one reporter asked after the vote.\n\n"
        "Allies of the former minister described the vote as a “betrayal.”\n"
    )
    assert cast_speakers(text, "en") == ["Maria Lopez", None, None]


def test_a_court_officer_nobody_named_is_nobody() -> None:
    """« l'avocate générale » the article never names is not the woman named before."""
    text = (
        "Sur le banc des parties civiles, Agnès Rivière a baissé la tête. « Un escalier ne "
        "fracture pas un crâne deux fois », a lancé l'avocate générale.\n"
    )
    assert cast_speakers(text, "fr") == [None]


def test_a_written_guarantee_is_no_verb_of_saying() -> None:
    """« des garanties écrites »: the participle qualifies the noun, so the pronoun
    opening the sentence stays its subject."""
    text = (
        "Agnès Rivière est déléguée syndicale. Elle entend obtenir des garanties écrites "
        "sur l'avenir du site, « au-delà des belles promesses ».\n"
    )
    assert cast_speakers(text, "fr") == ["Agnès Rivière"]


def test_an_opening_des_is_the_subject_not_a_preposition() -> None:
    text = "Lucien Ferrand est candidat. Des habitants ont jugé le projet « mort ».\n"
    assert cast_speakers(text, "fr") == [None]


def test_according_to_police_names_the_police_body_not_the_sentence_subject() -> None:
    text = (
        "The Marlow County Police Department said two cars were involved.\n"
        'Dean Foster was driving "far too fast for the road," according to police.\n'
        'Foster was arrested at the scene. He had "no licence at all," according to '
        "neighbours.\n"
    )
    found = cast_quotes(text, "en")
    assert found[0][1] == "Marlow County Police Department"
    assert found[1][1] is None  # an unnamed source is not the sentence's subject


def test_a_relative_clause_gives_its_words_to_the_name_before_it() -> None:
    text = (
        "« Le dossier est vide », a plaidé Odile Marchal, qui a qualifié l'enquête de « bâclée ».\n"
    )
    found = cast_quotes(text, "fr")
    assert [sp for _, sp, _ in found] == ["Odile Marchal", "Odile Marchal"]
    assert found[1][2] == "fragment"


def test_a_short_name_speaks_under_the_full_name_the_article_gives() -> None:
    text = (
        "The investor Brightwater Foods owns 8% of the group. "
        'Brightwater said it "welcomed the board\'s decision."\n'
    )
    short = Cast(QUOTE_NAMES).with_names(cast(bodies=["Brightwater"]))
    assert short.speakers(text, "en") == ["Brightwater Foods"]


def test_title_without_period_before_a_name_after_selon() -> None:
    text = "Selon son avocat, Me Luc Perrin, il attend « un non-lieu »."
    assert cast_quotes(text, "fr") == [("un non-lieu", "Luc Perrin", "fragment")]


def test_a_broadcaster_between_the_verb_and_the_inverted_name() -> None:
    text = "« Le texte sera voté », a assuré sur lci Julien Morel, député du Nord."
    assert cast(["Julien Morel"], bodies=["lci"]).speakers(text) == ["Julien Morel"]


def test_a_relative_clause_before_the_name_in_the_subject() -> None:
    text = (
        "Invitée de RTL, la présidente de la Capeb, qui regroupe les artisans du pays, "
        "Léa Morin, a jugé les charges « devenues intenables pour les petits artisans »."
    )
    assert cast(["Léa Morin"], bodies=["RTL", "Capeb"]).speakers(text) == ["Léa Morin"]


@pytest.mark.parametrize("verb", ["se poursuivait", "se confirmait", "se précisait"])
def test_a_pronominal_verb_that_means_something_else_reports_nothing(verb: str) -> None:
    text = (
        "Le préfet, Alain Rocher, est arrivé. Le maire, Jean Dulac, l'accompagnait. "
        f"M. Rocher a expliqué que la décrue {verb} « tant que les eaux ne seront pas "
        "redescendues »."
    )
    officials = cast(["Alain Rocher", "Jean Dulac"], surnames=["Rocher"])
    assert officials.speakers(text) == ["Alain Rocher"]


def test_a_pronominal_reporting_verb_still_reports() -> None:
    text = "La directrice, Inès Vidal, s'inquiète de « moyens qui ne suivent pas »."
    assert cast(["Inès Vidal"]).speakers(text) == ["Inès Vidal"]


_INTERVIEW = """"Nobody should fear the new port": harbour master on tides and trade

Ruth Calloway has run the harbour at Kelby for six years. Ruth Calloway spoke to us.

Q: Is the new quay finished?

A: Almost. What I told the council was clear: "Give us one more winter and it will pay for itself."

Q: Will ferries still stop here?

A: Of course. The skippers call it "the kindest harbour on the coast" and I agree.
"""


def test_a_question_and_answer_piece_gives_the_first_person_to_the_guest() -> None:
    speakers = cast(["Ruth Calloway", "I"]).speakers(_INTERVIEW, "en")
    assert speakers[0] == "Ruth Calloway"  # the headline's words
    assert speakers[1] == "Ruth Calloway"  # "What I told the council was…"
    assert "I" not in speakers


def test_a_first_person_subject_outside_an_interview_names_nobody() -> None:
    text = 'I said to the driver: "Please stop here, this is my house."'
    assert cast(["I"]).speakers(text, "en") == [None]
