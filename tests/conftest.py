"""Shared fixtures: the seed article in data/raw and the corpora beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "000_935c444eb72e4165.txt"
SHARED = REPO.parent / "shared"
UNC = SHARED / "corpora" / "unc"
BAOMOI = SHARED / "corpora" / "baomoi-35k.tar.gz"


@pytest.fixture(scope="session")
def unc() -> Path:
    """The UNC corpus folder; the test is skipped where ../shared is not beside the checkout."""
    if not UNC.is_dir():
        pytest.skip(f"corpus not available: {UNC} (../shared is absent on this machine)")
    return UNC


@pytest.fixture(scope="session")
def baomoi() -> Path:
    """The Baomoi archive; the test is skipped where ../shared is not beside the checkout."""
    if not BAOMOI.is_file():
        pytest.skip(f"corpus not available: {BAOMOI} (../shared is absent on this machine)")
    return BAOMOI
