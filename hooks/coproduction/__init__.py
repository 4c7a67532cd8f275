"""What is this site's own, not the engine's: its case studies (with their nations, settings and
principles), its principles, the sources its pages cite, and the self-assessment of "How are you
doing?". The hooks in the folder above use these modules, through the engine's public interface
(accessible_formats.api)."""

from __future__ import annotations


def content_kinds() -> list:
    """This site's own kinds of content, new for each check (the hooks add each with its own)."""
    from .case_studies import CaseStudies
    from .self_assessment import SelfAssessmentKind
    return [CaseStudies(), SelfAssessmentKind()]


def page_checks() -> list:
    """This site's own rules for its pages."""
    from .sources import no_sources_heading
    return [no_sources_heading]
