"""Journal profiles: small TOML files of values writers need (journal, heading, locale)."""

from __future__ import annotations

import difflib
import sys
import tomllib
from pathlib import Path

from .errors import UsageError

PROFILES = Path(__file__).parent / "styles" / "profiles"
# Every key a profile may set (styles/profiles/default.toml documents each).
KNOWN_KEYS = ("journal-title", "journal-id", "issn", "publisher-name", "volume", "issue", "year",
              "date", "reference-heading", "locale")


def unknown_keys(data: dict[str, object], path: Path) -> list[str]:
    """One warning line for each key no writer reads, with the known key it may misspell."""
    lines = []
    for key in data:
        if key in KNOWN_KEYS:
            continue
        close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (known: {', '.join(KNOWN_KEYS)})"
        lines.append(f"essayconv: {path}: warning: unknown profile key '{key}', ignored{hint}")
    return lines


def load_profile(spec: str | None) -> dict[str, str]:
    """Load a profile by name (styles/profiles/NAME.toml) or path; None gives the default.

    Unknown keys are ignored with a warning on stderr naming the file and the key."""
    path = Path(spec) if spec and spec.endswith(".toml") else PROFILES / f"{spec or 'default'}.toml"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in PROFILES.glob("*.toml")))
        raise UsageError(f"no profile '{spec}' (a .toml path or one of: {names})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"broken profile: {error}", str(path)) from None
    for line in unknown_keys(data, path):
        print(line, file=sys.stderr)
    return {str(key): str(value) for key, value in data.items() if key in KNOWN_KEYS}
