"""An English definite description that ends a body's name speaks for that body:
"the institute" after *Bremly Polar Institute*, "the health department" after
*Corrin County Health Department*. Invented names, general phrasing."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, rules_speakers
from quote_text import cast


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(body)]


@pytest.mark.parametrize(
    ("named", "description", "body"),
    [
        ("Bremly Polar Institute", "The institute", "Bremly Polar Institute"),
        (
            "Corrin County Health Department",
            "The health department",
            "Corrin County Health Department",
        ),
        ("Vell County Sheriff's Office", "The sheriff's office", "Vell County Sheriff's Office"),
        ("Kelmor Valley School District", "The district", "Kelmor Valley School District"),
    ],
)
def test_a_description_ending_a_body_name_is_that_body(
    named: str, description: str, body: str
) -> None:
    text = (
        f"Figures from the {named} were published on Monday.\n\n"
        f"{description} said in a statement that the results showed “a clear trend.”"
    )
    assert _speakers(text) == [body]


def test_a_description_no_name_ends_stays_unnamed() -> None:
    text = (
        "Figures from the Bremly Polar Institute were published on Monday.\n\n"
        "The council said in a statement that the results showed “a clear trend.”"
    )
    assert _speakers(text) == [None]


def test_the_campaign_is_the_one_last_named_after_its_candidate() -> None:
    text = (
        "Poll\n\nThe Okoye campaign said the numbers matched its own data. “Voters know "
        "Ray Okoye,” the campaign said in a statement.\n"
    )
    assert rules_speakers(text) == ["Okoye campaign"]


def test_a_participle_after_the_main_clause_reports_for_its_subject() -> None:
    text = (
        "Pick\n\nGov. Lorna Haskell spoke first. The Haskell campaign moved quickly to define "
        "him, calling Mr. Pardoe “a tax-and-spend governor.”\n\n"
        "The Vell Senatorial Committee quickly embraced the nominee, calling her “a "
        "relentless fighter” in a statement.\n"
    )
    assert rules_speakers(text) == ["Haskell campaign", "Vell Senatorial Committee"]


def test_a_judge_observing_after_the_main_clause_speaks() -> None:
    text = (
        "Ruling\n\nJustice Ann Morrow of the Lorvale High Court on Tuesday restrained the "
        "town council from dumping waste on the lake, observing that the civic body had "
        "“converted a water body into a convenience”.\n"
    )
    assert rules_speakers(text) == ["Ann Morrow"]


def test_the_force_is_the_police_named_before() -> None:
    text = (
        "Buses\n\nVell Police said officers had charged 31 people. ‘Any attack will be "
        "investigated,’ the force said in a statement.\n"
    )
    assert rules_speakers(text) == ["Vell Police"]


def test_a_person_s_office_speaks_for_that_person_and_a_campaign_for_itself() -> None:
    text = (
        "Project\n\nMayor Ann Jonsby spoke first. Jonsby's office said in a statement that she "
        '"remains committed" to the project. Jonsby\'s campaign said it was "premature."\n'
    )
    assert rules_speakers(text) == ["Ann Jonsby", "Jonsby's campaign"]


def test_a_company_described_by_its_base_is_the_company() -> None:
    text = (
        "Appliance maker Vellory to close plant\n\nVellory Home Appliances will close its "
        "plant in Mansfield, the "
        "company said.\n\nThe Chicago-based company said the decision followed "
        '"a comprehensive review" of its plants.\n'
    )
    assert rules_speakers(text)[-1] == "Vellory Home Appliances"


def test_a_choir_named_before_speaks_as_the_choir() -> None:
    text = (
        "Members of the Pendlebury Male Voice Choir voted on Sunday to admit women.\n\n"
        "In a statement after the vote, the choir said it would “always honour its roots”."
    )
    assert _speakers(text) == ["Pendlebury Male Voice Choir"]


@pytest.mark.parametrize("trade", ["Restructuring", "Consulting", "Engineering"])
def test_a_firm_named_by_its_trade_speaks_in_a_report(trade: str) -> None:
    """ "said in a report": after "a", "report" is a noun, so "said" is the verb."""
    text = (
        "Kellerby Foods went into administration in March.\n\n"
        f"Its administrators, Ashwell {trade}, later said in a report to creditors that the "
        "company had been “insolvent on any reasonable view” for a year."
    )
    assert _speakers(text) == [f"Ashwell {trade}"]


def test_a_firm_called_by_its_first_word_keeps_its_full_name() -> None:
    """ "a Vestry spokesperson" after *Vestry Cold Store Logistics*: the company's own word
    before its trade is the company, neither a place nor a person."""
    text = (
        "Two rivals, including Vestry Cold Store Logistics, have tested drones.\n\n"
        "A Vestry spokesperson declined to comment on the deal but said the company was "
        '"continuously evaluating" new technologies.'
    )
    assert _speakers(text) == ["Vestry Cold Store Logistics"]


def test_an_order_or_lodge_apposed_to_a_union_speaks_as_the_union() -> None:
    text = (
        "The Dunmere City Council voted on Tuesday to cap police overtime. Others wore "
        "T-shirts supporting the police union, the Loyal Order of Constables Lodge 41.\n\n"
        'The union said in a statement after the vote that the cap was "unworkable".'
    )
    assert _speakers(text) == ["Loyal Order of Constables Lodge"]


def test_a_body_after_with_is_the_one_the_article_names_with_that_noun() -> None:
    """ "…, with their union warning it could run 'well into the summer'", the union
    named in the next paragraph."""
    body = (
        "Dockers walked out yesterday after talks broke down, with their union warning the "
        "dispute could run 'well into the summer'.\n\nAbout 380 members of the Docks and "
        "Maritime Union (DMU) are taking part."
    )
    assert [q.speaker for q in article_quotes(body, "en")] == ["Docks and Maritime Union"]


@pytest.mark.parametrize("subject", ["The jury", "The council"])
def test_a_body_opening_the_sentence_before_he_is_never_he(subject: str) -> None:
    """ "The jury convicted X. "…," he said": X, the one person named."""
    body = f'{subject} ruled against John Smith on Monday. "I am sorry," he said.'
    assert [q.speaker for q in article_quotes(body, "en")] == ["John Smith"]


def test_the_company_is_the_firm_not_the_central_bank_named_since() -> None:
    people = cast(bodies=["Danvers Foods Plc", "Central Bank of Kelvaria"])
    text = (
        "Danvers Foods Plc warned that its profit could fall. The Central Bank of Kelvaria "
        "raised its rate on Tuesday.\n\nIn a filing to the stock exchange, the company said "
        "higher prices had “significantly compressed margins”."
    )
    assert people.speakers(text, "en") == ["Danvers Foods Plc"]
