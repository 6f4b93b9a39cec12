"""Token-label rule for a library catalogue's statement of responsibility, 'Title, Carlos
Alberto Coba Andrade [et al.]; Hernán Jaramillo Cisneros (compilador), 1ª ed. Quito: …':
the names before the ';' are the work's authors, only the name the role marks is its editor.
"""

from __future__ import annotations

import re

from .tokens import comma_items, label_runs, strip_punct

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


def given_names_before_date(tokens: list[str], labels: list[str]) -> list[str]:
    """Author-date 'García Márquez, Gabriel (1967) Cien años …' read as author 'García
    Márquez,' and title 'Gabriel': one to three capitalised words between an opening
    author run ending in a comma and a bracketed date are the author's given names, when
    the whole is one person's name."""
    from .names import is_initials, parse_names

    runs = label_runs(labels)
    if len(runs) < 3 or runs[0][0] != "author" or runs[1][0] not in ("title", "note") or \
            runs[2][0] != "date" or not tokens[runs[0][2] - 1].endswith(","):
        return labels
    start, end = runs[1][1], runs[1][2]
    words = [strip_punct(t) for t in tokens[start:end]]
    if not tokens[end].startswith("(") or not 1 <= len(words) <= 3 or \
            any(not w[:1].isupper() or w.isupper() and not is_initials(t)
                for w, t in zip(words, tokens[start:end], strict=True)):
        return labels
    names, _ = parse_names(" ".join(tokens[:end]))
    if len(names) != 1 or "given" not in names[0]:
        return labels
    return ["author"] * end + labels[end:]


# a contributor's role before 'by' in a note's or bibliography's head: 'ed. by', 'edited by',
# 'trans. by', 'translated by', 'ed. and trans. by'
_ROLE_BY = re.compile(r"^(?:(?P<ed>eds?\.|edited)|trans\.|translated)$", re.I)
_AND = ("and", "&")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w'’.-]*|(?:[A-Z]\.)+-?(?:[A-Z]\.)*|"
                        r"de|la|van|von|der|den|du|da|di|le|del|dos|ten|ter)[,.]?$")


def edited_by_in_head(tokens: list[str], labels: list[str]) -> list[str]:
    """MHRA's 'Walter Scott, Ivanhoe, ed. by Graham Tulloch (…)' and 'Scott, Walter,
    Ivanhoe, ed. by …' read as one run of names: 'ed. by' ('edited by', 'trans. by') after a
    comma names the people after it; before it, the author's name (forename first, or
    'Family, Given') comes first and the rest is the title."""
    end = 0
    while end < len(labels) and labels[end] in ("author", "editor", "translator"):
        end += 1
    role = next((k for k in range(2, end - 2) if tokens[k - 1].endswith(",") and
                 _ROLE_BY.match(tokens[k]) and _role_by(tokens, k)), None)
    if role is None:
        return labels
    items = comma_items(tokens, role)
    author = _author_items(tokens, items)
    if author is None or author >= len(items):
        return labels  # 'Scott, Walter, ed. by …': no title between the name and the role
    title = items[author][0]
    kind = "editor" if _ROLE_BY.match(tokens[role]).group("ed") else "translator"
    return ["author"] * title + ["title"] * (role - title) + [kind] * (end - role) + labels[end:]


def _role_by(tokens: list[str], k: int) -> bool:
    """'ed. by', 'edited by', 'ed. and trans. by': the role's words end in 'by'."""
    nxt = tokens[k + 1:k + 4]
    return bool(nxt) and (nxt[0] == "by" or len(nxt) >= 3 and nxt[0] in _AND and
                          _ROLE_BY.match(nxt[1]) is not None and nxt[2] == "by")


def _author_items(tokens: list[str], items: list[list[int]]) -> int | None:
    """How many comma items open with the author's name: one written forename first ('Walter
    Scott'), two inverted ('Scott, Walter'), and items joined by 'and' after them; None when
    the head is no name."""
    first = [tokens[k] for k in items[0]]
    inverted = len(first) == 1 or strip_punct(first[0]).lower() in (
        "de", "la", "van", "von", "der", "den", "du", "da", "di", "le", "del", "dos", "ten", "ter")
    count = 2 if inverted else 1
    if count > len(items) or len(first) > 4:
        return None
    while count < len(items) and tokens[items[count][0]] in _AND:
        count += 1
    for item in items[:count]:
        words = [tokens[k] for k in item if tokens[k] not in _AND]
        if not words or len(words) > 4 or not all(_NAME_WORD.match(w) for w in words):
            return None
    return count
