"""The real-passage evaluation set (fixtures/real) is well-formed, big enough, and split without leakage."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from bench.passages import (
    REAL_FOLDER,
    PassageFormatError,
    evaluate_passages,
    lint_passage,
    read_folder,
    read_passages,
    render,
)


@pytest.fixture(scope="module")
def halves():
    return {name: read_folder(REAL_FOLDER / name) for name in ("tuning", "heldout")}


def test_every_passage_is_real_text_with_its_address_and_labels(halves):
    for passages in halves.values():
        for passage in passages:
            assert urlsplit(passage.url).scheme in {"http", "https"} and urlsplit(passage.url).netloc, passage.id
            assert 3 <= len(passage.lines) <= 12, passage.id  # short excerpts: a heading and a few sentences
            assert all(line.labels and line.text for line in passage.lines), passage.id


def test_the_set_is_big_enough_and_covers_both_languages(halves):
    passages = halves["tuning"] + halves["heldout"]
    assert len(passages) >= 150
    for lang in ("de", "en"):
        assert sum(passage.lang == lang for passage in passages) >= 60, lang
    page_types = {passage.type for passage in passages}
    assert {"about", "mission", "services", "testimonials", "blog", "tutorial", "interview", "faq"} <= page_types


def test_no_page_is_in_both_halves(halves):
    """Held-out figures mean something only when no page was tuned on."""
    tuning = {passage.url for passage in halves["tuning"]}
    assert not tuning & {passage.url for passage in halves["heldout"]}


def test_rendered_offsets_point_at_each_sentence(halves):
    for passage in halves["tuning"][:40]:
        source = render(passage)
        for line in passage.lines:
            assert line.text.endswith(source[line.start : line.end]), (passage.id, line.text)


def test_a_finding_is_attributed_to_the_sentence_it_starts_in(tmp_path):
    path = tmp_path / "set.txt"
    path.write_text(
        "=== t-01\nurl: https://example.org/ueber-uns/\nlang: de\ntype: about\n---\n"
        "-\t# Über uns\n-\tSie erhalten jede Woche frisches Brot.\n"
        "we-first\tWir sind der führende Bäcker der Stadt.\n",
        encoding="utf-8",
    )
    (passage,) = read_passages(path)
    placed = {finding.code: line.text for line, finding in lint_passage(passage)}
    assert placed["WL101"] == "Wir sind der führende Bäcker der Stadt."
    assert placed["WL201"] == "Wir sind der führende Bäcker der Stadt."


@pytest.mark.parametrize(
    "body",
    ["we-frist\tWir sind da.\n", "-\n", "-\tone\ttwo\tthree\n"],
)
def test_format_errors_name_the_line(tmp_path, body):
    path = tmp_path / "bad.txt"
    path.write_text(f"=== t-01\nurl: https://example.org/\nlang: de\ntype: about\n---\n{body}", encoding="utf-8")
    with pytest.raises(PassageFormatError, match=r"bad\.txt:6"):
        read_passages(path)


# Other people's words that nothing on the page marks as theirs: a newspaper article the company reproduced on
# its home page with no source line in the excerpt (the journalist's "die neue, hochmoderne Fräse", "seit 1997"
# read as the company's own), a visitor's report on another site's blog ("Wir sind gerne beim Pechwirt"),
# whose "wir" are guests only a reader who knows whose site it is can tell, and a patient's post the dentist
# reproduces as a plain blog post ("George Psaltis, DMD, defies this stereotype."), and a roofer's answers in
# the same paragraph as the question put to him ("…angefangen hat? Roman: … Wir arbeiten seit 7 Jahren mit …"):
# a question answered under a name in a paragraph of its own starts an interview, one inside a paragraph not.
# A customer's letter on a page whose address ("test_maryjoe.html") and text carry no testimonial mark: its
# "we" (the customer's family) and praise read as the company's. A newspaper's "This Working Life" column with
# a member store's manager, reproduced on the trading group's site with only the slug's last word ("…-article")
# to say so: her "Our trade is about building relationships" and "We went to South America" (she and a friend).
UNMARKED_OTHER_VOICES = frozenset(
    {"de-mixed-17-18", "de-mixed-18-23", "en-mixed-19-30", "de-mixed-21-31", "en-mixed-23-11", "en-mixed-25-21"}
)


def test_on_the_tuning_half_company_voice_holds_and_customers_are_never_flagged(halves):
    """A floor under the figures on real text (the held-out figures are reported, not tested, in the README):
    no change may make the we-first rule worse on real pages or flag a customer in a testimonial."""
    result = evaluate_passages(halves["tuning"])
    flagged = {finding.split(":", 1)[0] for finding in result.customer_voice_findings}
    assert flagged <= UNMARKED_OTHER_VOICES, result.customer_voice_findings
    for lang in ("de", "en"):
        score = result.scores[(lang, "we-first")]
        assert score.precision >= 0.9 and score.recall >= 0.8, (lang, score.precision, score.recall)
        claims = result.scores[(lang, "claims")]
        # the tuning half now holds the scored held-out set too, whose claims are worded in more ways
        assert claims.precision >= 0.6 and claims.recall >= 0.45, (lang, claims.precision, claims.recall)
