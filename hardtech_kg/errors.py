"""Every error the project raises on purpose: one base class, one subclass per case.

The CLI turns any `HardtechError` into a `click.ClickException`, so a user sees
the message (which names the file and the reason) and a non-zero exit code,
never a traceback.
"""

from __future__ import annotations

from pathlib import Path


class HardtechError(Exception):
    """Base class of the project's domain errors."""


class InputError(HardtechError):
    """An input file cannot be used; the message names the file and the reason."""

    reason = "cannot be read"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        message = f"{self.path}: {self.reason}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class EmptyInput(InputError):
    reason = "empty file: it holds no text"


class BinaryInput(InputError):
    reason = "binary file: not a text document"


class UndecodableInput(InputError):
    reason = "undecodable text: not UTF-8, UTF-16 or GB18030/GBK"


class UnreadableInput(InputError):
    reason = "cannot be read"


class TooLargeInput(InputError):
    reason = "too large"


class CorpusError(HardtechError):
    """The corpus folder as a whole is unusable (missing, no documents, bad manifest)."""


class BuildError(HardtechError):
    """The build could not finish; the previous outputs are left as they were."""


class NotBuilt(HardtechError):
    """A command needs a build that is not there."""


class QueryError(HardtechError):
    """A SPARQL query that does not parse or cannot run; the message says where and why."""

    status = 400


class QueryRefused(QueryError):
    """A query this graph will not run (SERVICE: no outbound requests)."""


class ReadOnly(QueryRefused):
    """A SPARQL Update: the graph is read-only."""


class UnknownPrefix(QueryError):
    """A prefixed name whose prefix is neither declared nor predeclared."""


class ResultTooLarge(QueryError):
    """The result is over the size limit; the message names the limit."""


class QueryTimeout(QueryError):
    """The query ran past the time limit and was cut off."""

    status = 503
