"""Shared logic for the site's MkDocs hooks.

Nothing here is a hook. The hooks in the folder above import these modules:
- errors: the one kind of error a content editor sees, naming file, line and what to do.
- site_data: the lists in data/ (taxonomy, sources, pictures, glossary), loaded and checked once.
- front_matter: the schema of a page's front matter, for guide pages and case studies.
- easy_read_source: reads an Easy Read text (<page>.easy.md) into points.
- model: the one page model every format is made from.
- addresses: the address of each format of a page (a published contract).
- html_tools: reading and rewriting rendered HTML.
- text_render: turning a page's HTML into plain text.
- pdf_render: rendering HTML to tagged PDFs with WeasyPrint, in parallel and cached.
- sheet_data: the schema of printable sheets (sheets/*.yml).
"""
