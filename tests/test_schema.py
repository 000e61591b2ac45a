"""Every output validates against extractor/schema.json (JSON Schema 2020-12)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from extractor import parse
from extractor.cli import SCHEMA_PATH, main

from .conftest import CORPUS, SAMPLES

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_samples_validate(path) -> None:  # type: ignore[no-untyped-def]
    VALIDATOR.validate(parse(path.read_text(encoding="utf-8")).to_dict())


@pytest.mark.skipif(not (CORPUS / "dev").is_dir(), reason="development corpus not present")
def test_corpus_validates() -> None:
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        VALIDATOR.validate(parse(path.read_text(encoding="utf-8")).to_dict())


def test_cli_records_validate_including_errors() -> None:
    result = CliRunner().invoke(main, [str(SAMPLES / "eu_agency_ip.txt"), "missing.txt"])
    for line in result.stdout.strip().split("\n"):
        VALIDATOR.validate(json.loads(line))


def test_schema_option_prints_the_schema() -> None:
    result = CliRunner().invoke(main, ["--schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["$schema"].endswith("2020-12/schema")


def test_a_wrong_record_is_rejected() -> None:
    d = parse("Headline of a release\n\nText of the release here.").to_dict()
    d["quotes"] = [{"text": "x", "speaker": None}]  # no span
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(d)
