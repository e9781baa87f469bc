"""The readiness check engine (questions, scoring, storage): plain Python, no Qt."""
