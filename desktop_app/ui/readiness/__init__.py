"""The readiness check's Qt shell: questionnaire, live results, saved checks, PDF."""
