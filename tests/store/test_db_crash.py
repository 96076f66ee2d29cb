"""A writer killed with SIGKILL mid-run leaves a sound database with every reported article complete."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from stancemap.store import Store

WRITER = Path(__file__).with_name("crash_writer.py")
TOTAL = 5000
KILL_AFTER = 40


def _run_and_kill(url: str) -> dict[str, int]:
    """Start the writer, SIGKILL it once it has reported KILL_AFTER articles; returns id -> mentions."""
    Store(url).close()  # migrate first, so the kill lands among article writes
    proc = subprocess.Popen([sys.executable, str(WRITER), url, str(TOTAL)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    reported: dict[str, int] = {}
    for line in proc.stdout:
        article_id, count = line.split()
        reported[article_id] = int(count)
        if len(reported) >= KILL_AFTER:
            proc.send_signal(signal.SIGKILL)
            break
    rest, _ = proc.communicate(timeout=60)
    for line in rest.splitlines():  # lines written before the kill but not yet read
        if line.count(" ") == 1:
            article_id, count = line.split()
            reported[article_id] = int(count)
    assert proc.returncode == -signal.SIGKILL
    return reported


@pytest.mark.slow
def test_db_crash_sigkill_keeps_reported_articles_whole(db_url):
    reported = _run_and_kill(db_url)
    with Store(db_url) as store, store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        counts = dict(conn.execute(sa.text(
            "SELECT a.id, COUNT(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id")).all())
        texts = dict(conn.execute(sa.text("SELECT id, text FROM articles")).all())
    assert KILL_AFTER <= len(counts) < TOTAL  # killed mid-run
    for article_id, mentions in reported.items():
        assert counts.get(article_id) == mentions, f"reported article {article_id} is missing or partial"
    for article_id, text in texts.items():  # no partial rows, reported or not
        claimed = int(re.match(r"Article \d+ has (\d+) mentions", text).group(1))
        assert counts[article_id] == claimed
        assert store.get_article(article_id).id == article_id  # the text is the text that was hashed
