"""Lines that look short enough to head a section but never do: a display equation on its
own line ('V_i(t) = V_0 - sum_j R_ij P_j(t)') and a sentence's lead-in to it ('… the voltage
at bus i is approximated as', '… is given by')."""

from __future__ import annotations

import re

_RELATION = re.compile(r"[=≤≥≈≠<>]")
# a symbol of mathematics: a subscript or power ('R_ij', 'x^2'), an operator sign, a
# function of a variable ('P(t)', 'f(x)'), a sum or root written out
_MATH = re.compile(r"\w_\w|\w\^\w|[∑∏∫√±×÷∂∆∇·]|\b\w{1,3}\(\w{1,3}(?:[+−-]\d)?\)|"
                   r"\b(?:sum|prod|sqrt|log|exp|max|min|argmin|argmax)_?\b|\s[+*/−-]\s")
# the last word of a sentence's lead-in to a display: 'approximated as', 'given by', 'where'
_LEAD_END = frozenset("as by is are be where that to of with from for and or the a an in "
                      "on then follows".split())


def equation_line(text: str) -> bool:
    """A display equation: a relation sign with mathematics around it."""
    text = text.strip()
    return bool(_RELATION.search(text)) and bool(_MATH.search(text))


def display_equation(text: str) -> bool:
    """An equation set alone as a paragraph: few words of prose beside the mathematics."""
    words = re.findall(r"(?<![\w_^])[a-z]{4,}(?![\w_^(])", text)
    return equation_line(text) and len(text.split()) <= 30 and len(words) <= 2


# an equation's number at the line's end, as LaTeX sets it: '(1)', '(2.3)', '(4a)', '(A1)'
_EQUATION_NUMBER = re.compile(r"\s\((?:[A-Z]?\d{1,3}(?:\.\d{1,3})?[a-z]?)\)$")


def numbered_equation(text: str) -> bool:
    """A display equation with its number at the line's end ('L(N) = (Nc/N)^α + L∞ (1)'):
    a block of its own, never a wrapped line of the sentence around it."""
    text = text.strip()
    return bool(_EQUATION_NUMBER.search(text)) and display_equation(text)


def lead_in(text: str) -> bool:
    """A sentence that may go on into a display: five words or more, the last a lower-case
    function word ('… is approximated as', '… is given by'); it does when an equation is the
    next line ('What the welfare state is for' over prose stays a heading)."""
    words = text.strip().split()
    return len(words) >= 5 and words[-1] in _LEAD_END
