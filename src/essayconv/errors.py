"""Errors with a one-line message and a documented exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_ERRORS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_CONVERSION = 4


class EssayconvError(Exception):
    """A problem a user can act on: printed as one line, never as a traceback."""

    exit_code = EXIT_CONVERSION

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(EssayconvError):
    """The input cannot be read as an essay (missing, empty, binary, a directory)."""

    exit_code = EXIT_INPUT


class UsageError(EssayconvError):
    """The command line asks for something that does not exist (format, style)."""

    exit_code = EXIT_USAGE


def internal_error(error: BaseException, path: str | None = None) -> EssayconvError:
    """An unexpected exception as one line naming the input (a bug in essayconv, exit 4);
    ESSAYCONV_DEBUG=1 in the environment lets the traceback through instead."""
    import os

    if os.environ.get("ESSAYCONV_DEBUG"):
        raise error
    return EssayconvError(f"internal error (a bug in essayconv, please report it): "
                          f"{type(error).__name__}: {error}", path)
