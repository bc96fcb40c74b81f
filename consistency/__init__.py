"""consistency: find where news outlets covering the same story disagree on the facts.

The pipeline flows one way: load -> normalize -> align -> rules -> report -> CLI.
Heavy libraries (pandas, dateparser) are imported lazily by the functions that need them.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
