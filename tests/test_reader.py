"""The reader on the seed and on the dev essays: expectations written from reading them."""

from __future__ import annotations

from essayconv import tree as T

SEED_HEADINGS = [
    "Introduction: Rwanda’s Ethnic Fracture and the Road to 1994",
    "The Build-Up: Diplomatic Stumbles and Covered Warnings",
    "The Genocide Unfolds: The World Looked Away",
    "Aftermath: Refugee Crises and the Seeds of Regional Turmoil",
    "Analyzing the Failures: Institutional, Political, and Moral Lapses",
    "The Legacy of Inaction and Partial Reforms: Lessons Learned?",
]


def headings(essay) -> list[str | None]:
    return [
        T.inline_text(h) if (h := T.find(s, "heading")) is not None else None
        for s in T.findall(essay, "body/section")
    ]


def test_seed_front_matter(seed_tree):
    assert T.find(seed_tree, "meta/title").text == (
        "“Never Again”, Yet Again: The Failure of International Diplomacy in the Rwandan Genocide"
    )
    authors = T.findall(seed_tree, "meta/author")
    assert len(authors) == 1
    assert T.find(authors[0], "name").text == "Lou E. Cardot"
    assert T.find(authors[0], "email").text == "lou@cardot.me"
    assert T.find(authors[0], "bio").text.startswith("Lou Cardot is a third-year student")


def test_seed_sections_notes_and_markers(seed_tree):
    assert headings(seed_tree) == SEED_HEADINGS
    assert T.find(seed_tree, "notes").get("heading") == "Works Cited"
    notes = T.findall(seed_tree, "notes/note")
    assert [note.get("n") for note in notes] == [str(n) for n in range(1, 68)]
    cites = list(seed_tree.iter(T.q("cite")))
    assert len(cites) == 68
    assert [c.get("n") for c in cites].count("14") == 2
    assert not [d for d in T.findall(seed_tree, "diagnostics/diagnostic")
                if d.get("level") == "error"]


def test_seed_log_holds_drops_splits_and_glued_word(seed_tree):
    changes = [(c.get("rule"), c[0].text, c[1].text or "")
               for c in T.findall(seed_tree, "changes/change")]
    assert ("drop-web-junk", "- 1 day ago", "") in changes
    assert ("drop-web-junk", "- 14 min read", "") in changes
    assert ("glued-words", "forUNAMIR'sR", "for UNAMIR's") in changes
    assert [rule for rule, _, _ in changes].count("split-merged-notes") == 2
    note7 = seed_tree.xpath("//e:note[@n='7']/e:text", namespaces={"e": T.NS})[0].text
    assert note7.startswith("Des Forges, A. (1999) Leave none to tell the story")
    note6 = seed_tree.xpath("//e:note[@n='6']/e:text", namespaces={"e": T.NS})[0].text
    assert note6.endswith("historical background.")


def test_york_harvard_essay(corpus_trees):
    essay = corpus_trees["03_epoiesen-york-papercraft-harvard.txt"]
    assert T.find(essay, "meta/title").text == "Visualizing the York Minster as Papercraft"
    assert T.find(essay, "meta/author/name").text == "Alyssa Loyless"
    assert headings(essay) == [None, "Methodology", "Changes to be Made", "Public Outreach",
                               "Discussion and Concluding Remarks"]
    items = T.findall(essay, "sources/item")
    assert T.find(essay, "sources").get("heading") == "References"
    assert len(items) == 7
    assert items[0].text.startswith("Ellwood, N. (2018).")
    assert items[-1].text.startswith("Watrall, E., 2002.")
    captions = essay.xpath("//e:p[@kind='caption']", namespaces={"e": T.NS})
    assert len(captions) == 9
    assert len(essay.xpath("//e:p[@kind='item']", namespaces={"e": T.NS})) == 3
    credits = [p.text for p in T.findall(essay, "endmatter/p")]
    assert credits[0].startswith("Cover Image") and credits[1].startswith("Masthead Image")


def test_victoria_saa_essay(corpus_trees):
    essay = corpus_trees["04_epoiesen-victoria-mapping-response-saa.txt"]
    assert T.find(essay, "meta/title").text == (
        "Interactive Mapping of Archaeological Sites in Victoria: First Response")
    assert T.find(essay, "meta/author/name").text == "Michael Carter"
    assert T.find(essay, "meta/author/email").text == "wmcarter@ryerson.ca"
    assert headings(essay) == [None]
    assert len(T.findall(essay, "body/section/p")) == 10
    items = [item.text for item in T.findall(essay, "sources/item")]
    assert len(items) == 8
    assert items[2] == "Ingold, T. 2007 “Materials Against Materiality”. " \
                       "Archaeological Dialogues 14.1: 1-16."
    assert items[3].startswith("Ingold, T. 2011 Being Alive")
    assert items[7].startswith("Wylie, Alison 2002")


def test_melian_bibliography_essay(corpus_trees):
    essay = corpus_trees["05_epoiesen-melian-response-bibliography.txt"]
    assert T.find(essay, "meta/author/name").text == "Manuela Dal Borgo"
    assert T.find(essay, "meta/author/email").text == "md762@cam.ac.uk"
    assert headings(essay)[1:4] == ["Game theory and the Melian Dialogue",
                                    "Game theoretic analysis of the dialogue (5.84.1-114)",
                                    "Temporal structure"]
    assert len(headings(essay)) == 9
    notes = T.findall(essay, "notes/note")
    assert T.find(essay, "notes").get("heading") == "Endnotes"
    assert [n.get("n") for n in notes] == [str(n) for n in range(1, 21)]
    assert T.find(notes[0], "text").text == "Dal Borgo (2016)."
    assert len(T.findall(essay, "sources/item")) == 15
    assert T.find(essay, "sources").get("heading") == "Bibliography"
    credits = [p.text for p in T.findall(essay, "endmatter/p")]
    assert credits[0] == "https://www.flickr.com/photos/britishlibrary/11083047784/"


def test_melian_bare_note_numbers_are_markers(corpus_trees):
    essay = corpus_trees["05_epoiesen-melian-response-bibliography.txt"]
    cites = [c.get("n") for c in essay.iter(T.q("cite"))]
    assert cites == [str(n) for n in range(1, 21)]
    assert not [d for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "check-markers"]
