"""Lifecycle definitions: load the YAML in ``definitions/``, validate it, and look versions up.

A definition is data (states, triggers, roles, fields, guards, clocks); loading only checks that it
is well-formed and turns it into frozen objects. Every error names the file, the key path and what
was expected, so an administrator can fix a definition without reading Python.

This module loads the whole folder (:func:`load_registry`, cached by :func:`default_registry`). The
data classes and the :class:`Registry` are in :mod:`workflow.definitions.model`; reading and
validating one file is in :mod:`workflow.definitions.parse`.
"""

from __future__ import annotations

import functools
from pathlib import Path

from workflow.definitions.model import (
    Definition,
    Registry,
)
from workflow.definitions.parse import load_vocabulary, load_yaml, parse_definition
from workflow.definitions.tariff import Tariff, parse_tariff
from workflow.errors import DefinitionError
from workflow.paths import definitions_dir


def load_registry(directory: Path | None = None) -> Registry:
    """The vocabulary, the fee tariffs of ``fees/*.yaml`` and every ``lifecycle/*.yaml`` of ``directory``
    (default: the shipped folder)."""
    directory = directory or definitions_dir()
    vocab = load_vocabulary(directory / "vocabulary.yaml")
    tariffs: dict[str, Tariff] = {}
    for path in sorted((directory / "fees").glob("*.yaml")):
        tariff = parse_tariff(path, load_yaml(path), set(vocab.codes("fee_bases")))
        if tariff.name in tariffs:
            raise DefinitionError(path.name, "name", f"unique; {tariff.name} is also defined in another file of fees/")
        tariffs[tariff.name] = tariff
    definitions: dict[tuple[str, str], Definition] = {}
    for path in sorted((directory / "lifecycle").glob("*.yaml")):
        defn = parse_definition(path, vocab, tariffs)
        if defn.key in definitions:
            raise DefinitionError(path.name, "name/version", f"unique; {defn.name} v{defn.version} is also in {definitions[defn.key].file}")
        definitions[defn.key] = defn
    if not definitions:
        raise DefinitionError(str(directory / "lifecycle"), "(folder)", "at least one lifecycle definition file")
    return Registry(vocab, definitions, tariffs)


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The shipped definitions, read once per process (they do not change while it runs)."""
    return load_registry()
