"""Progress on stderr: a tqdm bar on a terminal, a plain line every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

LINE_EVERY_S = 5.0


class Progress(Protocol):
    def update(self, done: int) -> None: ...
    def close(self) -> None: ...


class Silent:
    def update(self, done: int) -> None:
        pass

    def close(self) -> None:
        pass


class Bar:
    """Documents done, documents per second and time left, redrawn in place."""

    def __init__(self, total: int, stream: TextIO) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="doc", desc="extract", file=stream, smoothing=0.1)

    def update(self, done: int) -> None:
        self.bar.update(done)

    def close(self) -> None:
        self.bar.close()


class Lines:
    """For CI and logs: one line every LINE_EVERY_S seconds, and one at the end."""

    def __init__(self, total: int, stream: TextIO, every: float = LINE_EVERY_S) -> None:
        self.total, self.stream, self.every = total, stream, every
        self.done = 0
        self.start = self.last = time.monotonic()

    def update(self, done: int) -> None:
        self.done += done
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._print(now)

    def close(self) -> None:
        self._print(time.monotonic())

    def _print(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else float("nan")
        percent = 100 * self.done / self.total if self.total else 100.0
        print(
            f"extract: {self.done}/{self.total} documents ({percent:.0f}%), "
            f"{rate:.1f} docs/s, {left:.0f}s left",
            file=self.stream,
            flush=True,
        )


def make_progress(total: int, quiet: bool, stream: TextIO | None = None) -> Progress:
    stream = stream or sys.stderr
    if quiet or total == 0:
        return Silent()
    if stream.isatty():
        return Bar(total, stream)
    return Lines(total, stream)
