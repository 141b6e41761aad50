"""Installation settings: the shipped ``config/settings.yaml``, overlaid by a user's file."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from workflow.paths import config_dir


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


class SettingsError(ValueError):
    pass


def load_settings(path: str | Path | None = None) -> dict[str, Any]:
    """Shipped defaults overlaid with the file at ``path`` (if any)."""
    with open(config_dir() / "settings.yaml", encoding="utf-8") as fh:
        settings = yaml.safe_load(fh) or {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise SettingsError(f"配置文件不存在 / settings file not found: {p}")
        with open(p, encoding="utf-8") as fh:
            try:
                user = yaml.safe_load(fh) or {}
            except yaml.YAMLError as exc:
                raise SettingsError(f"配置文件格式错误 / settings file {p} is not valid YAML: {exc}") from exc
        if not isinstance(user, dict):
            raise SettingsError(f"配置文件 {p} must be a mapping of settings")
        settings = _merge(settings, user)
        settings["_config_path"] = str(p)
    return settings
