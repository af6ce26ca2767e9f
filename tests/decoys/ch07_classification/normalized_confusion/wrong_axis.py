"""Decoy: by="true" divides by the column sums and "pred" by the row sums (axes swapped)."""


AXES = {"true": 0, "pred": 1, "all": None}
