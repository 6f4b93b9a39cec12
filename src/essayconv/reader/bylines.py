"""Persons' names and bylines: a name's words, a byline's label and its names."""

from __future__ import annotations

import re

from ..references.gazetteer import mark_places

# what stands before the names of a byline: '- ', 'By ', 'A thesis by ', 'Prepared by: '
BYLINE_PREFIX = re.compile(
    r"^(?:[-•·*]\s*|(?:(?:an?\s+)?(?:thesis|dissertation|essay|report|paper|project|study)\s+)?"
    r"(?:(?:written|prepared|submitted|compiled|presented|researched)\s+)?by:?\s+)",
    re.IGNORECASE)
# short words inside a name: 'Ana de la Cruz', 'Mary van der Berg', 'Seán Ó Briain'
PARTICLES = frozenset("de da di do dos das del della der den van von la le du ter ten "
                      "bin ibn al el y zu Ó".split())
# capitalised words of headings that are no one's name: 'The Cold War', 'Literature Review'
_NOT_NAME = frozenset(
    "The A An Of On In For To With From At Into Beyond Towards Toward Against Between Under "
    "Over After Before Why How What When Where Who Is Are Was Were Not No Our My Its Their "
    "This That These Those Part Chapter Section Appendix Introduction Conclusion Conclusions "
    "Concluding Abstract Summary Background Discussion Method Methods Methodology Results "
    "Findings Analysis Overview Review Literature Remarks Thoughts Acknowledgements "
    "Acknowledgments Context Evidence Implications Limitations Recommendations Outlook "
    "Aftermath Case Study Studies Theory Framework Approach Data Policy Research War World"
    .split())
# an institution's own word: 'University', 'College', 'School', …
INSTITUTION = re.compile(
    r"\b(?:Universit(?:y|ies|é|ät|at|ad|à|eit|et)|Universidade?|College|Institute|Institut|"
    r"School|Faculty|Department|Dept\.|Centre|Center|Academy|Laborator(?:y|ies)|Polytechnic|"
    # and in other languages: 'Facultad de Historia', 'Dipartimento di Studi Umanistici'
    r"Instituto|Istituto|Facultad|Facoltà|Faculdade|Faculté|Fakultät|Departamento|"
    r"Dipartimento|Département|Hochschule|Escuela|Escola|Scuola|École|Politecnico)(?!\w)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")
_ELISION = re.compile(r"^(?:d|l|al|el)['’-](?=\w)")


# a word's first part that makes it no name: 'Post-War', 'Anti-Colonial', 'Austro-Hungarian'
_PREFIXES = frozenset(
    "post pre anti neo non pro austro anglo sino afro euro trans inter counter self "
    "semi multi pan proto pseudo quasi sub super ultra ex co cross over under out intra extra "
    "meta mega micro macro mini hyper para mid indo graeco hispano "
    "judeo judaeo slavo celto balto ibero one two three four five "
    "six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety half"
    .split())
# prefixes that are also surnames ('Luca Russo-Bianchi', 'Maria Franco-Vázquez'): no name only
# before a people's adjective ('Franco-Prussian', 'Greco-Roman', 'Luso-Brazilian')
_SURNAME_PREFIXES = frozenset("franco russo italo luso greco germano turco".split())
_PEOPLES_ADJECTIVE = re.compile(r"\w+(?:an|ese|ish|ic|ch)")
# a romanised Korean or Chinese syllable: 'Min', 'jun', 'Yat', 'sen', 'Kai', 'shek', 'Park'
_SYLLABLE = re.compile(
    r"(?:ch|sh|zh|ts|tz|hs|kk|tt|pp|ss|jj|ny|gw|kw|hw|rh|ph|th|kh|[bcdfghjklmnpqrstwxyz])?"
    r"[wy]?(?:[aeiou]{1,3})(?:ng|rk|[nklmpthr])?", re.IGNORECASE)


def _name_part(part: str) -> bool:
    """A piece of a name between hyphens or apostrophes: 'O', 'Connor', 'Luc', 'McDonald'."""
    return part.isalpha() and part[0].isupper() and (
        len(part) == 1 or any(char.islower() for char in part[1:]))


def _syllables(word: str) -> bool:
    """A romanised Korean or Chinese name word: one syllable a part ('Kim', 'Min-jun',
    'Yat-sen'); never 'Long-term' or 'Well-being'."""
    return all(_SYLLABLE.fullmatch(part) for part in word.split("-"))


def name_word(word: str) -> bool:
    """A capitalised word of a person's name: 'Liam', "O'Connor", 'Álvarez-Ruiz', 'E.', and
    a romanised given name with a small letter after its hyphen ('Min-jun', 'Yat-sen'); never
    a prefix's compound ('Post-War', 'Anti-Colonial', 'Anglo-Saxon')."""
    if _INITIALS.fullmatch(word):
        return word.isupper()
    if len(word) < 2 or word.strip("'’-") != word or word in _NOT_NAME:
        return False
    if "-" in word and _prefix_compound(word):
        return False
    parts = re.split(r"['’-]", _ELISION.sub("", word))
    if all(_name_part(part) for part in parts):
        return True
    # 'Min-jun': small letters only after a hyphen, each part a romanised syllable
    return (_name_part(parts[0]) and "'" not in word and "’" not in word
            and all(part.isalpha() and part.islower() for part in parts[1:])
            and _syllables(word))


def _prefix_compound(word: str) -> bool:
    """A prefix's compound ('Post-War', 'Franco-Prussian'), never a double surname
    ('Russo-Bianchi', 'Franco-Vázquez')."""
    first, _, rest = word.partition("-")
    if first.lower() in _SURNAME_PREFIXES:
        return bool(_PEOPLES_ADJECTIVE.fullmatch(rest.split("-")[0]))
    return first.lower() in _PREFIXES


def _lower_hyphen_part(word: str) -> bool:
    """'Min-jun', 'Yat-sen': a part after a hyphen in small letters."""
    return any(part[:1].islower() for part in word.split("-")[1:])


def _place_name(words: list[str]) -> bool:
    """The words together are one place of the gazetteer ('Rio de Janeiro', 'Paris')."""
    # one token of all the words: mark_places looks the whole phrase up, never its parts
    return bool(words) and mark_places([" ".join(words)])[0]


def is_person_name(text: str) -> bool:
    """A person's name: two to five capitalised words, particles between them, no institution,
    no place ('Rio de Janeiro', 'Notre-Dame de Paris')."""
    words = text.split()
    capitalised = [word for word in words if word not in PARTICLES]
    if not 2 <= len(capitalised) <= 5 or len(words) - len(capitalised) > 3:
        return False
    if words[0] in PARTICLES or words[-1] in PARTICLES or INSTITUTION.search(text):
        return False
    if not all(name_word(word) for word in capitalised):
        return False
    if any(_lower_hyphen_part(word) for word in capitalised) and not any(
            _SYLLABLE.fullmatch(word) for word in capitalised):
        return False  # 'Kim Min-jun', 'Sun Yat-sen': a family name of one syllable with it
    return not _is_place(words)


# particles of a person's name that no place name takes: 'Lucas dos Santos', 'João da Silva'
_PERSON_PARTICLES = frozenset("da das do dos".split())


def _is_place(words: list[str]) -> bool:
    """A place, not a person: the whole line a place name ('Rio de Janeiro'), or compound
    words alone, a particle and a place ('Notre-Dame de Paris'). A surname that is also a
    place ('Lincoln', 'Teresa de Ávila', 'Pedro de Mendoza') stays a name, and so does a
    given name before the compound ('Ana Castro-Silva de Lima', 'Luc Saint-Pierre de Lima')."""
    if _place_name(words):
        return True
    last = max((index for index, word in enumerate(words) if word in PARTICLES), default=None)
    return (last is not None and words[last] not in _PERSON_PARTICLES
            and all("-" in word for word in words[:last])
            and _place_name(words[last + 1 :]))


def byline_names(line: str) -> list[str]:
    """The authors' names if the line is a byline ("- Lou E. Cardot", "By Jane Doe and Al Roe",
    "Por María Alcázar", "Aisha N. Okafor, MPH¹, and Lin Zhou, RN²")."""
    return read_byline(line)[1]


def read_byline(line: str) -> tuple[str, list[str], list[str]]:
    """(label, names, degrees) of a byline; its names are [] when the line is none. The label
    is what stands before the names ('By ', 'Prepared by: ', 'Por ', 'di '); the degrees
    after a name ('MPH', 'MD', 'PhD') and the affiliation marks ('¹', '²,³', '*') go."""
    text = line.strip()
    label = BYLINE_PREFIX.match(text)
    if label is None and (label := _FOREIGN_LABEL.match(text)) and \
            not read_byline(text[label.end():])[1]:
        label = None  # 'Von Braun': a name, no label
    rest = AFFILIATION_MARKS.sub("", text[label.end():] if label else text).strip()
    names: list[str] = []
    degrees: list[str] = []
    for part in re.split(r"\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\be\b|\ben\b)\s*", rest):
        part = part.strip()
        if not part:
            continue
        if names and _degree(part):
            degrees.append(part)  # 'Tomasz Wierzbicki, MD, PhD': the name alone
        else:
            name, after = _without_degrees(part)
            names.extend(_two_names(name))
            degrees.extend(after)
    if not names or not all(is_person_name(name) for name in names):
        return "", [], []
    return (label.group() if label else ""), names, degrees


# a byline's label in another language: 'Por María Teresa Alcázar Ruiz', 'di Chiara Valsecchi',
# 'Par Camille Lefèvre', 'Von Anna Schmidt', 'Door Pieter de Vries' ('Di' is a surname's own)
_FOREIGN_LABEL = re.compile(r"^(?:[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|di):?\s+(?=\S)")
# affiliation marks after a name or a degree: 'Hannah Whitfield¹', 'Kowalczyk²,³', 'Jane Roe*',
# and a superscript flattened to plain figures glued to the word: 'MPH1', 'Mbeki2,3'
AFFILIATION_MARKS = re.compile(r"(?<=[^\W\d_.])(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§]+|\d{1,2})"
                                r"(?:,?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+|\d{1,2}))*(?=\s|,|;|$)")
# degrees and fellowships after a name, as they are spelt: 'MPH', 'MD', 'PhD', 'RN', 'FRCP'
# (never 'Ma', a surname)
_DEGREES = frozenset(
    "MPH MD PhD DPhil MPhil MSc BSc MA BA MS BS RN RM DrPH FRCP FRCS FRCPC FRACP FACP FAAP "
    "MRCP MRCGP FFPH MFPH MBBS MBChB MBBCh BChir DO PharmD DNP BSN MSN NP APRN FNP CNM PA-C "
    "LPN RD DDS DMD MBA JD LLB LLM EdD DSc ScD MRes MHS MSPH MPA MSW LCSW PsyD DPT CPH "
    "BPharm MPharm MMed FCPS".split())


def _degree(word: str) -> bool:
    """A degree or fellowship written after a name: 'MPH', 'PhD', 'M.D.', 'MSc'."""
    return word.replace(".", "") in _DEGREES


def _without_degrees(part: str) -> tuple[str, list[str]]:
    """A name and the degrees written after it with no comma ('Lin Zhou RN'); the name keeps
    two words at least."""
    words = part.split()
    end = len(words)
    while end > 2 and _degree(words[end - 1]):
        end -= 1
    return " ".join(words[:end]), words[end:]


def _two_names(part: str) -> list[str]:
    """'María Pérez y Juan Gómez': two names joined by 'y' when each side is a name; 'José
    Ortega y Gasset' is one."""
    first, joint, second = part.partition(" y ")
    if joint and is_person_name(first) and is_person_name(second):
        return [first, second]
    return [part]
