"""Renderings of results (terminal, JSON, Excel, HTML). They never recompute anything."""
