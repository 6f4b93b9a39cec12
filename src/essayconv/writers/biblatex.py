"""The document's works as BibLaTeX (--to bib), converted from CSL-JSON by pandoc."""

from __future__ import annotations

import json
import re
import subprocess

from lxml import etree

from ..errors import EssayconvError
from . import WriteOptions
from .csljson import csl_json


class BibLatexWriter:
    """Write the works list as a .bib file for BibLaTeX users."""

    name = "bib"
    extension = "bib"
    binary = False

    def write(self, essay: etree._Element, options: WriteOptions) -> str:
        import pypandoc

        works = csl_json(essay)
        result = subprocess.run(
            [pypandoc.get_pandoc_path(), "-f", "csljson", "-t", "biblatex"],
            input=works.encode("utf-8"), capture_output=True, check=False,
        )
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise EssayconvError(f"pandoc could not write BibLaTeX: {message[:1]}")
        bib = _drop_empty_dates(result.stdout.decode("utf-8"))
        return _suffix_part(bib, json.loads(works))


def _drop_empty_dates(bib: str) -> str:
    """An undated work (n.d.) comes back as 'date = {}', which biber rejects: drop it."""
    return re.sub(r",\n  date = \{\}(?=\n\})|  date = \{\},\n", "", bib)


def _suffix_part(bib: str, works: list[dict]) -> str:
    """Pandoc writes 'King Jr., M. L.'; BibLaTeX reads a suffix only as 'King, Jr., M. L.'."""
    for work in works:
        for name in (*work.get("author", []), *work.get("editor", []),
                     *work.get("translator", [])):
            if name.get("suffix") and name.get("family") and name.get("given"):
                glued = f"{name['family']} {name['suffix']}, {name['given']}"
                bib = bib.replace(glued, f"{name['family']}, {name['suffix']}, {name['given']}")
    return bib
