"""The Qt shell: widgets that present the core and hold no business rules."""
