"""MinHash signatures and the story clusterer: syndicated copies match, other stories do not."""
from __future__ import annotations

import pytest

from stancemap.ingest import MinHasher, StoryClusterer

# An invented story (about 180 words), and an unrelated one.
STORY = (
    "The fisheries council of an invented island nation agreed on Thursday to cut the herring quota by "
    "a fifth next season, after scientists warned that stocks in the northern bank had fallen for six "
    "years in a row. The decision followed two days of talks in the harbour town of Skelmar, where "
    "boat owners had argued for a smaller cut and a review in the spring. Council members said the "
    "reduction would be phased in over three months to give processing plants time to adjust, and that "
    "a fund would help crews who lose income during the change. Environmental groups welcomed the move "
    "but said it came late, noting that the council had ignored similar advice two years ago. The "
    "fishermen's union said it would study the details before deciding whether to challenge the quota "
    "in court. A spokesperson for the largest processing company said jobs at its two plants were safe "
    "for now. The council will meet again in March to review the first catch figures under the new rules."
)
OTHER = (
    "A mountain railway in a fictional alpine valley reopened on Saturday after a landslide closed the "
    "line for most of the winter. Engineers rebuilt a stretch of track above the gorge and added steel "
    "nets to catch falling rock. The operator said timetables would return to normal by Easter, and that "
    "season tickets bought before the closure would be extended by four months. Hotel owners in the "
    "valley said bookings had dropped sharply while the line was shut, and asked the regional "
    "government for help with their losses. Tourism officials expect visitor numbers to recover."
)


def _syndicated(text: str) -> str:
    """A reprint with a different opening line and an outlet footer."""
    return ("SKELMAR (Island Wire Service) -- Here is the latest from the council. " + text
            + "\n\nThis story was provided by Island Wire Service. Sign up for our morning newsletter.")


@pytest.fixture(scope="module")
def hasher() -> MinHasher:
    return MinHasher()


def test_dedup_signature_is_bytes_and_deterministic(hasher):
    sig = hasher.signature(STORY)
    assert isinstance(sig, bytes) and len(sig) == 4 * 128
    assert MinHasher().signature(STORY) == sig


def test_dedup_similarity_orders_copies_above_other_stories(hasher):
    story, copy, other = (hasher.signature(t) for t in (STORY, _syndicated(STORY), OTHER))
    assert hasher.similarity(story, story) == 1.0
    assert hasher.similarity(story, copy) >= 0.7
    assert hasher.similarity(story, other) < 0.2


def test_dedup_clusterer_matches_syndicated_copy(hasher):
    clusterer = StoryClusterer()
    clusterer.add("story", hasher.signature(STORY))
    clusterer.add("other", hasher.signature(OTHER))
    assert clusterer.match(hasher.signature(_syndicated(STORY))) == "story"


def test_dedup_clusterer_rejects_unrelated_story(hasher):
    clusterer = StoryClusterer()
    clusterer.add("story", hasher.signature(STORY))
    assert clusterer.match(hasher.signature(OTHER)) is None
    assert clusterer.match(hasher.signature("A short note about weather.")) is None


def test_dedup_similarity_rejects_bad_signature(hasher):
    with pytest.raises(ValueError):
        hasher.similarity(b"abc", hasher.signature(STORY))
