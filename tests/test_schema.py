"""The committed schemas/ never drift from the pydantic models."""

from __future__ import annotations

from extract.schema import generate

from .conftest import ROOT


def test_committed_schema_matches_models():
    generated = generate()
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.json")}
    assert set(committed) == set(generated), "run `make schema`"
    for name, text in generated.items():
        assert committed[name] == text, f"schemas/{name} is stale: run `make schema`"
