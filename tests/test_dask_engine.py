"""The Dask engine gives the local engine's tables row for row (LocalCluster, Baomoi sample)."""

from __future__ import annotations

import io
import itertools
import tarfile

import pyarrow.parquet as pq
import pytest
from conftest import BAOMOI, SEED

from toolkit.dask_engine import extract_dask
from toolkit.extraction import extract

pytest.importorskip("distributed", reason="dask is an optional dependency (pip install .[dask])")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The first 300 Baomoi articles, plus a broken member, as a .tar.gz (or the seed alone)."""
    path = tmp_path_factory.mktemp("in") / "sample.tar.gz"
    with tarfile.open(path, "w:gz") as out:
        if BAOMOI.exists():
            with tarfile.open(BAOMOI) as source:
                members = (m for m in source if m.isfile())
                for member in itertools.islice(members, 300):
                    out.addfile(member, source.extractfile(member))
        else:
            out.add(SEED, arcname="seed/000_935c444eb72e4165.txt")
        broken = tarfile.TarInfo("baomoi/broken.txt")
        payload = b"\x89PNG\r\n\x1a\n\x00\x00"
        broken.size = len(payload)
        out.addfile(broken, io.BytesIO(payload))
    return path


def test_dask_equals_local_row_for_row(archive, tmp_path):
    from distributed import LocalCluster

    local = extract([archive], tmp_path / "local", workers=2, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster:
        remote = extract_dask([archive], tmp_path / "dask", scheduler=cluster.scheduler_address,
                              progress=False)
    assert (remote.articles, remote.figures, remote.errors) == (
        local.articles, local.figures, local.errors)
    assert remote.errors == 1
    for name in ("articles", "figures", "errors"):
        partitioned = pq.read_table(tmp_path / "dask" / name)
        single = pq.read_table(tmp_path / "local" / f"{name}.parquet")
        assert partitioned.equals(single), name
    assert len(list((tmp_path / "dask" / "figures").glob("part-*.parquet"))) >= 1
