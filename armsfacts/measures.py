"""Units of measure a draft may write a figure in, and how they convert: pounds, kilograms, tonnes; dollars and pesos.

A figure in the record says its unit (`units` in the data: pounds carry the dimension "mass"
and their size in kilograms). A draft may write the same quantity in another unit of the same
dimension ("almost 3,000 kilograms" of a record's "more than 6,500 pounds"): `check` converts
it before comparing. Units of different dimensions are different quantities: dollars are not
pesos, and neither is a count of firearms. Light on purpose: no data, no Pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    dimension: str  # "mass", "usd", "mxn"
    factor: float  # one of this unit in the dimension's base unit (kilograms for mass)


KILOGRAM = Measure("mass", 1.0)
GRAM = Measure("mass", 0.001)
TONNE = Measure("mass", 1000.0)
POUND = Measure("mass", 0.45359237)
DOLLAR = Measure("usd", 1.0)
PESO = Measure("mxn", 1.0)
KILOMETRE = Measure("length", 1.0)
MILE = Measure("length", 1.609344)
METRE = Measure("length", 0.001)
CENTIMETRE = Measure("length", 0.00001)
FOOT = Measure("length", 0.0003048)
LITRE = Measure("volume", 1.0)
GALLON = Measure("volume", 3.785411784)
MONEY = frozenset((DOLLAR.dimension, PESO.dimension))  # an amount in either is a claim, recorded in it or not

# The words (folded: no accents, lower case) that name each unit, in both languages.
WORDS: dict[str, Measure] = {
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramo", "kilogramos"), KILOGRAM),
    # (not "gr": a bullet's weight in grains, "55 gr")
    **dict.fromkeys(("gram", "grams", "gramme", "grammes", "gramo", "gramos"), GRAM),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons", "tonelada", "toneladas", "t"), TONNE),
    **dict.fromkeys(("pound", "pounds", "lb", "lbs", "libra", "libras"), POUND),
    **dict.fromkeys(("dollar", "dollars", "dolar", "dolares", "usd", "mdd"), DOLLAR),
    **dict.fromkeys(("peso", "pesos", "mxn", "mdp"), PESO),
    **dict.fromkeys(
        ("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "kilometro", "kilometros"), KILOMETRE
    ),
    # (a length is no claim: the record counts none; "miles" after a figure is English, "miles de" no figure's unit)
    **dict.fromkeys(("mile", "miles", "milla", "millas"), MILE),
    **dict.fromkeys(("meter", "meters", "metre", "metres", "metro", "metros"), METRE),
    **dict.fromkeys(
        ("cm", "centimeter", "centimeters", "centimetre", "centimetres", "centimetro", "centimetros"), CENTIMETRE
    ),
    **dict.fromkeys(("foot", "feet", "ft", "pie", "pies"), FOOT),
    **dict.fromkeys(("liter", "liters", "litre", "litres", "litro", "litros"), LITRE),
    **dict.fromkeys(("gallon", "gallons", "galon", "galones"), GALLON),
}
# Words that may stand between a figure and its unit: "3 mil toneladas métricas", "100 millones de dólares".
BETWEEN = frozenset(("metric", "short", "of", "de", "en", "in", "us", "u.s"))


def after(folded_words: list[str]) -> Measure | None:
    """The unit of measure named by the first words after a figure, if one is: ['toneladas', 'de'] -> TONNE."""
    for word in folded_words[:2]:
        if word in WORDS:
            return WORDS[word]
        if word not in BETWEEN:
            return None
    return None


def convert(value: float, claim: Measure, dimension: str, factor: float) -> float | None:
    """A claim's value in a recorded unit of `dimension` and `factor`; None when they measure different things."""
    if claim.dimension != dimension:
        return None
    return value * claim.factor / factor
