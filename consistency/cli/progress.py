"""A progress bar for long runs at a terminal (stories and articles done, rate, time left)."""

from __future__ import annotations


class Bar:
    """Callable as progress(stories_done, articles_done); started on first call."""

    def __init__(self) -> None:
        self._progress = None
        self._task = None
        self.articles = 0

    def start(self, total_stories: int) -> None:
        if total_stories < 20:
            return  # short runs need no bar
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("stories"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[articles]} articles, {task.fields[rate]}/s"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("check", total=total_stories, articles=0, rate="-")

    def __call__(self, stories: int, articles: int) -> None:
        if self._progress is None:
            return
        self.articles += articles
        task = self._progress.tasks[0]
        elapsed = task.elapsed or 0
        rate = f"{self.articles / elapsed:.0f}" if elapsed > 0 else "-"
        self._progress.update(self._task, advance=stories, articles=self.articles, rate=rate)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
