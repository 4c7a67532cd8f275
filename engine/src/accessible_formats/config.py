"""The plugin's settings: everything an adopter may change, under the plugin in mkdocs.yml.

    plugins:
      - search
      - accessible-formats:
          offline_zip: our-guide-offline.zip
"""
from __future__ import annotations

from mkdocs.config.base import Config


class AccessibleFormatsConfig(Config):
    pass
