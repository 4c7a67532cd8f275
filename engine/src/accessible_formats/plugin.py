"""The plugin: one MkDocs plugin that makes every format of every page."""
from __future__ import annotations

from mkdocs.plugins import BasePlugin

from .config import AccessibleFormatsConfig


class AccessibleFormatsPlugin(BasePlugin[AccessibleFormatsConfig]):
    pass
