"""Installation settings: the shipped ``config/settings.yaml``, overlaid by a user's file."""

from __future__ import annotations

import codecs
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
    """Shipped defaults overlaid with the file at ``path`` (if any), checked against the schema.

    Only a user's file is checked here: the shipped defaults are checked by the test suite, so a
    command run without ``--config`` does not pay for importing pydantic."""
    settings = _read(config_dir() / "settings.yaml")
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise SettingsError(f"配置文件不存在 / settings file not found: {p}")
        settings = _merge(settings, _read(p))
        from workflow.settings_schema import settings_problem

        problem = settings_problem(settings)
        if problem:
            raise SettingsError(f"配置文件 {p} 的设置有误 / settings file {p}: {problem}")
        settings["_config_path"] = str(p)
    return settings


def _read(p: Path) -> dict[str, Any]:
    """The mapping in the YAML file ``p``; every way it can be unreadable is one line."""
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SettingsError(f"无法读取配置文件 / cannot read the settings file {p}: {exc.strerror or exc}") from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SettingsError(f"配置文件 {p} 是 UTF-16 编码，请另存为 UTF-8 / settings file {p} is UTF-16: save it as UTF-8")
    try:
        text = raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsError(
            f"配置文件 {p} 不是 UTF-8 文本 / settings file {p} is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        ) from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "?"
        raise SettingsError(
            f"配置文件格式错误 / settings file {p} is not valid YAML: {where}: {exc.problem or exc.context}"
        ) from None
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SettingsError(f"配置文件格式错误 / settings file {p} is not valid YAML: {first}") from None
    if not isinstance(data, dict):
        raise SettingsError(f"配置文件 {p} 应为设置项的映射 / settings file {p} must be a mapping of settings")
    return data
