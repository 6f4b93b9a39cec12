"""Plain-digit calls of a numbered reference list, for the bare-markers rule.

A web page's superscript calls pasted as text come in three shapes this module reads:

- a caret before the numbers ('mortality.^4', '^1,2', '^3-5'), after a word or sentence
  punctuation: always a call, wherever it stands, when every number it names is a note's;
  never a power ('10^3', 'x^2', 'm^2', '(x+y)^2', 't^0.5'), nor in a paragraph that writes
  formulas ('V^max');
- a list or range glued to a word or punctuation ('States.1,2', 'services.4-5',
  'asthma,9,10'): one call of every number, when they are all notes';
- a number repeated later in an essay whose list is a reference list (AMA, Vancouver) and
  whose calls are glued numbers: 'as shown before,3' once reference 3 was called in order.

And one it refuses: a number after a space that counts something ('Roughly 1 in 4 patients',
'has 2 parts', 'about 3 of them') is never a call, whatever the note sequence wants.
"""

from __future__ import annotations

import re

from .. import tree as T

NAME = "bare-markers"
_DASHES = "\u2010-\u2013-"
# a list or range of plain numbers: '1,2', '4-5', '6–8', '9,10'
_PLAIN_GROUP = rf"\d{{1,3}}(?:[,{_DASHES}]\d{{1,3}})+"
# after a word of two letters or more, or after punctuation closing a word ('States.^1')
_AFTER = r"(?:(?<=[^\W\d_]{2})|(?<=[^\W_][.,;:!?)\]’”]))"
# a caret call: after a word or sentence punctuation, never a bracket ('(x+y)^2' is a power)
_CARET = re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[^\W_][.,;:!?’”]))"
                    rf"\^(?P<group>\d{{1,3}}(?:\s?[,{_DASHES}]\s?\d{{1,3}})*)(?!\.?\d)")
# a later call, glued: the same places as a first call ('before,3', 'States.1,2')
_REPEAT = re.compile(rf"{_AFTER}(?P<group>\d{{1,3}}(?:[,{_DASHES}]\d{{1,3}})*)(?=\s|$)")
# words a call never follows: a label before its number ('Fig.2', 'No.3', 'p.4'), a unit
# ('m2', 'km2') or a formula ('CO2', 'NO2')
_LABEL = re.compile(r"(?:\b(?:figs?|tabs?|nos?|vols?|pp?|eqs?|chs?|secs?|arts?|paras?|refs?|"
                    r"suppl?|v)\.|\b(?:m|cm|mm|km|ft|ha|kg|mg|ml))$", re.IGNORECASE)
_FORMULA = re.compile(r"\b(?:[A-Z][a-z]?){1,2}$")
# a number after a space that counts: what comes before it or after it says so
_QUANTIFIER = re.compile(
    r"\b(?:about|approximately|roughly|nearly|almost|around|some|only|just|over|under|"
    r"between|than|from|to|of|by|and|or|at|least|most|all|every|each|per|n|N|in|on|"
    r"with|has|had|have|were|was|are|is|be|for)\s$")
_LINKS = frozenset("or and but which that who whom whose where when while as since because "
                   "although though whereas yet so nor then also".split())


def counts(text: str, start: int, end: int) -> bool:
    """A number after a space at text[start:end] counts something ('Roughly 1 in 4',
    'has 2 parts', 'in 2 groups', 'gave 1 result'): it is no call. A call after a space
    ('soteria 12 or') is followed by a linking word, punctuation, or nothing; or it follows a
    name or a title's word in the sentence's middle ('such as Zuber 4 deny', 'the Schlieffen
    Plan 2 remains'), or opens a phrase ('continues 5 in the journals', never '1 in 4')."""
    if _QUANTIFIER.search(text, 0, start):
        return True
    word = re.match(r"\s+([^\W\d_]+)(\s+\d)?", text[end:])
    if not word or not word.group(1).islower() or word.group(1) in _LINKS:
        return False
    if _NAMED.search(text, 0, start):
        return False
    return not (word.group(1) in _PHRASE_OPENERS and word.group(2) is None)


# a capitalised word after another word, right before the number: a name or a title's word
# ('such as Zuber 4', 'the Schlieffen Plan 2'), never a sentence's first word ('These 3')
_NAMED = re.compile(r"[\w,;:’'”)]\s+[A-Z][\w’'-]*\s+$")
# words that open a phrase after a call ('continues 5 in the journals'), unless a number
# follows them ('1 in 4')
_PHRASE_OPENERS = frozenset("in on at to for with from during after before under through "
                            "within into against among across since until".split())


def labelled(text: str, start: int) -> bool:
    """The digits at ``start`` belong to a label, unit or formula before them ('Fig.2',
    'No.3', 'm2', 'CO2'): no call."""
    head = text[:start]
    return bool(_LABEL.search(head) or _FORMULA.search(head))


def plain_group(text: str, start: int, notes: set[int]) -> tuple[list[int], int] | None:
    """The notes a plain list or range at ``start`` names ('1,2', '4-5') and where it ends,
    when it is followed by a space or the end and every number is a note's."""
    match = re.compile(rf"{_PLAIN_GROUP}(?=\s|$)").match(text, start)
    numbers = _numbers(match.group()) if match else []
    if not numbers or not set(numbers) <= notes:
        return None
    return numbers, match.end()


def _numbers(group: str) -> list[int]:
    """'1,2' → 1, 2; '3-5' → 3, 4, 5; nothing for a falling or over-long range."""
    numbers: list[int] = []
    for part in group.replace(" ", "").split(","):
        first, _, last = re.sub(rf"[{_DASHES}]", "-", part).partition("-")
        end = int(last) if last else int(first)
        if not int(first) <= end <= int(first) + 30:
            return []
        numbers += range(int(first), end + 1)
    return numbers


def _replace(essay, paragraph, pattern: re.Pattern[str], accept) -> set[int]:
    """Make every match of ``pattern`` in the paragraph's text and tails that ``accept``
    takes (its numbers, or none) cite elements, logged; the notes called."""
    called: set[int] = set()
    for owner in [None, *paragraph]:
        text = (paragraph.text if owner is None else owner.tail) or ""
        found = [(m, n) for m in pattern.finditer(text) if (n := accept(m, text))]
        if not found:
            continue
        at = 0 if owner is None else paragraph.index(owner) + 1
        position, kept = 0, []
        for match, numbers in found:
            kept.append((text[position:match.start()], numbers, match.group()))
            position = match.end()
        head = kept[0][0]
        if owner is None:
            paragraph.text = head
        else:
            owner.tail = head
        tails = [piece for piece, _, _ in kept[1:]] + [text[position:]]
        for (before, numbers, call), tail in zip(kept, tails, strict=True):
            at = insert_calls(essay, paragraph, at, (numbers, call, tail), before[-15:])
            called |= set(numbers)
    return called


def insert_calls(essay, paragraph, at: int, found: tuple[list[int], str, str],
                 context: str) -> int:
    """Insert one call's cite elements at ``at`` (``found``: its numbers, the call as
    written, the text after it), logged with the text before it; the index after them."""
    numbers, call, tail = found
    line = int(paragraph.get("line") or 1)
    cite = None
    for n in numbers:
        cite = T.el("cite", note=f"n{n}", n=n, line=line)
        cite.tail = ""
        paragraph.insert(at, cite)
        at += 1
    if cite is not None:
        cite.tail = tail
    T.log_change(essay, NAME, line, f"{context}{call}",
                 f"{context}[{', '.join(str(n) for n in numbers)}]")
    return at


def caret_calls(essay, paragraphs, notes: set[int]) -> set[int]:
    """'mortality.^4', '^1,2', '^3-5': calls of the notes named; the notes called."""
    def accept(match: re.Match[str], text: str) -> list[int]:
        word = re.search(r"[^\W\d_]+$", text[:match.start()])
        if word and word.group().lower() in _UNIT_WORDS:
            return []  # 'per m^2', 'km^2'
        numbers = _numbers(match.group("group"))
        return numbers if numbers and set(numbers) <= notes else []

    called: set[int] = set()
    for paragraph in paragraphs:
        if not any(re.search(r"\^[^\d\s]", piece) for piece in pieces(paragraph)):
            called |= _replace(essay, paragraph, _CARET, accept)  # no 'V^max': no formula
    return called


_UNIT_WORDS = frozenset("m cm mm km µm nm dm ft in mi yd ha kg mol ms".split())


def repeated_calls(essay, paragraphs, notes: set[int]) -> None:
    """Glued calls left after the note sequence was read, in an essay whose reference list
    is numbered and whose glued numbers are mostly its notes': 'as before,3'."""
    if not _mostly_calls(paragraphs, notes):
        return

    def accept(match: re.Match[str], text: str) -> list[int]:
        if labelled(text, match.start()) or _after_number(text, match.start()):
            return []
        numbers = _numbers(match.group("group"))
        return numbers if numbers and set(numbers) <= notes else []

    for paragraph in paragraphs:
        _replace(essay, paragraph, _REPEAT, accept)


def _after_number(text: str, start: int) -> bool:
    """A glued number after a number and its stop ('3.5', '1915.3') or in a word's middle."""
    return bool(re.search(r"\d[.,;:]?$", text[:start]))


def _mostly_calls(paragraphs, notes: set[int]) -> bool:
    """The essay's glued numbers are mostly its notes' (three in four at least), and some
    were called in order already."""
    cited = sum(1 for p in paragraphs for _ in p.iter(T.q("cite")))
    groups = [m for p in paragraphs for piece in pieces(p)
              for m in _REPEAT.finditer(piece) if not labelled(piece, m.start())
              and not _after_number(piece, m.start())]
    fitting = [m for m in groups if set(_numbers(m.group("group")) or [0]) <= notes]
    return cited >= 2 and (cited + len(fitting)) * 4 >= (cited + len(groups)) * 3


def pieces(paragraph) -> list[str]:
    """The paragraph's text and its children's tails."""
    return [paragraph.text or "", *[child.tail or "" for child in paragraph]]
