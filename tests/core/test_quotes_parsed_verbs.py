"""Which verb the parse takes as reporting a quotation, and whose subject speaks.

Verbs of thinking, asking, calling and thanking that govern a quoted complement; a
reporting verb the parser hangs under the quotation; the agent of a reporting
participle; a subject the parser missed; « ce dernier ». Every sentence is invented
from general news phrasing, with invented names. Skipped without the trained engine.
"""

from __future__ import annotations

import pytest
from quote_text import cast

from tui.core.engine_identity import available
from tui.core.quotes.speech_verbs import is_speech_verb, judging_kind

CAST = cast(
    ["Paul Durand", "Marie Lenoir", "Claire Dubois", "Hugo Varenne"],
    surnames=["Durand"],
    bodies=["Veltronic", "Radio Orbis"],
    places=["Lorvenne"],
)

parsed = pytest.mark.skipif(not available(), reason="the trained engine is not installed")


def speakers(text: str) -> list[str | None]:
    """The speakers of the quotations of ``text``, set as an article's body under a
    title (a headline's quoted words follow rules of their own)."""
    from tui.core.analysis.engine_trained import parse_sentences

    text = "Un titre\n\n" + text
    return CAST.speakers(text, parse=parse_sentences)


def test_parse_only_verbs_are_told_apart_from_nouns_and_other_words() -> None:
    assert judging_kind("pensait") == "judge" and judging_kind("remercie") == "judge"
    assert judging_kind("appelle") == "call" and judging_kind("encouragés") == "judge"
    assert judging_kind("invite") is None  # an invitation is an act, not words
    assert judging_kind("mange") is None and judging_kind("annonce") is None
    # « demande » is mostly a noun to word order, a verb when the parse says so.
    assert not is_speech_verb("demande", "fr") and is_speech_verb("demande", "fr", as_verb=True)
    assert is_speech_verb("qualifiant", "fr", as_verb=True)
    assert is_speech_verb("menaçant", "fr", as_verb=True)
    assert not is_speech_verb("mangeant", "fr", as_verb=True)


@parsed
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of thinking governing the clause that holds the quoted words.
        (
            "Les enquêteurs doutaient encore, mais Veltronic pensait que la panne aurait "
            "pu « venir d'un seul capteur » de la chaîne.",
            ["Veltronic"],
        ),
        # « demande », a noun to word order, is the verb here; its subject speaks, not
        # the source that reports the request.
        (
            "Selon Radio Orbis, Marie Lenoir demande à « revoir tout le calendrier des travaux ».",
            ["Marie Lenoir"],
        ),
        # Calling on someone « à » something.
        (
            "Selon Radio Orbis, Veltronic appelle « à la reprise rapide du dialogue social ».",
            ["Veltronic"],
        ),
        # Calling on someone, « à » before the quotation.
        (
            "Selon Radio Orbis, Paul Durand appelle les élus à « voter contre le texte ».",
            ["Paul Durand"],
        ),
        # Expressing.
        (
            "Selon Radio Orbis, Hugo Varenne a exprimé sa « profonde tristesse ».",
            ["Hugo Varenne"],
        ),
        # Thanking.
        (
            "Selon Radio Orbis, Hugo Varenne remercie chaleureusement « tous les bénévoles "
            "du club ».",
            ["Hugo Varenne"],
        ),
        # « faire part » reports through its noun.
        (
            "Selon la directrice Claire Dubois, Radio Orbis a également fait part « d'un "
            "retard important » dans la diffusion.",
            ["Radio Orbis"],
        ),
    ],
)
def test_a_verb_of_thinking_asking_or_calling_reports_its_complement(
    text: str, expected: list[str]
) -> None:
    assert speakers(text) == expected


@parsed
def test_calling_something_a_name_reports_nobody() -> None:
    assert speakers("Les habitants appellent ce quartier « la petite Venise ».") == [None]


@parsed
def test_the_agent_of_a_reporting_participle_speaks() -> None:
    text = (
        "Qualifié de dirigeant qui « a perdu le contact » par le président de Radio Orbis, "
        "Hugo Varenne, Paul Durand s'est défendu jeudi."
    )
    assert speakers(text) == ["Hugo Varenne"]


@parsed
@pytest.mark.parametrize(
    "text",
    [
        "Le joueur, Radio Orbis le qualifiant « meilleur espoir du championnat », a signé "
        "jeudi à Lorvenne.",
        "Le maire a démissionné, Radio Orbis le qualifiant « d'élu le plus discret de la région ».",
    ],
)
def test_the_name_before_a_reporting_participle_the_parser_left_alone_speaks(text: str) -> None:
    assert speakers(text) == ["Radio Orbis"]


@parsed
def test_a_name_set_off_by_an_apposition_is_the_subject_of_the_verb_after_it() -> None:
    text = (
        "Pour Veltronic, ce retard est « regrettable » et Paul Durand, président du "
        "conseil de surveillance, estime qu' « il faudra des sanctions »."
    )
    assert speakers(text) == ["Veltronic", "Paul Durand"]


@parsed
def test_an_impersonal_il_hands_no_subject_to_a_participle() -> None:
    text = "Pour Radio Orbis, il s'agit d'un « renoncement » qualifiant le plan de « mirage »."
    assert speakers(text) == ["Radio Orbis", "Radio Orbis"]


@parsed
def test_ce_dernier_opening_a_sentence_is_the_last_person_named() -> None:
    text = (
        "Le ministre a reçu Paul Durand, président de la fédération, qui arrive de "
        "Lorvenne. Ce dernier indique vouloir rencontrer les clubs et « tourner la page »."
    )
    assert speakers(text) == ["Paul Durand"]


@parsed
def test_the_one_a_passive_reporting_verb_describes_is_not_the_speaker() -> None:
    text = "Marie Lenoir a été qualifiée de « traîtresse » par ses anciens alliés."
    assert speakers(text) == [None]


@parsed
def test_celle_ci_in_a_sentence_is_the_body_named_before_it() -> None:
    text = (
        "Le rapport de Veltronic, dans lequel celle-ci explique que la panne était "
        "« imprévisible », a été publié."
    )
    assert speakers(text) == ["Veltronic"]


@parsed
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The focus of a cleft before a colon.
        (
            "C'est Marie Lenoir qui a pris la parole en premier : « Nous ne signerons pas "
            "cet accord en l'état. »",
            ["Marie Lenoir"],
        ),
        # The same with the quotation opening the next paragraph.
        (
            "Le préfet a visité le site jeudi. C'est la directrice de Veltronic, Claire "
            "Dubois, qui a répondu aux questions :\n\n« Les salariés seront tous reclassés. »",
            ["Claire Dubois"],
        ),
        # A noun naming someone's words.
        (
            "La réaction de Veltronic ne s'est pas fait attendre : « Nous contestons "
            "fermement ces accusations. »",
            ["Veltronic"],
        ),
        # Words received are not the receiver's.
        ("La ville a reçu une lettre anonyme :\n\n« Vous allez payer. »", [None]),
    ],
)
def test_a_colon_hands_the_floor_to_a_cleft_s_focus_or_to_whose_words_are_named(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected
