"""Find every numeric mention in a Vietnamese news article and classify it.

Three compiled patterns find number tokens in one pass each (digit clusters; spelled-out
numbers and `hàng nghìn`; Roman numerals). Each token is then classified from a small window
around it: the last words before it (keywords such as `Chỉ thị`, `khóa`, `ngày`, `năm`, and
qualifiers such as `hơn`, `khoảng`) and one anchored match after it (a multiplier word, `%`,
a currency, a unit, a time word). The contract is docs/figures.md in the shared folder.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from toolkit.dates import is_day_month, iso_date, reference_year, resolve_year
from toolkit.numbers import MULTIPLIERS, parse_digits, parse_roman, parse_spelled

__all__ = ["CONTEXT_KINDS", "KINDS", "STATISTIC_KINDS", "Figure", "find_figures"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One numeric mention: what it says, what kind of number it is, and where it stands."""

    raw: str
    value: float
    value_max: float | None
    total: float | None
    kind: str
    date_iso: str | None
    unit: str
    qualifier: str
    subject: str
    predicate: str
    sentence: str
    paragraph: int
    start: int
    end: int


STATISTIC_KINDS = frozenset({"count", "percent", "money", "measure", "fraction"})
KINDS = (
    "count",
    "percent",
    "money",
    "measure",
    "fraction",
    "date",
    "year",
    "period",
    "duration",
    "time",
    "age",
    "ordinal",
    "identifier",
)
CONTEXT_KINDS = frozenset(KINDS) - STATISTIC_KINDS
# Context kinds that still carry a qualifier (`hơn 3 năm`, `dưới 18 tuổi`).
_QUALIFIED_KINDS = STATISTIC_KINDS | {"duration", "age"}

# ----------------------------------------------------------------------------------------------
# Token patterns
# ----------------------------------------------------------------------------------------------

_NUM = r"\d+(?:[.,]\d+)*"
_NUM_RE = re.compile(_NUM)
_DIGIT_RUN = re.compile(r"\d+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_PLATE = re.compile(r"\d{2}[A-Z]{1,2}\d?(?: ?[-–.] ?| )?\d{3,5}(?:\.\d{2})?(?!\d)")
_COORDINATES = re.compile(r"(\d{1,3}\.\d{4,}),(\d{1,3}\.\d{4,})")
_LIST_ITEM_AFTER = re.compile(r"[.)] +\S")
_NUM_TOKEN = re.compile(rf"{_NUM}(?:(?: ?/ ?| ?[-–] ?){_NUM})*")
_SCALE = (
    r"(?:nghìn|ngàn|vạn|triệu(?! (?:chứng|tập|hồi|phú|phủ|người như))"
    r"|t[ỷỉ](?! (?:lệ|giá|số|trọng|phú|suất)(?!\w)))"
)
_MULT_NEXT = re.compile(rf" ?{_SCALE}(?!\w)")
_SP_CONT = (
    r"(?:mươi|mười|mốt|tư|lăm|nhăm|linh|lẻ|trăm|chục|rưỡi|nửa|một|hai|ba|bốn|sáu|b[ảẩ]y|tám|chín"
    rf"|năm(?= (?:mươi|trăm|nghìn|ngàn|triệu|t[ỷỉ]|chục)(?!\w))|{_SCALE})"
)
_NAM_NOUNS = (
    "người|con|chiếc|cái|lần|ngày|tuần|giờ|phút|giây|ca|bệnh|đội|nước|quốc|tỉnh|thành|xã|huyện|"
    "em|cháu|đối|trường|vụ|căn|ngôi|km|mét|tấn|ha|tầng|bàn|trận|điểm|lượt|loại|nhóm|công|"
    "doanh|dự|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|chục|vạn|lít|kg|cuốn|bộ|tiếng|đêm|phần|sao|bước|"
    "nhà|hộ|gia|cô|anh|chị|ông|bà|cán|chiến|chú|đơn|lớp|cầu|thủ|nhân|giải|huy|mục|bài|kỳ"
)
# Spelled numbers and `hàng nghìn`, after a space (the caller puts one before the line).
_WORD_TOKEN = re.compile(
    r"[ \n(]([HhBbSsTtCcMmNnGg](?:ai|a|ốn|áu|[ảẩ]y|ám|hín|ười"
    r"|ột(?= (?:trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ]|nửa|chục|năm|tháng|tuần|ngày|giờ|tiếng|phút)(?!\w))"
    r"|hứ (?:nhất|nhì|hai|ba|tư|năm|sáu|b[ảẩ]y|tám|chín|mười)(?!\w)"
    r"|iải (?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|[Nn]ăm|[Kk]huyến khích)(?!\w)"
    r"|ả(?= (?:chục|trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ])(?!\w))"
    rf"|ăm(?= (?:{_NAM_NOUNS})(?!\w))"
    r"|àng(?= (?:chục|trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ])(?!\w)))(?!\w)"
    rf"(?: {_SP_CONT}(?!\w))*)"
)
_ROMAN_TOKEN = re.compile(r" ([IVX][IVXLC]*(?:/\d{4})?)(?![\w-])")
_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_PHONE = re.compile(
    r"(?:0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}|0\d{1,4}[ .]\d{5,8}|1[89]00[ .]?\d{2,4}(?:[ .]\d{2,4}){1,3}"
    r"|1[89]00\d{4}|\+84[ .]?\d{2,3}[ .]?\d{3}[ .]?\d{3,4})(?!\d)"
)
_PHONE_RUN = re.compile(r"\+?\d[\d .-]*\d|\d")
_CLOCK = re.compile(r"(\d{1,2}) ?(?:h|g|giờ) ?(\d{2})(?: ?(?:phút|p|')(?!\w))?(?!\d)|"
                    r"(\d{1,2})h(?![^\W\d_])|(\d{1,2}):(\d{2})(?![\d:])")

_SPELLED_HEADS = frozenset(
    {"hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "một", "năm", "hàng", "cả",
     "thứ", "giải"}
)
_ORDINAL_WORDS = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "khuyến khích": 0}
_MOT_TIME_AFTER = re.compile(
    r" (?:năm|tháng|tuần|ngày|giờ|tiếng|phút) (?:qua|trước|sau|rưỡi|nữa|tới|sắp tới)(?!\w)"
)
_MOT_QUALIFIERS = frozenset({"more_than", "nearly", "about", "at_least", "less_than", "at_most"})

# ----------------------------------------------------------------------------------------------
# What may follow a number: one anchored pattern, tried in this order
# ----------------------------------------------------------------------------------------------

_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"đô ?la Singapore|SGD|S\$", "SGD"),
    (r"đô ?la Úc|AUD|A\$", "AUD"),
    (r"đô ?la Hồng Kông|HKD", "HKD"),
    (r"đô ?la Canada|CAD", "CAD"),
    (r"đô ?la Đài Loan|Đài tệ|TWD", "TWD"),
    (r"USD|US\$|[đĐ]ô ?la(?: Mỹ)?|đô-la(?: Mỹ)?|đôla(?: Mỹ)?|đô(?!\w)|\$", "USD"),
    (
        r"VNĐ|VND|vnđ|vnd|đồng(?! (?:chí|nghiệp|bào|đội|hồ|thời|ý|bằng|hương|hành|loạt|tình|minh|"
        r"môn|phạm|lòng|cảm|ca|dao|thanh|nhất|bộ|dạng|phục|hóa|hoá|điệu|xu|quê|cỏ|ruộng|lúa|"
        r"muối|nát|đều|sàng|tử|vị|trinh|chủ|sáng|tâm|cấp|khởi|vọng|tính|phân|đẳng|bọn|lõa|loã|"
        r"tộc|hao|nội|thau|kiểm|thuận|diễn|hội)(?!\w))|đ(?!\w)",
        "VND",
    ),
    (r"euro|Euro|EUR|€", "EUR"),
    (r"yên(?: Nhật)?|JPY|¥", "JPY"),
    (r"nhân dân tệ|Nhân dân tệ|NDT|CNY|tệ", "CNY"),
    (r"bảng(?: Anh)?(?! (?:xếp|đấu|điểm|tin|vàng|[A-H])(?!\w))|GBP|£", "GBP"),
    (r"won|KRW", "KRW"),
    (r"baht|bạt|THB", "THB"),
    (r"rúp|ruble|RUB", "RUB"),
    (r"ringgit|MYR", "MYR"),
    (r"rupee|rupi|INR", "INR"),
    (r"franc|CHF", "CHF"),
    (r"Bitcoin|bitcoin|BTC", "BTC"),
)
_UNITS: tuple[tuple[str, str], ...] = (
    (r"km/h|km/giờ|Km/h", "km/h"),
    (r"m/s", "m/s"),
    (r"km2|km²|km vuông|ki-lô-mét vuông|cây số vuông", "km2"),
    (r"km|Km|KM|ki-lô-mét|kilomet|kilômét|cây số", "km"),
    (r"m2|m²|mét vuông", "m2"),
    (r"m3|m³|mét khối", "m3"),
    (r"cm|mm|µm|nm", ""),
    (r"ha|hecta|héc-ta|héc ta|hécta|hec-ta", "ha"),
    (r"mét|m(?![\w/²³])", "m"),
    (r"tấn", "tấn"),
    (r"tạ", "tạ"),
    (r"kg|Kg|KG|ki-lô-gam|kilogam|kilogram|ký(?! (?:kết|tên|giả|hiệu|ức|sự|túc|họa)(?!\w))", "kg"),
    (r"gam|gram|mg|mcg|µg|g(?![\w/])", ""),
    (r"lít|lit|ml|ML|l(?![\w/])", ""),
    (r"độ C|°C|ºC|oC|độ F|°F", ""),
    (r"độ Richter|độ richter", "độ Richter"),
    (r"inch|in-sơ", "inch"),
    (r"MWh|GWh|kWh|KWh|TWh|MWp|MW|GW|kW|KW|W|kV|KV|mAh|Hz|MHz|GHz", ""),
    (r"Mbps|Gbps|Kbps|TB|GB|MB|KB|MP|megapixel|fps", ""),
    (r"feet|ft|dặm|hải lý|sào|công đất", ""),
    (r"calo|kcal|Kcal|ppm|dB|mmHg|mmol/l|mg/dl|mSv|ms|độ", ""),
    (r"thùng(?= ?(?:dầu|/|\.|,))", "thùng"),
    (r"mã lực|HP|hp|Nm|vòng/phút|cc|tấc", ""),
    (r"carat|ounce|oz|lượng(?= vàng)|chỉ(?= vàng)|cây(?= vàng)", ""),
)
_TIME_WORDS = (
    r"năm|tháng|tuần|ngày|đêm|giờ|phút|giây|thập kỷ|thập niên|thế kỷ|quý(?! (?:[IV]+|\d)(?!\w))|"
    r"tiếng(?! (?:Anh|Việt|Pháp|Nhật|Trung|Hàn|Đức|Nga|nói|động|ồn|kêu|la|hát|chuông|súng|nổ|"
    r"vang|cười|khóc|tăm|thơm|xấu|tốt)(?!\w))"
)
_RIGHT = re.compile(
    r"(?P<pct> ?%| phần trăm(?!\w))"
    rf"| ?(?P<mult>{_SCALE}(?: {_SCALE})?)(?!\w)"
    r"|(?P<age> (?:(?P<aw>năm|tháng|tuần|ngày) )?tuổi)(?!\w)"
    r"| ?(?:"
    + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCIES))
    + r")(?!\w)| ?(?:"
    + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_UNITS))
    + rf")(?![\w²³])| (?P<tw>{_TIME_WORDS})(?!\w)"
    r"| (?P<lan>lần)(?! thứ)(?!\w)"
)
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|USD |€|£) ?$")
_UNIT_RANGE = re.compile(rf" ?(?:đến|tới|-|–) ?({_NUM})")
_RANGE_WORD = re.compile(r" ?(?:đến|tới|-|–|~) ?(?=\d)")
_RATE = re.compile(
    r" ?/ ?((?:\d+ ?)?(?:năm|tháng|tuần|ngày|đêm|giờ|h|phút|giây|người|hộ|ha|sào|kg|tấn|tạ|lít|"
    r"m2|m3|km|km2|con|thùng|lượng|chỉ|cổ phiếu|cp|vé|suất|lần|ca|xe|chuyến|lượt|căn|m|chiếc|"
    r"gói|liều|USD|đồng|dân|trận|km2|học sinh|sản phẩm|lít|tháng|quý|vụ|lứa|s))(?!\w)"
)
_TRO_LEN = re.compile(r"(?: [^\W\d_]+){0,3}? trở (lên|xuống)(?!\w)")
_PERIOD_AFTER = re.compile(r" (?:đầu|cuối|giữa)(?!\w)| (?:năm|của năm) \d{4}")
_DAYPART_AFTER = re.compile(r" (?:sáng|chiều|tối|trưa|đêm|khuya|ngày \d|hôm)(?!\w)")
_RUOI = re.compile(r" rưỡi(?!\w)")
_DATE_AFTER_WEEKDAY = re.compile(r",? ?\(?(?:ngày )?\d{1,2}/\d{1,2}")
_CLOCK_AFTER_GIO = re.compile(r" ?(?:\d{1,2}(?: ?phút)?|sáng|chiều|tối|trưa|đêm|khuya|ngày \d|hôm)(?!\w)")
_HOUR_MINUTE = re.compile(r" ?(\d{1,2})(?: ?phút)?(?!\d)")
_MONTH_YEAR_AFTER = re.compile(r" ?(?:năm|/|,? năm) ?(\d{4})(?!\d)")
_DAY_MONTH_AFTER = re.compile(r" tháng (\d{1,2})(?: ?(?:năm|, năm|/) ?(\d{4}))?(?!\d)")
_ID_TAIL = re.compile(r"/[A-ZĐ]|-[A-ZĐ]{2}")
_FROM_BREAKS = re.compile(r"(?: [^\W\d_]+){0,4} (?:xuống|lên|còn|sang|đến|tới) (?:\w+ )?\d")
_PLACE_AFTER_TREN = re.compile(
    r" ?(?:tỉnh|thành|địa bàn|quốc gia|nước|xã|huyện|phường|tuyến|lĩnh vực|khu|điểm|trang|kênh|"
    r"nền tảng|trường|sân|tờ|cơ sở|chuyến|địa phương|thị trường|toàn|khắp|cả)(?!\w)"
)
_SCORE_LEFT = re.compile(
    r"tỷ số|tỉ số|thắng|thua|hòa|hoà|đánh bại|cách biệt|trận|cầm hòa|dẫn|vượt qua|gỡ|"
    r"nâng|rút ngắn|chung cuộc|loạt sút|luân lưu|set|ván|bàn|đội",
    re.IGNORECASE,
)
_DMY = re.compile(r"(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})")
_DM = re.compile(r"(\d{1,2}) ?/ ?(\d{1,2})")
_MY = re.compile(r"(\d{1,2}) ?[/-] ?(\d{4})")
_DAY_RANGE = re.compile(r"(\d{1,2}) ?[-–] ?(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))?")
_DATE_RANGE = re.compile(
    r"(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))? ?[-–] ?(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))?"
)
_DATE_TO = re.compile(
    r" ?(?:đến|tới|-|–) ?(?:(?:ngày|hết ngày|tháng|hết tháng) )?(\d{1,2})(?:/(\d{1,2}))?(?:/(\d{4}))?(?![\d/])"
)
_PAIR = re.compile(rf"({_NUM}) ?([-–/]) ?({_NUM})")

# ----------------------------------------------------------------------------------------------
# Words before a number
# ----------------------------------------------------------------------------------------------

_QUALIFIER_WORDS: dict[str, str] = {}
for _name, _phrases in {
    "less_than": ("dưới", "chưa đến", "chưa tới", "chưa đầy", "chưa được", "không đến",
                  "không tới", "không đầy", "thấp hơn", "ít hơn"),
    "at_most": ("không quá", "không vượt quá", "tối đa", "lên tới", "lên đến", "nhiều nhất"),
    "at_least": ("ít nhất", "ít nhất là", "tối thiểu", "từ"),
    "more_than": ("hơn", "trên", "nhiều hơn", "cao hơn", "hơn cả"),
    "nearly": ("gần", "suýt", "xấp xỉ", "ngót", "ngót nghét", "tới gần", "gần như", "sát"),
    "about": ("khoảng", "chừng", "ước tính", "ước khoảng", "ước", "tầm", "cỡ", "độ chừng",
              "trên dưới", "xung quanh", "khoảng chừng", "ước chừng", "vào khoảng"),
}.items():
    for _p in _phrases:
        _QUALIFIER_WORDS[_p] = _name

_PHONE_KEYWORDS = frozenset(
    {"hotline", "đường dây nóng", "điện thoại", "số điện thoại", "tổng đài", "sđt", "đt", "fax",
     "tel", "điện thoại số", "đường dây nóng số", "hotline:", "zalo", "di động", "máy lẻ"}
)
_LEFT_KEYWORDS: dict[str, str] = {}
for _kind, _words in {
    "ordinal": (
        "thứ", "khóa", "khoá", "vòng", "top", "hạng", "đợt", "lượt", "làn sóng", "lớp",
        "cấp độ", "mức độ", "bậc", "vị trí", "kỳ", "phiên", "hiệp", "ván", "chặng", "mùa", "tập",
        "đại hội", "hội nghị", "kỳ họp", "tầng", "số thứ tự", "chương trình", "giải", "á hậu",
        "á quân", "á khôi", "hạt giống", "bảng xếp hạng", "lần",
    ),
    "identifier": (
        "chỉ thị", "nghị định", "nghị quyết", "quyết định", "thông tư", "công văn", "thông báo",
        "kết luận", "công điện", "điều", "khoản", "chương", "mục", "phụ lục", "số", "ngõ",
        "ngách", "hẻm", "kiệt", "quốc lộ", "tỉnh lộ", "đường tỉnh", "ql", "tl", "đt", "km", "tổ",
        "tổ dân phố", "khu phố", "thôn", "xóm", "ấp", "khối", "phường", "quận", "cấp", "phòng",
        "lô", "căn hộ", "tòa", "toà", "block", "biển số", "biển kiểm soát", "bks", "bệnh nhân",
        "bn", "tuýp", "type", "typ", "nhóm", "phiên bản", "mã", "mã số", "model", "chuyến bay",
        "sư đoàn", "trung đoàn", "lữ đoàn", "quân khu", "quân đoàn", "tiểu đoàn", "đại đội",
        "tuyến", "ga", "cổng", "trạm", "khu vực", "cao tốc", "bảng", "kênh", "sân", "làn",
        "hầm", "đề án", "covid", "sars-cov", "phần", "loại", "nhà", "đường", "mẫu", "series",
        "tier", "level", "gen", "chủng", "đoạn", "trụ", "cầu", "bến", "lò", "giếng", "khoang",
        "cửa", "số hiệu", "biên bản", "mô hình", "khu", "dãy", "căn", "ô", "thửa", "tờ",
        "tờ bản đồ", "thửa đất", "hộp thư", "tài khoản", "bản", "bưu cục", "xe", "tàu",
        "máy bay", "hạng mục", "gói thầu", "ca bệnh", "ca", "tiêu chí", "xã", "đội",
        "iphone", "galaxy", "windows", "android", "ios", "pháp lệnh", "luật số", "chấm",
    ),
    "date": (
        "ngày", "hôm", "mùng", "mồng", "rạng sáng", "sáng", "chiều", "tối", "trưa", "đêm",
        "khuya", "sáng sớm", "sáng nay", "chiều nay", "tối nay", "trưa nay", "đêm nay",
        "hôm nay", "chủ nhật",
    ),
    "month": ("tháng",),
    "year": ("năm", "sinh năm", "sn", "đầu năm", "cuối năm", "giữa năm", "từ năm", "mùa hè", "hè",
             "mùa xuân", "mùa thu", "mùa đông", "tết"),
    "period": (
        "nhiệm kỳ", "giai đoạn", "niên độ", "niên khóa", "niên khoá", "mùa giải", "năm học",
        "thập niên", "thập kỷ", "thế kỷ", "những năm", "quý", "niên vụ", "vụ", "kế hoạch",
        "năm tài chính", "tài khóa",
    ),
    "time": ("lúc", "vào lúc", "phút", "phút thứ"),
    "age": ("tuổi", "độ tuổi", "ở tuổi", "lứa tuổi", "nhóm tuổi", "tuổi đời"),
}.items():
    for _w in _words:
        _LEFT_KEYWORDS[_w] = _kind
for _w in _PHONE_KEYWORDS:
    _LEFT_KEYWORDS[_w] = "phone"
# Keywords that yield when a unit follows (`số 5 người`? no: `nhóm 3 người`, `ca 5 tỷ`...).
_WEAK_KEYWORDS = frozenset(
    {"số", "nhóm", "khu", "tổ", "cấp", "mức độ", "loại", "vụ", "kế hoạch", "chương trình",
     "mô hình", "đề án", "lô", "phần", "bảng", "vòng", "làn", "tập", "kỳ", "mùa", "hạng", "bậc",
     "tuyến", "đoạn", "cầu", "sân", "trạm", "nhà", "cửa", "hầm", "lò", "giếng", "khoang", "mẫu",
     "phiên", "đợt", "lượt", "vị trí", "km", "đại hội", "hội nghị", "lớp", "phút", "trụ", "bến",
     "ga", "khối", "tầng", "phòng", "block", "gen", "level", "chủng", "series", "ván", "chặng",
     "hiệp", "cổng", "khu vực", "kênh", "điều", "khoản", "mục", "ngày", "hôm", "sáng", "chiều",
     "tối", "trưa", "đêm", "khuya", "đường", "dãy", "căn", "ô", "tờ", "bản", "xe", "tàu",
     "máy bay", "hạng mục", "ca", "tiêu chí", "xã", "đội", "giải", "tết", "mùa hè", "mùa xuân",
     "mùa thu", "mùa đông", "thửa", "sáng nay", "chiều nay", "tối nay", "trưa nay", "đêm nay",
     "hôm nay", "chủ nhật", "sáng sớm", "rạng sáng", "mùng", "mồng"}
)
_KW_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in _LEFT_KEYWORDS)
_QUAL_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in _QUALIFIER_WORDS)
_ROMAN_KEYWORDS: dict[str, str] = {
    "khóa": "ordinal", "khoá": "ordinal", "thứ": "ordinal", "kỳ": "ordinal",
    "đại hội": "ordinal", "hội nghị": "ordinal", "lần": "ordinal", "đợt": "ordinal",
    "vòng": "ordinal", "hạng": "ordinal", "cấp": "identifier", "quý": "period",
    "thế kỷ": "period", "giai đoạn": "identifier", "phần": "identifier", "chương": "identifier",
    "mục": "identifier", "phụ lục": "identifier", "loại": "identifier", "nhóm": "identifier",
    "tier": "identifier", "quân khu": "identifier", "quân đoàn": "identifier",
    "sư đoàn": "identifier", "khu vực": "identifier", "vùng": "identifier",
    "tập": "identifier", "trung ương": "ordinal", "kỳ họp": "ordinal", "quốc hội": "ordinal",
    "khu": "identifier", "bảng": "identifier", "điều": "identifier", "pháp lệnh": "identifier",
    "hội đồng": "ordinal", "ban chấp hành": "ordinal", "thế chiến": "ordinal",
    "chiến tranh thế giới": "ordinal", "mùa": "ordinal",
}
_DATE_TRIGGERS = frozenset(
    {"ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "nay", "qua", "vào", "từ",
     "đến", "tới", "mùng", "mồng", "lúc", "dịp", "hạn", "(", "ngày:", "nhật", "lễ", "tết"}
)
_DATE_FOLLOW = frozenset(
    {"vừa", "tới", "này", "năm", "qua", "tại", "ở", "đến", "và", "hoặc", "nhằm", "theo", "cho",
     "sẽ", "đã", "của", "hàng", "là", "thì", "mới", "sau", "trước", "nay", "đó", "kia", "với",
     "khi", "do", "để", "lúc", "trên", "dưới", "như", "bởi", "vẫn", "cũng", "vào", "trong",
     "đang", "thông", "tổ", "diễn", "kết", "ra", "có", "được", "bị"}
)
_SPELLED_SKIP_NEXT: dict[str, frozenset[str]] = {
    "hai": frozenset({"là", "bên", "lúa", "mặt", "chiều", "tay", "vai", "ba"}),
    "ba": frozenset({"vòng", "lô", "gác", "hoa", "mẹ", "má", "tôi", "em", "anh", "chị", "ơi", "của", "là", "ba", "bốn",
                     "nó", "cháu", "ruột", "vợ", "chồng", "nuôi", "dượng", "bé", "mình", "ấy",
                     "đẻ", "già", "Bị", "bị", "đã", "đang", "vẫn", "không", "cũng"}),
    "bốn": frozenset({"phương", "bề", "mùa", "là", "bể", "biển", "năm"}),
    "chín": frozenset({"muồi", "chắn", "đỏ", "mọng", "rục", "tới", "là", "vàng", "cây", "quả",
                       "trái", "kỹ", "kĩ", "hẳn", "dần", "nục", "mười", "sớm", "ép", "đều"}),
    "sáu": frozenset({"là", "bảy"}),
    "bảy": frozenset({"là", "tám", "nổi", "chìm"}),
    "tám": frozenset({"là", "chín", "chuyện", "nhảm"}),
    "mười": frozenset({"phân", "là", "mươi"}),
}
_SPELLED_SKIP_PREV = frozenset(
    {"cả", "tháng", "lớp", "số", "mùng", "mồng", "năm", "một", "vài", "mấy", "dăm", "đôi",
     "chương", "tầng", "phần", "quý", "ngày", "kỳ", "khóa", "khoá", "đời", "hạng", "top",
     "nhất", "bé", "anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "cậu", "dì", "út",
     "thằng", "con", "giải", "bằng", "thập", "lần", "mười", "đứng", "vị"}
)
_WEEKDAY_PREV = frozenset(
    {"sáng", "chiều", "tối", "trưa", "đêm", "khuya", "hôm", "ngày", "vào", "từ", "đến", "tới",
     "các", "mỗi", "hàng", "cuối", "đầu", "thứ", "sớm", "rạng", "là", "trước", "sau", "nay"}
)
_COUNTED_NOUNS = frozenset(
    {"người", "ca", "điểm", "bàn", "trận", "lần", "chiếc", "con", "cái", "căn", "hộ", "vụ",
     "tỉnh", "nước", "đội", "em", "trẻ", "xã", "huyện", "ngày", "tuổi", "năm", "tháng", "tuần",
     "giờ", "phút", "giây", "lượt", "suất", "liều", "học", "sinh", "bệnh", "bác", "cầu", "thí",
     "thành", "công", "doanh", "dự", "cơ", "trường", "đơn", "tác", "cuốn", "bài", "ca", "mẫu",
     "đối", "trường", "vé", "xe", "tàu", "chuyến", "thẻ", "bộ", "loại", "nhóm", "cặp", "gia",
     "hạng", "huy", "giải", "kg", "tấn", "km", "m", "ha", "tỷ", "triệu", "nghìn", "ngàn"}
)
_SO_COUNTING = frozenset(
    {"trong", "con", "tổng", "với", "có", "chiếm", "đạt", "điểm", "tỷ", "tỉ", "là", "lên", "xuống",
     "thêm", "ở", "mức", "nâng"}
)
_ADDRESS_PREV = frozenset(
    {"trú", "ở", "tại", "chỉ", "address", "số", "nhà", "đường", "phố", "trụ", "sở", "ngụ", "về"}
)
_SENTENCE_OPENERS = frozenset('.!?:;"“”([-–•*…+>')
_WORD_PUNCT = "-+(“\"[•*'‘…>:,;)”]"

# ----------------------------------------------------------------------------------------------
# Subject, predicate, sentence
# ----------------------------------------------------------------------------------------------

_SUBJECT_RUN = re.compile(r" ?([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,5})")
_SUBJECT_STOP = frozenset(
    {"có", "của", "đã", "đang", "sẽ", "được", "bị", "là", "và", "với", "cho", "trong", "tại",
     "ở", "từ", "đến", "tới", "theo", "khi", "nhưng", "thì", "mà", "nên", "vì", "do", "để",
     "so", "trên", "dưới", "về", "ra", "vào", "lên", "xuống", "hơn", "như", "cũng", "đều",
     "còn", "nữa", "hay", "hoặc", "gồm", "bao", "thuộc", "tương", "tức", "nhằm", "qua", "sau",
     "trước", "vừa", "cùng", "chỉ", "kể", "khoảng", "gần", "nhiều", "ít", "trở", "rồi",
     "thêm", "liên", "tiếp", "nhau", "đạt", "giảm", "tăng", "chiếm", "lại", "vẫn", "không",
     "chưa", "phải", "cần", "năm", "tháng", "ngày", "mỗi", "mức", "nay", "bằng", "bởi",
     "luôn", "đó", "kia", "ấy", "vượt", "sang", "xong", "hết", "lúc", "hàng", "ước", "tổng",
     "riêng", "bình", "đầu", "này", "ngoài", "thay", "nhờ", "giữa", "phía", "suốt", "bên",
     "dành", "vậy", "thế", "đây", "nhé", "ạ", "thôi", "lắm", "rất", "quá"}
)
_CLAUSE_MARK = re.compile(r"[,;:()“”\"\[\]–\n]")
_ASPECT = frozenset({"đã", "đang", "sẽ", "vừa", "từng"})
_COUNT_UNITS = frozenset(
    {"người", "ca", "lượt", "vụ", "con", "chiếc", "hộ", "căn", "cái", "suất", "liều", "chuyến",
     "điểm"}
)
_SENTENCE_START = re.compile(r"\n|[.!?…]+[\"”’»)]* +(?=[\"“‘(\[]?(\w))")
_ABBREV = frozenset(
    {"tp", "ths", "ts", "bs", "gs", "pgs", "st", "mr", "mrs", "ms", "dr", "th", "q", "p", "tt",
     "ks", "cn", "đh", "co", "inc", "ltd", "no", "vol", "vs", "v.v", "ths.bs", "bsckii", "bscki",
     "tx", "h", "mt", "hcm", "tp.hcm", "bác", "ông", "bà"}
)


# ----------------------------------------------------------------------------------------------
# Working record
# ----------------------------------------------------------------------------------------------


class _Row:
    """Mutable draft of a Figure while one token is classified (offsets within the line)."""

    __slots__ = ("raw", "value", "value_max", "total", "kind", "date_iso", "unit", "qualifier",
                 "start", "end", "subj_from", "day", "month", "year", "q_start")

    def __init__(self, start: int, end: int, raw: str, value: float, kind: str = "count") -> None:
        self.start = self.q_start = start
        self.end = self.subj_from = end
        self.raw = raw
        self.value = value
        self.kind = kind
        self.value_max: float | None = None
        self.total: float | None = None
        self.date_iso: str | None = None
        self.unit = ""
        self.qualifier = ""
        self.day: int | None = None
        self.month: int | None = None
        self.year: int | None = None


class _Left:
    """The words before a token, lower-cased, with the keyword and qualifier they end in."""

    __slots__ = ("before", "words", "keyword", "kw_kind", "qualifier", "q_len", "glued")

    def __init__(self, line: str, start: int) -> None:
        before = line[max(0, start - 40):start]
        cut = before.rfind("\n")
        if cut >= 0:
            before = before[cut + 1:]
        self.before = before
        self.glued = bool(before) and not before[-1].isspace()
        words = [w.strip(_WORD_PUNCT) for w in before.lower().split()[-4:]] if not self.glued else []
        self.words = words
        self.keyword = ""
        self.kw_kind = ""
        self.qualifier = ""
        self.q_len = 0
        n = len(words)
        if not n:
            return
        last = words[-1]
        for k in (3, 2, 1) if last in _KW_LAST else ():
            if n >= k:
                phrase = " ".join(words[-k:]) if k > 1 else last
                kind = _LEFT_KEYWORDS.get(phrase)
                if kind:
                    if phrase == "số" and n >= 2:
                        # `Nghị định số 100`, `căn hộ số 5`: the noun before `số` decides
                        for j in (2, 1):
                            if n >= j + 1:
                                prev = " ".join(words[-j - 1:-1])
                                if _LEFT_KEYWORDS.get(prev) in ("identifier", "ordinal"):
                                    phrase, kind = prev, _LEFT_KEYWORDS[prev]
                                    break
                    self.keyword, self.kw_kind = phrase, kind
                    break
        for k in (3, 2, 1) if last in _QUAL_LAST else ():
            if n >= k:
                phrase = " ".join(words[-k:]) if k > 1 else last
                qual = _QUALIFIER_WORDS.get(phrase)
                if qual:
                    self.qualifier, self.q_len = qual, k
                    break
        if self.qualifier and not self.keyword and n > self.q_len:
            for k in (2, 1):  # `tuổi đời hơn 10 năm`
                phrase = " ".join(words[-self.q_len - k:-self.q_len])
                if _LEFT_KEYWORDS.get(phrase) == "age":
                    self.keyword, self.kw_kind = phrase, "age"
                    break

    def words_before(self, k: int) -> list[str]:
        """The words before the last `k` ones."""
        return self.words[:-k] if k else self.words


# ----------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------


def find_figures(
    body: str, *, title: str = "", published: dt.date | None = None
) -> list[Figure]:
    """Every numeric mention of `title` (paragraph -1) and `body` (one paragraph per line),
    classified per the figures contract, sorted by (paragraph, start)."""
    title_rows = _scan(title) if title else []
    body_rows = _scan(body)
    reference: int | None = None
    mentioned: list[int] = []
    needs_year = False
    for row in title_rows + body_rows:
        if row.year is not None:
            mentioned.append(row.year)
            if row.kind == "period" and row.value_max and row.value_max > row.year:
                mentioned.append(int(row.value_max))
        elif row.kind == "date" and row.month is not None and row.date_iso is None:
            needs_year = True
    if needs_year:
        reference = reference_year(mentioned, published)
        for row in title_rows + body_rows:
            if row.kind == "date" and row.date_iso is None and row.month is not None:
                year = resolve_year(row.day, row.month, reference, published)
                row.date_iso = iso_date(year, row.month, row.day)
    figures = _freeze(title, title_rows, [0], [-1]) if title_rows else []
    if body_rows:
        starts: list[int] = []
        numbers: list[int] = []
        offset = 0
        index = 0
        for line in body.split("\n"):
            if line.strip():
                starts.append(offset)
                numbers.append(index)
                index += 1
            offset += len(line) + 1
        figures.extend(_freeze(body, body_rows, starts, numbers))
    return figures


def _freeze(text: str, rows: list[_Row], starts: list[int], numbers: list[int]) -> list[Figure]:
    """Figures for the rows of one text whose non-blank lines begin at `starts`."""
    sentences = _sentence_starts(text)
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    out: list[Figure] = []
    for row in rows:
        para = numbers[bisect_right(starts, row.start) - 1]
        out.append(_to_figure(para, text, row, sentences, marks))
    return out


# ----------------------------------------------------------------------------------------------
# Scanning
# ----------------------------------------------------------------------------------------------


def _scan(text: str) -> list[_Row]:
    """Classify every number token of a text (lines never share a token), in order."""
    tokens: list[tuple[int, int, re.Match[str]]] = [
        (m.start(), 0, m) for m in _NUM_TOKEN.finditer(text)
    ]
    extra = [(m.start(), 1, m) for m in _WORD_TOKEN.finditer(" " + text)]
    if " I" in text or " V" in text or " X" in text:
        extra.extend((m.start(1), 2, m) for m in _ROMAN_TOKEN.finditer(text))
    if extra:
        tokens.extend(extra)
        tokens.sort(key=lambda t: t[0])
    rows: list[_Row] = []
    skip_to = 0
    urls = _url_spans(text) if ("http" in text or "www." in text) else ()
    for start, source, match in tokens:
        if start < skip_to:
            if source != 0 or match.end() <= skip_to:
                continue
            match = _NUM_TOKEN.search(text, skip_to, match.end())
            if match is None or text[match.start() - 1].isdigit():
                continue
            start = match.start()
        if urls and any(a <= start < b for a, b in urls):
            continue
        if source == 0:
            new = _digits_token(text, match)
        elif source == 1:
            new = _word_token(text, match)
        else:
            new = _roman_token(text, match)
        for row in new:
            rows.append(row)
            skip_to = max(skip_to, row.subj_from if row.unit else row.end)
    if len(rows) > 1:
        _share_units(text, rows)
    return rows


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of web addresses, whose digits are not figures."""
    return [(m.start(), m.end()) for m in _URL.finditer(text)]


def _squash(text: str) -> str:
    """Collapse runs of whitespace to one space."""
    return " ".join(text.split())


def _first_number(text: str) -> float:
    """The first group of digits in `text` as a float (0 when there is none)."""
    match = _DIGIT_RUN.search(text)
    return float(match.group()) if match else 0.0


def _digits_token(line: str, match: re.Match[str]) -> list[_Row]:
    """Rows for a digit cluster: a number, a range, a date, a fraction, a score, a name."""
    text = match.group()
    start, end = match.start(), match.end()
    first = text[0]
    if (first == "0" or first == "1") and (
        len(text) >= 7 or (line[end:end + 1] in (" ", ".") and line[end + 1:end + 2].isdigit())
    ):
        phone = _PHONE.match(line, start)
        if phone and (phone.end() > end or len(text) >= 9) and not line[start - 1:start].isalnum():
            return [_Row(start, phone.end(), phone.group(), _first_number(text), "identifier")]
    nxt = line[end:end + 1]
    if nxt in ("h", "g", ":") or line.startswith(" giờ ", end) or line.startswith(" h", end):
        clock = _CLOCK.match(line, start)
        if clock and clock.end() > end and text.isdigit():
            return [_clock_token(line, clock)]
    left = _Left(line, start)
    if left.kw_kind == "phone":
        run = _PHONE_RUN.match(line, start)
        stop = run.end() if run else end
        return [_Row(start, stop, line[start:stop], _first_number(text), "identifier")]
    if "/" in text or "-" in text or "–" in text:
        return _compound_token(line, text, start, end, left)
    if line[end:end + 1].isalpha() and line[end:end + 1].isupper():
        plate = _PLATE.match(line, start)
        if plate and plate.end() > end + 2:
            return [_Row(start, plate.end(), plate.group(), _first_number(text), "identifier")]
    if text.isdigit() and (len(text) >= 9 or (first == "0" and len(text) >= 6)):
        return [_Row(start, end, text, _first_number(text), "identifier")]
    dotted = _DOTTED_DATE.fullmatch(text)
    if dotted and is_day_month(int(dotted.group(1)), int(dotted.group(2))):
        row = _Row(start, end, text, float(dotted.group(1)), "date")
        row.day, row.month, row.year = (int(g) for g in dotted.groups())
        row.date_iso = iso_date(row.year, row.month, row.day)
        return [row]
    coords = _COORDINATES.fullmatch(text)
    if coords:
        second = start + coords.start(2)
        return [
            _Row(start, start + len(coords.group(1)), coords.group(1), float(coords.group(1)),
                 "identifier"),
            _Row(second, end, coords.group(2), float(coords.group(2)), "identifier"),
        ]
    if _is_list_item(line, start, end, left):
        return [_Row(start, end, text, float(text), "ordinal")]
    value = parse_digits(text)
    if value is not None and "," in text and len(text) - text.rfind(",") == 4 and \
            "." not in text and _MULT_NEXT.match(line, end):
        value = float(text.replace(",", "."))  # `7,043 tỷ`: a decimal before a multiplier
    if value is None:
        return [_Row(start, end, text, _first_number(text), "identifier")]
    row = _Row(start, end, text, value)
    return [_classify_single(line, row, left, plain=text.isdigit())]


def _is_list_item(line: str, start: int, end: int, left: _Left) -> bool:
    """`1. Baby Shark`: a small number opening a line or sentence, then `.` or `)`."""
    if end - start > 2 or left.glued and left.before or not _LIST_ITEM_AFTER.match(line, end):
        return False
    head = left.before.rstrip()
    return not head or head[-1] in ".!?:;\n" or head.endswith(("-", "–", "+", "•"))


def _classify_single(line: str, row: _Row, left: _Left, *, plain: bool) -> _Row:
    """Kind, unit, qualifier and subject of a single number."""
    # 1. digits glued to letters are part of a name: Covid-19, Mazda3, U23, Top1
    if _glued_name(line, row, left):
        return row
    keyword, kw_kind = left.keyword, left.kw_kind
    # 2. a strong keyword just before decides (`ngày 4 tháng 9` beats the time word), unless
    #    a physical unit, a currency or `%` follows (`cao tốc 2km`)
    if kw_kind and (keyword not in _WEAK_KEYWORDS or (
        kw_kind == "date" and _DAY_MONTH_AFTER.match(line, row.end)
    )) and not (kw_kind in ("identifier", "ordinal") and keyword not in ("km", "chấm")
                and _strong_unit(line, row.end)) \
            and _apply_keyword(line, row, left):
        return row
    # 3. what follows: multiplier, range, percent, currency, unit, time word
    if _after_number(line, row, left):
        _qualify(line, row, left)
        return row
    if kw_kind and _apply_keyword(line, row, left):
        return row
    # 4. a player's minute (`Varane (Nacho 45)`); a capitalised name before (SEA Games 30)
    if _lineup_minute(line, row, left):
        row.kind, row.unit = "time", "phút"
        return row
    if not left.qualifier and _after_name(left.before) and not _counted_noun_after(line, row.end):
        row.kind = "identifier"
        return row
    if plain and _address_number(line, row, left):
        row.kind = "identifier"
        return row
    if plain and row.value_max is None and len(row.raw) == 4 and 1900 <= row.value <= 2100:
        _set_year(row)
        return row
    _qualify(line, row, left)
    _count_unit(line, row)
    return row


def _strong_unit(line: str, pos: int) -> bool:
    """True when `%`, a currency or a physical unit follows `pos`."""
    right = _RIGHT.match(line, pos)
    return right is not None and (right.lastgroup or " ")[0] in "pcu"


def _counted_noun_after(line: str, pos: int) -> bool:
    """True when a common counted noun follows (`Atletico 2 điểm`, `Nam Định 1 bàn`)."""
    if line[pos:pos + 1] != " ":
        return False
    stop = line.find(" ", pos + 1)
    word = line[pos + 1:stop if stop > 0 else len(line)].rstrip(",.;:)")
    return word in _COUNTED_NOUNS


def _lineup_minute(line: str, row: _Row, left: _Left) -> bool:
    """`Varane (Nacho 45)`, `Bàn thắng: Militao 76`: the minute of a player's event."""
    if row.value > 130 or not row.raw.isdigit() or left.glued:
        return False
    nxt = line[row.end:row.end + 1]
    if nxt not in (")", ",", ";", "", "\n") and not line.startswith(" và ", row.end):
        return False
    name = left.before.rstrip().rsplit(" ", 1)[-1].lstrip("(")
    if not name[:1].isupper() or not name[-1:].isalpha() or name.lower() in _LEFT_KEYWORDS:
        return False
    start = row.start
    line_start = line.rfind("\n", 0, start) + 1
    inside = line.rfind("(", line_start, start) > line.rfind(")", line_start, start)
    if inside and nxt == ")":
        return True
    head = line[line_start:start]
    return "Bàn thắng" in head or "Ghi bàn" in head or "ghi bàn:" in head


def _address_number(line: str, row: _Row, left: _Left) -> bool:
    """`trú 179 Ngô Mây`, `Address: 198 Tran Quang Khai`: a house number before a street."""
    if row.value > 9999 or line[row.end:row.end + 1] != " ":
        return False
    words = line[row.end + 1:row.end + 40].split(" ", 2)
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words[:2]):
        return False
    prev = left.words[-1] if left.words else ""
    return prev in _ADDRESS_PREV or left.before.rstrip()[-1:] in (",", "-", ":", "–")


def _set_year(row: _Row) -> None:
    row.kind = "year"
    row.year = int(row.value)
    row.date_iso = iso_date(row.year)


def _glued_name(line: str, row: _Row, left: _Left) -> bool:
    """Identifier (ordinal for `Top1`) when the digits are glued to letters; True if so."""
    start, end = row.start, row.end
    if left.glued:
        prev = line[start - 1]
        if prev.isalpha() or (prev == "-" and start >= 2 and (
            line[start - 2].isalpha() or (line[start - 2] == " " and line[start - 3:start - 2].isalpha())
        )):
            word = left.before.rsplit(None, 1)[-1].rstrip("-").lower()
            row.kind = "ordinal" if word == "top" else "identifier"
            return True
    nxt = line[end:end + 1]
    if (nxt.isalpha() and not _RIGHT.match(line, end)) or (
        nxt == "-" and line[end + 1:end + 2].isalpha()
    ):
        row.kind = "identifier"  # `5G`, `8-pin`
        return True
    return False


def _apply_keyword(line: str, row: _Row, left: _Left) -> bool:
    """Apply the context keyword found before the number; False when it does not fit."""
    keyword, kind, value = left.keyword, left.kw_kind, row.value
    plain = row.raw.isdigit()
    if kind == "phone":
        kind = "identifier"
    if kind == "year":
        if plain and 1000 <= value <= 2100:
            _set_year(row)
            return True
        return False
    if kind == "month":
        return _month(line, row)
    if kind == "date":
        if not (plain and 1 <= value <= 31):
            return False
        dm = _DAY_MONTH_AFTER.match(line, row.end)
        if keyword not in ("ngày", "hôm", "mùng", "mồng") and not dm:
            return False
        row.kind = "date"
        row.day = int(value)
        if dm and 1 <= int(dm.group(1)) <= 12:
            row.month = int(dm.group(1))
            row.end = row.subj_from = dm.end()
            row.raw = line[row.start:row.end]
            if dm.group(2):
                row.year = int(dm.group(2))
                row.date_iso = iso_date(row.year, row.month, row.day)
        return True
    if kind == "time":
        if keyword.startswith("phút") or value <= 24:
            row.kind = "time"
            return True
        return False
    if kind == "age":
        row.kind = "age"
        row.unit = "tuổi"
        _extend_range(line, row)
        return True
    if kind == "period":
        if keyword == "quý":
            if value > 4:
                return False
            row.kind = "period"
            my = _MONTH_YEAR_AFTER.match(line, row.end)
            if my:
                row.year = int(my.group(1))
                row.end = row.subj_from = my.end()
                row.raw = line[row.start:row.end]
            return True
        if keyword in ("thập niên", "thập kỷ", "những năm", "thế kỷ"):
            row.kind = "period"
            return True
        if plain and 1000 <= value <= 2100:
            _set_year(row)
            return True
        if keyword == "giai đoạn":
            row.kind = "ordinal"
            return True
        return False
    if kind == "identifier" and keyword in ("ca", "xã", "đội", "xe", "tàu") and value > 99:
        return False
    if keyword == "thứ" and 2 <= value <= 7 and plain and (
        left.words[-2:-1] and left.words[-2] in _WEEKDAY_PREV
        or _DATE_AFTER_WEEKDAY.match(line, row.end)
    ):
        row.kind = "date"  # `sáng thứ 2`: a weekday
        return True
    if keyword == "số" and left.words[-2:-1] and left.words[-2] in _SO_COUNTING:
        return False  # `trong số 307 công dân`, `con số 50`
    if keyword == "nhóm" and line[row.end:row.end + 1] == " " and line[row.end + 1:row.end + 2].islower():
        return False  # `nhóm 10 nước`
    row.kind = kind
    return True


def _month(line: str, row: _Row) -> bool:
    """`tháng 10`, `tháng 10 năm 2019`: a date with no day (ISO `YYYY-MM`)."""
    if not (row.raw.isdigit() and 1 <= row.value <= 12):
        return False
    row.kind = "date"
    row.month = int(row.value)
    my = _MONTH_YEAR_AFTER.match(line, row.end)
    if my:
        row.year = int(my.group(1))
        row.end = row.subj_from = my.end()
        row.raw = line[row.start:row.end]
        row.date_iso = iso_date(row.year, row.month)
    return True


def _scale_factor(words: str) -> float:
    factor = 1.0
    for word in words.split():
        factor *= MULTIPLIERS[word.lower()]
    return factor


def _after_number(line: str, row: _Row, left: _Left) -> bool:
    """Read what follows the number (multiplier, range, unit); True when it decides the kind."""
    right = _RIGHT.match(line, row.end)
    if right is not None and right.lastgroup == "mult":
        factor = _scale_factor(right.group("mult"))
        row.value = round(row.value * factor, 6)
        row.end = row.subj_from = right.end()
        _compound_scale(line, row, factor)
        row.raw = line[row.start:row.end]
        right = None
    if _RANGE_WORD.match(line, row.end):
        _extend_range(line, row)
        right = None
    if right is None:
        right = _RIGHT.match(line, row.end)
    if right is None:
        if _CURRENCY_BEFORE.search(left.before):
            row.kind = "money"
            cur = _CURRENCY_BEFORE.search(left.before).group()
            row.unit = "EUR" if "€" in cur else ("GBP" if "£" in cur else "USD")
            _rate(line, row)
            return True
        return False
    return _apply_right(line, row, left, right)


def _apply_right(line: str, row: _Row, left: _Left, right: re.Match[str]) -> bool:
    """Set kind and unit from the anchored match after the number."""
    group = right.lastgroup or ""
    end = right.end()
    if group == "pct":
        row.kind, row.unit = "percent", "%"
        if "%" in right.group():
            row.end = end
            row.raw = line[row.start:end]
        row.subj_from = end
        _rate(line, row)
        return True
    if group == "mult":
        return False
    if group == "age":
        row.kind = "age"
        row.unit = f"{right.group('aw')} tuổi" if right.group("aw") else "tuổi"
        row.subj_from = end
        return True
    if group[0] == "c":
        row.kind = "money"
        row.unit = _CURRENCIES[int(group[1:])][1]
        row.subj_from = end
        _rate(line, row)
        _unit_range(line, row, group)
        return True
    if group[0] == "u":
        row.kind = "measure"
        row.unit = _UNITS[int(group[1:])][1] or _squash(right.group(group))
        row.subj_from = end
        _rate(line, row)
        _unit_range(line, row, group)
        return True
    if group == "lan":
        row.kind, row.unit = "count", "lần"
        row.subj_from = end
        _rate(line, row)
        return True
    # a time word
    word = _squash(right.group("tw"))
    row.unit = "giờ" if word == "tiếng" else word
    row.subj_from = end
    ruoi = _RUOI.match(line, end)
    if ruoi and row.value_max is None and row.raw.isdigit():
        row.value += 0.5  # `4 năm rưỡi`
        row.end = row.subj_from = end = ruoi.end()
        row.raw = line[row.start:end]
    if word == "giờ" and row.value <= 24 and row.value == int(row.value) and (
        _CLOCK_AFTER_GIO.match(line, end) or (left.words and left.words[-1] in _CLOCK_PREV)
    ) and not (left.words and left.words[-1] in _DURATION_PREV):
        row.kind = "time"
        row.unit = ""
        hm = _HOUR_MINUTE.match(line, end)
        if hm and int(hm.group(1)) < 60:
            row.end = row.subj_from = hm.end()
            row.raw = line[row.start:row.end]
        return True
    if word in ("tháng", "ngày", "tuần", "năm", "quý") and _PERIOD_AFTER.match(line, end):
        row.kind = "period"
        return True
    if _rate(line, row):
        row.kind = "count"
        return True
    row.kind = "duration"
    return True


_CLOCK_PREV = frozenset({"lúc", "vào", "từ", "đến", "tới", "sáng", "chiều", "tối", "trưa", "đêm",
                         "khuya", "khoảng"})
_DURATION_PREV = frozenset({"trong", "vòng", "sau", "mất", "suốt", "dài", "hơn", "gần", "chỉ",
                            "đủ", "tối đa", "ít nhất", "cả"})


def _compound_scale(line: str, row: _Row, factor: float) -> None:
    """`2 tỷ 500 triệu`: absorb smaller scale groups after a multiplier word."""
    while True:
        num = _NUM_RE.match(line, row.end + 1) if line[row.end:row.end + 1] == " " else None
        if num is None:
            return
        right = _RIGHT.match(line, num.end())
        if right is None or right.lastgroup != "mult":
            return
        small = parse_digits(num.group())
        scale = _scale_factor(right.group("mult"))
        if small is None or scale >= factor or small * scale >= factor:
            return
        row.value = round(row.value + small * scale, 6)
        factor = scale
        row.end = row.subj_from = right.end()


def _extend_range(line: str, row: _Row) -> bool:
    """`45 đến 64`, `2 - 3 triệu`: absorb the upper bound of a range; True if one was found."""
    rng = _RANGE_WORD.match(line, row.end)
    if not rng:
        return False
    num = _NUM_RE.match(line, rng.end())
    high = parse_digits(num.group()) if num else None
    if high is None or line[num.end():num.end() + 1] in ("/", "-"):
        return False
    end = num.end()
    low = row.value
    right = _RIGHT.match(line, end)
    if right is not None and right.lastgroup == "mult":
        factor = _scale_factor(right.group("mult"))
        if row.raw.isdigit() or "," in row.raw or "." in row.raw:
            if row.end == row.start + len(row.raw) and " " not in row.raw:
                low = round(low * factor, 6)  # `4 - 6 triệu`: the word scales both ends
        high = round(high * factor, 6)
        end = right.end()
    if high <= low:
        return False
    row.value, row.value_max = low, high
    row.end = row.subj_from = end
    row.raw = line[row.start:end]
    return True


def _unit_range(line: str, row: _Row, group: str) -> None:
    """`từ 335km đến 1.325km`: the upper bound written with its own unit."""
    if row.value_max is not None:
        return
    rng = _UNIT_RANGE.match(line, row.subj_from)
    if rng is None:
        return
    high = parse_digits(rng.group(1))
    right = _RIGHT.match(line, rng.end(1))
    if high is None or right is None or right.lastgroup != group or high <= row.value:
        return
    row.value_max = high
    row.end = rng.end(1)
    row.raw = line[row.start:row.end]
    row.subj_from = right.end()
    _rate(line, row) if "/" not in row.unit else None


def _rate(line: str, row: _Row) -> bool:
    """Append a per-unit (`/năm`, `/24 giờ`, `/kg`) to the unit; True when one follows."""
    rate = _RATE.match(line, row.subj_from)
    if not rate:
        return False
    row.unit = f"{row.unit}/{_squash(rate.group(1))}"
    row.subj_from = rate.end()
    return True


def _count_unit(line: str, row: _Row) -> None:
    """For a plain count, the counted noun when it is a counting word (`người`, `ca`)."""
    space = row.end
    if line[space:space + 1] != " ":
        return
    stop = line.find(" ", space + 1)
    head = line[space + 1:stop if stop > 0 else len(line)].split("/", 1)[0].rstrip(",.;:)")
    if head in _COUNT_UNITS:
        row.unit = head
        row.subj_from = space + 1 + len(head)
        if not _rate(line, row):
            row.subj_from = space
    elif line.startswith("/", space + 1):
        pass


def _qualify(line: str, row: _Row, left: _Left) -> None:
    """Set the qualifier from the words before the number (and `trở lên` after it)."""
    if left.qualifier:
        word = " ".join(left.words[-left.q_len:])
        ok = True
        if word == "từ":
            ok = row.value_max is None and not _FROM_BREAKS.match(line, row.subj_from)
        elif word == "trên":
            ok = not _PLACE_AFTER_TREN.match(line, row.subj_from)
        if ok:
            row.qualifier = left.qualifier
            row.q_start = row.start - len(left.before) + _phrase_start(left.before, left.q_len)
    if not row.qualifier and " trở " in line[row.subj_from:row.subj_from + 40]:
        after = _TRO_LEN.match(line, row.subj_from)
        if after:
            row.qualifier = "at_least" if after.group(1) == "lên" else "at_most"


def _phrase_start(before: str, k: int) -> int:
    """Offset in `before` where its last `k` words begin."""
    pos = len(before.rstrip())
    for _ in range(k):
        pos = before.rfind(" ", 0, pos)
        if pos < 0:
            return 0
        pos_word = pos
        pos = len(before[:pos].rstrip())
    return pos_word + 1


def _after_name(before: str) -> bool:
    """True when a capitalised word (not opening the sentence) stands right before."""
    if not before or before[-1] != " ":
        return False
    head, _, word = before[:-1].rpartition(" ")
    if not word or not word[0].isupper() or not word[-1].isalnum() or word.lower() in _LEFT_KEYWORDS:
        return False
    head = head.rstrip()
    if not head or head[-1] in _SENTENCE_OPENERS:
        return False
    return True


def _compound_token(line: str, text: str, start: int, end: int, left: _Left) -> list[_Row]:
    """A cluster with `/` or `-`: date, month/year, fraction, date or number range, score."""
    keyword, kw_kind = left.keyword, left.kw_kind
    if left.glued:
        prev = line[start - 1]
        if prev.isalpha() or (prev == "-" and start >= 2 and line[start - 2].isalpha()):
            return [_Row(start, end, text, _first_number(text), "identifier")]
    if (
        _ID_TAIL.match(line, end)
        or (kw_kind == "identifier" and keyword not in ("số", "km", "ca", "xã", "đội"))
        or text.count("/") > 2
        or (_after_name(left.before) and "/" in text)  # Mega 6/45
    ):
        return [_Row(start, end, text, _first_number(text), "identifier")]
    if keyword == "quý":
        row = _Row(start, end, text, _first_number(text), "period")
        my = _MY.fullmatch(text)
        if my:
            row.year = int(my.group(2))
        return [row]
    m = _DMY.fullmatch(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if is_day_month(day, month):
            row = _Row(start, end, text, float(day), "date")
            row.day, row.month, row.year = day, month, year
            row.date_iso = iso_date(year, month, day)
            return [_calendar_range(line, row)]
    m = _MY.fullmatch(text)
    if m and 1 <= int(m.group(1)) <= 12 and 1900 <= int(m.group(2)) <= 2100 and (
        "/" in text or kw_kind == "month"
    ):
        row = _Row(start, end, text, float(m.group(1)), "date")
        row.month, row.year = int(m.group(1)), int(m.group(2))
        row.date_iso = iso_date(row.year, row.month)
        return [_calendar_range(line, row)]
    m = _DM.fullmatch(text)
    if m:
        row = _day_month_or_fraction(line, text, start, end, int(m.group(1)), int(m.group(2)), left)
        return [_calendar_range(line, row) if row.kind == "date" else row]
    m = _DAY_RANGE.fullmatch(text)
    if m and is_day_month(int(m.group(2)), int(m.group(3))) and int(m.group(1)) < int(m.group(2)):
        row = _Row(start, end, text, float(m.group(1)), "period")  # `23-27/4`
        row.value_max = float(m.group(2))
        if m.group(4):
            row.year = int(m.group(4))
        return [row]
    m = _DATE_RANGE.fullmatch(text)
    if m and is_day_month(int(m.group(1)), int(m.group(2))):
        row = _Row(start, end, text, float(m.group(1)), "period")  # `30/4-1/5`
        row.value_max = float(m.group(4))
        year = m.group(3) or m.group(6)
        if year:
            row.year = int(year)
        return [row]
    m = _PAIR.fullmatch(text)
    if m:
        a, b = parse_digits(m.group(1)), parse_digits(m.group(3))
        if a is not None and b is not None:
            if m.group(2) == "/":
                row = _Row(start, end, text, a, "fraction")
                row.total = b
                if keyword == "số":
                    row.kind = "identifier"
                    return [row]
                _qualify(line, row, left)
                _subject_unit(line, row)
                return [row]
            return _dash_pair(line, m, start, end, a, b, left)
    if "/" not in text:
        return _dash_series(line, text, start, end)
    return [_Row(start, end, text, _first_number(text), "identifier")]


def _dash_series(line: str, text: str, start: int, end: int) -> list[_Row]:
    """`4-2-3-1` (a formation: one row), `07-13-16-30` (drawn numbers), `2 - 4 - 6 - 8 khách`."""
    parts = [(m.start(), m.end()) for m in _NUM_RE.finditer(text)]
    values = [parse_digits(text[a:b]) or 0.0 for a, b in parts]
    if 3 <= len(values) <= 4 and sum(values) == 10 and max(values) <= 6:
        return [_Row(start, end, text, values[0], "identifier")]
    kind = "count" if " " in text and line[end:end + 1] == " " and \
        line[end + 1:end + 2].islower() else "identifier"
    return [_Row(start + a, start + b, text[a:b], v, kind) for (a, b), v in zip(parts, values)]


def _calendar_range(line: str, row: _Row) -> _Row:
    """`30/4 đến ngày 3/5`, `tháng 9/2016 đến tháng 12/2016`: one period row."""
    to = _DATE_TO.match(line, row.end)
    if to is None:
        return row
    first = int(to.group(1))
    if row.day is not None and to.group(2) and is_day_month(first, int(to.group(2))):
        pass
    elif row.day is None and row.month is not None and to.group(2) is None and \
            1 <= first <= 12 and (to.group(3) or "tháng" in to.group()):
        pass
    else:
        return row
    row.kind = "period"
    row.value_max = float(first)
    row.date_iso = None
    row.end = row.subj_from = to.end()
    row.raw = line[row.start:row.end]
    return row


def _subject_unit(line: str, row: _Row) -> None:
    """A fraction or count may still be followed by a rate (`600 ca/24 giờ`)."""
    _count_unit(line, row)


def _day_month_or_fraction(
    line: str, text: str, start: int, end: int, num: int, den: int, left: _Left
) -> _Row:
    """`12/10` is a date, `4/6 nhiệm vụ` a fraction: decide from the words around it."""
    row = _Row(start, end, text, float(num))
    if is_day_month(num, den):
        if num == 24 and den == 7:
            row.kind = "identifier"  # `24/7`, round the clock
            return row
        nxt = line[end + 1:line.find(" ", end + 1) if line.find(" ", end + 1) > 0 else len(line)]
        prev = left.words[-1] if left.words else ""
        looks_fraction = (
            num <= den
            and line[end:end + 1] == " "
            and nxt[:1].islower()
            and nxt.rstrip(",.;:") not in _DATE_FOLLOW
            and prev not in _DATE_TRIGGERS
            and not left.before.rstrip().endswith(("(", ",", "-", "–"))
            and left.kw_kind not in ("date", "month")
        )
        if not looks_fraction:
            row.kind = "date"
            row.day, row.month = num, den
            return row
    row.kind = "fraction"
    row.total = float(den)
    _qualify(line, row, left)
    return row


def _dash_pair(
    line: str, m: re.Match[str], start: int, end: int, a: float, b: float, left: _Left
) -> list[_Row]:
    """`2017-2020` period, `2-0` score (two counts), `3-5%` range."""
    a_raw, b_raw = m.group(1), m.group(3)
    text = m.group()
    keyword, kw_kind = left.keyword, left.kw_kind
    if a_raw.isdigit() and len(a_raw) == 4 and 1000 <= a <= 2100 and b_raw.isdigit() and (
        (len(b_raw) == 4 and a < b <= 2100) or (len(b_raw) == 2 and int(a_raw[2:]) < b)
    ):
        row = _Row(start, end, text, a, "period")
        row.value_max = b if b >= 1000 else float(int(a_raw[:2]) * 100 + b)
        row.year = int(a)
        return [row]
    right = _RIGHT.match(line, end)
    if kw_kind == "date" and a_raw.isdigit() and b_raw.isdigit() and is_day_month(int(a), int(b)) \
            and right is None:
        row = _Row(start, end, text, a, "date")  # `Sáng 22-5`
        row.day, row.month = int(a), int(b)
        return [row]
    if (
        a_raw.isdigit() and b_raw.isdigit() and a <= 30 and b <= 30 and right is None
        and (a >= b or _SCORE_LEFT.search(line[max(0, start - 60):start].rpartition("\n")[2]))
    ):
        second = start + m.start(3)
        return [_Row(start, start + len(a_raw), a_raw, a), _Row(second, end, b_raw, b)]
    row = _Row(start, end, text, a)
    row.value_max = b
    if b <= a:
        row.value_max = None
        row.kind = "identifier"
        return [row]
    if kw_kind == "age":
        row.kind, row.unit = "age", "tuổi"
        return [row]
    if keyword in ("nhiệm kỳ", "giai đoạn"):
        row.kind = "period"
        return [row]
    if kw_kind == "date" and b <= 31 and keyword in ("ngày", "mùng", "mồng"):
        row.kind = "period"
        row.day = int(a)
        dm = _DAY_MONTH_AFTER.match(line, end)
        if dm:
            row.month = int(dm.group(1))
            row.end = row.subj_from = dm.end()
            row.raw = line[start:row.end]
        return [row]
    if kw_kind == "month" and b <= 12:
        row.kind = "period"  # `tháng 5-6`
        my = _MONTH_YEAR_AFTER.match(line, end)
        if my:
            row.year = int(my.group(1))
            row.end = row.subj_from = my.end()
            row.raw = line[start:row.end]
        return [row]
    if right is not None and right.lastgroup == "mult":
        factor = _scale_factor(right.group("mult"))
        row.value, row.value_max = round(a * factor, 6), round(b * factor, 6)
        row.end = row.subj_from = right.end()
        row.raw = line[start:row.end]
        right = _RIGHT.match(line, row.end)
    if right is not None and _apply_right(line, row, left, right):
        _qualify(line, row, left)
        return [row]
    if kw_kind in ("ordinal", "identifier", "time"):
        row.kind = kw_kind
        return [row]
    _qualify(line, row, left)
    _count_unit(line, row)
    return [row]


def _clock_token(line: str, clock: re.Match[str]) -> _Row:
    """`9h30`, `14 giờ 30`, `10h`, `14:30`: a clock time (or a duration, `trong 24h`)."""
    hour = int(clock.group(1) or clock.group(3) or clock.group(4))
    row = _Row(clock.start(), clock.end(), clock.group(), float(hour), "time")
    left = _Left(line, clock.start())
    if clock.group(3) and (hour > 24 or (left.words and left.words[-1] in _DURATION_PREV)) and \
            not _DAYPART_AFTER.match(line, clock.end()):
        row.kind, row.unit = "duration", "giờ"
        _qualify(line, row, left)
    elif clock.group(4) and (hour > 24 or int(clock.group(5)) > 59):
        row.kind = "count"
    return row


def _roman_token(line: str, match: re.Match[str]) -> list[_Row]:
    """A Roman numeral counts only after a keyword: `khóa XIV`, `quý IV/2020`, `thế kỷ XXI`."""
    text = match.group(1)
    numeral, _, year = text.partition("/")
    if not _ROMAN_VALID.fullmatch(numeral):
        return []
    value = parse_roman(numeral)
    if not value:
        return []
    start = match.start(1)
    before = line[max(0, start - 30):start].rpartition("\n")[2]
    words = before.lower().split()[-3:]
    kind = ""
    for k in (3, 2, 1):
        if len(words) >= k:
            kind = _ROMAN_KEYWORDS.get(" ".join(words[-k:]), "")
            if kind:
                break
    if not kind:
        if len(numeral) < 2 or not _after_name(before):
            return []
        kind = "identifier"
    row = _Row(start, match.end(), text, float(value), kind)
    if year:
        row.year = int(year)
        if kind == "ordinal":
            row.kind = "period"
    return [row]


def _word_token(line: str, match: re.Match[str]) -> list[_Row]:
    """`hai người`, `mười lăm ngày`, `một nửa`, `hàng nghìn`: spelled numbers of quantity."""
    words = match.group(1).split()
    head = words[0].lower()
    if head not in _SPELLED_HEADS:
        return []
    start = match.start(1) - 1
    if head in ("hàng", "cả"):
        return _order_token(line, start, words[0], words[1:])
    if head in ("thứ", "giải"):
        return _spelled_ordinal(line, start, words)
    value = None
    while words:
        value = parse_spelled(" ".join(words))
        if value is not None:
            break
        words.pop()
    if value is None or not words:
        return []
    end = start + len(" ".join(words))
    after = line[end:end + 24]
    if not after.startswith(" ") or len(after) < 2:
        return []
    nxt = after[1:].split(" ", 1)[0].rstrip(",.;:)!?")
    if not nxt[:1].isalpha():
        return []
    if nxt[0].isupper() and not nxt.isupper():
        return []  # Ba Đình, Hai Bà Trưng
    single = len(words) == 1
    if single and nxt in _SPELLED_SKIP_NEXT.get(head, ()):
        return []
    left = _Left(line, start)
    prev = left.words[-1] if left.words else ""
    if words[0][0].isupper() and left.before.strip() and left.before.rstrip()[-1] not in \
            _SENTENCE_OPENERS:
        return []  # tháng Hai
    if prev in _SPELLED_SKIP_PREV:
        return []
    if single and head == "một" and not (
        left.qualifier in _MOT_QUALIFIERS or _MOT_TIME_AFTER.match(line, end)
    ):
        return []  # the indefinite article
    row = _Row(start, end, line[start:end], value)
    if words[-1] == "nửa":
        row.kind, row.value, row.total = "fraction", 1.0, 2.0  # `một nửa`: one of two
        _qualify(line, row, left)
        return [row]
    if not _after_number(line, row, left):
        _count_unit(line, row)
    _qualify(line, row, left)
    return [row]


def _spelled_ordinal(line: str, start: int, words: list[str]) -> list[_Row]:
    """`lần thứ ba`, `Bí thư thứ nhất`, `giải Nhì`; weekdays (`sáng thứ Hai`) are not figures."""
    word = " ".join(words[1:])
    value = _ORDINAL_WORDS.get(word.lower())
    if not value:
        return []
    left = _Left(line, start)
    prev = left.words[-1] if left.words else ""
    if words[0].lower() == "thứ" and (
        prev in _WEEKDAY_PREV or word[0].isupper() or words[0][0].isupper()
        or _DATE_AFTER_WEEKDAY.match(line, start + len(" ".join(words)))
    ):
        return []
    begin = start + len(words[0]) + 1
    return [_Row(begin, begin + len(word), word, float(value), "ordinal")]


def _order_token(line: str, start: int, head: str, words: list[str]) -> list[_Row]:
    """`hàng nghìn người`, `cả chục ngày`: an order of magnitude, qualifier order_of."""
    scales: list[str] = []
    for word in words:
        if word.lower() not in MULTIPLIERS:
            break
        scales.append(word)
    if not scales:
        return []
    text = " ".join(scales)
    q_start = start
    start += len(head) + 1
    row = _Row(start, start + len(text), text, _scale_factor(text))
    left = _Left(line, start)
    right = _RIGHT.match(line, row.end)
    if right is None or not _apply_right(line, row, left, right):
        _count_unit(line, row)
    row.qualifier = "order_of"
    row.q_start = q_start
    return [row]


def _share_units(line: str, rows: list[_Row]) -> None:
    """`3 và 5 tỷ đồng`, `20, 30%`: a bare number takes the unit of the next one."""
    for i in range(len(rows) - 2, -1, -1):
        row, nxt = rows[i], rows[i + 1]
        if row.kind != "count" or row.unit or row.total is not None:
            continue
        if nxt.kind not in ("percent", "money", "measure", "age", "duration"):
            continue
        gap = line[row.end:nxt.start].strip()
        if gap not in ("", ",", "và", "hoặc", "hay", ", và", "-", "–"):
            continue
        row.kind, row.unit = nxt.kind, nxt.unit


# ----------------------------------------------------------------------------------------------
# Sentence, subject and predicate
# ----------------------------------------------------------------------------------------------


def _sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of a text; every line starts one."""
    starts = [0]
    for match in _SENTENCE_START.finditer(text):
        if match.group(1) is None:
            starts.append(match.end())
            continue
        ch = match.group(1)
        if not (ch.isupper() or ch.isdigit()):
            continue
        stop = match.start()
        space = text.rfind(" ", stop - 8, stop)
        if space >= 0 and text[space + 1:stop].lower().lstrip("(") in _ABBREV:
            continue
        starts.append(match.end())
    return starts


def _subject(line: str, pos: int, stop: int) -> str:
    """The noun phrase after a number: up to four words, cut at function words."""
    run = _SUBJECT_RUN.match(line, pos, stop)
    if not run:
        return ""
    words: list[str] = []
    for word in run.group(1).split(" "):
        if word.lower() in _SUBJECT_STOP:
            break
        words.append(word)
        if len(words) == 4:
            break
    return " ".join(words)


def _predicate(line: str, sent_start: int, pos: int, marks: list[int]) -> str:
    """The words before a number in its clause, from the verb on (`kết nạp được`)."""
    lo = max(sent_start, pos - 60)
    i = bisect_right(marks, pos - 1) - 1
    if i >= 0 and marks[i] >= lo:
        lo = marks[i] + 1
    words = line[lo:pos].split()[-6:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _ASPECT:
            return " ".join(words[i + 1:])
    return " ".join(words[-5:])


def _to_figure(
    para: int, text: str, row: _Row, starts: list[int], marks: list[int]
) -> Figure:
    """Freeze a draft row into a Figure with its sentence, subject and predicate."""
    i = bisect_right(starts, row.start) - 1
    s_start = starts[i]
    s_end = starts[i + 1] if i + 1 < len(starts) else len(text)
    kind = row.kind
    value = row.value
    if kind == "identifier" and row.raw[:1].isdigit():
        value = _first_number(row.raw)
    return Figure(
        raw=row.raw,
        value=float(value),
        value_max=None if row.value_max is None else float(row.value_max),
        total=None if row.total is None else float(row.total),
        kind=kind,
        date_iso=row.date_iso,
        unit=row.unit,
        qualifier=row.qualifier if kind in _QUALIFIED_KINDS else "",
        subject=_subject(text, row.subj_from, s_end),
        predicate=_predicate(text, s_start, row.q_start, marks),
        sentence=text[s_start:s_end].strip(),
        paragraph=para,
        start=row.start,
        end=row.end,
    )
