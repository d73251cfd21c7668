"""The Qt desktop client: a thin layer over app/ services."""
