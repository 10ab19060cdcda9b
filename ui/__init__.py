"""The dashboard's helpers beside `app_pages/`: caches, chart builders, widgets, review, formatting, exports."""
