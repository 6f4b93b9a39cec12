"""Citation rendering: Cite Them Right Harvard and two small comparison styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from essayconv import citations
from essayconv.citations import CitationError, render, resolve_style

NS = "urn:essayconv:essay:1"
DATA = Path(__file__).parent / "data" / "csl"
APA = DATA / "apa-mini.csl"
CHICAGO = DATA / "chicago-ad-mini.csl"

# Works from the seed essay's Works Cited list (tests/../input/never-again-yet-again.txt),
# written as CSL-JSON by hand.
WORKS = [
    {"id": "prunier1997", "type": "book", "author": [{"family": "Prunier", "given": "Gérard"}],
     "issued": {"date-parts": [[1997]]}, "title": "The Rwanda crisis: history of a genocide",
     "publisher": "Hurst & Company", "publisher-place": "London"},
    {"id": "desforges1999", "type": "book",
     "author": [{"family": "Des Forges", "given": "Alison"}], "issued": {"date-parts": [[1999]]},
     "title": "Leave none to tell the story: genocide in Rwanda",
     "publisher": "Human Rights Watch", "publisher-place": "New York"},
    {"id": "gourevitch1998", "type": "book",
     "author": [{"family": "Gourevitch", "given": "Philip"}], "issued": {"date-parts": [[1998]]},
     "title": "We wish to inform you that tomorrow we will be killed with our families",
     "publisher": "Farrar, Straus and Giroux", "publisher-place": "New York"},
    {"id": "millwood1996", "type": "report", "editor": [{"family": "Millwood", "given": "David"}],
     "issued": {"date-parts": [[1996]]},
     "title": "The international response to conflict and genocide: "
              "lessons from the Rwanda experience",
     "publisher": "Steering Committee of the Joint Evaluation of Emergency Assistance to Rwanda",
     "publisher-place": "Copenhagen"},
    {"id": "gifkins2016", "type": "article-journal",
     "author": [{"family": "Gifkins", "given": "Jess"}], "issued": {"date-parts": [[2016]]},
     "title": "R2P in the UN Security Council: Darfur, Libya and beyond",
     "container-title": "Cooperation and Conflict", "volume": "51", "issue": "4",
     "page": "446-464", "DOI": "10.1177/0010836716654560"},
    {"id": "hehir2013", "type": "article-journal",
     "author": [{"family": "Hehir", "given": "Aidan"}], "issued": {"date-parts": [[2013]]},
     "title": "The permanence of inconsistency: Libya, the Security Council, "
              "and the Responsibility to Protect",
     "container-title": "International Security", "volume": "38", "issue": "1",
     "page": "137–159"},
    {"id": "unsc872", "type": "bill",
     "author": [{"literal": "United Nations Security Council"}],
     "issued": {"date-parts": [[1993, 10, 5]]}, "title": "Resolution 872 (1993)",
     "number": "S/RES/872"},
    {"id": "un-nd", "type": "webpage", "author": [{"literal": "United Nations"}],
     "title": "Outreach Programme on the 1994 Genocide against the Tutsi in Rwanda "
              "and the United Nations: historical background",
     "URL": "https://www.un.org/en/preventgenocide/rwanda/historical-background.shtml",
     "accessed": {"date-parts": [[2024, 3, 3]]}},
    {"id": "keating2014", "type": "speech", "author": [{"family": "Keating", "given": "Colin"}],
     "issued": {"date-parts": [[2014, 4, 16]]},
     "title": "Statement to the UN Security Council commemoration of the genocide in Rwanda",
     "event-place": "New York", "event-date": {"date-parts": [[2014, 4, 16]]}},
    {"id": "durch2003", "type": "report", "author": [
        {"family": "Durch", "given": "William J."}, {"family": "Holt", "given": "Victoria K."},
        {"family": "Earle", "given": "Caroline R."}, {"family": "Shanahan", "given": "Moira K."}],
     "issued": {"date-parts": [[2003]]},
     "title": "The Brahimi Report and the future of UN peace operations",
     "publisher": "Henry L. Stimson Center", "publisher-place": "Washington, DC"},
    {"id": "straus2011", "type": "book", "editor": [
        {"family": "Straus", "given": "Scott"}, {"family": "Waldorf", "given": "Lars"}],
     "issued": {"date-parts": [[2011]]},
     "title": "Remaking Rwanda: state building and human rights after mass violence",
     "publisher": "University of Wisconsin Press", "publisher-place": "Madison"},
    {"id": "un1999", "type": "report", "author": [{"literal": "United Nations"}],
     "issued": {"date-parts": [[1999]]},
     "title": "Report of the Independent Inquiry into the actions of the United Nations "
              "during the 1994 genocide in Rwanda",
     "number": "S/1999/1257", "publisher": "United Nations", "publisher-place": "New York"},
    {"id": "unga2005", "type": "report", "author": [{"literal": "United Nations General Assembly"}],
     "issued": {"date-parts": [[2005]]}, "title": "2005 World Summit outcome",
     "number": "A/RES/60/1"},
    {"id": "uvin2011", "type": "chapter", "author": [{"family": "Uvin", "given": "Peter"}],
     "issued": {"date-parts": [[2011]]}, "title": "Reconciliation in Rwanda",
     "editor": [{"family": "Straus", "given": "Scott"}, {"family": "Waldorf", "given": "Lars"}],
     "container-title": "Remaking Rwanda: state building and human rights after mass violence",
     "publisher": "University of Wisconsin Press", "publisher-place": "Madison", "page": "3-30"},
    {"id": "terry2002", "type": "book", "author": [{"family": "Terry", "given": "Fiona"}],
     "issued": {"date-parts": [[2002]]},
     "title": "Condemned to repeat? The paradox of humanitarian action", "edition": "2",
     "publisher": "Cornell University Press", "publisher-place": "Ithaca"},
    {"id": "richardson2013", "type": "article-journal",
     "author": [{"family": "Richardson", "given": "Lorna"}], "issued": {"date-parts": [[2013]]},
     "title": "A digital public archaeology?",
     "container-title": "Papers from the Institute of Archaeology", "volume": "23",
     "issue": "1", "number": "10"},
    {"id": "hornblower1991", "type": "book",
     "author": [{"family": "Hornblower", "given": "Simon"}],
     "issued": {"date-parts": [[1991], [2008]]}, "title": "A commentary on Thucydides",
     "publisher": "Oxford University Press", "publisher-place": "Oxford"},
    {"id": "morley2015", "type": "post-weblog",
     "author": [{"family": "Morley", "given": "Neville"}],
     "issued": {"date-parts": [[2015, 3, 27]]}, "title": "The Melian dilemma",
     "genre": "Blog post", "URL": "https://thesphinxblog.com/2015/03/27/melian/"},
    {"id": "oduya2017", "type": "post-weblog", "author": [{"family": "Oduya", "given": "P."}],
     "issued": {"date-parts": [[2017, 1, 4]]}, "title": "Ten years of community mapping",
     "container-title": "The Open Atlas Blog", "URL": "https://openatlas.example.net/ten"},
    {"id": "smith2019", "type": "motion_picture", "author": [{"family": "Smith", "given": "J."}],
     "issued": {"date-parts": [[2019, 5, 2]]}, "title": "Why maps lie", "genre": "Video file",
     "URL": "https://www.youtube.com/watch?v=abc"},
    {"id": "barnett2002", "type": "book", "author": [
        {"family": "Barnett", "given": "Michael"}, {"family": "Finnemore", "given": "Martha"},
        {"family": "Melvern", "given": "Linda"}],
     "issued": {"date-parts": [[2002]]}, "title": "Three authors",
     "publisher": "Cornell University Press", "publisher-place": "Ithaca"},
]


def cite(work_id: str, locator: str = "", label: str = "page", **extra: str) -> dict:
    return {"id": work_id, "locator": locator, "label": label, **extra}


CLUSTERS = [
    [cite("prunier1997", "23–40")],
    [cite("desforges1999", "31–40"), cite("gourevitch1998", "47–54")],
    [cite("un1999", "3")],
    [cite("unga2005", "138–139", "paragraph")],
    [cite("un-nd")],
    [cite("straus2011", "3–30")],
    [cite("barnett2002")],
    [cite("durch2003")],
    [cite("millwood1996", "chapter on the synthesis report", "")],
    [cite("prunier1997", "61–62")],
]


def text(el: etree._Element) -> str:
    return "".join(el.itertext())


def ems(el: etree._Element) -> list[str]:
    return [text(e) for e in el.iter(f"{{{NS}}}em")]


@pytest.fixture(scope="module")
def harvard() -> citations.Rendered:
    return render(WORKS, CLUSTERS)


@pytest.fixture(scope="module")
def bib(harvard: citations.Rendered) -> dict[str, etree._Element]:
    return dict(harvard.bibliography)


# ------------------------------------------------------------------ in-text (Harvard)

@pytest.mark.parametrize(("n", "expected"), [
    (0, "(Prunier, 1997, pp. 23–40)"),
    (1, "(Des Forges, 1999, pp. 31–40; Gourevitch, 1998, pp. 47–54)"),
    (2, "(United Nations, 1999, p. 3)"),
    (3, "(United Nations General Assembly, 2005, paras. 138–139)"),
    (4, "(United Nations, n.d.)"),
    (5, "(Straus and Waldorf, 2011, pp. 3–30)"),
    (6, "(Barnett, Finnemore and Melvern, 2002)"),
    (7, "(Durch et al., 2003)"),
    (8, "(Millwood, 1996, chapter on the synthesis report)"),
    (9, "(Prunier, 1997, pp. 61–62)"),
])
def test_harvard_in_text(harvard: citations.Rendered, n: int, expected: str) -> None:
    assert text(harvard.clusters[n]) == expected
    assert harvard.clusters[n].tag == f"{{{NS}}}inline"
    assert not harvard.notes_mode


# ------------------------------------------------------------------ reference list (Harvard)

REFERENCES = {
    "prunier1997": "Prunier, G. (1997) The Rwanda crisis: history of a genocide. "
                   "London: Hurst & Company.",
    "terry2002": "Terry, F. (2002) Condemned to repeat? The paradox of humanitarian action. "
                 "2nd edn. Ithaca: Cornell University Press.",
    "millwood1996": "Millwood, D. (ed.) (1996) The international response to conflict and "
                    "genocide: lessons from the Rwanda experience. Copenhagen: Steering "
                    "Committee of the Joint Evaluation of Emergency Assistance to Rwanda.",
    "straus2011": "Straus, S. and Waldorf, L. (eds) (2011) Remaking Rwanda: state building and "
                  "human rights after mass violence. Madison: University of Wisconsin Press.",
    "uvin2011": "Uvin, P. (2011) ‘Reconciliation in Rwanda’, in Straus, S. and Waldorf, L. (eds) "
                "Remaking Rwanda: state building and human rights after mass violence. "
                "Madison: University of Wisconsin Press, pp. 3–30.",
    "gifkins2016": "Gifkins, J. (2016) ‘R2P in the UN Security Council: Darfur, Libya and "
                   "beyond’, Cooperation and Conflict, 51(4), pp. 446–464. "
                   "Available at: https://doi.org/10.1177/0010836716654560.",
    "hehir2013": "Hehir, A. (2013) ‘The permanence of inconsistency: Libya, the Security "
                 "Council, and the Responsibility to Protect’, International Security, 38(1), "
                 "pp. 137–159.",
    "un1999": "United Nations (1999) Report of the Independent Inquiry into the actions of the "
              "United Nations during the 1994 genocide in Rwanda (S/1999/1257). "
              "New York: United Nations.",
    "unga2005": "United Nations General Assembly (2005) 2005 World Summit outcome (A/RES/60/1).",
    "unsc872": "United Nations Security Council (1993) Resolution 872 (1993). "
               "S/RES/872, 5 October.",
    "keating2014": "Keating, C. (2014) Statement to the UN Security Council commemoration of "
                   "the genocide in Rwanda, New York, 16 April 2014.",
    "un-nd": "United Nations (n.d.) Outreach Programme on the 1994 Genocide against the Tutsi "
             "in Rwanda and the United Nations: historical background. Available at: "
             "https://www.un.org/en/preventgenocide/rwanda/historical-background.shtml "
             "(Accessed: 3 March 2024).",
    "durch2003": "Durch, W.J. et al. (2003) The Brahimi Report and the future of UN peace "
                 "operations. Washington, DC: Henry L. Stimson Center.",
    "richardson2013": "Richardson, L. (2013) ‘A digital public archaeology?’, Papers from the "
                      "Institute of Archaeology, 23(1), article 10.",
    "hornblower1991": "Hornblower, S. (1991–2008) A commentary on Thucydides. Oxford: Oxford "
                      "University Press.",
    "morley2015": "Morley, N. (2015) ‘The Melian dilemma’, Blog post, 27 March. Available at: "
                  "https://thesphinxblog.com/2015/03/27/melian/.",
    "oduya2017": "Oduya, P. (2017) ‘Ten years of community mapping’, The Open Atlas Blog, "
                 "4 January. Available at: https://openatlas.example.net/ten.",
    "smith2019": "Smith, J. (2019) Why maps lie [Video file]. Available at: "
                 "https://www.youtube.com/watch?v=abc.",
    "barnett2002": "Barnett, M., Finnemore, M. and Melvern, L. (2002) Three authors. "
                   "Ithaca: Cornell University Press.",
}

ITALIC = {
    "prunier1997": ["The Rwanda crisis: history of a genocide"],
    "uvin2011": ["Remaking Rwanda: state building and human rights after mass violence"],
    "gifkins2016": ["Cooperation and Conflict"],
    "un1999": ["Report of the Independent Inquiry into the actions of the United Nations "
               "during the 1994 genocide in Rwanda"],
    "unsc872": ["Resolution 872 (1993)"],
    "keating2014": ["Statement to the UN Security Council commemoration of the genocide in Rwanda"],
    "un-nd": ["Outreach Programme on the 1994 Genocide against the Tutsi in Rwanda "
              "and the United Nations: historical background"],
}


@pytest.mark.parametrize("work_id", sorted(REFERENCES))
def test_harvard_reference(bib: dict[str, etree._Element], work_id: str) -> None:
    assert text(bib[work_id]) == REFERENCES[work_id]
    if work_id in ITALIC:
        assert ems(bib[work_id]) == ITALIC[work_id]


def test_harvard_order_is_author_then_year(harvard: citations.Rendered) -> None:
    order = [work_id for work_id, _ in harvard.bibliography]
    assert order[:4] == ["barnett2002", "desforges1999", "durch2003", "gifkins2016"]
    # organisations sort by their name; an author's work with no date counts as the oldest
    # (Harvard guides: '(n.d.) is treated as the oldest work for ordering your references')
    assert order.index("un-nd") < order.index("un1999") < order.index("unga2005")
    assert order.index("unga2005") < order.index("unsc872") < order.index("uvin2011")
    assert set(order) == {w["id"] for w in WORKS}  # every work given is listed


def test_harvard_links(bib: dict[str, etree._Element]) -> None:
    hrefs = [e.get("href") for e in bib["gifkins2016"].iter(f"{{{NS}}}link")]
    assert hrefs == ["https://doi.org/10.1177/0010836716654560"]
    allowed = {f"{{{NS}}}{t}" for t in ("inline", "em", "strong", "sc", "sup", "sub", "link")}
    for _, el in bib.items():
        assert {e.tag for e in el.iter()} <= allowed


def test_locale_quotes_en_us() -> None:
    out = render(WORKS, [[cite("gifkins2016")]], locale="en-US")
    entry = dict(out.bibliography)["gifkins2016"]
    assert text(entry).startswith("Gifkins, J. (2016) “R2P in the UN Security Council")


# ------------------------------------------------------------------ notes mode

def test_harvard_notes_mode() -> None:
    clusters = [
        [cite("prunier1997", "23–40")],
        [cite("prunier1997", "61–62"), cite("desforges1999", "31–40")],
        [cite("desforges1999", "41–45")],
    ]
    out = render(WORKS, clusters, mode="notes")
    assert out.notes_mode
    assert [text(c) for c in out.clusters] == [
        "Prunier, G. (1997) The Rwanda crisis: history of a genocide. "
        "London: Hurst & Company, pp. 23–40.",
        "Prunier (1997), pp. 61–62; Des Forges, A. (1999) Leave none to tell the story: "
        "genocide in Rwanda. New York: Human Rights Watch, pp. 31–40.",
        "Des Forges (1999), pp. 41–45.",
    ]
    assert ems(out.clusters[0]) == ["The Rwanda crisis: history of a genocide"]
    # the reference list is the same as in author-date mode
    assert text(dict(out.bibliography)["prunier1997"]) == REFERENCES["prunier1997"]


def test_notes_mode_puts_the_page_before_the_access_details() -> None:
    """Cite Them Right's footnote: '… Publisher, pp. 98–102. Available at: URL (Accessed:
    date).' — the page cited before the access details, not after the URL; with no page,
    the note reads like the reference list entry."""
    work = {"id": "smith2019", "type": "book", "author": [{"family": "Smith", "given": "J."}],
            "issued": {"date-parts": [[2019]]}, "title": "Heat and the city",
            "publisher": "Johns Hopkins Press", "publisher-place": "Baltimore",
            "URL": "https://archive.org/details/heatcity",
            "accessed": {"date-parts": [[2024, 5, 3]]}}
    out = render([work], [[cite("smith2019", "98–102")], [cite("smith2019")]], mode="notes")
    entry = ("Smith, J. (2019) Heat and the city. Baltimore: Johns Hopkins Press")
    access = "Available at: https://archive.org/details/heatcity (Accessed: 3 May 2024)."
    assert text(out.clusters[0]) == f"{entry}, pp. 98–102. {access}"
    assert text(dict(out.bibliography)["smith2019"]) == f"{entry}. {access}"


# ------------------------------------------------------------------ other styles

def test_apa_mini() -> None:
    out = render(WORKS, CLUSTERS[:2] + [[cite("straus2011")]], style=APA, locale="en-US")
    assert [text(c) for c in out.clusters] == [
        "(Prunier, 1997, pp. 23–40)",
        "(Des Forges, 1999, pp. 31–40; Gourevitch, 1998, pp. 47–54)",
        "(Straus & Waldorf, 2011)",
    ]
    refs = dict(out.bibliography)
    assert text(refs["prunier1997"]) == (
        "Prunier, G. (1997). The Rwanda crisis: history of a genocide. Hurst & Company.")
    assert text(refs["gifkins2016"]) == (
        "Gifkins, J. (2016). R2P in the UN Security Council: Darfur, Libya and beyond. "
        "Cooperation and Conflict, 51(4), 446–464.")
    assert ems(refs["gifkins2016"]) == ["Cooperation and Conflict", "51"]
    assert text(refs["straus2011"]).startswith("Straus, S., & Waldorf, L. (Eds.). (2011).")


def test_chicago_author_date_mini() -> None:
    out = render(WORKS, CLUSTERS[:2] + [[cite("durch2003")]], style=CHICAGO, locale="en-US")
    assert [text(c) for c in out.clusters] == [
        "(Prunier 1997, 23–40)",
        "(Des Forges 1999, 31–40; Gourevitch 1998, 47–54)",
        "(Durch et al. 2003)",
    ]
    refs = dict(out.bibliography)
    assert text(refs["prunier1997"]) == (
        "Prunier, Gérard. 1997. The Rwanda Crisis: History of a Genocide. "
        "London: Hurst & Company.")
    assert text(refs["gifkins2016"]) == (
        "Gifkins, Jess. 2016. “R2P in the UN Security Council: Darfur, Libya and Beyond.” "
        "Cooperation and Conflict 51 (4): 446–64.")
    assert ems(refs["prunier1997"]) == ["The Rwanda Crisis: History of a Genocide"]


# ------------------------------------------------------------------ errors and plumbing

def test_resolve_style() -> None:
    assert resolve_style("harvard").name == "harvard.csl"
    assert resolve_style(APA) == APA
    with pytest.raises(CitationError, match="unknown citation style 'vancouver-x'"):
        resolve_style("vancouver-x")
    with pytest.raises(CitationError, match="not found"):
        resolve_style(DATA / "missing.csl")


def test_broken_style(tmp_path: Path) -> None:
    broken = tmp_path / "broken.csl"
    broken.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">'
        "<citation><layout><text variable='title'/></layout>\n", encoding="utf-8")
    with pytest.raises(CitationError) as info:
        render(WORKS, CLUSTERS[:1], style=broken)
    message = str(info.value)
    assert "broken.csl" in message and "\n" not in message


def test_pandoc_error_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(args: list[str], data: bytes) -> object:
        class Proc:
            returncode = 4
            stdout = b""
            stderr = (b"CiteprocXMLError: Expected end element\nHasCallStack backtrace:\n"
                      b"  collectBacktraces, called at x.hs:1:1\n")
        return Proc()

    monkeypatch.setattr(citations, "_run", failing)
    with pytest.raises(CitationError) as info:
        render(WORKS, CLUSTERS[:1])
    assert str(info.value) == (
        "citeproc failed with style harvard.csl: CiteprocXMLError: Expected end element")


def test_unknown_work() -> None:
    with pytest.raises(CitationError, match="unknown work 'nobody2000'"):
        render(WORKS, [[cite("nobody2000")]])


def test_one_pandoc_call_per_render(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = citations._run

    def counting(args: list[str], data: bytes) -> object:
        calls.append(args)
        return real(args, data)

    monkeypatch.setattr(citations, "_run", counting)
    clusters = [[cite(w["id"], str(n + 1))] for n, w in enumerate(WORKS)] * 4
    out = render(WORKS, clusters)
    assert len(calls) == 1
    assert len(out.clusters) == len(clusters)
    render(WORKS, clusters, mode="notes")
    assert len(calls) == 2


def test_title_within_title_is_roman() -> None:
    work = dict(WORKS[0], title="Reading <i>Leave none to tell the story</i> again")
    entry = render([work], [[cite("prunier1997")]]).bibliography[0][1]
    assert text(entry).startswith("Prunier, G. (1997) Reading Leave none to tell the story again.")
    assert ems(entry) == ["Reading Leave none to tell the story again"]
    assert len(entry.findall(f".//{{{NS}}}em")) == 1


@pytest.mark.parametrize(("cite", "mode", "expected"), [
    # a remark or an unlinked citation with numbers in it is never read as a page
    ({"suffix": "; Welch (2003) agrees"}, "author-date", "(Beard, 2010; Welch (2003) agrees)"),
    ({"suffix": "; see 12", "locator": "4", "label": "page"}, "author-date",
     "(Beard, 2010, p. 4; see 12)"),
    ({"suffix": "chapter on the 1994 crisis"}, "author-date",
     "(Beard, 2010, chapter on the 1994 crisis)"),
    ({"suffix": "; Welch (2003) agrees", "locator": "4", "label": "page"}, "notes",
     "Beard (2010) ‘X’, p. 4; Welch (2003) agrees."),
    # one full stop at the end, white space as one space
    ({"suffix": "see also the   preface."}, "notes", "Beard (2010) ‘X’, see also the preface."),
])
def test_free_text_after_a_citation_is_kept_as_written(cite, mode, expected) -> None:
    works = [{"id": "beard2010", "type": "article-journal", "author": [{"family": "Beard"}],
              "issued": {"date-parts": [[2010]]}, "title": "X"}]
    out = render(works, [[{"id": "beard2010", **cite}]], mode=mode, locale="en-GB")
    assert "".join(out.clusters[0].itertext()) == expected
