"""The seed in Harvard (Cite Them Right): expectations written by hand from the rules."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from essayconv import tree as T
from essayconv.pipeline import enrich, read
from essayconv.writers import WriteOptions, get

from conftest import SEED

E = {"e": T.NS}


@pytest.fixture(scope="module")
def seed():
    return enrich(read(SEED), WriteOptions())


def entry(essay, work_id: str) -> etree._Element:
    return essay.xpath(f"//e:bibliography/e:entry[@work='{work_id}']", namespaces=E)[0]


def rendered(essay, n: int) -> str:
    return T.inline_text(essay.xpath(f"//e:note[@n='{n}']/e:rendered", namespaces=E)[0])


REFERENCE_LIST = {
    "prunier1997": ("Prunier, G. (1997) The Rwanda crisis: history of a genocide. "
                    "London: Hurst & Company.", "The Rwanda crisis: history of a genocide"),
    "millwood1996": ("Millwood, D. (ed.) (1996) The international response to conflict and "
                     "genocide: lessons from the Rwanda experience. Copenhagen: Steering "
                     "Committee of the Joint Evaluation of Emergency Assistance to Rwanda.",
                     "The international response to conflict and genocide: lessons from the "
                     "Rwanda experience"),
    "straus2011": ("Straus, S. and Waldorf, L. (eds) (2011) Remaking Rwanda: state building and "
                   "human rights after mass violence. Madison: University of Wisconsin Press.",
                   "Remaking Rwanda: state building and human rights after mass violence"),
    "gifkins2016": ("Gifkins, J. (2016) ‘R2P in the UN Security Council: Darfur, Libya and "
                    "beyond’, Cooperation and Conflict, 51(4), pp. 446–464.",
                    "Cooperation and Conflict"),
    "hehir2013": ("Hehir, A. (2013) ‘The permanence of inconsistency: Libya, the Security "
                  "Council, and the Responsibility to Protect’, International Security, 38(1), "
                  "pp. 137–159.", "International Security"),
    "durch2003": ("Durch, W.J. et al. (2003) The Brahimi Report and the future of UN peace "
                  "operations. Washington, DC: Henry L. Stimson Center.",
                  "The Brahimi Report and the future of UN peace operations"),
    "unitednationsnd": ("United Nations (n.d.) Outreach Programme on the 1994 Genocide against "
                        "the Tutsi in Rwanda and the United Nations: historical background.",
                        None),
    "unitednationseconomicandsocialcouncil1993": (
        "United Nations Economic and Social Council (1993) Report by Mr. B.W. Ndiaye, Special "
        "Rapporteur, on his mission to Rwanda from 8 to 17 April 1993 (E/CN.4/1994/7/Add.1).",
        None),
    "unitednationsgeneralassembly2005": (
        "United Nations General Assembly (2005) World Summit Outcome Document (A/RES/60/1).",
        "World Summit Outcome Document"),
    "humanrightswatch1999": ("Human Rights Watch (1999) Leave none to tell the story: genocide "
                             "in Rwanda. Updated edn.", None),
    "power2002": ("Power, S. (2002) ‘A problem from hell’: America and the age of genocide. "
                  "New York: Basic Books.", None),
}


@pytest.mark.parametrize("work_id", REFERENCE_LIST)
def test_reference_list_entry(seed, work_id):
    expected, italic = REFERENCE_LIST[work_id]
    node = entry(seed, work_id)
    assert T.inline_text(node) == expected
    if italic:
        assert italic in [T.inline_text(em) for em in node.iter(T.q("em"))]


def test_reference_list_is_alphabetical_with_each_work_once(seed):
    works = [e.get("work") for e in T.findall(seed, "bibliography/entry")]
    assert len(works) == len(set(works)) == len(T.findall(seed, "works/work"))
    authors = [re.sub(r"[^a-z ]", "", T.inline_text(e).split(" (")[0].lower())
               for e in T.findall(seed, "bibliography/entry")]
    assert authors == sorted(authors)  # by author; within an author, citeproc orders by year
    assert T.find(seed, "bibliography").get("heading") == "Reference list"


IN_TEXT = {
    1: "(Prunier, 1997, pp. 23–40)",
    2: "(Des Forges, 1999, pp. 31–40; Gourevitch, 1998, pp. 47–54)",
    3: "(Prunier, 1997, pp. 61–62; United Nations, n.d.)",
    14: "(Dallaire, 2003, pp. 142–168; Prunier, 1997, pp. 199–212)",
    28: "(United Nations, 1999, p. 3; Dallaire, 2003, pp. 176–190)",
    50: "(United Nations, 1999, p. 3)",
    61: "(United Nations, 2000; Durch et al., 2003)",
    62: "(United Nations General Assembly, 2005, paras. 138–139; Bellamy, 2009, pp. 66–90)",
    # a descriptive locator follows a comma, without nested parentheses
    39: "(United Nations High Commissioner for Refugees, 1996, chapter on Great Lakes crisis; "
        "Lischer, 2005, pp. 73–95)",
    42: "(Prunier, 1997, pp. 281–300; Human Rights Watch, 1999, updated sections on Turquoise)",
}


@pytest.mark.parametrize("n", IN_TEXT)
def test_in_text_citation(seed, n):
    assert rendered(seed, n) == IN_TEXT[n]


def test_citations_sit_before_the_full_stop_and_remarks_become_footnotes(seed):
    html = get("html").write(seed, WriteOptions())
    text = " ".join(etree.tostring(etree.fromstring(html.encode("utf-8")), method="text",
                                   encoding=str).split())
    assert "post-independence politics (Prunier, 1997, pp. 23–40). Belgium" in text
    assert text.count("(Dallaire, 2003, pp. 142–168; Prunier, 1997, pp. 199–212)") == 2
    assert "Executive summary." in text
    assert "Executive summary quote slightly adapted for precision." in text
    assert "[1]" not in text


def test_notes_mode_keeps_numbered_footnotes(seed):
    essay = enrich(read(SEED), WriteOptions(citations="notes"))
    assert T.find(essay, "bibliography").get("mode") == "notes"
    assert rendered(essay, 1).startswith("Prunier, G. (1997) The Rwanda crisis")
    assert rendered(essay, 3).startswith("Prunier (1997), pp. 61–62")
