"""Journal profiles: small TOML files of values writers need (journal, heading, locale)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from .errors import UsageError

PROFILES = Path(__file__).parent / "styles" / "profiles"


def load_profile(spec: str | None) -> dict[str, str]:
    """Load a profile by name (styles/profiles/NAME.toml) or path; None gives the default."""
    path = Path(spec) if spec and spec.endswith(".toml") else PROFILES / f"{spec or 'default'}.toml"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in PROFILES.glob("*.toml")))
        raise UsageError(f"no profile '{spec}' (a .toml path or one of: {names})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"broken profile: {error}", str(path)) from None
    return {str(key): str(value) for key, value in data.items()}
