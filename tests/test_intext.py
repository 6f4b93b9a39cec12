"""Rule link-intext-citations: the author's own author-date citations link to their works."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.transforms.intext import link_intext_citations
from essayconv.works import work_element
from essayconv.writers import WriteOptions
from essayconv.writers.docx import DocxWriter
from essayconv.writers.html import HtmlWriter
from essayconv.writers.jats import JatsWriter
from essayconv.writers.tei import TeiWriter

from validators import trees

WORKS: list[dict[str, Any]] = [
    {"id": "watrall2002", "type": "article-journal", "author": [{"family": "Watrall"}],
     "issued": {"date-parts": [[2002]]}, "title": "Digital pharaoh"},
    {"id": "richardson2013", "type": "article-journal", "author": [{"family": "Richardson"}],
     "issued": {"date-parts": [[2013]]}, "title": "A digital public archaeology?"},
    {"id": "honig1996", "type": "book",
     "author": [{"family": "Honig", "given": "J.W."}, {"family": "Both", "given": "N."}],
     "issued": {"date-parts": [[1996]]}, "title": "Srebrenica"},
    {"id": "desforges1999", "type": "book", "author": [{"family": "Des Forges"}],
     "issued": {"date-parts": [[1999]]}, "title": "Leave none to tell the story"},
    {"id": "unitednations2000", "type": "report", "author": [{"literal": "United Nations"}],
     "issued": {"date-parts": [[2000]]}, "title": "Brahimi report"},
    {"id": "power2002", "type": "book", "author": [{"family": "Power"}],
     "issued": {"date-parts": [[2002]]}, "title": "A problem from hell"},
    {"id": "power2005", "type": "book", "author": [{"family": "Power"}],
     "issued": {"date-parts": [[2005]]}, "title": "Another"},
    {"id": "smith2001a", "type": "book", "author": [{"family": "Smith"}],
     "issued": {"date-parts": [[2001]]}, "title": "One"},
    {"id": "smith2001b", "type": "book", "author": [{"family": "Smith"}],
     "issued": {"date-parts": [[2001]]}, "title": "Two"},
    {"id": "rocksmacqueennd", "type": "book", "author": [{"family": "Rocks-Macqueen"}],
     "issued": {"literal": "n.d."}, "title": "Blogging archaeology"},
]


def essay_with(text: str, sources: bool = True, items: list[dict[str, Any]] = WORKS
               ) -> etree._Element:
    essay = T.el("essay")
    essay.set(T.XML_LANG, "en")
    T.sub(T.sub(essay, "meta"), "title", "A title", line=1)
    T.sub(T.sub(T.sub(essay, "body"), "section", id="s1"), "p", text, line=7)
    if sources:
        T.sub(T.sub(essay, "sources", heading="References", line=9), "item", "…", id="r1",
              line=10)
    works = T.sub(essay, "works")
    for item in items:
        works.append(work_element(item))
    T.sub(essay, "changes")
    return essay


def linked(text: str, sources: bool = True, items: list[dict[str, Any]] = WORKS
           ) -> tuple[list[tuple[str, str]], list[str], str]:
    """(work, words) of each xref, the warnings, and the paragraph's text afterwards."""
    essay = essay_with(text, sources, items)
    link_intext_citations(essay)
    T.validate(essay, "intext")
    p = T.find(essay, "body/section/p")
    refs = [(x.get("work"), x.text) for x in p.iter(T.q("xref"))]
    warnings = [d.text for d in T.findall(essay, "diagnostics/diagnostic")]
    return refs, warnings, "".join(p.itertext())


@pytest.mark.parametrize(("text", "refs"), [
    ("Games help (Watrall 2002, 169; Richardson 2013, 4).",
     [("watrall2002", "Watrall 2002, 169"), ("richardson2013", "Richardson 2013, 4")]),
    ("They failed (Honig & Both, 1996).", [("honig1996", "Honig & Both, 1996")]),
    ("They failed (see Honig and Both 1996, p. 4).", [("honig1996", "Honig and Both 1996, p. 4")]),
    ("Robust mandates (United Nations, 2000).", [("unitednations2000", "United Nations, 2000")]),
    ("As Power (2002) argued, and Des Forges (1999, p. 3) showed.",
     [("power2002", "Power (2002)"), ("desforges1999", "Des Forges (1999, p. 3)")]),
    ("Twice (Power 2002; 2005).", [("power2002", "Power 2002"), ("power2005", "2005")]),
    # a second year after a comma names the author's other work, not a page 2005
    ("Twice (Power 2002, 2005).", [("power2002", "Power 2002"), ("power2005", "2005")]),
    ("As Power (2002, 2005) argued.", [("power2002", "Power (2002"), ("power2005", "2005")]),
    ("A letter picks one (Smith 2001b).", [("smith2001b", "Smith 2001b")]),
    ("Undated (Rocks-Macqueen n.d.).", [("rocksmacqueennd", "Rocks-Macqueen n.d.")]),
    # years alone, the author named earlier in the sentence; the signal word stays out
    ("Power’s idea of a problem (see 2002; 2005) holds.",
     [("power2002", "2002"), ("power2005", "2005")]),
    ("As Des Forges showed in detail (1999, p. 3).", [("desforges1999", "1999, p. 3")]),
    # 'as well as' joins citations in one bracket, as ';' does
    ("Both (see Power 2002 as well as 2005; Smith 2001a).",
     [("power2002", "Power 2002"), ("power2005", "2005"), ("smith2001a", "Smith 2001a")]),
    ("Both (see Watrall 2002 as well as Honig and Both 1996).",
     [("watrall2002", "Watrall 2002"), ("honig1996", "Honig and Both 1996")]),
    ("Both (Watrall 2002, as well as Richardson 2013).",  # the comma stays outside the link
     [("watrall2002", "Watrall 2002"), ("richardson2013", "Richardson 2013")]),
])
def test_citations_link_to_their_works(text: str, refs: list[tuple[str, str]]) -> None:
    got, warnings, after = linked(text)
    assert got == refs
    assert warnings == []
    assert after == text  # the words are never changed


@pytest.mark.parametrize(("text", "warning"), [
    ("Missing (SEAArch 2007).", "'SEAArch 2007' refers to no entry of the reference list"),
    ("Wrong year (Rocks-Macqueen et al. 2014, 6).",
     "'Rocks-Macqueen et al. 2014, 6' refers to no entry of the reference list; closest: "
     "Rocks-Macqueen (n.d.) [rocksmacqueennd]"),
    ("Which one (Smith 2001).", "'Smith 2001' matches several works (smith2001a, smith2001b); "
     "add a year letter"),
])
def test_unresolved_citations_are_warnings(text: str, warning: str) -> None:
    refs, warnings, after = linked(text)
    assert (refs, warnings, after) == ([], [warning], text)


def test_no_warning_without_the_essays_own_reference_list() -> None:
    # numbered-note essays: the works come from the notes; '(the 1959 revolution)' is no citation
    assert linked("Missing (SEAArch 2007), (the 1959 revolution).", sources=False)[1] == []


@pytest.mark.parametrize("text", [
    "In 1994 (the year of the genocide) nothing (US$136 million, 1994) moved.",
    "A range (1991-2008) and a note [sic] (e.g., 300 killed in 1992).",
    # a year alone names no work when no author of that year is in the sentence
    "Power wrote. The genocide (1994) and Watrall’s youth (2005) are other matters.",
    # a period or a figure after a name is no citation
    "Under Power’s leadership (2002-2009), the office grew.",
    "Power’s salary rose sharply (2002: $40,000).",
])
def test_other_parentheses_are_left_alone(text: str) -> None:
    refs, _, after = linked(text)
    assert (refs, after) == ([], text)


def test_a_year_alone_takes_the_author_named_further_back() -> None:
    # the nearest name, 'World Bank', has no work: Power, named before, wrote the one of 2002
    refs, warnings, _ = linked("Power and the World Bank reported growth (2002).")
    assert (refs, warnings) == ([("power2002", "2002")], [])


def test_a_citation_after_a_marker_or_inside_formatting_tail() -> None:
    essay = essay_with("Start ")
    p = T.find(essay, "body/section/p")
    T.sub(p, "em", "a title").tail = " as Power (2002) said (Watrall 2002)."
    link_intext_citations(essay)
    assert [x.get("work") for x in p.iter(T.q("xref"))] == ["power2002", "watrall2002"]
    assert "".join(p.itertext()) == "Start a title as Power (2002) said (Watrall 2002)."


def test_dev_essay_03_links_and_warns() -> None:
    essay = trees()["03"]
    refs = [(x.get("work"), x.text) for x in essay.iter(T.q("xref"))]
    assert ("watrall2002", "Watrall 2002, 169") in refs
    assert ("jeffrey2012", "Jeffrey 2012, 553") in refs
    warnings = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "link-intext-citations"]
    assert warnings == [
        "'SEAArch 2007' refers to no entry of the reference list",
        "'Rocks-Macqueen et al. 2014, 6' refers to no entry of the reference list; closest: "
        "Rocks-Macqueen (n.d.) [rocksmacqueennd]",
        "rocksmacqueennd: the reference list entry is never cited in the text"]


def test_dev_essay_05_warns_only_of_its_real_slips() -> None:
    """Morley is cited by web address, Hornblower as 'CT 3' (declared '(cited as CT 3)'); the
    reference list leaves that declaration out, and says so. Dal Borgo's thesis names its
    university and, as a thesis, needs no place."""
    essay = trees()["05"]
    found = [(d.get("rule"), d.text[:18]) for d in T.findall(essay, "diagnostics/diagnostic")
             if d.get("level") == "warning"]
    assert found == [("unresolved-short-form", "'Welch (2003) agre"),
                     ("unresolved-short-form", "'Ober (2010) 65-87"),
                     ("dropped-reference-words", "hornblower1991: th")]


def test_every_writer_links_the_authors_citation_to_its_entry() -> None:
    essay = trees()["03"]
    html = etree.fromstring(HtmlWriter().write(essay, WriteOptions()).split("\n", 1)[1].encode())
    x = "{http://www.w3.org/1999/xhtml}"
    links = {a.text: a.get("href") for a in html.iter(f"{x}a")}
    assert links["Watrall 2002, 169"] == "#ref-watrall2002"
    assert html.find(f".//{x}li[@id='ref-watrall2002']") is not None
    jats = etree.fromstring(JatsWriter().write(essay, WriteOptions()))
    assert [(e.get("ref-type"), e.get("rid")) for e in jats.iter("xref")
            if e.text == "Watrall 2002, 169"] == [("bibr", "watrall2002")]
    tei = etree.fromstring(TeiWriter().write(essay, WriteOptions()))
    t = "{http://www.tei-c.org/ns/1.0}"
    assert [e.get("target") for e in tei.iter(f"{t}ref") if e.text == "Watrall 2002, 169"] == \
        ["#watrall2002"]
    with zipfile.ZipFile(io.BytesIO(DocxWriter().write(essay, WriteOptions()))) as docx:
        document = etree.fromstring(docx.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    anchors = {"".join(h.itertext()): h.get(f"{w}anchor") for h in document.iter(f"{w}hyperlink")}
    assert anchors["Watrall 2002, 169"] == "ref_watrall2002"


def test_an_entry_nothing_cites_is_a_warning() -> None:
    essay = essay_with("Only one (Watrall 2002).")
    sources = T.find(essay, "sources")
    for n, work in enumerate(("watrall2002", "power2002"), 2):
        T.sub(sources, "item", "…", id=f"r{n}", line=10 + n, work=work)
    link_intext_citations(essay)
    found = [(d.get("line"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")]
    assert found == [("13", "power2002: the reference list entry is never cited in the text")]


@pytest.mark.parametrize(("text", "extra", "refs"), [
    # the whole narrative name, not its last author alone
    ("Beard and Smith (2010) argue.",
     [{"id": "beard2010", "type": "book", "issued": {"date-parts": [[2010]]}, "title": "B",
       "author": [{"family": "Beard"}, {"family": "Smith"}]},
      {"id": "smith2010", "type": "book", "issued": {"date-parts": [[2010]]}, "title": "S",
       "author": [{"family": "Smith"}]}],
     [("beard2010", "Beard and Smith (2010)")]),
    # a name with no Latin letters (a ditto line, Greek) never matches every name
    ("As John Smith (2011) argued; The United Nations (2011) agreed.",
     [{"id": "x2011", "type": "book", "issued": {"date-parts": [[2011]]}, "title": "B",
       "author": [{"family": "———"}]},
      {"id": "y2011", "type": "book", "issued": {"date-parts": [[2011]]}, "title": "G",
       "author": [{"family": "Θουκυδίδης"}]}], []),
    ("Žižek (2008) disagrees (Özdoğan 2001).",
     [{"id": "zizek2008", "type": "book", "issued": {"date-parts": [[2008]]}, "title": "V",
       "author": [{"family": "Žižek"}]},
      {"id": "ozdogan2001", "type": "book", "issued": {"date-parts": [[2001]]}, "title": "O",
       "author": [{"family": "Özdoğan"}]}],
     [("zizek2008", "Žižek (2008)"), ("ozdogan2001", "Özdoğan 2001")]),
])
def test_names_match_whole_and_never_blank(text, extra, refs) -> None:
    assert linked(text, sources=False, items=WORKS + extra)[0] == refs


def test_each_text_is_read_once() -> None:
    refs, warnings, _ = linked("(Watrall 2002) and (Brown 2003) and (Power 2005).")
    assert [r[0] for r in refs] == ["watrall2002", "power2005"]
    assert warnings == ["'Brown 2003' refers to no entry of the reference list"]


@pytest.mark.parametrize(("text", "refs", "warnings"), [
    ("Colon pages (Watrall 2002: 169) and Power (2002: 4).",
     [("watrall2002", "Watrall 2002: 169"), ("power2002", "Power (2002: 4)")], []),
    ("Dates are no names (March 2005) (Since 1994).", [], []),
])
def test_colon_locators_and_dated_phrases(text, refs, warnings) -> None:
    assert linked(text)[:2] == (refs, warnings)


def test_a_particle_with_an_apostrophe() -> None:
    item = {"id": "derrico2001", "type": "book", "issued": {"date-parts": [[2001]]},
            "title": "T", "author": [{"family": "d'Errico"}]}
    assert linked("Early art (d'Errico 2001).", items=WORKS + [item])[0] == \
        [("derrico2001", "d'Errico 2001")]


def test_possessive_and_year_range_in_the_text() -> None:
    item = {"id": "hornblower1991", "type": "book", "issued": {"date-parts": [[1991], [2008]]},
            "title": "A commentary", "author": [{"family": "Hornblower"}]}
    refs = linked("Hornblower (1991-2008) and Power’s (2002) view.", items=WORKS + [item])[0]
    assert refs == [("hornblower1991", "Hornblower (1991-2008)"), ("power2002", "Power’s (2002)")]


MORRISON = [{"id": "morrison1987", "type": "book", "author": [{"family": "Morrison"}],
             "issued": {"date-parts": [[1987]]}, "title": "Beloved"},
            {"id": "morrison1992", "type": "book", "author": [{"family": "Morrison"}],
             "issued": {"date-parts": [[1992]]}, "title": "Jazz"},
            {"id": "rushdy1992", "type": "article-journal", "author": [{"family": "Rushdy"}],
             "issued": {"date-parts": [[1992]]}, "title": "Daughters signifyin(g) history"}]


@pytest.mark.parametrize(("text", "refs", "warnings"), [
    # author-page, with a short title where the author has two works
    ("A bench by the road (Morrison, Beloved 44; Rushdy 568-69).",
     [("morrison1987", "Morrison, Beloved 44"), ("rushdy1992", "Rushdy 568-69")], []),
    ("Two works (Morrison 44; Rushdy 568).", [("rushdy1992", "Rushdy 568")],
     ["'Morrison 44' matches several works (morrison1987, morrison1992); add a short title"]),
    # a page alone after the name of an author cited author-page: not a count, not a list
    ("Critics agree (Rushdy 568; Morrison, Jazz 3). As Rushdy argues, it revises (569). Sales rose "
     "(1,500). Rushdy lists (1) recovery and (2) return. Morrison wrote it over (5) years.",
     [("rushdy1992", "Rushdy 568"), ("morrison1992", "Morrison, Jazz 3"), ("rushdy1992", "569")],
     []),
    # one author-page citation and no author-year one: MLA all the same
    ("As Rushdy argues (Rushdy 568), the novel revises (569).",
     [("rushdy1992", "Rushdy 568"), ("rushdy1992", "569")], []),
    # one author-page citation beside an author-year one: no MLA reading
    ("As Rushdy argues (Rushdy 568), the novel revises (Rushdy, 1992).",
     [("rushdy1992", "Rushdy, 1992")], []),
    ("The jumbo (Boeing 747) and the phone (Nokia 3310).", [], []),
    # a name that is no author: no citation, no warning
    ("Along (Route 66) and (Chapter 5); (Rushdy 568; Rushdy 570).",
     [("rushdy1992", "Rushdy 568"), ("rushdy1992", "Rushdy 570")], []),
])
def test_mla_author_page_citations(text, refs, warnings) -> None:
    assert linked(text, items=MORRISON)[:2] == (refs, warnings)


MLA_OTHERS = [*MORRISON,
              {"id": "risingtides2020", "type": "article-magazine",
               "issued": {"date-parts": [[2020]]}, "title": "Rising Tides: Fiction and Climate"},
              {"id": "taylor1994", "type": "book", "author": [{"family": "Taylor"}],
               "issued": {"date-parts": [[1994]]}, "title": "Conversations"}]


def test_mla_title_indirect_and_author_alone() -> None:
    text = ("It is old (Rushdy 568; Morrison, Jazz 3). One reviewer agreed (“Rising Tides” 4). "
            "She said so (qtd. in Taylor 88). Others disagree (Taylor). Not this (Morrison), "
            "nor (“Unknown Title” 5), nor (Route), nor the teacher (Mr Taylor), nor "
            "(Mark Taylor).")
    # an unsigned work by its title; 'qtd. in' stays outside the link; an author alone when
    # one work answers ('Morrison' has two; 'Route' none)
    assert linked(text, items=MLA_OTHERS)[0] == [
        ("rushdy1992", "Rushdy 568"), ("morrison1992", "Morrison, Jazz 3"),
        ("risingtides2020", "“Rising Tides” 4"), ("taylor1994", "Taylor 88"),
        ("taylor1994", "Taylor")]


def test_an_author_date_essay_links_no_bare_numbers() -> None:
    text = ("Blogs widen access (Watrall 2002). Watrall surveyed (40) practitioners; most used "
            "(3) platforms (Watrall 2002, 4).")
    assert [w for w, _ in linked(text)[0]] == ["watrall2002", "watrall2002"]


@pytest.mark.parametrize(("words", "locator"), [
    ("Watrall 2002, 169", "169"), ("Des Forges (1999, p. 3)", "p. 3"), ("Ingold 2013: 21", "21"),
    ("Power (2002)", None), ("Honig & Both, 1996", None), ("2001b, 45", "45"),
    ("Morrison 44", "44"), ("Morrison, Beloved 43", "43"), ("569", "569"),
])
def test_the_page_the_author_gave_is_kept(words: str, locator: str | None) -> None:
    from essayconv.transforms.intext import _locator

    assert _locator(words) == locator


def test_secondary_sources_and_organisations_with_lower_case_words() -> None:
    items = [
        {"id": "gilbert2009", "type": "book", "author": [{"family": "Gilbert"}],
         "issued": {"date-parts": [[2009]]}, "title": "The compassionate mind"},
        {"id": "neff2013", "type": "article-journal",
         "author": [{"family": "Neff"}, {"family": "Germer"}],
         "issued": {"date-parts": [[2013]]}, "title": "A pilot study"},
        {"id": "ministere2022", "type": "report",
         "author": [{"literal": "Ministère de la Transition écologique"}],
         "issued": {"date-parts": [[2022]]}, "title": "Rapport"}]
    text = ("Kindness (Gilbert, 2009, as cited in Neff & Germer, 2013) helps, as policy says "
            "(Ministère de la Transition écologique, 2022, p. 4), not (ministère, 2022).")
    # APA's secondary source links both works; a body's name with words in lower case links
    # when it is the list's name exactly
    assert linked(text, items=items)[:2] == ([
        ("gilbert2009", "Gilbert, 2009"), ("neff2013", "Neff & Germer, 2013"),
        ("ministere2022", "Ministère de la Transition écologique, 2022, p. 4")], [])


def test_ibid_in_the_text_links_to_the_work_cited_last() -> None:
    text = ("Power argued so (Power 2002, p. 3). Later (ibid., p. 5) and (Ibid.) again. "
            "Smith too (Smith 2001a) (ibid.).")
    assert linked(text)[:2] == ([
        ("power2002", "Power 2002, p. 3"), ("power2002", "ibid., p. 5"), ("power2002", "Ibid."),
        ("smith2001a", "Smith 2001a"), ("smith2001a", "ibid.")], [])
    assert linked("Nothing cited before (ibid.).")[0] == []


def _book(work_id: str, year: int, *names: tuple[str, str]) -> dict[str, Any]:
    return {"id": work_id, "type": "book", "issued": {"date-parts": [[year]]}, "title": "T",
            "author": [{"family": family, "given": given} for family, given in names]}


PARTICLES = [
    _book("alkhatib2017", 2017, ("al-Khatib", "S."), ("el-Sayed", "H.")),
    _book("delacruz2020", 2020, ("de la Cruz", "M.")),
    _book("dossantos2018", 2018, ("dos Santos", "J.P.")),
    _book("silvaesouza2019", 2019, ("Silva e Souza", "M.")),
    _book("vanderberg2021", 2021, ("van der Berg", "P.")),
    _book("vonhumboldt1993", 1993, ("von Humboldt", "W.")),
    _book("garciamarquez2006", 2006, ("García Márquez", "G.")),
    _book("ortegaygasset1993", 1993, ("Ortega y Gasset", "J.")),
    _book("cruz2020", 2020, ("Cruz", "A.")),
    _book("berg2021", 2021, ("Berg", "B.")),
]


@pytest.mark.parametrize(("text", "refs"), [
    # Arabic al-/el- before the capital, in a narrative citation of two authors
    ("In Jordan, al-Khatib and el-Sayed (2017) found fees mattered.",
     [("alkhatib2017", "al-Khatib and el-Sayed (2017)")]),
    ("Fees mattered (al-Khatib & el-Sayed, 2017, p. 570).",
     [("alkhatib2017", "al-Khatib & el-Sayed, 2017, p. 570")]),
    # particles in lower or upper case, before the surname or inside it; never 'Cruz' or
    # 'Berg' alone, who wrote other works that year
    ("Later work agreed (dos Santos, 2018). Dos Santos (2018) too.",
     [("dossantos2018", "dos Santos, 2018"), ("dossantos2018", "Dos Santos (2018)")]),
    ("De la Cruz (2020) and de la Cruz (2020) disagreed (de la Cruz 2020, 4), not Cruz (2020).",
     [("delacruz2020", "De la Cruz (2020)"), ("delacruz2020", "de la Cruz (2020)"),
      ("delacruz2020", "de la Cruz 2020, 4"), ("cruz2020", "Cruz (2020)")]),
    ("As did Silva e Souza (2019), and (Silva e Souza, 2019).",
     [("silvaesouza2019", "Silva e Souza (2019)"), ("silvaesouza2019", "Silva e Souza, 2019")]),
    ("Van der Berg (2021) and van der Berg (2021) summarised this. Others cited van der Berg "
     "(2021), and Berg (2021).",
     [("vanderberg2021", "Van der Berg (2021)"), ("vanderberg2021", "van der Berg (2021)"),
      ("vanderberg2021", "van der Berg (2021)"), ("berg2021", "Berg (2021)")]),
    # a year alone takes the whole name before it, never its last word ('Berg', 'Cruz')
    ("As van der Berg showed (2021), and as de la Cruz notes (see 2020).",
     [("vanderberg2021", "2021"), ("delacruz2020", "2020")]),
    # APA's republished work: the later year is the entry's
    ("The novel is a classic (García Márquez, 1967/2006, p. 41).",
     [("garciamarquez2006", "García Márquez, 1967/2006, p. 41")]),
    ("Ortega y Gasset (1930/1993) agrees, as does von Humboldt (1792/1993).",
     [("ortegaygasset1993", "Ortega y Gasset (1930/1993)"),
      ("vonhumboldt1993", "von Humboldt (1792/1993)")]),
])
def test_names_with_particles_and_republished_works(text, refs) -> None:
    got, warnings, after = linked(text, items=PARTICLES)
    assert (got, after) == (refs, text)
    assert warnings == []


def test_a_republished_works_locator_is_its_page() -> None:
    from essayconv.transforms.intext import _locator

    assert _locator("García Márquez, 1967/2006, p. 41") == "p. 41"


NATIVE = [
    _book("nguyen2019", 2019, ("Nguyễn", "V.A.")),
    _book("zhang2021", 2021, ("Zhang", "W.")),
    _book("kim2020", 2020, ("Kim", "J.-W.")),
    _book("tanaka2018", 2018, ("Tanaka", "Hiroshi")),
]


@pytest.mark.parametrize(("text", "refs"), [
    # family name first, then the given names whose initials the entry gives
    ("As Nguyễn Văn An (2019, p. 4) and Zhang Wei (2021) note.",
     [("nguyen2019", "Nguyễn Văn An (2019, p. 4)"), ("zhang2021", "Zhang Wei (2021)")]),
    ("Kim Ji-won (2020) and Tanaka Hiroshi (2018) agree (Zhang Wei, 2021; Kim Ji-won 2020).",
     [("kim2020", "Kim Ji-won (2020)"), ("tanaka2018", "Tanaka Hiroshi (2018)"),
      ("zhang2021", "Zhang Wei, 2021"), ("kim2020", "Kim Ji-won 2020")]),
    ("As Zhang Wei says (2021, p. 9).", [("zhang2021", "2021, p. 9")]),
    # other given names, or too few of them, are other people
    ("Zhang Li (2021), Kim Ji (2020), Tanaka Hiro (2018) and Nguyễn An (2019) differ from "
     "Tanaka Hiroshi (2018).", [("tanaka2018", "Tanaka Hiroshi (2018)")]),
])
def test_names_in_native_order(text, refs) -> None:
    assert linked(text, sources=False, items=NATIVE)[0] == refs


def test_a_native_order_name_that_is_also_a_surname_links_nowhere() -> None:
    # 'Zhang Wei' is Zhang, W. in native order or Wei, X. given name first: a warning
    items = [*NATIVE, _book("wei2021", 2021, ("Wei", "X."))]
    refs, warnings, _ = linked("As Zhang Wei (2021) says (Zhang Wei, 2021).", items=items)
    assert refs == []
    assert warnings == ["'Zhang Wei, 2021' matches several works (zhang2021, wei2021); "
                        "write the name as the reference list does"]


def test_a_circa_year_links(tmp_path):
    from validators import enriched

    essay = enriched(tmp_path, "Stories\nAnn Lee\n\nEarly stories matter (García Márquez, ca. "
                     "1965, p. 4). Later ones too (García Márquez, c. 1965).\n\nReferences\n\n"
                     "García Márquez, G. (ca. 1965) Cuentos. Bogotá: Norma.\n")
    assert [(x.get("work"), x.get("locator")) for x in essay.iter(T.q("xref"))] == [
        ("garciamarquez1965", "p. 4"), ("garciamarquez1965", None)]


def test_an_apa_group_authors_abbreviation_links(tmp_path):
    """'(Centers for Disease Control and Prevention [CDC], 2022)' declares CDC; '(CDC, 2022)'
    then names the same work."""
    from validators import enriched

    essay = enriched(tmp_path, """Sleep and Memory
Maria L. Castillo

Introduction

Many students sleep less than seven hours (Centers for Disease Control and Prevention [CDC], \
2022). Later surveys agree (CDC, 2022). Preregistration helps (American Psychological \
Association [APA], 2020; APA, 2020).

References

American Psychological Association. (2020). Publication manual of the American Psychological \
Association (7th ed.). https://doi.org/10.1037/0000165-000
Centers for Disease Control and Prevention. (2022). Sleep and sleep disorders: Data and \
statistics. U.S. Department of Health and Human Services. https://www.cdc.gov/sleep/data.html
""")
    cdc, apa = "centersfordiseasecontrolandprevention2022", "americanpsychologicalassociation2020"
    assert [x.get("work") for x in essay.iter(T.q("xref"))] == [cdc, cdc, apa, apa]
    assert not [d for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "link-intext-citations"]
