"""`armsfacts check`: whose figure a number is, where a sentence or the record holds more than one (issue 17).

Sentences written for this file in the shapes of the held-out pages read on 2026-12-04 (heldout-11, heldout-12,
heldout-14, heldout-15 and heldout-16): a share given with its complement, a list of things seized of which only one
is the record's kind, a part given with its whole ("N of the M"), a label word that an operation's name shares, a
share "of them", a unit named and nothing else of a figure, round figures where the record holds many of their
scale, a period given as two dates, a bound well short of the figure it would be, a share that names no change,
"thousands" tied to nothing, a share or a unit in other words, places guns come from, a speaker's own figure, and
shares of another whole or of the rest.

The record (data/armsfacts.json): SEDENA's head said 70 % of weapons entering Mexico come from the U.S., the other
30 % from Spain, Italy and Austria (diariopresente-sedena-70-eu); SEDENA seized 6,819 firearms from January to
September 2023; of the 99,691 firearms Mexico submitted to ATF for tracing in 2007-2011, ATF traced 68,161 to the
U.S.; the U.S. had trained more than 4,000 Mexican officials by June 2023; Mexico's suit printed 70 % to 90 % of
guns at crime scenes as from the U.S.; the Defence Secretary gave 18,000 firearms seized since October 2024, 78 % of
them from the U.S.; CBP's Tucson area intercepted 71 firearms bound for Mexico in fiscal 2021; the ATF seized 36,000
firearms in the U.S. in 2025-2026 and 648,975 rounds bound for Mexico; one study puts 253,000 a year across the
border; CBP's El Paso field office seized 28,788 rounds outbound from October 2023 to July 2024, and 11,205 in
fiscal 2023; 193,413 firearms were seized in Mexico in 2009-2019; 81 or 82 % of traced firearms were sent to states
the Sinaloa Cartel or the CJNG hold; the foreign ministry gave 20 million rounds seized in Mexico from October 2021
to September 2024; ICE gave $16.5 million in cash seized under Operation Without a Trace; Operation Southbound's
seizures rose 11 %; a paper gave 70 % of guns as from the U.S. in 2022; The Hill gave about 3,600 foreign-made
firearms traced in 2011 (an eTrace figure); Mexico sent ATF 97,791 trace requests in 2017-2021; Riviera Maya News
gave "thousands" of firearms seized through cross-border cooperation; CBP's Laredo office seized more than 75,000
rounds bound for Mexico in fiscal 2023, to 31 August; SEDENA's head gave 200,000 firearms entering Mexico illegally
each year, an ATF estimate; Ambassador Ken Salazar said on 4 December 2023 that 70 % of the guns used by organised
crime in Mexico come from the U.S.; FactCheck.org gave about 68 % of traced guns as made in the U.S. in 2009; the
Iron River report traced 2,452 guns recovered in Mexico in 2015-2022 to Houston dealers and 2,156 to Tucson's;
Operation Northern Border had seized 31,771 magazines by 17 November 2025; General Ricardo Trevilla gave
18,000 firearms seized in this administration, 77 or 78 % of them from the U.S., on 10 February 2026; the GAO
reported in 2021 that ICE had not analysed 56,000 U.S.-sourced firearms recovered in Mexico (no period given).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from armsfacts.loading import load
from armsfacts.names import countries_acting

from .conftest import Invoke, judged


class Whose(NamedTuple):
    lang: str
    sentence: str
    figure: str
    verdict: str  # supported, disputed or unverified
    # supported or disputed: the one figure it is named as; unverified: the figure it was wrongly supported by or
    # contradicted on before (the note may still name it among the nearest, as it names no verdict on it)
    fact: str


TREVILLA = (
    "El general Ricardo Trevilla Trejo, secretario de la Defensa, habló el martes ante la prensa sobre el origen de las "
    "armas. Precisó que en esta administración se han decomisado 18 mil armas cortas y largas, de las que 77 o 78% son "
    "de origen estadounidense."
)

# fmt: off
CASES = {
    # A share given with its complement: the 30 % from Europe is no wrong 70 % from the U.S.
    "share-beside-its-complement": Whose(
        "en", "According to the Sedena head, 70% of guns entering Mexico come from the United States while 30% come "
        "from Europe, above all from Spain, Italy and Austria.", "70%", "supported", "diariopresente-sedena-70-eu"),
    "the-complement": Whose(
        "en", "According to the Sedena head, 70% of guns entering Mexico come from the United States while 30% come "
        "from Europe, above all from Spain, Italy and Austria.", "30%", "unverified", "diariopresente-sedena-70-eu"),
    # "Armas de fuego" is what the magazines are for: the grenades are no count of firearms seized.
    "a-listed-thing-the-record-does-not-count": Whose(
        "es", "El Ejército aseguró en 2023 un total de 184 mil cargadores para armas de fuego, 2 mil 970 granadas de "
        "varios tipos y 18 millones de cartuchos.", "2 mil 970", "unverified", "sedena-firearms-2023-jan-sep"),
    # "More than 68,000 of the 99,691": the 99,691 submitted bear out no "more than 68,000"; the traced do.
    "a-part-of-its-whole": Whose(
        "en", "More than 68,000 of the 99,691 guns Mexico submitted to ATF for tracing from 2007 to 2011 came from "
        "the U.S.", "More than 68,000", "supported", "usat-2012-traced-us-origin-count"),
    "the-whole": Whose(
        "en", "More than 68,000 of the 99,691 guns Mexico submitted to ATF for tracing from 2007 to 2011 came from "
        "the U.S.", "99,691", "supported", "usat-2012-submitted-for-tracing"),
    # "Traced" is a word of what is counted, though Operation Without a Trace shares its stem.
    "traced-is-no-name": Whose(
        "en", "ATF officials traced 68,000 of the guns Mexico sent them.", "68,000", "supported",
        "usat-2012-traced-us-origin-count"),
    # The firearms recovered are what 4,300 counts: not the more than 4,000 officials trained, but the ATF's 4,359
    # bound for Mexico (guns bound for Mexico, stopped, are firearms intercepted: phrases.BOUND).
    "another-unit-by-value-alone": Whose(
        "en", "Of the firearms recovered, approximately 4,300 were bound for Mexico, the ATF said.",
        "approximately 4,300", "supported", "atf-mx-bound-firearms-2026-02"),
    # "Armas ilegales" names the Spanish label of the firearms not recovered; the English "illegal" is not asked.
    "the-label-in-the-texts-language": Whose(
        "es", "Más de 1.6 millones de armas ilegales circulan en México, según la Sedena.", "Más de 1.6 millones",
        "supported", "diariopresente-por-recuperar"),
    # A range the record prints end for end is that figure; the GAO's about 87 % only lies inside it.
    "a-printed-range": Whose(
        "es", "Según la demanda de México, entre el 70 y el 90 por ciento de las armas halladas en escenas del crimen "
        "se traficaron desde Estados Unidos.", "entre el 70 y el 90 por ciento", "supported",
        "mx-lawsuit-us-origin-70-90"),
    # 47 % of .50-calibre rounds is no share of firearms: not a wrong 78 %.
    "a-share-of-them": Whose(
        "en", "Mexico's Defense Secretary, General Ricardo Trevilla Trejo, said that of the 137,000 .50-caliber rounds "
        "seized by Mexican authorities since 2012, 47% of them come from the Lake City plant.", "47%", "unverified",
        "trevilla-us-origin-2026-02-10"),
    # "37 guns" of court cases say no more of the 71 firearms intercepted than that both count firearms.
    "a-unit-alone": Whose(
        "en", "Federal cases filed in Arizona in 2021 involved about 460 magazines, 37 guns, 57 rifles and 80 parts.",
        "37", "unverified", "us-mx-bound-tucson-fy2021"),
    # "Since Sheinbaum took office in October 2024" is October 2024 to date: the 18,000 the general gave.
    "since-someone-took-office": Whose(
        "en", "Since Claudia Sheinbaum took office in October 2024, around 18,000 firearms have been seized, General "
        "Trevilla Trejo said.", "around 18,000", "supported", "trevilla-firearms-2026-02-10"),
    # "Para armas de fuego" says what the cartridges are for.
    "cartridges-for-firearms": Whose(
        "es", "La Aduana decomisó 20 mil cartuchos para armas de fuego en la garita de Nogales.", "20 mil",
        "unverified", "mx-firearms-2025-11-30"),
    # Many counts of firearms lie near 36,000: handguns tied to none of them are none of them.
    "a-round-count-on-a-crowded-scale": Whose(
        "es", "Entre las armas rastreadas también hubo unas 36 mil armas de fuego cortas.", "unas 36 mil",
        "unverified", "atf-us-firearms-2026-02"),
    # "Nearly" and a range write both their ends: with the metric named, they need no other tie...
    "nearly-with-its-metric": Whose(
        "en", "Agents also intercepted nearly 650,000 rounds of ammunition before they could cross the border.",
        "nearly 650,000", "supported", "atf-mx-bound-rounds-2026-02"),
    "a-range-with-its-metric": Whose(
        "es", "Un funcionario de la SRE dijo que cada año entran ilegalmente a México entre 250 mil y 280 mil armas.",
        "entre 250 mil y 280 mil", "supported", "agrawal-2019-253000-per-year"),
    # ... and without it, one scheme's rounds are not El Paso's.
    "nearly-without-its-metric": Whose(
        "en", "Four others were charged in the same scheme, which moved nearly 30,000 rounds of ammo made for rifles.",
        "nearly 30,000", "unverified", "elpaso-out-rounds-fy24-oct-jul"),
    # "Up to 2023" holds every earlier period: it ties no figure's period to call it wrong.
    "a-span-open-at-one-end": Whose(
        "en", "Up to 2023, about 133 thousand weapons were confiscated by security authorities.",
        "about 133 thousand", "unverified", "diariopresente-sedena-aseguradas"),
    # A share of the next figure's count is of what it counts: victims of homicide, not seized firearms.
    "a-share-of-the-next-figure": Whose(
        "en", "By the end of 2019, 70 percent of the 34,582 victims of intentional homicide had been shot, many with "
        "guns trafficked from the United States.", "70 percent", "unverified", "extradigital-sre-70"),
    # Every share lies on one scale: a share tied to none is none of the record's by value alone (pistols' 74 % of
    # traces in the U.S. is not the 74 % said to come from the U.S.).
    "a-share-by-value-alone": Whose(
        "es", "En Estados Unidos predominan las pistolas con un 74 %, según el informe.", "74 %", "unverified",
        "trt-us-origin-stated-74"),
    # A span between two dates is one period (heldout-14): 2018 to May 2023 is not the 20 million rounds of October
    # 2021 to September 2024, which touches only its last year.
    "a-span-between-two-dates": Whose(
        "es", "Desde el 1 de enero del 2018 hasta el 1 de mayo del 2023 se decomisaron 39 mil armas y 18 millones de "
        "cartuchos, informó el secretario de la Defensa.", "18 millones", "unverified", "mx-rounds-2021-10-2024-09"),
    # A bound a rounding step short of every printing is another figure unless something ties them (heldout-14):
    # "más de 11 millones" in cash of a DEA case is not Without a Trace's $16.5 million...
    "a-bound-a-step-short": Whose(
        "es", "También se incautaron más de 11 millones de dólares en efectivo, 1.6 millones de dólares en activos y "
        "420 armas de fuego.", "más de 11 millones", "unverified", "ice-woat-feature-currency-seized"),
    # ... nor is a place named tie enough (heldout-15): one El Paso seizure's "more than 8,000" rounds are not the
    # field office's 11,205 of fiscal 2023.
    "a-bound-a-step-short-of-a-place": Whose(
        "en", "CBP officers at an El Paso port of entry seized more than 8,000 rounds of ammunition from a car "
        "heading to Mexico.", "more than 8,000", "unverified", "cbp-elpaso-fo-rounds-fy2023"),
    # ... but with the operation named it is: a lower bound is true of it.
    "a-bound-a-step-short-tied": Whose(
        "es", "La Operación Sin Rastro incautó más de 11 millones de dólares en efectivo.", "más de 11 millones",
        "supported", "ice-woat-feature-currency-seized"),
    # A share is no change unless its words say something changed (heldout-14): Nuevo León's 11 % of the guns seized
    # is not Operation Southbound's rise of 11 %.
    "a-share-is-no-change": Whose(
        "es", "Entre enero de 2019 y diciembre de 2023, los estados del norte concentran 88% de las armas aseguradas: "
        "Baja California registra 22%; Tamaulipas, con 19%; Nuevo León, con 11%, y Coahuila, con 3%.", "11%",
        "unverified", "southbound-seized-change"),
    # ... and a share of a label the words name nothing of is no share the record holds by its year alone: the long
    # guns' 70 % of what SEDENA seized in 2022 is not the 70 % of guns from the U.S. said in 2022.
    "a-share-of-nothing-recorded": Whose(
        "es", "La Sedena indicó que durante 2022 aseguró 7 mil 911, de las cuales 5 mil 491 eran largas, es decir un "
        "70 por ciento.", "70 por ciento", "unverified", "jornada-2022-us-origin-stated"),
    # "Thousands" ties to a figure only through its operation or years: not through a system that runs for years
    # (heldout-14: eTrace's 3,600 foreign-made of 2011), nor through the record's own "thousands" alone.
    "thousands-of-a-system": Whose(
        "es", "Solo la FGR puede usar el sistema eTrace para reportar armas aseguradas, lo que deja fuera miles de "
        "armas recuperadas por otras instancias.", "miles", "unverified", "thehill-2012-foreign-made-2011"),
    "thousands-and-thousands": Whose(
        "en", "The ATF lacks data on thousands of firearms, the GAO said.", "thousands", "unverified",
        "cross-border-firearms-seized"),
    # The same share in other words (heldout-14): "tracked" is traced, "areas dominated by cartels" are cartel-held;
    # three outlets printed it, two as 82 % and one as 81 %.
    "a-share-in-other-words": Whose(
        "en", "Alarmingly, 82% of the firearms tracked in Mexico are found in areas dominated by cartels such as "
        "Sinaloa and CJNG.", "82%", "disputed", "nfcta-cartel-states-share"),
    # "Balas" are rounds (heldout-14): CBP's Laredo office gave more than 75,000 with its 620 weapons in 2023.
    "bullets-are-rounds": Whose(
        "es", "La Oficina de Campo de Laredo ha confiscado 620 armas y más de 75,000 balas, dijo un director de la "
        "CBP.", "más de 75,000", "supported", "borderreport-2023-laredo-ammo"),
    # Places the guns come from are no part counted (heldout-14): the yearly inflow SEDENA's head gave is the whole
    # country's, though the sentence names four states.
    "places-of-origin": Whose(
        "es", "Según el general Sandoval, anualmente ingresan ilegalmente a México 200 mil armas provenientes de las "
        "ciudades de California, Arizona, Nuevo México y Texas.", "200 mil", "supported",
        "sydef-sedena-200-mil-anuales-atf"),
    # The speaker named ties his figure however the words fit (corpus, reddenoticias): Salazar's 70 % of 2023, not the
    # about 68 % of traced guns made in the U.S. that FactCheck.org gave in 2009.
    "the-speakers-own-figure": Whose(
        "es", "El embajador Ken Salazar reconoció que aproximadamente el 70 por ciento de las armas de fuego que "
        "llegan a México ilegalmente son fabricadas en Estados Unidos.", "aproximadamente el 70 por ciento",
        "supported", "jornada-2023-12-06-us-share"),
    # A share of something else the sentence counts is no share of firearms (heldout-15): 47 % of .50-caliber rounds,
    # without "of them", is not a wrong 78 % of the firearms seized from the U.S.
    "a-share-of-rounds": Whose(
        "en", "Mexico's defense secretary, Gen. Ricardo Trevilla Trejo, said authorities have confiscated about "
        "137,000 .50-caliber rounds since 2012, and 47% originated from one Army plant in Missouri.", "47%",
        "unverified", "trevilla-us-origin-2026-02-10"),
    # ... nor is the rest of a whole, whether said as the rest or as "not from the U.S.", a wrong U.S. share.
    "the-remaining-share": Whose(
        "es", "Según los datos de eTrace, el restante 30 por ciento de las armas confiscadas proviene de fabricantes "
        "no estadounidenses.", "30 por ciento", "unverified", "factcheck-2009-us-made-share"),
    "a-share-not-from-the-us": Whose(
        "es", "Según los datos de eTrace, el 30 por ciento de las armas confiscadas proviene de fabricantes no "
        "estadounidenses.", "30 por ciento", "unverified", "factcheck-2009-us-made-share"),
    # ... and so does a speaker an earlier sentence named, where this one points back at him (heldout-15).
    "the-official-named-before": Whose(
        "es", "Al menos 1.6 millones de armas circulan fuera de control en México, estimó el secretario de la Defensa, "
        "Luis Cresencio Sandoval. Unas 200.000 armas entran al país cada año, la mayor parte (70%) desde Estados "
        "Unidos, de acuerdo con el funcionario.", "70%", "supported", "diariopresente-sedena-70-eu"),
    # A flow per year is no total of several years, nor one year's count (heldout-12, heldout-15): "casi 20 mil" a
    # year is not the GAO's more than 20,000 traced in five years...
    "a-yearly-flow": Whose(
        "es", "Cada año ingresan ilegalmente a México, desde Estados Unidos, casi 20 mil armas, según la ATF.",
        "casi 20 mil", "unverified", "gao-2009-testimony-us-count"),
    # ... while the record's own yearly flow is borne out.
    "a-yearly-flow-recorded": Whose(
        "es", "Cada año entran ilegalmente a México unas 200 mil armas, según el titular de la Sedena.", "unas 200 mil",
        "supported", "sydef-sedena-200-mil-anuales-atf"),
    # A whole whose part, given next, is the record's figure is not that figure (heldout-16): all 75 countries'
    # requests are no wrong count of Mexico's 97,791.
    "the-whole-beside-its-part": Whose(
        "es", "De 2017 a 2021, las policías de 75 países enviaron 165 mil 874 solicitudes de rastreo al sistema eTrace, "
        "de las que 97 mil 791, el 59 por ciento, vinieron de México.", "165 mil 874", "unverified",
        "atf-mx-requests-2017-2021"),
    # Another agency's count of the year is no wrong count of the agency the record has it from (heldout-17): the
    # foreign ministry's, said by its Spanish name, is not SEDENA's 5,657 seized in 2019 ...
    "another-agency-s-count": Whose(
        "es", "Según la Cancillería, en 2019 se aseguraron cerca de 9,279 armas de fuego en el país.", "cerca de 9,279",
        "unverified", "defensa-firearms-2019"),
    # ... nor is a count of Mexico's border zone the whole country's.
    "the-border-zone": Whose(
        "es", "En 2019 se aseguraron cerca de 9,279 armas de fuego en la zona fronteriza con Estados Unidos.",
        "cerca de 9,279", "unverified", "defensa-firearms-2019"),
    # Weapons destroyed are no count the record holds (heldout-15, heldout-17): not the 19,000 traced in 2019 ...
    "weapons-destroyed": Whose(
        "es", "En diciembre de 2019 se destruyeron casi 20,000 armas en 28 estados del país.", "casi 20,000",
        "unverified", "jornada-mx-traced-2019"),
    # ... nor the FGR's 19,708 seized in 2020.
    "weapons-destroyed-en": Whose(
        "en", "In 2020, the Army destroyed more than 19,000 weapons that had been handed over by prosecutors.",
        "more than 19,000", "unverified", "fgr-firearms-2020"),
    # A state named as where most of a share came from is no part it counts: this is SEDENA's 70 % from the U.S.,
    # not a share of guns bought in Texas.
    "most-of-it-from-a-state": Whose(
        "es", "Según Luis Cresencio Sandoval, el 70 por ciento de las armas que circulan en el país proviene de Estados "
        "Unidos, la mayoría de Texas.", "70 por ciento", "supported", "diariopresente-sedena-70-eu"),
    # Mexico's firearms seized are counted apart by SEDENA, the FGR and others (9,515 and 19,708 in 2020): a year's
    # count that names no agency may be any of theirs, or all together, and is not called wrong on SEDENA's 5,657 ...
    "counted-apart-by-agencies": Whose(
        "es", "En 2019 se aseguraron 9,000 armas de fuego en México.", "9,000", "unverified", "defensa-firearms-2019"),
    # ... while one that names SEDENA is.
    "counted-apart-agency-named": Whose(
        "es", "En 2019, la Sedena aseguró 9,000 armas de fuego.", "9,000", "contradicted", "defensa-firearms-2019"),
    # A Mexican official is named by the first of two surnames: "Trevilla" is Ricardo Trevilla Trejo, whose 78 %
    # (about, "nearly 80%") and 18,000 of October 2024 to February 2026 these are (heldout-18) ...
    "the-first-surname": Whose(
        "en", "Defense Secretary Trevilla said that nearly 80% of the weapons seized in Mexico came from the United "
        "States.", "nearly 80%", "supported", "trevilla-us-origin-2026-02-10"),
    # ... not the record's 18,274 of October 2024 to October 2025.
    "the-first-surname-count": Whose(
        "en", "Mexican authorities have seized more than 18,000 firearms since October 2024, Trevilla said.",
        "more than 18,000", "supported", "trevilla-firearms-2026-02-10"),
    # A count followed by a share of it is the whole: what the share's own words say (U.S.) is the share's (heldout-19).
    # 132,823 guns traced is no wrong count of the 118,994 of U.S. origin ...
    "the-whole-before-its-share": Whose(
        "en", "Of the 132,823 guns recovered in Mexico and traced from 2009 to 2018, about 70% were U.S.-sourced, "
        "according to ATF data.", "132,823", "unverified", "atf-mx-us-origin-2009-2018"),
    # ... and the share is the record's.
    "the-share-after-its-whole": Whose(
        "en", "Of the 132,823 guns recovered in Mexico and traced from 2009 to 2018, about 70% were U.S.-sourced, "
        "according to ATF data.", "about 70%", "supported", "atf-mx-us-share-2009-2018"),
    # A slipped digit ties a number to a figure only of the kind its words name best, or with every word that sets
    # that kind apart (heldout-19): 11,112 guns seized is no mistyped 18,112 bought by the armed forces ...
    "no-slip-of-another-act": Whose(
        "es", "El año pasado, las Fuerzas Armadas de México aseguraron 11 mil 112 armas de fuego en todo el país.",
        "11 mil 112", "unverified", "sydef-sedena-compradas-ffaa"),
    # ... while 11,112 bought is.
    "a-slip-of-the-same-act": Whose(
        "es", "De 2009 a 2019, las Fuerzas Armadas adquirieron 11 mil 112 armas de fuego, informó la Sedena.",
        "11 mil 112", "contradicted", "sydef-sedena-compradas-ffaa"),
    # Thousands in digits after the millions are one number (heldout-21): SEDENA's 2,012,573 illegal or lost guns.
    "millions-then-digits": Whose(
        "es", "Se estima que hay 2 millones 12,573 armas ilegales o extraviadas en el país, según la Sedena.",
        "2 millones 12,573", "supported", "sydef-sedena-cifra-negra"),
    # A figure written to five digits that no slip ties to a figure is judged by the best-fitting words, not by any
    # figure of the value: guns traced to U.S. stores are not the 450,625 SEDENA sold (a reused name had made every
    # candidate one that "fits about as well").
    "five-digits-no-slip": Whose(
        "en", "Officials said about 450,625 guns were traced back to U.S. stores.", "about 450,625", "unverified",
        "sydef-sedena-vendidas"),
    # A number whose own words say "seized" is not said to be a count of firearms bought (heldout-23): the 39,782 the
    # armed forces seized since 2018 are no wrong figure of the 18,112 they bought in 2009-2019.
    "seized-is-not-bought": Whose(
        "en", "The Mexican armed forces have seized 39,782 firearms since December 2018, Defense Secretary Luis "
        "Cresencio Sandoval told reporters.", "39,782", "unverified", "sydef-sedena-compradas-ffaa"),
    # A slipped digit ties nothing where the metric holds many figures of the scale and the text names none of them
    # (heldout-23): a year's 10,085 seized is no mistyped 10,185 the state police seized in 2023.
    "a-near-count-among-many": Whose(
        "es", "Según cifras del Gabinete de Seguridad, en ese año se aseguraron 10 mil 85 armas de fuego.",
        "10 mil 85", "unverified", "state-police-firearms-2023"),
    # The paragraph's operation outweighs a figure named by its label alone: nearly 9,500 firearms among Last Mile's
    # seizures are not SEDENA's 9,515 of 2020.
    "the-paragraphs-operation": Whose(
        "en", "Operation Last Mile ran from May 2022 to May 2023. Its partners made thousands of arrests and seized "
        "nearly 9,500 firearms along with drugs and cash.", "nearly 9,500", "unverified", "defensa-firearms-2020"),
    # What is weighed is a substance (heldout-24): 3,250 kg of chemicals for methamphetamine, some 7,165 pounds, are
    # not Last Mile's more than 6,500 pounds of fentanyl powder, which the words name nothing of.
    "a-weight-of-another-substance": Whose(
        "en", "In Culiacán, two drug storage sites were dismantled, and 3,250 kilograms of chemical substances for "
        "making methamphetamine were seized.", "3,250", "unverified", "last-mile-fentanyl-powder"),
    # A span open since years before a figure's ties a lower bound to it no more than nothing does (heldout-24): at
    # least 40,370 .50-calibre rounds seized since 2012 are not CBP Laredo's 54,896 of fiscal 2025.
    "a-bound-since-long-before": Whose(
        "es", "Desde 2012, las autoridades han asegurado al menos 40.370 cartuchos calibre .50 en los estados "
        "fronterizos de Estados Unidos.", "al menos 40.370", "unverified", "cbp-laredo-fo-rounds-fy2025"),
    # Each figure of a list in parentheses is its own name's (the corpus, sprinforma-iron-river): Houston's 2,452 guns traced
    # to its dealers, and a list that swaps two cities' counts is no support for the city it gives the other's to.
    "a-name-before-its-figure": Whose(
        "en", "The cities whose dealers sold the most traced guns from 2015 to 2022 were Houston, Texas (2,452), "
        "Tucson, Arizona (2,156) and Phoenix, Arizona (1,745).", "2,452", "supported", "iron-river-houston-2015-2022"),
    "names-swapped-in-a-list": Whose(
        "es", "Las ciudades de donde salieron más armas rastreadas entre 2015 y 2022 fueron Houston, Texas (2 mil 156); "
        "Tucson, Arizona (2 mil 452) y Phoenix, Arizona (mil 745).", "2 mil 156", "unverified",
        "iron-river-tucson-2015-2022"),
    # A slipped digit of a place's figure is that figure mistyped where the place and the years are named for the
    # number, whatever word counts it (the corpus's planted slips, sprinforma-iron-river): "3 mil 452" for Houston's
    # 2,452 traced to its dealers in 2015-2022. Without the years, Houston's count may be another period's.
    "a-place-figure-mistyped": Whose(
        "es", "Entre 2015 y 2022, las ciudades de donde salieron más armas hacia México fueron Houston, Texas "
        "(3 mil 452) y Tucson, Arizona (2 mil 156).", "3 mil 452", "contradicted", "iron-river-houston-2015-2022"),
    "a-place-figure-of-no-years": Whose(
        "es", "Las ciudades de donde salieron más armas hacia México fueron Houston, Texas (3 mil 452) y Tucson, "
        "Arizona (2 mil 156).", "3 mil 452", "unverified", "iron-river-houston-2015-2022"),
    # A figure of a place or an office the text does not name bears out nothing by its value alone, at any size
    # (heldout-48): more than 200 guns marines seized in Veracruz are not the DEA El Paso Division's 278 of Last Mile.
    "an-office-unnamed": Whose(
        "es", "Elementos de la Marina aseguraron más de 200 armas de fuego en un municipio de Veracruz durante junio.",
        "más de 200", "unverified", "ktsm-lm-elpaso-firearms"),
    "the-office-named": Whose(
        "en", "The DEA El Paso Division seized more than 200 firearms in Operation Last Mile.", "more than 200",
        "supported", "ktsm-lm-elpaso-firearms"),
    # A place the counted things came from "especialmente", "principalmente" or "sobre todo" is not all of them
    # (heldout-49): GAO's 73,684 traced guns of U.S. origin in 2009-2014 are the whole country's, mostly from Texas.
    "especially-from-a-state": Whose(
        "es", "Entre 2009 y 2014 se rastrearon 105 mil armas aseguradas en México, de las que 70 por ciento, es decir "
        "73 mil 684, llegaron desde Estados Unidos, especialmente desde el estado de Texas.", "73 mil 684",
        "supported", "gao-2016-traced-us-origin-count"),
    "mainly-from-a-state": Whose(
        "es", "De 2009 a 2014 se rastreó el origen de 105 mil armas; el 70 por ciento vino de Estados Unidos, "
        "principalmente de Texas.", "70 por ciento", "supported", "gao-2016-traced-us-origin-share"),
    # A share is called wrong only with every word that sets its metric apart (probing): 61 % of the guns seized in
    # Sonora that were rifles is no share of the country's seizures made in six states (56 %), Sonora among them.
    "a-share-of-one-of-a-group": Whose(
        "es", "El 61 por ciento de las armas aseguradas en Sonora en 2024 eran fusiles.", "61 por ciento",
        "unverified", "mx-six-states-share-to-2025-12"),
    # A round figure that another period's figure rounds to is no sign of a mix-up (probing): 3,500 long guns state
    # police seized in 2021 are neither the FGR's 21,751 of 2021 nor its 3,538 of 2022-2023 given to 2021.
    "a-round-figure-of-another-period": Whose(
        "es", "Según el INEGI, en 2021 las policías estatales aseguraron 3 mil 500 armas largas.", "3 mil 500",
        "unverified", "fgr-firearms-2021"),
    # A Border Patrol sector is named ("the Tucson Sector"); "el sector" alone is an industry (heldout-43): the trade's
    # 127.2 million dollars a year in 2010-2012 are no figure of a part.
    "the-industry-is-no-sector": Whose(
        "es", "Entre 2010 y 2012, el tráfico de armas hacia México dejó al sector ganancias por 127 millones de "
        "dólares al año.", "127 millones", "supported", "azstar-2013-trade-value"),
    # "N firearms a year" is a yearly rate (probing): no count of a running total since October 2024.
    "a-yearly-rate-after-its-noun": Whose(
        "en", "Over the past decade, roughly 15,000 firearms a year were seized in Mexico.", "roughly 15,000",
        "unverified", "mx-firearms-2025-07-31"),
    # A slipped digit tied by a place alone, its unit the only word of its metric, is no figure mistyped (heldout-51):
    # 141 guns from crime scenes traced to Arizona buyers are not the 161 Mexico-bound guns stopped near Tucson. The
    # agency's own figure, its agency named, still is (heldout-35): 'cuatro mil 369' of the ATF's 4,359.
    "a-slip-tied-by-a-place-alone": Whose(
        "en", "In three months, more than 80 ATF agents linked 141 guns from crime scenes in Mexico to buyers in "
        "Arizona.", "141", "unverified", "us-mx-bound-tucson-fy24-oct-jul"),
    "a-slip-tied-by-its-agency": Whose(
        "es", "La Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF) de Estados Unidos ha incautado, desde "
        "el 20 de enero de 2025 a la fecha, cuatro mil 369 armas de fuego con destino a México.", "cuatro mil 369",
        "contradicted", "atf-mx-bound-firearms-2026-02"),
    # A claim as one source of a figure printed it is borne out (heldout-51, and the corpus's sdut page): "47 percent"
    # of U.S. dealers, as the San Diego Union-Tribune printed the study's 46.7 %.
    "as-a-source-printed-it": Whose(
        "en", "The researchers estimate that 47 percent of U.S. gun retailers depend on some demand from Mexico.",
        "47 percent", "supported", "way-of-the-gun-ffl-share"),
    # "El secretario de la Defensa Nacional" names SEDENA (heldout-48, -52): the Defence Secretary's 18,000 seized
    # this administration, not the Security Cabinet's running total of October 2025 (18,274).
    "the-secretary-of-national-defence": Whose(
        "es", "El secretario de la Defensa Nacional informó que, durante la actual administración, se incautaron "
        "aproximadamente 18 mil armas.", "aproximadamente 18 mil", "supported", "trevilla-firearms-2026-02-10"),
    # A U.S. city the record counts apart, named as where a count was made, makes it the city's (probing): 9,000 guns
    # ATF agents traced in Phoenix in 2022 are no share of the NFCTA's more than 18,000 of 2022-2023 nationwide.
    "a-city-named-for-the-count": Whose(
        "es", "En 2022, agentes de la ATF en Phoenix rastrearon 9 mil armas hasta compradores prestanombres.",
        "9 mil", "unverified", "nfcta-us-purchase-2022-2023"),
    # A count as of a day runs since its operation began (heldout-53; and see
    # test_a_count_since_before_an_operation_is_none_of_its_totals).
    "since-the-operation-began": Whose(
        "es", "Desde el 5 de febrero, la Operación Frontera Norte ha asegurado más de 2 mil armas.", "más de 2 mil",
        "supported", "ofn-firearms-2025-04-10"),
    # A state a cartel is named after is a place where a figure is "en" it (heldout-54): more than a million cartridges
    # seized in Sinaloa are none of the country's totals.
    "en-sinaloa-is-a-place": Whose(
        "es", "En Sinaloa se han asegurado más de 1 millón de cartuchos desde octubre de 2024.", "más de 1 millón",
        "unverified", "mx-rounds-2024-10-2025-02-25"),
    # A count of some months of a year is no count of the whole year named alone (probing heldout-54's Sinaloa): the
    # year's 1,448 may well lie above its first eight months' 1,040, and is not called wrong on them.
    "a-year-and-its-first-months": Whose(
        "es", "En Sinaloa, durante 2024 se aseguraron mil 448 armas de fuego.", "mil 448", "unverified",
        "sedena-sinaloa-firearms-2024-8m"),
    # A bound is borne out by no figure of another agency than the one its sentence names (heldout-54's pattern):
    # more than 500 guns DEA agents seized in one raid are not Without a Trace's 542 (HSI, CBP). The department an
    # agency belongs to names its figures (the corpus's kgns page): DHS's "more than 70 percent" of murders is HSI's.
    "another-agencys-bound": Whose(
        "en", "The DEA said its agents seized more than 500 firearms in a single raid.", "more than 500",
        "unverified", "ice-woat-feature-firearms-seized"),
    # ... nor, for "nearly", by a figure of no period that another agency's report of a year named alone ties
    # (heldout-328): nearly 56,000 guns the FGR seized in 2020-2022 are not the 56,000 U.S.-sourced guns the GAO's
    # 2021 report says ICE had not analysed, while the GAO named is that figure.
    "a-nearly-bound-and-a-report-year": Whose(
        "es", "El canciller criticó a Washington, pues las casi 56 mil armas incautadas por la FGR entre enero de 2020 "
        "y septiembre de 2022 llegaron de Estados Unidos.", "casi 56 mil", "unverified",
        "gao-2021-us-recovered-unanalyzed"),
    "the-report-of-that-year": Whose(
        "en", "The GAO said in 2021 that nearly 56,000 U.S.-sourced firearms recovered in Mexico had not been analysed "
        "by ICE.", "nearly 56,000", "supported", "gao-2021-us-recovered-unanalyzed"),
    "the-departments-bound": Whose(
        "en", "According to the U.S. Department of Homeland Security, more than 70 percent of recent documented murders "
        "have been committed with firearms.", "more than 70 percent", "supported", "ice-woat-gun-murders-share"),
    # A comma between a share and its verb of origin cuts no clause (heldout-54): the Justice Department's 75 % of the
    # guns seized in Mexico, "proviene" from the U.S., as Sheinbaum cited it.
    "a-comma-before-the-verb": Whose(
        "es", "El Departamento de Justicia reconoce que el 75 por ciento de las armas incautadas en México, proviene "
        "ilegalmente de Estados Unidos.", "75 por ciento", "supported", "sheinbaum-us-origin-2025-09"),
    # A bound is borne out by no running total of an operation the text neither dates nor names (heldout-56, -28):
    # more than 14,000 magazines seized from one group in 2022 are not Operation Northern Border's 15,588 of May 2025.
    "a-bound-and-an-undated-running-total": Whose(
        "es", "Además, dijo que el grupo fue responsable de una gran cantidad de los más de 14 mil cargadores "
        "incautados.", "más de 14 mil", "unverified", "ofn-magazines-2025-05-30"),
    # A share of U.S. origin is called wrong only where its sentence names the U.S. (heldout-55): nearly 46 % of the
    # crime guns traced in the U.S. in 2017-2021 recovered within three years of purchase is no share of U.S. origin.
    "a-share-that-names-no-origin": Whose(
        "en", "From 2017 to 2021, nearly 46% of all traced crime guns were recovered less than three years after their "
        "purchase.", "nearly 46%", "unverified", "nfcta-us-share-2017-2021"),
    # "The US" after "in", "from" or "the" is the United States (heldout-47), not "US dollars".
    "in-the-us": Whose(
        "en", "Most guns came from the US - 70 percent of guns recovered at crime scenes in Mexico and traced since "
        "2009 were purchased in the US.", "70 percent", "supported", "gao-2016-traced-us-origin-share"),
    # One case's count is one among countless, even the record's only figure of its kind (heldout-50): a man held in
    # Eagle Pass admitting some 10 or 12 earlier trips is not the Laredo pair's 12 of October 2025.
    "another-cases-trips": Whose(
        "es", "Un hombre detenido en Eagle Pass admitió haber llevado armas a México en aproximadamente 10 o 12 "
        "ocasiones anteriores.", "aproximadamente 10 o 12", "unverified", "laredo-case-2025-10-prior-trips"),
    # Trafficking corridors are routes (heldout-50): the Defence ministry's 11 routes of May 2025.
    "corredores-are-routes": Whose(
        "es", "De los 11 corredores de tráfico de armas detectados desde Estados Unidos, cinco cruzan por "
        "Tamaulipas.", "11", "supported", "defensa-routes-2025-05"),
    # "Peticiones" are requests, as "solicitudes" are (the corpus, suracapulco-sedena-tres-de-cuatro): Mexico's trace
    # requests to the ATF, 16,133 in 2017, mistyped by a digit.
    "peticiones-are-requests": Whose(
        "es", "Las peticiones de rastreo que México envió a la ATF pasaron de 26 mil 133 en 2017 a 24 mil 642 en "
        "2022.", "26 mil 133", "contradicted", "atf-mx-requests-2017"),
    # A mix-up needs the figure's unit named (heldout-26): 32 mil seized in a year of the Bicentennial Framework, in a
    # sentence on firearms, are no Operation Northern Border magazines (31,771) given to another operation.
    "a-mix-up-of-another-unit": Whose(
        "es", "El canciller mostró de dónde salen las armas que cruzan sin permiso y dijo que, con el Entendimiento "
        "Bicentenario, en un año se decomisaron 32 mil en la frontera.", "32 mil", "unverified",
        "ofn-magazines-2025-11-17"),
    # Spanish drops the subject of reported speech (heldout-26): "Precisó que ..." points back at the general named
    # before, whose count of 18,000 and share of 77-78 % it gives, not the Security Secretary's 18,274 of October 2025.
    "reported-speech-without-a-subject": Whose(
        "es", TREVILLA, "18 mil", "supported", "trevilla-firearms-2026-02-10"),
    "its-share-without-a-subject": Whose(
        "es", TREVILLA, "77 o 78%", "supported", "trevilla-us-origin-2026-02-10"),
    # Each figure of a list whose items open with their year is that year's (heldout-27): the next item's year is
    # not the figure's, nor the item before's. Read so, 285,000 firearms traced in 2010 had the years 2009 to 2011,
    # and were supported as the 332,689 recovered in Mexico in 2009-2019.
    "a-year-opening-each-item": Whose(
        "en", "The ATF tracing centre reports its yearly totals: in calendar year 2009 it traced over 354,000 firearms; "
        "calendar year 2010, over 285,000 firearms; calendar year 2011, over 319,000 firearms.", "over 285,000",
        "unverified", "diariopresente-recuperadas"),
    # A share that says what the figure before it is of the whole is that figure's part's share (heldout-27): "cifra
    # que representa el 20 por ciento del total nacional" after the firearms seized in Sinaloa is Sinaloa's share.
    "a-share-of-the-figure-before": Whose(
        "es", "Desde el 1 de octubre de 2024 hasta el 15 de febrero de 2026 se aseguraron 4 mil 850 armas en Sinaloa, "
        "cifra que representa el 20 por ciento de las armas aseguradas en el país.", "20 por ciento", "supported",
        "sinaloa-share-national-2026-01"),
    # What is weighed is named with the weight (heldout-28): in a list of drugs by weight, methamphetamine is its own
    # weight's, and 39,000 kilograms of cocaine (some 86,000 pounds) are no Last Mile methamphetamine.
    "a-weight-of-the-next-drug": Whose(
        "en", "Among the drugs the ministry reported were 1.5 kilograms of fentanyl, 56,000 kilograms of "
        "methamphetamine, 39,000 kilograms of cocaine and 12,000 kilograms of marijuana.", "39,000", "unverified",
        "last-mile-methamphetamine"),
    # ... and a weight restated in parentheses names what the restatement does: "91 mil libras (unos 40 mil kilos) de
    # metanfetamina" are Last Mile's more than 91,000 pounds.
    "a-weight-restated": Whose(
        "es", "Con sus socios, la DEA decomisó además 91 mil libras (unos 40 mil kilos) de metanfetamina y 8 mil 497 "
        "armas de fuego.", "91 mil", "supported", "last-mile-methamphetamine"),
    # The security secretary's own figures are his (heldout-27, heldout-29): named by his surnames, his nearly 80 % of
    # the guns organised crime uses, from the U.S., is not the NFCTA's 80 % of 2017-2021.
    "the-secretary-by-his-surnames": Whose(
        "es", "El secretario de Seguridad, Omar García Harfuch, sostuvo que cerca del 80 por ciento de las armas que usa "
        "el crimen organizado entran de manera ilegal desde el país vecino.", "cerca del 80 por ciento", "supported",
        "harfuch-us-origin-2026-02-27"),
    # A speaker says whose a figure is, not which day of a running count (heldout-28): each day's total of Operation
    # Northern Border's arrests has its own speaker, so naming him made two of his earlier totals outrank 6,680.
    "a-speaker-picks-no-day": Whose(
        "en", "According to García Harfuch, 6,680 people have been arrested since Operación Frontera Norte began.",
        "6,680", "supported", "ofn-arrests-2025-08-25"),
    # A count between two points of a running count the text ties is that count at a day between them (heldout-31):
    # Operation Northern Border's magazines stood at 20,638 and 24,714 on either side of 21,868, which is no mistyped
    # 31,868 (the magazines on Defensa's eleven routes).
    "between-two-points-of-a-count": Whose(
        "en", "Since the operation began on February 5, the Security Cabinet of the Government of Mexico reports 4,667 "
        "firearms and 21,868 magazines seized.", "21,868", "unverified", "defensa-routes-magazines-2025-05"),
    # Months apart in one year are a span of that year, not the whole of it (heldout-32): more than 7,600 firearms
    # seized from January to October 2024 are not Defensa's 9,790 of the year 2024 ("through" joins the two months:
    # no span open up to 2024).
    "months-of-a-year": Whose(
        "es", "La Defensa informó que entre enero y octubre de 2024 decomisó más de siete mil 600 armas en todo el "
        "país.", "más de siete mil 600", "unverified", "defensa-firearms-2024"),
    "months-of-a-year-through": Whose(
        "en", "From January through October 2024, the Defense ministry seized more than 7,600 firearms across Mexico.",
        "more than 7,600", "unverified", "defensa-firearms-2024"),
    "the-whole-year": Whose(
        "en", "In 2024 the Defense ministry seized more than 9,700 firearms across Mexico.", "more than 9,700",
        "disputed", "defensa-firearms-2024"),
    # A word that says what kind of part, not which, names no part (heldout-32): "Field" of CBP's Office of Field
    # Operations tied 16,000 rounds at the Hidalgo bridge to the El Paso Field Office's 15,678 of fiscal 2021.
    "a-kind-of-part-names-none": Whose(
        "en", "Officers of the Office of Field Operations at the Hidalgo International Bridge intercepted 16,000 "
        "rounds of rifle ammunition.", "16,000", "unverified", "cbp-elpaso-fo-rounds-fy2021"),
    "the-part-by-its-name": Whose(
        "en", "The El Paso Field Office seized 15,678 rounds of ammunition headed to Mexico in fiscal year 2021.",
        "15,678", "supported", "cbp-elpaso-fo-rounds-fy2021"),
    # "Procedían de" is "provienen de" in the past (heldout-32): unread, the general's nearly 80 % named no origin,
    # and the President's 75 % (she is named for taking office) tied it as well.
    "came-from-in-the-past": Whose(
        "es", "El general Trevilla Trejo dijo que desde octubre de 2024, cuando Claudia Sheinbaum asumió la "
        "presidencia, se han incautado 18,000 armas de fuego, de las que casi el 80 por ciento procedían de EU.",
        "casi el 80 por ciento", "supported", "trevilla-us-origin-2026-02-10"),
    # A share that falls "a Sonora" is Sonora's (heldout-32): not Sinaloa's 20 % of the guns seized in the country.
    "a-share-that-falls-to-a-state": Whose(
        "es", "Del total nacional de armas largas aseguradas (9,870), cerca del 19 % correspondieron a Sonora.",
        "cerca del 19 %", "unverified", "sinaloa-share-national-2026-01"),
    # "La Unión Americana" is the United States, as Mexican papers write it (heldout-33): unread, the suit's 70 to 90 %
    # of guns made there named no origin and was read as a change in seizures.
    "the-american-union": Whose(
        "es", "La demanda de México afirmó que entre el 70 y el 90 % de las armas aseguradas tras delitos se fabrican "
        "en la Unión Americana.", "entre el 70 y el 90 %", "supported", "mx-lawsuit-us-origin-70-90"),
    # An operation's running count passes every value on its way (heldout-88): "nearly 9,000 firearms" seized in a
    # government's first six months are not Operation Northern Border's 8,854 of March 2026, which the operation
    # named ties (a lower bound, which every later point meets, still may be it).
    "passed-on-the-counts-way": Whose(
        "en", "In the first months of the new government, authorities seized nearly 9,000 firearms across the country.",
        "nearly 9,000", "unverified", "ofn-firearms-2026-03-11"),
    "the-operation-named-ties-its-count": Whose(
        "en", "Under Operation Northern Border, authorities had seized 8,854 firearms by March 11, 2026.",
        "8,854", "supported", "ofn-firearms-2026-03-11"),
    # A wide range holds many figures (heldout-91): "between 72,000 and 258,000" is not SEDENA's 193,413 of 2009-2019
    # inside it by chance (heldout-50's "between 250,000 and 1 million" likewise); a narrow one writes both its ends,
    # and with its metric named is the figure inside it.
    "a-wide-range-by-chance": Whose(
        "en", "Depending on the estimate, between 72,000 and 258,000 firearms have been seized in Mexico over the years.",
        "between 72,000 and 258,000", "unverified", "diariopresente-sedena-aseguradas"),
    "a-narrow-range-with-its-metric": Whose(
        "en", "Agents intercepted between 640,000 and 660,000 rounds of ammunition before they could cross the border.",
        "between 640,000 and 660,000", "supported", "atf-mx-bound-rounds-2026-02"),
    # Guns "destinadas a" or "que iban a" México are guns bound for Mexico (heldout-102): stopped, intercepted.
    "destined-for-mexico": Whose(
        "es", "Desde el 20 de enero, las agencias de Estados Unidos detuvieron 9 mil 700 armas destinadas a México.",
        "9 mil 700", "supported", "us-mx-bound-firearms-2025-05-02"),
    "going-to-mexico": Whose(
        "es", "Desde el 20 de enero, las agencias de Estados Unidos detuvieron 9 mil 700 armas que iban a México.",
        "9 mil 700", "supported", "us-mx-bound-firearms-2025-05-02"),
    # English pages call SEDENA the Defense Secretariat or the Defense Ministry (heldout-103): named, the state's
    # share is the ministry's of 2024-2025, not the NFCTA's of another period.
    "the-defense-secretariat": Whose(
        "en", "Figures from Mexico's Defense Secretariat show that 43% of the weapons seized came from Texas.",
        "43%", "supported", "defensa-texas-share-2025-05"),
    "the-defense-ministry": Whose(
        "en", "Mexico's Defense Ministry reported that 22% of the weapons seized came from Arizona.",
        "22%", "supported", "defensa-arizona-share-2025-05"),
    # An initiative's small count, the initiative unnamed (heldout-101): "Sig Sauer" is no SIG, and agents of six
    # agencies at a raid are no count of the agencies at its meeting.
    "sig-sauer-is-no-sig": Whose(
        "en", "Agents from 6 agencies found Sig Sauer pistols hidden in the pickup.",
        "6", "unverified", "sig-us-agencies-2025-09-26"),
    "the-sig-named": Whose(
        "en", "Officials of 6 U.S. agencies attended the first meeting of the Security Implementation Group.",
        "6", "supported", "sig-us-agencies-2025-09-26"),
    # An agency alone ties no operation's round figure (heldout-101): the ATF gives many counts of rounds besides
    # Operation Southbound's about 80,000; the operation named ties it.
    "an-agency-alone-ties-no-operations-round-figure": Whose(
        "en", "The smugglers had tried to move about 80,000 rounds across the border, ATF agents said.",
        "about 80,000", "unverified", "kxnet-southbound-ammunition"),
    "the-operation-named-ties-its-round-figure": Whose(
        "en", "Under Operation Southbound, ATF agents seized about 80,000 rounds in the fiscal year.",
        "about 80,000", "supported", "kxnet-southbound-ammunition"),
    # "Thousands" in a year named are no running count's point at a day the text does not name, nor a count of some
    # months of that year (heldout-103): the operation named would tie it (of_its_time, judge.py).
    "hundreds-of-thousands-in-a-year": Whose(
        "en", "Hundreds of thousands of rounds of ammunition were kept from crossing the border in 2025.",
        "Hundreds of thousands", "unverified", "ofn-rounds-2025-04-10"),
    "thousands-in-a-year": Whose(
        "en", "Thousands of guns were stopped before reaching Mexico in 2025, officials said.",
        "Thousands", "unverified", "ofn-firearms-2025-04-10"),
    # A rate named before a sentence's first figure makes it a rate only where it opens the sentence (heldout-108):
    # agents at work daily made no 410 arrests a day ("Every day, some 2,000 weapons" still is a rate).
    "a-rate-of-another-thing": Whose(
        "en", "Under Operation Without a Trace, agents worked the case daily, which led to 410 arrests.",
        "410", "disputed", "ice-2021-owat-arrests"),
    # A share of what comes each year is a share like any other (heldout-105): "each year" makes no flow of it.
    "a-share-of-a-yearly-whole": Whose(
        "en", "Mexico's suit said 2.2% of the guns made in the United States each year are smuggled into Mexico.",
        "2.2%", "supported", "mx-lawsuit-share-smuggled"),
    # "Dependencias" are government agencies, as Mexican papers call them (heldout-108): six named at the Security
    # Implementation Group's first meeting are its six U.S. agencies.
    "dependencias-are-agencies": Whose(
        "es", "A la primera reunión del Grupo de Implementación de Seguridad asistieron seis dependencias de "
        "Estados Unidos.", "seis", "supported", "sig-us-agencies-2025-09-26"),
    # A running count's point at about its day is that count (heldout-37): 6,582 firearms seized from 1 October 2024
    # "to 24 February" are the count the record gives at 25 February, not CBP's 579 of those months misstated.
    "a-running-counts-point-at-another-day": Whose(
        "es", "Desde el 1 de octubre de 2024 hasta el 24 de febrero de 2025, las fuerzas federales aseguraron 6 mil 582 "
        "armas de fuego.", "6 mil 582", "unverified", "cbp-weapons-fy25-oct-feb"),
    # A U.S. that names who speaks says nothing of where guns came from (heldout-94): "U.S. officials report that
    # 14,504 American guns" (made in the U.S. or imported there) are no wrong 10,514 made in the U.S. in 2011.
    "a-us-that-names-who-speaks": Whose(
        "en", "U.S. officials report that 14,504 American guns were recovered at crime scenes in Mexico in 2011.",
        "14,504", "unverified", "thehill-2012-us-made-2011"),
    # A text that names fewer than half of a figure's places speaks of a part (heldout-94): 90 % of the guns seized in
    # Chihuahua are no wrong 32 %, the NFCTA's share along five routes, one of whose states is Chihuahua.
    "one-of-a-figures-many-places": Whose(
        "es", "Según la fiscalía estatal, el 90% de las armas de fuego aseguradas en Chihuahua proviene de Estados "
        "Unidos y entra por un corredor ilegal.", "90%", "unverified", "nfcta-routes-share"),
    # "Entidades federativas" are states (heldout-93): Mission Firewall's eTrace in all 32 went unfound.
    "entidades-federativas-are-states": Whose(
        "es", "Uno de los ejes de la Misión Cortafuegos es instalar sistemas de identificación balística en las 32 "
        "entidades federativas.", "32", "supported", "firewall-target-states"),
    # A scale word joined by hyphens is a claim (heldout-100): the hyphen after "billion" was taken for a code's.
    "a-scale-word-joined-by-hyphens": Whose(
        "en", "Mexico filed a 10-billion-dollar suit against U.S. gun makers in 2021.",
        "10-billion", "supported", "mx-lawsuit-damages-sought"),
    # A number of under four digits that nothing else ties meets another period's figure by chance (heldout-97's
    # probe): 289 grenades in one house in 2008 are not the Defence ministry's 289 devices of 2024-2025 misdated (a
    # precise one, or one whose operation is named, is still a mix-up).
    "a-small-figure-another-period-gives": Whose(
        "es", "El Ejército se incautó de 289 granadas en una casa de Reynosa en 2008.",
        "289", "unverified", "defensa-routes-grenades-2025-05"),
    # "Armas de fuego" are firearms, one word as in English (heldout-109): its three words filled the number's own
    # words, and "traficadas" after them went unread; the October 2025 Laredo case's firearms fit better.
    "armas-de-fuego-is-one-word": Whose(
        "es", "Más de 100 armas de fuego fueron traficadas a Nuevo Laredo.", "Más de 100", "supported",
        "laredo-case-2024-firearms"),
    # Both of eTrace's counts of states are of Mexico's states, the goal as the count so far (heldout-111): "32
    # entidades mexicanas" named the count so far better than the goal, and went unverified.
    "the-goal-is-of-mexican-states-too": Whose(
        "es", "La meta es llevar eTrace a las 32 entidades mexicanas.", "32", "supported", "etrace-target-states-2026"),
    # "E-Trace", hyphenated as some pages write it, is eTrace (heldout-307): without the name, the plan's 32 states went
    # to the counts of states with access so far (18, 22), and came back unverified.
    "e-trace-hyphenated": Whose(
        "en", "The plan expands E-Trace use across Mexico's 32 states.", "32", "supported", "etrace-target-states-2026"),
    # A goal said in a verb's future, before "and" (rounds 49 and 50: "expandirá eTrace y la tecnología balística a los
    # 32 estados"): "y" cut the verb off the number's own words, and the 32 went to the counts of states so far.
    "a-goal-in-the-future-past-and": Whose(
        "es", "Se expandirá eTrace y la tecnología balística a los 32 estados de México.", "32", "supported",
        "etrace-target-states-2026"),
    # ... and a slip in that goal is contradicted though the record holds it twice, the Firewall's and eTrace's own,
    # alike (a planted slip, round 53's page of this pattern): the two tied, and neither was chosen.
    "a-goal-held-twice-alike": Whose(
        "es", "Con la Misión Firewall, eTrace y las imágenes balísticas se expandirán a los 42 estados mexicanos, dijo "
        "el embajador Johnson.", "42", "contradicted", "etrace-target-states-2026"),
    # ... and in a noun or a wish (eval pages of Mission Firewall: "la expansión/ampliación del uso de eTrace", "que se
    # extienda"): the 32 went to the counts of states with access so far (18, 22), and came back unverified.
    "a-goal-in-a-noun": Whose(
        "es", "Destacó la ampliación del uso de eTrace a los 32 estados de México.", "32", "supported",
        "etrace-target-states-2026"),
    "a-goal-in-a-wish": Whose(
        "es", "Se acordó que el uso de eTrace se extienda a los 32 estados de México.", "32", "supported",
        "etrace-target-states-2026"),
    # "The Justice Department" is the DOJ (round 55): unnamed, five men arrested in Texas were any agency's five.
    "justice-department-is-the-doj": Whose(
        "en", "On Monday the Justice Department announced the arrest of five men in Texas on gun trafficking charges.",
        "five", "supported", "laredo-case-2024-arrests"),
    # ... but not past a comma: damages sought ("busca") are the suit's figure, not a goal's.
    "what-is-sought-past-a-comma-is-no-goal": Whose(
        "es", "México busca una compensación por daños, que se estima en hasta $10 mil millones de dólares.",
        "hasta $10 mil millones", "supported", "mx-lawsuit-damages-sought"),
    # Mission Firewall's goal is eTrace's too: where a page about the Firewall names only eTrace, the 32 states are the
    # Firewall's goal (rounds 49 and 50), not eTrace's own goal for 2026 nor, with 2025 named, no figure at all.
    "the-firewall-goal-on-a-page-about-the-firewall": Whose(
        "es", "Estados Unidos y México lanzaron la Misión Firewall contra el tráfico de armas.\n\n"
        "Según el embajador, se expandirá eTrace y la tecnología balística a los 32 estados.", "32", "supported",
        "firewall-target-states"),
    # "Siendo Texas el estado que más envía" says where most of the share is, as "sobre todo" does (heldout-306): Texas
    # was read as what the 74 % is of, and it went to Arizona, California and Texas's own 74 %, or to none.
    "siendo-names-where-most-is": Whose(
        "es", "El 74% de las armas se rastrea hasta Estados Unidos, siendo Texas el estado que más envía.", "74%",
        "supported", "nfcta-us-share-2017-2021"),
    # "Nearly" writes both its ends, yet a share whose words name only what it counts in ("de las armas") names none
    # of the record's shares by its value (heldout-110's probe): it was the 76 % sold in the Southwest border states.
    "nearly-a-share-of-the-guns-alone": Whose(
        "es", "Casi el 80 por ciento de las armas ya estaba en manos de la delincuencia.", "Casi el 80 por ciento",
        "unverified", "nfcta-sw-border-states-share"),
    # ... nor one whose words leave unsaid what sets the figure's metric apart (heldout-112): records of a study "with
    # the United States" were the 13,004 guns traced in 2024 that were made there.
    "nearly-a-count-whose-metric-is-half-said": Whose(
        "en", "Nearly 13,000 of the records were associated with the United States.", "Nearly 13,000",
        "unverified", "atf-mx-us-made-2024"),
    # Shops that sell guns are counted, not guns (heldout-112): more than 75,000 of them in the U.S. were borne out by
    # the 83,560 guns traced there in 2017-2022.
    "gun-shops-are-no-guns": Whose(
        "es", "Hay más de 75,000 tiendas de armas en Estados Unidos.", "más de 75,000", "unverified",
        "atf-mx-us-origin-2017-2022"),
    # "Vino" and "vinieron" are "came", as "venía" is (heldout-114's probe): the president's own 70 % went unnamed, and
    # the GAO's 70 % of traced guns bore it out.
    "vino-is-came": Whose(
        "es", "López Obrador dijo que el 70% de las armas decomisadas en su sexenio vino de Estados Unidos.", "70%",
        "supported", "amlo-us-origin-70-2024"),
    # "America" alone is the United States, as in "made in America" (heldout-114): the suit's 70-90 % of crime guns went
    # to the 2.2 % of U.S.-made guns smuggled into Mexico, and came back unverified.
    "made-in-america": Whose(
        "en", "Between 70% and 90% of crime guns in Mexico were made in America.", "Between 70% and 90%", "supported",
        "mx-lawsuit-us-origin-70-90"),
    # "El territorio nacional" and "a nivel nacional" are the country, as "el país" is (heldout-113): Sinaloa's share of
    # the guns seized in the whole country went unfound.
    "the-national-territory-is-the-country": Whose(
        "es", "Eso es el 20% de las armas aseguradas en el territorio nacional.", "20%", "supported",
        "sinaloa-share-national-2026-01"),
    # A share is called wrong only where its sentence says what sets it apart from its whole (heldout-120's probe):
    # guns that "had no origin" in 2009-2014 were called a wrong 17 % "from other countries" (it is the 13 % unknown).
    "a-share-set-apart-by-words-unsaid": Whose(
        "en", "From 2009 to 2014, 13% of the traced guns had no origin.", "13%", "unverified",
        "nbp-2016-foreign-origin-share"),
}
# fmt: on


@pytest.mark.parametrize("name", CASES)
def test_a_number_is_the_figure_its_own_words_name(name: str, run: Invoke, tmp_path: Path) -> None:
    c = CASES[name]
    claim = judged(run, tmp_path, c.sentence, c.figure, c.lang)
    assert claim["verdict"] == c.verdict, (claim["facts"], claim["note"])
    if c.verdict != "unverified":
        assert claim["facts"] == [c.fact], claim["note"]


def test_an_operations_name_names_its_figures_not_traced_ones(run: Invoke, tmp_path: Path) -> None:
    """'Trace' of Operation Without a Trace is its name: its 1,125 firearms (KSAT printed 1,143) stay its own."""
    claim = judged(run, tmp_path, "Operation Without a Trace seized 1,125 firearms.", "1,125")
    assert claim["facts"] == ["ice-2021-owat-firearms-seized"], claim["note"]


def test_a_percentage_over_a_hundred_is_no_share(run: Invoke, tmp_path: Path) -> None:
    """A share is of a whole, so at most 100 % (heldout-27): rates 'at least 169% greater' are a ratio, and were
    contradicted on the 74 % of traced guns from three border states."""
    text = (
        "Adjusted for population, dealers in Arizona, New Mexico and Texas each supply crime guns to Mexico at rates "
        "at least 169% greater than any other state."
    )
    claim = judged(run, tmp_path, text, "at least 169%")
    assert (claim["verdict"], claim["facts"]) == ("unverified", [])
    assert claim["note"] == "the record has no figure of this kind"


def test_an_operation_named_only_further_on_is_not_the_whole_texts(run: Invoke, tmp_path: Path) -> None:
    """A text names one operation, but first in its sixth paragraph (heldout-28): its lead's national count of more
    than 8,000 firearms seized since October 2024 is the nation's (more than 8,200), not Operation Northern Border's
    8,058 of January 2026."""
    text = (
        "Security report\n\nMexico City, 25 March 2025.\n\nThe security cabinet presented its national results since "
        "1 October 2024.\n\nIt also highlighted the seizure of more than 8,000 firearms in that time.\n\nOn drugs, it "
        "listed several large seizures.\n\nSeparately, Operation Northern Border reported its own results in the "
        "border states.\n"
    )
    claim = judged(run, tmp_path, text, "more than 8,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-firearms-2025-03-23"])


def test_a_common_first_surname_alone_names_no_one_in_particular(run: Invoke, tmp_path: Path) -> None:
    """García alone is too many people to be Omar García Harfuch: the record names him by aliases, and a share a
    judge called García gave is not the secretary's 75 % of October 2024 to April 2025 for that reason alone."""
    sentence = "{who} dijo que el 75 por ciento de las armas aseguradas vienen de Estados Unidos."
    his = judged(run, tmp_path, sentence.format(who="García Harfuch"), "75 por ciento", "es")
    assert (his["verdict"], his["facts"]) == ("supported", ["mx-us-origin-share-2025-04"]), his["note"]
    assert "does not say whose" not in his["note"]
    anyone = judged(run, tmp_path, sentence.format(who="El juez García"), "75 por ciento", "es")
    assert anyone["facts"] != ["mx-us-origin-share-2025-04"], anyone["note"]
    assert "the text does not say whose" in anyone["note"]


def test_reported_speech_with_no_subject_points_back_at_the_speaker(run: Invoke, tmp_path: Path) -> None:
    """Spanish drops the subject of reported speech (heldout-35): "Destacó que" after a sentence naming Ken Salazar is
    Salazar speaking, so his 70 % is the figure, not one of a dozen officials' 70 % alike."""
    text = (
        "El embajador Ken Salazar visitó Ciudad Juárez el martes.\nDestacó que alrededor del 70 por ciento de las "
        "armas usadas en delitos en México vienen de Estados Unidos."
    )
    claim = judged(run, tmp_path, text, "alrededor del 70 por ciento", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["jornada-2023-12-06-us-share"]), claim["note"]
    assert "does not say whose" not in claim["note"]


def test_prevented_in_any_tense_names_trafficking_prevented(run: Invoke, tmp_path: Path) -> None:
    """The ambassador's 7,350 firearms whose trafficking was prevented in 2023 ("se impidió" in their label) are
    what "se ha impedido el tráfico" speaks of (heldout-35)."""
    text = "Según las cifras del embajador, este año se ha impedido el tráfico ilegal de más de 7 mil 350 armas."
    claim = judged(run, tmp_path, text, "más de 7 mil 350", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["jornada-2023-12-11-prevented"]), claim["note"]


def test_estadunidense_is_of_the_united_states(run: Invoke, tmp_path: Path) -> None:
    """La Jornada writes "estadunidense" (heldout-36): it names the U.S. as "estadounidense" does, so the share the
    ambassador gave of guns from the U.S. is his, not a GAO share the words fit as well without it."""
    text = "Según el embajador Ken Salazar, el 70 por ciento de las armas aseguradas en México son de origen estadunidense."
    claim = judged(run, tmp_path, text, "70 por ciento", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["jornada-2023-12-06-us-share"]), claim["note"]


def test_gun_sellers_are_dealers_whatever_the_guns_are_called(run: Invoke, tmp_path: Path) -> None:
    """ "Federal firearms licensees" are gun dealers, and their inspections no count of firearms (heldout-37): "nearly
    1,100" of them were supported as the more than 1,100 firearms seized in Mexico in November 2025."""
    text = (
        "Over the four months the office opened 276 new criminal investigations.\n"
        "In addition, the ATF office conducted nearly 1,100 inspections of federal firearms licensees in the area."
    )
    claim = judged(run, tmp_path, text, "nearly 1,100")
    assert claim["verdict"] == "unverified", claim["note"]
    assert "mx-firearms-2025-11" not in claim["facts"], claim["facts"]


def test_a_running_count_between_two_of_its_points_is_no_slip(run: Invoke, tmp_path: Path) -> None:
    """A report given on 17 November 2025 with totals to the 16th (heldout-52): Operation Northern Border's 31,717
    magazines lie between its 30,179 of 28 October and its 31,771 of 17 November, and are no transposed 31,771. The
    note names both points."""
    text = (
        "El Gabinete de Seguridad dio hoy, 17 de noviembre de 2025, los resultados de la Operación Frontera Norte de "
        "los días 14, 15 y 16 de noviembre: desde el 5 de febrero se han asegurado 31,717 cargadores."
    )
    claim = judged(run, tmp_path, text, "31,717", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    assert claim["facts"] == ["ofn-magazines-2025-10-28", "ofn-magazines-2025-11-17"]
    assert claim["note"].startswith("the count may have stood there at a day between two of the record's: 30,179")


def test_a_running_count_at_a_day_the_record_lacks_names_the_points_around_it(run: Invoke, tmp_path: Path) -> None:
    """Operation Northern Border's arrests, at no day named (round 44's reports): 3,787 lie between its 3,439 of 18
    May 2025 (Ocho Columnas) and its 3,854 of 30 May (Notivox, Sociedad Noticias). The note names those two, not the
    count's first points (746 of 23 February)."""
    text = "Since Operation Northern Border began on 5 February, some 3,787 suspects have been arrested."
    claim = judged(run, tmp_path, text, "some 3,787")
    assert claim["verdict"] == "unverified", claim["note"]
    assert claim["facts"] == ["ofn-arrests-2025-05-18", "ofn-arrests-2025-05-30"]
    assert claim["note"].startswith(
        "the count may have stood there at a day between two of the record's: 3,439 people (Ocho Columnas"
    )


def test_a_running_count_written_to_its_last_unit_is_no_point_of_other_days(run: Invoke, tmp_path: Path) -> None:
    """Northern Border's arrests in a report dated 20 July 2025 (heldout-287): "some 5,376" is a count written to its
    last unit, after the record's 5,330 of 16 July (Red 113 MX) and before its 6,680 of 25 August (Pulso), not a
    printing of the 5,330 within "about"; an "about 3,850" in May may still be the 3,854 of 30 May."""
    text = (
        "Update of July 20, 2025.\n\n"
        "Since February 5, some 5,376 suspects have been arrested under Operation Northern Border."
    )
    claim = judged(run, tmp_path, text, "some 5,376")
    assert claim["verdict"] == "unverified", claim["note"]
    assert claim["facts"] == ["ofn-arrests-2025-07-16", "ofn-arrests-2025-08-25"]
    about = judged(
        run, tmp_path, "As of May 2025, Operation Northern Border had made about 3,850 arrests.", "about 3,850"
    )
    assert (about["verdict"], about["facts"]) == ("supported", ["ofn-arrests-2025-05-30"])


def test_a_count_its_agency_alone_ties_names_no_operation_s_points(run: Invoke, tmp_path: Path) -> None:
    """780 firearms the Defence ministry seized, with no operation named: no two points of Operation Northern Border's
    count are named as where it may have stood."""
    claim = judged(run, tmp_path, "La Sedena aseguró 780 armas.", "780", "es")
    assert claim["verdict"] == "unverified"
    assert not claim["note"].startswith("the count may have stood there"), claim["note"]


def test_a_count_since_before_an_operation_is_none_of_its_totals(run: Invoke, tmp_path: Path) -> None:
    """More than 2,000 weapons seized in a city since 2016 (heldout-53) are no total of Operation Northern Border,
    begun in February 2025, whose 2,076 of 10 April 2025 they had been supported as."""
    claim = judged(
        run, tmp_path, "Desde 2016, la policía ha asegurado más de 2 mil armas en la ciudad.", "más de 2 mil", "es"
    )
    assert not any(fact.startswith("ofn-") for fact in claim["facts"]), claim["note"]


def test_the_foreign_ministry_by_the_names_english_papers_use(run: Invoke, tmp_path: Path) -> None:
    """ "The Foreign Affairs Ministry" is the SRE (heldout-58): its 70 % of the guns that reach Mexico is a share it
    stated, not the GAO's share of traced guns for 2009-2014 that the word "trafficked" fitted when no agency was read."""
    text = "Mexico says 70% of the weapons trafficked into the country come from the U.S., the Foreign Ministry said."
    claim = judged(run, tmp_path, text, "70%")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["extradigital-sre-70"]), claim["note"]


def test_an_agency_ties_no_point_of_an_operation_the_text_does_not_name(run: Invoke, tmp_path: Path) -> None:
    """SEDENA's "more than 5,200" of 2009-2012 (heldout-57) were supported as Operation Northern Border's 5,339 of 2
    September 2025: SEDENA takes part in the operation, but an agency gives many figures, and a bound met by one day's
    total of an operation the text neither names nor dates is met by chance."""
    text = "The Army reports that SEDENA troops seized more than 5,300 firearms, most of them rifles."
    claim = judged(run, tmp_path, text, "more than 5,300")
    assert not (claim["verdict"] == "supported" and claim["facts"][0].startswith("ofn-")), claim["note"]


def test_an_undated_figure_of_an_unnamed_operation_bears_out_no_other_years(run: Invoke, tmp_path: Path) -> None:
    """ "Nearly 80,000 rounds" seized at the ports of exit from 2009 to 2011 (heldout-57) were supported as Operation
    Southbound's more than 80,000, which the record gives no period (they are of 2023): the text names years and no
    operation, so the round value alone ties them."""
    text = (
        "Customs data show nearly 80,000 rounds of ammunition bound for Mexico were seized at the ports of exit from "
        "January 2009 to July 2011."
    )
    claim = judged(run, tmp_path, text, "nearly 80,000")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_vague_remark_is_borne_out_only_where_its_speaker_is_named(run: Invoke, tmp_path: Path) -> None:
    """The record's only vague figures are the ambassador's "thousands" of guns seized and "hundreds" of arrests through
    cross-border work. "Miles de armas largas" among one state's seizures (heldout-58) were supported as his remark;
    named, he still bears his own words out."""
    claim = judged(
        run, tmp_path, "Entre los aseguramientos del año en el estado destacan miles de armas largas.", "miles", "es"
    )
    assert "cross-border-firearms-seized" not in claim["facts"][:1], claim["note"]
    assert claim["verdict"] == "unverified", claim["note"]
    text = "El embajador Ken Salazar dijo que gracias a la cooperación transfronteriza se han asegurado miles de armas."
    claim = judged(run, tmp_path, text, "miles", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cross-border-firearms-seized"]), claim["note"]


def test_leon_is_no_nuevo_leon_and_a_year_ties_no_state_unnamed(run: Invoke, tmp_path: Path) -> None:
    """ "León" alone is a city of Guanajuato (heldout-58 read "Guadalajara, Queretaro and Leon" as naming Nuevo León's
    figures), and a state's figure the text does not name is borne out by no value, its year named or not: 1,700 guns
    seized in León in 2024 are not the FGR's 1,682 of Nuevo León."""
    text = "En la ciudad de León se aseguraron 1,700 armas de fuego en 2024."
    claim = judged(run, tmp_path, text, "1,700", "es")
    assert not any("nuevo-leon" in fact for fact in claim["facts"]), claim["note"]
    assert claim["verdict"] == "unverified", claim["note"]
    text = "En Nuevo León, la FGR aseguró 1,700 armas de fuego en 2024."
    claim = judged(run, tmp_path, text, "1,700", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["fgr-nuevo-leon-firearms-2024"]), claim["note"]


def test_a_state_pointed_back_at_is_a_part_named(run: Invoke, tmp_path: Path) -> None:
    """ "En la entidad" is the state the text named before (heldout-59: Sinaloa): "más de un millón de cartuchos" seized
    there are not the national count of rounds on the trafficking routes. "De la entidad reguladora" is an agency."""
    text = (
        "En un recuento de lo hecho en la entidad, el funcionario dijo que se aseguraron más de un millón de cartuchos."
    )
    claim = judged(run, tmp_path, text, "más de un millón", "es")
    assert claim["verdict"] == "unverified" and "defensa-routes-rounds-2025-05" not in claim["facts"], claim["note"]


def test_a_count_beside_a_daily_rate_of_another_thing_is_no_rate(run: Invoke, tmp_path: Path) -> None:
    """heldout-62: "17,000 people" murdered in 2019 with the guns, "that's 46 funerals every day": the day is the
    funerals', and 17,000 is the suit's count of homicides of 2019."""
    text = "In 2019 those guns were used to kill 17,000 people in Mexico; that's 46 funerals every day."
    claim = judged(run, tmp_path, text, "17,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-lawsuit-homicides-2019"]), claim["note"]


def test_a_year_named_ties_no_span_across_two_years(run: Invoke, tmp_path: Path) -> None:
    """heldout-61: 644 grenades in 2025 were called wrong by the 289 seized from November 2024 to May 2025. Six months
    across two years are no count of the year named, as a few months of one year are none (months_unsaid)."""
    text = "Durante 2025, la Secretaría de la Defensa Nacional aseguró 644 granadas."
    claim = judged(run, tmp_path, text, "644", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_places_a_national_figure_names_help_find_it_and_tie_it_no_more(run: Invoke, tmp_path: Path) -> None:
    """SEDENA's 70 % from the U.S. is described with the other 30 % from Spain, Italy and Austria. heldout-61: the 68 %
    of one arsenal's short guns, made in the U.S., Austria, Spain and Italy, was called wrong by it. Those countries
    still find it for the share it is."""
    text = (
        "De las 38 armas cortas del arsenal, hechas en Estados Unidos, Austria, España e Italia, el 68 por ciento tiene "
        "origen en Estados Unidos."
    )
    claim = judged(run, tmp_path, text, "68 por ciento", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    text = (
        "About 70 percent of the trafficked arms come from the United States, the rest from Spain, Italy and Austria."
    )
    claim = judged(run, tmp_path, text, "About 70 percent")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["diariopresente-sedena-70-eu"]), claim["note"]


def test_a_state_ties_no_case_and_a_case_s_small_count_is_no_mix_up(run: Invoke, tmp_path: Path) -> None:
    """A Laredo father and son, arrested in October 2025, are two people. heldout-62 and -63: "two men" charged or
    sentenced in Texas were supported as that pair, "Texas" tying the case; and two men arrested in Texas in 2012 were
    called the pair misdated. A case is named by its own city, and its small count given to another year is another
    case."""
    claim = judged(run, tmp_path, "Two men were arrested in Texas for smuggling guns to Mexico.", "Two")
    assert claim["verdict"] == "unverified", claim["note"]
    text = "In March 2012, two men were arrested in Laredo, Texas, for smuggling guns to Mexico."
    claim = judged(run, tmp_path, text, "two")
    assert claim["verdict"] == "unverified", claim["note"]


def test_meth_is_methamphetamine(run: Invoke, tmp_path: Path) -> None:
    """heldout-64: "over 91,000 pounds of meth" found no figure of its kind; it is Last Mile's methamphetamine."""
    claim = judged(run, tmp_path, "Operation Last Mile seized over 91,000 pounds of meth.", "over 91,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["last-mile-methamphetamine"]), claim["note"]


def test_a_share_of_several_places_is_none_of_one_place_listed_apart(run: Invoke, tmp_path: Path) -> None:
    """The NFCTA's 74 % is of Texas, Arizona and California together; 43 %, 22 % and 9 % are each state's. A list that
    gives each state its own share gives Texas none of the three states' 74 %."""
    text = "Según la ATF, el 74% de las armas rastreadas proviene de Texas, el 22% de Arizona y el 9% de California."
    claim = judged(run, tmp_path, text, "74%", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    claim = judged(run, tmp_path, text, "22%", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["nfcta-arizona-share"]), claim["note"]


def test_a_non_breaking_hyphen_joins_a_number_in_words(run: Invoke, tmp_path: Path) -> None:
    """heldout-66: a page set "three‑quarters" with a non-breaking hyphen (U+2011), and the share was not read."""
    text = (
        "In September 2025, President Claudia Sheinbaum said roughly three\u2011quarters of the guns seized in Mexico "
        "come from the United States."
    )
    claim = judged(run, tmp_path, text, "roughly three-quarters")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["sheinbaum-us-origin-2025-09"]), claim["note"]
    assert (claim["line"], claim["column"]) == (1, 53)  # where the page has it


def test_a_title_in_a_credit_line_names_no_part(run: Invoke, tmp_path: Path) -> None:
    """heldout-67: "said ..., division chief of ..." made the operation's national figures a division's and left the
    360 arrests of Operation Without a Trace unrecognised. A division or field office before a title is a title."""
    for credit in ("a DEA division chief", "a DEA field office director"):
        claim = judged(run, tmp_path, f"Operation Last Mile led to 3,337 arrests, said {credit}.", "3,337")
        assert (claim["verdict"], claim["facts"]) == ("supported", ["last-mile-arrests"]), claim["note"]


def test_the_year_of_a_day_named_is_no_year_alone(run: Invoke, tmp_path: Path) -> None:
    """heldout-66: a dateline's "10 de febrero 2026" ruled out General Trevilla's 18,000 firearms seized since October
    2024, given that day, as if the sentence said "in 2026 alone"."""
    text = (
        "Ciudad de México, a 10 de febrero 2026.- Más de 18 mil armas decomisadas en México en esta administración, "
        "informó el general secretario Ricardo Trevilla Trejo."
    )
    claim = judged(run, tmp_path, text, "Más de 18 mil", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["trevilla-firearms-2026-02-10"]), claim["note"]


def test_a_share_written_to_a_tenth_is_the_figure_that_prints_it(run: Invoke, tmp_path: Path) -> None:
    """heldout-65: ATF traced 70.5 % of Mexico's 25,884 submissions of 2024 to the U.S.; the president said 70 % that
    year. "70.5 percent" bears both out (a whole 70 may be rounded), and is the one printed as written."""
    text = "Of the 25,884 weapons sent for tracing by Mexico in 2024, 70.5 percent originated in the United States."
    claim = judged(run, tmp_path, text, "70.5 percent")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["atf-mx-us-share-2024"]), claim["note"]


def test_the_agency_that_counts_every_state_ties_no_state_s_figure(run: Invoke, tmp_path: Path) -> None:
    """SEDENA gave 2025's seizures state by state (Sinaloa 2,742, Michoacán 781). heldout-70: a sentence naming SEDENA
    and no state had its number borne out, or called mistyped, by whichever state's figure lay nearest."""
    claim = judged(run, tmp_path, "SEDENA seized 2,700 firearms.", "2,700")
    assert claim["verdict"] == "unverified", claim["note"]
    claim = judged(run, tmp_path, "La Sedena aseguró 780 armas.", "780", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    claim = judged(run, tmp_path, "En Michoacán, la Sedena aseguró 780 armas en 2025.", "780", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["defensa-michoacan-firearms-2025"]), claim["note"]


def test_half_a_year_is_no_count_of_the_whole_year(run: Invoke, tmp_path: Path) -> None:
    """heldout-69: homicides of the first half of 2019 were called wrong by the more than 17,000 the suit gave for all
    of 2019. A half of a year names its months, as "entre enero y junio de 2019" does."""
    claim = judged(run, tmp_path, "En el primer semestre de 2019 se registraron 10.274 homicidios.", "10.274", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    claim = judged(run, tmp_path, "In the first half of 2019, 10,274 homicides were recorded.", "10,274")
    assert claim["verdict"] == "unverified", claim["note"]


def test_in_a_list_of_clauses_each_figure_is_named_before_it(run: Invoke, tmp_path: Path) -> None:
    """Iron River traced at least 2,259 guns to Pima County's stores. heldout-69: in "de Hartford, Connecticut,
    provenían mil 656 armas; de Maricopa y Pima, Arizona, mil 189; ...", Pima named Hartford's number too, and the
    paragraph's dialogue tied it: mil 656 was called wrong. Each clause's place is its own figure's."""
    text = (
        "Las cifras se dieron en el Diálogo de Alto Nivel sobre Seguridad.\n"
        "Mucho del armamento llegó desde 10 condados de cinco estados: de Hartford, Connecticut, provenían mil 656 "
        "armas; de Maricopa y Pima, Arizona, mil 189; de Los Ángeles, California, 637."
    )
    claim = judged(run, tmp_path, text, "mil 656", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_change_over_one_year_is_none_over_an_administration(run: Invoke, tmp_path: Path) -> None:
    """The record's +65 % is firearm seizures from December 2018 to December 2023 against the administration before.
    heldout-77: a rise of 20 % "en 2020 respecto de 2019" was called wrong by it, both years lying inside its span."""
    text = "Las armas aseguradas en México aumentaron 20 por ciento en 2020 respecto de 2019."
    claim = judged(run, tmp_path, text, "20 por ciento", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    text = "Los aseguramientos de armas de 2018 a 2023 aumentaron 60 por ciento respecto del sexenio anterior."
    claim = judged(run, tmp_path, text, "60 por ciento", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["destacado-2023-seizures-rise"]), claim["note"]


def test_a_bound_is_no_figure_given_to_another_operation(run: Invoke, tmp_path: Path) -> None:
    """heldout-79's probe: "over 1,200" firearms seized under Operation Northern Border, to a day the record holds no
    point of, was called the BSCA's more than 1,300 given to the operation. Many figures meet a bound; it is none of
    them mixed up."""
    text = "As of March 10, 2025, under Operation Northern Border, authorities had seized over 1,200 firearms."
    claim = judged(run, tmp_path, text, "over 1,200")
    assert claim["verdict"] == "unverified", claim["note"]


def test_the_defence_secretary_names_sedena_by_the_names_papers_use(run: Invoke, tmp_path: Path) -> None:
    """heldout-81: "el secretario de Defensa de México" gave General Trevilla's 18,000 of 10 February 2026, and was
    read as no agency: the Security Cabinet's 18,274 of October 2025 bore it out instead."""
    text = "El secretario de Defensa de México dijo que se han asegurado 18 mil armas en esta administración."
    claim = judged(run, tmp_path, text, "18 mil", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["trevilla-firearms-2026-02-10"]), claim["note"]


def test_a_year_named_after_a_count_says_when_not_what_it_counts(run: Invoke, tmp_path: Path) -> None:
    """heldout-85's probe: in "7,224 en el año fiscal 2022" the year was read as what the number counts, and the
    number as years (the record's time to crime): CBP's 7,224 rounds at El Paso's ports went unfound."""
    text = (
        "En los puertos de la oficina de campo de El Paso, los cartuchos asegurados de salida sumaron 15,678 en el"
        " año fiscal 2021 y 7,224 en el año fiscal 2022."
    )
    claim = judged(run, tmp_path, text, "7,224", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cbp-elpaso-fo-rounds-fy2022"]), claim["note"]


def test_in_a_sentence_of_clauses_each_figure_is_named_by_its_whole_clause(run: Invoke, tmp_path: Path) -> None:
    """heldout-87: "...: Houston, donde se han identificado 2 mil 452 ...; Tucson, con 2 mil 156; Phoenix con mil
    745" gave Tucson's count Houston's name too (only the last words before a figure were its clause's), and a count
    naming two cities was none of Tucson's: three of five cities went unfound."""
    text = (
        "El informe señala las ciudades de donde más armas salieron: Houston, donde se rastrearon 2 mil 452 armas"
        " que llegaron a México; Tucson, con 2 mil 156; Phoenix con mil 745; El Paso, con mil 658."
    )
    claim = judged(run, tmp_path, text, "2 mil 156", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["iron-river-tucson-2015-2022"]), claim["note"]


def test_guns_of_several_kinds_together_are_firearms(run: Invoke, tmp_path: Path) -> None:
    """heldout-86: "more than 300 rifles and pistols" smuggled through Laredo were read as rifles, and the record's
    300 firearms of that case went unfound; "armas largas y cortas" are firearms too (heldout-72's 18,000)."""
    text = "Agents at the Laredo port of entry found more than 300 rifles and pistols hidden in two trailers."
    claim = judged(run, tmp_path, text, "more than 300")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["laredo-case-2025-10-firearms"]), claim["note"]


def test_guns_that_end_up_in_mexico_each_year_are_trafficked_there(run: Invoke, tmp_path: Path) -> None:
    """heldout-86: "unas 200 mil armas de fuego ilegales provenientes de Estados Unidos acaban cada año en México"
    weighed the U.S. of its words for the guns made there each year (nearly 40 million), and found no yearly flow into
    Mexico; "acaban" now says what "ingresan" says."""
    text = (
        "Según cálculos del gobierno mexicano, unas 200 mil armas de fuego ilegales provenientes de Estados Unidos"
        " acaban cada año en México."
    )
    claim = judged(run, tmp_path, text, "unas 200 mil", "es")
    assert claim["verdict"] == "supported", claim["note"]
    assert "firearms a year" in claim["note"], claim["note"]


def test_two_acts_on_one_thing_are_one_clause(run: Invoke, tmp_path: Path) -> None:
    """heldout-87: in "Seventy percent of guns recovered and traced ... were purchased in the United States" the clause
    broke at "and", and the share was read as one of guns recovered: the rifle shares. Read whole, it is the U.S.
    share; and the three border states' 74 % ("about 70 %"), whose states it names none of, is not it."""
    text = (
        "Seventy percent of the firearms seized and traced in Mexico were bought in the United States, officials said."
    )
    claim = judged(run, tmp_path, text, "Seventy percent")
    assert claim["verdict"] == "supported", claim["note"]
    assert "nfcta-tx-az-ca-share" not in claim["facts"], claim["note"]


def test_a_day_inside_a_span_dates_no_total_of_the_whole_span(run: Invoke, tmp_path: Path) -> None:
    """heldout-88's probe: "As of May 6, 2025, more than 10,000 firearms had been seized since October 2024" was
    supported as SEDENA's 14,014 of all 2025, a total not yet counted on that day. A day after the span ends dates
    the statement, and ties nothing away."""
    text = "As of May 6, 2025, more than 10,000 firearms had been seized since October 2024."
    claim = judged(run, tmp_path, text, "more than 10,000")
    assert "defensa-firearms-2025" not in claim["facts"], claim["note"]
    assert claim["verdict"] != "supported", claim["note"]
    text = "On January 15, 2026, the Defence ministry said it had seized 14,014 firearms in 2025."
    claim = judged(run, tmp_path, text, "14,014")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["defensa-firearms-2025"]), claim["note"]


def test_a_figure_between_two_printings_that_disagree_is_not_wrong(run: Invoke, tmp_path: Path) -> None:
    """heldout-91: the record's sources give SEDENA's 2024 seizures as 9,790 and 9,798; a page's "9.797" lay between
    them and was called a mistyped 9,798. Where the record's own printings disagree around a claim it cannot tell.
    A value outside them all is still wrong."""
    claim = judged(
        run, tmp_path, "En 2024, la Sedena aseguró 9 mil 794 armas de fuego en todo el país.", "9 mil 794", "es"
    )
    assert (claim["verdict"], claim["facts"]) == ("unverified", ["defensa-firearms-2024"]), claim["note"]
    claim = judged(
        run, tmp_path, "En 2024, la Sedena aseguró 12 mil 790 armas de fuego en todo el país.", "12 mil 790", "es"
    )
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["defensa-firearms-2024"]), claim["note"]


def test_a_round_figure_is_no_other_periods_figure_mixed_up(run: Invoke, tmp_path: Path) -> None:
    """heldout-89's probe: "11 mil municiones" one November day at El Paso, dated 2024, was called El Paso's 11,205
    rounds of fiscal 2023 given to the wrong year. A round figure meets another period's by its rounding alone."""
    text = (
        "El 5 de noviembre de 2024, agentes de la CBP en el puerto de El Paso aseguraron 11 mil municiones en un solo"
        " decomiso."
    )
    claim = judged(run, tmp_path, text, "11 mil", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_no_figure_of_an_initiative_counts_years_before_it_began(run: Invoke, tmp_path: Path) -> None:
    """heldout-89: about 1,300 guns the ATF seized in Phoenix in 2010 were supported as the more than 1,300 seized
    in cases under the Bipartisan Safer Communities Act, a law of June 2022; heldout-46: "los 32 estados" of a 2022
    census were Mission Firewall's goal of eTrace in 32 states, begun in 2025."""
    text = "In 2010, the surge team's agents seized approximately 1,300 illegally trafficked firearms."
    claim = judged(run, tmp_path, text, "approximately 1,300")
    assert "bsca-firearms-seized-2023" not in claim["facts"], claim["note"]
    assert claim["verdict"] == "unverified", claim["note"]
    text = "Las policías de los 32 estados del país confiscaron menos armas en 2022, según el censo estatal."
    claim = judged(run, tmp_path, text, "32", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_weapons_secured_are_weapons_seized(run: Invoke, tmp_path: Path) -> None:
    """heldout-76, heldout-92: English pages render the Mexican government's "armas aseguradas" as weapons
    "secured"; the 20,000 of its first fourteen months went unfound."""
    text = (
        "In its first fourteen months, the government reports 20,000 weapons secured in joint operations by Sedena,"
        " the Navy and the National Guard."
    )
    claim = judged(run, tmp_path, text, "20,000")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-firearms-2025-11-30"]), claim["note"]


def test_guns_bound_for_mexico_that_were_stopped_are_firearms_intercepted(run: Invoke, tmp_path: Path) -> None:
    """heldout-92: the ATF's 4,359 guns headed for Mexico were misprinted "4 mil 369 armas de fuego con destino a
    México", read as a count of guns seized, and not found. Guns bound for Mexico are the record's firearms
    intercepted. A case's count whose place the text does not name is none of them by value: "nearly 300 guns bound
    for Mexico" seized in Phoenix are not the Laredo trailers' 300 (heldout-75)."""
    text = "La ATF informó el aseguramiento de 4 mil 369 armas de fuego con destino a México en poco más de un año."
    claim = judged(run, tmp_path, text, "4 mil 369", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-mx-bound-firearms-2026-02"]), claim["note"]
    text = "Federal authorities seize nearly 300 guns bound for Mexico in a two-year investigation."
    claim = judged(run, tmp_path, text, "nearly 300")
    assert claim["verdict"] == "unverified", claim["note"]
    # (so are guns "que se dirigían a México", heldout-96)
    text = "La ATF anunció la incautación de 4 mil 369 armas de fuego que se dirigían a México."
    claim = judged(run, tmp_path, text, "4 mil 369", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["atf-mx-bound-firearms-2026-02"]), claim["note"]
    # (Mexico stays named: a share of U.S. gun sales "destined for Mexico" is still the study's 2.2 %, heldout-38)
    text = "About 2.2% of U.S. domestic gun sales are destined for Mexico, a 2013 study estimated."
    claim = judged(run, tmp_path, text, "About 2.2%")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["azstar-2013-share-of-us-sales"]), claim["note"]


def test_a_year_that_dates_a_study_opens_no_span(run: Invoke, tmp_path: Path) -> None:
    """heldout-95: "... the same amount that was reported in the study from 2016" read "from 2016" as a period open
    since 2016, and the 70 % went to the ATF's 67.5 % of 2017-2022. A year after "study from", "report of" dates it."""
    text = (
        "The ATF found that about 70 percent of crime guns seized in Mexico and traced had come from the United"
        " States, the same share as in the study from 2016."
    )
    claim = judged(run, tmp_path, text, "about 70 percent")
    assert "atf-mx-us-share-2017-2022" not in claim["facts"], claim["note"]


def test_guns_traced_to_the_us_are_no_count_of_guns_made_there(run: Invoke, tmp_path: Path) -> None:
    """heldout-107's probe: of the guns from Mexico traced for 2011, The Hill gave 10,514 made in the U.S.; a page's
    14,504 traced "to the U.S." (of U.S. origin, made there or imported) was called a wrong 10,514. Where the words
    do not say where the guns were made, no count of guns made there is called wrong; where they do, it is."""
    claim = judged(run, tmp_path, "In 2011, 14,504 guns recovered in Mexico were traced to the U.S.", "14,504")
    assert claim["verdict"] == "unverified", claim["note"]
    text = "En 2011, 14,504 de las armas rastreadas fueron fabricadas en Estados Unidos."
    claim = judged(run, tmp_path, text, "14,504", "es")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["thehill-2012-us-made-2011"]), claim["note"]


def test_a_count_so_far_is_held_to_the_day_the_text_names(run: Invoke, tmp_path: Path) -> None:
    """A count from a day to the day it was given (Trevilla's 18,000 firearms since October 2024, on 10 February 2026)
    is passed on the next days: his name says whose it is, not which day (round 16's probe). A page's date line or a
    month named before says the day; then another value is wrong."""
    text = "Trevilla Trejo said 28,000 firearms had been seized since October 2024."
    assert judged(run, tmp_path, text, "28,000")["verdict"] == "unverified"
    claim = judged(run, tmp_path, "2026-02-10\n\n" + text, "28,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["trevilla-firearms-2026-02-10"]), claim["note"]
    claim = judged(run, tmp_path, "It was February 2026 in Mexico City. " + text, "28,000")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["trevilla-firearms-2026-02-10"]), claim["note"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Oficiales de Aduanas y Protección Fronteriza decomisaron 92 mil balas que iban a México.", "es"),
        ("Customs and Border Protection officers seized 92,000 rounds bound for Mexico.", "en"),
    ],
)
def test_cbp_by_the_names_pages_give_it(sentence: str, lang: str, run: Invoke, tmp_path: Path) -> None:
    """Heldout-246: Norte Digital names CBP "Aduanas y Protección Fronteriza", without "Oficina de" or "de los Estados
    Unidos"; its 92 mil rounds are the 92,900 CBP seized on a bus in El Paso in August 2024."""
    figure = "92 mil" if lang == "es" else "92,000"
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cbp-elpaso-case-2024-08-rounds"]), claim["note"]


@pytest.mark.parametrize(
    ("sentence", "lang", "country"),
    [
        ("Estados Unidos aseguró más de 4 mil armas de fuego que iban a los cárteles de México.", "es", "US"),
        (
            "Autoridades estadounidenses informaron el aseguramiento de más de 4 mil armas que tenían como destino los "
            "cárteles.",
            "es",
            "US",
        ),
        ("U.S. authorities said they seized more than 4,000 firearms headed for Mexican cartels.", "en", "US"),
        ("México aseguró más de 4 mil armas de fuego en los primeros meses del gobierno.", "es", "MX"),
    ],
)
def test_a_count_is_of_the_country_the_sentence_says_seized(
    sentence: str, lang: str, country: str, run: Invoke, tmp_path: Path
) -> None:
    """heldout-328: "EEUU aseguró más de 4 mil armas" bound for the cartels was borne out by the 4,981 firearms
    seized in Mexico from October 2024 to January 2025. A count the U.S. or its authorities are said to have seized
    is borne out by a figure the record gives for the U.S. only, and one Mexico seized by a Mexican figure."""
    figure = "more than 4,000" if lang == "en" else "más de 4 mil"
    claim = judged(run, tmp_path, sentence, figure, lang)
    countries = {f.id: f.country for f in load().facts}
    assert (claim["verdict"], countries[claim["facts"][0]]) == ("supported", country), claim["note"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("EEUU aseguró más de 4 mil armas", {"US"}),
        ("autoridades de Estados Unidos incautaron 92 mil balas", {"US"}),
        ("Mexico has seized 17,500 firearms", {"MX"}),
        # where guns come from, or where they were seized, names no one who seized them
        ("armas de Estados Unidos aseguradas en Sinaloa", set()),
        ("guns made in the U.S. seized in Mexico", set()),
        ("firearms from the U.S. seized by the army", set()),
        ("70% de las armas aseguradas en México vienen de Estados Unidos", set()),
        # a country's police, its name a few words on (round 59, heldout-336)
        ("las policías estatales de los 32 estados de la federación mexicana confiscaron 2 mil armas", {"MX"}),
        ("Mexican state police seized 500 rifles", {"MX"}),
        # "aseguró que" says something, and seizes nothing
        ("el representante del gobierno estadounidense aseguró que el 70 por ciento de las armas", set()),
        ("las autoridades mexicanas aseguraron que 300 armas venían de Texas", set()),
    ],
)
def test_who_a_sentence_says_seized(text: str, countries: set[str]) -> None:
    assert countries_acting(text) == countries


def test_a_presidents_term_that_dates_a_figure_is_no_part_of_it(run: Invoke, tmp_path: Path) -> None:
    """heldout-310: the ATF's 4,359 guns bound for Mexico, seized from 20 January 2025 ("when the second Trump term
    began", as the record describes them), were read as a count of some part called Trump; a sentence whose own
    clause does not name him found Operation Southbound's counts instead. A term dates a figure, and names none."""
    text = (
        "La ATF informó el decomiso de 36 mil 277 armas de fuego en Estados Unidos. De acuerdo con el informe del "
        "organismo federal, 4 mil 359 de esas armas decomisadas iban a México, igual que 648 mil 975 cartuchos, unas "
        "mil 600 municiones por día desde que el presidente Donald Trump asumió el cargo el 20 de enero de 2025."
    )
    claim = judged(run, tmp_path, text, "4 mil 359", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["atf-mx-bound-firearms-2026-02"]), claim["note"]


@pytest.mark.parametrize(("share", "verdict"), [("74%", "unverified"), ("60%", "contradicted")])
def test_a_value_the_record_prints_for_an_overlapping_span_is_not_called_wrong(
    share: str, verdict: str, run: Invoke, tmp_path: Path
) -> None:
    """heldout-332: "según el estudio, realizado entre 2017 y 2022, el 74%" of guns came from the U.S. was contradicted
    by the 67.5 % the record gives for 2017-2022, while it holds the NFCTA's 74 % of 2017-2021: the text may give that
    figure another end. Unverified, naming both; a value no such figure prints is still wrong."""
    text = (
        f"Según el estudio, hecho entre 2017 y 2022, el {share} de las armas usadas en homicidios dolosos en México "
        "vienen del mercado estadounidense."
    )
    claim = judged(run, tmp_path, text, share, "es")
    assert (claim["verdict"], claim["facts"]) == (verdict, ["atf-mx-us-share-2017-2022"]), claim["note"]
    assert ("74 %" in claim["note"]) == (verdict == "unverified"), claim["note"]


@pytest.mark.parametrize(
    ("sentence", "figure", "lang"),
    [
        ("The foreign minister blamed those guns for more than 19,000 homicides in 2020.", "more than 19,000", "en"),
        ("El canciller atribuyó a esas armas más de 17 mil homicidios en 2020.", "más de 17 mil", "es"),
        ("En 2022 hubo más de 23 mil asesinatos con armas de fuego en México.", "más de 23 mil", "es"),
    ],
)
def test_a_count_of_people_is_no_count_of_things(
    sentence: str, figure: str, lang: str, run: Invoke, tmp_path: Path
) -> None:
    """A newcomer's look: homicides in a year were borne out by the FGR's firearms seized that year (19,708 in 2020,
    23,378 in 2022). The noun right after a number that names what counts of people count ("homicides", "asesinatos",
    "detenidos") rules out every count of things; the record holds homicides for 2019 only."""
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert (claim["verdict"], claim["facts"]) == ("unverified", []), claim["note"]


def test_an_operations_total_misdated_is_a_mix_up_though_its_divisions_counts_are_undated(
    run: Invoke, tmp_path: Path
) -> None:
    """A newcomer's look: "In 2024, Operation Last Mile led to 3,337 arrests" was unverified, its note naming the El
    Paso (235) and Omaha (87) divisions' undated counts, and never that 3,337 is the operation's total of May 2022 to
    May 2023. The divisions are parts the text does not name: the total, given another year, is a mix-up."""
    claim = judged(run, tmp_path, "In 2024, Operation Last Mile led to 3,337 arrests.", "3,337")
    assert (claim["verdict"], claim["facts"]) == ("contradicted", ["last-mile-arrests"]), claim["note"]
    assert "1 May 2022 – 1 May 2023" in claim["note"], claim["note"]


@pytest.mark.parametrize(
    ("sentence", "figure", "lang"),
    [
        (
            "Under Operation Northern Border, launched in February 2025, troops had arrested 12,424 people and seized "
            "8,854 firearms as of 11 March 2026.",
            "12,424",
            "en",
        ),
        (
            "Con la Operación Frontera Norte, iniciada en febrero de 2025, se había detenido a 12,424 personas y "
            "asegurado 8,854 armas al 11 de marzo de 2026.",
            "12,424",
            "es",
        ),
    ],
)
def test_the_month_an_operation_began_names_no_point_of_its_count(
    sentence: str, figure: str, lang: str, run: Invoke, tmp_path: Path
) -> None:
    """A newcomer's look: "launched in February 2025" was read as the month of the 12,424 arrests, and the note named
    Operation Northern Border's counts of February 2025 (746 on the 23rd). The record's 12,424 are as of 11 March
    2026, the day the sentence gives."""
    claim = judged(run, tmp_path, sentence, figure, lang)
    assert (claim["verdict"], claim["facts"]) == ("supported", ["ofn-arrests-2026-03-11"]), claim["note"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("En lo que va de 2025, la policía municipal ha retirado de las calles más de 300 armas en operativos.", None),
        ("En octubre de 2025, en Laredo, Texas, hallaron más de 300 armas ocultas en dos remolques.", "supported"),
    ],
)
def test_one_case_s_count_is_borne_out_only_where_the_text_names_its_place(
    sentence: str, verdict: str | None, run: Invoke, tmp_path: Path
) -> None:
    """A held-out page (heldout-316): a city police's guns of the year were borne out by the more than 300 found in two trailers at a
    Laredo port on 23 October 2025 (laredo-case-2025-10-firearms), tied by the year alone. One case's count is one
    place's on one day: a year does not tie it, its place does."""
    claim = judged(run, tmp_path, sentence, "más de 300", "es")
    if verdict is None:
        assert claim["verdict"] == "unverified", claim["note"]
    else:
        assert (claim["verdict"], claim["facts"]) == (verdict, ["laredo-case-2025-10-firearms"]), claim["note"]


def test_another_operation_s_figure_than_the_paragraph_s_bears_out_nothing(run: Invoke, tmp_path: Path) -> None:
    """The record holds no arrests of Operation Southbound; Without a Trace's arrests were printed as "nearly 300" by
    one source. A sentence under a paragraph about Southbound that names no operation is not about Without a Trace."""
    claim = judged(run, tmp_path, "Operation Southbound ran for a year. Officers made 300 arrests.", "300")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_period_set_apart_after_a_list_dates_every_item(run: Invoke, tmp_path: Path) -> None:
    """Round 59 (heldout-334): a state's arrests and seizures of October 2023 to January 2024 were held to be ICE's 360
    arrests under Without a Trace, as of July 2021, because the period, after a comma past the last item, dated the
    last item only. No item names a period of its own: the period is all of theirs."""
    sentence = (
        "Las corporaciones estatales llevaron a cabo 360 detenciones y más de 360 aseguramientos de armas de fuego en "
        "el norte del estado, del periodo de octubre de 2023 a enero de 2024."
    )
    claim = judged(run, tmp_path, sentence, "360", "es")
    assert claim["verdict"] == "unverified", claim["note"]
    assert "ice-2021-owat-arrests" not in claim["facts"], claim["note"]


def test_a_country_s_police_count_is_not_borne_out_by_the_other_country_s(run: Invoke, tmp_path: Path) -> None:
    """Round 59 (heldout-336): Mexico's state police took nearly 2,500 long guns in a year; the record's 2,374 (or
    2,274, as another source prints it) are Mexico-bound guns seized in the U.S. in fiscal 2022, and the claim was
    called disputed on them. A sentence that says Mexico's police seized is no U.S. count."""
    sentence = (
        "Las policías estatales de los 32 estados de la federación mexicana confiscaron casi 2.500 armas largas el año "
        "pasado."
    )
    claim = judged(run, tmp_path, sentence, "casi 2.500", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_the_foreign_minister_s_title_says_nothing_of_foreign_guns(run: Invoke, tmp_path: Path) -> None:
    """Round 59 (heldout-335): the damages Mexico's suit sought, given by its foreign minister, were not judged at all:
    "Foreign" of his title was read as guns made abroad, which no figure of the suit (against U.S. makers) counts.
    The title names the ministry (an alias of the SRE), and its words say nothing else."""
    sentence = "Foreign Affairs Minister Marcelo Ebrard said the government is seeking an estimated $10 billion."
    claim = judged(run, tmp_path, sentence, "an estimated $10 billion")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["mx-lawsuit-damages-sought"]), claim["note"]


def test_an_office_named_in_the_sentence_before_ties_its_count(run: Invoke, tmp_path: Path) -> None:
    """Round 59 (heldout-334), a source of the record itself: CBP's Laredo Field Office seized 514 weapons in fiscal
    2025 (cbp-laredo-fo-firearms-fy2025), given one sentence after the office is named. A small count of a part the
    text does not name may be anyone's; one whose office the text named just before is that office's."""
    draft = (
        "Los oficiales de la CBP en la Oficina de Campo de Laredo dieron sus decomisos del año fiscal 2025. En total, "
        "incautaron 514 armas y 54,896 municiones."
    )
    claim = judged(run, tmp_path, draft, "514", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["cbp-laredo-fo-firearms-fy2025"]), claim["note"]


def test_the_day_an_operation_began_names_no_point_of_its_count(run: Invoke, tmp_path: Path) -> None:
    """Round 61 (heldout-344): Operation Northern Border's 12,424 arrests as of 11 March 2026 (ofn-arrests-2026-03-11),
    given "since its start on 5 February 2025": the day it began was read as the day of the count, a point of
    February 2025, and the claim unverified. "Desde el inicio ... el 5 de febrero de 2025" dates its start."""
    sentence = (
        "Desde el inicio de la Operación Frontera Norte el 5 de febrero de 2025, las fuerzas federales han detenido a "
        "12 mil 424 personas."
    )
    claim = judged(run, tmp_path, sentence, "12 mil 424", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["ofn-arrests-2026-03-11"]), claim["note"]


def test_a_span_open_at_its_start_is_said_so_in_a_note(run: Invoke, tmp_path: Path) -> None:
    """A count "con corte al 7 de enero de 2026" names the years up to 2026, with no start: the note said "1900–2026"."""
    sentence = (
        "Con corte al 7 de enero de 2026, desde el inicio del operativo el 5 de febrero de 2025, la Operación Frontera "
        "Norte aseguró más de 117 toneladas de droga."
    )
    claim = judged(run, tmp_path, sentence, "más de 117", "es")
    assert claim["note"] == (
        "the record has no figure of this kind for Operation Northern Border, the years up to 2026"
    ), claim["note"]


def test_a_place_named_before_ties_no_count_its_own_words_rule_out(run: Invoke, tmp_path: Path) -> None:
    """Round 60 (heldout-337): with El Paso named before, guns brought into the U.S. "de 24 a 30" a year were borne out
    by the 26 weapon seizures of CBP's El Paso office in fiscal 2025. A place named before ties an office's small
    count only where the number's own words name its kind."""
    draft = (
        "En cuanto a las armas salientes de El Paso hacia México aseguradas por la CBP, hubo 41 en diez meses. Sin "
        "embargo, se intentaron introducir 55 armas (35 cortas y 20 largas), cuando en años anteriores la cifra fue "
        "de 24 a 30."
    )
    claim = judged(run, tmp_path, draft, "de 24 a 30", "es")
    assert claim["verdict"] == "unverified", claim["note"]


def test_a_name_that_says_whose_government_names_no_speaker(run: Invoke, tmp_path: Path) -> None:
    """A helper's probe: the Defence Secretary's "aproximadamente 78%" of the guns seized up to 10 February 2026 went to
    President Sheinbaum's about 75 % of September 2025, her name read as the speaker's in "desde el inicio del
    gobierno de Sheinbaum". A name after "gobierno de" says whose term it is, not who spoke."""
    sentence = (
        "Según el secretario de la Defensa, desde el inicio del gobierno de Sheinbaum y hasta el 10 de febrero de 2026 "
        "se aseguraron 18 mil armas, de las cuales aproximadamente 78% venían de Estados Unidos."
    )
    claim = judged(run, tmp_path, sentence, "aproximadamente 78%", "es")
    assert (claim["verdict"], claim["facts"]) == ("supported", ["trevilla-us-origin-2026-02-10"]), claim["note"]
