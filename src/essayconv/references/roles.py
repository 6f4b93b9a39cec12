"""Token-label rule for a library catalogue's statement of responsibility, 'Title, Carlos
Alberto Coba Andrade [et al.]; Hernán Jaramillo Cisneros (compilador), 1ª ed. Quito: …':
the names before the ';' are the work's authors, only the name the role marks is its editor.
"""

from __future__ import annotations

import re

from .tokens import label_runs

# one editor's role in brackets: '(compilador)', '(compiladora)', '(comp.)', '(coord.)',
# '(coordinadora)', '(ed.)', '(editor)', '(dir.)'; never a plural one, '(eds.)', '(comps.)',
# which names every person before it
SINGLE_ROLE = re.compile(
    r"^\((?:compilador|compiladora|comp\.|coordinador|coordinadora|coord\.|ed\.|editor|"
    r"editora|dir\.|directora?)\)[.,;:]?$", re.I)


def marked_editor(tokens: list[str], labels: list[str]) -> list[str]:
    """A run of names (read as authors or editors) with a singular bracketed role: the people
    before the last ';' ahead of the role are authors, those after it up to the role the
    editor."""
    out = list(labels)
    for start, end in _name_runs(labels):
        role = next((k for k in range(start, end) if SINGLE_ROLE.match(tokens[k])), None)
        if role is None:
            continue
        semi = next((k for k in range(role - 1, start - 1, -1) if tokens[k].endswith(";")),
                    None)
        if semi is None or semi == start or semi + 1 >= role:
            continue
        out[start:semi + 1] = ["author"] * (semi + 1 - start)
        out[semi + 1:role + 1] = ["editor"] * (role - semi)
    return out


def _name_runs(labels: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of author or editor labels, the two kinds joined."""
    runs: list[tuple[int, int]] = []
    for label, start, end in label_runs(labels):
        if label not in ("author", "editor"):
            continue
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


# a Spanish contributor's role ('(compilador)', '(comp.)', '(coord.)') or a Spanish 'y'
# between two names
_SPANISH_NAMES = re.compile(
    r"\b(?:compilador|coordinador)(?:a|es|as)?\b|\((?:comp|coord)\.\)|(?-i:\s+y\s+)", re.I)


def surnames_per_name(names_text: str) -> int:
    """2 when the names are Spanish (a Spanish role word, 'y' between them): a name written
    forename first ends in two surnames; else 1."""
    return 2 if _SPANISH_NAMES.search(names_text) else 1
