"""Analysis on a Dask cluster (``extract --dask ADDRESS`` or ``--dask local``).

Owns: connecting to a scheduler or starting a LocalCluster, and closing it.
Must not touch: the database; the client (this process) stays the one
writer. Tasks are pure functions of the articles they carry, so Dask may
run one again when a worker dies: nothing is lost or written twice.

Needs the ``[dask]`` extra (``dask[distributed]``); the workers need this
package installed (the same version) to import the analysis.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .source import ExtractError


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ExtractError(
            "--dask needs Dask: pip install 'datasette-newsclaims[dask]' (dask, distributed, pyarrow)"
        ) from None
    return distributed


class DaskRunner:
    """Submits tasks to a Dask cluster: the scheduler at ``address``, or a
    LocalCluster of ``workers`` single-threaded worker processes for ``"local"``."""

    def __init__(self, address: str, workers: int | None = None) -> None:
        _distributed()  # fail early, before anything is written, when Dask is missing
        self.address = address
        self.workers = workers
        self.slots = workers or 1
        self._cluster = None
        self._client = None

    def _connect(self) -> Any:
        """The client, connected on the first task (a run with nothing to analyze starts no cluster)."""
        distributed = _distributed()
        if self.address == "local":
            from .parallel import all_cores

            self._cluster = distributed.LocalCluster(
                n_workers=self.workers or all_cores(), threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=40,
            )
            client = distributed.Client(self._cluster)
        else:
            try:
                client = distributed.Client(self.address, timeout=30)
            except OSError as e:
                raise ExtractError(f"Could not connect to the Dask scheduler at {self.address}: {e}") from None
        self.slots = max(1, sum(client.nthreads().values()))
        return client

    def submit(self, fn: Callable, *args: Any) -> Any:
        if self._client is None:
            self._client = self._connect()
        return self._client.submit(fn, *args, pure=False)

    def compute(self, tasks: list[Any]) -> list[Any]:
        """Compute dask-delayed ``tasks`` on the cluster; their results, in order."""
        if self._client is None:
            self._client = self._connect()
        return self._client.gather(self._client.compute(tasks))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
