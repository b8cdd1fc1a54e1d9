"""The reader's find bar: made after the first frame, run in the open article.

:class:`FindControl` creates the find bar only once the first frame is drawn, because
it is not needed to start reading and costs time; ``/`` creates it at once if it is
not there yet. What is typed is searched in the
article body, the bar shows the count, ``n``/``N`` move between matches and Esc
closes the bar and clears the matches. What it needs from the screen is the
:class:`FindHost` protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from textual.await_complete import AwaitComplete

    from tui.ui.widgets.article_body import ArticleBody
    from tui.ui.widgets.find_bar import FindBar


class FindHost(Protocol):
    """What the find bar needs from the reader screen."""

    @property
    def body(self) -> ArticleBody: ...
    def query(self, selector: Any) -> Any: ...
    def query_one(self, selector: Any) -> Any: ...


class FindControl:
    """The screen's find bar and what its messages do to the article body."""

    def __init__(self, host: FindHost) -> None:
        self.host = host

    def mount_deferred(self) -> AwaitComplete:
        """Create the find bar (awaitable: the find bar is then usable)."""
        from textual.await_complete import AwaitComplete

        from tui.ui.widgets.find_bar import FindBar

        host = self.host
        if host.query(FindBar):
            return AwaitComplete()
        return AwaitComplete(host.query_one("#article-pane").mount(FindBar(id="find-bar")))

    def bar(self) -> FindBar:
        from tui.ui.widgets.find_bar import FindBar

        if not self.host.query(FindBar):
            self.mount_deferred()
        return self.host.query_one(FindBar)

    async def open(self) -> None:
        await self.mount_deferred()
        self.bar().open(return_to=self.host.body)

    def close(self) -> bool:
        """Esc: close the bar and clear the matches; False if there was nothing to close."""
        if self.host.body.match_count or self.bar().has_class("-active"):
            self.bar().action_close()
            return True
        return False

    def query_changed(self, query: str) -> None:
        self.host.body.find(query)

    def closed(self, cleared: bool) -> None:
        body = self.host.body
        if cleared:
            body.clear_find()
            self.bar().remove_class("-active")
        body.focus()

    def show_count(self, count: int, current: int | None, query: str) -> None:
        """Tell the bar (if it is there yet) how many matches the body found."""
        for bar in self.host.query("#find-bar").results():
            bar.show_count(count, current, query)

    def furniture_toggled(self) -> None:
        """Page furniture was shown or hidden: count the typed query's matches again."""
        from textual.widgets import Input

        for bar in self.host.query("#find-bar").results():
            query = bar.query_one(Input).value
            if bar.has_class("-active") and query:
                self.host.body.find(query)
