"""This site's own checks: the journeys its readers take (checks/journeys.py). The generic gates are
the engine's (accessible_formats.checks), which any site built with it can run."""
