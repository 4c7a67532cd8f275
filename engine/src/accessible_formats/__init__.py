"""mkdocs-accessible-formats: every page of a guide in Easy Read, large print and plain text.

An MkDocs plugin (`plugin.AccessibleFormatsPlugin`, listed as `accessible-formats` under `plugins:`
in mkdocs.yml). From the Markdown an organisation writes, it makes each page's Easy Read page
(a picture beside each point, read aloud), large-print page and PDF, plain-text file, printable
sheets in three forms that can be filled in privately, the whole guide as PDF and text, an
offline copy, a change feed and a manifest that its checks read. See README.md.
"""

__version__ = "1.0.0"
