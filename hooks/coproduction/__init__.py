"""What is this site's own, not the engine's: its case studies (with their nations, settings and
principles), its principles, the sources its pages cite, and the self-assessment of "How are you
doing?". The hooks in the folder above use these modules, through the engine's public interface
(accessible_formats.api)."""

from __future__ import annotations

from .case_studies import CaseStudies
from .self_assessment import SelfAssessmentKind
from .sources import no_sources_heading


def content_kinds() -> list:
    """This site's own kinds of content, new for each check (the hooks add each with its own)."""
    return [CaseStudies(), SelfAssessmentKind()]


def page_checks() -> list:
    """This site's own rules for its pages."""
    return [no_sources_heading]
