"""French lead-ins that name the speaker without a verb of saying: a view shared
by someone before a colon (« Même constat pour X : »), and an incise whose verb is
set off from its subject by a manner (« lâche, amer, X »). Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Le constat est partagé par Yves Caron, maire de Lunel : « La situation est "
            "grave et personne ne bouge. »",
            ["Yves Caron"],
        ),
        (
            "Même constat pour Nadia Ferhat : « Personne ne nous écoute jamais ici. »",
            ["Nadia Ferhat"],
        ),
        (
            "Un avis que ne partage pas Luc Dumont : « C'est une erreur qui coûtera cher. »",
            ["Luc Dumont"],
        ),
        (
            "« C'est un scandale », lâche, amer, Pierre Lambert, agriculteur à Vierzon.",
            ["Pierre Lambert"],
        ),
        ("« C'est fini », répond, un brin agacé, le ministre Paul Roux.", ["Paul Roux"]),
        (
            "Même constat pour Karim Sellami, délégué CGT : « On n'avait pas vu ça depuis "
            "des années. »",
            ["Karim Sellami"],
        ),
        (
            "Réaction immédiate de la CGT : « C'est une provocation inacceptable pour "
            "tous les salariés. »",
            ["CGT"],
        ),
        ("Réponse cinglante du ministre Paul Aubry : « Personne ne sera oublié. »", ["Paul Aubry"]),
        ("Réaction immédiate de la CGT : « C'est une provocation. »", ["CGT"]),
    ],
)
def test_lead_ins(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in trained_quotes(f"Actualité\n\n{body}\n", "Actualité")] == speakers


def test_a_view_opening_the_sentence_before_a_lone_quotation_gives_its_speaker() -> None:
    body = (
        "« Le maire nous parle de reconquête », a lancé la conseillère d'opposition Inès "
        "Tardieu.\n\nPour l'élue, l'argent serait mieux employé ailleurs. « Avec deux millions, "
        "on rouvre le centre social. »"
    )
    assert [q.speaker for q in trained_quotes(body, "Sécurité")] == ["Inès Tardieu"] * 2


def test_a_retort_before_a_colon_hands_the_floor_to_its_author() -> None:
    body = (
        "Le maire, Marc Barral, défend son plan. L'opposition le conteste.\n\n"
        "Réplique de Marc Barral : « Je n'oppose pas la prévention et la sécurité. »"
    )
    assert [q.speaker for q in trained_quotes(body, "Sécurité")] == ["Marc Barral"]
