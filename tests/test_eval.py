"""Unit tests of the scorers on tiny hand-made records (no dev-set data here)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.cli import main
from extract.documents import Document
from extract.evaluate.acled import country_code, distance_km, fatalities, place_hit, score_acled
from extract.evaluate.align import Aligner, AlignmentError
from extract.evaluate.scores import PRF, Ratio, fold, match_multiset
from extract.evaluate.seed import score_seed
from extract.evaluate.te3 import Timex, score_document, scored
from extract.pipeline import prepare


@pytest.mark.parametrize(
    "tp, fp, fn, precision, recall, f1",
    [
        (0, 0, 0, 1.0, 1.0, 1.0),
        (3, 1, 0, 0.75, 1.0, 6 / 7),
        (1, 1, 2, 0.5, 1 / 3, 0.4),
        (0, 2, 0, 0.0, 1.0, 0.0),
        (0, 0, 4, 1.0, 0.0, 0.0),
    ],
)
def test_prf(tp, fp, fn, precision, recall, f1):
    prf = PRF(tp, fp, fn)
    assert (prf.precision, prf.recall) == pytest.approx((precision, recall))
    assert prf.f1 == pytest.approx(f1)


def test_prf_adds_counts_for_micro_average():
    assert PRF(1, 0, 1) + PRF(0, 3, 0) == PRF(1, 3, 1)
    assert Ratio(1, 2) + Ratio(2, 2) == Ratio(3, 4)


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        (["a", "b"], ["a", "b"], PRF(2, 0, 0)),
        (["a", "a"], ["a"], PRF(1, 1, 0)),  # a duplicate prediction is a false positive
        (["a"], ["a", "a"], PRF(1, 0, 1)),
        ([], ["x"], PRF(0, 0, 1)),
        (["x"], [], PRF(0, 1, 0)),
        ([("Lima", "PE")], [("Lima", "PE"), ("Peru", "PE")], PRF(1, 0, 1)),
    ],
)
def test_match_multiset(predicted, gold, expected):
    assert match_multiset(predicted, gold) == expected


@pytest.mark.parametrize(
    "name, folded",
    [
        ("Alberto Otárola", "alberto otarola"),
        ("  JUNÍN ", "junin"),
        ("Prosecutor’s  Office", "prosecutor's office"),
        ("Rafaḩ", "rafah"),
        (None, ""),
    ],
)
def test_fold(name, folded):
    assert fold(name) == folded


# --- seed gold -------------------------------------------------------------------------


def _record(index=0, headline="H", **fields):
    base = {"doc_id": "d", "item_index": index, "headline": headline, "event_date": None}
    for name in ("dates", "places", "people", "organisations", "counts", "event_types"):
        base[name] = fields.get(name, [])
    if "event_date" in fields:
        base["event_date"] = fields["event_date"]
    return base


def _gold(*items):
    return [{"doc_id": "d", "items": list(items)}]


def _day(value, text="x"):
    return {"text": text, "value": value, "precision": "day" if value else None}


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ([_day("2023-01-28"), _day("2023-01-27")], [_day("2023-01-28")], PRF(1, 1, 0)),
        # a null value matches only a null value of the same (folded) text
        ([_day(None, "The weekend")], [_day(None, "the weekend")], PRF(1, 0, 0)),
        ([_day(None, "Friday")], [_day(None, "the weekend")], PRF(0, 1, 1)),
        ([_day(None, "x")], [_day("2023-01-28", "x")], PRF(0, 1, 1)),
        ([_day("2022-12-07")] * 2, [_day("2022-12-07")] * 3, PRF(2, 0, 1)),
    ],
)
def test_seed_dates_by_value(pred, gold, expected):
    figures, problems = score_seed([_record(dates=pred)], _gold(_record(dates=gold)))
    assert figures["dates"] == expected and problems == []


@pytest.mark.parametrize(
    "pred, gold, prf, accuracy",
    [
        (None, None, PRF(0, 0, 0), Ratio(1, 1)),
        (_day("2023-01-28"), _day("2023-01-28"), PRF(1, 0, 0), Ratio(1, 1)),
        (_day("2023-01-27"), _day("2023-01-28"), PRF(0, 1, 1), Ratio(0, 1)),
        (None, _day("2023-01-28"), PRF(0, 0, 1), Ratio(0, 1)),
        (_day("2023-01-28"), None, PRF(0, 1, 0), Ratio(0, 1)),
        (_day(None), None, PRF(0, 0, 0), Ratio(1, 1)),  # a null value is no event date
    ],
)
def test_seed_event_date(pred, gold, prf, accuracy):
    figures, _ = score_seed([_record(event_date=pred)], _gold(_record(event_date=gold)))
    assert figures["event_date"] == prf and figures["event_date_accuracy"] == accuracy


def _place(name, code, kind="city"):
    return {"name": name, "country_code": code, "kind": kind}


def _count(value, category, text="n", qualifier="exact", obj=None):
    return {
        "text": text,
        "value": value,
        "category": category,
        "qualifier": qualifier,
        "object": obj,
    }


@pytest.mark.parametrize(
    "field, figure, pred, gold, expected",
    [
        (
            "places",
            "places",
            [_place("Junín", "PE", "admin1")],
            [_place("Junin", "PE")],
            PRF(1, 0, 0),
        ),
        (
            "places",
            "places+kind",
            [_place("Junín", "PE", "admin1")],
            [_place("Junin", "PE")],
            PRF(0, 1, 1),
        ),
        ("places", "places", [_place("Lima", "US")], [_place("Lima", "PE")], PRF(0, 1, 1)),
        (
            "people",
            "people",
            [{"name": "Dina BOLUARTE"}],
            [{"name": "Dina Boluarte"}],
            PRF(1, 0, 0),
        ),
        ("people", "people", [{"name": "Boluarte"}], [{"name": "Dina Boluarte"}], PRF(0, 1, 1)),
        (
            "organisations",
            "organisations+acronym",
            [{"name": "Peruvian National Police", "acronym": None}],
            [{"name": "Peruvian National Police", "acronym": "PNP"}],
            PRF(0, 1, 1),
        ),
        ("counts", "counts", [_count(56, "killed")], [_count(56, "killed")], PRF(1, 0, 0)),
        ("counts", "counts", [_count(56, "injured")], [_count(56, "killed")], PRF(0, 1, 1)),
        (
            "counts",
            "counts",
            [_count(None, "detained", "countless")],
            [_count(None, "detained", "Countless")],
            PRF(1, 0, 0),
        ),
        (
            "counts",
            "counts+qualifier+object",
            [_count(7, "killed", obj={"text": "minors", "start": 0, "end": 6})],
            [_count(7, "killed", obj="Minors")],
            PRF(1, 0, 0),
        ),
        (
            "counts",
            "counts+qualifier+object",
            [_count(51, "killed", qualifier="exact")],
            [_count(51, "killed", qualifier="at_least")],
            PRF(0, 1, 1),
        ),
        (
            "event_types",
            "event_types",
            [{"event": "PROTEST", "mode": "demo"}, {"event": "PROTEST", "mode": "strike"}],
            [{"event": "PROTEST", "mode": "demo"}],
            PRF(1, 1, 0),
        ),
    ],
)
def test_seed_field_keys(field, figure, pred, gold, expected):
    figures, _ = score_seed([_record(**{field: pred})], _gold(_record(**{field: gold})))
    assert figures[figure] == expected


def test_seed_unpaired_items_are_missed_or_false_positive():
    gold_item = _record(0, dates=[_day("2023-01-28")])
    records = [
        _record(0, headline="Other", dates=[_day("2023-01-28")]),  # headline differs
        _record(1, dates=[_day("2023-01-01")]),  # no gold item
    ]
    figures, problems = score_seed(records, _gold(gold_item))
    assert figures["dates"] == PRF(0, 2, 1)
    assert len(problems) == 2 and "headline differs" in problems[0]
    figures, problems = score_seed([], _gold(gold_item))
    assert figures["dates"] == PRF(0, 0, 1) and problems == ["d#0: no record for this gold item"]


# --- alignment -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "\nOn Friday,\nshares   fell.\n\nToday they rose.\n",
        "Skip to content\n\nOn Friday, shares fell.\r\n\r\nToday they rose.",
        "On Fri\u200bday, shares fell.\n\n\n  Today  they rose.  ",
        "Caf"
        + unicodedata.normalize("NFD", "é")
        + " owners on Friday, shares fell.\n\nToday they rose.",
    ],
)
def test_alignment_maps_every_character_back(raw):
    prepared = prepare(Document(doc_id="d", text=raw, is_html=False, content_hash="0"))
    aligner = Aligner(raw)
    for item in prepared.items:
        alignment = aligner.item(item.text)
        for k, char in enumerate(item.text):
            span = alignment.span(k, k + 1)
            if char.isspace():
                assert span is None
            else:
                assert span is not None
                source = unicodedata.normalize("NFC", raw[span[0] : span[1]])
                assert char in source
        start = item.text.index("Friday") if "Friday" in item.text else item.text.index("Today")
        word = item.text[start : start + 6]
        mapped = alignment.span(start, start + 6)
        assert raw[mapped[0] : mapped[1]].replace("\u200b", "") == word


def test_alignment_spans_across_joined_lines():
    raw = "Talks resumed\n  on  March 3,\n1998 in Geneva."
    alignment = Aligner(raw).item("Talks resumed on March 3, 1998 in Geneva.")
    start = len("Talks resumed on ")
    assert alignment.span(start, start + len("March 3, 1998")) == (20, 33)
    assert raw[20:33] == "March 3,\n1998"


def test_alignment_error_when_text_is_not_in_source():
    with pytest.raises(AlignmentError):
        Aligner("Something else entirely.").item("On Friday, shares fell.")


# --- te3 -----------------------------------------------------------------------------


def _tx(start, end, value, kind="DATE"):
    return {"text": "", "start": start, "end": end, "type": kind, "value": value}


@pytest.mark.parametrize(
    "timex, expected",
    [
        (_tx(0, 1, "1998-08-07"), True),
        (_tx(0, 1, "1998-08"), True),
        (_tx(0, 1, "1998"), True),
        (_tx(0, 1, "1998-W32"), True),
        (_tx(0, 1, "1998-Q3"), False),
        (_tx(0, 1, "PRESENT_REF"), False),
        (_tx(0, 1, "XXXX-08-07"), False),
        (_tx(0, 1, "1998-08-07TEV"), False),
        (_tx(0, 1, "1998-08-07", "TIME"), False),
        (_tx(0, 1, "P3D", "DURATION"), False),
    ],
)
def test_te3_scored_gold(timex, expected):
    assert scored(timex) is expected


@pytest.mark.parametrize(
    "gold, pred, strict, lenient, value",
    [
        # exact span, exact value
        ([_tx(10, 16, "1998-08-07")], [Timex(10, 16, "1998-08-07")], PRF(1), PRF(1), PRF(1)),
        # overlapping span, right value: lenient and value hits, strict misses
        ([_tx(10, 16, "1998-08-07")], [Timex(7, 16, "1998-08-07")], PRF(0, 1, 1), PRF(1), PRF(1)),
        # right span, wrong value
        ([_tx(10, 16, "1998-08")], [Timex(10, 16, "1998-08-07")], PRF(1), PRF(1), PRF(0, 1, 1)),
        # null value: an abstention, no value false positive
        ([_tx(10, 16, "1998-08")], [Timex(10, 16, None)], PRF(1), PRF(1), PRF(0, 0, 1)),
        # a prediction on an excluded timex is ignored
        ([_tx(0, 5, "PRESENT_REF")], [Timex(0, 5, "1998-08-07")], PRF(), PRF(), PRF()),
        ([_tx(0, 5, "P3D", "DURATION")], [Timex(2, 9, None)], PRF(), PRF(), PRF()),
        # a prediction on no timex at all is a false positive
        ([], [Timex(0, 5, "1998-08-07")], PRF(0, 1), PRF(0, 1), PRF(0, 1)),
        # one prediction cannot match two gold timexes
        (
            [_tx(0, 4, "1998"), _tx(5, 9, "1998")],
            [Timex(0, 9, "1998")],
            PRF(0, 1, 2),
            PRF(1, 0, 1),
            PRF(1, 0, 1),
        ),
    ],
)
def test_te3_score_document(gold, pred, strict, lenient, value):
    figures = score_document(gold, pred)
    assert (figures["span_strict"], figures["span_lenient"], figures["value"]) == (
        strict,
        lenient,
        value,
    )


# --- ACLED ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, code",
    [
        ("Democratic Republic of Congo", "CD"),
        ("Republic of Congo", "CG"),
        ("Ivory Coast", "CI"),
        ("South Sudan", "SS"),
        ("Libya", "LY"),
        ("Atlantis", None),
    ],
)
def test_country_code(name, code):
    assert country_code(name) == code


def test_distance_km():
    assert distance_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.1)


ACLED_GOLD = {
    "id": "A",
    "event_date": "2016-07-02",
    "country": "Libya",
    "admin1": "Surt",
    "admin2": "Surt",
    "location": "Sirte",
    "latitude": 31.2089,
    "longitude": 16.5887,
    "fatalities": 3,
    "same_text_ids": [],
    "date_stated_in_text": True,
}


def _pl(name, code=None, lat=None, lon=None):
    return {"name": name, "country_code": code, "lat": lat, "lon": lon}


@pytest.mark.parametrize(
    "places, levels, expected",
    [
        ([_pl("SIRTE")], ("location",), True),
        ([_pl("Surt")], ("location",), False),
        ([_pl("Surt")], ("location", "admin2", "admin1"), True),
        ([_pl("Sirt", "LY", 31.20, 16.58)], ("location",), True),  # within 25 km
        ([_pl("Tripoli", "LY", 32.89, 13.19)], ("location", "admin2", "admin1"), False),
        ([], ("location",), False),
    ],
)
def test_place_hit(places, levels, expected):
    assert place_hit(places, ACLED_GOLD, levels) is expected


@pytest.mark.parametrize(
    "counts, expected",
    [
        ([], 0),
        ([_count(3, "killed")], 3),
        ([_count(3, "killed"), {**_count(1, "killed"), "part_of": 0}], 3),
        ([_count(3, "killed"), _count(2, "killed"), _count(18, "injured")], 5),
        ([_count(None, "killed", "several")], 0),
    ],
)
def test_fatalities(counts, expected):
    assert fatalities(counts) == expected


def test_score_acled_combines_items_of_one_note():
    records = [
        {
            "doc_id": "A",
            "item_index": 0,
            "event_date": None,
            "places": [],
            "counts": [_count(1, "killed")],
        },
        {
            "doc_id": "A",
            "item_index": 1,
            "event_date": _day("2016-07-02"),
            "places": [_pl("Sirte", "LY")],
            "counts": [_count(2, "killed")],
        },
    ]
    figures, problems = score_acled([ACLED_GOLD], records)
    assert problems == []
    for name in ("event_date", "place", "place_location", "country", "fatalities"):
        assert figures[name] == Ratio(1, 1), name
    assert figures["fatalities_mae"].value == 0.0
    figures, problems = score_acled([ACLED_GOLD], [])
    assert figures["place"] == Ratio(0, 1) and figures["fatalities"] == Ratio(0, 1)
    assert figures["fatalities_mae"].value == 3.0 and problems == ["A: no record"]


# --- the command ---------------------------------------------------------------------


def test_cli_eval_on_a_tiny_corpus(tmp_path: Path, capsys):
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    (corpus / "a.txt").write_text(
        "Police arrested 12 protesters in Lima on December 7, 2022.\n", encoding="utf-8"
    )
    gold_item = {
        "item_index": 0,
        "headline": None,
        "dates": [{"text": "December 7, 2022", "value": "2022-12-07", "precision": "day"}],
        "event_date": {"text": "December 7, 2022", "value": "2022-12-07", "precision": "day"},
        "places": [{"text": "Lima", "name": "Lima", "kind": "city", "country_code": "PE"}],
        "people": [],
        "organisations": [],
        "counts": [{"text": "12", "value": 12, "category": "detained", "qualifier": "exact"}],
        "event_types": [{"event": "COERCE", "mode": "arrest"}],
    }
    (corpus / "gold" / "a.gold.json").write_text(
        json.dumps({"doc_id": "a.txt", "items": [gold_item]}), encoding="utf-8"
    )
    out = tmp_path / "figures.json"
    argv = ["eval", "--corpus", str(corpus), "--devsets", str(tmp_path), "--json", str(out)]
    assert main(argv) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:5] == ["set", "figure", "P", "R", "F1"]
    figures = json.loads(out.read_text())["figures"]
    assert list(figures) == ["seed"]
    for field in ("dates", "places", "counts", "event_types"):
        assert figures["seed"][field]["tp"] + figures["seed"][field]["fn"] == 1, field
        assert f"seed              {field} " in table
    assert figures["seed"]["event_date_accuracy"]["total"] == 1
    assert main(argv) == 0 and json.loads(out.read_text())["figures"] == figures  # deterministic


def test_cli_eval_usage_errors(tmp_path: Path):
    assert main(["eval", "--corpus", str(tmp_path / "missing")]) == 2
    (tmp_path / "c").mkdir()
    assert main(["eval", "--corpus", str(tmp_path / "c"), "--devsets", str(tmp_path)]) == 2


WORDS = st.sampled_from(
    ["Friday", "shares", "fell.", "Café", "Cafe\u0301", "on", "1998", "Ünïcode"]
)
GAPS = st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n\n", "\t", "\u00a0", "\u200b", "\r\n"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(WORDS, GAPS), min_size=1, max_size=30))
def test_alignment_property_every_item_character_maps_to_its_source(pieces):
    raw = "".join(word + gap for word, gap in pieces)
    prepared = prepare(Document(doc_id="d", text=raw, is_html=False, content_hash="0"))
    if not hasattr(prepared, "items"):
        return  # rejected: nothing to align
    aligner = Aligner(raw)
    for item in prepared.items:
        alignment = aligner.item(item.text)
        for k, char in enumerate(item.text):
            span = alignment.span(k, k + 1)
            assert (span is None) == char.isspace()
            if span is not None:
                assert char in unicodedata.normalize("NFC", raw[span[0] : span[1]])
