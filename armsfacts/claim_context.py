"""Reading what a sentence says around one number (a `Context`, context.py).

`read_context` reads it: the number's own words first (right after it weigh most, just before it
less, the rest of the sentence least), what it counts, the years, agencies and people named, and
what earlier sentences still say (`Earlier`). Whether a figure can be its quantity is asked in
quantity_fit.py; `candidates.py` scores the figures that pass; `verdicts.py` judges their values.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import measures
from .clauses import (
    MOSTLY,
    clause,
    clause_end,
    compared,
    in_parentheses,
    listed,
    named_before,
    of_a_part,
    part_of,
    part_of_first,
)
from .context import Context, Earlier
from .names import countries_acting
from .numberwords import ARTICLES
from .numerals import Numeral
from .places import names_a_part
from .profiles import Profiles
from .query import fold
from .sentences import Sentence
from .time_words import (
    CLAUSE_BREAK,
    PER_YEAR,
    TIME_NOUNS,
    YEARLY,
    YEARLY_AFTER_NOUN,
    YEARS_BACK,
    dates_a_start,
    dates_a_statement,
    days_counted,
    months_counted,
    opens_a_span,
    opens_with_rate,
    own_day,
    sub_year_rate,
    yearly_before,
    years_counted,
)
from .uncounted import UNCOUNTED_ACT, UNCOUNTED_STEMS, UNCOUNTED_THINGS
from .wording import (
    AGENCY_BACK,
    CHANGED,
    COMPARISON,
    CONTRAST,
    FALL,
    GOALS,
    MADE_UP,
    NEGATION,
    NEW_SUBJECT,
    OF_CASES,
    OF_WHICH,
    PERIOD_BACK,
    PERSON_BACK,
    REPORTS,
    RESTATED,
    RISE,
    SAME_FIGURE,
    SHARE,
    SHARE_NOUNS,
    TO_NEXT,
    WHOLE_BACK,
    content_stem,
    counted_noun,
    days_named,
    months_named,
    rest_of_whole,
    stem,
    words,
    years_named,
)

# What says a label that denies ("no purchaser identified"): "without an identified buyer" too, though it negates no
# words of its own ("would go out of business without Mexico's demand" still says that demand)
DENIAL = NEGATION | {"without"}
# Where a word stands from the number, and so how much it says of what the number counts.
AFTER = 1.0  # its own words: "655 investigations"
JUST_BEFORE = 0.9  # the word right before: "has intercepted 3,823"
BEFORE = 0.6  # the rest of its own words before it
ELSEWHERE = 0.3  # anywhere else in the sentence: it may be another number's word
OWN_WORDS = 6  # how many words after a number are its own
LIST_REACH = 4  # how many figures on each side in a list may own a part's name ("43 % de Texas, 22 % de Arizona")
NEGATED_REACH = 3  # words after a negation it denies: "were not submitted for tracing", "no fueron enviadas a rastreo"
# A sum of figures the text gives, said before a figure: "add up to 31,166, about 30 percent", "together seized"
SUMMED = frozenset(filter(None, map(content_stem, ("add", "adds", "added", "combined", "together", "conjunto"))))
UN_WORD = 5  # letters a word of "un-" has past them: "unidentified" denies, "unos" does not
OWN_NOUNS = 4  # how many words after a number may name what it counts ("nine firearms trafficking task forces")
# The word before a number that a change reached ("rose to 72 percent"); Spanish "a" only after the verb of the
# change ("subió a 40 mil"): "a 14 percent drop" is a change.
LEVEL_REACHED = frozenset({"to", "al", "hasta"})
OF_THE = re.compile(r"(?i)\s*(?:%|percent|per cent|por ciento)?\s+(?:of|de)(?:\s+(?:the|los|las))?\s+")
FOR_USE = frozenset({"for", "para"})  # what follows is what the counted things are for: "cartuchos para armas"


@dataclass(frozen=True)
class SentenceNames:
    """What a whole sentence names, read once for all its numbers."""

    initiatives: frozenset[str]
    agencies: frozenset[str]
    people: frozenset[str]
    weights: dict[str, float]  # every content word of the sentence at ELSEWHERE
    another_operation: bool = False  # it names an operation the record holds nothing of, and none it does
    name_stems: frozenset[str] = frozenset()  # the words of the operations' names it writes: "Trace" of Without a Trace
    first_change: int | None = None  # where its first word of a change (CHANGED) starts: "investigations rose ..."
    part: bool = False  # it names a part of a country or agency that it counts: a division, a state, a port
    points_at_person: bool = False  # it points back at a person an earlier sentence named: "el funcionario"
    reports: bool = False  # it reports what someone said or found: "a senator said", "una encuesta reveló" (REPORTS)
    denies: bool = False  # a word of it denies: "no", "sin", "never", "unidentified"
    acting: frozenset[str] = frozenset()  # the countries it says seized something: "EEUU aseguró" (countries_acting)


def sentence_names(record: Profiles, text: str, sentence: Sentence) -> SentenceNames:
    """The initiatives, agencies and people a sentence names, and its words."""
    raw = text[sentence.start : sentence.end]
    folded = fold(raw)
    agencies, agency_names = record.agencies_named(raw, folded)
    people = record.people_in(folded)
    name_stems = set(record.initiative_name_stems(raw, folded))  # "Without a Trace" names no traced firearms
    found = words(text, sentence.start, sentence.end)
    # ... nor does an agency's name, where its words are said nowhere else: "the Bureau of Alcohol, Tobacco, Firearms
    # and Explosives seized 40,000 cartridges" says nothing of firearms
    in_names = Counter(key for name in agency_names for w in name.split() if (key := content_stem(w)))
    if in_names:
        said = Counter(key for _s, _e, word in found if (key := content_stem(word)) in in_names)
        name_stems |= {key for key, times in in_names.items() if said[key] <= times}
    weights = {
        key: ELSEWHERE for _s, _e, word in found if (key := content_stem(word)) is not None and key not in name_stems
    }
    initiatives = record.initiatives_in(raw, folded)
    another = not initiatives and record.names_another_operation(raw, folded)
    # (not a change of a share, whose figures are its levels: "disminuyó el porcentaje de armas ... (74 % en 2017 a
    # menos del 66 % en 2023)", "the share of guns ... fell")
    first_change = next(
        (
            start
            for at, (start, _e, word) in enumerate(found)
            if fold(word) in CHANGED and not SHARE_NOUNS & {fold(w) for _s, _e, w in found[max(0, at - 4) : at + 3]}
        ),
        None,
    )
    return SentenceNames(
        initiatives,
        agencies,
        people,
        weights,
        another,
        frozenset(name_stems),
        first_change,
        part=names_a_part(text, sentence.start, sentence.end),
        points_at_person=PERSON_BACK.search(text, sentence.start, sentence.end) is not None,
        reports=REPORTS.search(text, sentence.start, sentence.end) is not None,
        denies=any(fold(w) in DENIAL or (fold(w).startswith("un") and len(w) > UN_WORD) for _s, _e, w in found),
        acting=countries_acting(raw),
    )


def read_context(
    record: Profiles,
    text: str,
    sentence: Sentence,
    inside: Sequence[Numeral],
    figures: Sequence[Numeral],
    i: int,
    names: SentenceNames,
    earlier: Earlier,
    lang: str = "en",
) -> Context:
    """What the sentence says around its i-th figure: its own words first, then the rest."""
    n = figures[i]
    own_start, own_end = clause(text, sentence, figures, i)
    weights = dict(names.weights)

    def key_of(word: str) -> str | None:  # a word's stem, unless it is a word of an operation's name there
        key = content_stem(word)
        return None if key in names.name_stems else key

    def weigh(found: Iterable[tuple[int, int, str]], weight: float) -> None:
        for _start, _end, word in found:
            key = key_of(word)
            if key is not None:
                weights[key] = max(weights.get(key, 0.0), weight)

    # a year at or past the next figure, a clause away or after "to", is that figure's: "22 now, and 10 more by 2026",
    # "from 9,515 to 12,000 in 2021" (with neither, both figures': "7,000 firearms with 1,000 magazines in 2022")
    next_start = figures[i + 1].start if i + 1 < len(figures) else None
    rest_end = clause_end(text, n.end, next_start or sentence.end)  # its clause goes on to the next figure or a ";"
    to_next = next_start is not None and TO_NEXT.fullmatch(text, n.end, next_start) is not None
    years_end = next_start if next_start is not None and (own_end < next_start or to_next) else sentence.end
    if next_start is not None and CONTRAST.search(text, own_end, next_start):
        years_end = own_end  # ... and one after "mientras que", "while": "21 mil 751, mientras que en 2020 ..."
    if compared_after := COMPARISON.search(text, n.end, years_end):
        years_end = compared_after.start()  # ... or a comparison's other term: "three times the 253,000 of 2010-2012"
    # what another figure's own clause says after it is its own: "43 % de Texas, 22 % de Arizona" (a subject
    # before them all is theirs alike: "the Omaha Division made 87 arrests and seized 60 firearms")
    # (not where this figure is a share of what the one before counts: "4 mil 850 armas solo en Sinaloa, cifra que
    # representa el 20 por ciento")
    same_figure = n.percent and i > 0 and SAME_FIGURE.search(text, figures[i - 1].end, n.start) is not None
    # (nor where the next figure restates it in another unit: "91 mil libras (unos 40 mil kilos) de metanfetamina")
    restated = i + 1 < len(figures) and RESTATED.fullmatch(text, n.end, figures[i + 1].start) is not None
    others = {
        key
        for j in range(max(0, i - LIST_REACH), min(len(figures), i + LIST_REACH + 1))
        if j != i and not (same_figure and j == i - 1) and not (restated and j == i + 1)
        for _s, _e, w in words(text, figures[j].end, clause(text, sentence, figures, j)[1])
        if (key := content_stem(w)) is not None
    }
    # ... and what a sentence names before a later clause with a subject of its own is the earlier figures':
    # "Sinaloa, Sonora ... concentran el 56 %, y la franja fronteriza representa el 35 %"
    subjects = list(NEW_SUBJECT.finditer(text, figures[i - 1].end, n.start)) if i > 0 else []
    if subjects:
        cut = subjects[-1].start()
        said_after = {key for _s, _e, w in words(text, cut, sentence.end) if (key := content_stem(w))}
        others |= {key for _s, _e, w in words(text, sentence.start, cut) if (key := content_stem(w))} - said_after
    own_keys = {key for _s, _e, w in words(text, own_start, own_end) if (key := content_stem(w)) is not None}
    # what a contrast opens before the next figure says nothing of this one: "seizures rose 11 percent, while
    # investigations rose 40 percent" (its own words, said before it too, still weigh)
    if next_start is not None and (contrast := CONTRAST.search(text, n.end, next_start)) is not None:
        for _s, _e, w in words(text, contrast.end(), next_start):
            if (key := content_stem(w)) is not None and key not in own_keys:
                weights.pop(key, None)
    # ... and the name before each figure of a list in parentheses is its own: "Houston, Texas (2 mil 452); Tucson,
    # Arizona (2 mil 156)"
    for j in range(max(0, i - LIST_REACH), min(len(figures), i + LIST_REACH + 1)):
        if (span := named_before(text, sentence, figures, j)) is not None:
            found = {key for _s, _e, w in words(text, *span) if (key := content_stem(w)) is not None}
            if j == i:
                own_keys |= found
            else:
                others |= found
    # ... as are the words of a part it has, said in words: "más de 99 mil armas ..., de las cuales muchas eran de
    # origen estadounidense" says U.S. origin of the many, not of the 99 mil
    part_end = figures[i + 1].start if i + 1 < len(figures) else sentence.end
    part = None if n.percent else OF_WHICH.search(text, own_end, part_end)
    in_words = [(part.end(), part_end)] if part else []
    # ... and the places where most of it is, said after it (clauses.MOSTLY): "de Estados Unidos, sobre todo de Texas"
    mostly = MOSTLY.search(text, n.end, part_end)
    in_words += [(mostly.end(), part_end)] if mostly else []
    others |= {key for span in in_words for _s, _e, w in words(text, *span) if (key := content_stem(w)) is not None}
    others -= own_keys
    # what the own words of a share later in the sentence say, where this figure is a count: "of the 132,823 guns
    # traced, about 70% were U.S.-sourced" says U.S. of the share, not of the count
    # (and of a count a semicolon sets apart: "about 20,000 guns traced; 10,514 made in the U.S.")
    # (and of a count that is a part of it: "about 20,000 firearms were traced: 10,514 were U.S.-made")
    set_apart = [
        j
        for j in range(i + 1, len(figures))
        if figures[j].percent
        or ";" in text[n.end : figures[j].start]
        or part_of(text, n, figures[j])
        or (i == 0 and part_of_first(text, sentence, figures, j))  # ("Of the 3,337 arrests ..., 235 were made by")
    ]
    said_of_parts = [(figures[j].end, clause(text, sentence, figures, j)[1]) for j in set_apart if not n.percent]
    said_of_parts += in_words  # (and a part's in words)
    of_shares = frozenset(
        key for span in said_of_parts for _s, _e, w in words(text, *span) if (key := content_stem(w)) is not None
    )
    of_shares -= own_keys
    after = words(text, n.end, own_end)
    # the first words that say something after a negation in the rest of its clause: "18,000 guns ... were not
    # submitted for tracing", "25 mil armas ... recuperadas por agencias federales y estatales no habían sido enviadas"
    rest = words(text, n.end, max(own_end, rest_end))
    negated = frozenset(
        key for k, (_s, _e, w) in enumerate(rest) if fold(w) in NEGATION for key in _keys(rest[k + 1 :])
    )
    before = words(text, own_start, n.start)[-2 * OWN_WORDS :]
    # where the figure before's own words end (the sentence's start, for the first): read once, for lists and years
    item_start = clause(text, sentence, figures, i - 1)[1] if i > 0 else sentence.start
    # a figure that opens its clause after a list's comma or "and" shares the words before the list: "seized
    # 15,678 rounds in 2021, 7,224 rounds in 2022 and 11,205 rounds in 2023" (not "3337 versus 3000 planned")
    after_list = i > 0 and listed(text, item_start, n.start)
    j, listed_here = i, after_list
    while not before and listed_here:
        j -= 1
        # (not a figure in parentheses, which restates the one before it: "33% eran rifles (16 mil 368); 9% eran ...")
        if in_parentheses(text, sentence, figures[j]) is None:
            before = words(text, clause(text, sentence, figures, j)[0], figures[j].start)[-2 * OWN_WORDS :]
        listed_here = j > 0 and listed(text, clause(text, sentence, figures, j - 1)[1], figures[j].start)
    weigh(before, BEFORE)
    # "has intercepted 3,823 firearms": the verb right before says what happened (past an article: "creció un 63%"; not
    # past Spanish "a", a preposition: "llegó a 75%" is a level reached, nothing that came from anywhere)
    articles = ARTICLES if lang == "en" else ARTICLES - {"a"}
    weigh([w for w in before if fold(w[2]) not in articles][-1:], JUST_BEFORE)
    if i == 0:
        # a goal said before a sentence's first figure, past "and" but not a comma, is its own: "expandirá eTrace y
        # la tecnología balística a los 32 estados" (not "busca una compensación, que se estima en hasta $10 mil
        # millones": what is sought is not a goal's figure)
        stops = list(CLAUSE_BREAK.finditer(text, sentence.start, n.start))
        said = words(text, stops[-1].end() if stops else sentence.start, n.start)
        weigh([w for w in said if content_stem(w[2]) in GOALS], BEFORE)
    # its own words: the first OWN_WORDS that say something, past "de las", "of the"
    weigh([w for w in after if content_stem(w[2]) is not None][:OWN_WORDS], AFTER)
    after = after[:OWN_WORDS]
    weigh(counted_noun(before), AFTER)
    if n.currency:
        weights[stem("dollars")] = AFTER
    # ("70% to 90%" says its unit as "70 to 90 percent" does, a word of the sentence)
    if n.percent and n.bound == "range":
        weights.setdefault(stem("ciento" if lang == "es" else "percent"), ELSEWHERE)
    near = {fold(w) for _s, _e, w in [*before[-3:], *after[:3]]}
    if near & MADE_UP and "up" in near:  # "rifles made up 43 percent": a share, not a rise
        near.discard("up")
    following = [fold(w) for _s, _e, w in after[:2]]
    # "rose to 72.46 percent", "subió a 40 mil": the level reached, not the change; "fell from 49.8 percent": the level
    # left ("aumento de 65 %" is a rise of 65 %: the Spanish noun and verb fold alike)
    last = [fold(w) for _s, _e, w in before[-2:]]
    changed_then = len(last) == 2 and last[0] in RISE | FALL
    level = bool(last) and (last[-1] in LEVEL_REACHED or (changed_then and last[-1] in ("a", "from", "desde")))
    measure = measures.after([fold(w) for _s, _e, w in after[:3]])
    if n.currency and measure is None:
        measure = measures.DOLLAR
    # what it counts, where its own words name the record's units: "8,497 firearms", "nine ... task forces"
    # only where the word right after it is one: "21,743 homicides committed with firearms" counts homicides
    rate = PER_YEAR.match(text, n.end)
    nouns = [
        key
        for at, (start, _e, w) in enumerate(after[:OWN_NOUNS])
        if (key := key_of(w)) is not None
        and (rate is None or start >= rate.end())
        and (at == 0 or fold(w) not in TIME_NOUNS)
    ]
    # (up to a word of purpose: "20 mil cartuchos para armas de fuego" counts cartridges, not firearms)
    purpose = next((at for at, (_s, _e, w) in enumerate(after[:OWN_NOUNS]) if fold(w) in FOR_USE), OWN_NOUNS)
    head_nouns = {key for _s, _e, w in after[:purpose] if (key := key_of(w)) is not None}
    own = set(nouns) & head_nouns & record.unit_stems if nouns and nouns[0] in record.unit_stems else set()
    # a share of what the record counts in: "95 por ciento de las personas" is no share of firearms
    of_follows = bool(following) and following[0] in ("of", "de", "del")  # not "20 percent state's share"
    # (a part of a whole names the whole right after it: "siete de cada 10 armas"; not "seven out of 10 cases")
    whole_named = (of_follows or (n.proportion and not n.vague)) and not OF_CASES & {fold(w) for _s, _e, w in after[:3]}
    wholes = record.unit_stems | UNCOUNTED_STEMS  # (what the record counts, or what it counts none of: "migrants")
    share_of = frozenset(nouns[:1]) if n.percent and whole_named and nouns and nouns[0] in wholes else None
    if n.percent and of_follows and i + 1 < len(figures) and OF_THE.fullmatch(text, n.end, figures[i + 1].start):
        # "70 percent of the 34,582 victims of homicide": a share of what the next figure counts
        whole = [key for _s, _e, w in words(text, figures[i + 1].end, sentence.end)[:2] if (key := key_of(w))]
        share_of = frozenset(whole[:1]) or share_of
    of_them = OF_WHICH.match(text, n.end + 1)  # "47% of them", past the space after the share
    if n.percent and i > 0 and (of_them or OF_WHICH.search(text, figures[i - 1].end, n.start)):
        # "137 mil cartuchos ..., de los cuales 47 por ciento", "of the 137,000 .50-caliber rounds seized since
        # 2012, 47% of them": a share of what the figure before counts
        between = [key for _s, _e, w in words(text, figures[i - 1].end, n.start) if (key := content_stem(w))]
        counted = next((key for key in between[:OWN_NOUNS] if key in record.unit_stems), None)
        share_of = frozenset({counted}) if counted else share_of
    if n.vague and nouns and nouns[0] not in record.kinds_by_stem and not set(nouns) & record.unit_stems:
        own = {nouns[0]}  # "miles de víctimas": a vague number counts what follows it, here nothing recorded
    # a thing the record counts none of, after words it knows nothing of: "538 aeronaves", "over 750 drug labs"
    thing = None
    for _s, _e, w in after[:3]:
        if fold(w) in UNCOUNTED_THINGS:
            thing = w
            break
        if _known(record, w):
            break  # "2,000 guns, cars and boats": the guns are counted
    if not (n.percent or n.spelled) and thing is not None:
        own = {stem(thing)}
    # "the agency" and "this period" are those an earlier sentence named
    agencies = names.agencies
    part_of_before = WHOLE_BACK.match(text, sentence.start) is not None
    if not agencies and (part_of_before or AGENCY_BACK.search(text, sentence.start, sentence.end)):
        agencies = earlier.agencies
    # in a list or a comparison, the years its own clause names are its own ("7,224 rounds in fiscal year 2022 and
    # 11,205 in 2023", "22,000 in 2018, up from 16,000 in 2010"); else, or where it names none, those of the sentence
    # before the next figure (a break inside a period is no list: "el 75 % ... entre octubre de 2024 y abril de 2025")
    # (none of a comparison's other term before it: "4,359 (Jan. 20, 2025 - Feb. 18, 2026) compare with the 24,000")
    other_term = max((m.end() for m in COMPARISON.finditer(text, sentence.start, n.start)), default=sentence.start)
    year_numbers = [m for m in inside if m.year_like and m.start >= other_term]
    stated = [m for m in year_numbers if dates_a_statement(text, m.start, m.end)]  # (a statement's year: no period)
    begun = [m for m in year_numbers if dates_a_start(text, m.start)]  # ... and a launch's is no count's period
    spans = years_named(text, [m for m in year_numbers if m not in begun])
    years_before_next = [m for m in year_numbers if m.start < years_end]
    of_counts = [m for m in years_before_next if m not in stated and m not in begun]  # (the years that date counts)
    # a number's own day, right after it or before its parenthesis, is its time (time_words.own_day)
    opened = [m for m in of_counts if opens_a_span(text, m.start)]
    day = own_day(text, sentence.start, n.start, n.end, [(m.start, int(m.value), m in opened) for m in of_counts])
    in_list = after_list or (i + 1 < len(figures) and listed(text, own_end, figures[i + 1].start))
    beside = compared(text, figures, i, item_start, own_end)
    years = tuple(span for at, span in spans if own_start <= at < own_end) if in_list or beside else ()
    # ... or those that open its item, after the figure before it: "CY 2009, the NTC traced over 354,000 firearms;
    # CY 2010, over 285,000" (not 2010 for the 354,000, nor 2009 for the 285,000)
    opening = [span for at, span in spans if item_start <= at < n.start]
    if not years and opening:
        years = (*opening, *(span for at, span in spans if n.end <= at < own_end))
    years = years or tuple(span for at, span in spans if at < years_end)
    if not years and in_list and i + 1 < len(figures):
        # ... or, in a list none of whose items names its own, a period set apart by a comma after the last: "360
        # detenciones y más de 360 aseguramientos de armas ..., del periodo de octubre de 2023 a enero de 2024"
        list_end = figures[-1].end
        comma = text.find(",", list_end, sentence.end)
        later = [span for at, span in spans if at > list_end]
        if (
            later
            and comma != -1
            and all(at > comma for at, _span in spans if at > list_end)
            and not any(own_start <= at < list_end for at, _span in spans)
        ):
            years = tuple(later)
    if not years and (part_of_before or PERIOD_BACK.search(text, sentence.start, sentence.end)):
        # (the years its own sentence named last before it, or else an earlier sentence's: "10 mil 185 armas en 2023,
        # frente a las 28,280 piezas de la FGR ese mismo año")
        named = [span for _at, span in years_named(text, [m for m in inside if m.year_like and m.end <= n.start])]
        years = (named[-1],) if named else earlier.years
    # (in its own words and the rest of its clause, or, for the first figure, anywhere before it: "2,000 guns ...
    # smuggled ... daily", "Every day, some 2,000"; not "al año; ... diariamente unas 600")
    times = sub_year_rate(text, own_start, rest_end)
    times = opens_with_rate(text, sentence.start, n.start) if times is None and i == 0 else times
    after_keys = frozenset([key for _s, _e, w in after if (key := key_of(w))][:OWN_NOUNS])
    return Context(
        weights=weights,
        initiatives=names.initiatives,
        topic=earlier.topic,
        topic_carried=earlier.carried,
        another_operation=names.another_operation or (earlier.another_operation and not names.initiatives),
        agencies=agencies,
        years=years,
        months=frozenset({(day.year, day.month)}) if day else months_named(text, of_counts),
        months_opened=months_named(text, opened),
        days=frozenset({day}) if day else days_named(text, of_counts),
        months_before=earlier.months,
        days_before=earlier.days,
        accused=earlier.accused,
        agencies_before=earlier.agencies,
        places_before=earlier.places,
        years_last=() if years else earlier.years,
        rise=(bool(near & RISE) and not level) or n.sign > 0,
        fall=(bool(near & FALL) and not level) or n.sign < 0,
        share=bool(following) and following[0] in SHARE,
        complement=rest_of_whole(text, before, own_start, own_end)
        or part_of_first(text, sentence, figures, i)
        or any(content_stem(w) in SUMMED for _s, _e, w in before[-OWN_WORDS:]),
        change_said=n.sign != 0
        or bool(near & (RISE | FALL))
        or (names.first_change is not None and names.first_change < n.start),
        proportion=n.proportion,
        said_in=frozenset(int(m.value) for m in stated),
        said_on=days_named(text, [m for m in years_before_next if m in stated]),
        measure=measure,
        counted=frozenset(own) if own and not n.percent else share_of,
        # (a part named only in what a later part of it is said to be is that part's: "Of the 3,337 arrests made in
        # Operation Last Mile, 235 were made by the El Paso Division")
        part=names.part
        and names_a_part(text, sentence.start, min((start for start, _ in said_of_parts), default=sentence.end)),
        people=names.people,
        acting=names.acting,
        whole_of_next=i + 1 < len(figures) and OF_WHICH.search(text, n.end, figures[i + 1].start) is not None,
        restated=restated or (i > 0 and RESTATED.fullmatch(text, figures[i - 1].end, n.start) is not None),
        whole_of_part=of_a_part(text, figures, i),
        years_back=YEARS_BACK.search(text, own_start, own_end) is not None,
        # (and, for the first figure, in its sentence's opening: "Over the past five years, 73,684 guns")
        years_counted=years_counted(text, own_start, own_end)
        or (years_counted(text, sentence.start, n.start) if i == 0 else None),
        months_counted=months_counted(text, own_start, own_end)
        or (months_counted(text, sentence.start, n.start) if i == 0 else None),
        days_counted=days_counted(text, own_start, own_end)
        or (days_counted(text, sentence.start, n.start) if i == 0 else None),
        # (in its own words and the rest of its clause, or, for the first figure, before it in its sentence's opening or
        # its clause: "Cada año, ingresan ... casi 20 mil", "the annual volume of guns ... at about 253,000")
        yearly=YEARLY.search(text, own_start, max(own_end, rest_end)) is not None
        or YEARLY_AFTER_NOUN.match(text, n.end, own_end) is not None
        or (i == 0 and yearly_before(text, sentence.start, n.start)),
        people_before=earlier.people if not names.people and names.points_at_person else frozenset(),
        reported=names.points_at_person or names.reports,
        sub_year_rate=times,
        uncounted_act=bool(near & UNCOUNTED_ACT),
        own_stems=frozenset(key for _s, _e, w in before[-OWN_NOUNS:] if (key := key_of(w))) | after_keys,
        after_stems=after_keys,  # (the first OWN_NOUNS words after it that say something: "from ten U.S. counties")
        head=nouns[0] if nouns else None,
        in_list=in_list,
        lang=lang,
        siblings=frozenset(float(m.value) for m in figures if m is not n and m.percent == n.percent) - {n.value},
        for_parts=frozenset(weights.keys() - others),
        of_shares=of_shares,
        negated=negated,
        denies=names.denies,
    )


def _known(record: Profiles, word: str) -> bool:
    """Whether a word names something the record counts: a word of a metric's label or of a unit."""
    key = stem(word)
    return key in record.kinds_by_stem or key in record.unit_stems


def _keys(found: Sequence[tuple[int, int, str]]) -> list[str]:
    """The stems of the first NEGATED_REACH words that say something."""
    return [key for _s, _e, w in found if (key := content_stem(w)) is not None][:NEGATED_REACH]
