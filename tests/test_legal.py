"""Legal citations: OSCOLA and Bluebook cases, legislation, law reviews and cross-references.

Expectations are written from the citation rules (OSCOLA 4th edn, The Bluebook), not from
the program's output.
"""

from __future__ import annotations

from typing import Any

import pytest

from essayconv.references.linking import link_citations
from essayconv.references.notes import parse_note
from essayconv.references.parser import parse_reference


def one(text: str) -> dict[str, Any]:
    cits = parse_note(text)
    assert len(cits) == 1, cits
    return cits[0]


def pin(text: str) -> tuple[str | None, str | None]:
    cit = one(text)
    return cit["locator"], cit["label"]


def link(*notes: str):
    return link_citations([(f"n{i}", parse_note(t)) for i, t in enumerate(notes, 1)])


def links(out) -> list[str | None]:
    return [out.links[k] for k in sorted(out.links, key=lambda k: (int(k[0][1:]), k[1]))]


def rules(out) -> list[tuple[str, str]]:
    return [(d.rule, d.message) for d in out.diagnostics
            if d.rule.endswith("short-form")]


# --- cases: CSL legal_case, the pinpoint is the citation's -----------------------------------

def test_oscola_case_with_court_and_pinpoint() -> None:
    cit = one("Donoghue v Stevenson [1932] AC 562 (HL) 580.")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", "580", "page")
    item = parse_reference(cit["reference"])
    assert item == {"type": "legal_case", "title": "Donoghue v Stevenson",
                    "issued": {"date-parts": [[1932]]}, "container-title": "AC",
                    "page": "562", "authority": "HL",
                    "collection-number": "1932"}  # '[1932]': the year is the report's volume


def test_oscola_case_with_volume_in_a_year_series() -> None:
    cit = one("Associated Provincial Picture Houses Ltd v Wednesbury Corporation "
              "[1948] 1 KB 223 (CA) 229.")
    assert (cit["locator"], cit["label"]) == ("229", "page")
    item = parse_reference(cit["reference"])
    assert item["type"] == "legal_case"
    assert item["title"] == "Associated Provincial Picture Houses Ltd v Wednesbury Corporation"
    assert (item["volume"], item["container-title"], item["page"], item["authority"]) == (
        "1", "KB", "223", "CA")
    assert "author" not in item


def test_oscola_case_in_round_brackets_with_a_paragraph() -> None:
    cit = one("Smith and Grady v United Kingdom (2000) 29 EHRR 493, para 138.")
    assert (cit["locator"], cit["label"]) == ("138", "paragraph")
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["issued"], item["volume"],
            item["container-title"], item["page"]) == (
        "legal_case", "Smith and Grady v United Kingdom", {"date-parts": [[2000]]}, "29",
        "EHRR", "493")


def test_neutral_citation_then_report_then_paragraph_pinpoint() -> None:
    cit = one("Bank Mellat v Her Majesty's Treasury (No 2) [2013] UKSC 39, [2014] AC 700 [74].")
    assert (cit["locator"], cit["label"]) == ("[74]", "paragraph")
    item = parse_reference(cit["reference"])
    assert item["title"] == "Bank Mellat v Her Majesty's Treasury (No 2)"
    assert item["number"] == "[2013] UKSC 39"
    assert (item["container-title"], item["page"]) == ("AC", "700")


def test_eu_case_keeps_its_case_number_in_the_name() -> None:
    cit = one("Case C-331/88 R v Minister of Agriculture, Fisheries and Food, ex p Fedesa "
              "[1990] ECR I-4023, para 13.")
    assert (cit["locator"], cit["label"]) == ("13", "paragraph")
    item = parse_reference(cit["reference"])
    assert item["type"] == "legal_case"
    assert item["title"].startswith("Case C-331/88 R v Minister of Agriculture")
    assert (item["container-title"], item["page"], item["issued"]) == (
        "ECR", "I-4023", {"date-parts": [[1990]]})


def test_bluebook_case_with_pinpoint_before_the_year() -> None:
    cit = one("Brown v. Bd. of Educ., 347 U.S. 483, 495 (1954).")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", "495", "page")
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["volume"], item["container-title"],
            item["page"], item["issued"]) == (
        "legal_case", "Brown v. Bd. of Educ.", "347", "U.S.", "483", {"date-parts": [[1954]]})
    assert item["jurisdiction"] == "us"


# --- legislation: title with its year, the section is the locator -------------------------

@pytest.mark.parametrize("text, title, year, locator, label", [
    ("Human Rights Act 1998, s 3.", "Human Rights Act 1998", 1998, "3", "section"),
    ("Human Rights Act 1998, ss 3–4.", "Human Rights Act 1998", 1998, "ss 3–4", "section"),
    ("European Union (Withdrawal) Act 2018, sch 1, para 3.",
     "European Union (Withdrawal) Act 2018", 2018, "sch 1, para 3", "section"),
    ("Civil Rights Act of 1964, Pub. L. No. 88-352, 78 Stat. 241.",
     "Civil Rights Act of 1964", 1964, None, None),
])
def test_acts(text: str, title: str, year: int, locator: str | None, label: str | None) -> None:
    cit = one(text)
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", locator, label)
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["issued"]) == (
        "legislation", title, {"date-parts": [[year]]})
    assert "author" not in item


def test_us_statute_at_large_and_public_law_number() -> None:
    item = parse_reference("Civil Rights Act of 1964, Pub. L. No. 88-352, 78 Stat. 241.")
    assert (item["number"], item["volume"], item["container-title"], item["page"]) == (
        "Pub. L. No. 88-352", "78", "Stat.", "241")


def test_treaty_article_is_the_locator() -> None:
    cit = one("Treaty on European Union, art 5(4).")
    assert (cit["locator"], cit["label"]) == ("art 5(4)", "article-locator")
    assert parse_reference(cit["reference"]) == {"type": "treaty",
                                                 "title": "Treaty on European Union"}


def test_code_section_is_the_work() -> None:
    # the Bluebook cites a section of a code as the work: title number, code, section, year
    cit = one("42 U.S.C. § 1983 (2018).")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", None, None)
    assert parse_reference(cit["reference"]) == {
        "type": "legislation", "title": "42 U.S.C. § 1983", "container-title": "U.S.C.",
        "volume": "42", "section": "1983", "issued": {"date-parts": [[2018]]}}
    cfr = parse_reference(one("40 C.F.R. § 52.21 (2019).")["reference"])
    assert (cfr["volume"], cfr["container-title"], cfr["section"]) == ("40", "C.F.R.", "52.21")


def test_code_section_renders_the_bluebook_way(tmp_path) -> None:
    notes, bib = _essay(tmp_path, ["42 U.S.C. § 1983 (2018).", "42 U.S.C. §§ 1981-1983 (2018).",
                                   "Id."], "notes")
    assert notes == ["42 U.S.C. § 1983 (2018).", "42 U.S.C. §§ 1981-1983 (2018).",
                     "42 U.S.C. §§ 1981-1983 (2018)."]
    assert bib == ["42 U.S.C. § 1983 (2018).", "42 U.S.C. §§ 1981-1983 (2018)."]
    notes, _ = _essay(tmp_path, ["42 U.S.C. § 1983 (2018)."], "author-date")
    assert notes == ["(42 U.S.C. § 1983 (2018))"]


@pytest.mark.parametrize("citations", ["author-date", "notes"])
def test_article_locator_prints_as_the_style_says(tmp_path, citations: str) -> None:
    # pandoc reads no label 'article' out of a citation; Cite Them Right writes 'art. 8'
    notes, bib = _essay(tmp_path, ["European Convention on Human Rights, art 8.",
                                   "Civil Procedure Rules 1998, SI 1998/3132, r 3.",
                                   "Human Rights Act 1998, s 3."], citations)
    if citations == "notes":
        assert notes == ["European Convention on Human Rights, art. 8.",
                         "Civil Procedure Rules 1998, SI 1998/3132, r. 3.",
                         "Human Rights Act 1998, s. 3."]
    else:
        assert notes == ["(European Convention on Human Rights, art. 8)",
                         "(Civil Procedure Rules 1998, r. 3)", "(Human Rights Act 1998, s. 3)"]
    assert "European Convention on Human Rights." in bib


def test_labels_pandoc_cannot_read_print_their_short_term() -> None:
    from essayconv.citations import plain_text, render

    works = [{"id": "echr", "type": "treaty", "title": "European Convention on Human Rights"},
             {"id": "smith", "type": "book", "title": "Tables", "author": [{"family": "Smith"}],
              "issued": {"date-parts": [[2000]]}}]
    out = render(works, [[{"id": "echr", "locator": "8-9", "label": "article-locator"}],
                         [{"id": "smith", "locator": "3", "label": "table"}],
                         [{"id": "smith", "locator": "12", "label": "page"}],
                         [{"id": "smith", "locator": "2", "label": "chapter"}]])
    assert [plain_text(c) for c in out.clusters] == [
        "(European Convention on Human Rights, art. 8–9)", "(Smith, 2000, tbl. 3)",
        "(Smith, 2000, p. 12)", "(Smith, 2000, ch. 2)"]
    assert out.warnings == []


def test_law_review_first_page_and_pinpoint_in_notes(tmp_path) -> None:
    # '73 Harv. L. Rev. 1, 34': the article's first page, then the page cited in brackets
    # (never one list of pages 'pp. 1, 34', which reads as two pages of the article)
    notes, bib = _essay(tmp_path, [
        "Herbert Wechsler, Toward Neutral Principles of Constitutional Law, "
        "73 Harv. L. Rev. 1, 34 (1959).",
        "Wechsler, supra note 1, at 31-35.",
        "Julian Rivers, 'Proportionality and Variable Intensity of Review' (2006) 65 CLJ 174."],
        "notes")
    assert notes == ["Wechsler, H. (1959) ‘Toward Neutral Principles of Constitutional Law’, "
                     "Harv. L. Rev., 73, p. 1 (p. 34).",
                     "Wechsler (1959), pp. 31–35.",
                     "Rivers, J. (2006) ‘Proportionality and Variable Intensity of Review’, "
                     "CLJ, 65, p. 174."]
    assert "Wechsler, H. (1959) ‘Toward Neutral Principles of Constitutional Law’, " \
           "Harv. L. Rev., 73, p. 1." in bib
    notes, _ = _essay(tmp_path, ["Herbert Wechsler, Toward Neutral Principles of Constitutional "
                                 "Law, 73 Harv. L. Rev. 1, 34 (1959)."], "author-date")
    assert notes == ["(Wechsler, 1959, p. 34)"]


def test_article_with_a_page_range_keeps_range_then_pinpoint() -> None:
    from essayconv.citations import plain_text, render

    works = [{"id": "w", "type": "article-journal", "author": [{"family": "Wechsler",
                                                                "given": "Herbert"}],
              "title": "T", "container-title": "Harv. L. Rev.", "volume": "73", "page": "1-35",
              "issued": {"date-parts": [[1959]]}}]
    out = render(works, [[{"id": "w", "locator": "34", "label": "page"}]], mode="notes")
    assert plain_text(out.clusters[0]) == "Wechsler, H. (1959) ‘T’, Harv. L. Rev., 73, " \
                                          "pp. 1–35, p. 34."


@pytest.mark.parametrize("text, title, locator, label", [
    ("Human Rights Act 1998 s 3.", "Human Rights Act 1998", "3", "section"),
    ("Human Rights Act 1998 ss 3-4.", "Human Rights Act 1998", "ss 3-4", "section"),
    ("Human Rights Act 1998 sch 1.", "Human Rights Act 1998", "sch 1", "section"),
    ("European Convention on Human Rights art 8.", "European Convention on Human Rights", "8",
     "article-locator"),
])
def test_provision_without_a_comma(text: str, title: str, locator: str, label: str) -> None:
    cit = one(text)
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", locator, label)
    item = parse_reference(cit["reference"])
    assert item["title"] == title and item["type"] in ("legislation", "treaty")
    assert "page" not in item and "author" not in item


def test_treaty_by_its_abbreviation_with_an_article(tmp_path) -> None:
    cit = one("ECHR art 8.")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", "8", "article-locator")
    assert parse_reference(cit["reference"]) == {"type": "treaty", "title": "ECHR"}
    notes, _ = _essay(tmp_path, ["ECHR, art 8.", "TFEU art 267."], "notes")
    assert notes == ["ECHR, art. 8.", "TFEU, art. 267."]


def test_eu_official_journal() -> None:
    cit = one("Regulation (EU) 2016/679 of the European Parliament and of the Council "
              "[2016] OJ L119/1, art 17.")
    assert (cit["locator"], cit["label"]) == ("17", "article-locator")
    item = parse_reference(cit["reference"])
    assert item == {"type": "legislation",
                    "title": "Regulation (EU) 2016/679 of the European Parliament and of the "
                             "Council", "issued": {"date-parts": [[2016]]},
                    "collection-number": "2016", "container-title": "OJ", "volume": "L119",
                    "page": "1", "title-short": "Regulation (EU) 2016/679"}
    tfeu = parse_reference("Consolidated Version of the Treaty on the Functioning of the "
                           "European Union [2012] OJ C326/47")
    assert (tfeu["type"], tfeu["volume"], tfeu["page"]) == ("treaty", "C326", "47")


def test_eu_official_journal_renders_as_oscola_writes_it(tmp_path) -> None:
    notes, bib = _essay(tmp_path, [
        "Consolidated Version of the Treaty on the Functioning of the European Union "
        "[2012] OJ C326/47, art 267.",
        "Council Directive 2000/78/EC of 27 November 2000 establishing a general framework "
        "for equal treatment in employment and occupation [2000] OJ L303/16."], "notes")
    assert notes == ["Consolidated Version of the Treaty on the Functioning of the European "
                     "Union [2012] OJ C326/47, art. 267.",
                     "Council Directive 2000/78/EC of 27 November 2000 establishing a general "
                     "framework for equal treatment in employment and occupation "
                     "[2000] OJ L303/16."]
    assert "Consolidated Version of the Treaty on the Functioning of the European Union " \
           "[2012] OJ C326/47." in bib


@pytest.mark.parametrize("text, title, report, page, number", [
    ("Donoghue v Stevenson 1932 SC (HL) 31.", "Donoghue v Stevenson", "SC (HL)", "31", None),
    ("HM Advocate v Smith 2000 SCCR 910.", "HM Advocate v Smith", "SCCR", "910", None),
    ("Cadder v HM Advocate [2010] UKSC 43, 2010 SLT 1125.", "Cadder v HM Advocate", "SLT",
     "1125", "[2010] UKSC 43"),
    ("McGraddie v McGraddie [2013] UKSC 58, 2014 SC (UKSC) 12.", "McGraddie v McGraddie",
     "SC (UKSC)", "12", "[2013] UKSC 58"),
    ("Maguire v Ardagh [2002] 1 IR 385.", "Maguire v Ardagh", "IR", "385", None),
])
def test_scottish_and_irish_cases(text, title, report, page, number) -> None:
    cit = one(text)
    assert cit["form"] == "full"
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["container-title"], item["page"],
            item.get("number")) == ("legal_case", title, report, page, number)
    assert "author" not in item


# --- law reviews: full references, never short forms -----------------------------------------

def test_bluebook_article_is_a_full_reference_with_its_pinpoint() -> None:
    cit = one("Herbert Wechsler, Toward Neutral Principles of Constitutional Law, "
              "73 Harv. L. Rev. 1, 34 (1959).")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", "34", "page")
    item = parse_reference(cit["reference"])
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Wechsler", "given": "Herbert"}]
    assert (item["title"], item["volume"], item["container-title"], item["page"]) == (
        "Toward Neutral Principles of Constitutional Law", "73", "Harv. L. Rev.", "1")
    assert item["issued"] == {"date-parts": [[1959]]}


def test_bluebook_article_gives_no_short_form_warning() -> None:
    out = link("Herbert Wechsler, Toward Neutral Principles of Constitutional Law, "
               "73 Harv. L. Rev. 1, 34 (1959).")
    assert links(out) == ["wechsler1959"]
    assert rules(out) == []


def test_oscola_article_volume_journal_first_page() -> None:
    cit = one("Julian Rivers, 'Proportionality and Variable Intensity of Review' "
              "(2006) 65 CLJ 174, 176.")
    assert (cit["locator"], cit["label"]) == ("176", "page")
    item = parse_reference(cit["reference"])
    assert (item["type"], item["volume"], item["container-title"], item["page"]) == (
        "article-journal", "65", "CLJ", "174")
    assert item["author"][0]["family"] == "Rivers"


# --- cross-references, short forms and ibid ----------------------------------------------------

def test_oscola_cross_reference_links_to_the_work_in_that_note() -> None:
    out = link("Paul Craig, 'Proportionality, Rationality and Review' [2010] NZ L Rev 265; "
               "Michael Taggart, 'Proportionality, Deference, Wednesbury' [2008] NZ L Rev 423.",
               "Donoghue v Stevenson [1932] AC 562 (HL) 580.",
               "Craig (n 1) 270; see also Taggart (n 1) 430.",
               "Donoghue (n 2) 582.")
    assert links(out) == ["craig2010", "taggart2008", "donoghuev1932", "craig2010",
                          "taggart2008", "donoghuev1932"]
    assert rules(out) == []


def test_cross_reference_locators() -> None:
    assert pin("Bank Mellat (n 2) [74]–[76].") == ("[74]–[76]", "paragraph")
    assert pin("Craig (n 4) 270.") == ("270", "page")
    assert pin("Cf. Wechsler, supra note 3, at 31-35.") == ("31-35", "page")
    assert pin("ibid 45.") == ("45", "page")
    assert pin("ibid [74].") == ("[74]", "paragraph")
    assert pin("Id. at 494.") == ("494", "page")


def test_cross_reference_to_a_note_without_that_name_is_a_warning() -> None:
    out = link("Julian Rivers, 'Proportionality and Variable Intensity of Review' "
               "(2006) 65 CLJ 174.",
               "Craig (n 1) 270.")
    assert links(out) == ["rivers2006", None]
    assert [r for r, _ in rules(out)] == ["unresolved-short-form"]
    assert "note 1" in rules(out)[0][1]


def test_bluebook_supra_and_id_and_short_case() -> None:
    out = link("Brown v. Bd. of Educ., 347 U.S. 483, 495 (1954).",
               "Id. at 494.",
               "Herbert Wechsler, Toward Neutral Principles of Constitutional Law, "
               "73 Harv. L. Rev. 1, 34 (1959).",
               "Cf. Wechsler, supra note 3, at 31-35.",
               "Brown, 347 U.S. at 492-93.")
    assert links(out) == ["brownv1954", "brownv1954", "wechsler1959", "wechsler1959",
                          "brownv1954"]
    assert rules(out) == []


def test_short_case_name_links_to_the_case() -> None:
    out = link("Associated Provincial Picture Houses Ltd v Wednesbury Corporation "
               "[1948] 1 KB 223 (CA).",
               "Wednesbury 230.")
    assert links(out) == ["associatedprovincial1948", "associatedprovincial1948"]


def test_ibid_after_a_note_of_two_works_is_ambiguous() -> None:
    out = link("Paul Craig, 'Proportionality, Rationality and Review' [2010] NZ L Rev 265; "
               "Michael Taggart, 'Proportionality, Deference, Wednesbury' [2008] NZ L Rev 423.",
               "ibid 45.")
    assert links(out)[2] is None
    (rule, message), = rules(out)
    assert rule == "ambiguous-short-form"
    assert "note 1" in message and "craig2010" in message and "taggart2008" in message


def test_ibid_after_a_note_citing_nothing_names_that_note() -> None:
    out = link("On this point the literature is silent.", "Ibid., 45.")
    assert links(out) == [None, None]
    (rule, message), = rules(out)
    assert rule == "unresolved-short-form" and "note 1" in message


def test_author_without_year_of_two_works_is_ambiguous() -> None:
    out = link_citations(
        [("n1", parse_note("Melvern, p. 50."))],
        bibliography=["Melvern, L. (2000) A People Betrayed. London: Zed Books.",
                      "Melvern, L. (2004) Conspiracy to Murder. London: Verso."])
    assert out.links[("n1", 0)] is None
    (rule, message), = rules(out)
    assert rule == "ambiguous-short-form"
    assert "melvern2000" in message and "melvern2004" in message


def test_the_same_case_in_note_and_bibliography_is_one_work() -> None:
    out = link_citations(
        [("n1", parse_note("Donoghue v Stevenson [1932] AC 562 (HL) 580."))],
        bibliography=["Donoghue v Stevenson [1932] AC 562 (HL)"])
    assert len(out.works) == 1


# --- Harvard (Cite Them Right) rendering -------------------------------------------------------

LEGAL_WORKS = [
    {"id": "donoghue1932", "type": "legal_case", "title": "Donoghue v Stevenson",
     "issued": {"date-parts": [[1932]]}, "container-title": "AC", "page": "562"},
    {"id": "bankmellat2014", "type": "legal_case",
     "title": "Bank Mellat v Her Majesty's Treasury (No 2)", "number": "[2013] UKSC 39",
     "issued": {"date-parts": [[2014]]}, "container-title": "AC", "page": "700"},
    {"id": "hra1998", "type": "legislation", "title": "Human Rights Act 1998",
     "issued": {"date-parts": [[1998]]}},
    {"id": "brown1954", "type": "legal_case", "title": "Brown v. Bd. of Educ.",
     "issued": {"date-parts": [[1954]]}, "container-title": "U.S.", "volume": "347",
     "page": "483", "jurisdiction": "us"},
]


@pytest.fixture(scope="module")
def harvard_legal():
    from essayconv.citations import render

    return render(LEGAL_WORKS, [[{"id": "donoghue1932", "locator": "580", "label": "page"}],
                                [{"id": "hra1998", "locator": "3", "label": "section"}],
                                [{"id": "bankmellat2014"}],
                                [{"id": "brown1954", "locator": "495", "label": "page"}]])


def test_harvard_reference_list_of_cases_and_acts(harvard_legal) -> None:
    from essayconv.citations import plain_text

    bib = {k: plain_text(v) for k, v in harvard_legal.bibliography}
    assert bib["donoghue1932"] == "Donoghue v Stevenson [1932] AC 562."
    assert bib["bankmellat2014"] == ("Bank Mellat v Her Majesty's Treasury (No 2) "
                                     "[2013] UKSC 39, [2014] AC 700.").replace("'", "’")
    assert bib["hra1998"] == "Human Rights Act 1998."
    assert bib["brown1954"] == "Brown v. Bd. of Educ., 347 U.S. 483 (1954)."  # the Bluebook's
    em = [("".join(e.itertext())) for e in dict(harvard_legal.bibliography)["donoghue1932"]
          .iter("{urn:essayconv:essay:1}em")]
    assert em == ["Donoghue v Stevenson"]  # the case name is italic


def test_harvard_in_text_cases_and_acts(harvard_legal) -> None:
    from essayconv.citations import plain_text

    assert [plain_text(c) for c in harvard_legal.clusters] == [
        "(Donoghue v Stevenson [1932] AC 562, p. 580)", "(Human Rights Act 1998, s. 3)",
        "(Bank Mellat v Her Majesty’s Treasury (No 2) [2013] UKSC 39)",
        "(Brown v. Bd. of Educ. (1954), p. 495)"]


# --- whole essays: what a law student reads in the notes and the reference list --------------

def _essay(tmp_path, notes: list[str], citations: str) -> tuple[list[str], list[str]]:
    """The rendered notes and reference-list entries of an essay citing ``notes`` in turn."""
    from essayconv import tree as T
    from essayconv.pipeline import enrich, read
    from essayconv.writers import WriteOptions

    body = " ".join(f"Sentence {i} [{i}]." for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1))
    path = tmp_path / "law.txt"
    path.write_text(f"A Law Essay\n\n{body}\n\nNotes\n{listed}\n", encoding="utf-8")
    essay = enrich(read(path), WriteOptions(citations=citations))

    def text(el) -> str:
        return " ".join("".join(el.itertext()).split())

    return ([text(n) for n in T.findall(essay, "notes/note/rendered")],
            [text(e) for e in T.findall(essay, "bibliography/entry")])


def test_round_bracket_year_is_only_the_date() -> None:
    # OSCOLA: a series numbering its own volumes takes the year in round brackets
    lemon = parse_reference(one("R v Lemon (1979) 68 Cr App R 381.")["reference"])
    assert (lemon["volume"], lemon["container-title"], lemon["page"]) == ("68", "Cr App R", "381")
    assert "collection-number" not in lemon
    kb = parse_reference(one("Associated Provincial Picture Houses Ltd v Wednesbury Corporation "
                             "[1948] 1 KB 223 (CA).")["reference"])
    assert kb["collection-number"] == "1948"  # square brackets: the year is part of the volume


def test_round_bracket_year_renders_round_in_notes_and_list(tmp_path) -> None:
    notes, bib = _essay(tmp_path, ["R v Lemon (1979) 68 Cr App R 381.",
                                   "Smith v Jones (1999) 12 BCLC 33, 40.",
                                   "Smith v Jones (1999) 12 BCLC 33, 41.",
                                   "Donoghue v Stevenson [1932] AC 562 (HL) 580.",
                                   "Associated Provincial Picture Houses Ltd v Wednesbury "
                                   "Corporation [1948] 1 KB 223 (CA) 229."], "notes")
    assert notes[:4] == ["R v Lemon (1979) 68 Cr App R 381.",
                         "Smith v Jones (1999) 12 BCLC 33, p. 40.",
                         "Smith v Jones (1999) 12 BCLC 33, p. 41.",  # the report: the page is its
                         "Donoghue v Stevenson [1932] AC 562 (HL), p. 580."]
    assert "R v Lemon (1979) 68 Cr App R 381." in bib
    assert "Smith v Jones (1999) 12 BCLC 33." in bib
    assert "Associated Provincial Picture Houses Ltd v Wednesbury Corporation " \
           "[1948] 1 KB 223 (CA)." in bib


def test_round_bracket_year_in_text(tmp_path) -> None:
    notes, _ = _essay(tmp_path, ["Smith v Jones (1999) 12 BCLC 33, 40."], "author-date")
    assert notes == ["(Smith v Jones (1999) 12 BCLC 33, p. 40)"]


def test_harvard_hand_written_case_with_volume_and_no_collection_number() -> None:
    from essayconv.citations import plain_text, render

    works = [{"id": "lemon", "type": "legal_case", "title": "R v Lemon",
              "issued": {"date-parts": [[1979]]}, "container-title": "Cr App R",
              "volume": "68", "page": "381"}]
    out = render(works, [[{"id": "lemon"}]])
    assert plain_text(out.bibliography[0][1]) == "R v Lemon (1979) 68 Cr App R 381."


def test_neutral_citation_alone_is_no_report() -> None:
    cit = one("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5 [45].")
    assert (cit["locator"], cit["label"]) == ("[45]", "paragraph")
    item = parse_reference(cit["reference"])
    assert (item["number"], item["authority"]) == ("[2017] UKSC 5", "UKSC")
    assert "container-title" not in item and "page" not in item
    item = parse_reference("R (Corner House Research) v Director of the Serious Fraud Office "
                           "[2008] EWHC 714 (Admin).")
    assert item["number"] == "[2008] EWHC 714 (Admin)"


def test_parallel_report_of_an_old_case(tmp_path) -> None:
    cit = one("Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145, 151.")
    assert (cit["locator"], cit["label"]) == ("151", "page")
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["volume"], item["container-title"],
            item["page"]) == ("legal_case", "Hadley v Baxendale", "9", "Exch", "341")
    assert "author" not in item
    notes, bib = _essay(tmp_path, ["Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145."], "notes")
    assert bib == ["Hadley v Baxendale (1854) 9 Exch 341, 156 ER 145."]


@pytest.mark.parametrize("text, locator", [
    ("Human Rights Act 1998, sch 1.", "sch 1"),  # a schedule, never section 1
    ("Human Rights Act 1998, sch 1, pt 1, art 8.", "sch 1, pt 1, art 8"),
    ("Working Time Regulations 1998, SI 1998/1833, reg 4.", "reg 4"),
])
def test_schedules_and_regulations_are_kept_as_written(text: str, locator: str) -> None:
    cit = one(text)
    assert (cit["form"], cit["locator"]) == ("full", locator)
    item = parse_reference(cit["reference"])
    assert item["type"] == "legislation" and "author" not in item


def test_schedule_and_regulation_render_as_written(tmp_path) -> None:
    notes, bib = _essay(tmp_path, ["Human Rights Act 1998, sch 1.",
                                   "Working Time Regulations 1998, SI 1998/1833, reg 4.",
                                   "Human Rights Act 1998, sch 1, pt 1, art 8."], "notes")
    assert notes == ["Human Rights Act 1998, sch 1.",
                     "Working Time Regulations 1998, SI 1998/1833, reg 4.",
                     "Human Rights Act 1998, sch 1, pt 1, art 8."]
    assert bib == ["Human Rights Act 1998.", "Working Time Regulations 1998, SI 1998/1833."]


def test_bluebook_pinpoint_to_a_footnote(tmp_path) -> None:
    cit = one("United States v. Carolene Prods. Co., 304 U.S. 144, 152 n.4 (1938).")
    assert (cit["form"], cit["locator"], cit["label"]) == ("full", "152 n.4", "page")
    assert parse_reference(cit["reference"])["page"] == "144"
    notes, _ = _essay(tmp_path, ["United States v. Carolene Prods. Co., 304 U.S. 144, 152 n.4 "
                                 "(1938).", "Id."], "notes")
    # one page: 'p.', and the footnote after it; a bare 'Id.' repeats the work and its pinpoint
    assert notes == ["United States v. Carolene Prods. Co., 304 U.S. 144 (1938), p. 152 n.4.",
                     "United States v. Carolene Prods. Co. (1938), p. 152 n.4."]


def test_bluebook_early_reporter_with_nominative_volume() -> None:
    cit = one("Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).")
    assert (cit["locator"], cit["label"]) == ("177", "page")
    item = parse_reference(cit["reference"])
    assert (item["type"], item["title"], item["volume"], item["container-title"],
            item["page"], item["issued"]) == ("legal_case", "Marbury v. Madison", "5",
                                              "U.S. (1 Cranch)", "137", {"date-parts": [[1803]]})


def test_bare_id_repeats_the_work_before() -> None:
    out = link("Roe v. Wade, 410 U.S. 113, 153 (1973).", "Id.")
    assert links(out) == ["roev1973", "roev1973"]
    assert rules(out) == []


def test_joined_appeals_are_one_case_and_its_nickname_cross_reference_links() -> None:
    out = link("R (Miller) v Prime Minister; Cherry v Advocate General for Scotland [2019] "
               "UKSC 41, [2020] AC 373 [69].",
               "Miller II (n 1) [41].")
    assert len(set(links(out))) == 1 and links(out)[0] is not None
    assert rules(out) == []


def test_a_report_with_a_bracketed_series_letter() -> None:
    item = parse_reference("R (Miller) v Prime Minister [2019] EWHC 2381 (QB), [2019] WLR(D) 508")
    assert (item["type"], item["container-title"], item["page"]) == ("legal_case", "WLR(D)",
                                                                   "508")
    assert item["number"] == "[2019] EWHC 2381 (QB)"
