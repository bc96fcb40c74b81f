"""Running checks: one story (normalize, align, rules), many stories in processes or on
Dask, the claim cache, and finding stories in a mixed set of articles."""
