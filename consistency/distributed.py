"""Run stories on a Dask cluster (dask.distributed; the optional extra consistency[dask]).

Work is partitioned by story, in batches; every worker runs the same pure function as a
local process, and results are merged in story order, so the reports are byte-identical
to a local run. The claim cache stays local: workers on other machines normalize afresh.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace

from consistency.config import Config
from consistency.errors import ConsistencyError
from consistency.model import Article


def run_dask(
    stories: list[list[Article]],
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
    from consistency.pipeline import _batches, _check_batch

    if not scheduler:
        raise ConsistencyError("--engine dask needs --scheduler ADDRESS")
    try:
        timeout = os.environ.get("CONSISTENCY_DASK_TIMEOUT", "20s")
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ConsistencyError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc}); is it running?"
        ) from None
    cfg = replace(config, cache="")
    try:
        batches = _batches(stories, batch)
        futures = [client.submit(_check_batch, b, cfg, keep, pure=False) for b in batches]
        for b, fut in zip(batches, futures, strict=True):
            results = fut.result()
            if progress:
                progress(len(b), sum(len(a) for a in b))
            yield from results
    finally:
        client.close()
