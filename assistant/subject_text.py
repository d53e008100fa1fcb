"""A question's subject as text: the question less its scope and less the particles that tied each place to the rest.

「瑞浪市で市民１人１日当たりのごみ排出量は」 is about 「市民１人１日当たりのごみ排出量」, never 「で市民…」: with the place
taken out, the particle after it would open the subject, and a particle in front of a kana name is cut into it
(「でしごとセンター」 reads で／し／ごと, 「のはまなす号」 would lose は to a rule that strips particles by their letters).
The particles are the ones the tagger reads after the place in the whole question (`particle_ends`).
"""
from __future__ import annotations

import re
from typing import Callable

from assistant.scope import PLACE_TAIL, Scope, without_scope
from ingest.vocab.eras import read_years

_KANA = re.compile(r"[ぁ-ゖ]")


def subject_text(text: str, scope: Scope, particle_ends: Callable[[str, int], list[int]]) -> str:
    """`text` (normalize_query'd) without its scope (`without_scope`) nor the particles right after a place or a year
    it names."""
    ends = {m.end() for name in set(scope.names) for m in re.finditer(re.escape(name) + PLACE_TAIL, text)}
    ends |= {y.end for y in read_years(text) if not y.bare}   # 「令和６年度のはまなす号」 alike
    cuts: dict[int, int] = {}
    for at in ends:
        run = particle_ends(text, at)
        if run:
            # 「町ではまゆう号」 may read では／まゆう: a run of particles whose rest, read alone, opens with no particle
            # (「はまゆう号…」) is one particle and a name
            one = len(run) > 1 and _KANA.match(text, run[0]) and not particle_ends(text[run[0]:], 0)
            cuts[at] = run[0] if one else run[-1]
    last = len(text) + 1
    for start in sorted(cuts, reverse=True):
        if cuts[start] <= last:   # (overlapping cuts are taken once)
            text = text[:start] + " " + text[cuts[start]:]
            last = start
    return without_scope(text, scope)
