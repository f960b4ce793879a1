"""claimtrack: log attributed claims and lay out where sources disagree."""

__version__ = "0.1.0"
