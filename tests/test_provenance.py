"""Provenance: SHA-256 of the inputs, archives collapse to one file, a corpus digest."""

from __future__ import annotations

import hashlib

from toolkit import provenance


def test_files_and_archive_members(tmp_path):
    one, archive = tmp_path / "a.txt", tmp_path / "c.tar.gz"
    one.write_text("Hà Nội", encoding="utf-8")
    archive.write_bytes(b"not really an archive")
    names = [str(one), f"{archive}:x/1.txt", f"{archive}:x/2.txt", str(tmp_path / "gone.txt")]
    files = provenance.describe(names)
    by_path = {f.path: f for f in files}
    assert by_path[str(one)].sha256 == hashlib.sha256("Hà Nội".encode()).hexdigest()
    assert by_path[str(archive)].size == len(b"not really an archive")
    assert by_path[str(tmp_path / "gone.txt")].sha256 == ""
    assert len(files) == 3


def test_record_lists_tables_parameters_and_version(tmp_path):
    (tmp_path / "figures.parquet").write_bytes(b"x")
    record = provenance.record([], tmp_path, {"top_n": 3})
    assert [t.path.endswith("figures.parquet") for t in record.tables] == [True]
    assert record.parameters == {"top_n": 3} and record.version
    assert len(record.manifest_sha256) == 64 and record.run_at.tzinfo is not None
