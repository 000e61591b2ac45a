"""The Python API: typed results and the JSON contract."""

from __future__ import annotations

import doctest
import json

import extractor
from extractor import Note, Quote, Result, parse

from .conftest import SAMPLES

CONTRACT_KEYS = {"schema_version", "reference", "title", "speakers", "quotes", "notes", "urls"}


def test_typed_attributes() -> None:
    r = parse((SAMPLES / "uk_gov_notes_to_editors.txt").read_text(encoding="utf-8"))
    assert isinstance(r, Result)
    assert r.title is not None and r.title.text.startswith("Inspectors find")
    assert isinstance(r.quotes[0], Quote) and r.quotes[0].speaker == "Margaret Owusu"
    assert isinstance(r.notes[2], Note) and r.notes[2].number == 3
    assert r.speakers[0].organisation == "TSI"


def test_to_dict_has_the_contract_keys_and_round_trips() -> None:
    r = parse((SAMPLES / "eu_agency_ip.txt").read_text(encoding="utf-8"))
    d = r.to_dict()
    assert d.keys() >= CONTRACT_KEYS
    assert json.loads(r.to_json()) == d
    for q in d["quotes"]:
        assert q["speaker"] is None or q["speaker"] in {s["name"] for s in d["speakers"]}


def test_empty_text_gives_empty_result() -> None:
    d = parse("").to_dict()
    assert d["title"] is None and d["quotes"] == [] and d["urls"] == []


def test_unattributed_quote_has_no_speaker() -> None:
    text = (
        "Council opens new park in the town centre\n\n"
        "The park opened on Saturday after two years of work.\n\n"
        "“It is the best thing to happen to this street in years and everyone loves it.”\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == [None]
    assert r.speakers == ()


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "Children’s charity marks the ’90s\n\n"
        "The citizens’ panel met the children’s commissioner in the 1990s’ old hall today.\n"
    )
    assert parse(text).quotes == ()


def test_readme_and_module_doctests() -> None:
    assert doctest.testmod(extractor).failed == 0
    from .conftest import ROOT

    failures, _ = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert failures == 0


def test_every_output_key_can_be_asked_for_alone() -> None:
    schema = json.loads((SAMPLES.parent / "extractor" / "schema.json").read_text(encoding="utf-8"))
    assert set(extractor.FIELDS) == set(schema["properties"]) - {"source", "encoding", "error"}


def test_asking_for_some_fields_gives_their_values_as_a_full_parse_does() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        full = parse(text).to_dict()
        for key in extractor.FIELDS:
            assert parse(text, [key]).to_dict()[key] == full[key], (path.name, key)
        pair = parse(text, ["title", "phones"]).to_dict()
        assert (pair["title"], pair["phones"]) == (full["title"], full["phones"])


def test_fields_not_asked_for_are_not_computed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from extractor.fields import speakers, title

    def boom(*args: object) -> None:
        raise AssertionError("computed a field nobody asked for")

    text = (SAMPLES / "uk_gov_notes_to_editors.txt").read_text(encoding="utf-8")
    full = parse(text)
    monkeypatch.setattr(title, "find", boom)
    monkeypatch.setattr(speakers, "attribute", boom)
    r = parse(text, ["urls", "emails", "phones"])
    assert r.urls and (r.urls, r.emails, r.phones) == (full.urls, full.emails, full.phones)
    assert r.title is None and r.quotes == ()


def test_unknown_field_is_a_value_error() -> None:
    import pytest

    with pytest.raises(ValueError, match="unknown field"):
        parse("Title\n\nText.", ["titel"])


def test_a_long_text_is_parsed_with_the_collector_paused_and_restored(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    monkeypatch.setattr(extractor, "GC_PAUSE_CHARS", 50)
    seen: list[bool] = []
    real = extractor._Stages.__init__

    def spy(self, text: str) -> None:  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        real(self, text)

    monkeypatch.setattr(extractor._Stages, "__init__", spy)
    text = "Council opens a new bridge\n\nThe bridge opened today, the council said.\n" * 3
    assert gc.isenabled()
    long_result = parse(text)
    assert gc.isenabled() and seen == [False]
    gc.disable()
    try:
        assert parse(text) == long_result and not gc.isenabled()
    finally:
        gc.enable()
    assert parse("Short title\n\nShort text.") is not None and seen[-1] is True


def test_once_computes_a_property_on_first_access_only() -> None:
    from extractor.caching import once

    class Counted:
        calls = 0

        @once
        def value(self) -> int:
            """The doc string stays readable."""
            Counted.calls += 1
            return Counted.calls * 10

    a, b = Counted(), Counted()
    assert (a.value, a.value, b.value) == (10, 10, 20)
    assert Counted.calls == 2
    assert a.__dict__["value"] == 10
    assert isinstance(Counted.__dict__["value"], once)
    assert Counted.value.__doc__ == "The doc string stays readable."
