"""Renderings of results (terminal, JSON, Excel). They never recompute anything."""
