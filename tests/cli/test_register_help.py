"""``register --help`` lists the codes a clerk may give, with their labels, from the definitions."""

from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from workflow.cli import cli
from workflow.definitions.registry import default_registry


def test_register_help_lists_every_applicant_type_and_channel_with_its_label():
    text = " ".join(CliRunner().invoke(cli, ["register", "--help"]).output.split())
    registry = default_registry()
    register = registry.for_received(date.today()).register
    for name, listing in (("applicant_type", "applicant_types"), ("channel", "channels"), ("delivery", "delivery_methods")):
        for code in register.fields[name].choices:
            assert f"{code}（{registry.vocabulary.label(listing, code)}）" in text
    assert "online（网上送达）" not in text  # not a delivery method at registration (exclude: in the lifecycle)
