"""The document's works as BibLaTeX (--to bib), converted from CSL-JSON by pandoc."""

from __future__ import annotations

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

        result = subprocess.run(
            [pypandoc.get_pandoc_path(), "-f", "csljson", "-t", "biblatex"],
            input=csl_json(essay).encode("utf-8"), capture_output=True, check=False,
        )
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise EssayconvError(f"pandoc could not write BibLaTeX: {message[:1]}")
        return _drop_empty_dates(result.stdout.decode("utf-8"))


def _drop_empty_dates(bib: str) -> str:
    """An undated work (n.d.) comes back as 'date = {}', which biber rejects: drop it."""
    return re.sub(r",\n  date = \{\}(?=\n\})|  date = \{\},\n", "", bib)
