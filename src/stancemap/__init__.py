"""stancemap: a sourced ledger of who stands where on what, read from news."""
__version__ = "0.1.0"
