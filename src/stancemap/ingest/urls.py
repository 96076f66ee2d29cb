"""URL canonicalisation, so the same story reached by different links gets one key."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the click, never select content.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs")
_TRACKING_KEYS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mkt_tok", "ocid", "cmpid",
    "ref", "ref_src", "ref_url", "smid", "smtyp", "sr_share", "ito", "cid", "wt.mc_id", "_ga", "s_cid",
    "ncid", "guccounter", "guce_referrer", "guce_referrer_sig", "share", "amp",
})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(key: str) -> bool:
    low = key.lower()
    return low in _TRACKING_KEYS or low.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str | None) -> str | None:
    """A canonical form of a URL for identity: lowercase scheme and host, no default port, no
    fragment, no tracking parameters (utm_*, fbclid...), sorted query, no trailing slash.

    Returns None for None, empty strings and strings that are not absolute http(s)/ftp URLs.
    """
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if not scheme or not host:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = parts.path or "/"
    while "//" in path:
        path = path.replace("//", "/")
    if len(path) > 1:
        path = path.rstrip("/")
    else:
        path = ""
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
