"""Background work for the UI: ``run_task(work, callback)``.

The work runs on a ``QThreadPool``; the callback is always delivered on the
main thread with ``(result, error)``, so it may touch widgets. Widgets are
never touched from a worker. Progress from a worker goes through
``ProgressRelay``, a signal that Qt queues to the main thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any, BaseException | None], None]


class _Dispatcher(QObject):
    """Lives on the main thread; its queued signal carries results home."""

    deliver = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._call)

    @Slot(object, object, object)
    def _call(self, callback: Callback, result: Any, error: BaseException | None) -> None:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # the widget that asked is gone (window closed): nobody to tell
        try:
            callback(result, error)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("result dropped, its widget was deleted: %s", exc)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], callback: Callback, dispatcher: _Dispatcher):
        super().__init__()
        self._work = work
        self._callback = callback
        self._dispatcher = dispatcher

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the callback, never lost
            self._deliver(None, exc)
        else:
            self._deliver(result, None)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(self._dispatcher):
            return  # the app quit while this ran (a start-up task): nobody is left to tell
        try:
            self._dispatcher.deliver.emit(self._callback, result, error)
        except RuntimeError as exc:  # deleted between the check and the emit
            log.debug("result dropped, the app is gone: %s", exc)


class PoolRunner:
    """A QThreadPool whose results a main-thread dispatcher carries home."""

    def __init__(self, max_threads: int = 2) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._dispatcher = _Dispatcher()

    def run_task(self, work: Callable[[], Any], callback: Callback) -> None:
        self._pool.start(_Runnable(work, callback, self._dispatcher))

    def wait(self, msecs: int = -1) -> bool:
        return bool(self._pool.waitForDone(msecs))


_runner: PoolRunner | None = None


def runner() -> PoolRunner:
    global _runner
    if _runner is None:
        _runner = PoolRunner()
    return _runner


def run_task(work: Callable[[], Any], callback: Callback) -> None:
    runner().run_task(work, callback)


class ProgressRelay(QObject):
    """Call ``report(done, total)`` from any thread; ``progress`` fires on the main thread."""

    progress = Signal(float, float)

    def report(self, done: float, total: float = 1.0) -> None:
        self.progress.emit(float(done), float(total))
