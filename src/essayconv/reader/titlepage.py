"""A German, French, Italian, Spanish or Portuguese title page: the institution's lines, the
seminar, the teacher, then the title standing alone, then the kind of paper, 'vorgelegt von …' /
'présenté par …' / 'Studente: …' / 'Estudiante: …' and the student's facts (Matrikelnummer,
Matricola, Datum, Année universitaire, Fecha, Matrícula).
The lines go to the header: the title, the author, header facts."""

from __future__ import annotations

import re

from .bylines import INSTITUTION, byline_names
from .cover import institution_line
from .front import BYLINE_LABEL, DATE_LINE, Front
from .lines import DATE, cover_fact, reference_heading

_SPAN = 24  # a title page's lines at most
_NAME_WORD = r"[^\W\d_][\w.'’-]*"
# labels of the facts, by the name the header gives them ('Dozent: Prof. Dr. Martin Berger')
_LABELS: dict[str, str] = {
    "supervisor": r"dozent(?:in)?|betreuer(?:in)?|betreut\s+von|gutachter(?:in)?|"
                  r"erstgutachter(?:in)?|zweitgutachter(?:in)?|prüfer(?:in)?|"
                  r"seminarleiter(?:in)?|kursleiter(?:in)?|lehrende[rn]?|relat(?:ore|rice)|"
                  r"correlat(?:ore|rice)|docente|professor(?:e|essa|in)?|"
                  r"direct(?:eur|rice)(?:\s+de\s+(?:mémoire|recherche|thèse))?|"
                  r"enseignant(?:e)?|encadrant(?:e)?|tut(?:eur|rice)|tutor(?:in)?|"
                  r"sous\s+la\s+direction\s+de|"
                  # Spanish, Portuguese: 'Profesora:', 'Tutor/a:', 'Orientador:'
                  r"profesor(?:a|es)?|professora|tutora|director(?:a)?|orientador(?:a)?|"
                  r"(?:profesor|tutor|director|orientador)/a|coorientador(?:a)?",
    "student-number": r"matrikel(?:nummer|[\s-]?nr\.?)|matr\.[\s-]?nr\.?|matricola|"
                      r"n(?:°|º|o\.?|uméro)\s*(?:d['’]\s*)?étudiant(?:e)?|numéro\s+étudiant|"
                      r"c[óo]digo(?:\s+(?:de(?:l)?\s+)?(?:estudiante|alumn[oa]))?|"
                      r"(?:n(?:[úu]mero|°|º)\s+de\s+)?matr[íi]cula|"
                      r"registro\s+acad[êe]mico",
    "date": r"datum|abgabedatum|abgabetermin|eingereicht\s+am|abgegeben\s+am|"
            r"date(?:\s+de\s+(?:soutenance|remise|dépôt))?|data(?:\s+di\s+consegna)?|"
            r"fecha(?:\s+de\s+entrega)?|data\s+de\s+entrega",
    "course": r"(?:haupt|pro|ober)?seminar|kurs|modul|lehrveranstaltung|veranstaltung|vorlesung|"
              r"übung|studiengang|studienfach|fach|cours|séminaire|ue|module|parcours|"
              r"corso(?:\s+di\s+(?:laurea|studi?))?|insegnamento|esame|materia|"
              r"cattedra|lehrstuhl|"
              # Spanish, Portuguese: 'Curso:', 'Asignatura:', 'Disciplina:'
              r"curso|asignatura|c[áa]tedra|disciplina|unidad(?:e)?\s+curricular|"
              r"carrera|programa",
    "term": r"semester|wintersemester|sommersemester|fachsemester|année(?:\s+universitaire)?|"
            r"anno(?:\s+accademico)?|a\.\s?a\.|semestre|per[íi]odo(?:\s+(?:acad[ée]mico|"
            r"lectivo|letivo))?|año\s+acad[ée]mico|ano\s+letivo|ciclo(?:\s+lectivo)?",
    "email": r"e-?mail|courriel",
    "author": r"student(?:in|e|essa)?|verfasser(?:in)?|autor(?:in|e)?|auteur|autrice|"
              r"vorgelegt\s+von|eingereicht\s+von|candidat[oae]|laureand[oa]|"
              r"[ée]tudiant(?:e)?|présenté(?:e)?\s+par|nom|name|"
              # Spanish, Portuguese: 'Estudiante:', 'Alumno/a:', 'Autora:', 'Aluno:'
              r"estudiante|estudante|alumn[oa](?:/a)?|alun[oa]|autora|autor/a|discente|"
              r"nombre|nome",
}
_LABEL = re.compile(r"^(" + "|".join(f"(?P<{key.replace('-', '_')}>{pattern})"
                                      for key, pattern in _LABELS.items())
                    + r")\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
# the author after a phrase, no colon: 'vorgelegt von Lena Hoffmann', 'Mémoire de master
# présenté par Camille Durand', 'réalisée par …', 'eingereicht von …'
_BY = re.compile(r"^(?P<before>.*?)\b(?:vorgelegt|eingereicht|verfasst|erstellt)\s+von\s+"
                 r"|^(?P<before2>.*?)\b(?:présenté|réalisé|rédigé|soutenu)e?s?\s+par\s+"
                 # 'Trabajo final presentado por …', 'Monografia apresentada por …'
                 r"|^(?P<before3>.*?)\b(?:presentad|elaborad|realizad|redactad|apresentad)"
                 r"[oa]s?\s+por\s+",
                 re.IGNORECASE)
# the teacher after a phrase: 'Sous la direction de M. Jean-Pierre Lefèvre', 'bei Prof. Dr. …'
_UNDER = re.compile(r"^(?:sous\s+la\s+direction\s+de|betreut\s+von|bei|sotto\s+la\s+"
                    r"(?:guida|supervisione)\s+d(?:i|el(?:la)?)|bajo\s+la\s+(?:direcci[óo]n|"
                    r"tutor[íi]a|supervisi[óo]n)\s+de(?:l|\s+la)?|sob\s+(?:a\s+)?orienta[çc][ãa]o"
                    r"\s+d[eoa])\s+\S", re.IGNORECASE)
# the kind of paper: 'Hausarbeit', 'Mémoire de master', 'Tesina di Letteratura italiana'
_GENRE = re.compile(r"^(?:(?:Haupt|Pro|Ober)?[Ss]eminararbeit|Hausarbeit|Bachelorarbeit|"
                    r"Masterarbeit|Magisterarbeit|Diplomarbeit|Abschlussarbeit|Facharbeit|"
                    r"Studienarbeit|Ausarbeitung|Mémoire|Memoire|Dossier|Thèse|Tesina|Tesi|"
                    r"Elaborato|Relazione|Prova\s+finale|Trabajo\s+(?:final|práctico|de\s+"
                    r"(?:investigación|fin\s+de\s+(?:grado|máster)|grado|titulación))|"
                    r"Monograf[íi]a|Tesis|Trabalho\s+(?:final|de\s+conclusão)|Relatório|"
                    r"Dissertação|Ensayo\s+(?:final|académico)|Informe\s+final)\b",
                    re.IGNORECASE)
# an academic year or semester alone: 'Année universitaire 2021-2022', 'Wintersemester 2022/23'
_TERM = re.compile(r"^(?:Année\s+universitaire|Anno\s+accademico|A\.\s?A\.|(?:Winter|Sommer)"
                   r"semester|WS|SS|WiSe|SoSe)\s*:?\s*\d{4}(?:\s*[-/–]\s*\d{2,4})?$",
                   re.IGNORECASE)
# a place and a date: 'Heidelberg, den 15. März 2023', 'Paris, le 3 mai 2022'
_PLACE_DATE = re.compile(rf"^(?:[^\W\d_][\w .'-]*,\s*(?:den|le|il|am)?\s*)?{DATE}$",
                         re.IGNORECASE)
# the institution words of these languages on a line: a non-English title page
_FOREIGN = re.compile(r"\b(?:Universität|Université|Università|Hochschule|Fakultät|Faculté|"
                      r"Facoltà|Institut|Istituto|Dipartimento|Département|UFR|Lehrstuhl|"
                      r"École|Scuola|Corso\s+di\s+Laurea|Studiengang|Universidad|Universidade|"
                      r"Facultad|Faculdade|Escuela|Escola|Instituto|Departamento)\b|"
                      r"\b[A-ZÄÖÜ][a-zäöüß]+es\s+Seminar\b")  # 'Historisches Seminar'

# a degree programme: 'Master 2 Histoire …', 'Geschichte (B.A.), 5. Fachsemester'
_PROGRAMME = re.compile(r"^(?:Master|Licence|Bachelor|Laurea(?:\s+(?:triennale|magistrale))?)"
                        r"\s+(?:\d|[A-Z]{1,3}\b|en\s|in\s)|\(\s*[BM]\.\s?(?:A|Sc|Ed)\.\s*\)|"
                        r"\b\d{1,2}\.\s*(?:Fach)?semester\b")
_DEGREE = re.compile(r"^(?:Corso\s+di\s+(?:Laurea|studi?)|Studiengang|Licence|Master)\b",
                     re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:The|A|An|Die|Der|Das|Ein|Eine|La|Le|Les|L['’]|Un|Une|Il|Lo|Gli|I|"
                      r"El|Los|Las|Una|O|Os|As|Um|Uma)\s",
                      re.IGNORECASE)


def _institution(text: str) -> bool:
    """An institution's line: 'Ruprecht-Karls-Universität Heidelberg', 'Historisches Seminar',
    "UFR d'Histoire", 'Corso di Laurea in Lettere'; short, no sentence, no title's article."""
    stripped = text.strip()
    words = stripped.split()
    if institution_line(stripped):
        return True
    return (0 < len(words) <= 10 and ":" not in stripped and stripped[-1:] not in ".;?!"
            and not _ARTICLE.match(stripped)
            and bool(_FOREIGN.search(stripped) or INSTITUTION.search(stripped)))


def _kind(text: str) -> tuple[str, str | None] | None:
    """What a title page's line is: (fact name, author's name or None), or None for a line
    no title page's fact is (the title, or the body's first line)."""
    stripped = text.strip()
    if (match := _LABEL.match(stripped)) is not None:
        name = next(key for key, value in match.groupdict().items()
                    if value and key != "value").replace("_", "-")
        if name != "author" and (english := cover_fact(stripped)) is not None:
            name = english[0]  # an English cover sheet's name for it: 'tutor', 'module'
        if name == "author":
            names = byline_names(match.group("value"))
            return ("author", names[0]) if len(names) == 1 else None
        return name, None
    if (match := _BY.match(stripped)) is not None:
        names = byline_names(stripped[match.end():])
        return ("author", " and ".join(names)) if names else None
    if _UNDER.match(stripped):
        return "supervisor", None
    if _TERM.match(stripped):
        return "term", None
    if _PLACE_DATE.match(stripped) or DATE_LINE.match(stripped):
        return "date", None
    if _PROGRAMME.search(stripped) and len(stripped.split()) <= 10 and stripped[-1:] != ".":
        return "programme", None  # 'Geschichte (B.A.), 5. Fachsemester', 'Master 2 Histoire …'
    if _GENRE.match(stripped) and len(stripped.split()) <= 12 and stripped[-1:] not in ".;":
        return "genre", None
    if _institution(stripped):  # a degree course's name: 'Corso di Laurea in Lettere'
        return ("course" if _DEGREE.match(stripped) else "affiliation"), None
    return None


def _marked(text: str, kind: str) -> bool:
    """Does the line show a non-English title page (no English cover sheet's)?"""
    stripped = text.strip()
    if kind in ("affiliation", "course") and not _LABEL.match(stripped):
        return bool(_FOREIGN.search(stripped))
    if kind in ("term", "genre", "programme") or _BY.match(stripped) or _UNDER.match(stripped):
        return True
    match = _LABEL.match(stripped)
    return match is not None and not re.match(
        r"(?:name|student|professor|tutor|module|date|e-?mail|semester|seminar)\s*:",
        stripped, re.IGNORECASE)


def title_page(lines: list[tuple[int, str]]) -> Front | None:
    """The header a non-English title page gives: its lines of facts, then the
    title (the first line standing alone that is none, with a second line right under it),
    then more facts, up to the body's first line. None unless a line is marked as such a page's
    (see _marked), a title stands among the facts, and an author or two facts are found."""
    front = Front()
    marked = False
    facts = 0
    index = 0
    while index < min(len(lines), _SPAN):
        number, text = lines[index]
        kind = _kind(text)
        if kind is None:
            if front.title is not None or reference_heading(text) or len(text.split()) > 30:
                break
            title = text.strip()
            if (index + 1 < len(lines) and lines[index + 1][0] == number + 1
                    and _kind(lines[index + 1][1]) is None):
                second = lines[index + 1][1].strip()  # the title's second line, a subtitle
                title = f"{title}{' ' if title[-1:] in ':.?!–-' else ': '}{second}"
                index += 1
            front.title = (number, title)
            index += 1
            continue
        name, author = kind
        marked = marked or _marked(text, name)
        if name == "author" and author is not None:
            names = author.split(" and ")
            front.authors.extend((number, one) for one in names)
            front.changes.append((BYLINE_LABEL, number, text.strip(), ", ".join(names)))
            if (match := _BY.match(text.strip())) and (before := (
                    match.group("before") or match.group("before2") or match.group("before3")
                    or "").strip()):
                front.info.append((number, "genre", before))  # 'Mémoire de master'
        else:
            front.info.append((number, name, text.strip()))
            facts += 1
        index += 1
    if front.title is None or not marked or not (front.authors or facts >= 2):
        return None
    front.consumed = index
    return front
