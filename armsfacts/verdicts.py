"""What the record says of one figure of a draft: the verdict and its note.

`candidates.py` finds the recorded figures a number may be about and how surely (each a `Match`); a `Judge`
(judge.py) compares the values (each a `Judgment`, judgment.py); this module picks the verdict (an `Outcome`) and
says why, in the language in use. It reads matches and changes none.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import islice

from .bearing import ends, finely, precise
from .candidates import TOPIC_BONUS
from .chance import BOUNDS, by_chance, coincidence, misdated_by_chance, small_case_count
from .context import Context
from .i18n import _
from .judge import Judge
from .judgment import Judgment, Outcome
from .matches import Match
from .measures import MONEY
from .models import Dataset, Fact
from .notes import about, claimed, fits_elsewhere, named_figures, recorded, verdict_note, whose_unsaid
from .other_figures import FEW_OF_A_SCALE, another_year_of_its_series, printed_for_another_span, theirs_for_another
from .running import between, between_points, days_from, stood_there_before, unnamed_point, within_its_month
from .ties import (
    DIGIT_SLIPS,
    KIND_SLIPS,
    PART_LEVELS,
    how_tied,
    may_say_its_kind,
    may_say_its_quantity,
    names_it_surely,
    names_its_metric,
    of_elsewhere,
    own_count_unnamed,
    passed_on_its_way,
    printed_beside,
    says_its_quantity,
    slip_tied,
    slipped_far,
    tied_amid_many,
    tied_beyond_agency,
    tied_beyond_place,
    tied_or_named,
    ties_its_period,
    writes_both_ends,
)

TIE = 0.5  # candidates this close in score are told apart by their value only
NEAREST = 3  # figures named where the text does not say which it is about: the best fitting, not every tie
MISTYPED_DIGITS = 5  # a number written to this many digits that a slipped digit turns into a printing is it mistyped
MISTYPED_TIED_DIGITS = 4  # ... and one written to this many, where the text ties the figure by its own words


def verdict_of(ds: Dataset, written: str, matches: Sequence[Match], of: Judge, kind_fits: bool = False) -> Outcome:
    """The verdict, the figures judged against, the sources agreed with, the slip, and the note (`kind_fits`: the
    record holds figures of the kind, none of the part or period the text names: Candidates.kind_fits)."""
    context = of.context
    if context.another_operation:
        return Outcome("unverified", [], [], None, _("the text is about an operation the record holds no figures of"))
    if not matches and kind_fits:  # "entre 2024 y 2025, 11 rutas": the record's 11 are as of a day in May 2025
        note = _("the record has no figure of this kind for {claimed}").format(claimed=claimed(ds, context))
        return Outcome("unverified", [], [], None, note)
    if not matches:
        return Outcome("unverified", [], [], None, _("the record has no figure of this kind"))
    # (nor a figure of the other kind, a change for a share, that the claim's value is not: another quantity)
    clean_matches = [m for m in matches if m.conflict is None and not of.another_kind(m)]
    # (or where every figure in the running is of a part the text does not name: "In 2024, Operation Last Mile led to
    # 3,337 arrests" is its total of May 2022 to May 2023, misdated, not one of its divisions' undated counts)
    parts_only = bool(clean_matches) and all(m.narrower for m in clean_matches)
    if not clean_matches or parts_only:
        # named as surely as a contradiction needs (names_it_surely: no running count at another month, nor a unit
        # unnamed); nor is a bound, which many figures meet, a mix-up ("over 1,200" under Operation Northern Border is
        # no BSCA's more than 1,300), nor a round figure where no operation is named ("11 mil municiones" in a
        # November are no fiscal 2023's 11,205)
        # (nor an "about", which meets many figures within its tolerance)
        strong = (
            m
            for m in matches
            if (of.digits or context.initiatives)
            and names_it_surely(m)
            and of.n.bound not in (*BOUNDS, "approximate")
            and not (parts_only and m.conflict is None)
        )
        # (nor another operation's figure where the operation named holds figures of that metric at other days: "in
        # February 2026, Operation Northern Border had seized 8,500 firearms" is its count of a day the record lacks,
        # not Last Mile's 8,496)
        its_own = {m.profile.fact.metric for m in matches if m.initiative_named}
        # a figure of no operation given to one is no mix-up: the record may not know whose it is
        # (nor one case's small count: "two men arrested in 2012" are another case, not a Laredo pair of 2025 misdated)
        repeated = [
            c
            for c in of.bearing_out(strong)
            if (c.match.conflict != "initiative" or (c.profile.initiative and c.fact.metric not in its_own))
            and not small_case_count(of, c)
            and not misdated_by_chance(of, c)
        ]
        if repeated:  # the record's own figure, given to another period or initiative
            c = max(repeated, key=lambda c: c.score)
            note = _("the record gives {figure} for {context}, not for {claimed}").format(
                figure=recorded(ds, c.fact), context=about(ds, c.fact), claimed=claimed(ds, context)
            )
            return Outcome("contradicted", [c], _agreeing(c), c.match.conflict, note)
    if not clean_matches:
        # a running count named at another day: the record holds it at its own days, the nearest first
        other_days = sorted((m for m in matches if m.other_day), key=lambda m: (days_from(m, context), -m.score))
        other_days = other_days[:NEAREST]
        if other_days:
            figures = named_figures(ds, [m.profile.fact for m in other_days])
            note = _("the record gives this count only at other days: {figures}").format(figures=figures)
            return Outcome("unverified", of.all(other_days), [], None, note)
        note = _("the record has no figure of this kind for {claimed}").format(claimed=claimed(ds, context))
        return Outcome("unverified", [], [], None, note)
    best = max(m.score for m in clean_matches)
    top = sorted(of.all(m for m in clean_matches if m.score >= best - TIE), key=lambda c: -c.score)
    # Where the words fit a figure of another scale best (OTHER_SCALE), the best-fitting figures of the claim's
    # scale are in the running too: to bear it out, or to show a slipped digit, never to contradict it otherwise.
    scaled: list[Match] = []
    if any(c.far for c in top):
        by_score = sorted(clean_matches, key=lambda m: -m.score)
        best_in = next((m.score for m in by_score if not of.far(m)), None)
        if best_in is not None:
            scaled = [
                m for m in by_score if m.score >= best_in - TIE and not of.far(m) and all(m is not t.match for t in top)
            ]
    # (a round figure of a scale the record holds many figures of, that nothing in the text ties to, bears out
    # none: "nearly 30,000 firearm deaths a year" is not the more than 28,000 guns entered into eTrace; "$10
    # billion", the record's one figure of that scale, is the damages Mexico sought)
    loose = of.n.vague  # "thousands": ties of their own decide (Judge._judge)
    sure = precise(of.value) and of.n.bound in ("exact", "approximate")  # not "más de 8 mil 728", any larger

    @cache
    def crowded() -> bool:  # asked only where there is something to leave out: far() of every match is not free
        of_scale = (m for m in clean_matches if not of.far(m))
        return not (loose or sure) and len(list(islice(of_scale, FEW_OF_A_SCALE + 1))) > FEW_OF_A_SCALE

    if scaled and crowded():
        # (nor one whose kind the number's own words rule out, tied however: "321 were traced to distributors" in
        # 2019-2020 are not the 321 firearms CBP seized in fiscal 2020)
        scaled = [m for m in scaled if tied_or_named(m) and not m.fit.foreign]
    # A range the record prints end for end is that figure, however the words fit: "entre el 70 y el 90 por ciento"
    # of the guns at crime scenes is the suit's 70-90 %, not the GAO's 87 % that lies inside it.
    if of.n.bound == "range" and not of.n.vague:  # (not "miles": the record's own "thousands" are another matter)
        ranges = [c for c in of.bearing_out(clean_matches) if _prints_range(of, c)]
        if ranges:
            return _supported(ds, written, of, ranges)
    # (nor one of a unit the sentence does not name, where it names another: "of the firearms recovered, about
    # 4,300 were bound for Mexico" says nothing of the more than 4,000 Mexican officials trained)
    fitting = [c for c in top if c.verdict in ("supported", "disputed") and not of.printed_by_another(c.match)]
    # (nor, in a unit of measure, one missing the word that sets its kind apart: what is weighed is the substance, and
    # 3,250 kg of chemicals for methamphetamine are no fentanyl powder)
    weighed = context.measure is not None and context.measure.dimension not in MONEY
    fitting += of.bearing_out(m for m in scaled if not m.fit.unit_unsaid and not (weighed and m.fit.missing))
    # A figure the person the sentence names (or points back at) gave is in the running however the words fit:
    # Salazar's "aproximadamente el 70 por ciento ... fabricadas en Estados Unidos" is his 70 % of 2023, not a 2009
    # share of U.S.-made guns (not for a bound, which any larger figure he gave meets: "más de 293 mil").
    if of.n.bound not in BOUNDS:
        spoken = (
            m for m in clean_matches if (m.speaker_named or m.speaker_before) and all(m is not c.match for c in fitting)
        )
        fitting += of.bearing_out(spoken)
    # (nor a share whose label the words name nothing of: "es decir un 70 por ciento" of long guns seized in 2022 is
    # not the 70 % of guns from the U.S. said that year; nor one whose sentence counts another thing and none of its
    # whole: one in three of 40,000 cartridges is no share of firearms)
    # (nor a share of U.S. origin where the sentence names no U.S. but a place whose share it holds: "about 70 percent
    # of traced guns came from Texas" is no share of the nation's)
    placed = any(t.profile.specific & context.for_parts for t in top)

    def the_nation_s(c: Judgment) -> bool:  # the U.S.-origin share of a whole country, where a place's is meant
        return placed and c.match.fit.us_unsaid and not c.profile.specific

    fitting = [
        c
        for c in fitting
        if not by_chance(of, c, top)
        and not of_elsewhere(c.match)
        # (nor, for an "about" or a "nearly", another agency's figure: "La Sedena dijo que aproximadamente el 70%" is
        # no GAO's 68 %, "DEA agents confiscated almost $30 million" no ICE's $28 million;
        # nor, for any bound, one with no period of its own that its source's year alone ties: "casi 56 mil armas
        # incautadas por la FGR entre 2020 y 2022" are not the 56,000 the GAO reported in 2021)
        and not (
            c.match.other_agency
            and not c.match.initiative_named
            and (of.n.bound in ("approximate", "nearly") or (of.n.bound != "exact" and c.match.period_unknown))
        )
        and not (of.n.percent and (c.match.fit.label <= 0 or c.match.fit.whole_unsaid))
        and not _of_another_actor(ds, c, context)
        and not the_nation_s(c)
        # (nor one case's count untied to it: Juárez police's "more than 300 guns" in 2025 are no Laredo trailers')
        and not (c.profile.scope == "case" and c.profile.places and c.match.narrower and not _tied_to_its_case(c))
    ]
    if fitting and crowded():
        # ... nor does a bound or a round figure, which many figures meet, where words fit it as weakly as any ("más
        # de 8 mil 728 establecimientos" and Operación Frontera Norte's 8,854 firearms: ties.tied_amid_many). "Nearly"
        # and a narrow range write both ends: with the metric named, "nearly 650,000 rounds ... intercepted" is the
        # ATF's 648,975 (not "nearly 30,000 rounds" of one case, naming nothing of El Paso's 28,788 seized outbound).
        both_ends = writes_both_ends(of.n)
        fitting = [
            c
            for c in fitting
            if (tied_amid_many(c.match, of.n) or (both_ends and names_its_metric(c.match)) or _printed_so(of, c))
            and not passed_on_its_way(c.match, of.n.bound)
            # (nor places left unnamed, where nothing but the agency ties it: an agency counts at many places)
            and not (c.match.narrower and c.profile.places and not tied_beyond_agency(c.match))
        ]
    if fitting:
        return _supported(ds, written, of, fitting)
    # A figure written to PRECISE_DIGITS (agreement.py) or more that a recorded printing bears out is that figure,
    # however the words fit: "dos millones 12 mil 573" is the record's more than 2,012,000, not a figure it contradicts.
    # (the claim's value is each figure's own only when converted from another unit of measure)
    fine_share = of.n.percent and finely(of.value)  # "32.5 %": a share to a tenth is as surely one printing
    # (not "some 1,319" people, which 1,334 firearms would bear out: an "about" is that sure only in another unit)
    approximate = of.n.bound == "approximate" and context.measure is not None
    if (of.n.bound == "exact" or approximate) and (context.measure is not None or precise(of.value) or fine_share):
        finely_borne = [
            c
            for c in of.bearing_out(clean_matches)
            if (precise(c.claimed_value) or fine_share)
            # ("70.5 percent of the guns traced in Mexico were bought in Texas" is no ATF's 70.5 % of U.S. origin)
            and not the_nation_s(c)
        ]
        if finely_borne:
            return _supported(ds, written, of, finely_borne)
    # ... and one written to MISTYPED_DIGITS or more that a slipped digit turns into a printing of a figure of the
    # kind its own words name, or of the operation the text is about, is that figure mistyped, however else the
    # words fit: "38 millones 274 mil 950 dólares" for Without a Trace's 28,274,950 (no figure bears it out, or it
    # would have been found above). Not a point of a running count at a day the text does not name: the count at
    # another day may differ by a digit.
    # (not while a running count the text ties, of its kind, has points on both sides: the Security Cabinet's "21,868
    # magazines" are Operation Northern Border's at a day between its 20,638 and 24,714, no slip of another's 31,868)
    # A number written to MISTYPED_TIED_DIGITS only is that figure mistyped where the text itself ties it: "Operation
    # Last Mile made 4,337 arrests" (its 3,337), not "agents made 3,373 arrests", which any year's count may be.
    if of.digits and precise(of.value, MISTYPED_TIED_DIGITS):
        finely_written = precise(of.value, MISTYPED_DIGITS)
        # (its kind named best, or with all that sets it apart: "aseguraron" 11,112 is no slip of 18,112 bought; a
        # kind whose label the words name only by its unit, "armas de fuego", names nothing better)
        best_label = max((m.fit.label for m in clean_matches if not m.fit.unit_only), default=0.0)

        def of_scale(m: Match) -> bool:  # a figure a slip may be of: not a running count's undated point, nor far
            return not m.day_unsaid and not of.far(m)

        of_its_kind = (
            m
            for m in clean_matches
            if (may_say_its_kind(m) or m.initiative_named)
            and of_scale(m)
            and (m.fit.label >= best_label or not m.fit.missing)
        )

        # (and, where the text ties it to none and the metric holds several figures of the claim's scale, a slip
        # that moves the value by ABOUT or more: other years' or agencies' counts of a thing fall that close, and
        # 10,085 seized in some year is a slip of INEGI's 10,185 of 2023 by chance alone)
        def tied_so(c: Judgment) -> bool:  # tied as surely as the digits written need (MISTYPED_TIED_DIGITS)
            if not finely_written:
                return slip_tied(c.match)
            kin = (m for m in clean_matches if m.profile.fact.metric == c.fact.metric and of_scale(m))
            return c.match.identified or slipped_far(c) or len(list(islice(kin, FEW_OF_A_SCALE + 1))) <= FEW_OF_A_SCALE

        mistyped = [
            c
            for c in of.all(of_its_kind)
            if c.near in DIGIT_SLIPS
            and c.verdict == "contradicted"  # (not one a printing bears out: "the article says 8,496; the DEA 8,497")
            and tied_so(c)
            # (nor another year's of a series, its years unnamed, but for digits too many for chance: "34 mil 236")
            and not (another_year_of_its_series(c.match, clean_matches) and not finely_written)
            # (nor one of a place or office the sentence does not name, tied by no more than its agency: "2,455 weapons
            # traces ... purchased in the United States, according to the ATF" are no mistyped 2,452 traced to Houston)
            and not (c.match.narrower and c.profile.scope in PART_LEVELS and not tied_beyond_agency(c.match))
        ]
        if mistyped and not between_points(ds, of, clean_matches):  # (asked only of a slip found: see above)
            c = max(mistyped, key=lambda c: c.score)
            before = stood_there_before(ds, of, c, matches)
            if before:
                return between(ds, before)
            return Outcome("contradicted", [c], [], c.near, verdict_note(ds, written, c))
    # A figure the record holds, of a kind the text fits about as well, with nothing in its own sentence against it,
    # is not called wrong because an earlier sentence's topic (worth TOPIC_BONUS) pointed at another figure. The same
    # holds when the only tie is a kind slip (a change read as a share) and the record has a figure of the kind the
    # text means (its label named, nothing that sets it apart missing); a sentence that itself names the figure wins.
    against = [c for c in top if c.verdict == "contradicted"]
    kind_slip = bool(against) and all(c.near in KIND_SLIPS for c in against)
    weak = kind_slip or not any(c.match.named for c in top)
    if weak:
        supported_elsewhere = [
            c
            for c in of.bearing_out(
                m
                for m in clean_matches
                if (kind_slip and may_say_its_kind(m) and not m.fit.missing)
                or m.score >= best - TOPIC_BONUS - TIE
                # (or one the sentence itself ties by more than a place: "78 por ciento ..., informó la Sedena")
                or (tied_beyond_place(m) and may_say_its_kind(m))
            )
            # (nor one of a unit the sentence does not name, where it names another: "nearly 16,000" firearms)
            if not by_chance(of, c, top) and (not crowded() or tied_or_named(c.match)) and not c.match.fit.unit_unsaid
        ]
        # (where the paragraph's operation ties the best fitting, a figure its label alone names bears the claim out
        # no more than the operation's own rules it out: "nearly 9,500 firearms" among Last Mile's seizures is
        # neither SEDENA's 9,515 of 2020 nor surely a wrong Last Mile figure; nor is it borne out where many meet it)
        on_topic = any(c.match.topical for c in top)
        if on_topic and supported_elsewhere and not any(c.match.identified for c in supported_elsewhere):
            return _undecided(ds, [*top[:1], *supported_elsewhere])
        # (another country's or operation's may keep the topic's figure from being called wrong, and bears nothing out)
        supported_elsewhere = [
            c
            for c in supported_elsewhere
            if (not crowded() or tied_amid_many(c.match, of.n)) and not _of_another_actor(ds, c, context)
        ]
        if supported_elsewhere:
            return _supported(ds, written, of, supported_elsewhere)
    # A kind slip (a change read as a share) explains a miss only where no figure of the kind the
    # text means is in the running.
    slips = [c for c in top if c.near is not None and (kind_slip or c.near not in KIND_SLIPS)]
    slips += [c for c in of.all(scaled) if c.near in DIGIT_SLIPS]
    if slips and (before := stood_there_before(ds, of, slips[0], matches)):
        return between(ds, before)
    # A text that names no part (a division, a city) speaks of the whole: judge it by the one figure of the whole.
    whole = [c for c in top if not c.match.narrower and (kind_slip or c.near not in KIND_SLIPS)]
    # A figure of another scale (OTHER_SCALE) is not what the text means while one of the claim's scale ties by
    # its own period or operation: "about 40,000 traced in 2011" is the year's 20,000 traced, not the year's
    # 14,000 made in the U.S. (a figure with no period of its own, said in a year named, ties by no period). One
    # of a part the sentence names stays: "Arizona and New Mexico" may be both states' figures together.
    if any(not c.far and (c.match.years_named or c.match.initiative_named) for c in whole):
        whole = [c for c in whole if not c.far or c.profile.specific & context.weights.keys()]
    # Of figures the words fit alike, the one the text ties to (its operation, then years, agency, speaker, part).
    whole.sort(key=how_tied, reverse=True)
    alone = len(whole) == 1 or (len(whole) > 1 and how_tied(whole[0]) > how_tied(whole[1]))
    # (or tied alike, by the operation named, to figures of one metric and value: "a los 42 estados" of Mission
    # Firewall is its goal of all 32, whichever of the record's two figures of that goal the text means)
    alike = [c for c in whole if how_tied(c) == how_tied(whole[0]) and c.match.initiative_named]
    alone = alone or (bool(alike) and len({(c.fact.metric, c.fact.value, c.verdict) for c in alike}) == 1)
    chosen = slips[0] if slips else whole[0] if whole and alone and whole[0].identified else None
    elsewhere: list[Judgment] = []
    if chosen is not None and chosen.verdict == "contradicted":
        # no contradiction while another figure the text as surely speaks of bears it out
        # (not one of a part the text leaves unnamed where it names every part of the chosen: Omaha's 87 arrests
        # bear out nothing said of the El Paso Division)
        names = context.weights.keys()
        own_parts = bool(chosen.profile.specific) and chosen.profile.specific <= names
        bearing = [
            c
            for c in of.bearing_out(m for m in clean_matches if may_say_its_quantity(m))
            if says_its_quantity(c) and not (own_parts and c.profile.specific - names) and not coincidence(of, c)
        ]
        if bearing:
            return _supported(ds, written, of, bearing)
        # the record's own figure of the kind its words name, for another operation or period (not of another kind)
        elsewhere = [
            c
            for c in of.bearing_out(m for m in matches if m.conflict is not None and may_say_its_kind(m))
            if c.verdict == "supported"
        ]
        # (mixed up with the same metric's figure only, written to its units: "the 2,000 weapons" of Fast and Furious
        # are no GAO's 20,000 traced mixed up; a round "3 mil 500" meets another period's 3,538 by rounding alone)
        mixed_up = of.digits and any(e.fact.metric == chosen.fact.metric for e in elsewhere)
        # (nor of a figure while the words name better another kind's, which the record gives for another period:
        # "no purchaser was found for 6,572 traced firearms" in 2022 is 2024's, not 18,000 linked to a purchase)
        named_better = any(e.match.fit.label > chosen.match.fit.label for e in elsewhere)
        # (nor of a share of the rest, "the remaining 30 percent" of guns not from the U.S., against the U.S. share;
        # nor of a whole whose part, given next, the record prints: "165 mil 874 solicitudes, de las que 97 mil 791")
        part_printed = context.whole_of_next and of.printed_by_another(chosen.match)
        other = (context.complement and not chosen.profile.change) or part_printed  # another quantity, said so
        # (nor of a whole whose part is given before it, where the words of the figure's kind beyond its unit are the
        # part's: in "68,000 of 99,000 seized guns had come from the U.S.", 99,000 are no guns of U.S. origin)
        other = other or (
            context.whole_of_part and not (chosen.profile.own_words - chosen.profile.unit_words) & context.after_stems
        )
        # (nor, where the chosen is no point of a running count, while the claim is one's point at another day: "Seis
        # mil 582 ... hasta el 24 de febrero" is the record's count at 25 February, not CBP's 579 of those months)
        other = other or (chosen.profile.day is None and any(e.match.other_day for e in elsewhere))
        said = says_its_quantity(chosen, mixed_up=mixed_up) and ties_its_period(chosen, context)
        # (nor, in the other kind, where the noun after the number is another thing: "ampliaron 36% sus operativos"
        # changed the operations, and says nothing of the share of guns traced to a purchase)
        said = said and not (chosen.near in KIND_SLIPS and context.head not in (None, *chosen.profile.own_words))
        said = said and not own_count_unnamed(chosen) and not another_year_of_its_series(chosen.match, clean_matches)
        if named_better or other or not said:
            chosen = None  # the text does not itself say it speaks of this quantity: no verdict against it
    if chosen is None and context.together:
        # the figure a source printed beside the sentence's other figures, which that source's printings bear out;
        # not while the record holds the value for a like figure: "Houston (2 mil 156); Tucson (2 mil 452)" swaps two
        # cities' counts, and "el 74% ... de Texas" gives Texas the three states' share, no slip of Texas's 43 %
        shared = [c for c in top if printed_beside(c, context)]
        if (
            len({c.fact.id for c in shared}) == 1
            and all(c.verdict == "contradicted" for c in shared)
            and not theirs_for_another(ds, shared[0], context)
        ):
            c = shared[0]
            note = verdict_note(ds, written, c) + "; " + _("the sentence's other figures are those sources' too")
            return Outcome("contradicted", [c], [], c.near, note)
    if chosen is None:
        # an operation's running count the text names, with points on both sides of the claim: those two, not its first
        # points ("some 3,787 suspects" arrested since Operation Northern Border began lie between its counts of 18 and
        # 30 May 2025). Not a count its agency alone ties: "La Sedena aseguró 780 armas" may be any of its counts.
        if points := between_points(ds, of, [m for m in clean_matches if m.initiative_named]):
            return between(ds, points)
        # (not a figure whose kind the number's own words rule out, while one they do not is in the running; those of
        # the claim's scale first: "70 per cent" of guns from the U.S. is no 2.2 % of U.S. gun sales, however it fits)
        undecided = [c for c in top if not c.match.fit.foreign] or top
        return _undecided(ds, sorted(undecided, key=lambda c: c.far))
    if chosen.verdict == "contradicted" and (points := within_its_month(ds, of, chosen, matches)):
        return between(ds, points)
    # (nor, where the text names neither the day nor the month a running count stood at, any value of the count:
    # "since Oct. 1, 2024, Mexico has seized 17,500 firearms" is its count some day between 8 September and 31 December
    # 2025, and 30,000 may be one after the record's last)
    if chosen.verdict == "contradicted" and unnamed_point(ds, chosen, matches, context):
        if points := between_points(ds, of, matches):
            return between(ds, points)
        note = _("the record gives this count only at other days: {figures}")
        return Outcome("unverified", [chosen], [], None, note.format(figures=named_figures(ds, [chosen.fact])))
    # (nor a value the record prints for the metric over an overlapping span: the text may give that figure's span
    # wrongly, and the record cannot tell which it means)
    if chosen.verdict == "contradicted" and (spans := printed_for_another_span(ds, chosen)):
        return _undecided(ds, [chosen], spans)
    note = verdict_note(ds, written, chosen)
    if chosen.verdict == "contradicted" and elsewhere:
        note += "; " + fits_elsewhere(ds, written, elsewhere[0].fact)
    return Outcome(chosen.verdict, [chosen], _agreeing(chosen), chosen.near, note)


def _tied_to_its_case(c: Judgment) -> bool:
    """Whether a case's figure is tied by its place, named here or before, or by whose it is (its agency, speaker)."""
    return c.match.place_before or c.match.whose_said


def _of_another_actor(ds: Dataset, c: Judgment, context: Context) -> bool:
    """Whether a figure is another country's than the one the sentence says seized ("EEUU aseguró más de 4 mil armas"
    bound for Mexico are not the 4,981 seized in Mexico from October 2024), or of another operation than the one the
    paragraph is about, where the sentence names neither ("Operation Southbound ran for a year. Officers made 300
    arrests" are not Without a Trace's "nearly 300")."""
    about = any(ds.initiative_by_id[i].kind == "operation" for i in context.topic if i in ds.initiative_by_id)
    other = c.profile.operation and c.profile.initiative not in context.topic and not c.match.initiative_named
    return c.match.other_country or (about and not context.topic_carried and other)


def _printed_so(of: Judge, c: Judgment) -> bool:
    """Whether a source prints the figure as the claim is written, bound and value: "up to $10 billion" of the damages
    Mexico's suit sought, which one source prints so, is that figure, among the many a bound meets. (Not an operation's
    figure the text does not name: a case's "más de 500 armas" are not Without a Trace's "over 500 firearms".)"""
    if of.n.bound not in BOUNDS or (c.profile.operation and not c.match.initiative_named):
        return False
    if c.match.fit.foreign:  # (of what the number's own words count: "more than 340,000 murders" are no guns)
        return False
    return any(p.bound == of.n.bound and float(p.value) == c.claimed_value for p in c.profile.printed)


def _prints_range(of: Judge, c: Judgment) -> bool:
    """Whether a printing of the figure is the claim's range, both ends alike, in the claim's own unit."""
    return c.claimed_value == of.value and any(p.bound == "range" and ends(p) == ends(of.n) for p in c.profile.printed)


def _undecided(ds: Dataset, nearest: Sequence[Judgment], others: Sequence[Fact] = ()) -> Outcome:
    """Unverified, naming the first NEAREST figures the text may be about (and `others` it may be, not in the running:
    a figure of another span that prints its value)."""
    nearest = nearest[:NEAREST]
    figures = named_figures(ds, [*others[: NEAREST - 1], *(c.fact for c in nearest)])
    note = _("the text does not say which of the record's figures it is about: {figures}").format(figures=figures)
    return Outcome("unverified", list(nearest), [], None, note)


def _supported(ds: Dataset, written: str, of: Judge, bearing: Sequence[Judgment]) -> Outcome:
    """The verdict of the figure a claim speaks of (_best) among those that bear it out. Where nothing in the text
    says whose it is, the other figures of its metric printing its value are named: a stated "70 %" is one of a
    dozen officials' 70 %, and the one named first is no more the text's than they are."""
    c = _best(of, bearing)
    same = (c.fact.metric, c.fact.value)
    alike = [o.fact for o in bearing if o is not c and not o.match.identified and (o.fact.metric, o.fact.value) == same]
    unsaid = whose_unsaid(ds, [] if c.match.identified else alike[:NEAREST])
    return Outcome(c.verdict, [c], _agreeing(c), None, verdict_note(ds, written, c) + unsaid)


def _best(of: Judge, bearing: Sequence[Judgment]) -> Judgment:
    """Of the figures that bear a claim out, the one it speaks of: supported before disputed, then the one the text
    ties (how_tied), then one that prints a claim written finely as written ("70.5 percent" of traces in 2024 is the
    ATF's 70.5 %, not the 70 % the president said that year), then the best fitting words, then one of the years the
    text named last (Arizona's 22 % of a report of 2024-2025, not the NFCTA's), then the nearest value (_distance)."""
    fine = finely(of.value) or precise(of.value)

    def rank(c: Judgment) -> tuple[bool, tuple[bool, bool, bool], bool, float, bool, float]:
        distance, last = _distance(of, c), c.match.years_last_named
        return c.verdict == "supported", how_tied(c), fine and distance == 0, c.score, last, -distance

    return max(bearing, key=rank)


def _distance(of: Judge, c: Judgment) -> float:
    """How far the claim lies from the figure's nearest printing, relative to the claim: of figures that bear it out
    alike, the nearest is what it says ("more than 68,000" of 68,161 traced in 2007-2011, not 73,684 of 2009-2014;
    "70% to 90%" of a printing of that range, not of 70 %). A range is as far as its two ends."""
    low, high = ends(of.n) if of.n.bound == "range" else (c.claimed_value, c.claimed_value)
    nearest = min(abs(a - low) + abs(b - high) for a, b in map(ends, c.profile.printed))
    return nearest / max(abs(c.claimed_value), 1.0)


def _agreeing(c: Judgment) -> list[str]:
    """The sources whose own figure implies the claim (not those that merely leave room for it)."""
    return [sid for sid, v in c.verdicts.items() if v == "supported"] if c.verdict != "contradicted" else []
