"""Pronoun speakers: « a-t-il déclaré », "she said", « selon lui ».

The pronoun stands for the person the text last reported speaking or tied to a
described subject, not for a possessive owner, a club before a captain, or a place.
"""

from __future__ import annotations

from named_entities import cast_quotes, cast_speakers, quotes_found
from quote_text import cast


def test_pronoun_after_quote_resolves_to_last_subject() -> None:
    text = "Le président Emmanuel Macron était à Paris. « C’est historique », a-t-il déclaré."
    assert cast_quotes(text, "fr")[0][1] == "Emmanuel Macron"


def test_pronoun_prefers_the_person_reported_speaking() -> None:
    text = (
        "« Nous agirons », a déclaré Emmanuel Macron.\n"
        "An Chan-il, un chercheur qui dirige l’Institut coréen, a déclaré à l’AFP que "
        "Paris s’y intéresse.\n« Cela compte », a-t-il ajouté."
    )
    names = cast(["Emmanuel Macron", "Chan-il"]).names
    assert [q[1] for q in quotes_found(text, names, "fr")] == ["Emmanuel Macron", "Chan-il"]


def test_a_pronoun_after_a_described_subject_takes_the_name_tied_to_it() -> None:
    text = (
        "Rosa Delmas said the budget was final.\n"
        "Asked about the strike, the union leader frowned. “We are ready,” he said.\n"
        "The union leader, Marc Lenoir, has called a meeting for Friday."
    )
    assert cast_speakers(text, "en") == ["Marc Lenoir"]


def test_a_pronoun_after_an_untied_described_subject_names_nobody() -> None:
    text = (
        "Rosa Delmas said the budget was final.\n"
        "Asked about the strike, the night porter shrugged. “Not my business,” he said."
    )
    assert cast_speakers(text, "en") == [None]


def test_a_place_after_of_is_not_a_described_person() -> None:
    text = (
        "The keeper of Port Ellen\n"
        "Ana Ribeiro has tended the lighthouse since 1990.\n"
        "The trust plans to open it to visitors, and Ribeiro has been offered what "
        "the brochure calls a “lamp steward” post.\n"
        "“I will tell them stories,” she says.\n"
    )
    assert cast_speakers(text, "en")[-1] == "Ana Ribeiro"


def test_described_speaker_in_the_paragraph_before_a_blank_line() -> None:
    text = (
        "« La peine doit être lourde », a requis Odile Marchal.\n"
        "\n"
        "Pendant une heure, la magistrate a détaillé les faits. « Rien n'excuse ce "
        "geste », a-t-elle lancé.\n"
    )
    assert cast_speakers(text, "fr") == ["Odile Marchal", "Odile Marchal"]


def test_a_club_before_a_captains_name_is_not_the_subject() -> None:
    text = (
        '"We were brilliant," Dean Foster said.\n'
        "Hollin captain Mia Brook, who scored twice, watched from the stand. "
        '"It is a great day for everyone," she said.\n'
    )
    assert cast_speakers(text, "en")[-1] == "Mia Brook"


def test_the_holder_of_an_opening_view_is_the_next_pronoun() -> None:
    text = (
        "Claire Moreau a témoigné la première. Pour la juge, Nadia Haddad, le doute "
        "n’est pas permis. « Les faits sont établis, a-t-elle affirmé. Rien ne manque. »"
    )
    assert [sp for _, sp, _ in cast_quotes(text, "fr")] == ["Nadia Haddad", "Nadia Haddad"]


def test_a_possessive_owner_is_not_the_subject_a_pronoun_points_to() -> None:
    text = (
        "Westbrook Rovers's striker, Jamie Cole, apologised to the fans. "
        '"I let everyone down," he wrote.'
    )
    assert cast_quotes(text, "en")[0][1] == "Jamie Cole"


def test_selon_with_a_pronoun_takes_the_person_it_stands_for() -> None:
    text = "Omar Sy défend le projet. Selon lui, le quartier vit « une renaissance »."
    assert cast_quotes(text, "fr") == [("une renaissance", "Omar Sy", "fragment")]


def test_a_pronoun_after_a_described_reporter_is_the_name_the_description_stands_for() -> None:
    minister = cast(["Reza Tabari", "Leila Amini"], surnames=["Tabari", "Amini"])
    text = (
        "Reza Tabari, le ministre des Transports, a annoncé l'achat de vingt avions. "
        "Leila Amini, la présidente, ira à Rome.\n\n"
        "Le ministre des Transports rappelle que le pays a besoin de « 400 avions ». Il "
        "précise que la flotte compte 256 appareils dont « 150 en service »."
    )
    assert minister.speakers(text, "fr")[1] == "Reza Tabari"


def test_he_after_a_newcomer_introduced_with_a_relative_clause_is_the_newcomer() -> None:
    """ "a 23-year-old named X, who showed up …": X acts in the relative clause, so the
    "he" that follows is X, not the surname two Venns share."""
    from pipeline_quotes import article_quotes

    text = (
        "Boats\n\nThe radio in Ruth Venn's shop is tuned to a ball game. Venn, 68, does "
        "not look up. She is fitting a rib.\n\n"
        "She was 14 the first time she set foot in the shop, which then belonged to her "
        "grandfather, Elias Venn.\n\n"
        '"You get one chance with a frame," Venn says.\n\n'
        "The future is a quiet 23-year-old named Tobin Marsh, who showed up two summers "
        "ago and asked whether she needed help.\n\n"
        'He came for a month and stayed. "Everybody told me there was no money in this," '
        "he says, laughing.\n"
    )
    assert [q.speaker for q in article_quotes(text)][-1] == "Tobin Marsh"


def test_a_singular_pronoun_is_never_the_body_a_sentence_opens_on() -> None:
    """« Le gouvernement ne se laissera pas, a-t-il dit, … »: « il » is the minister of
    the paragraph before, not the government; the same in English."""
    from pipeline_quotes import rules_speakers

    text = (
        "Hôpitaux\n\nPaul Durand a défendu son bilan devant les députés.\n\n"
        "Le gouvernement ne se laissera pas, a-t-il dit, donner de leçons par des partis "
        "qui n'ont « jamais chiffré un seul lit ».\n"
    )
    assert rules_speakers(text, "fr") == ["Paul Durand"]
    text = (
        "Beds row\n\nMr Fennelly said the Government had opened beds.\n\n"
        "The Government would not, he said, be lectured by parties that had "
        "“never costed a single bed”.\n"
    )
    assert rules_speakers(text, "en") == ["Fennelly"]


def test_the_subject_of_reported_words_is_no_antecedent_for_he() -> None:
    """ "Hegarty said Mr Foley had …": Foley acts in Hegarty's words, not in the text,
    so a later "he said" goes on with Hegarty."""
    text = (
        "Mr Hegarty said Mr Foley had approached him at a family christening. “He said it "
        "was a victimless thing,” he told the court.\n\n"
        "Asked why he had agreed to take part, he said: “I was in debt.”"
    )
    people = cast(["Martin Hegarty", "Declan Foley"], surnames=["Hegarty", "Foley"])
    assert people.speakers(text, "en") == ["Martin Hegarty", "Martin Hegarty"]


def test_a_reply_after_a_judgement_goes_on_with_the_judge() -> None:
    """« Des propos jugés « vagues » par la députée X. « … », a-t-elle répliqué »: X
    judged the minister's words and goes on replying to the minister."""
    from pipeline_quotes import trained_quotes

    text = (
        "La ministre Valérie Dumont a promis des moyens. « Je ne vais pas vous dire que "
        "tout sera réglé », a-t-elle prévenu.\n\n"
        "Des propos jugés « vagues » par la députée Marie Gérard, qui l'interrogeait. « On "
        "nous annonce des moyens depuis trois ans », a-t-elle répliqué."
    )
    speakers = [q.speaker for q in trained_quotes(text, "Urgences")]
    assert speakers == ["Valérie Dumont", "Marie Gérard", "Marie Gérard"]


def test_il_after_a_masculine_body_subject_is_no_man_quoted_before() -> None:
    """« Le ministère … a exprimé … . Il promet « … » »: « il » stands for the ministry,
    which a masculine pronoun may not name, never for the prefect quoted before; after
    a sentence about a person it goes on as usual."""
    from pipeline_quotes import trained_quotes

    text = (
        "Cantine\n\nLe préfet, Jean-Marc Kouaméné, a dit « non ». Le ministère de l'Éducation "
        "nationale, dans un communiqué publié mercredi soir, a exprimé « sa profonde "
        "compassion » et annoncé la prise en charge des frais. Il promet également « un "
        "audit des cantines ».\n\nPaul Durand a parlé. Le tribunal a condamné Paul Durand. "
        "Il a déclaré « je ferai appel ».\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Cantine")]
    assert speakers[2] is None
    assert speakers[3] == "Paul Durand"


def test_il_after_a_source_or_a_minister_s_title_goes_on_as_usual() -> None:
    """« Selon le praticien, le service … . Il redoute « … » » is the doctor's word; « le
    garde des Sceaux » is a minister, no body."""
    from pipeline_quotes import trained_quotes

    text = (
        "Maternité\n\nLe docteur Paul Heimard dirige le service. Selon le praticien, le "
        "service réalise 650 naissances par an. Il redoute « une fermeture déguisée ».\n\n"
        "Le ministre de la Justice, Emmanuel Augier, a salué « le professionnalisme des "
        "forces de l'ordre ». Le garde des Sceaux n'a toutefois donné aucun détail. « L'État "
        "ne négocie pas », a-t-il répété.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Maternité")]
    assert speakers == ["Paul Heimard", "Emmanuel Augier", "Emmanuel Augier"]


def test_a_count_of_staff_brings_in_nobody() -> None:
    """« un seul médecin urgentiste de 20 heures à 8 heures » counts the staff; « le
    médecin » after « c'est le docteur X qui est de garde » is X."""
    from pipeline_quotes import trained_quotes

    text = (
        "Urgences\n\nLa nuit, les urgences fonctionnent avec un seul médecin urgentiste de "
        "20 heures à 8 heures.\n\nCe soir-là, c'est le docteur Thomas Le Bihel qui est de "
        "garde. Trente-quatre ans, il enchaîne les examens. « Je ne suis pas inquiet pour "
        "les urgences vitales, dit-il entre deux patients. » Le médecin parle d'une « perte "
        "de chance » difficile à mesurer.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Urgences")]
    assert speakers == ["Thomas Le Bihel", "Thomas Le Bihel"]
