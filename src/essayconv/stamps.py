"""What produced each output: a fingerprint of the options, kept in a hidden sidecar file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import __version__
from .writers import WriteOptions

SUFFIX = ".essayconv"


def _file_digest(style: str) -> str:
    """The SHA-256 of the style's CSL file ('' when it cannot be found)."""
    from .cslstyles import CitationError, resolve_style

    try:
        return hashlib.sha256(resolve_style(style).read_bytes()).hexdigest()
    except (CitationError, OSError):
        return ""


def fingerprint(options: WriteOptions) -> str:
    """A short hash of everything besides the input that shapes an output: the essayconv
    version, the options, the style file's content and the profile's values."""
    facts = {"version": __version__, "style": options.style,
             "style-file": _file_digest(options.style), "citations": options.citations,
             "pdf-variant": options.pdf_variant, "restyle": options.restyle_citations,
             "profile": sorted(options.extra.items())}
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode("utf-8")).hexdigest()[:32]


def stamp_path(path: Path, outdir: Path) -> Path:
    """The sidecar for input path: OUTDIR/.<stem>.essayconv."""
    return outdir / f".{path.stem}{SUFFIX}"


def read_stamp(path: Path, outdir: Path) -> dict[str, str]:
    """The fingerprint each format's output was written with ({} when unknown)."""
    try:
        data = json.loads(stamp_path(path, outdir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    outputs = data.get("outputs") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in outputs.items()} if isinstance(outputs, dict) else {}


def stamp_text(path: Path, outdir: Path, formats: list[str], digest: str) -> str:
    """The sidecar's new text: the old entries, with formats now written with digest."""
    outputs = read_stamp(path, outdir)
    outputs.update({name: digest for name in formats})
    return json.dumps({"input": path.name, "outputs": dict(sorted(outputs.items()))},
                      indent=1) + "\n"
