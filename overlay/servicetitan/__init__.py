"""Typed client for the ServiceTitan REST API."""
