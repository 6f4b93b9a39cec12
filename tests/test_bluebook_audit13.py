"""Bluebook footnotes (audit 13): (quoting …) parentheticals, small-caps books, state codes,
[hereinafter …], a law review's pinpoint in notes mode, a case named before its marker, and
'But see' inside the brackets.

Expectations are written from The Bluebook's forms and the Harvard output the README
describes, not from the program's output.
"""

from __future__ import annotations

from typing import Any

from essayconv.references.linking import link_citations
from essayconv.references.notes import parse_note
from essayconv.references.parser import parse_reference
from essayconv.references.smallcaps import name_case, title_case


def one(text: str) -> dict[str, Any]:
    cits = parse_note(text)
    assert len(cits) == 1, cits
    return cits[0]


def _essay(tmp_path, body: str, notes: list[str], citations: str = "author-date"):
    """The body's paragraph text as printed (markers as their variant or note), the rendered
    notes and the reference list of an essay."""
    from essayconv import tree as T
    from essayconv.pipeline import enrich, read
    from essayconv.writers import WriteOptions

    listed = "\n".join(f"{i}. {n}" for i, n in enumerate(notes, 1))
    path = tmp_path / "law.txt"
    path.write_text(f"A Law Essay\n\n{body}\n\nNotes\n\n{listed}\n", encoding="utf-8")
    essay = enrich(read(path), WriteOptions(citations=citations))

    def text(el) -> str:
        return " ".join("".join(el.itertext()).split())

    variants = {(v.getparent().get("id"), v.get("key")): text(v)
                for v in T.findall(essay, "notes/note/variant")}
    rendered = {n.get("id"): text(T.find(n, "rendered")) for n in T.findall(essay, "notes/note")}
    printed = []
    for cite in essay.iter(T.q("cite")):
        key = (cite.get("note"), cite.get("variant"))
        printed.append(variants.get(key) or rendered.get(cite.get("note")))
    return (printed, list(rendered.values()),
            [text(e) for e in T.findall(essay, "bibliography/entry")])


# --- (quoting …): the case's remark, whole ---------------------------------------------------

def test_quoting_parenthetical_with_a_case_is_the_remark() -> None:
    cit = one("Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982) (quoting Malley v. Briggs, "
              "475 U.S. 335, 341 (1986)).")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", "818", "page")
    assert cit["remark"] == "(quoting Malley v. Briggs, 475 U.S. 335, 341 (1986))"
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["volume"], item["page"]) == \
        ("legal_case", "Harlow v. Fitzgerald", "457", "800")


def test_citing_parenthetical_without_a_year_inside_still_read() -> None:
    cit = one("Hope v. Pelzer, 536 U.S. 730, 741 (2002) (citing earlier decisions).")
    assert (cit["locator"], cit["remark"]) == ("741", "(citing earlier decisions)")


def test_remark_footnote_keeps_the_inner_bracket() -> None:
    from essayconv.writers.view import _capitalise

    assert _capitalise("(quoting Malley v. Briggs, 475 U.S. 335, 341 (1986))") == \
        "Quoting Malley v. Briggs, 475 U.S. 335, 341 (1986)"
    assert _capitalise("(arguing that it is so).") == "Arguing that it is so"
    # two bracketed parts: no one pair around the whole, nothing taken off
    assert _capitalise("(a) and (b)") == "(a) and (b)"


# --- books set in small capitals, pasted as capitals -----------------------------------------

def test_small_caps_book_with_jr_et_al_edition_and_page() -> None:
    cit = one("JOHN C. SCHWERIN JR. ET AL., SHIELDED: THE STORY OF IMMUNITY 1012 "
              "(2d ed. 2023).")
    assert (cit["locator"], cit["label"]) == ("1012", "page")
    item = parse_reference(cit["reference"])
    assert item["type"] == "book"
    assert item["author"] == [{"family": "Schwerin", "given": "John C.", "suffix": "Jr."},
                              {"literal": "others"}]
    assert item["title"] == "Shielded: The Story of Immunity"
    assert (item["edition"], item["issued"]) == ("2", {"date-parts": [[2023]]})


def test_small_caps_author_with_comma_before_jr() -> None:
    item = parse_reference(one("RICHARD H. FALLIN, JR. ET AL., THE FEDERAL COURTS AND THE "
                               "FEDERAL SYSTEM 1012 (7th ed. 2015).")["reference"])
    assert item["author"][0] == {"family": "Fallin", "given": "Richard H.", "suffix": "Jr."}
    assert item["title"] == "The Federal Courts and the Federal System"


def test_book_in_normal_case_is_left_as_written() -> None:
    item = parse_reference(one("Gerald N. Rosenberg, The Hollow Hope of NATO 39 "
                               "(2d ed. 2008).")["reference"])
    assert item["title"] == "The Hollow Hope of NATO"
    assert item["author"] == [{"family": "Rosenberg", "given": "Gerald N."}]


def test_small_caps_rules() -> None:
    assert name_case("MARY O'NEIL-SMITH III") == "Mary O'Neil-Smith III"
    assert name_case("JOHN MCDONALD") == "John McDonald"  # a Scots "Mc" keeps its capital
    assert title_case("THE MCCARTHY ERA") == "The McCarthy Era"
    assert name_case("Mary Smith") == "Mary Smith"
    assert title_case("CIVIL RIGHTS IN THE U.S.: PART II") == "Civil Rights in the U.S.: Part II"
    assert title_case("A HISTORY OF THE LAW") == "A History of the Law"


# --- state codes: legislation like 42 U.S.C. § 1983 ------------------------------------------

def test_state_code_with_publisher_and_year() -> None:
    cits = parse_note("See, e.g., Cal. Gov't Code § 8627 (West 2020); N.Y. Exec. Law § 29-a "
                      "(McKinney 2020).")
    items = [parse_reference(c["reference"]) for c in cits]
    assert items[0] == {"type": "legislation", "title": "Cal. Gov't Code § 8627",
                        "container-title": "Cal. Gov't Code", "section": "8627",
                        "publisher": "West", "issued": {"date-parts": [[2020]]}}
    assert (items[1]["title"], items[1]["section"], items[1]["publisher"]) == \
        ("N.Y. Exec. Law § 29-a", "29-a", "McKinney")
    assert cits[0]["prefix"] == "See, e.g.,"


def test_state_code_annotated_and_official_forms() -> None:
    tex = parse_reference(one("Tex. Gov't Code Ann. § 418.016 (West 2021).")["reference"])
    assert (tex["container-title"], tex["section"]) == ("Tex. Gov't Code Ann.", "418.016")
    fla = parse_reference(one("Fla. Stat. § 776.012 (2020).")["reference"])
    assert fla["type"] == "legislation" and "publisher" not in fla


def test_federal_code_unchanged() -> None:
    item = parse_reference(one("42 U.S.C. § 1983 (2018).")["reference"])
    assert (item["type"], item["container-title"], item["volume"], item["section"]) == \
        ("legislation", "U.S.C.", "42", "1983")


def test_state_code_printed_with_its_publisher(tmp_path) -> None:
    _, _, bib = _essay(tmp_path, "Officials closed businesses.1 Others did too.2",
                       ["Cal. Gov't Code § 8627 (West 2020).",
                        "N.Y. Exec. Law § 29-a (McKinney 2020)."])
    assert "Cal. Gov’t Code § 8627 (West 2020)." in bib
    assert "N.Y. Exec. Law § 29-a (McKinney 2020)." in bib  # one section: '§', never '§§'


# --- [hereinafter …] --------------------------------------------------------------------------

def test_hereinafter_is_out_of_the_reference_and_declared() -> None:
    cit = one("Lena Ortiz, Emergency Deference, 88 Stan. L. Rev. 77, 80 (2021) "
              "[hereinafter Ortiz, Deference].")
    assert (cit["locator"], cit["declared"]) == ("80", "Ortiz, Deference")
    assert "hereinafter" not in cit["reference"]
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["container-title"], item["page"]) == \
        ("article-journal", "Emergency Deference", "Stan. L. Rev.", "77")
    out = link_citations([("n1", [cit]),
                          ("n2", parse_note("Ortiz, Deference, supra note 1, at 95."))])
    assert out.links[("n2", 0)] == out.links[("n1", 0)] is not None
    assert out.works[0]["note"] == "hereinafter Ortiz, Deference"


# --- notes mode: first page and pinpoint apart -----------------------------------------------

def test_notes_mode_article_first_page_then_pinpoint(tmp_path) -> None:
    _, notes, _ = _essay(tmp_path, "The defense has no basis.1",
                         ["See William Brandt, Is Qualified Immunity Unlawful?, 106 Calif. L. "
                          "Rev. 45, 49–51 (2018)."], "notes")
    assert notes[0].endswith("Calif. L. Rev., 106, p. 45 (pp. 49–51).")


# --- a case named before its marker; 'But see' lowered ---------------------------------------

def test_case_named_before_marker_is_narrative(tmp_path) -> None:
    printed, _, _ = _essay(tmp_path, "The Court first recognized the defense in Pierson v. Ray.1 "
                           "Later cases widened it.2",
                           ["Pierson v. Ray, 386 U.S. 547, 557 (1967).",
                            "Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982)."])
    assert printed == ["(1967, p. 557)", "(Harlow v. Fitzgerald (1982), p. 818)"]


def test_but_see_lowered_inside_brackets(tmp_path) -> None:
    printed, _, _ = _essay(tmp_path, "Some would narrow it.1 Others agree.2",
                           ["But see Aaron L. Nilsen, A Qualified Defense, 93 Notre Dame L. "
                            "Rev. 1853, 1860 (2018).",
                            "Accord Hope v. Pelzer, 536 U.S. 730, 741 (2002)."])
    assert printed[0] == "(but see Nilsen, 2018, p. 1860)"
    assert printed[1].startswith("(accord Hope v. Pelzer")
