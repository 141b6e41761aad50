"""The settings files are checked against the schema (``workflow.settings_schema``, pydantic): a value
of the wrong type, an unknown time zone, a file in another encoding or broken YAML is one line naming
the key and what is expected."""

from __future__ import annotations

import pytest

from workflow.settings import SettingsError, load_settings
from workflow.settings_schema import settings_problem


def test_the_shipped_settings_satisfy_the_schema():
    # load_settings() checks only a user's file, so that a command without --config skips pydantic
    assert settings_problem(load_settings()) is None


@pytest.mark.parametrize(("text", "says"), [
    ('outbox:\n  max_attempts: "eight"\n', "outbox.max_attempts"),
    ("outbox:\n  max_attempts: 0\n", "greater than 0"),
    ("time_zone: Asia/Beijing\n", "IANA time zone"),
    ("channels:\n  smtp:\n    port: 70000\n", "channels.smtp.port"),
    ("channels:\n  webhook:\n    shape: slack\n", "channels.webhook.shape"),
    ("web:\n  secure_cookies: sometimes\n", "web.secure_cookies"),
    ("report:\n  department_due: 31-01\n", "report.department_due"),
    ("import:\n  max_xlsx_uncompressed_mb: -1\n", "import.max_xlsx_uncompressed_mb"),
])
def test_a_wrong_value_is_refused_naming_its_key(tmp_path, text, says):
    path = tmp_path / "site.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=says) as caught:
        load_settings(path)
    assert "\n" not in str(caught.value)


def test_keys_the_schema_does_not_know_are_kept_and_good_values_pass(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("audit:\n  anchor_file: anchors.txt\noutbox:\n  max_attempts: '12'\n"
                    "alerts:\n  digest_time: 08:30\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings["audit"] == {"anchor_file": "anchors.txt"}
    assert settings["outbox"]["max_attempts"] == "12"  # checked, not rewritten: readers convert as before


def test_broken_yaml_is_one_line_with_its_position(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("outbox: [1, 2\n  x: {\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"line 2, column 4") as caught:
        load_settings(path)
    assert "\n" not in str(caught.value)


def test_a_utf8_file_with_a_bom_is_read(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_bytes(b"\xef\xbb\xbftime_zone: Asia/Urumqi\n")
    assert load_settings(path)["time_zone"] == "Asia/Urumqi"
