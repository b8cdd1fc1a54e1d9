"""Roles around names are worked out once per article, never carried over to another text."""

from __future__ import annotations

import random

from quote_text import cast

from tui.core.quotes.role_after import role_after
from tui.core.quotes.role_before import _ends_no_role, _last_token, _role_walk, role_before
from tui.core.quotes.role_tokens import WORD
from tui.core.quotes.speakers import described_people, role_links_in

PETROV = cast(["Ivan Petrov"])


def test_each_text_gets_its_own_roles_at_the_same_offsets() -> None:
    first = "Hier, le ministre russe Ivan Petrov a parlé."
    second = "Hier, rien, rien, rien. Ivan Petrov a parlé."
    assert first.index("Ivan") == second.index("Ivan")
    assert role_links_in(first, PETROV.entities(first)) == [("ministre russe", "Ivan Petrov")]
    assert role_links_in(second, PETROV.entities(second)) == []
    again = "".join(first)  # an equal text in another object
    assert role_links_in(again, PETROV.entities(again)) == [("ministre russe", "Ivan Petrov")]


def test_remembered_roles_are_the_roles_read_afresh() -> None:
    text = (
        "Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Dmitri Peskov, "
        "le porte-parole du Kremlin, a ajouté. Kremlin spokesman Dmitri Peskov said so.\n"
        "Selon le président russe, Vladimir Poutine viendra. Mayor Patricia Nguyen spoke."
    )
    people = cast(["Dmitri Peskov", "Vladimir Poutine", "Patricia Nguyen"]).entities(text)
    fresh = []
    for ent in people:
        for role in (role_before(text, ent.start), role_after(text, ent.end)):
            if role:
                fresh.append(role)
    assert len(fresh) >= 3
    assert [role for role, _ in role_links_in(text, people)] == fresh
    assert [at for at, _ in described_people(text, people)] == [
        e.start for e in people if role_before(text, e.start) or role_after(text, e.end)
    ]


_PIECES = (
    "le", "la", "l'", "l’ancien", "du", "des", "de", "of", "the", "président", "russe",
    "porte-parole", "Kremlin", "spokesman", "Mayor", "a", "dit", "said", "et", "s'",
    "selon", "M.", "Dr.", "42", ",", ".", ";", "(", "«", "»", "-", "'", "’", "Face", "au",
)  # fmt: skip


def test_the_quick_refusal_agrees_with_the_full_walk() -> None:
    """Skipping the walk when the last word before a name ends no role changes nothing."""
    rng = random.Random(5)
    seps = (" ", " ", " ", "", "\u00a0", "\t")
    skipped = 0
    for _ in range(4000):
        line = "".join(rng.choice(_PIECES) + rng.choice(seps) for _ in range(rng.randint(0, 30)))
        text = rng.choice(("", "Avant.\n")) + line + "Ivan Petrov"
        start = text.index("Ivan Petrov")
        window = text[max(0, start - 90) : start]
        window = window[window.rfind("\n") + 1 :]
        assert role_before(text, start) == _role_walk(window), text
        last = _last_token(window)
        skipped += last is not None and last != "," and _ends_no_role(last)
        if last is not None:
            assert last == WORD.findall(window)[-1], window
    assert skipped > 1000


def test_a_name_completing_an_affair_or_a_street_is_no_person_described() -> None:
    for text in (
        "L'affaire Ivan Petrov rebondit.",
        "Le procès Ivan Petrov s'ouvre.",
        "La rue Ivan Petrov est fermée.",
        "La ministre Ivan Petrov parle.",
    ):
        people = described_people(text, PETROV.entities(text))
        assert bool(people) == text.startswith("La ministre"), text


def test_a_name_after_an_elided_preposition_holds_no_role() -> None:
    """« le conseil d'Ivan Petrov » is his council, not a council called Ivan Petrov."""
    for text, held in (
        ("Le texte sera validé par le conseil d'Ivan Petrov cet automne.", []),
        ("Le texte sera validé par le conseil d’Ivan Petrov cet automne.", []),
        (
            "Le texte sera validé par le ministre russe Ivan Petrov.",
            [("ministre russe", "Ivan Petrov")],
        ),
    ):
        assert role_links_in(text, PETROV.entities(text)) == held, text


def test_what_a_person_did_after_the_comma_is_no_role() -> None:
    """ "Ivan Petrov, died", "Ivan Petrov, visited the site": a verb, not an apposition."""
    for text, held in (
        ("Ivan Petrov, visited the plant in May and left.", []),
        ("Ivan Petrov, died in May.", []),
        ("Hier, Ivan Petrov, serait un ancien employé du site.", []),
        ("Ivan Petrov, a retired nurse, said so.", [("a retired nurse", "Ivan Petrov")]),
    ):
        assert role_links_in(text, PETROV.entities(text)) == held, text


def test_a_capitalised_word_opening_the_sentence_is_a_title_only_if_a_person_noun() -> None:
    assert (
        role_links_in("Then Ivan Petrov spoke.", PETROV.entities("Then Ivan Petrov spoke.")) == []
    )
    text = "Mayor Ivan Petrov spoke."
    assert [role for role, _ in role_links_in(text, PETROV.entities(text))] == ["Mayor"]


def test_a_role_after_a_verb_of_saying_and_a_contraction_ends_on_the_name() -> None:
    """« a-t-elle lancé au maire, X. »: X is the mayor; « Face au président, X a… » and a
    name followed by « , hier » are no roles."""
    people = cast(["Roland Keller", "Paul Durand"])
    addressed = "« Vous aviez promis », a-t-elle lancé au maire, Roland Keller. L'édile se tait."
    assert role_links_in(addressed, people.entities(addressed)) == [("maire", "Roland Keller")]
    facing = "Face au président, Roland Keller a tenu bon."
    assert role_links_in(facing, people.entities(facing)) == []
    dated = "Elle a écrit au ministre de la Santé, Paul Durand, hier."
    assert role_links_in(dated, people.entities(dated)) == [("ministre de la Santé", "Paul Durand")]


def test_a_role_with_its_complement_before_a_name_and_no_clause_after_it() -> None:
    """« Le président du tribunal, X, l'a vite ramené aux faits »: the role runs through
    « du », and « l'a vite ramené » after the name is a clause, no second role."""
    people = cast(["Thierry Caudal"])
    text = "Le président du tribunal, Thierry Caudal, l'a vite ramené aux faits."
    assert role_links_in(text, people.entities(text)) == [
        ("président du tribunal", "Thierry Caudal")
    ]


def test_a_role_joined_by_en_is_read_whole() -> None:
    """« la metteuse en scène X », « le rédacteur en chef X »: « en » joins the role's
    end, it opens no circumstance."""
    people = cast(["Inès Loubet", "Paul Rivet"])
    text = "À Lyon, la metteuse en scène Inès Loubet répète. Le rédacteur en chef Paul Rivet lit."
    assert role_links_in(text, people.entities(text)) == [
        ("metteuse en scène", "Inès Loubet"),
        ("rédacteur en chef", "Paul Rivet"),
    ]
