"""A note's number glued after the full stop that ends the note before it ('S. 5.10 Ebd.')."""

from __future__ import annotations

import re

# what opens a note: a capital ('Ebd.', 'C. Milanini'), an opening quote or bracket
_OPENS = r"[^\W\d_a-zß]|[„“\"«‘'(\[]"


def glued_call(text: str, number: int) -> re.Match[str] | None:
    """The last place in a note's text where note ``number`` opens glued to the full stop
    that ends the note before it: '… Stuttgart 2017, S. 5.10 Ebd., S. 7.' (10),
    '… p. 104.11 Ibid.' (11); the full stop after a word, a page or a closing bracket, and
    a note opening after the number (a capital or a quote). The caller decides that
    ``number`` is the next note's: never a decimal's digits on their own ('S. 5.10' when 10
    is not the note due)."""
    found = list(re.finditer(rf"(?<=[\w)\]][.])(?<!\d\.\d\.){number}\s+(?={_OPENS})", text))
    return found[-1] if found else None
