"""factcheck: verify the facts and figures inside news articles."""

__version__ = "0.1.0"
