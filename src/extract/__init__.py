"""extract: news articles in, validated JSON event records out."""

__version__ = "0.1.0"
