"""The steps of a build, one job each, named for what they make. The plugin
(accessible_formats.plugin) calls them, in its own order: an adopter lists the plugin, not them."""
