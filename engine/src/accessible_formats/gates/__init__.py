"""The quality gates any site built with the engine can run: `pytest --pyargs accessible_formats.gates
--site-dir site` (see accessible_formats.pytest_plugin)."""
