"""Charts: house style, Vietnamese numbers, alt text, SVG text in the named font."""

from __future__ import annotations

import pandas as pd

from toolkit import charts


def _figures():
    return pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "kind": ["count", "fraction", "count", "count"],
            "value": [1030.0, 4.0, 9_400_000.0, 12.0],
            "total": [None, 6.0, None, None],
            "subject": ["người", "nhiệm vụ", "ca mắc", "đảng viên"],
        }
    )


def test_style_file_is_loaded_and_names_the_font():
    assert charts.STYLE_FILE.exists()
    assert charts.FONT == "DejaVu Sans"
    assert charts.STYLE["svg.fonttype"] == "none"


def test_bar_counts_writes_vietnamese_numbers_and_alt_text():
    chart = charts.bar_counts(_figures(), "Các số lượng", "Nguồn: Báo Lạng Sơn, 12/10/2020")
    svg = chart.svg()
    assert "1.030" in svg and "9,4 triệu" in svg and "Nguồn: Báo Lạng Sơn, 12/10/2020" in svg
    assert "DejaVu Sans" in svg
    assert "1.030 người" in chart.alt and chart.alt.startswith("Biểu đồ thanh ngang")
    data, meta = chart._repr_mimebundle_()
    assert meta["image/svg+xml"]["alt"] == chart.alt and data["image/svg+xml"] == svg


def test_part_of_whole_timeline_and_small_multiples():
    pow_chart = charts.part_of_whole(_figures(), "Nhiệm vụ")
    assert "4/6 nhiệm vụ" in pow_chart.alt and "67%" in pow_chart.svg()
    points = pd.DataFrame({"date": ["2020-10-01", "2020-10-05"], "value": [1030, 15.5],
                           "series": ["ca mắc", "ca mắc"]})
    line = charts.timeline(points, "Ca mắc")
    assert "từ 01/10/2020 đến 05/10/2020" in line.alt
    assert "15,5" in line.svg() and "ca mắc" in line.svg()
    multiples = charts.small_multiples(_figures(), {"a": "Bài A", "b": "Bài B"}, "Theo bài")
    assert "Bài A: 1.030 người" in multiples.alt
    assert charts.bar_counts(_figures().iloc[[1]], "x") is None


def test_english_axis_and_source_line():
    assert charts.axis_formatter("en")(1030, 0) == "1,030"
    assert charts.axis_formatter()(2_500_000, 0) == "2,5 triệu"
    assert charts.source_line("Báo Lạng Sơn", "2020-10-12") == "Nguồn: Báo Lạng Sơn, 12/10/2020"
