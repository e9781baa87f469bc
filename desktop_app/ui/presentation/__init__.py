"""Presenting on site: the full-screen slide show and the presenter view."""
