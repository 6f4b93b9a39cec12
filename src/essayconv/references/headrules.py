"""Token-label rules for the French, German and Italian shapes the model misreads: the
names that open a reference and the title words after them, years inside a title, and
German place names with 'a. M.'.

* **'NOM, Prénom, NOM, Prénom et NOM, Prénom (dir.),'**: French family names in capitals,
  each followed by the given names, and a bracketed role closing the list, are all names;
  the words after the list (read as names, a container or a title) are the title.
* **A bracketed role closing the opening names** ('Falaschi G. (a cura di), Italo
  Calvino. Atti …', 'Smith, J. (ed.), Title'): the names end there, what follows in
  their run is the title, unless another name with its own role follows.
* **'Milanini C., L'utopia discontinua.'**: after an Italian 'Cognome N.,' a comma item
  opening with an elided article ('L'', 'Dell'', 'Un'') or holding a lower-case word is
  the title, never a second author.
* **A span of years in a title** ('Deutsche Geschichte 1945–1955.', 'De 1815 à 1871,'),
  when the reference gives its date elsewhere, is the title's (a volume's title after
  't. II,'), never the date, a volume or a journal.
* **'Frankfurt a. M.:'**, 'Freiburg i. Br.:', 'Frankfurt am Main:': one place.

And one phrase taken out of the text before the model reads it: an Italian or French
original edition closing the reference, '(ed. orig. L'aventure sémiologique, Seuil, Paris
1985)', '(éd. originale …)', gives the original title and year.
"""

from __future__ import annotations

import re
from typing import Any

from .tokens import YEAR, label_runs, strip_punct

_NAMES = ("author", "editor")
# a bracketed role after the names: '(dir.)', '(sous la dir. de)', '(a cura di)', '(éd.)',
# '(eds.)', '(Hrsg.)', '(coord.)'
_ROLE = re.compile(r"\((?:sous la dir(?:ection|\.)? de|a cura di|dirs?\.|[ée]ds?\.?|"
                   r"editors?|hrsg\.|hg\.|coords?\.|comps?\.)\)[,.:]?", re.I)
_GIVEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’.])*[,]?")
_AND = ("et", "and", "&", "e", "y", "und")


def head_rules(tokens: list[str], labels: list[str]) -> list[str]:
    """All the rules of this module, in order (each returns new labels)."""
    for rule in (_capitals_list, _role_closes_names, _title_after_initials, _years_in_title,
                 _place_with_abbreviation):
        labels = rule(tokens, labels)
    return labels


def _caps(token: str) -> bool:
    """A family name in capitals: 'BELLANGER,', 'RÉGNIER,', 'LE'."""
    word = token.rstrip(",")
    return len(word) >= 2 and word.isupper() and re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[-'’])+",
                                                              word) is not None


def _role_at(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` make a bracketed role ('(sous la dir. de),' is four); 0
    when none does."""
    if not tokens[i].startswith("("):
        return 0
    for n in range(1, 5):
        if _ROLE.fullmatch(" ".join(tokens[i:i + n])):
            return n
    return 0


def _capital_name(tokens: list[str], i: int) -> int:
    """The end of one 'NOM, Prénom(s)' from ``i`` (the family name in capitals, then one to
    three given names written in lower case after a capital); ``i`` when there is none."""
    fam = i
    while fam < len(tokens) and fam < i + 2 and _caps(tokens[fam]) and \
            not tokens[fam].endswith(","):
        fam += 1  # 'LE GOFF,'
    if fam >= len(tokens) or not _caps(tokens[fam]) or not tokens[fam].endswith(","):
        return i
    k = fam + 1
    while k < len(tokens) and k <= fam + 3 and _GIVEN.fullmatch(tokens[k]) and \
            tokens[k][:1].isupper() and not strip_punct(tokens[k]).isupper():
        k += 1
        if tokens[k - 1].endswith(","):
            break
    return k if k > fam + 1 else i


def _capitals_list(tokens: list[str], labels: list[str]) -> list[str]:
    """See the module's docstring: two or more 'NOM, Prénom' joined by commas and 'et'."""
    k, count = 0, 0
    while k < len(tokens):
        end = _capital_name(tokens, k)
        if end == k:
            break
        count, k = count + 1, end
        if k < len(tokens) and tokens[k].lower() in _AND:
            k += 1
        elif not tokens[k - 1].endswith(","):
            break
    if count < 2 or k >= len(tokens) or tokens[k - 1].lower() in _AND:
        return labels
    role = _role_at(tokens, k)
    if not role and not tokens[k - 1].endswith((",", ".")):
        return labels
    end = k + role
    out = ["author"] * end + labels[end:]
    while end < len(out) and out[end] in (*_NAMES, "container-title", "journal") and \
            tokens[end].lower() not in ("in", "in:", "dans"):
        out[end] = "title"
        end += 1
    return out


def _role_closes_names(tokens: list[str], labels: list[str]) -> list[str]:
    """See the module's docstring: a bracketed role with a comma after it ends the opening
    names' run."""
    runs = label_runs(labels)
    if not runs or runs[0][0] not in _NAMES:
        return labels
    end = runs[0][2]
    for i in range(1, end):
        n = _role_at(tokens, i)
        if not n or i + n >= end or not tokens[i + n - 1].endswith(","):
            continue
        rest = range(i + n, end)
        if any(_role_at(tokens, k) for k in rest) or \
                tokens[i + n].lower() in _AND or tokens[i + n].startswith("("):
            return labels  # 'Lee, K. (ed.), Brown, T. (ed.)': more names with their roles
        return labels[:i + n] + ["title"] * (end - i - n) + labels[end:]
    return labels


_ELIDED = re.compile(r"(?:[LlDd]|[Dd]ell|[Nn]ell|[Ss]ull|[Aa]ll|[Dd]all|[Uu]n|[Qq]uest)['’]"
                     r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[^\W\d_a-z]\.-?){1,3},")
_SMALL = frozenset("de di da del della van von der den du le la dos ten ter al el et e y and "
                   "und".split())


def _title_after_initials(tokens: list[str], labels: list[str]) -> list[str]:
    """See the module's docstring: 'Cognome N., L'utopia …' read as two authors."""
    if len(tokens) < 4 or labels[0] != "author" or not _INITIALS.fullmatch(tokens[1]) or \
            not tokens[0][:1].isupper() or tokens[0].endswith((",", ".")):
        return labels
    end = 2
    while end < len(labels) and labels[end] == "author":
        end += 1
    item = [strip_punct(t) for t in tokens[2:end]]
    if end == 2 or not (_ELIDED.match(item[0]) or any(
            w[:1].islower() and w.lower() not in _SMALL for w in item)):
        return labels
    return labels[:2] + ["title"] * (end - 2) + labels[end:]


_RANGE = re.compile(r"(1[5-9]\d\d|20\d\d)\s*[-–—]\s*(1[5-9]\d\d|20\d\d)[.,;:]?")
_FROM = frozenset("de from von dal da del entre desde between".split())
_TO = frozenset("à a au to bis al till until et and y e und –".split())


def _dated_elsewhere(tokens: list[str], labels: list[str], span: range) -> bool:
    """Another token outside ``span`` is a year labelled as the date."""
    return any(labels[k] == "date" and YEAR.match(tokens[k]) for k in range(len(tokens))
               if k not in span)


def _years_in_title(tokens: list[str], labels: list[str]) -> list[str]:
    """See the module's docstring: 'Deutsche Geschichte 1945–1955.', 'De 1815 à 1871,'."""
    out = list(labels)
    for i in range(1, len(tokens)):
        span: range | None = None
        if _RANGE.fullmatch(tokens[i]) and out[i] in ("volume", "pages", "date", "journal",
                                                         "container-title", "issue"):
            m = _RANGE.fullmatch(tokens[i])
            if int(m.group(1)) < int(m.group(2)) and "pages" not in out and \
                    "issue" not in out and tokens[i - 1][-1:].isalpha() and \
                    out[i - 1] in ("title", "journal", "container-title"):
                span = range(i, i + 1)
        elif i + 3 < len(tokens) and tokens[i].lower() in _FROM and \
                YEAR.match(tokens[i + 1]) and tokens[i + 2].lower() in _TO and \
                YEAR.match(tokens[i + 3]) and not tokens[i + 1].endswith((",", ".")) and \
                tokens[i - 1].endswith((",", ".")) and \
                "date" in out[i:i + 4]:
            span = range(i, i + 4)
        if span is None or not _dated_elsewhere(tokens, out, span):
            continue
        start = span.start
        while start > 0 and out[start - 1] in ("journal", "container-title") and \
                len(span) == 1:
            start -= 1  # 'Deutsche Geschichte 1945–1955.': the title's words, no journal
        if start < span.start and (start == 0 or out[start - 1] != "title"):
            start = span.start
        for k in range(start, span.stop):
            out[k] = "title"
    return out


# the small words of German place names: 'Frankfurt a. M.', 'Freiburg i. Br.', 'Halle a. d.
# Saale', 'Frankfurt am Main', 'Mülheim an der Ruhr'
_PLACE_SMALL = frozenset("a. i. d. am an der im bei ob".split())


def _place_with_abbreviation(tokens: list[str], labels: list[str]) -> list[str]:
    """See the module's docstring: the words before the model's place that belong to it."""
    for lab, start, _ in label_runs(labels):
        if lab != "location" or start < 2 or tokens[start - 1] not in _PLACE_SMALL:
            continue
        k = start - 1
        while k > 0 and tokens[k] in _PLACE_SMALL:
            k -= 1
        if tokens[k][:1].isupper() and not tokens[k].endswith((".", ",", ":", ";")):
            return labels[:k] + ["location"] * (start - k) + labels[start:]
    return labels


_ORIGINAL = re.compile(r"\s*\((?:ed\.|éd\.|edizione|édition)\s+orig(?:\.|inale)\s*:?\s*"
                       r"(?P<what>[^()]*?(?P<year>(?:1[5-9]|20)\d\d))\)\.?$", re.I)


def take_out(text: str, fields: dict[str, Any]) -> str:
    """The reference without a closing '(ed. orig. Title, Publisher, Place Year)'; its
    title and year go to ``fields``."""
    m = _ORIGINAL.search(text)
    if m is None or m.start() == 0:
        return text
    fields["original-date"] = {"date-parts": [[int(m.group("year"))]]}
    title = m.group("what").split(",")[0].strip()
    if "," in m.group("what") and title:
        fields["original-title"] = title
    return text[:m.start()].rstrip() + ("" if text[:m.start()].rstrip().endswith(".") else ".")
