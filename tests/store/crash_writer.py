"""Test helper (run as a subprocess by test_db_crash.py): store many small read articles, printing
``<article id> <mention count>`` after each commit, until killed."""
from __future__ import annotations

import sys

from stancemap.model import Actor, ActorMention, Article, Reading, Span
from stancemap.store import Store

ACTOR = Actor("country:FIN", "Finland", "country", country="FIN")


def article(i: int) -> tuple[Article, Reading]:
    """Article ``i`` says how many mentions its reading has; each mention is one word of it."""
    n = 40 + i % 60
    text = f"Article {i} has {n} mentions: " + " ".join("Finland" for _ in range(n)) + "."
    first = text.index("Finland")
    mentions = [ActorMention(Span(first + 8 * k, first + 8 * k + 7, "Finland"), ACTOR.id, "exact")
                for k in range(n)]
    art = Article(text=text, source_path=f"/in/{i}.txt")
    return art, Reading(art, {ACTOR.id: ACTOR}, mentions, [], [Span(0, len(text), text)])


def main(url: str, total: int) -> None:
    with Store(url) as store:
        for i in range(total):
            art, reading = article(i)
            result = store.add_article(art, reading)
            print(result.article_id, len(reading.mentions), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
