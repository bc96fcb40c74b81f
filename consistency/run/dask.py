"""Run stories on a Dask cluster (dask.distributed; the optional extra consistency[dask]).

Work is partitioned by story, in batches; every worker runs the same pure function as a
local process, and results are merged in story order, so the reports are byte-identical
to a local run. The claim cache stays local: workers on other machines normalize afresh.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from consistency.config import Config
from consistency.model import Article, ConsistencyError


def run_dask(
    stories: Iterable[list[Article]],
    config: Config,
    *,
    scheduler: str | None,
    keep: bool,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 25,
) -> Iterator:
    try:
        from distributed import Client
    except ImportError:
        raise ConsistencyError(
            "--engine dask needs Dask: pip install 'consistency[dask]'"
        ) from None
    from consistency.run.story import batched, check_batch, windowed

    if not scheduler:
        raise ConsistencyError("--engine dask needs --scheduler ADDRESS")
    _reachable(scheduler)
    try:
        timeout = os.environ.get("CONSISTENCY_DASK_TIMEOUT", "20s")
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConsistencyError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc}); is it running?"
        ) from None
    cfg = replace(config, cache="")
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    try:
        yield from windowed(
            batched(stories, batch),
            lambda b: client.submit(check_batch, b, cfg, keep, pure=False),
            4 * workers,
            progress,
        )
    finally:
        client.close()


def _reachable(scheduler: str) -> None:
    """Fail fast, in one line, on an address without a port or nobody listening: the Dask
    client would wait twice its timeout and print a traceback while closing."""
    import socket

    from distributed.comm import get_address_host_port

    try:
        host, port = get_address_host_port(scheduler)
    except ValueError as exc:
        raise ConsistencyError(
            f"--scheduler {scheduler}: {exc}; give it as tcp://HOST:PORT (Dask's is 8786)"
        ) from None
    if not scheduler.startswith(("tcp://", "tls://")) and "://" in scheduler:
        return  # another transport (inproc, ucx): let Dask connect
    try:
        socket.create_connection((host, port), timeout=5).close()
    except OSError as exc:
        raise ConsistencyError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc.strerror or exc}); "
            "is it running?"
        ) from None
