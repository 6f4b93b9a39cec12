"""Split author/editor span text into CSL name objects (persons or organisations)."""

from __future__ import annotations

import re
import unicodedata

from .ama import group_author
from .eastasian import family_first
from .features import ORG

_ROLE = re.compile(
    # Spanish and Italian: 'trad. de', 'ed. de', 'coord.', 'a cura di', '(a cura di)'
    r"\((?:\s*a\s+cura\s+di|\s*coords?\.?)\s*\)|\b(?:ed|trad|coord|dir)s?\.\s+(?:de|di)\b|"
    r"\ba\s+cura\s+di\b|\ba\s+cargo\s+de\b|\b(?:traducción|edición|traduzione)\s+(?:de|di)\b|"
    r"\btradott[oa]\s+da\b|\btrad\.\s+it\.(?:\s+di\b)?|\bcoords?\b\.?|"
    r"\bhrsg\.\s+v(?:on\b|\.)|\b(?:edited|translated)\s+and\s+(?:translated|edited)\s+by\b|\beds?\.\s+and\s+trans\.|"
    r"\(\s*(?:eds?|editors?|editoras?|hrsg|coords?|dirs?|comps?|(?:compilador|coordinador)"
    r"(?:a|es|as)?)\.?\s*\)|\b(?:editors?|edited by|hrsg)"
    r"\b\.?|(?-i:\beds?\b\.?|\bEds?\.)|\(\s*(?:trans|translator|director|writer/director)\.?\s*\)|"
    r"\b(?:trans|translated by|dir)\b\.?|"
    # French and German roles: 'trad. Claude Maillard', 'trad. fr.', 'éd. Jean Bruneau', 'sous
    # la direction de', 'hrsg. v.', 'übers. von', 'herausgegeben von'
    r"(?-i:\b(?:[Tt]rad|[Éé]d|[Hh]g|[Üü]bers)\.)(?:\s+(?:fr|v|von)\b\.?)?|"
    r"\b(?:traduit|édité|publié)\s+par\b|"
    r"\bsous\s+la\s+dir(?:ection|\.)?\s+de\b|\b(?:herausgegeben|übersetzt)\s+von\b|\bhrsg\.\s+v(?:on|\.)",
    re.I,
)  # 'ed.', 'Eds.', '(ed.)', never the given name 'Ed' ('Chen, Ed', 'Ed Miliband')
# 'et al.', and German 'u. a.' ('und andere'; in lower case: 'U. A.' are initials)
_ET_AL = re.compile(r",?\s*\[?\bet\.?\s*al\b\.?\]?|(?-i:\s+u\.\s?a\.)(?=\s|$|[,:;(])",
                    re.I)  # a library catalogue's '[et al.]' too
_LEAD = re.compile(r"^(?:in\s*:?|dans|en|by|par)\s+", re.I)
_SPLIT = re.compile(r"\s*(?:;|\band\b|&|\bund\b|\bet\b(?!\s*al)|(?<=\w)/(?=\s*[^\W\d_]))\s*",
                    re.I)  # German 'Büchten, Daniela/Frey, Anja', Polish 'Nowak, Jan/Łuczak, Ewa'
# the patterns below run on a word's letter shape (see _shape): 'A' any upper-case letter,
# 'a' any lower-case one, so 'Ö.', 'Ł.', 'Ø.A.' are initials as 'J.' and 'J.K.' are
_INIT_WORD = re.compile(r"^(?:[A-Z]\.?-?){1,4}$|^(?:[A-Z][a-z]?\.){1,3}$|^[A-Z]\.(?:-[A-Z]\.)?$")
_PERSON_START = re.compile(
    r"^(?:[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?,\s+(?:[A-Z]\.|[A-Z]{1,3}\b|[A-Z][a-z]+\s+[A-Z]\.)"
    r"|(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?![a-z]|\s+a))"  # never 'U.S. Department of'

)
# (and Irish surnames' 'Ó', 'Ní', 'Uí': 'Cormac Ó Gráda' is Ó Gráda, C.; never 'Nic', also a
# forename: 'Nic Cheeseman')
PARTICLES = {"de", "la", "van", "von", "der", "den", "du", "da", "di", "le", "del", "dos", "ten",
             "dal", "della", "des", "st", "ter", "mac", "bin", "ibn", "al", "el", "ó", "ní", "uí"}


def _shape(text: str) -> str:
    """The text with every upper-case letter as 'A' and every lower-case one as 'a' (after NFC
    composition), so that ASCII patterns read 'Çelik, Ö.' as they read 'Smith, J.'."""
    return "".join("A" if c.isupper() or c.istitle() else "a" if c.islower() else c
                   for c in unicodedata.normalize("NFC", text))


def is_initials(word: str) -> bool:
    """True for 'J.', 'J.K.', 'JJ', 'J.-P.', and for 'Ö.', 'Ø.A.', 'Ł.'; never the Irish
    particle 'Ó' ('Ó Gráda, C.')."""
    w = word.strip(",;")
    return bool(w) and unicodedata.normalize("NFC", w) != "Ó" and bool(_INIT_WORD.match(_shape(w)))


def clean_names_text(text: str) -> tuple[str, bool]:
    """Remove role markers and 'In'; return (names text, et-al flag)."""
    et_al = bool(_ET_AL.search(text))
    t = _ET_AL.sub("", text)
    t = re.sub(r"(?:\s*\.\s*){3}\s*(?=\S)|\s*…\s*", ", ", t)  # APA's '…, . . . Last, A.'
    t = re.sub(r",\s*,", ",", t)
    t = _ROLE.sub(" ", t)
    t = _LEAD.sub("", t.strip())
    t = re.sub(r"\(\s*\)", " ", t)
    return _trim(" ".join(t.split())), et_al


def _trim(t: str) -> str:
    t = t.strip(" ,;:")
    while t.endswith(".") and t.split() and not is_initials(t.split()[-1]):
        t = t[:-1].rstrip(" ,;:")
    return t


_CONNECTIVES = frozenset({"of", "for", "the", "on", "in", "at", "für", "pour"})
# words of archives, newspapers and statutes named as authors: 'The National Archives',
# 'Leicester Journal', 'Human Rights Act'
_BODIES = frozenset("archives archive library libraries records journal gazette herald chronicle "
                    "mercury courier telegraph tribune observer act statute team consortium "
                    "collaboration systems".split())
# the last word of a body named among people: 'NLLB Team, Marta R. Costa-jussà, …'
_BODY_TAILS = frozenset("team consortium collaboration group systems project committee "
                        "network initiative".split())


# organisation words of the main European languages, whole words: 'Instituto Nacional de
# Estadística', 'Direcção Nacional de Águas', 'Conseil d'État'
_ORG_WORDS = frozenset(
    "instituto institut istituto instituut instytut nacional national nationale nazionale "
    "nationaal narodowy ministerio ministère ministero ministério ministerie ministerstvo "
    "ministerstwo ministerium direcção direção dirección direction direzione direktion "
    "directorate agência agencia agence agenzia agentschap agentur comisión comissão commissione "
    "comisia kommission commissie conselho consejo conseil consiglio rat amt universidad "
    "universidade université universität università universiteit universitet uniwersytet "
    "fundação fundación fondation fondazione stichting stiftung fundacja associação asociación "
    "associazione vereniging verband verein vereinigung gesellschaft sociedad sociedade société "
    "società secretaría secretaria secrétariat segreteria secretaria-geral gobierno governo "
    "gouvernement regierung ayuntamiento prefeitura comune mairie junta generalitat "
    "observatorio observatório observatoire osservatorio centro zentrum behörde bundesamt "
    "landesamt confederación confederação fédération federación federação federazione "
    "sindicato syndicat gewerkschaft partido partei akademie academia académie "
    "accademia ufficio oficina instituição institución statistik estadística estatística "
    "statistique statistica statistisches organización organização organisation "
    "organizzazione organisatie departamento département dipartimento departament banco "
    "banque bundesbank defensoría superintendencia tribunal subsecretaría".split())
# stems of German and Dutch compounds (a suffix only inside a longer word: 'Bundesärztekammer',
# never the surname 'Kammer'): 'Bundesministerium', 'Statistisches Bundesamt',
# 'Max-Planck-Gesellschaft', 'Bertelsmann Stiftung', 'Robert Koch-Institut', 'Ethikrat'
_ORG_PREFIXES = ("bundes", "ministeri", "universi", "institu", "landesamt", "staatsministeri")
_ORG_SUFFIXES = ("ministerium", "institut", "gesellschaft", "stiftung", "verband", "behörde",
                 "kammer", "anstalt", "zentrale", "zentrum", "agentur", "kommission",
                 "ministerie", "stichting")
# 'Bundesamt', 'Bundesrat', 'Gewerkschaftsbund'; never 'Murat'
_ORG_SUFFIXES_LONG = (("amt", 7), ("rat", 8), ("bund", 10))
# 'Surname, I.' anywhere: a list of people, never a body
_PERSON_COMMA = re.compile(r"[a-z'\-],\s+(?:A\.|A{1,4}\b|Aa?\.)")
# company and country tails of bodies named after a brand: 'Meta AI', 'Amnesty International
# USA', 'Siemens GmbH'; Vancouver's 'Smith AB.' stays a person's name with initials
# (never 'AG', 'SA', 'SE': initials as often as company tails)
_ORG_TAILS = frozenset("AI UK US USA EU UN NHS".split())
_LEGAL_TAILS = frozenset("PLC LLC LTD INC GMBH".split())  # any case: 'Google LLC', 'Acme Inc'

_CAMEL = re.compile(r"(A(a{3,}))(Aa+)")  # 'DeepMind', 'BlackRock'; not 'McDonald', 'DeVito'


def _european_body(text: str) -> bool:
    for part in re.split(r"[\s\-\u2010\u2011/]+", unicodedata.normalize("NFC", text)):
        w = part.strip(",.;:()'\u2019").lower()
        if len(w) < 3:
            continue
        if w in _ORG_WORDS or w.startswith(_ORG_PREFIXES) and len(w) > 7 or \
                w.endswith(_ORG_SUFFIXES) and w not in _ORG_SUFFIXES or \
                any(w.endswith(x) and len(w) >= n for x, n in _ORG_SUFFIXES_LONG) and \
                not w.endswith("rrat"):  # the Catalan name 'Montserrat', never a 'Rat'
            return True
    return False


def _the_title(words: list[str]) -> bool:
    """'The Lancet', 'The Economist': 'The' before capitalised words and no initials."""
    return len(words) > 1 and words[0] == "The" and all(
        w[:1].isupper() and not is_initials(w) or w.lower() in _CONNECTIVES for w in words[1:])


def _brand(text: str, words: list[str]) -> bool:
    """'Meta AI', 'Google DeepMind': capitalised words with no comma or full stop ending in a
    body's tail or a word with a capital inside it."""
    if len(words) < 2 or "," in text or "." in text or \
            not all(w[:1].isupper() for w in words) or re.search(r"\b(?:and|und)\b|&", text):
        return False
    if words[-1] in _ORG_TAILS or words[-1].upper() in _LEGAL_TAILS:
        return True  # 'Meta AI', 'Google LLC', 'Siemens GmbH'
    camel = _CAMEL.fullmatch(_shape(words[-1]))
    return bool(camel) and words[-1][:camel.end(1)] not in ("Fitz", "Vander", "Mary")


def is_organisation(text: str) -> bool:
    """Heuristic: organisation names lack the 'Surname, I.' shape and carry org words."""
    words = [w.strip(",.;:()") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return False
    lower = {w.lower() for w in words}
    if _PERSON_START.match(_shape(text)):
        return False
    if lower & (ORG | _BODIES):
        return True
    if not _PERSON_COMMA.search(_shape(text)) and (
            _european_body(text) or _the_title(words) or _brand(text, words)):
        return True
    if "," not in text and any(w in _CONNECTIVES for w in words[1:-1]):
        # 'History of York', 'Friends of the Earth'; also 'John of Salisbury', a name that
        # must not be inverted either ('Salisbury, J. of'): kept whole as a literal
        return True
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 2:
        return True  # acronyms such as UNHCR
    if len(words) > 1 and all(w.isupper() and len(w) > 1 and w.isalpha() for w in words):
        return True  # 'UN DESA', 'WHO EMRO'
    return False


_SUFFIX = re.compile(r"^(?:Jr|Sr|I{2,3}|IV)\.?$")
# a title after the given names, as MLA writes it: 'Tennyson, Alfred, Lord.'
_HONORIFIC = re.compile(r"Lord|Lady|Sir|Dame|Baron|Baroness|Viscount|Earl|Count|Countess")


def _kept_whole(words: list[str]) -> bool:
    """A Gikuyu name with 'wa' ('son of', 'daughter of'): 'Ngũgĩ wa Thiong'o', 'Mũkoma wa
    Ngũgĩ', filed whole, as their authors and libraries file them, never 'Thiong'o, N.'."""
    return len(words) == 3 and words[1] == "wa" and all(w[:1].isupper() for w in words[::2])


_GLUED = re.compile(r"(?P<given>(?:[^\W\d_]\.-?){1,3})(?P<family>[^\W\d_][^\W\d_'’-]+)")


def _person(words: list[str], surnames: int = 1) -> dict[str, str]:
    """One name's words without commas; ``surnames`` 2: Spanish names, written forename
    first, end in two surnames ('Carlos Alberto Coba Andrade')."""
    words = [w.strip(",;") for w in words if w.strip(",;")]
    if not words:
        return {}
    glued = _GLUED.fullmatch(words[0]) if len(words) == 1 else None
    if glued and glued["given"].isupper() and glued["family"][0].isupper():  # 'E.R.Montero'
        return {"family": glued["family"], "given": glued["given"]}
    if len(words) == 1:
        return {"family": words[0].rstrip(".") if len(words[0]) > 2 else words[0]}
    if len(words) > 2 and _SUFFIX.match(words[-1]):  # 'John Smith III', 'Smith J. Jr.'
        return {**_person(words[:-1], surnames), "suffix": words[-1]}
    if _kept_whole(words):
        return {"family": " ".join(words)}
    name = family_first(words)
    if name:
        return name
    if all(is_initials(w) for w in words[1:]) and not is_initials(words[0]):
        return {"family": words[0], "given": " ".join(words[1:])}
    # given names first; family = last word plus lower-case particles before it (and a surname
    # joined to it by Catalan 'i' or Spanish 'y': 'Jordi Casals i Ferrer', 'José Ortega y Gasset')
    k = len(words) - (3 if len(words) >= 3 and words[-2] in ("i", "y") else 1)
    while k > 0 and words[k - 1].lower() in PARTICLES:
        k -= 1
    if all(is_initials(w) for w in words[k:]) and not is_initials(words[0]):
        return {"family": " ".join(words[:k]), "given": " ".join(words[k:])}
    if surnames == 2 and k == len(words) - 1 and _spanish_forename_first(words):
        k -= 1  # 'Hernán Jaramillo Cisneros': family 'Jaramillo Cisneros'
    return {"family": " ".join(words[k:]), "given": " ".join(words[:k])}


def _spanish_forename_first(words: list[str]) -> bool:
    """One or two forenames (or initials) and two surnames: capitalised, no particles."""
    return 3 <= len(words) <= 4 and not any(is_initials(w) for w in words[-2:]) and all(
        w[:1].isupper() and w.lower() not in PARTICLES for w in words)


def _comma_parts(chunk: str, surnames: int = 1) -> list[dict[str, str]]:
    parts: list[str] = []
    # a suffix belongs to the part before it: 'King, Jr., Martin Luther', 'King, Martin
    # Luther, Jr.', 'Gates Jr., H. L.'
    suffixes: dict[int, str] = {}
    for part in (p.strip() for p in chunk.split(",")):
        words = part.split()
        if part and (_SUFFIX.match(part) or _HONORIFIC.fullmatch(part.rstrip("."))) and parts:
            suffixes[len(parts) - 1] = part
        elif len(words) > 1 and _SUFFIX.match(words[-1]) and not is_initials(words[-2]):
            suffixes[len(parts)] = words[-1]
            parts.append(" ".join(words[:-1]))
        elif part:
            parts.append(part)
    out: list[dict[str, str]] = []
    i = 0
    while i < len(parts):
        words = parts[i].split()
        nxt = parts[i + 1].split() if i + 1 < len(parts) else []
        single_family = not any(is_initials(w) for w in words) and (
            len(words) == 1 or all(w[:1].islower() or w[:1].isupper() for w in words)
        )
        nxt_given = bool(nxt) and (
            all(is_initials(w) for w in nxt)
            or (len(nxt) <= 3 and any(is_initials(w) for w in nxt[1:]) and not is_initials(nxt[0])
                and len(words) == 1)
            or (len(words) == 1 and len(nxt) <= 2 and len(parts) == 2)
            # "Dal Borgo, Manuela", "Van Dyke, Anna": a family name with its particle
            or (len(words) == 2 and words[0].lower() in PARTICLES and len(nxt) <= 2
                and len(parts) == 2)
            # "García Márquez, Gabriel": a double family name and one given name ("Casals i
            # Ferrer, Jordi", "Ortega y Gasset, José")
            or (len(words) == 2 and len(nxt) == 1 and len(parts) == 2)
            # "Coba Andrade, Carlos Alberto" among Spanish names (never "Cédric Durand,
            # Tristan Auvray", two people)
            or (len(words) == 2 and len(parts) == 2 and surnames == 2
                and _two_plain_words(words) and _two_plain_words(nxt))
            or (len(words) == 3 and words[1] in ("i", "y") and len(nxt) <= 2 and len(parts) == 2)
            # "Ortells, Francisco de Paula": given names with a particle inside them
            or (len(words) <= 2 and len(parts) == 2 and 3 <= len(nxt) <= 4
                and any(w in PARTICLES for w in nxt[1:-1]) and nxt[-1][:1].isupper())
            # "Biasi, Pierre-Marc de": given names, then the family name's particle
            or (len(words) == 1 and 0 < _particles_at_end(nxt) < len(nxt) <= 4)
        )
        used = [i, i + 1] if single_family and nxt_given or _capitals_given(words, nxt) \
            else [i]
        person = (_inverted(words, nxt) if len(used) == 2 else {"literal": parts[i]}
                  if _body_item(words) else _person(words, surnames))
        suffix = next((suffixes[k] for k in used if k in suffixes), None)
        if person:
            out.append({**person, "suffix": suffix} if suffix and "suffix" not in person
                       else person)
        i += len(used)
    return out


def _capitals_given(family: list[str], given: list[str]) -> bool:
    """French 'BELLANGER, Claude', 'LE GOFF, Jacques', 'THÉRENTY, Marie-Ève': a family name
    in capitals, then given names that are not ('Claude', never 'UNESCO')."""
    return 1 <= len(family) <= 2 and all(
        w.isupper() and len(w) >= 3 and re.fullmatch(r"[^\W\d_][^\W\d_'’-]*", w)
        for w in family[-1:]) and all(w.isupper() for w in family) and \
        1 <= len(given) <= 3 and all(
            w[:1].isupper() and not w.isupper() and w.lower() not in ORG | _BODIES
            for w in given)


def _body_item(words: list[str]) -> bool:
    """'NLLB Team', 'ATLAS Collaboration': capitalised words ending in a body's word, one
    item of a list of people."""
    return len(words) >= 2 and words[-1].lower().rstrip(".") in _BODY_TAILS and \
        all(w[:1].isupper() for w in words)


def _two_plain_words(words: list[str]) -> bool:
    """Two capitalised words, neither initials nor a particle ('Coba Andrade')."""
    return len(words) == 2 and all(w[:1].isupper() and not is_initials(w) and
                                   w.lower() not in PARTICLES for w in words)


def _particles_at_end(words: list[str]) -> int:
    """How many lower-case particles end the words ('Jan van den' → 2)."""
    k = len(words)
    while k > 0 and words[k - 1] in PARTICLES:
        k -= 1
    return len(words) - k


def _inverted(family: list[str], given: list[str]) -> dict[str, str]:
    """An inverted name ('Smith', 'John'); a particle after the given names is the name's
    dropping particle, printed where the author put it: 'Beauvoir, S. de' is family
    'Beauvoir', given 'S.', particle 'de' (cited 'Beauvoir'; 'de Beauvoir' links to it too)."""
    given = [w.rstrip(";") for w in given]
    k = len(given) - _particles_at_end(given)
    if 0 < k < len(given):
        return {"family": " ".join(family), "given": " ".join(given[:k]),
                "dropping-particle": " ".join(given[k:])}
    return {"family": " ".join(family), "given": " ".join(given).rstrip(";")}


def _two_surnames(names: list[dict[str, str]]) -> None:
    """A list opening with a family name of two surnames ('Sala Puig, Montserrat, y Enric
    Torrent Bosch'), Spanish-style: a later name of three words written forename first is
    one forename and two surnames ('Torrent Bosch', 'Enric')."""
    first = names[0].get("family", "").split() if names else []
    if len(first) != 2 or not all(w[:1].isupper() for w in first) or \
            first[0].lower() in PARTICLES:  # 'Della Seta, Fabrizio': one surname, a particle
        return
    for n in names[1:]:
        given = n.get("given", "").split()
        if len(given) == 2 and not any(k.endswith("particle") for k in n) and \
                n.get("family", "")[:1].isupper() and given[1][:1].isupper() and \
                not any(is_initials(w) for w in given):
            n.update(given=given[0], family=f"{given[1]} {n['family']}")


# Spanish 'y', Italian 'e', Catalan 'i' between two names
_CONJUNCTION = re.compile(r"(?-i:\s+(?P<word>y|e|i)\s+)(?=\S)")


def _people(chunk: str) -> list[str]:
    """The people a name list joins with Spanish 'y', Italian 'e' or Catalan 'i' ('Sala Puig,
    Montserrat, y Enric Torrent Bosch', 'A. Brambilla e F. Conti'); never inside a family
    name of two surnames: 'Casals i Ferrer, Jordi', 'Jordi Casals i Ferrer', 'Ortega y
    Gasset, José', 'José Ortega y Gasset' (one word after it, ending the name; before it one
    word opening the list, or a forename and a surname). Catalan 'i' joins two people only
    between two names of two words or more ('Jordi Casals i Maria Ferrer')."""
    out, start = [], 0
    for m in _CONJUNCTION.finditer(chunk):
        left = chunk[start:m.start()].rsplit(",", 1)
        before = left[-1].split()
        after = re.match(r"[^,]*", chunk[m.end():]).group().split()
        ends = chunk[m.end():].strip().startswith(" ".join(after)) and len(after) == 1
        inverted = len(left) == 1 and len(before) == 1 and ends and \
            "," in chunk[m.end():]  # 'Ortega y Gasset, José'
        forename_first = len(left) == 1 and len(before) >= 2 and ends and \
            "," not in chunk[m.end():]  # 'José Ortega y Gasset'
        if m.group("word") == "i" and not (len(before) >= 2 and len(after) >= 2) or \
                m.group("word") != "i" and (inverted or forename_first):
            continue
        out.append(chunk[start:m.start()].strip(" ,"))
        start = m.end()
    out.append(chunk[start:].strip(" ,"))
    return [p for p in out if p]


_ANONYMOUS = re.compile(r"(?:Anon\.?|Anonymous|Anonyme|Anónimo|Anonimo)", re.I)


def parse_names(text: str, surnames: int = 1) -> tuple[list[dict[str, str]], bool]:
    """Return CSL names and whether 'et al.' was present; ``surnames`` 2 for a Spanish
    reference, whose names written forename first end in two surnames."""
    t, et_al = clean_names_text(text)
    if not t:
        return [], et_al
    group = group_author(t)
    if group is not None:  # 'Schulz KF, Altman DG, Moher D; CONSORT Group'
        people, more = parse_names(group[0], surnames)
        return [*people, {"literal": group[1]}], et_al or more
    if is_organisation(t):
        return [{"literal": t}], et_al
    if _ANONYMOUS.fullmatch(t):  # 'Anon.' is the work's author as written, not a surname
        return [{"literal": "Anon." if t.lower().startswith("anon") and len(t) <= 5 else t}], et_al
    names: list[dict[str, str]] = []
    for chunk in (part for piece in _SPLIT.split(t) for part in _people(piece)):
        chunk = _trim(chunk)
        if chunk:
            names.extend(_comma_parts(chunk, surnames))
    _two_surnames(names)
    for n in names:
        if "given" in n and not n["given"]:
            del n["given"]
        if n.get("family", "").endswith(".") and len(n["family"]) > 3:
            n["family"] = n["family"][:-1]
        given = unicodedata.normalize("NFC", n.get("given", ""))
        caps = re.fullmatch(r"([A-Z]{2,4})\.?", _shape(given))
        if caps and not n["family"].isupper():
            n["given"] = " ".join(f"{c}." for c in given[:caps.end(1)])  # 'Aldridge DC'

    return [n for n in names if n], et_al
