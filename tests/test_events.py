"""Event dates from leads: explicit day/month resolved against the page date and the years
the text mentions, relative days (`hôm qua`, `tuần trước`) and weekdays."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SEED

from toolkit.events import event_year, resolve_event_date, years_mentioned
from toolkit.readers import read_article

D = dt.date


def test_seed_lead_resolves_to_the_year_the_text_implies():
    article = read_article(SEED)
    years = years_mentioned(article.title + "\n" + article.body)
    assert {2017, 2020, 2025} <= set(years) and 2021 not in years
    assert resolve_event_date(article.lead, article.published, years).date == D(2020, 10, 12)


@pytest.mark.parametrize(
    ("lead", "published", "years", "expected"),
    [
        ("Sáng 18/12, UBND tỉnh tổ chức hội nghị.", D(2021, 12, 19), [], D(2021, 12, 18)),
        ("Chiều 30/12, đoàn công tác đến thăm.", D(2022, 1, 2), [], D(2021, 12, 30)),
        ("Hôm nay (27/4), Ấn Độ báo cáo thêm ca nhiễm.", D(2021, 4, 27), [2020], D(2021, 4, 27)),
        ("Tại đại hội ngày 29/4, ngân hàng sẽ trình cổ đông.", D(2021, 4, 27), [2018],
         D(2021, 4, 29)),
        ("Ngày 12/4/1961, Liên Xô phóng tàu vũ trụ.", D(2021, 4, 11), [1961], D(1961, 4, 12)),
        ("Vào ngày 30 tháng 10 năm 2008, cô đăng quang.", D(2021, 4, 15), [2008], D(2008, 10, 30)),
        ("Tối qua, mưa lớn gây ngập nhiều tuyến phố.", D(2021, 6, 1), [], D(2021, 5, 31)),
        ("Rạng sáng hôm qua, một vụ cháy xảy ra.", D(2021, 3, 1), [], D(2021, 2, 28)),
        ("Chiều nay, Quốc hội biểu quyết thông qua luật.", D(2021, 6, 1), [], D(2021, 6, 1)),
        ("Hôm kia, công an bắt giữ hai đối tượng.", D(2021, 6, 1), [], D(2021, 5, 30)),
        ("Sáng thứ Hai, thị trường mở cửa giảm điểm.", D(2021, 4, 22), [], D(2021, 4, 19)),
        ("Tối thứ Bảy tuần trước, đội tuyển thắng 2-0.", D(2021, 4, 22), [], D(2021, 4, 17)),
        ("Cơ sở vật chất hiện đại tại đường 3/2 - quận 10", D(2021, 4, 22), [], None),
        ("Theo báo cáo, thị trường tăng 5%.", D(2021, 4, 22), [2021], None),
        ("Sáng 5/3, hội nghị khai mạc.", None, [2019, 2019, 2020], D(2019, 3, 5)),
    ],
)  # fmt: skip
def test_lead_dates(lead, published, years, expected):
    assert resolve_event_date(lead, published, years).date == expected


def test_last_week_is_flagged_approximate():
    resolved = resolve_event_date("Tuần trước, giá xăng tăng.", D(2021, 6, 10), [])
    assert resolved == type(resolved)(D(2021, 6, 3), ("event_date_approximate",))


def test_extractor_hint_is_used_when_it_agrees():
    lead = "Chiều nay (12/10), hội nghị diễn ra."
    assert resolve_event_date(lead, D(2022, 1, 18), [], D(2019, 10, 12)).date == D(2019, 10, 12)
    assert resolve_event_date(lead, D(2022, 1, 18), [], D(2019, 10, 13)).date == D(2021, 10, 12)


def test_event_year_rules():
    assert event_year(12, 10, D(2022, 1, 18), [2020, 2017]) == 2020
    assert event_year(12, 10, D(2022, 1, 18), [2021, 2020]) == 2021
    assert event_year(29, 2, D(2021, 3, 1), []) is None
    assert event_year(1, 1, None, []) is None
