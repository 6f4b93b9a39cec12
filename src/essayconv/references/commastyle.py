"""Token-label rules for the comma style of French and German references, 'Nom, Prénom,
Titre. Sous-titre, éd. Prénom Nom, Lieu, Éditeur, année.', where the model misreads a title,
a contributor or a publisher.

* **A one-word title** after 'Family, Given,' is the title, never a third name
  ('Barthes, Roland, Mythologies, Paris, …'); so are words closing a sentence there, in a
  run with no 'and' ('Biasi, Pierre-Marc de, Gustave Flaubert. Une manière …').
* **'dans'** after a comma in a title opens the book the work is in.
* **'éd.', 'ed.'** (and 'trad.', 'trans.') after a title, with a name after it, is that
  book's editor (translator).
* **A subtitle** between a title's full stop and 'Place, Publisher, Year' is the title's.
* **A place completing the title's phrase** ('La novela en América Latina, Lima, 1990',
  the model's place 'Latina, Lima'): words glued to the title with no punctuation between
  are the title's, up to the place run's first comma.
* **'Place, Publisher,'** read as one place ('München, Fink, 1999') is the place and its
  publisher.
"""

from __future__ import annotations

import re

from .features import PLACES
from .gazetteer import mark_places
from .names import PARTICLES, is_initials, is_organisation, parse_names
from .tokens import comma_items, label_runs, strip_punct

_QUOTE_OPEN = "\u201c\u2018\u00ab\"'\u201e\u201a"  # an opening quotation mark: a quoted title
_IN = re.compile(r"^in:?$", re.I)


def comma_style(tokens: list[str], labels: list[str]) -> list[str]:
    """All the rules of this module, in order (each returns new labels), then the Italian
    style's (``italianstyle.py``)."""
    from .italianstyle import italian_style

    for rule in (_inverted_name_read_as_title, _given_name_after_surnames,
                 _given_names_before_quote,
                 _title_after_inverted_name, _role_after_title, _dans_container,
                 _editors_in_container, _subtitle_before_place, _place_completing_title,
                 _publisher_after_place):
        labels = rule(tokens, labels)
    return italian_style(tokens, labels)


# a contributor's role after a title: 'éd.', 'ed.', 'éds.', 'eds.'; 'trad.', 'trans.', 'tr.';
# Spanish 'coord.', 'dir.' (an editor's)
ROLE_WORD = re.compile(r"^(?:(?P<ed>[ÉéEe]ds?|coords?|dir)|(?P<tr>[Tt]rad|[Tt]rans|[Tt]r))\.$")
# the words after a role before the names: 'trad. fr.', 'trad. de', 'ed. di', 'trans. by'
_ROLE_OF = ("fr.", "by", "par", "de", "di", "it.")
# a conjunction between two names: 'A. Brambilla e F. Conti', 'Sala Puig y Torrent Bosch'
_CONJUNCTIONS = ("and", "et", "und", "y", "e", "i", "&")
# a role that is no title word: 'ed.', 'editor', 'dir.', 'Hrsg.' (and a name's suffix or title)
_NOT_TITLE = re.compile(r"(?i:[ée]ds?|editors?|dir|trad|trans|tr|hrsg|hg|comps?|coord|et|al|"
                        r"and|anon)|Jr|Sr|I{2,3}|IV|Lord|Lady|Sir|Dame|Baron|Baroness|"
                        r"Viscount|Earl|Count|Countess")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _name_words(words: list[str], most: int) -> bool:
    """One to ``most`` words of a name: capitalised ('Hans', 'Pierre-Marc'), initials
    ('J.-P.') or particles ('de'); the first capitalised, none a role or 'and'."""
    bare = [strip_punct(w) for w in words]
    return 1 <= len(words) <= most and bare[0][:1].isupper() and all(
        (_WORD.fullmatch(b) and b[:1].isupper() or is_initials(w) or b in PARTICLES)
        and not _NOT_TITLE.fullmatch(b) for w, b in zip(words, bare, strict=True))


def _title_after_inverted_name(tokens: list[str], labels: list[str]) -> list[str]:
    """French 'Barthes, Roland, Mythologies, Paris, Seuil, 1957.', 'Auerbach, Erich,
    Mimesis. La représentation …', 'Flaubert, Gustave, Correspondance, éd. Jean Bruneau, …':
    a name is 'Family, Given'; one more word after it that ends the author run (or comes
    before 'éd.', 'trad.') is the title, never a third name.

    Only a capitalised word that is no initial, suffix, honorific or role ('Smith, J.,
    Jones, K.', 'King, Martin Luther, Jr.', 'Tennyson, Alfred, Lord.', 'Smith, John, ed.'),
    nor a family name whose given names follow ('Smith, John, Brown, Mary. Title')."""
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    items = comma_items(tokens, end)
    if len(items) not in (3, 4) or end >= len(tokens) or \
            len(items) == 4 and not ROLE_WORD.match(tokens[items[3][0]]):
        return labels
    family, given, third = ([tokens[k] for k in item] for item in items[:3])
    word = strip_punct(third[0])
    if not third[-1].endswith((",", ".", ":")) or not _name_words(family, 3) or \
            any(is_initials(w) for w in family + third) or \
            not _name_words(given, 4) or not _WORD.fullmatch(word) or \
            not word[:1].isupper() or word.isupper() or is_initials(word) or \
            _NOT_TITLE.fullmatch(word) or len(third) > 1 and not _title_sentence(tokens, end):
        return labels
    if len(items) == 3 and third[0].endswith(","):
        after = next((k for k in range(end, min(end + 3, len(tokens)))
                      if tokens[k][-1:] in ".,;:"), None)
        if after is not None and tokens[after].endswith(".") and after + 1 < len(tokens) and \
                _name_words(tokens[end:after + 1], 3):
            return labels  # 'Smith, John, Brown, Mary. Title': a second person
    out = list(labels)
    out[items[2][0]:items[2][-1] + 1] = ["title"] * len(third)
    return out


def _title_sentence(tokens: list[str], end: int) -> bool:
    """'Biasi, Pierre-Marc de, Gustave Flaubert. Une manière spéciale de vivre, …': words
    after 'Family, Given,' that close a sentence, the model's title going on after them, in
    an author run with no 'and' (a third person is joined by 'and': 'Smith, John, and Mary
    Jones.'), are the title's first sentence."""
    return tokens[end - 1].endswith((".", ":")) and not any(
        strip_punct(t).lower() in ("and", "et", "und", "y", "e", "en") or "&" in t
        for t in tokens[:end])


def _dans_container(tokens: list[str], labels: list[str]) -> list[str]:
    """French 'Lettre à Louise Colet, 16 janvier 1852, dans Correspondance, éd. …': 'dans'
    after a comma in a title run, before a capitalised word, opens the book the work is in:
    the rest of the run is the container's title. So does Italian and Spanish 'in', 'en'
    before a title its editors follow ('…, in La scuola e la nazione, a cura di A. …')."""
    out = list(labels)
    for i in range(1, len(tokens) - 1):
        run_end = next((k for k in range(i, len(out)) if out[k] != "title"), len(out))
        edited = tokens[i] in ("in", "en") and run_end < len(out) and out[run_end] == "editor"
        if (tokens[i] == "dans" or edited) and out[i] == out[i - 1] == out[i + 1] == "title" and \
                tokens[i - 1].endswith(",") and strip_punct(tokens[i + 1])[:1].isupper():
            j = i
            while j < len(tokens) and out[j] == "title":
                out[j] = "container-title"
                j += 1
            return out
    return out


def _role_after_title(tokens: list[str], labels: list[str]) -> list[str]:
    """'Correspondance, éd. Jean Bruneau, Paris …', 'Pour une esthétique de la réception,
    trad. Claude Maillard, …', a note's 'Letters, ed. John Smith (London: …)': 'éd.' or 'ed.'
    right after a title (or a container's title), with the name after it up to its comma,
    is that book's editor ('trad.', 'trans.': its translator), never the author's role nor
    a part of the title."""
    out = list(labels)
    for i in range(1, len(tokens) - 1):
        role = ROLE_WORD.match(tokens[i])
        j = i + 1
        if role is None and tokens[i:i + 3] == ["a", "cura", "di"]:  # Italian 'a cura di'
            role, j = _A_CURA.match("ed."), i + 3
        if role is None or out[i - 1] not in ("title", "container-title") or \
                not tokens[i - 1].endswith((",", ".")):
            continue  # '2e éd.', '2nd ed.': an edition
        if j < len(tokens) and tokens[j] in _ROLE_OF:  # 'trad. fr. Cornélius Heim'
            j += 1
        end = next((k for k in range(j, min(j + 9, len(tokens)))
                    if tokens[k][-1:] in ".,;" and not is_initials(tokens[k])
                    or k + 1 < len(tokens) and tokens[k + 1].startswith("(")), None)
        names = tokens[j:end + 1] if end is not None else []
        people = _split_on(names, _CONJUNCTIONS)
        if end is None or len(names) < 2 or not all(_name_words(p, 5) for p in people) or \
                any(w.endswith(".") and not is_initials(w) for w in names[:-1]):
            continue  # 'Trans. Amer. Math. Soc.': a journal's abbreviated name
        out[i:end + 1] = ["editor" if role.group("ed") else "translator"] * (end + 1 - i)
    return out


_A_CURA = re.compile(r"(?P<ed>ed)\.")


def _split_on(words: list[str], joins: tuple[str, ...]) -> list[list[str]]:
    """The words in runs between the join words ('A. Brambilla e F. Conti' → two names)."""
    runs: list[list[str]] = [[]]
    for w in words:
        if w in joins:
            runs.append([])
        else:
            runs[-1].append(w)
    return runs


def _given_names_before_quote(tokens: list[str], labels: list[str]) -> list[str]:
    """Spanish 'Oyarzábal Lete, Carmen, «Crédito y confianza …», Revista …', 'Sala Puig,
    Montserrat, y Enric Torrent Bosch, «Los gremios …»': the given names after the family
    name (and the people after a conjunction), comma by comma up to a quoted title, are the
    authors, never the title's first words."""
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    if not 0 < end < len(tokens) - 1 or not tokens[end - 1].endswith(","):
        return labels
    k = end
    while k < len(tokens) and tokens[k][:1] not in _QUOTE_OPEN:
        close = next((j for j in range(k, min(k + 5, len(tokens))) if tokens[j].endswith(",")),
                     None)
        words = tokens[k:close + 1] if close is not None else []
        if words and strip_punct(words[0]) in _CONJUNCTIONS:
            words = words[1:]
        if not words or not _name_words(words, 4):
            return labels
        k = close + 1
    if k == end or k >= len(tokens):
        return labels
    return ["author"] * k + labels[k:]


# a Spanish (Portuguese, Italian) title's function words: 'Cien años de soledad'
_ROMANCE = frozenset("de del la las el los y en e da do das dos di della delle con por para"
                     .split())


def _given_name_after_surnames(tokens: list[str], labels: list[str]) -> list[str]:
    """Spanish 'García Márquez, Gabriel, Cien años de soledad, Buenos Aires, …' read as
    author 'García Márquez,' and title 'Gabriel, Cien años …': the given names after a
    family name of two surnames, before more of the title after a comma, are the author's
    when the whole is one person's name."""
    end = 0
    while end < len(labels) and labels[end] == "author":
        end += 1
    family = tokens[:end]
    if not 2 <= end <= 4 or not family[-1].endswith(",") or \
            any(t.endswith(",") for t in family[:-1]) or \
            not _name_words([w for w in family if w not in ("i", "y")], 3) or \
            any(is_initials(w) for w in family) or family[0].lower() in PARTICLES:
        return labels
    close = next((k for k in range(end, min(end + 3, len(tokens))) if tokens[k].endswith(",")),
                 None)
    if close is None or close + 1 >= len(tokens) or \
            any(lab != "title" for lab in labels[end:close + 2]) or \
            not _name_words(tokens[end:close + 1], 3) or _is_place(tokens, end, close + 1) or \
            not (tokens[close + 1][:1].isupper() or tokens[close + 1][:1] in _QUOTE_OPEN):
        return labels
    names, _ = parse_names(" ".join(tokens[:close + 1]))
    title = labels.index("title", close + 1) if "title" in labels[close + 1:] else close + 1
    title_end = next((k for k in range(title, len(labels)) if labels[k] != "title"), len(labels))
    if len(names) != 1 or is_organisation(" ".join(family).rstrip(",")) or \
            not any(strip_punct(t) in _ROMANCE for t in tokens[title:title_end]):
        return labels  # 'Margaret Hollis, Grain, Debt, and Credit …': an English title
    return ["author"] * (close + 1) + labels[close + 1:]


def _inverted_name_read_as_title(tokens: list[str], labels: list[str]) -> list[str]:
    """'Casals i Ferrer, Jordi, El comercio catalán …, Barcelona, Crítica, 1981.' read all as
    a title, no author: a reference opening with a family name (one to three words, a
    particle or Catalan 'i' between them) and given names, each closed by a comma, before
    a capitalised title, and ending in the comma style's 'Place, Publisher, Year', opens
    with its author."""
    if "author" in labels or "editor" in labels or len(tokens) < 6 or \
            not re.fullmatch(r"(?:1[5-9]|20)\d\d\.?", tokens[-1]) or \
            not tokens[-2].endswith(","):
        return labels
    items = comma_items(tokens, min(len(tokens), 9))
    if len(items) < 3 or any(labels[k] != "title" for k in items[0] + items[1]):
        return labels
    family, given = ([tokens[k] for k in item] for item in items[:2])
    name = [w for w in family if w not in ("i", "y")]
    after = strip_punct(tokens[items[2][0]])
    if not (_name_words(name, 3) and len(family) <= 4 and _name_words(given, 4)) or \
            any(is_initials(w) for w in family) or len(family) - len(name) > 1 or \
            _is_place(tokens, items[0][0], items[0][-1] + 1) or \
            _is_place(tokens, items[1][0], items[1][-1] + 1) or \
            not (after[:1].isupper() or tokens[items[2][0]][:1] in _QUOTE_OPEN):
        return labels
    end = items[1][-1] + 1
    return ["author"] * end + labels[end:]


def _editors_in_container(tokens: list[str], labels: list[str]) -> list[str]:
    """Spanish '«La Real Cédula …», en Antonio Miralles Gascón (coord.), Las Juntas de
    Comercio …, Madrid, …' (Italian 'in', English 'in'): after a title's comma, 'en' and
    names closed by a bracketed role ('(coord.)', '(ed.)', '(dir.)', '(a cura di)') are the
    book's editors, and the title words after them, up to the place, its title."""
    out = list(labels)
    for i in range(1, len(tokens) - 2):
        if tokens[i].lower() not in ("en", "in") or not tokens[i - 1].endswith(",") or \
                out[i] not in ("title", "container-title", "editor"):
            continue
        close = next((j for j in range(i + 1, min(i + 12, len(tokens))) if tokens[j].endswith(
            ("),", ")")) and _BRACKETED_ROLE.search(" ".join(tokens[i + 1:j + 1]))), None)
        if close is None:
            return out
        opened = next(j for j in range(i + 1, close + 1) if tokens[j].startswith("("))
        if out[i] != "editor" and not all(  # (the model's editors are taken as they are)
                _name_words(p, 5) for p in _split_on(tokens[i + 1:opened], _CONJUNCTIONS)):
            return out
        out[i:close + 1] = ["editor"] * (close + 1 - i)
        k = close + 1
        while k < len(tokens) and out[k] in ("title", "container-title"):
            out[k] = "container-title"
            k += 1
        return out
    return out


_BRACKETED_ROLE = re.compile(r"\((?:eds?|coords?|dirs?|éds?|a cura di|hrsg)\.?\),?$", re.I)


def _subtitle_before_place(tokens: list[str], labels: list[str]) -> list[str]:
    """'Métamorphoses du récit. Autour de Flaubert, Paris, Seuil, 1988.', 'Le Démon de la
    théorie. Littérature et sens commun, Paris, …': in the comma style 'Place, Publisher,
    Year', capitalised words the model read as a publisher or a container, between a title
    closing its sentence (no quoted title: an article's) and the place, are the title's
    subtitle (never after 'in', a container's mark)."""
    runs = label_runs(labels)
    out = list(labels)
    for (a, s0, e0), (b, s1, e1), (c, s2, e2), (d, _, e3) in zip(runs, runs[1:], runs[2:],
                                                                  runs[3:], strict=False):
        if a == "title" and b in ("publisher", "container-title") and c == "location" and \
                d == "publisher" and tokens[s0][:1] not in _QUOTE_OPEN and \
                tokens[e0 - 1].endswith(".") and \
                all(tokens[k].endswith(",") == (k == e1 - 1) for k in range(s1, e1)) and \
                all(tokens[k].endswith(",") == (k == e2 - 1) for k in range(s2, e2)) and \
                tokens[e3 - 1].endswith(",") and e3 < len(out) and out[e3] == "date" and \
                strip_punct(tokens[s1])[:1].isupper() and not _IN.match(tokens[s1]):
            out[s1:e1] = ["title"] * (e1 - s1)
    return out


def _place_completing_title(tokens: list[str], labels: list[str]) -> list[str]:
    """'La novela en América Latina, Lima, 1990.': a place run of comma items ('Latina,
    Lima,') right after a title word with no punctuation ('América') starts inside the
    title's phrase; its first item is the title's end ('América Latina'), the rest the
    place. Never 'Title New York: Publisher' (no comma item) nor 'Title Cambridge, Mass.:'
    (the run ends at the colon, not at a comma)."""
    out = list(labels)
    for lab, start, end in label_runs(labels):
        if lab != "location" or start == 0 or out[start - 1] != "title" or \
                not tokens[start - 1][-1:].isalnum() or not tokens[end - 1].endswith(","):
            continue
        first = next(k for k in range(start, end) if tokens[k].endswith(","))
        if first < end - 1:
            out[start:first + 1] = ["title"] * (first + 1 - start)
    return out


_EVENT = re.compile(r"proceedings|conference|symposium|workshop|congress|colloqu", re.I)


def _is_place(tokens: list[str], start: int, end: int) -> bool:
    """Are tokens[start:end] a place of the gazetteer ('München', 'New York'), or a city
    under its own name ('Torino')?"""
    from .italianstyle import is_city

    words = tokens[start:end]
    return all(mark_places(words)) or " ".join(strip_punct(w) for w in words).lower() in PLACES \
        or len(words) == 1 and is_city(words[0])


def _publisher_after_place(tokens: list[str], labels: list[str]) -> list[str]:
    """The comma style's 'München, Fink, 1999.', 'Bern, Francke, 1946.' read as one place:
    in a reference with no publisher, a place run of two comma items before the date, the
    first a place of the gazetteer and the second no place (nor a state's abbreviation,
    'Cambridge, Mass.', 'Cambridge, MA'), is the place and its publisher."""
    if "publisher" in labels or any(
            lab in ("container-title", "journal") and _EVENT.search(tokens[k])
            for k, lab in enumerate(labels)):
        return labels  # 'Proceedings of …, Zurich, Switzerland, 1995': the event's place
    for lab, start, end in label_runs(labels):
        commas = [k for k in range(start, end) if tokens[k].endswith(",")]
        if lab != "location" or len(commas) != 2 or commas[1] != end - 1 or \
                end >= len(labels) or labels[end] != "date":
            continue
        second = [strip_punct(t) for t in tokens[commas[0] + 1:end]]
        if _is_place(tokens, start, commas[0] + 1) and \
                not _is_place(tokens, commas[0] + 1, end) and \
                all(w[:1].isupper() and not w.isupper() and w.isalpha() or w in ("&", "de")
                    for w in second) and not any(t.rstrip(",").endswith(".")
                                                 for t in tokens[commas[0] + 1:end]):
            out = list(labels)
            out[commas[0] + 1:end] = ["publisher"] * (end - commas[0] - 1)
            return out
    return labels
