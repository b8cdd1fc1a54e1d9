"""The two Textual services reader helpers ask of their screen, typed as Textual has them.

The reader screen's helpers (sidebar, panels, analysis, marks…) reach the screen
through small Protocols. ``notify`` and ``run_worker`` are Textual's own methods with
keyword parameters; a Protocol that declared them as ``**kwargs`` would not match the
real screen, so these spell the parameters out and each host Protocol inherits them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.worker import Worker, WorkType

_Result = TypeVar("_Result")


class Notifies(Protocol):
    """A host that shows toast notifications (``Widget.notify``)."""

    def notify(
        self,
        message: str,
        *,
        title: str = ...,
        severity: SeverityLevel = ...,
        timeout: float | None = ...,
        markup: bool = ...,
    ) -> None: ...


class RunsWorkers(Protocol):
    """A host that starts background workers (``Widget.run_worker``)."""

    def run_worker(
        self,
        work: WorkType[_Result],
        name: str | None = ...,
        group: str = ...,
        description: str = ...,
        exit_on_error: bool = ...,
        start: bool = ...,
        exclusive: bool = ...,
        thread: bool = ...,
    ) -> Worker[_Result]: ...
