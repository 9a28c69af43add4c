"""Run as ``python -m tests.robustness.collect_patterns``: print, as JSON, every regular expression that
factcheck code compiles while every module is imported and the pipeline checks seeds/ and some
adversarial text. A fresh interpreter, so module-level patterns are compiled under the hooks."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import regex

# The module holding regex's compiler (regex.regex in older releases, regex._main in newer ones).
regex_module = sys.modules[regex.compile.__module__]

PACKAGE = str(Path(__file__).resolve().parents[2] / "factcheck")
_seen: dict[tuple, dict] = {}


def _origin() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(PACKAGE):
            return f"{Path(name).relative_to(Path(PACKAGE).parent)}:{frame.f_lineno}"
        if not (name == regex_module.__file__ or name.endswith(("/re/__init__.py", "/enum.py"))
                or "functools" in name):
            return None
        frame = frame.f_back
    return None


def _hook(engine: str, original):
    def compile_recorded(pattern, flags=0, *args, **kwargs):
        where = _origin()
        if where is not None and isinstance(pattern, (str, bytes)):
            is_bytes = isinstance(pattern, bytes)
            text = pattern.decode("latin-1") if is_bytes else pattern
            _seen.setdefault((text, int(flags), engine, is_bytes),
                             {"pattern": text, "flags": int(flags), "engine": engine, "origin": where,
                              "is_bytes": is_bytes})
        return original(pattern, flags, *args, **kwargs)
    return compile_recorded


def main() -> None:
    regex_module._compile = _hook("regex", regex_module._compile)
    re._compile = _hook("re", re._compile)
    import importlib
    import pkgutil

    import factcheck

    for module in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if not module.name.endswith("__main__"):  # importing it would run the CLI
            importlib.import_module(module.name)
    from factcheck.engine.loader import instantiate, load_rules
    from factcheck.engine.runner import Engine
    from factcheck.ingest import read_sources
    from factcheck.pipeline import run

    root = Path(PACKAGE).parent
    run(read_sources([root / "seeds"]), Engine(instantiate(load_rules())))
    json.dump(list(_seen.values()), sys.stdout)


if __name__ == "__main__":
    main()
