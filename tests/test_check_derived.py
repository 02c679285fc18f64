"""`armsfacts check`: correct figures the record does not hold, of quantities near its own, are never contradicted.

A helper wrote correct sentences in the patterns news pages use, some giving figures derived from the record's or of
a part of a recorded span (issue 17: no "contradicted" on a correct sentence), and found three called contradicted.
The sentences here are written for this file in those shapes. The record (data/armsfacts.json): Operation Last Mile
seized nearly 44 million fentanyl pills from May 2022 to May 2023 (last-mile-fentanyl-pills); Operation Northern
Border, begun on 5 February 2025, had seized 705 firearms by 23 February and 1,397 by 16 March 2025
(ofn-firearms-2025-02-23, ofn-firearms-2025-03-16); of the guns Mexico submitted for tracing in 2024, no purchaser was
identified for 6,572 (atf-mx-no-buyer-2024).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import Invoke, judged


def test_one_calendar_year_of_an_operation_s_span_is_no_count_of_the_span(run: Invoke, tmp_path: Path) -> None:
    """Under a headline on Last Mile, the DEA's pills of calendar 2022 were contradicted by the operation's nearly 44
    million of May 2022 to May 2023: the year named holds only part of the operation's span."""
    draft = (
        "Operation Last Mile: the DEA's war on fentanyl\n\n"
        "In calendar year 2022 alone, the DEA seized more than 50.6 million fentanyl pills."
    )
    claim = judged(run, tmp_path, draft, "more than 50.6 million")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_fiscal_year_named_still_holds_its_own_count(run: Invoke, tmp_path: Path) -> None:
    """... while a fiscal year named holds its own count, though it began in the calendar year before: CBP's Laredo
    Field Office seized 514 weapons in fiscal 2025 (cbp-laredo-fo-firearms-fy2025), and 750 is contradicted."""
    sentence = "CBP's Laredo Field Office seized 750 weapons in fiscal year 2025."
    claim = judged(run, tmp_path, sentence, "750")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["cbp-laredo-fo-firearms-fy2025"]), claim["note"]


def test_a_gain_between_two_days_of_a_running_count_is_no_total(run: Invoke, tmp_path: Path) -> None:
    """692 firearms seized between 23 February and 16 March 2025 (the gain between two of the record's points) were
    contradicted by the total since 5 February at 16 March: a span that opens after the count began is a part of it.
    Its opening day, written without its year ("23 de febrero ... 16 de marzo de 2025"), is read as a day too."""
    english = "Between 23 February and 16 March 2025, Operation Northern Border seized 692 more firearms."
    assert judged(run, tmp_path, english, "692")["verdict"] == "unverified"
    spanish = (
        "Entre el 23 de febrero y el 16 de marzo de 2025, la Operación Frontera Norte aseguró otras 692 armas de fuego."
    )
    assert judged(run, tmp_path, spanish, "692", "es")["verdict"] == "unverified"


def test_the_total_since_the_start_to_a_point_is_still_that_point(run: Invoke, tmp_path: Path) -> None:
    """... but a span from the day the count began to a point is that point: 1,397 written 1,497 is contradicted."""
    sentence = "From 5 February to 16 March 2025, Operation Northern Border seized 1,497 firearms."
    claim = judged(run, tmp_path, sentence, "1,497")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["ofn-firearms-2025-03-16"]), claim["note"]


def test_guns_not_of_us_origin_are_no_count_of_guns_with_no_purchaser(run: Invoke, tmp_path: Path) -> None:
    """7,635 traced guns not of U.S. origin in 2024 (the record's 25,884 traced less its 18,249 of U.S. origin) were
    contradicted by the 6,572 whose purchaser was not identified: both labels deny something, not the same thing."""
    sentence = "In 2024, 7,635 of the firearms traced from Mexico were not of U.S. origin."
    claim = judged(run, tmp_path, sentence, "7,635")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_count_of_some_weeks_is_no_count_of_more(run: Invoke, tmp_path: Path) -> None:
    """The same gain, said as a count of "the three weeks to 16 March", was judged against the total of the forty days
    since 5 February. A count said to run some weeks or days is of a span that long, give or take a week."""
    sentence = "In the three weeks to 16 March 2025, Operation Northern Border seized 692 firearms."
    assert judged(run, tmp_path, sentence, "692")["verdict"] == "unverified"
    six_weeks = "Operation Northern Border seized 1,497 firearms in its first six weeks, to 16 March 2025."
    claim = judged(run, tmp_path, six_weeks, "1,497")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["ofn-firearms-2025-03-16"]), claim["note"]
    days = "En los primeros 28 días del gobierno se aseguraron 834 armas de fuego."
    claim = judged(run, tmp_path, days, "834", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-firearms-2024-10-28"]), claim["note"]


def test_guns_made_outside_the_us_are_no_count_of_guns_made_there(run: Invoke, tmp_path: Path) -> None:
    """The same rest, said as guns "made outside the United States or of undetermined origin", was contradicted by the
    13,004 of 2024 made in the U.S. (atf-mx-us-made-2024): a count of the rest of a whole is another quantity, as a
    share of it already was."""
    sentence = (
        "In 2024, 7,635 of the firearms traced from Mexico were made outside the United States or were of "
        "undetermined origin."
    )
    claim = judged(run, tmp_path, sentence, "7,635")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_sum_of_firearms_is_no_count_of_magazines(run: Invoke, tmp_path: Path) -> None:
    """A sum of two recorded counts of firearms, its unit left to the sentence ("so the armed forces together seized
    nearly 16,000"), was borne out by Operation Northern Border's 15,588 magazines, the page's topic: a figure of a unit
    the sentence does not name, where it names another, bears nothing out."""
    draft = (
        "Operation Northern Border: the year in review\n\n"
        "Mexico's Defence ministry seized 14,014 firearms last year. The Navy seized 1,783 firearms, so the armed "
        "forces together seized nearly 16,000."
    )
    claim = judged(run, tmp_path, draft, "nearly 16,000")
    assert "magazines" not in claim["note"] and claim["facts"][:1] != ["ofn-magazines-2025-05-30"], claim["note"]
    assert claim["verdict"] in ("supported", "unverified"), claim["note"]


def test_an_undetermined_origin_is_an_unknown_one(run: Invoke, tmp_path: Path) -> None:
    """A second probe: the 13 % of the guns traced in 2009-2014 whose origin could not be told
    (nbp-2016-unknown-origin-share), said as "undetermined", was contradicted by the 70 % of U.S. origin: the word
    that sets the share apart was not read as the label's "unknown"."""
    sentence = "ATF traced 104,850 guns from Mexico in 2009-2014; 13,622 of them (13%) were of undetermined origin."
    claim = judged(run, tmp_path, sentence, "13%")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["nbp-2016-unknown-origin-share"]), claim["note"]


def test_each_term_of_a_comparison_has_its_own_names_and_years(run: Invoke, tmp_path: Path) -> None:
    """A second probe: in a comparison, one term's years, agency or maker were the other's. CESOP's 730,000 guns a year
    (cesop-730-mil-anuales) took the 2010-2012 study's years and was contradicted by its 253,000; 24,000 guns Mexico
    seized (mx-firearms-2026-02-28) took the ATF named in the other term and was contradicted by its 36,277."""
    estimates = (
        "The CESOP estimate of 730,000 guns a year is nearly three times the 253,000 a year of the 2010-2012 study."
    )
    claim = judged(run, tmp_path, estimates, "730,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cesop-730-mil-anuales"]), claim["note"]
    assert judged(run, tmp_path, estimates, "253,000")["verdict"] == "supported"
    seizures = (
        "The ATF's 4,359 guns bound for Mexico (Jan. 20, 2025 to Feb. 18, 2026) compare with the 24,000 firearms Mexico "
        "seized from October 2024 to February 2026."
    )
    assert judged(run, tmp_path, seizures, "24,000")["verdict"] != "contradicted"


def test_after_a_contrast_an_agency_named_once_is_both_clauses(run: Invoke, tmp_path: Path) -> None:
    """... but a contrast ("mientras que") is no comparison: the agency its second clause names may be the first's too,
    and 667 detainees of a state in 2023 handed to the FGR are no count of the 463 arrests that eTrace helped make."""
    sentence = (
        "Según la fiscalía estatal, en 2023 fueron detenidas 667 personas, mientras que en 2024 fueron 684 las personas "
        "puestas a disposición de la FGR."
    )
    assert judged(run, tmp_path, sentence, "667", "es")["verdict"] != "contradicted"


def test_another_count_is_more_of_a_total_not_the_total(run: Invoke, tmp_path: Path) -> None:
    """A second probe: 718 firearms seized "between Oct. 9 and Nov. 17, 2025" under the operation, said as "another
    718", were contradicted by the country's more than 1,100 of November 2025. "Another", "otras" mark more of a
    count, no total of any span."""
    draft = (
        "Operation Northern Border in numbers\n\n"
        "Running totals reported by the Security Cabinet since the operation began on Feb. 5, 2025.\n\n"
        "Between Oct. 9 and Nov. 17, 2025, another 718 firearms were seized under the operation."
    )
    assert judged(run, tmp_path, draft, "718")["verdict"] != "contradicted"


def test_a_count_of_a_part_after_its_total_is_no_count_of_the_total(run: Invoke, tmp_path: Path) -> None:
    """A second probe: parts given after their total were judged against it. CBP seized 579 weapons at the border
    from October 2024 to February 2026 (cbp-weapons-fy25-oct-feb), and more than 2,500 Mexican officials were trained
    in 2021-2023 (etrace-trained-2021-2023). "De las 579 armas ..., 409 eran cortas" and "más de 2,500 funcionarios:
    2,076 en ..., 288 en ..." break them down; a share after its total is still a share of it."""
    handguns = "De las 579 armas que la CBP aseguró de octubre de 2024 a febrero de 2025, 409 eran armas cortas."
    assert judged(run, tmp_path, handguns, "409", "es")["verdict"] != "contradicted"
    trained = (
        "Entre 2021 y 2023 se capacitó a más de 2,500 funcionarios mexicanos: 2,076 en identificación de armas y 288 "
        "en técnicas de investigación."
    )
    assert judged(run, tmp_path, trained, "2,076", "es")["verdict"] != "contradicted"
    assert judged(run, tmp_path, trained, "288", "es")["verdict"] != "contradicted"


def test_a_semicolon_list_item_s_words_are_not_the_item_before_s(run: Invoke, tmp_path: Path) -> None:
    """A second probe: in "about 20,000 guns traced; 10,514 made in the U.S.; ...", The Hill's tally of 2011, the
    words of the second item ("made in the U.S.") made the first the count of guns made there, and it was
    contradicted by 10,514. What a later item after a semicolon says is that item's, as a later share's words were."""
    sentence = (
        "For 2011, the tally was: about 20,000 guns traced; 10,514 made in the U.S.; nearly 4,000 imported through "
        "the U.S.; about 3,600 made abroad."
    )
    assert judged(run, tmp_path, sentence, "about 20,000")["verdict"] != "contradicted"
    claim = judged(run, tmp_path, sentence, "10,514")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["thehill-2012-us-made-2011"]), claim["note"]


def test_a_list_after_a_count_of_other_things_is_no_part_of_it(run: Invoke, tmp_path: Path) -> None:
    """... but the items after "las cinco rutas principales:" are no parts of five: a part is less than its total.
    A slipped route count there is still caught (Texas to Chihuahua: 832, nfcta-route-tx-chih-2022-2023)."""
    sentence = (
        "La agencia identificó las cinco rutas principales de las armas: de Arizona a Sonora (1,618 armas), de Texas "
        "a Tamaulipas (1,191 armas), de Texas a Nuevo León (1,158 armas), de Texas a Chihuahua (932 armas) y de Texas "
        "a Guanajuato (831 armas)."
    )
    claim = judged(run, tmp_path, sentence, "932", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["nfcta-route-tx-chih-2022-2023"]), claim["note"]


def test_a_share_of_a_sum_is_no_share_of_one_of_its_terms(run: Invoke, tmp_path: Path) -> None:
    """The first probe's sum: 17,544 guns of foreign origin and 13,622 of undetermined origin "add up to 31,166, about
    30 percent of the total". Once "undetermined" was read as the label's "unknown", the 30 % was taken, beside the
    New Boston Post's counts, for its 13 % of undetermined origin and contradicted. A sum's share is another
    quantity."""
    sentence = (
        "The 17,544 foreign-origin firearms and the 13,622 of undetermined origin add up to 31,166, about 30 percent of "
        "the total."
    )
    assert judged(run, tmp_path, sentence, "about 30 percent")["verdict"] != "contradicted"
