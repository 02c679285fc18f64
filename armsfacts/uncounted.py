"""What a number's own words say it counts that the record counts none of: things seized or sent beside weapons
(aircraft, troops, passengers), an act on weapons no figure records (destroying them), a ratio, a fine.

Language, not record, as in wording.py: `claim_context.py` and `check.py` read these around each number of a draft.
"""

from __future__ import annotations

import re

from .sentences import wordset
from .wording import content_stem

# An act on the things counted that the record counts none of: "destroyed 19,317 weapons", "la destrucción de casi
# 20 mil armas" count no seizure, trace or other recorded figure.
UNCOUNTED_ACT = wordset(
    "destroy destroyed destroys destruction destruir destruyo destruyeron destruye destruyen destruccion destruidas "
    "destruidos destruida destruido"
)
# A number of times another ("more than 20 times the guns seized", "20 veces más"): a ratio, which the record holds
# none of. (Not "seized weapons 4,932 times", a count of occasions: a comparison must follow.)
RATIO = re.compile(
    r"(?i)\s*(?:times|veces)\s+(?:the|as|more|greater|higher|larger|bigger|that|than|m[aá]s|mayor|menos|lo|la|las|los|"
    r"el|que)\b|-fold\b"
)
# A sum a court may impose, which the record holds none of: "a fine of up to $250,000", "a $250,000 fine", "una multa
# de 250 mil dólares" (a qualifier is the figure's own: what comes before it ends at "of")
FINE_BEFORE = re.compile(r"(?i)\b(?:fines?|fined|multas?|multad[oa]s?)(?:\s+(?:of|de|con))?\s*$")
FINE_AFTER = re.compile(r"(?i)\s*(?:dollars?|d[oó]lares|pesos)?\s*(?:fines?|multas?)\b")
# Things seizure reports count beside weapons that the record counts none of: "538 aeronaves", "55,000 deaths", troops
# deployed ("10.000 elementos de la Guardia Nacional" are no people arrested), shops ("75,000 tiendas de armas" are no
# guns). A count whose own noun is one of these is no figure of the record, whatever else its sentence names.
UNCOUNTED_THINGS = wordset(
    "aircraft planes airplanes aeronaves avionetas aviones vehicles cars trucks vehiculos autos automoviles camionetas "
    "boats vessels embarcaciones buques properties inmuebles predios laboratories labs laboratorios deaths muertes "
    "suicides suicidios femicides feminicides feminicidios "
    "muertos elementos efectivos troops soldiers soldados militares transactions transacciones violations violaciones "
    "tiendas armerias establecimientos comercios stores shops "
    # the staff sent to a task: "at least 500 CBP officers" check for guns and are none
    "officers oficiales agents agentes personnel staff inspectors inspectores employees empleados police policias "
    "policia guardias guards "
    # and a text's own length or sources, or a law's: "about 1,400 words", "up to 100 press releases", "más de 100
    # artículos"
    "words palabras releases comunicados boletines articles articulos "
    # and people the record counts no part of: "30 percent of the migrants came from Venezuela", "the bus carried 16
    # passengers", "43 students"; and "four million emails" leaked. (Not "habitantes", "residents": people, as
    # wording.SYNONYMS reads them, of which the record counts some.)
    "migrants migrantes immigrants inmigrantes passengers pasajeros students estudiantes emails correos "
    # and a vote: "la reforma obtuvo 402 votos"; a report's pages; children killed; the packages of a load; the gear
    # and phones seized beside guns ("100 placas balísticas", "12 teléfonos celulares")
    "votes votos pages paginas children ninos ninas packages paquetes boxes cajas plates placas vests chalecos phones "
    "cellphones telefonos celulares chaleco vest "
    # and the rigs and gear of a raid: "42 carros tanque, 15 contenedores, 34 tractocamiones", "21 dispositivos
    # electrónicos", "mil 500 narcolaboratorios" (round 54)
    "carros pipas tractocamiones tractocamion remolques trailers contenedores containers dispositivos devices "
    "narcolaboratorios"
)
UNCOUNTED_STEMS = frozenset(filter(None, map(content_stem, UNCOUNTED_THINGS)))  # a share of them is of no record whole
