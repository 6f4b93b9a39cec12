"""Front matter: title, byline, header facts and the author's biography."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import labels
from .affiliation_lines import is_affiliation, spaced_affiliations
from .affiliations import known_marks, name_marks
from .bylines import PARTICLES, byline_names, name_word, read_byline
from .cover import course_line, declaration, title_label, titled_body
from .lines import (
    ABOUT_AUTHOR,
    DATE,
    EMAIL,
    INFO,
    affiliation_like,
    cover_fact,
    dated_byline,
    is_heading,
    is_web_junk,
    paragraph_like,
    reference_heading,
)
from .marklines import email_line
from .outline import CHAPTER_RULE
from .pagetop import article_kicker, breadcrumb_trail, chapter_title, kicker

_BIO_VERB = re.compile(r"^(?:Dr\.?\s+|Prof\.?\s+)?((?:[^\W\d_][\w.’'-]*\s+){0,4}?[^\W\d_][\w’'-]*)"
                       r"\s+(?:is|was|has|holds|teaches|works|studies|lives|"
                       # and in French, German, Spanish, Italian: 'Camille Lefèvre est étudiante'
                       r"est|était|enseigne|étudie|travaille|ist|war|studiert|lehrt|arbeitet|"
                       r"forscht|es|estudia|enseña|trabaja|è|studia|insegna|lavora)\b")
_AUTHOR_FACTS = ("name", "student-name", "student", "author")
# labels a title or heading may start with: they count as cover facts with a number after them
_WEAK_LABELS = frozenset(("class", "paper", "unit", "programme", "program", "assignment",
                          "assessment", "year", "semester", "term", "group", "words"))
_COURSE_LABELS = frozenset(("class", "paper", "unit", "programme", "program"))
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())
_MAX_AFFILIATIONS = 3
# labels of a person ('Teacher:', 'Module leader:'): a value after them is a name, never a
# line of dialogue
_PERSON_LABELS = frozenset(("student", "candidate", "tutor", "lecturer", "instructor", "teacher",
                            "professor", "supervisor", "seminar", "marker"))
# the first word of a title, never of a cover fact's value: 'Why Exams Fail', 'A Short History'
_TITLE_STARTS = frozenset(
    "The A An Why How What When Where Who Whose Which Is Are Was Were Do Does Did Can Could "
    "Should Would Will Beyond Towards Toward Against Between Under Over After Before On In For "
    "From To With Of At Into Not No Our My Its Their This That These Those".split())


@dataclass
class Front:
    """What the header of an essay holds, with source line numbers."""

    title: tuple[int, str] | None = None
    authors: list[tuple[int, str]] = field(default_factory=list)
    info: list[tuple[int, str, str]] = field(default_factory=list)
    bio: tuple[int, str] | None = None
    consumed: int = 0
    # changes to log: (rule, line, before, after), a title wrapped onto two lines joined
    changes: list[tuple[str, int, str, str]] = field(default_factory=list)


def _is_bio(text: str, authors: list[tuple[int, str]]) -> bool:
    """The author's biography: a paragraph about the byline's author ('Lou Cardot is a
    third-year student…') or one giving an e-mail address; never without a byline, where
    'Rwanda was a country divided…' is the essay's first paragraph."""
    if len(text.split()) < 8 or not authors:
        return False
    match = _BIO_VERB.match(text)
    if match and not all(name_word(word) or word in PARTICLES for word in match.group(1).split()):
        match = None
    surnames = {name.split()[-1] for _, name in authors}
    if match and match.group(1).split()[-1] in surnames:
        return True
    return bool(EMAIL.search(text))


# a star note's line: its symbol mark and its words ('* Associate Professor of Law, …')
_STAR_NOTE = re.compile(r"^([*†‡]+)\s*(?=[^\W\d_])")
# a note that says more than an institution: two sentences, or thanks ('I thank …')
_NOTE_SENTENCES = re.compile(r"[.!?]\s+[A-Z]|\b(?:I|We)\s+(?:thank|am|are|would)\b|"
                             r"\b(?:[Tt]hanks|grateful)\b")


def _star_note(authors: list[tuple[int, str]], lines: list[tuple[int, str]],
               text: str) -> str | None:
    """The first author's note under a byline ('Jane Hollings*' over '* Associate Professor
    of Law, Westbrook University. I thank …'): its mark a symbol the first author's name
    carries, its words sentences about the author (never '* University of Leeds' alone, an
    affiliation); the note without its mark, or None."""
    match = _STAR_NOTE.match(text.strip())
    if match is None or not authors:
        return None
    rest = text.strip()[match.end():]
    if not _NOTE_SENTENCES.search(rest) or len(rest.split()) < 6:
        return None
    byline = dict(lines).get(authors[0][0], "")
    names = [name for number, name in authors if number == authors[0][0]]
    first = name_marks(byline, names)[0] if names else []
    return rest if match.group(1) in first else None


DATE_LINE = re.compile(rf"^{DATE}$", re.IGNORECASE)  # a date alone: '14 March 2025'
_MLA_FACTS = ("instructor", "course", "date")
_HONORIFIC = re.compile(r"^(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Mx\.?|Instructor)\s")


def mla_header(lines: list[tuple[int, str]]) -> Front | None:
    """MLA's header block: the student's name, the instructor, the course and the date,
    one a line, then the title ('Priya Nair / Professor Hall / English 210 / 14 March 2025')."""
    for end in (3, 2):  # the date closes the block: four lines, or three without the course
        if len(lines) <= end + 1 or not DATE_LINE.match(lines[end][1].strip()):
            continue
        names = byline_names(lines[0][1])
        block = lines[1:end]
        teacher = _HONORIFIC.match(lines[1][1]) or (  # 'Urban Heat Islands / Maria Lopez / …'
            end == 3 and re.search(r"\d", lines[2][1]) and not byline_names(lines[1][1]))
        if not names or not teacher or any(len(text.split()) > 8 or text.rstrip()[-1:] in ".:;"
                            for _, text in block) or not is_heading(lines[end + 1][1]):
            return None
        facts = _MLA_FACTS[-end:] if end == 3 else ("instructor", "date")
        return Front(title=lines[end + 1], authors=[(lines[0][0], n) for n in names],
                     info=[(number, name, text) for (number, text), name
                           in zip(lines[1:end + 1], facts, strict=True)],
                     consumed=end + 2)
    return None


def _cover_block(lines: list[tuple[int, str]]) -> Front:
    """A student's cover sheet before the title: 'Student ID: …', 'Module: …', one a line."""
    front = Front()
    facts = []
    for index, (number, text) in enumerate(lines[:-1]):  # a title must follow
        if (fact := cover_fact(text) or title_label(text)) is None:
            break
        if not _counts(*fact) and not (facts and _inner_fact(fact, lines[index + 1 : -1])):
            break
        facts.append((number, text, *fact))
    if any(_solid(name, value) for _, _, name, value in facts):
        for fact in facts:
            _add_fact(front, *fact)
        front.consumed = len(facts)
    return front


def _cover_sheet(lines: list[tuple[int, str]]) -> Front:
    """The cover block's facts and a declaration of originality among them ('Declaration of
    originality' / 'I confirm that this assignment is my own work …'), a header fact too."""
    front = _cover_block(lines)
    while (found := declaration(lines[front.consumed:])) is not None:
        count, text = found
        number = lines[front.consumed][0]
        front.info.append((number, "declaration", text))
        if count > 1:  # its heading and its statement: one fact
            front.changes.append((DECLARATION, number, lines[front.consumed][1].strip(), text))
        front.consumed += count
        more = _cover_block(lines[front.consumed:])
        front.info.extend(more.info)
        front.authors.extend(more.authors)
        front.consumed += more.consumed
    return front


def _labelled_title(cover: Front, rest: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The title a cover sheet's label gives ('Assignment title: Why …' gives 'Why …'), when
    no title of its own stands under the cover sheet (the body's first heading or paragraph
    comes next); the label's fact goes, logged. None when the title stands below it."""
    for fact in cover.info:
        number, _, text = fact
        if (labelled := title_label(text)) is None:
            continue
        if rest and not titled_body(rest[0][1], labelled[1]):
            return None
        cover.info.remove(fact)
        cover.changes.append((TITLE_LABEL, number, text.strip(), labelled[1]))
        return number, labelled[1]
    return None


def _inner_fact(fact: tuple[str, str], after: list[tuple[int, str]]) -> bool:
    """A weak label's title-like value between cover facts ('Assignment: Critical Review of
    Assessment Policy' over 'Word count: 2,487'): a fact, not the title; never a sentence or a
    question."""
    name, value = fact
    if name not in _WEAK_LABELS or _sentence(value) or value.rstrip().endswith("?"):
        return False
    following = cover_fact(after[0][1]) if after else None
    return following is not None and _counts(*following)


def _solid(name: str, value: str) -> bool:
    """A cover fact no title or heading could be: 'Class: The Hidden Injuries' could."""
    if name in _AUTHOR_FACTS:
        return bool(byline_names(value))
    if _person_label(name) and (value.rstrip().endswith("?") or _sentence(value)):
        return False  # 'Teacher: What did you notice…?': a line of dialogue
    return name not in _WEAK_LABELS or any(char.isdigit() for char in value)


def _counts(name: str, value: str) -> bool:
    """A cover fact at all, even beside solid ones: a weak label's value is no title
    ('Assessment: Why Exams Fail…', 'Term: A Short History of…') and no sentence; a
    person's label is followed by no question and no sentence."""
    if name in _WEAK_LABELS and (_title_like(name, value) or _sentence(value)
                                 or value.rstrip().endswith("?")):
        return False
    return not _person_label(name) or _solid(name, value)


def _person_label(name: str) -> bool:
    return name in _PERSON_LABELS or name.endswith(("-leader", "-convenor", "-tutor"))


def _sentence(value: str) -> bool:
    """A sentence, not a fact: 'It sounds sad even when the words are happy.'"""
    words = value.split()
    return len(words) >= 4 and value.rstrip()[-1:] in ".!?" and any(
        word[:1].islower() for word in words[1:])


def _title_like(name: str, value: str) -> bool:
    """A title's phrase: from an article or a question word ('A Short History of…', 'Why
    Exams Fail'), with a subtitle, or four words and more in title case without a figure
    ('Zero and the Khmer Rouge'), save after a course's label, where a course's name is
    ('Programme: BA Politics and International Relations')."""
    words = value.split()
    if not words:
        return False
    if (len(words) > 1 and words[0] in _TITLE_STARTS) or ":" in value:
        return True  # never 'Group: A'
    if name in _COURSE_LABELS or any(char.isdigit() for char in value):
        return False
    return len(words) >= 4 and all(word[:1].isupper() for word in words
                                   if word.lower() not in _SMALL_WORDS)


def _add_fact(front: Front, number: int, text: str, name: str, value: str) -> None:
    """A 'Label: value' line: the author's name ('Name: Jane Doe') or a header fact."""
    names = byline_names(value) if name in _AUTHOR_FACTS else []
    if names:
        front.authors.extend((number, n) for n in names)
    else:
        front.info.append((number, name, text))


def _after_blank(fact: tuple[str, str], under: str | None) -> bool:
    """A cover fact after a blank line: the first under the title or one under another fact
    ('Name: Jane Doe', blank, 'Student ID: 2049817'); never a weak label's ('Year: 2') and
    never a person's label but with a name after it, where dialogue ('Teacher: Right, so…')
    could stand."""
    name, value = fact
    if under not in ("title", "fact", "name-fact") or name in _WEAK_LABELS:
        return False
    return not _person_label(name) or bool(byline_names(_HONORIFIC.sub("", value)))


# words a title's line does not end on unless it goes on: 'in', 'and', 'of the'
_CONNECTIVES = _SMALL_WORDS | frozenset(
    "about across after against among amongst around before behind beneath beside between "
    "beyond during including like nor over since than through towards toward under until upon "
    "versus via whether within without yet its their our his her".split())
_MAX_TITLE_TAIL = 6  # words of a title's second line


def _title_join(text: str, following: str) -> str | None:
    """How a title's line goes on on the next one, if it does: '' after a hyphen, ' ' when
    the title wrapped ('… in Post-Conflict' / 'Societies': the next line starts in lower
    case with a small word in it, or this one ends on a hyphen or a small word), ': ' before
    a subtitle (this line long and ending without punctuation, the next much shorter and no
    name, affiliation or heading of its own). Never a byline ('By …', 'Posted on …', 'bell
    hooks'), a date, a header fact or a line with a number ('Word Count 2500')."""
    tail = following.strip()
    words = tail.split()
    if not words or len(words) > _MAX_TITLE_TAIL or len(tail) > 60:
        return None
    if (dated_byline(tail) or INFO.match(tail) or cover_fact(tail) or reference_heading(tail)
            or EMAIL.search(tail) or DATE_LINE.match(tail) or tail.lower().startswith("by ")
            or re.search(r"\d", tail)):
        return None
    last = text.split()[-1] if text.split() else ""
    if last.endswith("-"):
        return ""
    if last.lower() in _CONNECTIVES:
        return " "  # 'The Politics of' / 'Nelson Mandela': a name too goes on with it
    if byline_names(tail):
        return None
    if tail[:1].islower():
        small = any(w.lower() in _CONNECTIVES for w in words)
        return " " if small else None  # never 'bell hooks', a name in lower case
    if not is_heading(tail):
        return None
    if (len(text) >= 40 and text.rstrip()[-1:].isalpha() and len(tail) < len(text) // 2
            and tail.lower() not in _OWN_HEADINGS and not affiliation_like(tail)):
        subtitle = len(words) >= 3 or words[0] in ("A", "An", "The")
        return ": " if subtitle else " "  # '… Germany' / 'A Reassessment'; '…' / 'Societies'
    return None


# a heading of its own, never the end of a title: 'Introduction', 'Abstract'
_OWN_HEADINGS = frozenset(("introduction", "abstract", "summary", "preface", "foreword",
                           "acknowledgements", "acknowledgments", "background", "overview",
                           "contents", "table of contents", "executive summary"))
BYLINE_LABEL = "byline-label"
TITLE_LABEL = "title-label"
DECLARATION = "declaration"
_JOIN_TITLE = "join-wrapped-lines"
DROP_JUNK = "drop-web-junk"
# what a header line may stand under for a publication line to follow it
_HEADER_KINDS = ("title", "author", "name-fact", "affiliation", "fact", "publication",
                 "subtitle")
# a page's 'updated' date: 'Updated: 18 January 2024', 'Last updated on March 3, 2024'
_UPDATED = re.compile(rf"^(?:(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?|"
                      rf"mis à jour(?:\s+le)?|aktualisiert(?:\s+am)?|actualizado(?:\s+el)?|"
                      rf"aggiornato(?:\s+il)?)"
                      rf"\s*:?\s*{DATE}"
                      r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\.?$",
                      re.IGNORECASE)
# the separators of a kicker or masthead line: 'Policy Brief | …', 'Review · Issue 7 · 2024'
_PUBLICATION_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_MAX_PUBLICATION_WORDS = 8


def _publication_line(text: str, following: str) -> bool:
    """A kicker or masthead line in the header, its parts apart by ' | ', ' · ' or ' • ': the
    kind of paper and who publishes it ('Policy Brief | Sustainable Futures Student
    Network'), a journal's issue ('Economics Society Review · Issue 7 · Spring 2024'). Each
    part short and from a capital or a figure, no sentence's punctuation, no 'By …' (a
    byline's); never a table's first row (a line of as many parts under it), never a
    heading right over its paragraph ('Part One | The Setting')."""
    parts = _PUBLICATION_SEPARATOR.split(text.strip())
    if not 2 <= len(parts) <= 5 or paragraph_like(following):
        return False
    if len(_PUBLICATION_SEPARATOR.split(following.strip())) == len(parts):
        return False  # 'Study | Location | Species' over its first row: a table
    return all(part and (part[0].isupper() or part[0].isdigit())
               and len(part.split()) <= _MAX_PUBLICATION_WORDS and len(part) <= 60
               and not re.search(r"[;:?!\"“”]|[.,]$", part)
               and not part.lower().startswith("by ") for part in parts)


def _over_byline(lines: list[tuple[int, str]], index: int) -> bool:
    """The line right under this one is a byline."""
    return (index + 1 < len(lines) and lines[index + 1][0] == lines[index][0] + 1
            and bool(byline_names(lines[index + 1][1])))


# a course's code and name on a title page: 'PSY 201: Research Methods', 'HIST2040 Modern Europe'
_COURSE_LINE = re.compile(r"^[A-Z]{2,5}\s?\d{2,4}[A-Z]?\b[:\s–-]")
# an instructor named with a title: 'Dr. Jane Roe', 'Professor A. Smith'
_INSTRUCTOR = re.compile(r"^(?:Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?)\s+[A-Z][\w.'’-]*"
                         r"(?:\s+[A-Z][\w.'’-]*){0,3}$")


def _instructor(front: Front, under: str | None, text: str) -> bool:
    """'Professor Daniel Okonkwo' under the student's name and course line: the instructor,
    never a second author (a title page's 'Name / Course / Professor … / Date'); under an
    institution ('University of Leeds' / 'Professor John Brown') a co-author's byline."""
    return bool(front.authors) and _INSTRUCTOR.match(text.strip()) is not None and (
        under == "fact" or (under == "affiliation" and front.info[-1:] != []
                            and front.info[-1][1] == "course"))


def _title_page_next(lines: list[tuple[int, str]], index: int) -> bool:
    """Does a title page's next fact follow (a course, an instructor, a date)? Then a line
    after a blank line is still the title page's, never a first heading."""
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1][1].strip()
    return bool(_COURSE_LINE.match(following) or _INSTRUCTOR.match(following)
                or DATE_LINE.match(following))


def _has_date(front: Front) -> bool:
    return any(name == "date" for _, name, _ in front.info)


def end_bio(front: Front, lines: list[tuple[int, str]]) -> tuple[int | None, int] | None:
    """Where the bio of the essay's author stands at the end, when the header gave none: the
    index of an 'About the author' line over it (or None) and the bio's own index; or the
    essay's last line alone, after its reference list, when it is that bio ('Jane Okafor is a
    lecturer in …')."""
    if front.bio is not None:
        return None
    for index, (_, text) in enumerate(lines[:-1]):
        if ABOUT_AUTHOR.match(text.strip()) and _at_end(lines, index, bool(front.authors)) \
                and _is_bio(lines[index + 1][1],
                            front.authors or bio_subject(lines[index + 1][1])):
            return index, index + 1
    if not front.authors:
        return None
    after_references = any(reference_heading(text) for _, text in lines[:-1])
    if after_references and _BIO_VERB.match(lines[-1][1]) and \
            _is_bio(lines[-1][1], front.authors):
        return None, len(lines) - 1
    return None


def _at_end(lines: list[tuple[int, str]], index: int, byline: bool) -> bool:
    """Does an 'About the author' line stand at the page's end: no body text after its bio
    (before a reference list), and, when the essay has no byline, after the references? A
    book report's 'About the Author' section among its body sections is the essay's own."""
    for _, text in lines[index + 2:]:
        if reference_heading(text):
            break
        if paragraph_like(text):
            return False
    return byline or any(reference_heading(text) for _, text in lines[:index])


def bio_subject(text: str) -> list[tuple[int, str]]:
    """The person a bio under 'About the author' is about, as a byline would name them
    ('Eleanor M. Whitcombe is a …'): a name of two words at least; none otherwise."""
    match = _BIO_VERB.match(text)
    words = match.group(1).split() if match else []
    if len(words) < 2 or not all(name_word(word) or word in PARTICLES for word in words):
        return []
    return [(0, " ".join(words))]


def read_front(lines: list[tuple[int, str]]) -> Front:
    """Read the header lines at the start of an essay; stop at the first body line. A
    breadcrumb trail copied one segment a line over the title ('Home' / 'Essays' /
    'Environment') is web furniture: dropped, logged; a site's section or a journal's
    article type over the title ('Opinion', 'Original Investigation') is a header fact."""
    crumbs = breadcrumb_trail(lines)
    section = kicker(lines) if not crumbs else None
    label = article_kicker(lines) if not crumbs and section is None else None
    skipped = crumbs + (label is not None or section is not None)
    cover = _cover_sheet(lines[skipped:])
    rest = lines[skipped + cover.consumed :]
    if (labelled := _labelled_title(cover, rest)) is not None:
        rest = [labelled, *rest]  # 'Assignment title: Why …' over the body: the title 'Why …'
        cover.consumed -= 1
    front = mla_header(rest) or _read_header(rest)
    front.changes[:0] = cover.changes
    front.authors = _unique(cover.authors + front.authors)
    front.info[:0] = cover.info + ([(section[0], "section", section[1])] if section else []) \
        + ([(label[0], "article-type", label[1])] if label else [])
    front.consumed += skipped + cover.consumed
    front.changes[:0] = [(DROP_JUNK, number, text, "") for number, text in lines[:crumbs]]
    return front


def _standfirst(text: str, lines: list[tuple[int, str]], index: int) -> bool:
    """A subtitle or standfirst between the title and the byline right under it ('The
    Coming Water Wars' / 'Why Rivers Divide Nations' / 'By Jane Doe'): one line of at most
    forty words, no byline itself, no web furniture."""
    if index + 1 >= len(lines) or lines[index + 1][0] != lines[index][0] + 1:
        return False
    following = lines[index + 1][1]
    return (bool(byline_names(following) or dated_byline(following))
            and not byline_names(text) and not is_web_junk(text)
            and len(text.split()) <= 40 and not INFO.match(text))


def _unique(authors: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The authors without a name given twice (on the cover sheet and in the byline)."""
    first: dict[str, int] = {}
    for number, name in authors:
        first.setdefault(name, number)
    return [(number, name) for name, number in first.items()]


_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _outline_heading(text: str, lines: list[tuple[int, str]], index: int) -> bool:
    """'I. Historians' over the body's first paragraph when a later line opens with 'II.':
    an outline's heading, never an author with an initial ('I. Berlin' over a heading or
    alone stays a byline)."""
    match = re.match(r"([IVX]{1,4})\.\s+[A-Z]", text.strip())
    if match is None or match.group(1) not in _ROMANS[:-1]:
        return False
    below = lines[index + 1][1] if index + 1 < len(lines) else ""
    if is_heading(below) or len(below.split()) < 6:
        return False
    following = _ROMANS[_ROMANS.index(match.group(1)) + 1] + "."
    return any(later.strip().startswith(following + " ") for _, later in lines)


def _read_header(lines: list[tuple[int, str]]) -> Front:
    """Title, byline, affiliation, header facts and bio, in the order the essay gives them."""
    front = Front()
    affiliations = 0
    under = None  # what the line above was, when it is right above: 'author', 'affiliation', …
    skip = None  # the second line of a wrapped title
    spaced = 0  # the end of affiliations after a blank line under the byline
    for index, (number, text) in enumerate(lines):
        if index == skip:
            continue
        adjacent = index > 0 and lines[index - 1][0] == number - 1
        if (under in ("author", "name-fact", "affiliation") and not adjacent
                and index >= spaced and front.bio is None):
            spaced = index + spaced_affiliations(lines, index, known_marks(front.authors, lines),
                                                 under == "affiliation")
        kind = "other"
        if front.title is None:
            front.title = (number, text)
            kind = "title"
            below = lines[index + 1][1] \
                if index + 1 < len(lines) and lines[index + 1][0] == number + 1 else None
            join = _title_join(text, below) if below is not None else None
            if below is not None and (chapter := chapter_title(text, below)) is not None:
                front.title = (number, chapter)  # 'Chapter 2' / its title: one title
                front.changes.append((CHAPTER_RULE, number, f"{text.strip()} / "
                                      f"{below.strip()}", chapter))
                skip = index + 1
            elif join is not None:
                following = lines[index + 1][1]  # the title wrapped onto a second line
                front.title = (number, f"{text.rstrip()}{join}{following.strip()}")
                front.changes.append((_JOIN_TITLE, lines[index + 1][0], following,
                                      front.title[1]))
                skip = index + 1
        elif front.bio is None and (names := byline_names(text)) and len(front.authors) < 6 \
                and not _outline_heading(text, lines, index) and not _instructor(front, under,
                                                                               text):
            front.authors.extend((number, name) for name in names)
            label, _, degrees = read_byline(text)
            if re.search(r"\w", label) or degrees:  # 'A thesis by', 'Por', ', MD, PhD'
                front.changes.append((BYLINE_LABEL, number, text.strip(), ", ".join(names)))
            kind = "author"
        elif front.bio is None and under in ("author", "affiliation") and \
                (note := _star_note(front.authors, lines, text)):
            front.bio = (number, note)  # '* Associate Professor of Law, … I thank …'
            kind = "fact"
        elif front.bio is None and not _has_date(front) and (dated := dated_byline(text)):
            # a blog's 'Posted on 14 March 2024 by Hannah Greaves': the author and the date;
            # the blog's category ('… in Global Politics') is web furniture, dropped, logged
            front.authors.extend((number, name) for name in dated[0]
                                 if name not in {n for _, n in front.authors})
            front.info.append((number, "date", dated[1]))
            if dated[2]:
                front.changes.append((DROP_JUNK, number, text.strip(), dated[1]))
            kind = "author"
        elif front.bio is None and (match := _UPDATED.match(text.strip())):
            front.info.append((number, "updated", text))  # 'Updated: 18 January 2024'
            kind = "fact"
        elif (front.bio is None and under in _HEADER_KINDS
              and (adjacent or _over_byline(lines, index))
              and _publication_line(text, lines[index + 1][1] if index + 1 < len(lines)
                                    and lines[index + 1][0] == number + 1 else "")):
            # a kicker or masthead line: 'Policy Brief | Sustainable Futures Student Network'
            front.info.append((number, "publication", text))
            kind = "publication"
        elif under == "title" and adjacent and _standfirst(text, lines, index):
            front.info.append((number, "subtitle", text.strip()))  # 'Why Rivers Divide …'
            kind = "subtitle"
        elif front.bio is None and (match := INFO.match(text)):
            label = match.group(1).lower()
            keywords = re.fullmatch(labels.KEYWORDS, label)  # 'Key words', 'Palabras clave'
            front.info.append((number, "keywords" if keywords else label.replace(" ", "-"),
                               text))
        elif (front.bio is None and (fact := cover_fact(text)) and _solid(*fact)
              and _counts(*fact) and (adjacent or _after_blank(fact, under))):
            # a run of cover facts under the header's lines
            before = len(front.authors)
            _add_fact(front, number, text, *fact)
            kind = "name-fact" if len(front.authors) > before else "fact"
        elif (front.authors and front.bio is None
              and affiliations < max(_MAX_AFFILIATIONS, len(marks := known_marks(
                  front.authors, lines)))
              and under in ("author", "name-fact", "affiliation", "fact")
              and (adjacent or _title_page_next(lines, index) or index < spaced)
              and is_affiliation(lines, index, marks) and not _instructor(front, under, text)):
            front.info.append((number, "course" if course_line(text) else "affiliation", text))
            # (also after a blank line, as a title page spaces them)
            affiliations += 1
            kind = "affiliation"
        elif front.authors and front.bio is None and email_line(text):
            front.info.append((number, "email", text))  # the authors' addresses
            kind = "fact"
        elif (front.authors and front.bio is None and under in ("affiliation", "fact")
              and _INSTRUCTOR.match(text.strip())):
            front.info.append((number, "instructor", text))  # 'Dr. Jane Roe' on a title page
            kind = "fact"
        elif (front.authors and front.bio is None and not _has_date(front)
              and DATE_LINE.match(text.strip())):
            front.info.append((number, "date", text))  # a title page's due date
            kind = "fact"
        elif front.bio is None and _is_bio(text, front.authors):
            front.bio = (number, text)
        else:
            front.consumed = index
            return front
        under = kind
        if reference_heading(text) or (index > 0 and is_heading(text) and front.bio):
            front.consumed = index
            return front
    front.consumed = len(lines)
    return front
