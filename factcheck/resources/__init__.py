"""Language resources as data. ``load("en/hedges.yaml")`` reads a YAML file once per process."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent
# libyaml's parser when installed: the same data, several times faster to read at start-up.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ResourceError(ValueError):
    """A resource file is missing or malformed; the message names the file."""


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    path = ROOT / name
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except FileNotFoundError:
        raise ResourceError(f"{path}: resource file not found") from None
    except yaml.YAMLError as exc:
        raise ResourceError(f"{path}: {exc}") from None
