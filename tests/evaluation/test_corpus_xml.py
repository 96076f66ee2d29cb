"""Gold articles inside an XML corpus (``path.xml#docid``): text, title and date as the corpus gives them."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.errors import DataMissingError
from stancemap.evaluation import corpus_xml
from stancemap.evaluation import stance_dev as sd

CORPUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
    <article docid="7">
        <title>Ministers meet
        </title>
        <url>http://example.org/a</url>
        <dltime>2017-03-02</dltime>
        <text><![CDATA[The ministers met on Tuesday.
They agreed to talk again & soon.]]></text>
    </article>
    <article docid="8">
        <title>No date</title>
        <dltime>unknown</dltime>
        <text><![CDATA[Second article.]]></text>
    </article>
</articles>
"""


@pytest.fixture
def data_root(tmp_path, monkeypatch):
    (tmp_path / "corpora").mkdir()
    (tmp_path / "corpora" / "news.xml").write_text(CORPUS, encoding="utf-8")
    monkeypatch.setenv("STANCEMAP_DATA", str(tmp_path))
    return tmp_path


def test_reference_form():
    assert corpus_xml.is_reference("corpora/news.xml#7")
    assert not corpus_xml.is_reference("corpora/news.xml")
    assert not corpus_xml.is_reference("polnear/data/dev/text/a.txt")
    assert not corpus_xml.is_reference("corpora/news.txt#7")


def test_text_title_and_date_of_one_article(data_root):
    art = corpus_xml.corpus_article("corpora/news.xml#7")
    assert art.text == "The ministers met on Tuesday.\nThey agreed to talk again & soon."
    assert art.title == "Ministers meet"
    assert art.downloaded == date(2017, 3, 2)
    assert corpus_xml.corpus_article("corpora/news.xml#8").downloaded is None


def test_unknown_docid_says_what_to_check(data_root):
    with pytest.raises(DataMissingError, match="docid='9'"):
        corpus_xml.corpus_article("corpora/news.xml#9")


def test_gold_article_reads_through_the_reference(data_root):
    gold = sd.GoldArticle(file="corpora/news.xml#7", published=date(2017, 3, 2))
    article = sd.make_article(gold)
    assert article.text.startswith("The ministers met") and article.text.endswith("soon.")
    assert article.title == "Ministers meet"
    assert article.published == date(2017, 3, 2)
    plain = sd.GoldArticle(file="corpora/news.xml", published=None)
    assert sd.article_text(plain).startswith("<?xml")
