"""Clauses that hang on another one, and documents that speak. Invented names.

- A participle after a comma ("…, telling reporters that …", « …, invoquant … ») reports
  for the main clause's subject.
- A quotation closing on a full stop inside its marks ends the sentence: the next
  sentence's subject is not the earlier one's.
- "the ruling added" after "The court said in its ruling" is the court's, and
  « poursuit le texte » the company's whose statement it is.
- "Sen. Ada Brin" is the one "the senator" re-describes.
- The agent of a set-off participle (« consulté par l'AFP ») is not the subject, and a
  draft of a text speaks for nobody.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers, trained_quotes
from quote_text import cast

from tui.core.entities.extract import extract_entities
from tui.core.models import Entity
from tui.core.quotes.speakers import role_links_in


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return rules_speakers(text, language)


def test_an_english_participle_reports_for_the_main_subject() -> None:
    text = (
        "Briefing\n\nPress secretary Ada Brin declined on Monday to explain the recall, "
        "telling reporters that the move was “a personnel matter.”\n"
    )
    assert _speakers(text) == ["Ada Brin"]


def test_a_french_participle_reports_for_the_main_subject() -> None:
    text = (
        "Derby\n\nLa préfecture de la Haute-Loire a pris un arrêté, invoquant "
        "« un risque sérieux de troubles ».\n"
    )
    assert _speakers(text, "fr") == ["préfecture de la Haute-Loire"]


def test_a_french_participle_that_hammers_the_point_reports_for_the_subject() -> None:
    people = cast(["Paul Durand"], surnames=["Durand"])
    text = "Paul Durand a retiré le texte, martelant que la ville « ne cédera pas »."
    assert people.speakers(text, "fr") == ["Paul Durand"]


def test_a_full_stop_inside_the_marks_ends_the_sentence() -> None:
    text = (
        "Debate\n\nJoan Sutter said both men were “arguing about the menu.” Tom Brandt "
        "stayed out of it, saying only that he would “leave zoning to others.”\n"
    )
    assert _speakers(text) == ["Joan Sutter", "Tom Brandt"]


def test_a_ruling_speaks_for_the_court_that_issued_it() -> None:
    text = (
        "Ban\n\nThe Court of Sport Arbitration rejected the appeal on Friday.\n\n"
        "The court said in its ruling that the explanation was “not credible.” "
        "“The athlete bears responsibility,” the ruling added.\n"
    )
    assert _speakers(text) == ["Court of Sport Arbitration", "Court of Sport Arbitration"]


def test_a_french_statement_goes_on_for_the_body_that_issued_it() -> None:
    cast_ = cast(["Sandrine Lemaître"], bodies=["Corvalis", "CGT"])
    text = (
        "Corvalis ferme son usine\n\nLe groupe Corvalis a annoncé la fermeture du site.\n\n"
        "« On nous a menti », lâche Sandrine Lemaître, déléguée CGT.\n\n"
        "Dans un communiqué, le groupe évoque « une décision douloureuse ». « Le site "
        "souffre d'une surcapacité structurelle », poursuit le texte.\n"
    )
    assert cast_.speakers(text) == ["Sandrine Lemaître", "Corvalis", "Corvalis"]


def test_a_short_title_ties_the_role_to_the_name() -> None:
    text = "The panel widened its inquiry into Sen. Ada Brin on Monday."
    links = role_links_in(text, extract_entities(text, language="en"))
    assert ("senator", "Ada Brin") in links


def test_a_role_glossed_with_initials_is_known_by_them_too() -> None:
    """« président de l'Association … (APCF) » after a name, even behind a first role
    that runs through a place, is « le président de l'APCF » further on."""
    text = (
        "« Ça fait plaisir », résume Paul Garnier, maire d'une commune dans l'Indre et "
        "président de l'Association des petites communes de France (APCF)."
    )
    at = text.index("Paul Garnier")
    links = role_links_in(text, [Entity(at, at + 12, "Paul Garnier", "PER", "Paul Garnier")])
    assert ("président de l'APCF", "Paul Garnier") in links
    assert ("président de l'Association des petites communes de France", "Paul Garnier") in links


def test_it_reporting_stands_for_the_body_named_before() -> None:
    text = (
        "Flood\n\nThe Harlow River Authority said levels had peaked. It warned in a "
        "statement that more rain could bring “further flooding” on Thursday.\n"
    )
    assert _speakers(text) == ["Harlow River Authority"]


def test_it_is_no_body_outside_a_reporting_verb() -> None:
    text = "Flood\n\nThe Harlow River Authority met. It was “a long night” for everyone.\n"
    assert _speakers(text) == [None]


def test_a_dateline_does_not_hide_the_main_subject() -> None:
    text = (
        "Briefing\n\nWASHINGTON — Press secretary Ada Brin declined to explain the recall, "
        "telling reporters that it was “a personnel matter.”\n"
    )
    assert _speakers(text) == ["Ada Brin"]


def test_a_document_subject_defers_to_whoever_reports_it() -> None:
    text = (
        "Inquiry\n\nIts director, Mara Quist, said the committee's letter suggested "
        "investigators had moved “well past the first stage.”\n"
    )
    assert _speakers(text) == ["Mara Quist"]


def test_an_unnamed_spokesperson_before_the_verb_speaks_for_the_body() -> None:
    text = (
        "Ruling\n\nThe Vell Elections Commission said it would issue guidance. A commission "
        "spokeswoman said the agency was “reviewing the decision” and urged calm.\n"
    )
    assert _speakers(text) == ["Vell Elections Commission"]


def test_a_body_noun_statement_speaks_for_that_body() -> None:
    text = (
        "Flood\n\nVell County Police said the search was suspended at dusk.\n\n"
        "“Conditions are too dangerous for our divers,” the police statement said.\n"
    )
    assert _speakers(text) == ["Vell County Police"]


def test_a_headline_quote_takes_the_speaker_its_words_have_in_the_body() -> None:
    text = (
        "‘I’LL CHAIN MYSELF TO IT’: Gran vows to fight council over hedge\n\n"
        "Brenda Wakes, 78, has tended the hedge since 1984.\n\n"
        "“I’ll chain myself to it if I have to,” she said.\n"
    )
    assert _speakers(text) == ["Brenda Wakes", "Brenda Wakes"]


def test_a_document_from_a_named_body_speaks_for_it() -> None:
    text = (
        "Wells\n\nThe annual report from Harl Water, released on Tuesday, said the trend "
        "was “statistically robust”.\n"
    )
    assert _speakers(text) == ["Harl Water"]


def test_a_year_before_report_makes_it_a_noun() -> None:
    from tui.core.quotes.context import _Tok
    from tui.core.quotes.verb_use import verb_use

    toks = [_Tok(0, 1, "a", "a"), _Tok(2, 6, "2022", "2022"), _Tok(7, 13, "report", "report")]
    assert not verb_use(toks, 2, "en")


def test_a_finding_before_that_reports_the_court_or_study() -> None:
    text = (
        "Ruling\n\nThe Vell Supreme Court ruled on Friday. The court held that the state "
        "constitution offers “broader protection” against searches.\n\n"
        "A review by Harl Water found that the pipes were “well past their design life.”\n\n"
        "Police found the car near the river, with “Help” written on the window.\n"
    )
    assert _speakers(text) == ["Vell Supreme Court", "Harl Water", None]


def test_a_finding_before_a_bare_clause_reports_the_study() -> None:
    text = (
        "Budget\n\nAn analysis by the Corlan Policy Center found the cuts would be "
        "“heavily tilted toward the top.”\n\n"
        "The Vell Budget Office estimated the plan would “add $40 billion” to deficits.\n\n"
        "Police found the body of a “well-known” local man near the river.\n"
    )
    assert _speakers(text) == ["Corlan Policy Center", "Vell Budget Office", None]


def test_a_document_by_the_named_body_speaks_for_it() -> None:
    text = (
        "Schools\n\nA report by the Marrow Institute said the programme was “largely "
        "ineffective.”\n"
    )
    assert _speakers(text) == ["Marrow Institute"]


def test_a_speech_word_after_a_preposition_is_a_noun() -> None:
    text = (
        "Vote\n\nThe Vell Presidency said in a statement that the head of state “respects "
        "the will of parliament” and urged calm.\n\n"
        "Harl Water said the rise in counter hours reflected “a redeployment of staff”.\n"
    )
    assert _speakers(text) == ["Vell Presidency", "Harl Water"]


@pytest.mark.parametrize(
    "dateline", ["LIMA, March 12 (Reuters) - ", "LIMA (Reuters) - ", "LIMA — "]
)
def test_a_wire_dateline_does_not_hide_the_main_subject(dateline: str) -> None:
    text = (
        f"Rates\n\n{dateline}The Vell Reserve Bank held its rate at 5.25% on Thursday, "
        "saying there was “no rush” to resume cutting.\n"
    )
    assert [s and s.removeprefix("The ") for s in _speakers(text)] == ["Vell Reserve Bank"]


def test_a_french_finding_before_que_reports_for_its_subject() -> None:
    text = (
        "Paris\n\nLe site Velloscope a analysé 26 000 matchs et a découvert que 15 joueurs "
        "« perdaient régulièrement » des matchs.\n"
    )
    assert rules_speakers(text, "fr") == ["Velloscope"]


def test_a_participle_after_an_incise_belongs_to_the_incises_subject() -> None:
    festival = cast(places=["Causse Sonore"])  # as a model may label it
    text = (
        "Les billets de la soirée seront remboursés, a annoncé Causse Sonore dans un "
        "communiqué, précisant que « l'assurance ne couvrira qu'une partie des pertes »."
    )
    assert festival.speakers(text, "fr") == ["Causse Sonore"]


def test_a_participle_after_a_pronoun_incise() -> None:
    negotiator = cast(["Mele Tonga"], surnames=["Tonga"])
    text = (
        "Mele Tonga a pris la parole. « Ce texte est plus faible », a-t-elle ajouté devant "
        "la presse, précisant que son groupe était prêt à « bloquer le consensus »."
    )
    assert negotiator.speakers(text, "fr") == ["Mele Tonga", "Mele Tonga"]


def test_a_document_read_alone_speaks_for_the_author_a_participle_names() -> None:
    """The parse may read « Un rapport » alone as the subject; the participle after it
    names who wrote it, never the body the text named last."""
    from tui.core.quotes.context import _Context
    from tui.core.quotes.marks import quote_units
    from tui.core.quotes.subjects import _resolve_tokens

    bodies = cast([], bodies=["Océans Vivants", "Marine nationale"])
    text = (
        "La Marine nationale a mené les recherches. Un rapport publié en janvier par "
        "l'ONG Océans Vivants estimait que la ressource avait « diminué de moitié »."
    )
    ctx = _Context(text, bodies.entities(text), quote_units(text), "fr")
    start = text.index("Un rapport")
    who = _resolve_tokens(ctx, ctx.tokens_between(start, start + len("Un rapport")), start)
    assert who is not None and who.name == "Océans Vivants"


def test_selon_laquelle_credits_the_document_and_its_author() -> None:
    """« citant une étude du bureau X selon laquelle … « … » »: the words are the
    study's, so its author's, not the one who cites it."""
    cast_ = cast(["Bastien Guex", "Paul Morel"], bodies=["Mobilitas", "Cour des comptes"])
    text = (
        "Parking\n\nBastien Guex a insisté sur le coût, citant une étude du bureau Mobilitas "
        "selon laquelle le taux d'occupation « ne dépasserait pas 60 % ».\n\n"
        "Paul Morel s'appuie sur un rapport de la Cour des comptes selon lequel la dette "
        "serait « hors de contrôle ».\n\n"
        "Bastien Guex cite un rapport du bureau Mobilitas selon lequel Paul Morel a déclaré "
        "« tout va bien »."
    )
    assert cast_.speakers(text) == ["Mobilitas", "Cour des comptes", "Paul Morel"]


def test_an_unnamed_official_of_a_body_speaks_for_it() -> None:
    """« un haut fonctionnaire de la Commission X », « un responsable de X »: the body
    speaks through them; an employee or a neighbour speaks for themselves."""
    cast_ = cast([], bodies=["Commission de la Cedeao", "Montluçon Communauté"])
    text = (
        "« Trois sur quinze », glisse un haut fonctionnaire de la Commission de la Cedeao.\n\n"
        "Un responsable de Montluçon Communauté reconnaît que « le dossier a trop traîné ».\n\n"
        "Une employée de Montluçon Communauté assure que « rien n'a changé »."
    )
    assert cast_.speakers(text) == ["Commission de la Cedeao", "Montluçon Communauté", None]


def test_the_statement_is_the_body_the_paragraph_credits_with_it() -> None:
    """ "X said in a statement that … "…," the statement said": X's, not the body
    quoted a paragraph before."""
    cast_ = cast([], bodies=["Harbour Authority", "Northwind Ferries"])
    text = (
        "Ferry fined\n\nA senior official of the Harbour Authority said the company had been "
        'warned "at least three times."\n\nNorthwind Ferries said in a statement that it '
        'accepted the findings. "We are sorry for the distress," the statement said.\n'
    )
    assert cast_.speakers(text, "en") == ["Harbour Authority", "Northwind Ferries"]


def test_a_persons_statement_is_theirs() -> None:
    cast_ = cast(["Okafor"], bodies=["Harbour Authority"])
    text = (
        'Campaign\n\nThe Harbour Authority said the vote was "a mistake."\n\nOkafor said in '
        'a statement that the money came from small donors. "This campaign is paid for by '
        'nurses," the statement said.\n'
    )
    assert cast_.speakers(text, "en") == ["Harbour Authority", "Okafor"]


def test_a_newspaper_article_speaks_for_its_paper() -> None:
    """« Un article du Canard enchaîné évoque des « … » »: the newspaper's words."""
    text = "Grève\n\nUn article du Canard enchaîné évoque des « consignes de fermeté ».\n"
    assert [q.speaker for q in trained_quotes(text, "Grève")] == ["Le Canard enchaîné"]


def test_the_agent_of_a_set_off_participle_never_speaks_for_the_subject() -> None:
    people = cast(["Jean Morvan", "AFP"], surnames=["Morvan"])
    text = "Jean Morvan, interrogé par l'AFP, a jugé la situation « très grave »."
    assert people.speakers(text, "fr") == ["Jean Morvan"]


def test_a_draft_consulted_by_an_agency_speaks_for_nobody() -> None:
    text = (
        "Sommet\n\nLa ministre des Pêches, Awa Ndiaye, a défendu un registre commun. "
        "« Il faut un outil partagé », a expliqué la ministre.\n\n"
        "Le projet de texte, consulté par l'AFP, appelle à « mutualiser les moyens de "
        "surveillance ». Les discussions reprendront jeudi.\n"
    )
    speakers = {q.text: q.speaker for q in trained_quotes(text, "Sommet")}
    assert speakers["mutualiser les moyens de surveillance"] is None
    assert speakers["Il faut un outil partagé"] == "Awa Ndiaye"


def test_the_statement_a_county_or_a_person_gave_speaks_for_them() -> None:
    """ "In a statement, Alder County said …" then "the statement said": the county
    (a place speaks as a subject); "his victim impact statement": his words."""
    county = (
        "Fire\n\nIn a statement issued after 3 p.m., Alder County said it had expanded the "
        "orders. “Residents must leave immediately,” the statement said.\n"
    )
    person = (
        "Court\n\nSeán Kirwan did not attend the hearing, but his victim impact statement was "
        "read to the court.\n\n“I used to cycle 200 kilometres a week,” the statement said.\n"
    )
    assert rules_speakers(county) == ["Alder County"]
    assert rules_speakers(person) == ["Seán Kirwan"]


def test_an_agent_after_a_time_word_or_an_elided_link_judges_the_words() -> None:
    """« l'appel au « dialogue » lancé la veille par X », « qualifiée d'« … » par le
    responsable de la mission, le Pr Y »."""
    text = (
        "Grève\n\nLes grévistes ont reconduit leur mouvement, malgré l'appel au « dialogue » "
        "lancé la veille par la présidente de l'établissement, Camille Royer-Dantel.\n\n"
        "Une équipe a mis au jour des sépultures. Une découverte qualifiée d'« exceptionnelle » "
        "par le responsable de la mission, le Pr Moustapha Diouk, qui fouille le site.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Grève")] == [
        "Camille Royer-Dantel",
        "Moustapha Diouk",
    ]


def test_y_lit_on_reads_from_the_document_just_mentioned() -> None:
    text = (
        "Francisation\n\nLe Centre de services scolaire des Mille-Ruisseaux a indiqué dans un "
        "communiqué avoir reçu « un financement inférieur ». « Nous ne pouvons pas payer des "
        "enseignants avec de l'argent que nous n'avons pas », y lit-on.\n"
    )
    body = "Centre de services scolaire des Mille-Ruisseaux"
    assert [q.speaker for q in trained_quotes(text, "Francisation")] == [body, body]


def test_on_y_lit_que_reads_from_the_last_document_named() -> None:
    """« On y lit que « … » », « on peut y lire que », « y est décrit comme »: the
    words are the issuer's of the document the text named last."""
    text = (
        "Captages\n\nLe Syndicat des eaux du Varet gère douze forages. Une note interne du "
        "syndicat, datée de mars, dit autre chose. On y lit que « les seuils sont dépassés » "
        "et qu'« il faut prévenir la population ».\n\nUne circulaire de la préfecture de "
        "l'Orne, publiée en mai, va plus loin. On peut y lire que « la distribution doit "
        "cesser ». Le forage nord y est décrit comme « hors d'usage ».\n"
    )
    syndicate, prefecture = "Syndicat des eaux du Varet", "préfecture de l'Orne"
    assert [q.speaker for q in trained_quotes(text, "Captages")] == [
        syndicate,
        syndicate,
        prefecture,
        prefecture,
    ]


def test_reading_a_document_does_not_lend_it_a_later_judge_s_words() -> None:
    """« On y lit un appel au calme, et le maire a déclaré que « … » »: the mayor's."""
    text = (
        "Rapport\n\nLe Syndicat des eaux du Varet a publié un rapport lundi. On y lit un "
        "appel au calme, et le maire, Paul Vérand, a déclaré que « tout est sous contrôle ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Rapport")] == ["Paul Vérand"]


def test_a_new_text_is_not_the_last_document_named() -> None:
    """« a publié un texte dénonçant « … » » after a firm's release: « un texte » is a
    new document, its publisher's, while « le groupe X » issued the release."""
    text = (
        "Lait\n\nDans un communiqué, le groupe Varnel, propriétaire de l'usine, dit "
        "« entendre les éleveurs ».\n\nLa Fédération des fermes du Bocage a publié jeudi un "
        "texte dénonçant « un système qui ruine les fermes ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Lait")] == [
        "Varnel",
        "Fédération des fermes du Bocage",
    ]


def test_a_paper_that_cites_a_report_did_not_write_it() -> None:
    """« Selon un rapport interne cité par le quotidien « X » »: nobody named wrote it;
    « un rapport publié par l'ONG Y » is Y's."""
    text = (
        "Navire\n\nSelon un rapport interne cité par le quotidien « Diario de la Costa », "
        "l'équipage aurait « ignoré trois sommations radio ».\n\nSelon un rapport publié par "
        "l'ONG Terra Viva, la forêt a perdu « un tiers de sa surface ».\n"
    )
    speakers = {q.text: q.speaker for q in trained_quotes(text, "Navire")}
    assert speakers["ignoré trois sommations radio"] is None
    assert speakers["un tiers de sa surface"] == "Terra Viva"
