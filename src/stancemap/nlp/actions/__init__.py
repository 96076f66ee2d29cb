"""Reported actions: deeds that carry a position ("lifted their restrictions", "refused to allow")."""
