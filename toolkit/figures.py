"""Find every numeric mention in a Vietnamese news article and classify it.

Three compiled patterns find number tokens in one pass each over the text (digit clusters;
spelled-out numbers, `hàng nghìn` and prize or ordinal words; Roman numerals). Each token is
then classified from a small window around it, in this order:

1. digits glued to letters are names (`Covid-19`, `Mazda3`, `U23`);
2. a strong keyword just before decides (`Chỉ thị 05`, `khóa XIV`, `ngày 12`, `năm 2020`);
3. what follows decides: a multiplier (`9,4 triệu`), a range (`45 đến 64`), `%`, a currency,
   a unit, `tuổi`, a time word, `lần`;
4. weaker keywords, a capitalised name before (`SEA Games 30`), a bare year (`2020`);
5. otherwise a count, with its counted noun as subject.

Neighbouring rows then share what one of them says (`3 và 5%`, `tháng 5, 6`, `ngày 18 hay
20`), and yearless dates get a year from the page date and the years the text mentions.
The contract is docs/figures.md in the shared folder; `tests/devset` holds labelled articles.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from toolkit.dates import is_day_month, iso_date, reference_year, resolve_year
from toolkit.kinds import CONTEXT_KINDS, KINDS, STATISTIC_KINDS  # noqa: F401 - re-exported
from toolkit.numbers import MULTIPLIERS, SPELLED_DIGITS, parse_digits, parse_roman, parse_spelled
from toolkit.prefilter import fail_fast

__all__ = ["CONTEXT_KINDS", "KINDS", "STATISTIC_KINDS", "Figure", "figure_values", "find_figures"]


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


# Context kinds that still carry a qualifier (`hơn 3 năm`, `dưới 18 tuổi`).
_QUALIFIED_KINDS = STATISTIC_KINDS | {"duration", "age"}

# ----------------------------------------------------------------------------------------------
# Token patterns
# ----------------------------------------------------------------------------------------------

_NUM = r"[0-9][0-9]*(?:[.,][0-9]+)*"  # ASCII digits, first one alone: `re` then skips to a digit
_NUM_RE = re.compile(_NUM)
_DIGIT_RUN = re.compile(r"\d+")
_CLOCK_NEXT = frozenset("hg: ")
_HEIGHT = re.compile(r"m(\d{2}|[014-9])(?![\d\w])")  # `1m77`, `1m8`; not `4m2` (an area)
_BOAT_PREFIX = re.compile(r"(?<![\w-])[A-ZĐ]{2,3} ?[-–]? ?$")
_YEARS_AGO = re.compile(r" năm (?:trước|về trước)(?!\w)")
_MARKS_BEFORE = re.compile(r"điểm (?:\d{1,2}, )*$")
_SHORT_M23 = re.compile(r"m([23])(?![\d\w²³])")
_STOPPAGE = re.compile(r"\+\d{1,2}(?!\d)")
_AGE_NEXT = re.compile(r" (?:(?:năm|tháng|tuần|ngày) )?tuổi(?!\w)")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")  # the word after a number, without its punctuation
_DASH = re.compile(r" ?(?:-|–|đến) ?(?=\d)")
_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")
_COORDINATE = re.compile(r"\d{1,3}\.\d{5,}")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_PLATE = re.compile(r"\d{2}[A-Z]{1,2}\d?(?: ?[-–.] ?| )?\d{3,5}(?:\.\d{2})?(?!\d)")
_COORDINATES = re.compile(r"(\d{1,3}\.\d{4,}),(\d{1,3}\.\d{4,})")
_LIST_ITEM_AFTER = re.compile(r"[.)] +\S")
_BIG_SCALES = frozenset(w for w, v in MULTIPLIERS.items() if v >= 1000)  # `nghìn` and up
_THIS_SEASON = re.compile(r" (?:này|giải|trước|tới|sau|qua|đó|năm|bóng|\d)")
_AREA_PHONE = re.compile(r"0\d{1,3}\) ?\d(?:[ .]?\d){5,9}(?!\d)")
_TO_WORDS = (" đến ", " tới ", " - ", " – ")  # what `_DAY_TO_DAY_MONTH` opens with
_DAY_TO_DAY_MONTH = re.compile(
    r" (?:đến|tới|-|–) (?:ngày )?(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{4})?(?!\d)"
)
# the first two letters of Vietnamese words often run into a number (`6cơ sở`, `3người`)
_GLUED_WORDS = frozenset("cơ ng ca ch tr th nh kh ph gi".split())
# `99,982%`: a comma before three digits groups thousands by the contract's rule, but a share
# above 100% written so is a decimal
_COMMA_THOUSANDS = re.compile(r"(\d{1,2}),(\d{3})")
_NEXT_POINT = re.compile(r"(?<!\w)[hH]ai là ")
# `có hai loại người. Một là …`, `2 yếu tố, một là …`: the points announced just before
_POINTS_BEFORE = re.compile(
    r"(?<!\w)(?:[Hh]ai|[Bb]a|[Bb]ốn|[2-4]) [^\W\d_]+(?: [^\W\d_]+){0,6}[”\"]?[.:,] $"
)
_FIRST_POINT = re.compile(r"[mM]ột là ")
_APERTURE = re.compile(r"\d{1,2}(?:\.\d)?")
_SOCIAL_AFTER = re.compile(r" (?:share|like|view|lượt|follow|sub|bình luận|comment)")
_PLUS_DIGITS = re.compile(r"\+ ?(\d+)")  # `Km 852+ 900`, `90+5`
_HALF_ENDS = ("45", "90", "105", "120")  # the minutes stoppage time is added to
_MINUTE_MARKS = ("'", "’", '"')  # `26'`, `37"`: a match minute
_DIAL_CONTEXT = re.compile(r"(?:đầu số|mã vùng|số máy|số lạ|cuộc gọi|\+\d{2,3}, )[^.;!?]{0,40}$")
_DIAL_CODE = re.compile(r"\d{2,3}(?:\.\d{5,})?")
_CHAINAGE_DECIMALS = re.compile(r",\d{1,3}(?!\d)")  # `Km 23+585,26`
_ITEM_BEFORE = ("", " ", "(", "\n", ".")
# `1. Gửi`, `2) Ủng`, `1- Nghị`, `3/ Lười`; `26.D 27. A`: an answer key's space may be missing
_ITEM_MARK = re.compile(r"(?:[.)/]|-(?= )) *(\w)")
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
    "nhà|hộ|gia|cô|anh|chị|ông|bà|cán|chiến|chú|đơn|lớp|cầu|thủ|nhân|giải|huy|mục|bài|kỳ|"
    "đoạn|tấm|mảnh|viên|quả|túi|gói|tòa|cuộc|thế hệ|ngân hàng|ôtô|ô tô|máy bay|quân nhân|binh sĩ|"
    "thành viên|trụ cột|tàu|thuyền|ghe|quyển|ngư dân"
)
# `ghi một bàn`, `giành được một điểm`, `hòa một trận`: a score, not an article
_MOT_SCORE_PREV = ("ghi", "được", "hòa", "còn", "sớm", "thua")
_ELECTION_AFTER = r" {1,2}(?:cuộc )?bầu cử"
# `một xe khách và hai xe gắn máy`, `một luật gia và hai luật sư`: one, set against a count
_MOT_BEFORE_COUNT = (
    r" (?!(?:số|trong|phần|cách|lần|chút|ít|vài|nửa|thời)\b)[^\W\d_]+(?: [^\W\d_]+){0,2}"
    r" và (?:hai|ba|bốn|năm|sáu|b[ảẩ]y|tám|chín|mười|\d{1,2}) [^\W\d_]"
)
# `làm một người tử vong`, `một ngư dân thiệt mạng`, `một em đuối nước`: a toll of one counts
_CASUALTY_AFTER = (
    r" (?:người|ngư dân|nạn nhân|cháu|em|chiến sĩ|binh sĩ|cảnh sát|công nhân|học sinh)(?: \w+)?"
    r" (?:tử vong|chết|thiệt mạng|bị thương|mất tích|tử nạn|vong mạng|vào viện|nhập viện"
    r"|trọng thương|nguy kịch|đuối nước|bị lũ cuốn)(?!\w)"
    r"| (?:ca|trường hợp) dương tính(?!\w)"  # `ghi nhận một ca dương tính`: a case counted
)
_HALF_OF_PREV = (
    "hết khoảng gần hơn tới đến còn giảm tăng ngốn tốn mất trả chiếm bằng được quá"
).split()
_YEAR_OF_AGE_AFTER = r" tuổi(?!\w| (?:thơ|thanh|trẻ|teen|xế|già|hồng))"  # not `tuổi thơ`
_THEN_DAUGHTER = r" trai,? (?:và )?một gái(?!\w)"  # after `một`: `một trai (và) một gái`
# Spelled numbers and `hàng nghìn`, after a space (the caller puts one before the line).
_WORD_TOKEN = re.compile(
    r"[ \n(\"“‘\[]((?:[Vv]ài(?= (?:chục|trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ])(?!\w))"  # `vài chục tỉ`
    r"|[HhBbSsTtCcMmNnGg](?:ai|a|ốn|áu|[ảẩ]y|ám|hín|ười"
    r"|ột(?= (?:trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ]|nửa|chục|năm|tháng|tuần|ngày|giờ|tiếng|phút|lần"
    r"|mùa giải(?! \d)"
    r"|giây(?! phút)|thập (?:kỷ|kỉ|niên)"
    r"|phần (?:hai|ba|tư|bốn|năm|sáu|b[ảẩ]y|tám|chín|mười))(?!\w))"
    r"|ột(?:(?<=và một)|(?<=, một)|(?<=có một)|(?<=trong đó một))(?= [^\W\d_])"  # `và một tép`
    r"|ột(?= là[,: ])"  # `Một là, …`: a list item
    r"|ột(?<=vòng một)(?=" + _ELECTION_AFTER + ")"  # `vòng một cuộc bầu cử`: the first round
    r"|ột(?=" + _MOT_BEFORE_COUNT + ")"  # `một xe khách và hai xe máy`
    r"|ột(?= hoặc (?:hai|ba|nhiều|vài|một vài|\d))"  # `một hoặc 2 giọt`: one or more
    r"|ột(?<=nhau một)(?= (?:cô|cậu|người|đứa) con)"  # `có với nhau một cô con gái`
    r"|ột(?:" + "|".join(f"(?<={verb} một)" for verb in _MOT_SCORE_PREV) + r")"
    r"(?= (?:bàn|điểm|trận|vòng)(?!\w))"
    r"|ột(?:(?<=[mM]ẹ một)|(?<=[bB]ố một))(?= con(?!\w))"  # `bà mẹ một con`: a mother of one
    r"|ột(?:(?<=đâm một)|(?<=chém một)|(?<=đánh một))(?= nhát(?!\w))"  # `đâm một nhát`: a blow
    # `cặp song sinh một trai một gái`: a son and a daughter, counted
    r"|ột(?=" + _THEN_DAUGHTER + r")|ột(?:(?<=trai một)|(?<=trai, một))(?= gái(?!\w))"
    r"|ột(?:(?<=iệp một)|(?<=[tT]ầng một)|(?<=lầu một)|(?<=đoạn một)|(?<=phần một)|(?<=đợt một)"
    r"|(?<= lớp một)|(?<=trường cấp một)|(?<=học cấp một)|(?<=tuổi cấp một)"
    r"|(?<=set một)|(?<=nguyện vọng một)|(?<= số một))"
    r"(?!\w| (?:trăm|nghìn|ngàn|triệu|t[ỷỉ]|phần|cách|vài)(?!\w))"
    # `hiệp một`: the first half; `giai đoạn một`, `nguyện vọng một`, `số một thế giới`
    r"|ột(?= (?:đến|tới) (?:hai|ba|bốn|năm|sáu|b[ảẩ]y|tám|chín|mười)(?!\w))"  # `một đến hai`
    r"|ột(?=" + _CASUALTY_AFTER + r")(?<! như một)"  # a toll of one (not `như một ca`)
    # `khoảng một lít`, `gần một mét`, `hơn một tuổi`: a measure, qualified
    r"|ột(?:(?<=[kK]hoảng một)|(?<=[gG]ần một)|(?<=[cC]hừng một)|(?<=xấp xỉ một)"
    r"|(?<=nhiều hơn một)|(?<=ít hơn một)|(?<=không quá một))"
    r"(?= (?:mét|lít|km|kg|cân|tấn|tạ|lạng|ly|cốc|thế k[ỷỉ]|tuổi)(?!\w))"
    r"|ột(?<=[hH]ơn một)(?= (?:mét|lít|km|kg|tấn|tạ|thế k[ỷỉ])(?!\w))"  # `hơn một tấn`
    r"|ột(?:(?<=[hH]ơn một)|(?<=từ một)|(?<=sau một)|(?<=dưới một)|(?<=trên một)|(?<=tròn một)"
    r"|(?<=mới một)|(?<=đầy một))"
    r"(?=" + _YEAR_OF_AGE_AFTER + ")"
    r"|ột(?:(?<=sau một)|(?<=qua một)|(?<=trong một)|(?<=mất một)|(?<=toi một))"
    r"(?= (?:đêm|buổi)(?!\w))"  # `chỉ sau một đêm`, `mất một buổi`: a span (see `_night_span`)
    r"|ấp(?= (?:đôi|rưỡi)(?!\w))"  # `gấp đôi`, `gấp rưỡi`
    r"|hì(?:(?<=[vV]ề nhì)|(?<=hạng nhì)|(?<=hạng Nhì)|(?<=trí nhì)|(?<=đội nhì)|(?<=đứng nhì)"
    r"|(?<=xếp nhì)|(?<=ngôi nhì)|(?<=giàu nhì)|(?<=nhất, nhì))"
    r"|ư(?<=[hH]ạng tư)"  # `giải hạng tư Đức`: the fourth tier
    r"|hất(?:(?<=[Hh]ạng [Nn]hất)|(?<=[vV]ề nhất)|(?<=viên năm nhất)|(?<=[đĐ]ệ nhất))"
    # `hạng Nhất`, `về nhất`, `đệ nhất phu nhân`
    r"|hứ (?:nhất|nhì|hai|ba|tư|năm|sáu|b[ảẩ]y|tám|chín|mười)(?!\w)"
    r"|iải (?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|Năm|[Kk]huyến khích)(?! (?:nay|qua|ngoái|học|này)\b)(?!\w)"
    r"|ả(?= (?:chục|trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ])(?!\w))"
    r"|(?:ấy|hiều)(?= (?:chục|trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ])(?!\w))"  # `mấy chục`, `nhiều tỷ`
    r"|(?:iền|ạc)(?= (?:triệu|t[ỷỉ])(?!\w))"  # `xe tiền tỷ`, `thương vụ bạc tỷ`: billions
    # `trận đấu tỷ đô`, `nước tỷ dân`, `nhà triệu đô`: a bare scale word before what it counts
    r"|(?:[ỷỉ]|riệu(?<=triệu))(?= (?:đô|dân|người|lượt|views?|USD|đồng)(?!\w))"
    r"|(?:hục|răm)(?:(?<=[Hh]ơn chục)|(?<=[Gg]ần chục)|(?<=đầy chục)|(?<=[Hh]ơn trăm)"
    r"|(?<=[Gg]ần trăm)|(?<=[Kk]hoảng chục)|(?<=[Cc]hừng chục)|(?<=đến chục)|(?<=tới chục))"
    r"(?= [^\W\d_])"  # `hơn chục năm`, `khoảng chục nhà nổi`
    r"|(?:hục|răm|ghìn|gàn)(?= (?:nghìn|ngàn|triệu|t[ỷỉ])(?!\w))"  # `chưa đầy ngàn tỉ đồng`
    rf"|ăm(?= (?:{_NAM_NOUNS})(?!\w))(?! t[ỷỉ] (?:lệ|giá|số|trọng|suất)(?!\w)| lớp \d)"
    r"|ăm(?<=một trong năm)(?= [^\W\d_])(?! (?:nay|qua|tới|ngoái|học|đó|này|sau|trước)(?!\w))"
    r"|ăm(?= (?:đến|tới) (?:sáu|b[ảẩ]y|tám|chín|mười)(?!\w))"  # `từ năm đến bảy tháng`
    r"|ửa(?= (?:nghìn|ngàn|triệu|t[ỷỉá])(?!\w))"  # `nửa tỷ USD`, `nửa tá bàn thắng`
    r"|ửa(?= (?:số|quả|cốc|chén|bát|thìa|đội hình|lít|giá|tháng|năm|giờ|tiếng|thế kỷ|thập kỷ"
    r"|ngày|tuần|mét|km|cây số|cân|kg|tấn|tạ|bánh xe|dòng máu|bài|trái|hũ"
    r"|căn hộ)(?!\w))(?<=[nN]ửa)"  # `giảm được nửa số cân nặng`, `ngập nửa bánh xe`
    rf"|ửa(?<=hân nửa)(?= [^\W\d_])(?! {_SP_CONT}(?!\w))"  # `phân nửa cổ phiếu`
    # `uống hết nửa chai`, `hơn nửa đời người`: half of a thing, after a verb or qualifier
    r"|ửa(?:" + "|".join(f"(?<={word} nửa)" for word in _HALF_OF_PREV) + r")(?= [^\W\d_])"
    r"(?! (?:đầu|cuối|sau|trước|kia|còn|vời|chừng|đêm|mình|thật|nạc|đường)(?!\w))"
    r"|àng(?= (?:chục|trăm|nghìn|ngàn|vạn|triệu|t[ỷỉá])(?!\w))))(?!\w)"  # `hàng tá`: dozens
    rf"(?: {_SP_CONT}(?!\w)){{0,12}})"
)
# `_WORD_TOKEN` after one boundary character each: most texts have a spelled number after
# spaces only, and `re` skips to a literal space far faster than to a character of a set.
_WORD_BOUNDARY = r"[ \n(\"“‘\[]"
assert _WORD_TOKEN.pattern.startswith(_WORD_BOUNDARY)
_WORD_REST = _WORD_TOKEN.pattern[len(_WORD_BOUNDARY) :]
_WORD_AFTER_SPACE = re.compile(" " + _WORD_REST)
_WORD_AFTER_OTHER = tuple((c, re.compile(re.escape(c) + _WORD_REST)) for c in '\n("“‘[')
# `duy nhất một`, `ít nhất một`, `chỉ (có) một` (not `tốt nhất một`): the one `một` that states
# a quantity without a unit word (the space first, so `re` skips to spaces).
_ONLY_ONE = re.compile(
    r" (?:(?<=[dD]uy nhất )|(?<=[íÍ]t nhất )|(?<=[dD]uy nhất có )|(?<=[íÍ]t nhất có )"
    r"|(?<=[cC]hỉ )|(?<=[cC]hỉ có ))(một)(?= )"
)
# not before a hyphen (`X-quang`, `V-League`), but `lần thứ XV-năm Đinh Dậu`
_ROMAN_END = r"(?!\w)(?!-(?:(?<![IVXLC][IVXLC]-)|(?![a-zà-ỹđ])))(?!\.League)"  # `V.League`
_SPECIALIST_GRADE = re.compile(r"(?<=CK)II?(?!\w)")
_ROMAN_TOKEN = re.compile(rf" ([IVX][IVXLC]*(?:/\d{{4}}|-(?:19|20)\d\d(?!\d))?){_ROMAN_END}")
# The same numerals found from their first letter, one scan per letter: `re` skips to a literal
# first character far faster than it tries every space, and only `_ROMAN_TOKEN` follows it.
_ROMAN_HEADS = tuple(
    (c, re.compile(rf"{c}(?<= {c})[IVXLC]*(?:/\d{{4}}|-(?:19|20)\d\d(?!\d))?{_ROMAN_END}"))
    for c in "IVX"
)
_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_PHONE = re.compile(
    r"(?:0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}|0\d{1,4}[ .]\d{5,8}|0\d{2,4}(?:[ .]\d{2,4}){2,3}"
    r"|1[89]00[ .]?\d{2,4}(?:[ .]\d{2,4}){1,3}"
    r"|1[89]00[ .]?\d{4}|\+84[ .]?\d{2,3}[ .]?\d{3}[ .]?\d{3,4})(?!\d)"
)
_PHONE_RUN = re.compile(r"\+?\d[\d .)-]*\d|\d")
_INTL_PHONE = re.compile(r"\d{1,3}(?:[ .]\d{2,4}){2,4}(?!\d)")  # `+974 4412 8480`
_CLOCK = re.compile(
    # `7h5 phút`, `14h5 ngày 11/6`
    r"(\d{1,2}) ?(?:h|g|giờ) ?(\d{2}|\d(?= ?phút)|(?<=\dh)\d(?![\w.,]))"
    r"(?: ?(?:phút|p|')(?!\w))?(?![\d]|[./]\d)|"  # (not `18 giờ 11.2`: a clock, then a date)
    r"(\d{1,2})h(?![^\W\d_])|(\d{1,2}):(\d{2})(?![\d:])"
)

_ORDINAL_PREV = frozenset(
    {
        "tầng",  # `tầng hai`: the second floor (`hai tầng`: two floors)
        "lầu",
        "lần",  # `xử sơ thẩm lần hai`: the second time (`hai lần`: twice)
        "hạng",  # `xếp ở hạng hai, hạng ba`: grades
        "phần",  # `phần hai của Top Gun`: part two
        "đoạn",  # `giai đoạn hai`
        "game",
        "vòng",
        "hiệp",
        "đợt",
        "lượt",
        "phiên",
        "tập",
        "mùa",
        "khóa",
        "khoá",
        "kỳ",
        "chặng",
        "ván",
        "set",
    }
)
_CLASSIFIERS = frozenset(_NAM_NOUNS.split("|"))
_SPELLED_HEADS = frozenset(
    {
        "hai",
        "ba",
        "bốn",
        "sáu",
        "bảy",
        "bẩy",
        "tám",
        "chín",
        "mười",
        "một",
        "năm",
        "hàng",
        "cả",
        "vài",
        "mấy",
        "nhiều",
        "tiền",
        "bạc",
        "nửa",
        "thứ",
        "giải",
    }
)
_ORDINAL_WORDS = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "khuyến khích": 0,
}
_MOT_TIME_AFTER = re.compile(
    r" (?:năm|tháng|tuần|ngày|giờ|tiếng|phút|thập (?:kỷ|kỉ|niên))"
    r" (?:qua|nay|trước|sau|rưỡi|nữa|tới|sắp tới|trở lại đây|gần đây|vừa qua|liền|liên tiếp)(?!\w)"
)
# `20 vệt sao băng một giờ`, `0,5% một năm`, `vài triệu một tháng`: an amount, then `một` + a
# time unit, is a rate per unit of time
_MOT_PER = re.compile(
    r"(?:[0-9] [^\W\d_]+(?: [^\W\d_]+){0,3}|[0-9]%|(?<!\w)(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|USD)"
    r"|(?<!\w)(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:lần|bữa|buổi|cữ|viên|cốc|ly))"
    r"(?: \([^()]{1,30}\))? $"
)  # (`hai lần một ngày`: twice a day; `162.000 USD (gần 3,7 tỷ VNĐ) một năm`)
_YEAR_IS = re.compile(r"(?:\d{4}|[Nn]ăm (?:nay|ngoái|qua|tới|sau))(?: (?:sẽ|đã|cũng|lại))? là $")
_TIME_UNIT_AFTER = re.compile(r" (?:giờ|tiếng|phút|giây|ngày|tuần|tháng|năm)(?!\w)")
# a span of one unit of time: `sau một tuần sẽ xuất viện`, `cách đây một tuần`, `gia hạn một năm`
_MOT_SPAN_BEFORE = re.compile(
    r"(?<!\w)(?i:sau|trong|vòng|suốt|mất|thêm|tròn|chỉ|cách đây|trước đó|gia hạn|còn|được|cả"
    r"|kỷ niệm|kéo dài) $"
)
_MOT_SPAN_UNIT = re.compile(
    r" (?:năm|tháng|tuần|ngày|giờ|tiếng|thập (?:kỷ|kỉ|niên)"
    r"|mùa giải(?! (?:đầy|tuyệt|thành|đáng|khó|bùng|thất|ấn|rực|kỳ|đặc|mới|nữa|nào|không|đại"
    r"|bết|tệ|ảm|thăng|chói|xuất|tồi)))(?!\w)"
    # `một ngày đẹp trời`, `trong một ngày lạnh giá`, `một ngày mùa đông`: a day described
    r"(?! (?:làm việc|gần nhất|nào|đẹp|mệt|gió|mưa|nắng|mà|của|lương|lạnh|nóng|mùa|hè|đông"
    r"|xuân|thu)(?!\w))"
)
_MOT_QUALIFIERS = frozenset({"more_than", "nearly", "about", "at_least", "less_than", "at_most"})
# `sau một đêm.`, `ướp trong một đêm rồi`, `mất một buổi mới dọn`: a span of a night or a
# session; but `sau một đêm mất ngủ`, `trong một buổi tập`: one described, the article
_NIGHT_BEFORE = re.compile(r"(?<!\w)(?i:(chỉ )?(?:sau|qua|trong|mất|mất toi)) $")
_NIGHT_AFTER = re.compile(
    r" (?:đêm|buổi(?: sáng| chiều| tối| trưa)?)"
    r"(?= ?[,.;:!?)…”\"]|$| (?:rồi|thì|của|là|đã|mà|đó|nay|mới|nước|hàng|khách)(?!\w))"
)

# ----------------------------------------------------------------------------------------------
# What may follow a number: one anchored pattern, tried in this order
# ----------------------------------------------------------------------------------------------

_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"đô ?la Singapore|SGD|S\$|SG\$", "SGD"),
    (r"đô ?la Úc|AUD|A\$", "AUD"),
    (r"[đĐ]ô ?[lL]a (?:Hồng Kông|Hong Kong)|HKD", "HKD"),
    (r"riel|KHR", "KHR"),
    (r"đô ?la Canada|CAD", "CAD"),
    (r"đô ?la Đài Loan|Đài tệ|TWD", "TWD"),
    (
        r"USD|Usd|usd|US\$|[đĐ]ô ?la(?: Mỹ)?|đô-la(?: Mỹ)?|đôla(?: Mỹ)?"
        r"|đô(?!\w)(?! (?:thị|đốc|vật|hội))|\$|dollar|dolar",
        "USD",
    ),  # (`9 đô thị`: towns)
    (
        r"VNĐ|VND|vnđ|vnd|đồng(?! (?:chí|nghiệp|bào|đội|hồ|thời|ý|bằng|hương|hành|loạt|tình|minh|"
        r"môn|phạm|lòng|cảm|ca|dao|thanh|nhất|bộ|dạng|phục|hóa|hoá|điệu|xu|tiền xu|quê|cỏ|"
        r"ruộng|lúa|muối|nát|đều|sàng|tử|vị|trinh|chủ|sáng|tâm|cấp|khởi|vọng|tính|phân|đẳng|bọn|lõa|loã|"
        r"tộc|hao|nội|thau|kiểm|thuận|diễn|hội|nghĩa|Chủ)(?!\w))|đ(?!\w)"
        # `117 tỷ đồng bằng việc …`, `500 tỷ đồng đều được huy động`, `50.000 tỉ đồng phục vụ`:
        # after a scale word `đồng bằng`, `đồng đều` and `đồng phục` are money, then a word
        r"|đồng(?= (?:bằng|đều|phục vụ|chủ yếu))"
        r"(?:(?<=t[ỷỉ] đồng)|(?<=triệu đồng)|(?<=nghìn đồng)|(?<=ngàn đồng))",
        "VND",
    ),
    (r"euro|Euro|EUR|€", "EUR"),
    # (not the place names `Yên Lãng`, `Yên Bái`: `Yên` then a capital)
    (r"yên(?: Nhật)?|Yên(?: Nhật|(?! [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝ]))|[yY]en|JPY|¥", "JPY"),
    (r"nhân dân tệ|Nhân [dD]ân [tT]ệ|NDT|CNY|tệ", "CNY"),
    # bare `bảng` is money after a multiplier or an amount in hundreds (`500.000 bảng/tuần`);
    # `chia làm 6 bảng`, `3 bảng quảng cáo` are groups and boards
    (
        r"[bB]ảng Anh|GBP|£|bảng(?=/| (?:một|mỗi) (?:tuần|tháng|năm)(?!\w))"
        r"|(?:(?<=triệu )|(?<=t[ỷỉ] )|(?<=nghìn )|(?<=ngàn )|(?<=\d{3} )|(?<=\d{3}))"
        r"[bB]ảng(?! (?:xếp|đấu|điểm|tin|vàng|hiệu|quảng|thông(?! qua)|[A-H])(?!\w))",
        "GBP",
    ),
    (r"[wW]on|KRW", "KRW"),
    (r"baht|Baht|bath(?!\w)|bạt|THB", "THB"),
    (r"[rR]úp|rubles?|RUB", "RUB"),
    (r"[rR]inggit|MYR|RM(?!\w)", "MYR"),
    (r"peso Mexico|MXN", "MXN"),
    (r"peso(?: Philippines)?|PHP", "PHP"),  # a bare peso in Vietnamese news is the Philippines
    (r"[rR]upiah|IDR", "IDR"),
    (r"[rR]upee|rupi|INR", "INR"),
    (r"franc|CHF", "CHF"),
)
_UNITS: tuple[tuple[str, str], ...] = (
    (r"km/h|km/giờ|Km/h", "km/h"),
    (r"m/s", "m/s"),
    (r"km2|km²|km 2(?!\d|[.,]\d)|km vuông|ki-lô-mét vuông|cây số vuông", "km2"),
    (r"km|Km|KM|ki-lô-mét|kilomet|kilômét|cây số", "km"),
    (r"m2|m²|mét vuông|m 2(?!\d|[.,]\d)", "m2"),
    (r"m3|m³|mét khối|m 3(?!\d|[.,]\d)", "m3"),
    (r"cm3|cm³", "cm3"),  # an engine's size: `dung tích xi-lanh dưới 1.500 cm3`
    (r"cm2|cm²", "cm2"),
    (r"cm|mm|µm|μm|nm|micromet|micromét|micrômét|micrômet|micron", ""),
    (r"milimet|milimét|mi-li-mét", "mm"),
    (r"centimet|centimét|xentimet|xentimét|xen-ti-mét|xăng-ti-mét", "cm"),
    (r"ha|hecta|héc-ta|héc ta|hécta|hec-ta", "ha"),
    (r"mét|m(?![\w/²³])", "m"),
    (r"tấn(?! công)", "tấn"),  # (`làn sóng thứ 2 tấn công`: attacks)
    (r"kiloton|megaton", ""),
    (r"tạ", "tạ"),
    (
        r"kg|Kg|KG|ki-lô-gam|kilogam|kilogram"
        r"|k[ýí](?! (?:kết|tên|giả|hiệu|ức|sự|túc|họa|sinh)(?!\w))",
        "kg",
    ),
    # `vài chục cân rau`: kilograms (not `cân bằng`, `cân đồng hồ`)
    (r"cân(?! (?:bằng|nhắc|đối|đo|xứng|não|sức|chỉnh|đồng hồ|điện tử)(?!\w))", "kg"),
    (r"microgam|microgram|miligam|miligram|gam|gram|gr(?![\w/])|mg|mcg|µg|g(?![\w/])", ""),
    (r"lít|lit|ml|ML|l(?![\w/])|l(?=/\d)|(?<=\d\.\d)L(?![\w/-])", ""),  # `động cơ 2.8L`
    (r"gallon|galông|gal(?![\w/])", "gallon"),
    (r"DWT|GRT|TEU", ""),  # a ship's tonnage, a port's containers
    (r"độ C|°C|ºC|oC|o C(?!\w)|(?<= )0C(?!\w)|⁰C|độ F|°F|ºF|⁰F", ""),
    (r"độ Richter|độ richter", "độ Richter"),
    (r"inch(?:es)?|in-sơ", "inch"),
    (
        r"MWh|GWh|kWh|KWh|kwh|TWh|Wh|MWp|MW|GW|kW|KW|kw|W|kV|KV|V(?!-|\.\w)|vôn|volt|mAh|Hz|kHz|KHz|MHz|GHz"
        r"|[hH]ertz",
        "",
    ),
    (r"Mbps|Gbps|Kbps|TB|GB|MB|KB|MP|megapixel|fps|nit|nits|dpi|PPI|ppi|pixel|px", ""),
    (r"[tT]eraflops|TFLOPS", "teraflops"),
    (r"[pP]etaflops?|PFLOPS", "petaflops"),
    (r"khung hình/giây|khung hình/s", "fps"),
    (r"(?<=(?:240|360|480|576|720|900|080|440|160))p", "p"),  # video lines: `720p`, `1080p`
    (r"feet|ft|dặm|hải lý|sào|công đất|mẫu Anh|pound|ounces?|lb-ft|lbs?", ""),
    (r"năm ánh sáng", ""),  # a distance, before the time word `năm`
    (r"calo|kcal|Kcal|ppm|ppb|dB|mmHg|mmol/l|mg/dl|mSv|ms|bar|atm|BTU|độ(?! tuổi(?!\w))", ""),
    (r"UI/ ?L|IU/ ?L|U/ ?L", "UI/L"),  # enzyme levels: `men gan 1000 UI/L`
    (r"thùng(?= ?(?:dầu|/|\.|,))", "thùng"),
    (r"mã lực|HP|hp|PS|Nm|vòng/phút|v/p|rpm|cc|tấc|lạng|mph|mpg", ""),
    (r"phân khối", "cc"),
    (r"carats?|cara(?!\w)", "carat"),
    (r"ounce|oz|lượng(?= vàng)|chỉ(?= vàng|[.,;)]| và )|cây(?= vàng)", ""),  # `mua 2 chỉ và`
)
_TIME_WORDS = (
    r"năm|tháng|tuần|ngày|đêm|giờ|phút|giây|thập kỷ|thập niên|thế kỷ"
    r"|học k[ỳì](?! (?:[IV]+|\d)(?!\w))"  # `lớp 11 học kỳ II`: the semester's name
    r"|quý(?! (?:[IV]+|\d)(?!\w))"
    r"|hôm(?! (?:qua|nay|kia|thứ|[Cc]hủ nhật)(?!\w)| \d)|"  # `cách đây 4 hôm`; not `hôm 30.1`
    r"tiếng(?! (?:Anh|Việt|Pháp|Nhật|Trung|Hàn|Đức|Nga|nói|động|ồn|kêu|la|hát|chuông|súng|nổ|"
    r"vang|cười|khóc|tăm|thơm|xấu|tốt|hét|còi|sấm|gõ|rên|thét)(?!\w))"
)
# ` ?+` (possessive) is ` ?` here, as no alternative after it starts with a space; it saves
# trying every alternative a second time without the space when they fail with it.
_RIGHT_PATTERN = (
    r"(?P<pct> ?+(?:%o|‰|%)| (?:điểm )?phần trăm(?!\w))"
    rf"| ?+(?P<mult>{_SCALE}(?: {_SCALE}){{0,2}})(?!\w)"  # `326 triệu nghìn tỷ gallon`
    r"|(?P<age> (?:(?P<aw>năm|tháng|tuần|ngày) )?tuổi)(?!\w)"
    r"| ?+(?:"
    + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCIES))
    + r")(?!\w)| ?+(?:"
    + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_UNITS))
    + rf")(?![\w²³])| (?P<tw>{_TIME_WORDS})(?!\w)"
    r"| (?P<lan>lần)(?! thứ| này| tới)(?!\w)"  # not `ở Euro 2020 lần này`
)
_RIGHT = fail_fast(_RIGHT_PATTERN)  # most positions after a number start no unit
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|USD |€|£) ?$")
_CURRENCY_SIGNS = ("$", "$ ", "USD ", "€", "€ ", "£", "£ ")
# English short scales after a currency sign: `£137m`, `$1.2bn`, `€500k`
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "bn": 1e9, "B": 1e9, "tr": 1e6}
_SHORT_SCALE = re.compile(r"(bn|mn|tr|[kmMB])(?![\w²³])")
_RANGE_START = frozenset({"-", "–", "~", " đ", " t", " -", " –", " ~"})
# `đến 450`, `đến hơn 450` (a qualifier may stand on the upper end alone)
_RANGE_QUALIFIER = r"(?:(?:hơn|gần|khoảng|trên|dưới|xấp xỉ) )?"
_UNIT_RANGE = re.compile(rf" ?(?:đến|tới|-|–) ?{_RANGE_QUALIFIER}({_NUM})")
_RANGE_WORD = re.compile(rf" ?(?:đến|tới|-|–|~) ?{_RANGE_QUALIFIER}(?=\d)")
_RATE = re.compile(
    r" ?/ ?((?:\d+ ?)?(?:năm|tháng|tuần|ngày|đêm|giờ|h|phút|giây|người|hộ|ha|sào|kg|tấn|tạ|lít|"
    r"m2|m3|km|km2|con|thùng|lượng|chỉ|cổ phiếu|cp|vé|suất|lần|ca|xe|chuyến|lượt|căn|m|chiếc|"
    r"gói|liều|USD|đồng|dân|trận|học sinh|sản phẩm|quý|vụ|lứa|hộp|chai|lọ|bao|túi|cái|bộ|"
    r"phần|đĩa|bát|ly|cốc|tô|lon|viên|suất|mỗi [^\W\d_]+|s))(?!\w)"
)
_TRO_LEN = re.compile(r"(?: [^\W\d_]+){0,3}? trở (lên|xuống)(?!\w)")
_PERIOD_AFTER = re.compile(
    r" (?:đầu|cuối|giữa)(?: (?:năm|tháng|quý|kỳ|nhiệm kỳ|mùa|của năm)(?!\w)|(?=[,.;:)]|$))"
    r"| (?:năm|của năm) \d{4}"
)
_DAY_IS = re.compile(r"(?:[Hh]ôm (?:nay|qua)|[Nn]gày|[Mm]ai|[Ss]inh nhật|[Tt]ết) (?:là|bằng) $")
_DAYPART_BEFORE = re.compile(
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm) (?:nay|qua|mai),|[Hh]ôm (?:nay|qua|kia),?) $"
)
_DAYPART_AFTER = re.compile(r" (?:sáng|chiều|tối|trưa|đêm|khuya|ngày \d+|hôm)(?!\w)")
_DAY_MONTH_NUMBER = r"\d{1,2}(?:[/.-]\d{1,2}| tháng)"  # `7/10`, `7.10`, `7 tháng`
_DATE_NEXT = re.compile(r" ?" + _DAY_MONTH_NUMBER)
_RUOI = re.compile(r" rưỡi(?!\w)")
_AHEAD = re.compile(r"\)? ?(?:tới|sắp tới|tới đây|năm nay|này)(?!\w)")
_DATE_THEN_WEEKDAY = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})? \(thứ $")  # `20/4 (thứ 3)`
_DATE_AFTER_WEEKDAY = re.compile(r",? ?\(?(?:ngày )?\d{1,2}/\d{1,2}")
_CLOCK_AFTER_GIO = re.compile(
    r" ?(?:\d{1,2}(?: ?phút)?|sáng|chiều|tối|trưa|đêm|khuya|ngày \d+|hôm)(?!\w)"
)
_DAYPART_AFTER_GIO = re.compile(r" (?:sáng|chiều|tối|trưa|đêm|khuya)(?! nay| qua| hôm)(?!\w)")
# a day of the month after a part of the day, with no month: `đêm 22 rạng sáng`, `tối 23 & 24/6`
_DAYPARTS = frozenset({"sáng", "trưa", "chiều", "tối", "đêm", "rạng sáng"})
_DAY_ALONE_AFTER = re.compile(
    r" ?[&;)]|\.(?!\d)| (?:rạng|và|tới|đến|tại)(?!\w)| ?$"
    r"|, (?:sáng|trưa|chiều|tối|đêm|ngày|mùng|mồng|rạng|\d{1,2} ?[/&])"
)
# what follows a body's `vòng 1` (bust), `vòng 2` (waist), `vòng 3` (hips), not a round
_BODY_ROUND = re.compile(
    r"[\"”’]| (?:căng|đầy|nở|lép|phẳng|thon|sexy|gợi cảm|quyến rũ|khủng|nóng bỏng|săn chắc|nhô"
    r"|quá khổ|con kiến|đẫy đà|bốc lửa|ngồn ngộn|khiêm tốn|nảy nở|siêu|lấp ló|hững hờ|gọn|to"
    r"|thừa|không thon|của bạn|của cô|của nàng|bánh mì|ngấn mỡ|hoàn hảo|vun|ngoại cỡ|đẹp nhất"
    r"|hoàn toàn tự nhiên|cùng đôi chân|và đôi chân|nuột nà)(?!\w)"
    r"| [\"“]"
)
# `khoe vòng 1`, `Hoa hậu vòng 3`, `sở hữu vòng 3`: a body measure's name after these
_BODY_ROUND_BEFORE = re.compile(
    r"(?:khoe|sở hữu|có|[Hh]oa hậu|[Mm]iss|[Nn]gười đẹp|siêu|lộ|toàn bộ|số đo)(?: rõ| trọn)? vòng $"
)
_BEFORE_CHRIST = (" trước Công", " năm trước Công", " TCN", " SCN", " sau Công")  # and after
# an era after a year, maybe after the end of a span: `năm 961 đến năm 975 sau Công nguyên`
_ERA_AFTER = re.compile(
    r"(?: (?:đến|tới) (?:năm )?\d{1,4})? (?:(?:sau|trước) [Cc]ông [Nn]guyên|[ST]CN)"
)
_SHOW_NIGHT = re.compile(
    r" (?:thi|nhạc|diễn|trình diễn|biểu diễn|pháo hoa|chung kết|bán kết|gala|liveshow"
    r"|concert)(?!\w)"
)
# words after `N giờ` that make it a span of hours (`24 giờ trước khi`, `24h qua`)
_SPAN_AFTER = re.compile(r" (?:qua|trước khi|sau|trước đó|nữa|liền|liên tục)(?!\w)")
_HOUR_MINUTE = re.compile(r" ?(\d{1,2})(?: ?phút)?(?!\d|[./]\d)")  # (not `18 giờ 11.2`, a date)
_YEAR_WORD_AFTER = re.compile(r" năm ((?:1[89]|20)\d\d)(?!\d)")
_MONTH_YEAR_AFTER = re.compile(r" ?(?:năm|/|,? năm) ?(\d{4})(?!\d)")
_DAY_MONTH_AFTER = re.compile(r" tháng (\d{1,2})(?: ?(?:năm|, năm|/) ?(\d{4}))?(?!\d)")
# a product line after a model number: `iPhone 11 Pro`, `8 Plus`, `Galaxy Note 20 Ultra`
_MODEL_SUFFIX = re.compile(
    r" (?:Pro|Plus|Max|Ultra|Lite|Mini|mini|Prime|Neo|FE|SE|GT|Series)(?!\w)"
)
_ALTERNATIVE_UNIT = re.compile(r" ?(GB|TB|MB|MP|mmHg|km/h)(?!\w)")  # not `1/1,52 inch`
_ID_TAIL = re.compile(r"/[A-ZĐ]|-[A-ZĐ]{2}")
_FROM_BREAKS = re.compile(r"(?: [^\W\d_]+){0,4} (?:xuống|lên|còn|sang|đến|tới) (?:\w+ )?\d")
_PLACE_AFTER_TREN = re.compile(
    r" ?(?:tỉnh|thành|địa bàn|quốc gia|nước|xã|huyện|phường|tuyến|lĩnh vực|khu|điểm|trang|kênh|"
    r"nền tảng|trường|sân|tờ|cơ sở|chuyến|địa phương|thị trường|toàn|khắp|cả)(?!\w)"
)
_SCORE_LEFT = re.compile(
    r"(?<!\w)(?:tỷ số|tỉ số|thắng|thua|hòa|hoà|đánh bại|cách biệt|trận|cầm hòa|vượt qua|gỡ hòa"
    r"|rút ngắn|chung cuộc|loạt sút|luân lưu|thất bại|giao hữu|đè bẹp|hủy diệt|vùi dập|dẫn trước"
    r"|thất thủ|đại thắng|thảm bại|gục ngã|bị dẫn|với điểm|hạ gục|đánh gục|nhấn chìm|đả bại"
    r"|quật ngã|ngược dòng"
    r"|hiệp [12]:"  # `(hiệp 1: 1-2)`: the half-time score
    r")(?!\w)",  # whole words: not the `hoà` of `hoàn thành`
    re.IGNORECASE,
)
_SCORE_RIGHT = re.compile(
    r" (?:trước|với|của) [A-ZĐ]|  ?[A-ZĐ][\w.]+(?: [A-ZĐ]\w*)*(?:[ .,:;)]|$)"  # (`0-2  Juventus`)
    r"| (?:trên|ở|tại) sân(?!\w)"  # `Sài Gòn FC 3-2 trên sân Tam Kỳ`
    r"| \(\d{1,2}-\d{1,2}(?: ?\(\d+\))?[,;] ?\d"  # `Ivashka 2-1 (3-6, 6-2, 6-4)`: sets
)
# events numbered by edition: `SEA Games 29, Para Games 9` is no tally by place
_EVENT_NAMES = ("Games ", "Cup ", "Open ", "Expo ", "Olympic ", "Paralympic ", "Festival ")
_LOWER_CUP = re.compile(r"(?<!\w)[A-Z][A-Za-z]* cup $")
_ADMIN = r"(?:(?:thành phố|thị xã|huyện|tỉnh|quận|xã|phường) )?"
_NAME_LIST_GAP = re.compile(  # `Lý Nhân 337, Bình Lục 15`, `Sóc Trăng (2), Bà Rịa - Vũng Tàu (5)`
    rf"[,;] {_ADMIN}(?:[A-ZĐ][\w.'-]* ?){{1,4}}"
    r"|\)(?:[,;]| và) (?:[A-ZĐ][\w.'-]* ?){1,4}(?:- (?:[A-ZĐ][\w.'-]* ?){1,3})?\("
)
_TALLY_END = re.compile(rf" và {_ADMIN}(?:[A-ZĐ][\w.'-]* ?){{1,4}}")  # `…, Hưng Yên 2 và Hà Nội 1`
# `ứng cử viên số 1`, `hạt giống số 1`, `kẻ thù số 1`: the holder of a rank
_RANK_HOLDERS = frozenset("viên vợt giống thù tiêu tiên sao thủ môn đạo cơ là sút đứng".split())
# ... or a few words before `số` when `của`/a name follows: `mục tiêu chuyển nhượng số 1 của`
_RANK_HOLDER_NEAR = re.compile(
    r"(?<!\w)(?:mục tiêu|chân sút|đối tác|ứng viên|ứng cử viên|thương hiệu|nhãn hiệu|thần tượng"
    r"|thủ thành|siêu sao|ngôi sao|ngôi vị|tôn chỉ|thế lực|chaebol|cao cờ|kỳ thủ)(?!\w)"
    r"[^,;:.()\n]*$"  # in the same clause
)
_RANK_OF = re.compile(r" (?:của|[A-ZĐ])")
_RANK_SCOPE = re.compile(
    r" (?:thế giới|toàn cầu|hành tinh|châu (?:Á|Âu|Phi|Mỹ|lục)|Đông Nam Á|Việt Nam|Hoa Kỳ"
    r"|khu vực|thủ đô|nước [A-ZĐ]\w*)(?!\w)"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JERSEY = re.compile(r" [A-ZĐ]\. ?[A-ZĐ]")
_DOTTED_DM = re.compile(r"(\d{1,2})\.(\d{1,2})")
_MONTH_DOT_YEAR = re.compile(r"(\d{1,2})\.(\d{4})")
_SCORE_VERB_TO = re.compile(
    r"(?:thắng|thua|hòa|hoà|đánh bại|vùi dập|đè bẹp|hủy diệt|dẫn|dẫn trước)(?: đậm)? (?:tới|đến) $"
)
_SCORE_VERB_BEFORE = re.compile(
    r"(?<!\w)(?:[Tt]hắng|[Tt]hua|[Hh]òa|[Hh]oà|đánh bại|vùi dập|đè bẹp|thảm bại|gục ngã)(?: đậm)? $"
)
_SCORE_FOLLOW = frozenset(  # (`thua đậm U20 Pháp 0-4 chiều 25-5`, `thua U-20 Pháp 0-4 đã`)
    "trước với và sau ở tại nghiêng cho của trên trong vào nhưng khi để rồi thì nên ngay chung"
    " cuộc cùng chiều sáng tối đêm trưa hôm ngày đã khiến giúp còn".split()
)
_DMY = re.compile(r"(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})")
_DM = re.compile(r"(\d{1,2}) ?/ ?(\d{1,2})")
_SLASH_SCORE_BEFORE = re.compile(r"(?:t[ỉỷ] số|set) $")
_SET_RUN = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:; \d{1,2}/\d{1,2}){2,}(?![\d/])")
_MY = re.compile(r"(\d{1,2}) ?[/-] ?(\d{4})")
_NAMED_DAY = re.compile(r"(?<!\w)Ngày (?:[^\W\d_]+ ){0,6}$")  # a named day, then its date
_SCORE_WORDS = re.compile(r"(?<!\w)(?:thắng|thua|hòa|hạ|đánh bại|tỷ số|tỉ số|dẫn)(?!\w)")
_DM_DASH = re.compile(r"(\d{1,2})[-/](\d{1,2})")
_MONTH_AND = re.compile(r"[Tt]háng \d{1,2},? (?:và|hoặc|đến|tới) $")  # `tháng 10 và 12-2011`
_MY_SPAN = re.compile(r"(\d{1,2})([/-])(\d{4}) ?[-–] ?(\d{1,2})\2(\d{4})")  # `10/2011 - 7/2012`
_DAY_RANGE = re.compile(r"(\d{1,2}) ?[-–] ?(\d{1,2}) ?[/.] ?(\d{1,2})(?: ?[/.] ?(\d{4}))?")
_DAY_RANGE_DASHED = re.compile(r"(\d{1,2}) ?[-–] ?(\d{1,2})-(\d{1,2})(?:-(\d{4}))?")  # `8 - 9-5`
_DATE_RANGE = re.compile(
    r"(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))? ?[-–] ?(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))?"
)
_DATE_TO = re.compile(
    r" ?(?:đến|tới|-|–) ?(?:(?:ngày|hết ngày|tháng|hết tháng|hết|sáng|trưa|chiều|tối|đêm) )?"
    r"(\d{1,2})"  # `30/4 đến ngày 3/5`, `từ chiều 7/7 đến sáng 8/7`
    r"(?:[/-](\d{1,2})(?:[/-](\d{4}))?|\.(\d{1,2})\.(\d{4})|/(\d{4})"
    r"|(?: [-–] ?|[-–])((?:19|20)\d\d)|\.(\d{1,2})(?![.,]?\d))?(?![\d/])"
)
_PAIR = re.compile(rf"({_NUM}) ?([-–/]) ?({_NUM})")
# the first and the last lunar months, after a day or a span of days
_LUNAR_DAYS = re.compile(r"(?: (?:đến|tới|-) (\d{1,2}))? tháng (?:[Gg]iêng|[Cc]hạp)(?!\w)")
_LUNAR_STARTS = (" tháng ", " đến ", " tới ", " - ")  # what `_LUNAR_DAYS` can start with
# words before `N Tết` that make it a day (`đêm 30 Tết`, `ngày 6 Tết`), not a count of Tết
_TET_DAY_WORDS = _DAYPARTS | frozenset("ngày tức hôm từ đến".split())
# `ngày` opening a date after a number (`số 11 ngày 7/10/2020`), not counting its days
_DATED = re.compile(r" ngày " + _DAY_MONTH_NUMBER)
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d) ?([-–/]) ?((?:19|20)?\d\d)")
# a code's letters and digits after its first number: `/QH13` of `100/2015/QH13`, `NE1` of `2NE1`
# not the `x` of `2340x1080`, nor a unit's exponent (`/1cm2`)
_CODE_TAIL = re.compile(r"(?:(?![xX]\d|[ckdm]?m[23](?!\d))[A-Za-z]+\d+)+")
_DOC_TAIL = re.compile(r"/[A-ZĐ]+(?:-[A-ZĐ]+)*\d+")  # `/QH14` of `34/2018/QH14`, `/NQ-UBTVQH13`
_COMPANY_NAME = re.compile(r"(?:[Cc]ông ty|[Tt]ổng công ty)((?: [^\W\d_][\w&.-]*){0,8}) $")
# words that end a company's name: what the company does or has (`Công ty này có 736 …`)
_NAME_BREAKS = frozenset(
    "này đó có đã được là và với cho bán mua thu đạt lãi lỗ chi nộp tuyển gồm hơn khoảng "
    "từ trong tại của sẽ đang vừa còn chỉ nay phạt trả về việc".split()
)
_PER_NUMBER = re.compile(r"/ ?(?:mỗi )?\d")
# capitalised words that make a name with a lower-case number word before them (`quận Hai Bà
# Trưng` is capitalised anyway); `hai Đảng`, `hai Bộ` are counts
# capitalised bodies that `ba` counts (`ba Bộ`); before another capitalised word `ba` is "father"
_BODIES = frozenset("Bộ Đảng Sở Ban Viện Tỉnh Thành".split())
# words before a capitalised spelled number that make it a name: `tháng Hai`, `thứ Ba`, `quận Ba`
_CAPITAL_NUMBER_PREV = frozenset("tháng thứ mùng mồng ngày quận phường hẻm đường kiệt".split())
_MIDDLE_NAMES = frozenset("Văn Thị Đức Hữu Công Ngọc Đình Quang Bá Trọng Tiến Duy Như".split())
_NAME_AFTER_SPELLED = frozenset({"Bà", "Góc", "Lúa", "Sao", "Tháp"})
_SPELLED_UPPER = re.compile(r" (hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?!\w)")
# `một phần ba`, `hai phần ba`: a spelled fraction (`phần trăm` is a percent, read elsewhere)
_SPELLED_PARTS = SPELLED_DIGITS | {"tư": 4, "mười": 10}
_SPELLED_FRACTION = re.compile(r" phần (hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?!\w)")
_CM_AFTER = re.compile(r" ?\(?cm(?!\w)")
_BODY_MEASUREMENTS = re.compile(r"(?:ba|3) vòng:? (?:là |lần lượt (?:là )?)?$")
_THREE_ROUNDS_BODY = re.compile(
    r" vòng[ :]+(?:lần lượt )?"
    r"(?:\d|[\"“'‘]|lép|săn|nở|đầy|chuẩn|gợi|nóng|bốc|của|sexy|quyến|hoàn hảo)"
)
_RATIO_BEFORE = re.compile(r"[tT][ỷỉ] (?:lệ|số) (?:là )?$")
_RATIO = re.compile(rf"({_NUM}):({_NUM})(?![\d:])")
_QUOTED_WORD = re.compile(r" [\"“‘']([^\W\d_]+)")
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
_VULGAR = re.compile(r"[½⅓⅔¼¾⅕⅛]")
_VULGAR_VALUES = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅛": (1, 8),
}
_WIND = re.compile(r"(?<!\w)(?:[gG]ió|[gG]iật|[sS]óng|[bB]ão|áp thấp)(?!\w)")
_BODY_WORDS = re.compile(r"số đo|hình thể|ba vòng|3 vòng")  # `chỉ số hình thể chuẩn: 85-60-90`
_BODY_BEFORE = re.compile(r"(?:vòng (?:eo|ngực|mông|hông|[123])|số đo) $")
_PENALTY = re.compile(r"(?<!\w)(?:thực hiện|đá|sút|quả|chấm|penalty|loạt|cú|luân lưu) $")
_VERSION_BEFORE = re.compile(
    r"(?i:cách mạng|công nghiệp|kỹ thuật|phiên bản|bản|thời đại|thời|kỷ nguyên) $"
)
_STAT_LABELS = re.compile(
    r"Sút(?: khung thành| trúng đích)?|Phạm lỗi|Phạt góc|Việt vị|Thẻ vàng|Thẻ đỏ|Cứu thua"
    r"|Aces|Lỗi kép|Điểm Break|Tổng số điểm"
)
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # `BN 2.811`: patient 2811
_BIG_SCORE_LEFT = re.compile(
    r"(?:tỷ số|tỉ số|chung cuộc|thắng|thua|thất bại(?: đậm)?|dẫn|dẫn trước|hòa)(?: là)? $"
)
_ADDRESS_IN_BRACKETS = re.compile(
    r"(?: [A-ZĐ][^\W\d_]*){2,4}(?:, (?:TP|Q\.|P\.|quận|phường|tỉnh|[A-ZĐ])|\))"
)
_ADDRESS_AFTER = re.compile(  # a street, then its ward, district or city
    r"(?: [A-ZĐ][^\W\d_]*){2,4}(?:, (?:TP\b|TP\.|Q\.|Q\d|P\.|P\d|[qQ]uận|[pP]hường|Hà Nội|TPHCM)"
    r"| (?:quận|phường) [A-ZĐ\d])"
)
_SLASH_DATE_AND = re.compile(r"(?<![\d,.])(\d{1,2})/(\d{1,2}) và $")


def _date_then_and(before: str) -> bool:
    """`30/4 và `: a day of a month (no fraction: its part exceeds its whole) then `và`."""
    m = _SLASH_DATE_AND.search(before)
    return m is not None and int(m.group(1)) > int(m.group(2))


_DATE_THEN_AND = re.compile(r"(?<![\d,.])\d{1,2}[-/]\d{1,2} và $|[nN]gày \d{1,2} và $")

# ----------------------------------------------------------------------------------------------
# Words before a number
# ----------------------------------------------------------------------------------------------


def _invert(groups: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Map every phrase of `groups` to the name of its group."""
    return {phrase: name for name, phrases in groups.items() for phrase in phrases}


_QUALIFIER_WORDS: dict[str, str] = _invert(
    {
        "less_than": (
            "dưới",
            "chưa đến",
            "chưa tới",
            "chưa đầy",
            "chưa được",
            "không đến",
            "không tới",
            "không đầy",
            "thấp hơn",
            "ít hơn",
        ),
        "at_most": ("không quá", "không vượt quá", "tối đa", "lên tới", "lên đến", "nhiều nhất"),
        "at_least": (
            "ít nhất",
            "ít nhất là",
            "tối thiểu",
            "từ",
            "không dưới",
            "không ít hơn",
            "không kém",
        ),
        "more_than": ("hơn", "trên", "nhiều hơn", "cao hơn", "hơn cả"),
        "nearly": ("gần", "suýt", "xấp xỉ", "ngót", "ngót nghét", "tới gần", "gần như", "sát"),
        "about": (
            "khoảng",
            "chừng",
            "ước tính",
            "ước khoảng",
            "ước",
            "tầm",
            "cỡ",
            "độ chừng",
            "trên dưới",
            "xung quanh",
            "khoảng chừng",
            "ước chừng",
            "vào khoảng",
        ),
    }
)

_PHONE_KEYWORDS = frozenset(
    {
        "hotline",
        "đường dây nóng",
        "điện thoại",
        "số điện thoại",
        "tổng đài",
        "sđt",
        "đt",
        "fax",
        "tel",
        "điện thoại số",
        "đường dây nóng số",
        "hotline:",
        "zalo",
        "di động",
        "máy lẻ",
    }
)
# Words right before a number that make it a context number (or a phone number).
_LEFT_KEYWORDS: dict[str, str] = _invert(
    {
        "ordinal": (
            "chương",  # a chapter: `Chương 1: Công tác đào đất`, `chương V`
            "liveshow",  # a contest's round: `Liveshow 4`, `live show 8`
            "live show",
            "thứ",
            "thế hệ",  # `tiêm kích thế hệ 5`
            "nguyện vọng",  # `trúng tuyển nguyện vọng 1`
            "ưu tiên",  # `nhóm ưu tiên 1`, `nguyện vọng ưu tiên 1, 2, 3`
            "phương thức",  # `Phương thức 1: xét tuyển thẳng`
            "phần",  # `Phần 1: Tư duy định lượng`, `phim phần 2`: a part, as `phần hai`
            "nhánh",  # `nhánh 1 từ đường Trường Sơn`: the first branch
            "lượt trận",  # `lượt trận 14`: the 14th matchday
            "khóa",
            "khoá",
            "vòng",
            "top",
            "tốp",
            "hạng",
            "đợt",
            "lượt",
            "làn sóng",
            "bậc",
            "vị trí",
            "kỳ",
            "phiên",
            "hiệp",
            "ván",
            "mũi",  # `Mũi 1 lúc 1 tuổi`: the first dose (`tiêm 2 mũi` counts)
            "set",  # tennis: `set 2`, `game 3`, `giao bóng 1`
            "game",
            "giao bóng",
            "chặng",
            "mùa",
            "tập",
            "đại hội",
            "hội nghị",
            "kỳ họp",
            "tầng",
            "lầu",
            "số thứ tự",
            "chương trình",
            "giải",
            "á hậu",
            "á quân",
            "á khôi",
            "hạt giống",
            "bảng xếp hạng",
            "lần",
            "trung ương",
            "bước",
            "đội hình",  # `Đội hình 1: Phí Minh Long; …`
            "bài",  # `bài 13: Tổng kết lịch sử`
            "thế chiến",  # `thế chiến 3`
            "chiến tranh thế giới",  # `Chiến tranh thế giới 2`
            "lộ trình",  # `lộ trình 1: Nguyễn Trung Trực - …`
        ),
        "identifier": (
            "cấp độ",  # `cấp độ 2` (a burn), `trực tuyến mức độ 4`: a grade, as `cấp 2`
            "mức độ",
            "ban chỉ đạo",
            "quản lý dự án",  # `Ban Quản lý dự án 2 (Bộ GTVT)`
            "ban qlda",
            "chỉ thị",
            "nghị định",
            "nghị quyết",
            "quyết định",
            "thông tư",
            "liên tịch",  # `Thông tư liên tịch 08`
            "công văn",
            "thông báo",
            "kết luận",
            "công điện",
            "điều",
            "khoản",
            "mục",
            "phụ lục",
            "quy chuẩn",  # `đáp ứng quy chuẩn 52 (quy chuẩn quốc gia về nước thải …)`
            "số",
            "ngõ",
            "ngách",
            "hẻm",
            "kiệt",
            "quốc lộ",
            "tỉnh lộ",
            "hương lộ",
            "tiểu khu",  # `phá rừng tại tiểu khu 543`
            "chuyên án",  # `Phó ban chuyên án 516`
            "biệt thự",  # `biệt thự 122 khu Trung Sơn`
            "đường tỉnh",
            "ql",
            "tl",
            "đt",
            "km",
            "tổ",
            "tổ máy",  # `tổ máy 1, 2 và 4`: a power plant's generating units
            "tổ dân phố",
            "khu phố",
            "thôn",
            "xóm",
            "ấp",
            "khóm",  # `ngụ khóm 6, phường 8`: a ward's hamlet in the Mekong delta
            "khối",
            "phường",
            "quận",
            "cấp",
            "phòng",
            "lô",
            "căn hộ",
            "tòa",
            "toà",
            "block",
            "biển số",
            "biển kiểm soát",
            "bks",
            "bệnh nhân",
            "bn",
            "tuýp",
            "type",
            "typ",
            "nhóm",
            "phiên bản",
            "mã",
            "mã số",
            "trâu",  # `trâu 18 lao về phía anh`: a fighting buffalo by its number
            "quán",  # `quán karaoke 79`, `quán 157 đứng ra`: a shop by its number
            "karaoke",
            "cà phê",
            "khoảnh",  # `khoảnh 3, tiểu khu 70`: plots of a forest
            "tiểu khu",
            "mã vùng",  # `từ mã vùng 511 sang mã vùng mới 236`: telephone area codes
            "mã vùng mới",
            "mã vùng cũ",
            "mã đề",
            "câu",  # `câu 66 mã đề 302`: an exam's question
            "model",
            "chuyến bay",
            "sư đoàn",
            "trung đoàn",
            "lữ đoàn",
            "công binh",  # `Lữ đoàn Công binh 83`
            "pháo binh",
            "quân khu",
            "quân đoàn",
            "hạm đội",
            "tiểu đoàn",
            "đại đội",
            "hải đội",  # `Hải đội 4`
            "báo động",  # a flood alert level: `dưới báo động 1`, `trên BĐ 2`
            "bđ",
            "khối phố",  # `Khối phố 9, phường Tân Giang`
            "trại tạm giam",  # `trại tạm giam 16, Bộ Công an`
            "trại giam",
            # a unit named by its arm, then its number: `Tiểu đoàn Đặc công 18`
            "tiểu đoàn đặc công",
            "lữ đoàn đặc công",
            "lữ đoàn không vận",
            "trung đoàn tiêm kích",
            "trung đoàn tên lửa",
            "sư đoàn phòng không",
            "vùng cảnh sát biển",  # `Vùng Cảnh sát biển 3` (not `Cảnh sát biển 2 nước`)
            "tuyến",
            "ga",
            "cổng",
            "trạm",
            "khu vực",
            "cao tốc",
            "bảng",
            "kênh",
            "sân",
            "làn",
            "hầm",
            "đề án",
            "covid",
            "sars-cov",
            "công thức",  # `tay đua Công thức 1`: Formula One
            "tàu ngầm",  # `tàu ngầm 187 Bà Rịa-Vũng Tàu`: a hull number
            "máy tàu",
            "vỏ thép",  # `tàu vỏ thép 67`: built under Decree 67
            "exynos",  # chips: `Exynos 8895`, `Kirin 970`, `Helio P25`
            "kirin",
            "helio",
            "ra đa",
            "loại",
            "nhà",
            "đường",
            "công viên",
            "quảng trường",
            "lớp",  # a school grade: `lớp 12`
            "kỳ quay",  # a lottery draw: `kỳ quay 141`
            "kỳ quay số",
            "kỳ mở thưởng",
            "mega",  # `Mega 6/45`, `Power 6/55`
            "power",
            "mẫu",
            "series",
            "tier",
            "level",
            "gen",
            "chủng",
            "đoạn",
            "trụ",
            "cầu",
            "bến",
            "lò",
            "giếng",
            "khoang",
            "cửa",
            "số hiệu",
            "biên bản",
            "mô hình",
            "khu",
            "dãy",
            "căn",
            "ô",
            "thửa",
            "tờ",
            "tờ bản đồ",
            "thửa đất",
            "hộp thư",
            "tài khoản",
            "bản",
            "bưu cục",
            "xe",
            "tàu",
            "máy bay",
            "hạng mục",
            "gói thầu",
            "gói",  # `mua gói 3`, `gói bảo hiểm 6`: a numbered package
            "gói bảo hiểm",
            "gói cước",
            "ca bệnh",
            "ca",
            "tiêu chí",
            "xã",
            "đội",
            "iphone",
            "galaxy",
            "windows",
            "android",
            "ios",
            "ipados",  # `iPadOS 15`, `watchOS 8`, `macOS 12`, `tvOS 15`: versions
            "watchos",
            "macos",
            "tvos",
            "pháp lệnh",
            "luật số",
            "chấm",
            "phương án",
            "kịch bản",
            "bệnh viện",
            "viện",
            "quân y viện",
            "vành đai",
            "chi bộ",  # `Phó Bí thư Chi bộ 5`
            "trang",  # a page: `trên trang 02`
            "omega",
            "ngã",  # `tại ngã 3 Tiền Định`: a crossroads (`bị ngã 2 lần` counts)
            "pháo binh",  # `Sư đoàn Pháo binh 351`
            "bộ binh",
            "realme",
            "nhà máy",  # `Nhà máy 92`
            "văn bằng",  # `văn bằng 2`: a second degree
        ),
        "date": (
            "ngày",
            "hôm",
            "mùng",
            "mồng",
            "rạng sáng",
            "sáng",
            "chiều",
            "tối",
            "trưa",
            "đêm",
            "khuya",
            "sáng sớm",
            "sáng nay",
            "chiều nay",
            "tối nay",
            "trưa nay",
            "đêm nay",
            "hôm nay",
            "chủ nhật",
        ),
        "month": ("tháng",),
        "year": (
            "năm",
            "sinh năm",
            "sn",
            "đầu năm",
            "cuối năm",
            "giữa năm",
            "từ năm",
            "mùa hè",
            "hè",
            "mùa xuân",
            "mùa thu",
            "mùa đông",
            "tết",
        ),
        "period": (
            "nhiệm kỳ",
            "giai đoạn",
            "niên độ",
            "niên khóa",
            "niên khoá",
            "mùa giải",
            "năm học",
            "thập niên",
            "thập kỷ",
            "thế kỷ",
            "thế kỷ thứ",  # `thế kỷ thứ 3 trước Công nguyên`: a century, as `thế kỷ 3`
            "những năm",
            "quý",
            "quí",  # the older spelling, read as `quý` (`_SPELLINGS`)
            "niên vụ",
            "vụ",
            "kế hoạch",
            "thế kỉ",
            "thập kỉ",
            "năm tài chính",
            "tài khóa",
        ),
        "time": ("lúc", "vào lúc", "phút", "phút thứ"),
        "age": ("tuổi", "độ tuổi", "ở tuổi", "lứa tuổi", "nhóm tuổi", "tuổi đời", "tuổi thứ"),
    }
) | dict.fromkeys(_PHONE_KEYWORDS, "phone")
# Keywords that only apply when what follows does not decide (`nhóm 3 người` is a count).
_WEAK_KEYWORDS = frozenset(
    {
        "bài",
        "ngã",
        "đội hình",  # `đội hình 11 người`
        "bảng xếp hạng",  # `bảng xếp hạng 1000 thương hiệu`
        "nhà máy",  # `nhà máy 500 công nhân`
        "lộ trình",  # `lộ trình 6 năm`: a span
        "trang",  # `trang 5 bức ảnh`
        "số",
        "nguyện vọng",  # `điều chỉnh nguyện vọng 3 lần`: three times
        "ưu tiên",  # `ưu tiên 2 nhóm`
        "phương thức",  # `phương thức 2 bước`
        "nhóm",
        "khu",
        "tổ",
        "cấp",
        "mức độ",
        "loại",
        "vụ",
        "kế hoạch",
        "chương trình",
        "mô hình",
        "đề án",
        "biên bản",  # `lập biên bản 1.178 trường hợp`
        "gói",  # `gói 3 món`
        "biệt thự",  # `biệt thự 3 tầng`
        "gói bảo hiểm",
        "gói cước",
        "lô",
        "phần",
        "bảng",
        "vòng",
        "làn",
        "tập",
        "kỳ",
        "mùa",
        "hạng",
        "bậc",
        "tuyến",
        "đoạn",
        "cầu",
        "sân",
        "trạm",
        "nhà",
        "cửa",
        "hầm",
        "lò",
        "giếng",
        "khoang",
        "mẫu",
        "phiên",
        "đợt",
        "lượt",
        "vị trí",
        "km",
        "đại hội",
        "hội nghị",
        "lớp",
        "phút",
        "trụ",
        "bến",
        "ga",
        "khối",
        "tầng",
        "lầu",
        "phòng",
        "block",
        "gen",
        "level",
        "chủng",
        "series",
        "ván",
        "chặng",
        "hiệp",
        "cổng",
        "khu vực",
        "kênh",
        "điều",
        "khoản",
        "mục",
        "ngày",
        "hôm",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
        "khuya",
        "đường",
        "dãy",
        "căn",
        "ô",
        "tờ",
        "bản",
        "xe",
        "tàu",
        "máy bay",
        "hạng mục",
        "ca",
        "tiêu chí",
        "xã",
        "đội",
        "giải",
        "tết",
        "mùa hè",
        "mùa xuân",
        "mùa thu",
        "mùa đông",
        "thửa",
        "sáng nay",
        "chiều nay",
        "tối nay",
        "trưa nay",
        "đêm nay",
        "hôm nay",
        "chủ nhật",
        "sáng sớm",
        "rạng sáng",
        "mùng",
        "mồng",
    }
)
_EVERY_MONTH = ("mỗi", "hàng", "hằng")
_COMPOUND_PREV: dict[str, frozenset[str]] = {
    "lúc": frozenset({"cùng", "một", "đôi", "nhiều", "những", "có"}),  # `cùng lúc 20 vệ tinh`
    "tháng": frozenset(_EVERY_MONTH),  # `mỗi tháng 5-6 triệu`: every month
    "giải": frozenset({"phân", "hòa", "hoà", "tháo", "lý", "lí", "diễn"}),  # `độ phân giải 1080`
    "cấp": frozenset(
        {
            "khẩn",
            "cung",
            "cao",
            "trung",
            "sơ",
            "thượng",
            "phân",
            "nâng",
            "cấp",
            "cứu",
            "hạ",
            "đẳng",
            "cận",
            "các",
            "chính",
            "mọi",
        }
    ),
    "số": frozenset(
        {
            "đa",
            "thiểu",
            "tỷ",
            "tỉ",
            "hệ",
            "kỹ",
            "ký",
            "điểm",
            "tổng",
            "đại",
            "dân",
            "số",
            "một",
            "những",
            "các",
            "doanh",  # `doanh số 110 triệu bản`: sales
            "cổ",
            "tần",
            "hằng",
            "con",  # `con số 45`: the figure
            "cơ",  # `cơ số 37 ngư lôi`: a stock of
        }
    ),
    "tập": frozenset({"triệu", "học", "luyện", "tuyển", "tổng", "thu", "tụ"}),  # `triệu tập 28`
    "cầu": frozenset(
        {"yêu", "nhu", "toàn", "địa", "khẩn", "hoàn", "mưu", "thỉnh", "bóng", "cung", "lông"}
    ),
    "phần": frozenset({"cổ", "thành", "bộ", "góp", "một", "các"}),
    "vòng": frozenset({"trong"}),  # `trong vòng 4 vòng đấu`: within
    "ngã": frozenset({"gục", "té", "vấp", "sụp", "đổ", "quật"}),  # `gục ngã 1-3`: not a junction
    "bài": frozenset({"sòng", "đánh", "lá", "ván", "bộ", "các", "những"}),  # `sòng bài 235`
    "trang": frozenset(
        {"thời", "nữ", "cải", "giả", "hóa", "hoá", "ngụy", "chỉnh", "khang", "vũ", "các", "những"}
    ),
    "loại": frozenset({"phân", "các", "nhiều", "chủng", "đồng"}),
    "cửa": frozenset({"mở", "đóng", "các"}),
    "mẫu": frozenset({"lấy", "mô", "các", "xét"}),
    "kỳ": frozenset({"cùng", "nhiệm", "định", "chu", "thời", "bất", "hạn", "trường"}),
    "khối": frozenset({"các", "khối"}),
    "nhóm": frozenset({"các", "những", "theo"}),
    "xe": frozenset({"các", "những", "chiếc", "lái", "đi"}),
    "ca": frozenset({"các", "những", "ghi", "nhận", "có"}),
    "lô": frozenset({"các", "những", "ba"}),
    "đội": frozenset(
        {
            "các",
            "những",
            "quân",
            "đồng",
            "biệt",
            "hải",
            "phân",
            "trung",
            "tiểu",
            "đại",
            "bộ",
            "lực",
            "cơ",
            "hàng",
            "đơn",
        }
    ),
    "đoạn": frozenset({"giai", "các", "những"}),
    "tổ": frozenset({"các", "những"}),
    "bảng": frozenset({"các", "những"}),
    "tuyến": frozenset({"các", "những", "trực", "nội", "ngoại"}),
    "mã": frozenset({"các", "những", "mật"}),
    "câu": frozenset({"các", "những", "mỗi", "từng", "mấy", "vài", "một"}),
    "viện": frozenset({"nhập", "xuất", "ra", "vào"}),  # `nhập viện 10 ngày`
    "lớp": frozenset({"mỗi", "từng", "một"}),  # `mỗi lớp 30 học sinh`: a class's size
    "mục": frozenset({"danh", "hạng", "tiết", "các", "những", "chuyên"}),
    "hạng": frozenset({"xuống", "lên", "thăng", "trụ", "các", "những"}),
}
_KW_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in _LEFT_KEYWORDS)
_QUAL_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in _QUALIFIER_WORDS)
_SLOW_LAST = _KW_LAST | _QUAL_LAST | {"lượt"}  # last words that need the full left reading
_ROMAN_KEYWORDS: dict[str, str] = {
    "khóa": "ordinal",
    "khoá": "ordinal",
    "thứ": "ordinal",
    "kỳ": "ordinal",
    "đại hội": "ordinal",
    "hội nghị": "ordinal",
    "lần": "ordinal",
    "đợt": "ordinal",
    "vòng": "ordinal",
    "hạng": "ordinal",
    "cấp": "identifier",
    "quý": "period",
    "quí": "period",
    "thế kỷ": "period",
    "thế kỷ thứ": "period",
    "thế kỉ": "period",
    "giai đoạn": "identifier",
    "phần": "identifier",
    "chương": "ordinal",
    "mục": "identifier",
    "phụ lục": "identifier",
    "loại": "identifier",
    "nhóm": "identifier",
    "tier": "identifier",
    "quân khu": "identifier",
    "quân đoàn": "identifier",
    "sư đoàn": "identifier",
    "khu vực": "identifier",
    "vùng": "identifier",
    "tập": "identifier",
    "trung ương": "ordinal",
    "kỳ họp": "ordinal",
    "quốc hội": "ordinal",
    "khu": "identifier",
    "bảng": "identifier",
    "điều": "identifier",
    "pháp lệnh": "identifier",
    "hội đồng": "ordinal",
    "ban chấp hành": "ordinal",
    "thế chiến": "ordinal",
    "chiến tranh thế giới": "ordinal",
    "mùa": "ordinal",
}
_DATE_TRIGGERS = frozenset(
    {
        "ngày",
        "hôm",
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
        "khuya",
        "nay",
        "qua",
        "vào",
        "từ",
        "đến",
        "tới",
        "mùng",
        "mồng",
        "lúc",
        "dịp",
        "hạn",
        "(",
        "ngày:",
        "nhật",
        "lễ",
        "tết",
    }
)
_DATE_FOLLOW = frozenset(
    {
        "vừa",
        "tới",
        "này",
        "năm",
        "qua",
        "tại",
        "ở",
        "đến",
        "và",
        "hoặc",
        "nhằm",
        "theo",
        "cho",
        "sẽ",
        "đã",
        "của",
        "hàng",
        "là",
        "thì",
        "mới",
        "sau",
        "trước",
        "nay",
        "đó",
        "kia",
        "với",
        "khi",
        "do",
        "để",
        "lúc",
        "trên",
        "dưới",
        "như",
        "bởi",
        "vẫn",
        "cũng",
        "vào",
        "trong",
        "đang",
        "thông",
        "tổ",
        "diễn",
        "kết",
        "ra",
        "có",
        "được",
        "bị",
    }
)
# `mọi năm`, `cuối năm nhà trường`: the year word, not five
_EVERY_OR_PART = frozenset(
    "mọi mỗi hằng hàng các những từng cuối đầu giữa nửa nhiều mấy vài".split()
)
_YEARS_SPAN_AFTER = re.compile(
    r"(?:[.,;:)]|$| (?:tới|qua|nay|trước|sau|liền|liên tiếp|gần đây|trở lại đây|rưỡi)(?!\w))"
)
_PERSONS = frozenset("ông bà anh chị em tôi cô chú cháu mình nó con bố mẹ họ".split())
_AMONG_COUNTED = re.compile(
    r" trong số (?:\d|hai|ba|bốn|năm|sáu|b[ảẩ]y|tám|chín|mười|những|rất|đó|này|họ|chúng)"
)
_SIBLINGS = re.compile(r" (?:anh|chị) em(?!\w)")
_SPELLED_SKIP_NEXT: dict[str, frozenset[str]] = {
    "một": frozenset({"mình", "chút", "số", "cách", "trong", "vài", "ít", "thời", "lúc", "khi"}),
    "hai": frozenset({"là", "bên", "lúa", "mặt", "chiều", "vai", "ba"}),
    "ba": frozenset(
        {
            "vòng",
            "lô",
            "gác",
            "hoa",
            "sa",
            "gai",
            "trợn",
            "mẹ",
            "má",
            "tôi",
            "em",
            "anh",
            "chị",
            "ơi",
            "của",
            "là",
            "ba",
            "bốn",
            "nó",
            "cháu",
            "ruột",
            "vợ",
            "chồng",
            "nuôi",
            "dượng",
            "bé",
            "mình",
            "ấy",
            "đẻ",
            "già",
            "Bị",
            "bị",
            "đã",
            "đang",
            "vẫn",
            "không",
            "cũng",
            "chết",  # `đánh ba chết rồi`: father (southern `ba`)
            "nằm",
            "nói",
            "kể",
            "bảo",
            "sẽ",
            "hát",  # `tôi chỉ nghe ba hát`: father
            "đi",
            "dạy",
            "luôn",
            "thường",
            "từng",
            "mất",
            "thương",  # `Ba thương con`
            "tin",  # `Ba tin rằng con…`, `Ba nhớ con`
            "nhớ",
            "yêu",
            "mong",
            "dùng",  # `Ba dùng dao đâm`: a man named Ba
        }
    ),
    "bốn": frozenset({"phương", "bề", "mùa", "là", "bể", "biển", "năm"}),
    "chín": frozenset(
        {
            "muồi",
            "chắn",
            "đỏ",
            "mọng",
            "rục",
            "tới",
            "là",
            "vàng",
            "cây",
            "quả",
            "trái",
            "kỹ",
            "kĩ",
            "hẳn",
            "dần",
            "nục",
            "mười",
            "sớm",
            "ép",
            "đều",
        }
    ),
    "sáu": frozenset({"là", "bảy"}),
    "bảy": frozenset({"là", "tám", "nổi", "chìm"}),
    "tám": frozenset({"là", "chín", "chuyện", "nhảm"}),
    "mười": frozenset({"phân", "là", "mươi"}),
}
_SPELLED_SKIP_PREV = frozenset(
    {
        "đòn",  # `đòn bẩy`: a lever, not seven
        "cả",
        "tháng",
        "lớp",
        "số",
        "mùng",
        "mồng",
        "năm",
        "một",
        "vài",
        "mấy",
        "dăm",
        "đôi",
        "chương",
        "tầng",
        "lầu",
        "phần",
        "quý",
        "ngày",
        "kỳ",
        "khóa",
        "khoá",
        "đời",
        "hạng",
        "top",
        "tốp",
        "nhất",
        "bé",
        "anh",
        "chị",
        "em",
        "ông",
        "bà",
        "cô",
        "chú",
        "bác",
        "cậu",
        "dì",
        "út",
        "thằng",
        "ngã",
        "con",
        "giải",
        "thập",
        "lần",
        "mười",
        "đứng",
        "vị",
    }
)
_WEEKDAY_PREV = frozenset(
    {
        "sáng",
        "chiều",
        "tối",
        "trưa",
        "đêm",
        "khuya",
        "hôm",
        "vào",
        "từ",
        "đến",
        "tới",
        "các",
        "mỗi",
        "hàng",
        "cuối",
        "đầu",
        "thứ",
        "sớm",
        "rạng",
        "là",
        "trước",
        "sau",
        "nay",
    }
)
_COUNTED_NOUNS = frozenset(
    {
        "người",
        "làn",  # `đường cao tốc 4 làn xe`
        "máy",  # `J-16, 4 máy bay J-10`
        "ca",
        "điểm",
        "bàn",
        "trận",
        "lần",
        "chiếc",
        "con",
        "cái",
        "căn",
        "hộ",
        "vụ",
        "tỉnh",
        "nước",
        "đội",
        "em",
        "trẻ",
        "xã",
        "huyện",
        "ngày",
        "tuổi",
        "năm",
        "tháng",
        "tuần",
        "giờ",
        "phút",
        "giây",
        "lượt",
        "suất",
        "liều",
        "thí",
        "trường",
        "cuốn",
        "bài",
        "mẫu",
        "vé",
        "xe",
        "tàu",
        "chuyến",
        "chỗ",  # `xe 5 chỗ`
        "tầng",  # `khối nhà 2 tầng`
        "buổi",
        "tuyến",
        "thẻ",
        "bộ",
        "loại",
        "nhóm",
        "cặp",
        "kg",
        "tấn",
        "km",
        "m",
        "ha",
        "tỷ",
        "triệu",
        "nghìn",
        "ngàn",
        "sinh",
        "nhân",
        "cán",
        "chiến",
        "phòng",  # `tòa nhà 250 phòng`
        "cấp",  # `hộp số ZF 8 cấp`
        "loa",
        "chấu",
        "chữ",
        "container",
        "viên",
        "cá",  # `120 cá nhân`
        "doanh",  # `241 doanh nghiệp`
        "thương",  # `1000 thương hiệu`
        "đột",  # `biến chủng 34 đột biến`
        "chức",  # `Nadal 35 chức vô địch`
        "nạn",  # `4 nạn nhân`
        "bệnh",  # `2-3 bệnh nhân`
        "món",  # `gói 3 món`
        "dãy",  # `máy chụp CT 128 dãy`
        "phiếu",  # `Hà Lan 184 phiếu`
        "visa",
        "ghế",
    }
)
# Keywords after which a lower-case noun makes the number a count (`xe 16 chỗ`).
_SERVICE_NUMBER = re.compile(r"1[89]00[., ]\d{4}|1[89]00[., ]\d{2,3}[., ]\d{2,3}")
_NAME_FOLLOW_WORDS = (
    " của",
    " đã",
    " đang",
    " sẽ",
    " vừa",
    " từng",
    " lên sóng",
    " tái hợp",
    " ra mắt",
    " phát sóng",
    " tiếp theo",
)
_NAME_OR_QUOTE = _NAME_FOLLOW_WORDS + ("”", '"')
_NAME_FOLLOW = re.compile(
    r" (?:của|đã|đang|sẽ|vừa|từng|lên sóng|tái hợp|ra mắt|phát sóng|tiếp theo)(?!\w)"
)
# Words before a number that make the number a quantity (`có 3 của`, `đạt 10 đã`).
_NAME_NOT_PREV = frozenset(
    "là có được đạt còn lên xuống tăng giảm với từ đến tới và hơn gần khoảng chỉ mất cả các những "
    "nhận ghi thêm bằng tổng số trong ngoài sau trước thì mà nhưng hoặc hay cho ra vào về tại ở "
    "bán mua giữ lại chiếm gồm như thấy hết chừng đủ mỗi mọi lấy dùng gấp tốn bỏ trả nộp đón "
    "đưa tìm cứu bắt xử phạt giết làm cộng chục trăm nghìn ngàn triệu tỷ".split()
)
_OFFICE_TITLES = tuple(  # `4 Phó Thủ tướng`: office holders counted
    f"{deputy}{title}"
    for deputy in ("", "Phó ")
    for title in (
        "Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Giám đốc|Tổng Giám đốc|Bí thư|Tổng thống"
        "|Đại sứ|Ủy viên|Uỷ viên|Đại biểu|Hoa hậu"
    ).split("|")
)
_STREET_AFTER = re.compile(r" (?:ngõ|ngách|hẻm|kiệt|phố|đường|đại lộ|khu phố|thôn|ấp)(?!\w)")
_CAP_NOT_COUNTED = re.compile(
    r" (?:ngày|cho|phép|tỉnh|huyện|xã|quốc|thành|trung|bộ|cơ|có|lại|mới|đổi|phát|sổ)(?!\w)"
)
_TWO_WORD_NOUNS = (" dân", " nhân", " ty", " trình", " chức", " thủ", " sở")  # `11 cơ sở`
# counted nouns of two syllables, by the first: the second decides (`2 công dân`, `18 cầu thủ`,
# `Việt Nam 205 dự án`, `Federer (18 Grand Slam)`; not `108 công bố`, `iPhone 8 dự kiến`)
_TWO_SYLLABLE_NOUNS: dict[str, tuple[str, ...]] = {
    "công": _TWO_WORD_NOUNS,
    "cầu": _TWO_WORD_NOUNS,
    "cơ": _TWO_WORD_NOUNS,
    "dự": (" án",),
    "thành": (" viên",),
    "sản": (" phẩm",),
    "danh": (" hiệu",),
    "huy": (" chương",),
    "tiêm": (" kích",),
    "đối": (" tượng",),  # `Thạch Hà 134 đối tượng`
    "lựu": (" đạn",),
    "Grand": (" Slam",),
}
# ... but not a numbered branch or a bill's article: `Bệnh viện 108 cơ sở 2`, `Điều 23 dự án Luật`
_NOT_COUNTED_AFTER_NOUN = re.compile(r" sở \d| án [lL]uật")
_STREET_NAMED = re.compile(r" (?:phố|đường|ngõ|hẻm) [A-ZĐ](?![A-ZĐ])\w")  # not `đường CHC`
_MARKER_NEXT = re.compile(r" (?:\(|thuộc|trên|tại|ở|và|đến|biên giới)(?!\w)")
_GOLD_PURITY = frozenset({"9999", "999.9", "999,9", "99.99", "99,99"})
_EMERGENCY = frozenset({"111", "112", "113", "114", "115"})
_EMERGENCY_PREV = frozenset("sát tác tổ gọi số đội hỏa hoả cứu đường dây tổng đài tin".split())
_MEASURE_NOUNS = frozenset(
    "thìa muỗng chén bát cốc ly tách quả trái củ cây bó lít kg gam số phần lượng chai lon gói "
    "nhánh lát miếng".split()
)
# keywords of a decade or a century: the number after them is a period (`thế kỷ thứ 3`)
_ERA_KEYWORDS = frozenset(
    {"thập niên", "thập kỷ", "thập kỉ", "những năm", "thế kỷ", "thế kỉ", "thế kỷ thứ"}
)
# the word before `N bánh` when it names a class of vehicle or drive
_WHEELED = frozenset("xe chiếc động loại máy tô con".split())
_SWIMWEAR = frozenset("bikini bơi tắm".split())  # `bikini hai mảnh`, `đồ bơi 2 mảnh`
_NOUN_MAKES_COUNT = frozenset({"nhóm", "máy bay", "xe", "tàu", "ca", "mẫu", "khu", "đội"})
# function words, not a counted noun, after `nhóm 2`, `đội 1`: the group's or team's name
_FUNCTION_NEXT = frozenset(
    "do nên cùng và với của là thì mà được khi sẽ đã đang thuộc tại ở".split()
)
_SO_COUNTING = frozenset(
    {
        "trong",
        "con",
        "tổng",
        "với",
        "có",
        "chiếm",
        "đạt",
        "điểm",
        "tỷ",
        "tỉ",
        "là",
        "lên",
        "xuống",
        "thêm",
        "ở",
        "mức",
        "nâng",
    }
)
_NOT_NAMES = frozenset({"TP", "USD", "VND", "VNĐ", "EUR", "GDP", "CPI", "ĐT", "SĐT", "BN"})
_ADDRESS_PREV = frozenset(
    {"trú", "ở", "tại", "chỉ", "address", "số", "nhà", "đường", "phố", "trụ", "sở", "ngụ", "về"}
)
_SENTENCE_OPENERS = frozenset('.!?:;"“”([-–•*…+>')
_LABEL_ENDS = (":", ",", ";", ")", "”", "(")  # `Label: 5`, `quận, 17`, `10 lần (45.000 lượt)`:
# no keyword reaches over, but a date's or a phone's (`hôm nay (14.6`, `Điện thoại: (00974)`)
_THROUGH_BRACKET = frozenset({"date", "month", "year", "phone"})
_JOINERS = frozenset("-–./_@#&+*:")
_WORD_PUNCT = "-+(“\"[•*'‘…>:,;)”]"

# ----------------------------------------------------------------------------------------------
# Subject, predicate, sentence
# ----------------------------------------------------------------------------------------------

_SUBJECT_RUN = re.compile(r" ?([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3})")
_SUBJECT_STOP = frozenset(
    {
        "có",
        "của",
        "đã",
        "đang",
        "sẽ",
        "được",
        "bị",
        "là",
        "và",
        "với",
        "cho",
        "trong",
        "tại",
        "ở",
        "từ",
        "đến",
        "tới",
        "theo",
        "khi",
        "nhưng",
        "thì",
        "mà",
        "nên",
        "vì",
        "do",
        "để",
        "so",
        "trên",
        "dưới",
        "về",
        "ra",
        "vào",
        "lên",
        "xuống",
        "hơn",
        "như",
        "cũng",
        "đều",
        "còn",
        "nữa",
        "hay",
        "hoặc",
        "gồm",
        "bao",
        "thuộc",
        "tương",
        "tức",
        "nhằm",
        "qua",
        "sau",
        "trước",
        "vừa",
        "cùng",
        "chỉ",
        "kể",
        "khoảng",
        "gần",
        "nhiều",
        "ít",
        "trở",
        "rồi",
        "thêm",
        "liên",
        "tiếp",
        "nhau",
        "đạt",
        "giảm",
        "tăng",
        "chiếm",
        "lại",
        "vẫn",
        "không",
        "chưa",
        "phải",
        "cần",
        "năm",
        "tháng",
        "ngày",
        "mỗi",
        "mức",
        "nay",
        "bằng",
        "bởi",
        "luôn",
        "đó",
        "kia",
        "ấy",
        "vượt",
        "sang",
        "xong",
        "hết",
        "lúc",
        "hàng",
        "ước",
        "tổng",
        "riêng",
        "bình",
        "đầu",
        "này",
        "ngoài",
        "thay",
        "nhờ",
        "giữa",
        "phía",
        "suốt",
        "bên",
        "dành",
        "vậy",
        "thế",
        "đây",
        "nhé",
        "ạ",
        "thôi",
        "lắm",
        "rất",
        "quá",
    }
)
_SPELLED_STOP = _SUBJECT_STOP - {"năm", "tháng", "ngày", "hàng", "mức", "đầu", "giữa", "bên"}
# nouns that open with a stop word: `Hai tổng thống`, `hai chỉ số`, `ba thế hệ` count them
_GOLD_CHI = re.compile(r" chỉ(?: vàng|[.,;)”]| và )")  # a mace of gold, not `chỉ` (only)
_STOP_NOUNS = (
    "tổng thống", "tổng bí thư", "tổng giám đốc", "tổng công ty", "tổng cục", "chỉ số", "chỉ tiêu",
    "chỉ huy", "thế hệ", "thế kỷ", "thế kỉ"
)
_CLAUSE_BACK = re.compile(r"[^,;:()“”\"\[\]–\n]*")  # matched on reversed text
_ASPECT = frozenset({"đã", "đang", "sẽ", "vừa", "từng"})
_COUNT_UNITS = frozenset(
    {
        "người",
        "ca",
        "lượt",
        "vụ",
        "con",
        "chiếc",
        "hộ",
        "căn",
        "cái",
        "suất",
        "liều",
        "chuyến",
        "điểm",
    }
)
_UPPER = "A-Z0-9" + "".join(  # Latin capitals with diacritics, for sentence starts
    c for c in map(chr, (*range(0xC0, 0x1B1), *range(0x1EA0, 0x1EFA))) if c.isupper()
)
# A sentence ends at `.`, `!`, `?` or `…` (not after `TP.`, `ThS.`, a lone initial) before a
# capital or a digit, and at every line break.
_SENTENCE_AFTER_STOP = (
    r"(?<![ (.][A-ZĐ]\.)(?<![ (][A-ZĐ]{2}\.)(?<![ (](?:Mr|Dr|St|Ms|Co|No|Th|Tp)\.)"
    r"(?<![ (](?:ThS|Mrs|Ths|PGS|HCM|Inc|Ltd)\.)[.!?…]*[\"”’»)]* +(?=[\"“‘(\[]?[" + _UPPER + r"])"
    # not a thousands dot with a stray space (`đạt 165. 434 tỷ đồng`): see `_spaced_thousands`
    r"(?!(?:(?<=[a-zđà-ỹ] \d\. )|(?<=[a-zđà-ỹ] \d\d\. )|(?<=[a-zđà-ỹ] \d\d\d\. ))"
    r"\d{3}(?![\d.,]))"
)
_SENTENCE_START = re.compile(r"[.!?…]" + _SENTENCE_AFTER_STOP)
# The same for a text with no `!`, `?` or `…` (most): `re` skips to a literal `.` far faster
# than to a character of a set.
_SENTENCE_START_DOT = re.compile(r"\." + _SENTENCE_AFTER_STOP)


# ----------------------------------------------------------------------------------------------
# Working record
# ----------------------------------------------------------------------------------------------


class _Row:
    """Mutable draft of a Figure while one token is classified (offsets within the line)."""

    __slots__ = (
        "raw",
        "value",
        "value_max",
        "total",
        "kind",
        "date_iso",
        "unit",
        "qualifier",
        "start",
        "end",
        "subj_from",
        "day",
        "month",
        "year",
        "q_start",
        "birth",
        "named",
    )
    # `day`/`month`/`year`: calendar parts of a date; `year` also marks a year mention

    def __init__(self, start: int, end: int, raw: str, value: float, kind: str = "count") -> None:
        self.start = self.q_start = start
        self.end = self.subj_from = end
        self.raw = raw
        self.value = value
        self.kind = kind
        # value_max, total (float); date_iso (str); day, month, year (int): unset until known
        self.value_max = self.total = self.date_iso = self.day = self.month = self.year = None
        self.unit = self.qualifier = ""
        # `birth`: a birth year says nothing about when the story happens;
        # `named`: an identifier only because a capitalised word stands before
        self.birth = self.named = False


def _alone(words: dict[str, str]) -> dict[str, str]:
    """The one-word entries of a word table that no longer entry ends with."""
    longer = {phrase.rsplit(" ", 1)[-1] for phrase in words if " " in phrase}
    return {w: v for w, v in words.items() if " " not in w and w not in longer}


# Last words before a token that decide the left reading alone, without the words before them:
# the keyword (and kind) or qualifier they are, with no longer phrase ending in them and no
# rule that looks further back (`lần lượt`, `Nghị định số`, `khẩn cấp`).
_KEYWORD_ALONE = _alone(_LEFT_KEYWORDS)
_QUALIFIER_ALONE = _alone(_QUALIFIER_WORDS)
_SPELLINGS = {"quí": "quý"}  # keywords with an older spelling, and the one the rules test
_LAST_ALONE: dict[str, tuple[str, str, str]] = {
    w: (
        _SPELLINGS.get(w, w) if w in _KEYWORD_ALONE else "",
        _KEYWORD_ALONE.get(w, ""),
        _QUALIFIER_ALONE.get(w, ""),
    )
    for w in _SLOW_LAST
    if w not in ("lượt", "số")
    and (w not in _COMPOUND_PREV or w == "tháng")  # (`mỗi tháng` is checked where it is read)
    and (w not in _KW_LAST or w in _KEYWORD_ALONE)
    and (w not in _QUAL_LAST or w in _QUALIFIER_ALONE)
}


def _spans(words: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """For each last word of a word table, the lengths (in words) of its entries ending in it,
    longest first: the only phrase lengths worth looking up."""
    spans: dict[str, set[int]] = {}
    for phrase in words:
        spans.setdefault(phrase.rsplit(" ", 1)[-1], set()).add(phrase.count(" ") + 1)
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in spans.items()}


_KW_SPANS = _spans(_LEFT_KEYWORDS)
_QUAL_SPANS = _spans(_QUALIFIER_WORDS)
# An age keyword before a qualifier (`tuổi đời hơn 10 năm`) ends in one of these words.
_AGE_LAST = tuple({p.rsplit(" ", 1)[-1] for p, kind in _LEFT_KEYWORDS.items() if kind == "age"})


_NAMES_ENDING_IN_KEYWORD = frozenset({"nhật bản", "vũng tàu", "nha trang"})
_PUPILS = frozenset({"sinh", "gái", "trai", "em", "bé", "cháu", "con"})  # `học sinh lớp 12`


class _Left:
    """The words before a token, lower-cased, with the keyword and qualifier they end in."""

    __slots__ = ("before", "_words", "keyword", "kw_kind", "qualifier", "q_len", "glued")

    def __init__(self, line: str, start: int) -> None:
        before = line[start - 40 if start > 40 else 0 : start]
        cut = before.rfind("\n")
        if cut >= 0:
            before = before[cut + 1 :]
        self.before = before
        self.keyword = self.kw_kind = self.qualifier = ""
        self.q_len = 0
        if before and (before[-1].isalnum() or before[-1] in _JOINERS):
            self.glued = True
            self._words: list[str] | None = []
            return
        self.glued = False
        self._words = None
        # Fast path: most numbers follow a word that is neither a keyword nor a qualifier, or
        # one that decides alone.
        tail = before.rstrip()
        if tail and tail[-1] not in _LABEL_ENDS:
            last = tail.rsplit(None, 1)[-1].lower().rsplit(".", 1)[-1].strip(_WORD_PUNCT)
            if last:
                if last not in _SLOW_LAST:
                    return
                alone = _LAST_ALONE.get(last)
                if alone is not None and not (
                    last == "tháng" and tail[:-5].rstrip().lower().endswith(_EVERY_MONTH)
                ):
                    keyword, kind, qualifier = alone
                    if not qualifier or keyword:
                        self.keyword, self.kw_kind, self.qualifier = alone
                        self.q_len = 1 if qualifier else 0
                        return
                    lowered = before.lower()
                    if not any(w in lowered for w in _AGE_LAST):
                        self.qualifier, self.q_len = qualifier, 1
                        return
        self._read(before, tail)

    def _read(self, before: str, tail: str) -> None:
        """The full reading of the words before the token (keyword, qualifier)."""
        core = tail[:-1].rstrip("”\"’)") if tail[-1:] in ".!?" else ""
        if core[-1:].islower() and core[-2:-1].isalpha():
            return  # `… tới bệnh viện. 65 người`, `thuốc quý”. 4 cậu bé`: over a sentence's end
        words = self.words
        n = len(words)
        if (
            not n
            or (tail.endswith(_LABEL_ENDS) and not tail.endswith("("))  # `quận, 17 huyện`
            or (tail[-1:] in ("-", "–") and tail[:-1].rstrip()[-1:] in (":", ";"))  # `: - 30g`
        ):
            if n and self.glued is False:
                self._qualifier_only(words)
            return
        last = words[-1]
        if n >= 2 and words[-2] == "lần" and last == "lượt":
            last = ""  # `lần lượt 70, 60 và 55 tuổi`: "respectively"
        bracket = tail.endswith("(")  # only dates and phones reach into `(`: `10 lần (45.000`
        for k in _KW_SPANS.get(last, ()):
            if n >= k:
                phrase = " ".join(words[-k:]) if k > 1 else last
                kind = _LEFT_KEYWORDS.get(phrase)
                if (
                    kind
                    and k == 1
                    and n >= 2
                    and words[-2] in _COMPOUND_PREV.get(phrase, ())
                    and not before.rstrip().rsplit(" ", 1)[-1].lstrip("(\"“‘[")[:1].isupper()
                ):
                    break  # `khẩn cấp`, `cổ phần`: not the keyword noun (`cán bộ Đội 4` is)
                if kind and k == 1 and n >= 2 and f"{words[-2]} {last}" in _NAMES_ENDING_IN_KEYWORD:
                    break  # `thua Nhật Bản 1-3`: a country, not `bản 3` (a village)
                if kind and bracket and kind not in _THROUGH_BRACKET:
                    break
                if kind:
                    if phrase == "số" and n >= 2:
                        # `Nghị định số 100`, `căn hộ số 5`: the noun before `số` decides
                        for j in (2, 1):
                            if n >= j + 1:
                                prev = " ".join(words[-j - 1 : -1])
                                if _LEFT_KEYWORDS.get(prev) in ("identifier", "ordinal"):
                                    phrase, kind = prev, _LEFT_KEYWORDS[prev]
                                    break
                    self.keyword, self.kw_kind = _SPELLINGS.get(phrase, phrase), kind
                    break
        for k in _QUAL_SPANS.get(last, ()):
            if n >= k:
                phrase = " ".join(words[-k:]) if k > 1 else last
                qual = _QUALIFIER_WORDS.get(phrase)
                if qual:
                    self.qualifier, self.q_len = qual, k
                    break
        if (
            self.qualifier
            and not self.keyword
            and n > self.q_len
            # `về hưu trước tuổi, hơn 1.500 người`: the age word ends another clause
            and before[: _phrase_start(before, self.q_len)].rstrip()[-1:] not in ",;:.!?"
        ):
            for k in (2, 1):  # `tuổi đời hơn 10 năm` (not `47 tuổi vào khoảng 30 triệu`)
                phrase = " ".join(words[-self.q_len - k : -self.q_len])
                if _LEFT_KEYWORDS.get(phrase) == "age" and not (
                    n > self.q_len + k and words[-self.q_len - k - 1].isdigit()
                ):
                    self.keyword, self.kw_kind = phrase, "age"
                    break

    @property
    def words(self) -> list[str]:
        """The last four words before the token, lower-cased, without punctuation."""
        if self._words is None:
            words = [
                w.strip(_WORD_PUNCT)
                for w in self.before.lower().replace(".", " ").rsplit(None, 4)[-4:]
            ]
            self._words = [w for w in words if w] if "" in words else words
        return self._words

    def _qualifier_only(self, words: list[str]) -> None:
        """After `Label:` only a qualifier, or a phone label (`ĐT:`), can stand before it."""
        label = " ".join(words[-2:]) if " ".join(words[-2:]) in _PHONE_KEYWORDS else words[-1]
        if label in _PHONE_KEYWORDS and self.before.rstrip().endswith(":"):
            self.keyword, self.kw_kind = label, "phone"
        elif self.before.rstrip().endswith(":") and (
            words[-2:] == ["địa", "chỉ"] or words[-1] in _NUMBERED_PLACES or words[-1] == "bn"
        ):  # `Địa chỉ: 19 - 21 Yên Lãng`, `gồm các tổ: 25, 26, 27`, `BN: 2847` (a patient)
            self.keyword, self.kw_kind = words[-1], "identifier"
        qual = _QUALIFIER_WORDS.get(words[-1])
        if qual:
            self.qualifier, self.q_len = qual, 1


# ----------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------


def find_figures(body: str, *, title: str = "", published: dt.date | None = None) -> list[Figure]:
    """Every numeric mention of `title` and `body`, classified per the figures contract.

    `body` is the article body, one paragraph per line (`\n`-separated); blank lines are skipped
    and not counted as paragraphs. Title figures have paragraph -1 and offsets into `title`;
    the others offsets into `body`, so `text[start:end] == raw`. `published` (the page date)
    and the years the text mentions resolve yearless dates (`12/10`). Figures are sorted by
    (paragraph, start); the result is deterministic.
    """
    return [Figure(*values) for values in figure_values(body, title=title, published=published)]


def figure_values(
    body: str, *, title: str = "", published: dt.date | None = None
) -> list[tuple[Any, ...]]:
    """`find_figures` as plain tuples of the `Figure` fields, in field order (what the tables
    are built from, without an object per figure)."""
    title_rows = _scan(title) if title else []
    body_rows = _scan(body)
    reference: int | None = None
    mentioned: list[int] = []
    needs_year = False
    for row in title_rows + body_rows:
        if row.year is not None and not row.birth:
            mentioned.append(row.year)
            if row.kind == "period" and row.value_max and row.value_max > row.year:
                mentioned.append(int(row.value_max))
        elif row.kind == "date" and row.month is not None and row.date_iso is None:
            needs_year = True
    if needs_year:
        reference = reference_year(mentioned, published)
        for rows, text in ((title_rows, title), (body_rows, body)):
            for row in rows:
                if row.kind == "date" and row.date_iso is None and row.month is not None:
                    ahead = _AHEAD.match(text, row.end) is not None
                    year = resolve_year(row.day, row.month, reference, published, ahead=ahead)
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
    figures.sort(key=_POSITION)
    return figures


_METRES_NAME = re.compile(r"(\d{1,2})m(\d{1,2})")
_POSITION = itemgetter(11, 12)  # (paragraph, start) of a `figure_values` tuple


def _freeze(
    text: str, rows: list[_Row], starts: list[int], numbers: list[int]
) -> list[tuple[Any, ...]]:
    """Figure values for the rows of one text whose non-blank lines begin at `starts`."""
    bounds = _sentence_starts(text, starts)
    last = len(bounds) - 1
    size = len(text)
    # (start, end, text) of a sentence by its index, shared by its figures
    sentences: dict[int, tuple[int, int, str]] = {}
    out: list[tuple[Any, ...]] = []
    append = out.append
    qualified = _QUALIFIED_KINDS
    subject, predicate = _subject, _predicate
    for row in rows:
        start = row.start
        i = bisect_right(bounds, start) - 1
        known = sentences.get(i)
        if known is None:
            s_start = bounds[i]
            s_end = bounds[i + 1] if i < last else size
            known = sentences[i] = (s_start, s_end, text[s_start:s_end].strip())
        s_start, s_end, sentence = known
        kind = row.kind
        value = row.value
        raw = row.raw
        if kind == "identifier" and raw.isdigit() and raw.isascii():
            value = float(raw)  # what the patterns below give plain digits, without them
        elif kind == "identifier" and (metres := _METRES_NAME.fullmatch(raw)):
            value = float(f"{metres[1]}.{metres[2]}")  # `vòng 16m50`: the box named by its 16.5 m
        elif (
            kind == "identifier"
            and raw[:1].isdigit()
            and not _COORDINATE.fullmatch(raw)
            and not _VERSION.fullmatch(raw)  # `iOS 14.5`, `4.0`: the number as written
            and not _DECIMAL.fullmatch(raw)  # `17,0 độ vĩ Bắc`
            and not _ASPECT_RATIO.fullmatch(raw)  # `18,5:9`: valued as read
            and not _lineage_code(text, row.start)  # valued by its first group already
        ):
            value = _THOUSANDS.fullmatch(raw) and parse_digits(raw) or _first_number(raw)
        value_max = row.value_max
        total = row.total
        append(
            (
                raw,
                float(value),
                None if value_max is None else float(value_max),
                None if total is None else float(total),
                kind,
                row.date_iso,
                row.unit,
                row.qualifier if kind in qualified else "",
                subject(text, row.subj_from, s_end),
                predicate(text, s_start, row.q_start),
                sentence,
                numbers[bisect_right(starts, start) - 1],
                start,
                row.end,
            )
        )
    return out


# ----------------------------------------------------------------------------------------------
# Scanning
# ----------------------------------------------------------------------------------------------


def _cues(*words: str) -> tuple[re.Pattern[str], ...]:
    """One literal pattern per word, to test whether a text holds any of them: `re` skips to a
    literal's first character faster than `in` (whose skip filter Vietnamese letters fill)."""
    return tuple(re.compile(re.escape(word)) for word in words)


def _holds(text: str, cues: tuple[re.Pattern[str], ...]) -> bool:
    """Whether `text` holds any word of `cues` (the likeliest first: the test stops there)."""
    return any(cue.search(text) for cue in cues)


# Words without which the passes after the scan have nothing to do.
_NEGATIVE_CUES = _cues("âm ")
_TOPIC_CUES = _cues("óng", "11", "vòng ", "ió", "số đo", "cấp ", "àn hình")
_STATS_CUES = _cues("Phạm lỗi", "Phạt góc", "Lỗi kép", "Aces")


# The words before ` một ` that `_ONLY_ONE` needs, looked for from `một`: `re` skips to its
# literal first letter faster than `find` skips to ` một `.
_ONLY_ONE_CUE = re.compile(
    r"một (?:(?<=uy nhất một )|(?<=ít nhất một )|(?<=uy nhất có một )|(?<=ít nhất có một )"
    r"|(?<=hỉ một )|(?<=hỉ có một ))"
)


def _only_one_cue(text: str) -> bool:
    """Whether `text` holds `duy nhất (có) một `, `ít nhất (có) một ` or `hỉ (có) một `."""
    return _ONLY_ONE_CUE.search(text) is not None


def _word_after_other(padded: str) -> bool:
    """Whether a `_WORD_TOKEN` match starts at a boundary other than a space (line break,
    bracket, quote): only then can the scan from spaces alone miss or shift a match."""
    return any(c in padded and pattern.search(padded) for c, pattern in _WORD_AFTER_OTHER)


def _scan(text: str) -> list[_Row]:
    """Classify every number token of a text (lines never share a token), in order."""
    tokens: list[tuple[int, int, re.Match[str]]] = [
        (m.start(), 0, m) for m in _NUM_TOKEN.finditer(text)
    ]
    padded = " " + text
    words = _WORD_TOKEN if _word_after_other(padded) else _WORD_AFTER_SPACE
    extra = [(m.start(), 1, m) for m in words.finditer(padded)]
    if _only_one_cue(text):
        extra.extend((m.start(), 1, m) for m in _ONLY_ONE.finditer(padded))
    for letter, head in _ROMAN_HEADS:
        if letter in text:  # one-character scans are the cheapest
            extra.extend(
                (m.start(), 2, _ROMAN_TOKEN.match(text, m.start() - 1)) for m in head.finditer(text)
            )
    if any(c in text for c in _VULGAR_VALUES):  # one-character scans, cheaper than `_VULGAR`
        extra.extend((m.start(), 3, m) for m in _VULGAR.finditer(text))
    if "CKI" in text:  # `bác sĩ CKII`: a specialist's grade, its numeral glued on
        extra.extend((m.start(), 4, m) for m in _SPECIALIST_GRADE.finditer(text))
    if extra:
        tokens.extend(extra)
        tokens.sort(key=_first_item)
    rows: list[_Row] = []
    mot = False  # a `và một` / `, một` / `có một` that may be a count
    spelled = False  # a spelled number read (`ba, bốn học sinh` may follow)
    scaled = False  # a `2 tỷ` with no unit, maybe an amount of money
    skip_to = 0
    # a web address needs `://` or `www.`: the one-character tests first, they are the cheapest
    urls = (
        _url_spans(text)
        if ("/" in text and "http" in text) or ("w" in text and "www." in text)
        else ()
    )
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
            if start and text[start - 1] in "-−" and _stands_alone(text, start - 1):
                new = _signed_token(text, match)
            else:
                new = _digits_token(text, match)
                if text[start - 2 : start] == "- " and _SPACED_MINUS.search(
                    text, max(0, start - 12), start
                ):
                    for row in new:  # `lạnh đến - 20 độ C`: a minus sign set apart
                        if row.kind == "measure" and row.unit.startswith(("độ", "°", "º")):
                            row.value = -row.value
        elif source == 1:
            new = _word_token(text, match)
            spelled = True
            if new and new[0].kind is _MOT_CANDIDATE:
                mot = True
        elif source == 2:
            new = _roman_token(text, match)
        elif source == 4:
            grade = match.group()
            new = [_Row(match.start(), match.end(), grade, float(len(grade)), "identifier")]
        else:
            new = [_vulgar_token(text, match)]
        for row in new:
            rows.append(row)
            # a number in the per-unit (`lít/100 km`, `bàn/8 trận`) is a figure of its own
            stop = row.subj_from if row.unit and not _PER_NUMBER.search(row.unit) else row.end
            if stop > skip_to:
                skip_to = stop
            if not row.unit and (
                (row.raw[-1] > "9" and row.raw.endswith(_BARE_SCALES))
                or (row.kind == "count" and text[row.end : row.end + 1] == "/")  # `50.000/kg`
            ):
                scaled = True
    if mot:
        _counted_mot(text, rows)
    if len(rows) > 2 and "\n" in text:
        _row_numbers(text, rows)
    if spelled:
        _spelled_pairs(text, rows)
    if len(rows) > 1 and any(row.raw.endswith(_TENTHS_ENDS) for row in rows):
        _spoken_tenths(text, rows)
    if len(rows) > 10:
        _flat_table_rows(text, rows)
    if '"' in text or "”" in text:
        _quoted_titles(text, rows)
    if len(rows) > 1:
        _inline_list(text, rows)
        if len(rows) > 2:
            _line_ups(text, rows)
        if len(rows) > 5:
            _ratings(text, rows)
        _identifier_lists(text, rows)
        if "phút " in text:
            _listed_minutes(text, rows)
        if len(rows) > 4 and text.count("-") + text.count("–") >= 4:
            _drawn_numbers(text, rows)
        if " trên " in text:
            _out_of(text, rows)
        _share_units(text, rows)
        if _SPACED_DOT.search(text):
            _spaced_thousands(text, rows)
        _merge_ranges(text, rows)
        _dotted_date_lists(text, rows)
    if scaled:
        _bare_money(text, rows)
    if _holds(text, _NEGATIVE_CUES):
        _negatives(text, rows)
    if _holds(text, _TOPIC_CUES):
        _topic_kinds(text, rows)
    if _holds(text, _STATS_CUES):
        _stats_table(text, rows)
    if "BT BB" in text:
        _standings(text, rows)
    return rows


# the tenths spoken after a scale word (`chiếc mic 1 tỷ 3 do Jessica mang sang`: 1.3 billion),
# then a function word, a name or a stop
_TENTHS_NEXT = re.compile(r"[,.;)]| (?:do|của|và|để|là|mà|thì|cho|với|được|nhưng|khi|[A-ZĐ])")


def _spoken_tenths(text: str, rows: list[_Row]) -> None:
    """`1 tỷ 3`, `2 triệu 5`: a digit after a scaled number is its tenths, one figure."""
    for i in range(len(rows) - 2, -1, -1):
        row, nxt = rows[i], rows[i + 1]
        scale = row.raw.rpartition(" ")[2]
        if (
            scale in _TENTHS_SCALES
            and row.raw[:1].isdigit()
            and row.value_max is None
            and nxt.start == row.end + 1
            and len(nxt.raw) == 1
            and nxt.raw.isdigit()
            and text[row.end : nxt.start] == " "
            and _TENTHS_NEXT.match(text, nxt.end)
        ):
            row.value += int(nxt.raw) * MULTIPLIERS[scale] / 10
            row.end = row.subj_from = nxt.end
            row.raw = text[row.start : row.end]
            del rows[i + 1]


_TENTHS_SCALES = ("tỷ", "tỉ", "triệu")
_TENTHS_ENDS = tuple(f" {scale}" for scale in _TENTHS_SCALES)
_SPELLED_BEFORE = re.compile(r"(?<![^\W\d_])(hai|ba|bốn|năm|sáu|bảy|tám|chín), $")


def _spelled_pairs(text: str, rows: list[_Row]) -> None:
    """`ba, bốn học sinh`: two spelled numbers in a row, the second one more, are one range
    (as `3, 4 học sinh` is)."""
    for i, row in enumerate(rows):
        if (
            row.kind in ("count", "duration", "age")
            and row.value_max is None
            and row.raw.isalpha()
            and not (i and rows[i - 1].end > row.start - 8)  # (the first one not read already)
            and 3 <= row.value <= 10
            and (low := _SPELLED_BEFORE.search(text, max(0, row.start - 7), row.start))
            and parse_spelled(low.group(1)) == row.value - 1
        ):
            row.value, row.value_max = row.value - 1, row.value
            row.start = row.q_start = low.start(1)
            row.raw = text[row.start : row.end]


_ID_LIST_GAP = re.compile(r"(?: \([^()\n]{1,30}\))?(?:, | và | hoặc )")
_ID_LIST_END = re.compile(r"[,.;:)]| \(| và | hoặc | của |$")


def _identifier_lists(text: str, rows: list[_Row]) -> None:
    """`bệnh nhân 2899 (Hà Nam), 2911 và 2928`: bare numbers listed right after an identifier,
    with as many digits and no noun of their own, are identifiers too."""
    for prev, row in itertools.pairwise(rows):
        if (
            row.kind == "count"
            and prev.kind == "identifier"
            and not row.unit
            and len(row.raw) == len(prev.raw) >= 3
            and row.raw.isdigit()
            and prev.raw.isdigit()
            and _ID_LIST_GAP.fullmatch(text, prev.end, row.start)
            and _ID_LIST_END.match(text, row.end)
        ):
            row.kind = "identifier"


_TITLE_OPENING = re.compile(r"[“\"][A-ZĐ][^”\"\d\n]{2,60} $")


def _quoted_titles(text: str, rows: list[_Row]) -> None:
    """`phim "Em chưa 18"`, `“Tây du ký: Mối tình ngoại truyện 2”`: a number that closes a
    quoted, capitalised title is part of the name, not a count."""
    for row in rows:
        if (
            row.kind == "count"
            and not row.unit
            and len(row.raw) <= 2
            and text[row.end : row.end + 1] in ('"', "”")
            and _TITLE_OPENING.search(text, row.start - 64 if row.start > 64 else 0, row.start)
        ):
            row.kind = "identifier"


_MINUTES_BEFORE = ("phút ", "phút thứ ")


def _listed_minutes(text: str, rows: list[_Row]) -> None:
    """`ở phút 10 và 24`, `các phút 41, 43 và 49`: bare numbers listed right after a match
    minute are minutes too, not counts."""
    listed = None  # the last minute of the list being read
    for prev, row in itertools.pairwise(rows):
        if (
            row.kind == "count"
            and prev.kind == "time"
            and not row.unit
            and row.raw.isdigit()
            and row.value <= 130
            and (prev is listed or text.endswith(_MINUTES_BEFORE, 0, prev.start))
            and text[prev.end : row.start] in (" và ", ", ")
            and not _counted_noun_after(text, row.end)  # `ở phút 10 và 2 cầu thủ`
        ):
            row.kind, row.unit = "time", prev.unit
            listed = row


_DRAW_GAP = re.compile(r" ?[-–] ?")


def _drawn_numbers(text: str, rows: list[_Row]) -> None:
    """`bộ số trúng giải là 08 - 20 - 25 - 27 - 30 - 33`: five or more two-digit numbers in
    rising order, joined by dashes, are lottery numbers drawn, not counts."""
    run: list[_Row] = []
    for row in [*rows, None]:
        drawable = (
            row is not None
            and row.kind == "count"
            and len(row.raw) == 2
            and row.raw.isdigit()
            and not row.unit
        )
        if drawable and run and row.value > run[-1].value and _DRAW_GAP.fullmatch(
            text, run[-1].end, row.start
        ):
            run.append(row)
            continue
        if len(run) >= 5:
            for drawn in run:
                drawn.kind = "identifier"
        run = [row] if drawable else []


def _out_of(text: str, rows: list[_Row]) -> None:
    """`tỷ lệ tốt nghiệp là 6 trên 10`, `97 trên 100`, `9 trên 12 CLB`, `3 trên tổng số 7
    chặng`: a share, one fraction row (not a rank: `từ 82 lên 91 trên 190 quốc gia`)."""
    for i in range(len(rows) - 2, -1, -1):
        row, nxt = rows[i], rows[i + 1]
        if row.kind != "count" or nxt.kind != "count":
            continue
        gap = text[row.end : nxt.start]
        if (
            row.raw.isdigit()
            and nxt.raw.isdigit()
            and not row.unit
            and row.value <= nxt.value
            and (
                (nxt.value in _OUT_OF_TOTALS and gap == " trên ")
                or (
                    gap in (" trên ", " trên tổng số ")
                    and _NEXT_WORD.match(text, nxt.end) is not None  # `9 trên 12 CLB khác`
                    and not _RANK_BEFORE.search(text, max(0, row.start - 20), row.start)
                )
            )
        ):
            row.kind, row.total, row.end = "fraction", nxt.value, nxt.end
            row.subj_from = nxt.subj_from if nxt.unit else nxt.end
            row.unit = nxt.unit
            row.raw = text[row.start : row.end]
            del rows[i + 1]


_OUT_OF_TOTALS = frozenset({10.0, 100.0, 1000.0})
_RANK_BEFORE = re.compile(r"(?:lên|xuống|thứ|hạng|trí|đứng|từ) $")
_THREE_DIGITS = re.compile(r"\d{3}(?![\d.,])")
_SPACED_DOT = re.compile(r"\. \d\d\d")  # (a literal first: `re` skips to it fast)


def _spaced_thousands(text: str, rows: list[_Row]) -> None:
    """`đạt 165. 434 tỷ đồng`, `hơn 11. 700 người`: a thousands dot with a stray space after it,
    inside a clause (a lower-case word or a comma before), is one number, not a sentence's end."""
    for i in range(len(rows) - 2, -1, -1):
        row, nxt = rows[i], rows[i + 1]
        if (
            row.kind == "count"
            and not row.unit
            and len(row.raw) <= 3
            and row.raw.isdigit()
            and text[row.end : nxt.start] == ". "
            and nxt.kind in ("count", "money", "measure")
            and nxt.value_max is None
            and _THREE_DIGITS.match(nxt.raw)
            and text[row.start - 1 : row.start] == " "
            # a lower-case word or a comma before (`34 điểm thi, 13. 612 thí sinh`)
            and (text[row.start - 2 : row.start - 1].islower() or text[row.start - 2] == ",")
        ):
            nxt.value = (row.value * 1000 + int(nxt.raw[:3])) * _scale_of(nxt.raw)
            nxt.start = row.start
            nxt.raw = text[nxt.start : nxt.end]
            nxt.q_start = row.q_start
            if row.qualifier:
                nxt.qualifier = row.qualifier
            del rows[i]


def _inline_list(text: str, rows: list[_Row]) -> None:
    """Items numbered 1, 2, 3, … inside one paragraph (`gửi về 1. Gửi trực tiếp: … 2. Ủng hộ
    qua báo`, `gồm: 1- Nghị quyết …; 2- Nghị quyết …`) are ordinals, not counts."""
    marks = [
        (row, text[row.end])
        for row in rows
        if (
            row.kind == "count"
            or row.kind == "ordinal"  # an item already read as one
            or row.kind == "money"  # `… có giá 3.9 triệu USD 2. Lynkan …`: after a currency
            or (row.kind == "identifier" and text[row.start - 1 : row.start] == ".")
        )  # `… số điện thoại.3. Thêm …`: the space after a full stop left out
        and len(row.raw) <= 2
        and row.raw.isdigit()
        and text[row.start - 1 : row.start] in _ITEM_BEFORE  # not the `1` of a score `2-1.`
        and (mark := _ITEM_MARK.match(text, row.end))
        and mark.group(1).isupper()
    ]
    if len(marks) < 2:
        return
    run: list[_Row] = []
    sign = ""
    for row, mark in marks:
        if (
            run
            and row.value == len(run) + 1
            and mark == sign
            and text.count("\n", run[-1].end, row.start) == 0
        ):
            run.append(row)
        elif row.value == 1:
            run, sign = [row], mark
        if len(run) >= 2 and row is run[-1]:
            for item in run:
                item.kind, item.unit, item.qualifier = "ordinal", "", ""
    # three items or more in steps of one from anywhere: a countdown (`10. LeBron James … 9.
    # James Patterson … 8. Coldplay`) or a list picked up after its first items (`6. The House
    # … 7. 47 meters down … 8. The Beguiled`)
    run, step = [], 0.0
    for row, mark in marks:
        gap = row.value - run[-1].value if run else 0.0
        if (
            run
            and gap in (1.0, -1.0)
            and gap != -step
            and mark == sign
            and text.count("\n", run[-1].end, row.start) == 0
        ):
            run.append(row)
            step = gap
        else:
            run, sign, step = [row], mark, 0.0
        if len(run) >= 3 and row is run[-1]:
            for item in run:
                item.kind, item.unit, item.qualifier = "ordinal", "", ""


_SHIRT_AFTER = re.compile(r"\. ?[A-ZĐ][a-z]")  # `1.Igor Akinfeev`, `8. Denis Glushakov`


def _line_ups(text: str, rows: list[_Row]) -> None:
    """`Nga: 1.Igor Akinfeev (đội trưởng), 5.Viktor Vasin, 6.Georgy Dzhikya`: shirt numbers
    before the players of a team sheet, three or more in a paragraph, are identifiers."""
    shirts: dict[int, list[_Row]] = {}
    for row in rows:
        start = row.start
        if (
            row.kind == "count"
            and not row.unit
            and len(row.raw) <= 2
            and row.raw.isdigit()
            and (
                start == 0
                or text[start - 1] in ":,(\n"
                or (text[start - 1] == " " and text[start - 2 : start - 1] in (":", ",", "("))
            )
            and _SHIRT_AFTER.match(text, row.end)
        ):
            shirts.setdefault(text.rfind("\n", 0, start), []).append(row)
    for team in shirts.values():
        if len(team) >= 3:
            for row in team:
                row.kind = "identifier"


_RATING = re.compile(r"\d(?:\.5)?|10")


def _capital_before(text: str, start: int) -> bool:
    """Whether the word right before `start` is capitalised (a name, as `Piqué 5`)."""
    words = text[start - 32 if start > 32 else 0 : start].split()
    return bool(words) and words[-1][:1].isupper()


def _ratings(text: str, rows: list[_Row]) -> None:
    """`Caballero 3 Schmeichel 3 … Silva 3.5 Mahrez 2.5`, `Piqué 5; Jordi Alba 6; …`: players'
    marks in a flattened table, six or more with a half among them or closed by semicolons, are
    counts (points), not numbers naming the player."""
    marks = [row for row in rows if row.named and _RATING.fullmatch(row.raw)]
    if len(marks) >= 6 and any(row.raw.endswith(".5") for row in marks):
        for row in marks:
            row.kind = "count"
    closed = [
        row
        for row in rows
        if (row.kind == "count" or row.kind == "identifier")
        and not row.unit
        and _RATING.fullmatch(row.raw)
        and text[row.end : row.end + 1] in (";", ".")
        and _capital_before(text, row.start)  # `Piqué 5;`, not `lên lớp 7;`
    ]
    if sum(text[row.end] == ";" for row in closed) >= 6:
        for row in closed:
            row.kind = "count"


def _flat_table_rows(text: str, rows: list[_Row]) -> None:
    """A table flattened into one paragraph (`… 420 4 Công nghệ may 52540204 210 5 Kế toán …`):
    its row numbers count 1, 2, 3, … each before a capitalised name; five or more in a row are
    ordinals, and the data between them keep their kinds."""
    run: list[_Row] = []
    for row in rows:
        if (
            row.kind in ("count", "identifier", "ordinal")
            and row.raw.isdigit()
            and text[row.start - 1 : row.start] in ("", " ")
            and text[row.end : row.end + 1] == " "
            and text[row.end + 1 : row.end + 2].isupper()
        ):
            if run and row.value == len(run) + 1 and "\n" not in text[run[-1].end : row.start]:
                run.append(row)
            elif row.value == 1 and len(run) < 5:
                run = [row]
    if len(run) >= 5:
        for row in run:
            row.kind, row.unit, row.qualifier = "ordinal", "", ""


def _row_numbers(text: str, rows: list[_Row]) -> None:
    """A table's row numbers, each alone on a line and counting 1, 2, 3, … are ordinals; the
    other numbers alone on a line are the table's data and keep their kinds."""
    run: list[_Row] = []
    for row in rows:
        if (
            row.raw.isdigit()
            and row.value == len(run) + 1
            and text[row.start - 1 : row.start] in ("\n", "")
            and text[row.end : row.end + 1] in ("\n", "")
        ):
            run.append(row)
    if len(run) >= 3:
        for row in run:
            row.kind, row.unit, row.qualifier = "ordinal", "", ""


def _stats_table(text: str, rows: list[_Row]) -> None:
    """A match's statistics table (`Burnley 18(6) Sút khung thành 14(3) 6 Phạm lỗi 11`): its
    bare numbers are counts, not names' numbers or shares of the `%` next to them."""
    labels = list(_STAT_LABELS.finditer(text))
    if len(labels) < 3:
        return
    first, last = labels[0].start() - 60, labels[-1].end() + 20
    for row in rows:
        if not first <= row.start <= last:
            continue
        if row.kind == "identifier" and row.raw.isdigit():
            row.kind = "count"
        elif row.kind == "percent" and "%" not in row.raw:
            row.kind, row.unit = "count", ""
        elif (pair := _SHARE_OF.fullmatch(row.raw)) and int(pair[1]) <= int(pair[2]):
            row.kind, row.value, row.total = "fraction", float(pair[1]), float(pair[2])
            row.day = row.month = row.year = row.date_iso = None  # `Điểm Break 3/7 (43%)`
            row.unit = ""


_SHARE_OF = re.compile(r"(\d{1,3})/(\d{1,3})")
_STANDINGS_HEADER = re.compile(r"BT BB|T H B BT")


def _standings(text: str, rows: list[_Row]) -> None:
    """A league table flattened into text (`XH Đội Tr T H B BT BB Điểm 1 CAND 3 2 1 0 9 4 7`):
    the number after each team's name counts matches played, not the team's number."""
    header = _STANDINGS_HEADER.search(text)
    if header is None:
        return
    stop = text.find("\n", header.end())
    stop = len(text) if stop < 0 else stop
    for row in rows:
        if header.end() <= row.start < stop and row.kind == "identifier" and row.raw.isdigit():
            row.kind = "count"


_SCREEN_DECIMAL = re.compile(r"\d{1,2},\d{3}")


def _topic_kinds(text: str, rows: list[_Row]) -> None:
    """Kinds a topic's own words decide: wind force (`gió mạnh cấp 6, giật cấp 7-8`) is a
    measure, a body measurement (`vòng eo 56`) a measure in cm, a penalty (`thực hiện 11m`)
    an identifier."""
    for row in rows:
        at = row.q_start
        if row.kind == "identifier":
            if text.endswith("cấp ", 0, at) and row.value <= 17 and _wind_before(text, at):
                row.kind, row.unit = "measure", "cấp gió"
                low, _, high = row.raw.partition("-")
                if high.strip().isdigit() and low.strip().isdigit():
                    row.value, row.value_max = float(low), float(high)
        elif row.kind == "count" and not row.unit:
            if _BODY_BEFORE.search(text, max(0, at - 12), at):
                row.kind, row.unit = "measure", "cm"
            elif (
                (text[row.end : row.end + 1] in ('"', "″") or text.startswith("''", row.end))
                and text.find("àn hình", max(0, at - 60), at) >= 0  # (`Màn hình`)
            ):
                row.kind, row.unit = "measure", "inch"  # `màn hình cảm ứng 7"`
                if _SCREEN_DECIMAL.fullmatch(row.raw):
                    row.value = float(row.raw.replace(",", "."))  # `6,528''`: not thousands
        elif row.kind == "measure" and row.value == 11 and row.unit == "m":
            if _PENALTY.search(text, max(0, at - 12), at):
                row.kind, row.unit = "identifier", ""


def _wind_before(text: str, at: int) -> bool:
    """Whether the sentence before `at` speaks of wind (`Gió đông bắc trong đất liền cấp 2-3,
    vùng ven biển cấp 3-4`): within 30 characters, or 100 with no sentence end between."""
    if _WIND.search(text, max(0, at - 30), at):
        return True
    before = text[max(0, at - 100) : at]
    cut = max(before.rfind(". "), before.rfind("\n"))
    return _WIND.search(before, cut + 1) is not None


def _vulgar_token(text: str, match: re.Match[str]) -> _Row:
    """`½ cốc sữa`, `¼ dân số`: a fraction written as one character."""
    part, whole = _VULGAR_VALUES[match.group()]
    row = _Row(match.start(), match.end(), match.group(), float(part), "fraction")
    row.total = float(whole)
    _count_unit(text, row)
    _qualify(text, row, _Left(text, row.start))
    return row


def _dotted_date_lists(text: str, rows: list[_Row]) -> None:
    """`vào các ngày 30.4, 20.5, 27.5`: day.month numbers listed after a date are dates too."""
    for prev, row in zip(rows, rows[1:], strict=False):
        if (
            prev.kind == "date"
            and prev.day is not None
            and row.kind == "count"
            and not row.unit
            and text[prev.end : row.start] in (", ", ",", " và ")
            and _DOTTED_DM.fullmatch(row.raw)
        ):
            day, _, month = row.raw.partition(".")
            if is_day_month(int(day), int(month)):
                row.kind, row.value, row.day, row.month = "date", float(day), int(day), int(month)


def _negatives(text: str, rows: list[_Row]) -> None:
    """`lãi suất âm 0,5%`, `âm 5 độ C`: the word `âm` (minus) before a statistic negates it
    (a range keeps its written order: `âm 5 đến 10 độ` is -5 to -10)."""
    for row in rows:
        at = row.q_start if row.qualifier else row.start  # `âm hơn 30,5 tỉ đồng`
        if (
            row.kind in STATISTIC_KINDS
            and text.endswith("âm ", 0, at)
            and not text[at - 4 : at - 3].isalpha()
            and not text.endswith(("siêu âm ", "Siêu âm ", "ghi âm ", "phát âm "), 0, at)
        ):  # but `đi siêu âm 3 lần`: ultrasound scans
            row.value = -row.value
            if row.value_max is not None:
                row.value_max = -row.value_max


def _stands_alone(text: str, sign: int) -> bool:
    """True when the `-` at `sign` opens a word (`là -30 độ`, `(-2%)`), not a range (`10 -20`)
    or a code (`Covid-19`)."""
    if sign == 0:
        return True
    before = text[sign - 1]
    if before == "(":
        return True
    return (
        before in " \n"
        and not text[sign - 2 : sign - 1].isdigit()
        and text[sign - 2 : sign - 1] != "%"
    )


_CENTURIES_DECADES = frozenset({"thế kỷ", "thế kỉ", "thập niên", "thập kỷ", "thập kỉ"})
_YEAR_OF_PERIOD = re.compile(r" năm ((?:19|20)\d\d)(?!\d)")
_REDUNDANT_THOUSAND = re.compile(r" (?:nghìn|ngàn) (?:đồng|người)(?!\w)")


def _thousands_scale(line: str, end: int, value: float, factor: float) -> float:
    """`factor`, but 1 for a `nghìn` after an amount already written in thousands (`hơn
    10.000 nghìn người`, `500.000 nghìn đồng/kg`): the word is said twice, not a multiplier."""
    if (
        factor == 1000
        and value >= 10_000
        and line.endswith(".000", 0, end)
        and _REDUNDANT_THOUSAND.match(line, end)
    ):
        return 1.0
    return factor


_SPACED_MINUS = re.compile(r"(?<!\w)(?:ở|đến|xuống|tới|khoảng|dưới|còn|là|lạnh) - $")


def _signed_token(text: str, match: re.Match[str]) -> list[_Row]:
    """`-30 độ`, `-35 m`, `(-2,1%)`: a minus sign before a measure, percent or money negates it;
    other numbers are read as if the sign were a dash (`-20 người`: a list item's count)."""
    sign = match.start() - 1
    rows = _digits_token(text[:sign] + " " + text[sign + 1 :], match)
    for row in rows:
        # (`thành tích -11 gậy`, `hiệu số thắng thua (-4)`: a score under par or a goal
        # difference, counts that keep their sign)
        if (
            row.kind in ("measure", "percent", "money")
            or text.startswith(" gậy", row.end)
            or "hiệu số" in text[max(0, sign - 30) : sign]
            or text.endswith(" là ", 0, sign)  # `thành tích sau bốn vòng của Foo là -9`
            # `thẻ vàng đầu tiên (-1 điểm)`, `1,351 tỉ (-39 triệu)`: a change in brackets
            or (row.kind == "count" and text[sign - 1 : sign] == "(" and row.start == sign + 1)
        ):
            row.value = -row.value
            if row.value_max is not None:
                row.value_max = -row.value_max
            if row.start == sign + 1:
                row.start = row.q_start = sign
                row.raw = text[row.start : row.end]
    return rows


_MOT_PAIR = re.compile(r"(?<!\w)([mM]ột) ([^\W\d_]+)(?: và|,) (một) ([^\W\d_]+)")  # at `một`
_COUNT_BEFORE = re.compile(r"\d|(?<!\w)(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)")
_MOT_LIST_BACK = re.compile(
    r"(?<![\w.,])(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) ([^\W\d_]+)[^\d.;:()\n]{0,30}$"
)
_MOT_EVERY = re.compile(
    r"(?<!\w)[cC]ứ \d+ [^\W\d_]+ (?:thì |lại )?(?:có )(một) ([^\W\d_]+)"
)  # at `cứ`
_MOT_AHEAD = re.compile(
    r" (?:trăm|nghìn|ngàn|vạn|triệu|t[ỷỉ]|nửa|chục|năm|tháng|tuần|ngày|giờ|tiếng|phút|lần)(?!\w)"
)
_CASUALTY = re.compile(_CASUALTY_AFTER)
# `có một con trai`, `có với nhau một cô con gái`: a couple's child, counted
_MOT_CHILD = re.compile(
    r" (?:con (?:trai|gái|chung)|(?:cô|cậu) con (?:trai|gái)|(?:người|đứa) con|bé (?:trai|gái))"
    r"(?!\w)"
)
# (after a verb of `_MOT_SCORE_PREV`; not `một trận đấu hay`, `một điểm “B”`)
_MOT_SCORE = re.compile(
    r" (?:bàn|điểm|trận|vòng)(?! (?:đấu|thắng|cầu)? ?(?:hay|hấp dẫn|đẹp|nào|tiệc)| [“\"])"
)
# `xem một lần,`, `bấm máy một lần rồi`, `gặp con một lần ở phòng cách ly`: once
_ONCE_AFTER = re.compile(r" lần(?:[.,;:)!?…]|$| (?:để|rồi|ở|vào|thôi|mỗi|và)(?!\w))")
_ONCE_PREV = frozenset({"tháng", "ngày", "tuần", "năm", "giờ", "phút", "có", "mới", "chỉ"})
_ONCE_NOT_PREV = frozenset(
    {"trong", "sau", "chưa", "thêm", "đến", "khẩu", "dưới", "mỗi", "với", "do", "vì", "qua"}
)


def _once(line: str, start: int) -> bool:
    """`6 tháng một lần`, `xem nó một lần,`: `một lần` counts once; `một lần nữa` (again),
    `trong một lần` (on one occasion) count nothing."""
    end = start + 3
    if line.startswith((" lần nữa", " lần nào"), end):
        return False
    prev = line[start - 12 if start > 12 else 0 : start].split()[-1:]
    word = prev[0].lower().strip(_WORD_PUNCT) if prev else ""
    if word in _ONCE_NOT_PREV or (word in ("", "có") and line.startswith(" lần,", end)):
        return False  # `Có một lần, tôi…`: once upon a time
    return word in _ONCE_PREV or _ONCE_AFTER.match(line, end) is not None


_AMONG_THEM = ("trong đó ", "trong đó, ")
_ELECTION_ROUND = re.compile(_ELECTION_AFTER)
_MOT_COUNTED_AFTER = re.compile(_MOT_BEFORE_COUNT)
# `nhà cấp bốn`, `tốt nghiệp cấp ba`, `giáo viên cấp hai`: a grade of house or of school
_SCHOOL_LEVEL_PREV = frozenset("nhà học trường nghiệp thời năm vào viên lên bậc hết".split())
_YEAR_OF_AGE = re.compile(_YEAR_OF_AGE_AFTER)
_YEAR_DIGITS_AFTER = re.compile(r" \d{4}(?!\d)")
_SON_AND_DAUGHTER = re.compile("một" + _THEN_DAUGHTER)
_MOT_CANDIDATE = "một?"  # kind of a `một` row until `_counted_mot` decides
_TIME_NOUNS = frozenset("năm tháng tuần ngày đêm giờ tiếng phút giây thập kỷ".split())
_MOT_NOT = frozenset(
    "số cách trong chút ít lúc khi mình phần nửa thời vài nơi lần lát hồi mực kiểu loạt "
    "lượng điều việc bên nhà chiều mặt khác nhóm đoàn tốp".split()
)
# Set phrases: a number inside names a thing (identifier) or says nothing countable (dropped).
_NAME_BEFORE = ("phương châm ", "khẩu hiệu ", "thông điệp ", 'khẩu hiệu "', 'thông điệp "')
_NAME_BEFORE_UNIT = (  # `mì cay 7 cấp độ`, `áo tắm hai mảnh`: a kind of thing
    "giá ", "kiềng ", "san hô ", "chân máy ", "mì cay ",
    "áo tắm ", "trang phục ", "đồ bơi ", "bikini ", "váy ", "nhuyễn thể ",
)
_NAME_AFTER = (" chân", " chùm", " cấp độ", " mảnh")
_IDIOMS = (
    "hai bàn tay trắng",
    "ba chân bốn cẳng",
    "năm lần bảy lượt",
    "ba bề bốn bên",
    "một sớm một chiều",
    "mười phân vẹn mười",
    "bảy nổi ba chìm",
    "ba chìm bảy nổi",
    "năm bè bảy mối",
    "trăm công nghìn việc",
    "nghìn năm có một",
    "ngàn năm có một",
    "một sống một còn",
    "một vốn bốn lời",
    "ba đầu sáu tay",
    "tài ba",
    "ba lê",
    "van hai lá",  # the mitral and tricuspid valves
    "van ba lá",
    "cây ba trắc",  # a rosewood
    "gỗ ba trắc",
    "hai trái tim vàng",
    "tụm năm tụm bảy",
    "kẻ tám lạng",
    "con dao hai lưỡi",
    "trúng hai đích",
    "hai đường thẳng song song",
    "áo hai dây",
    "váy hai dây",
    "chuyền hai",  # a volleyball setter
    "bảy tỏ",  # misspellings: `bày tỏ` (to express), `hài hước` (funny)
    "hai hước",
    "bắt cá hai tay",  # two-timing
    "áo ba lỗ",  # a tank top
    "thun ba lỗ",
    "bôn ba",  # to roam
    "tình tay ba",  # a love triangle
    "xúi bẩy",  # to egg on
    "hai bờ",  # both banks (as `hai bên`, both sides)
    "một nắng hai sương",  # toiling from dawn to dusk
    "hai lòng",  # two-faced
    "hai cằm",  # a double chin
    "cú ăn ba",  # a treble
    "ba cọc ba đồng",  # a pittance
    "hai hàng nước mắt",  # tears down both cheeks
    "ba cây chụm lại",  # a proverb (three trees together make a mountain)
    "đầu hai thứ tóc",  # getting old
    "bóng bẩy",  # glossy
    "đùng một cái",  # all of a sudden
    "dấu ba chấm",  # an ellipsis
    "tnhh hai thành viên",  # a kind of limited company
    "tnhh một thành viên",
    "bằng mười thang thuốc bổ",
    "không đến hai lần",
    "một nửa hoàn hảo",  # one's partner
    "một nửa yêu thương",
    "một nửa kia",
    "một nửa đích thực",
    "một nửa của đời",
    "một nửa của mình",
    "một vợ, một chồng",  # monogamy
    "một vợ một chồng",
    "bhxh một lần",  # the one-off social insurance payout
    "bảo hiểm xã hội một lần",
)
# each number word of an idiom → (words before it, words after it) in that idiom
_IDIOM_BY_WORD: dict[str, tuple[tuple[str, str], ...]] = {}
for _phrase in _IDIOMS:
    _words = _phrase.split()
    for _i, _word in enumerate(_words):
        if _word in SPELLED_DIGITS or _word in MULTIPLIERS or _word in ("mười", "trăm"):
            _around = (" ".join([*_words[:_i], ""]), " ".join(["", *_words[_i + 1 :]]))
            _IDIOM_BY_WORD[_word] = _IDIOM_BY_WORD.get(_word, ()) + (_around,)
_RANGE_GAP = re.compile(
    r" ?(?:(?:cho )?(?:đến|tới)|-|–|~)(?: (?:đầu|cuối|giữa|hết))?(?: (?:năm|tháng|(thế k[ỷỉ])))? ?"
)
_MERGE_KINDS = frozenset(
    {"percent", "money", "measure", "age", "duration", "year", "date", "period"}
)


def _set_phrase(line: str, row: _Row) -> bool:
    """`giá 3 chân`, `phương châm 4 tại chỗ`, `san hô bốn chùm`: the number names a thing."""
    start = row.start
    lo = start - 14 if start > 14 else 0
    if line.startswith(_NAME_AFTER, row.end):
        return line[lo:start].lower().endswith(_NAME_BEFORE_UNIT)  # (`Mì cay 7 cấp độ`)
    return line.endswith(_NAME_BEFORE, lo, start)


def _idiom(line: str, start: int, raw: str) -> bool:
    """`hai bàn tay trắng`, `năm lần bảy lượt`: a set phrase that counts nothing."""
    end = start + len(raw)
    return any(
        line.startswith(after, end) and line[start - len(before) : start].lower() == before
        for before, after in _IDIOM_BY_WORD.get(raw.lower(), ())
    )


_LIST_KINDS = frozenset({"count", "money", "measure"})


def _counted_mot(text: str, rows: list[_Row]) -> None:
    """`một trai và một gái`, `2 khẩu súng và một tép`, `cứ 4 phút có một người`: `một` counts.

    `_word_token` leaves a candidate row for each `và một`, `, một` and `có một`; keep those that
    close a pair or a list of counts, or follow `cứ N phút`, and drop the others.
    """
    add: list[_Row] = []
    for row in rows:
        if row.kind is not _MOT_CANDIDATE:
            continue
        i = row.start
        row.kind = ""
        word = _NEXT_WORD.match(text, row.end)
        noun = word.group(1) if word else ""
        if not noun or noun in _MOT_NOT or noun in _TIME_NOUNS:
            continue
        prev = text[i - 4 : i]
        lo = i - 45 if i > 45 else 0
        if _MOT_COUNTED_AFTER.match(text, row.end):
            row.kind = "count"  # `Trường có một ngành tiên tiến và 8 ngành chất lượng cao`
        elif text.endswith(_AMONG_THEM, 0, i):
            # `về được 2 con, trong đó một con nặng hơn 30kg`: one of the number just counted
            k = text.rfind("trong đó", lo, i)
            stop = max(lo, text.rfind(". ", lo, k), text.rfind("\n", lo, k))
            if any(
                r.kind == "count" and stop < r.start and r.end <= k and 2 <= r.value <= 20
                for r in rows
            ):
                row.kind = "count"
        elif prev == " có ":
            j = text.rfind("ứ ", i - 25 if i > 25 else 0, i)
            m = _MOT_EVERY.match(text, j - 1) if j >= 1 else None
            if m and m.start(1) == i:
                row.kind = "count"
        else:
            gap = 4 if prev == " và " else 2 if text[i - 2 : i] == ", " else 0
            if gap:  # `một trai và một gái`, `một trai, một gái`
                j = text.rfind("ột ", lo, i - gap)
                m = _MOT_PAIR.match(text, j - 1) if j >= 1 and i - j < 20 else None
                if (
                    m
                    and m.start(3) == i
                    and m.group(2) not in _MOT_NOT
                    and not _idiom(text, m.start(1), m.group(1))  # `Đùng một cái, một …`
                ):
                    row.kind = "count"  # `một trai và một gái`: both count
                    first = _Row(m.start(1), m.start(1) + 3, m.group(1), 1.0)
                    if m.group(2) in _COUNT_UNITS:
                        first.unit = m.group(2)
                    add.append(first)
            if gap and not row.kind:
                k = max(text.rfind(", ", lo, i - gap), text.rfind(". ", lo, i - gap))
                item = k + 2 if k >= 0 else (0 if lo == 0 else -1)
                line_break = text.rfind("\n", lo, i - gap)
                if line_break >= 0 and line_break + 1 > item:
                    item = line_break + 1  # the list opens its line
                if any(
                    (r.start == item or r.q_start == item) and r.kind in _LIST_KINDS for r in rows
                ):  # `bảy túi ma túy, một lọ nhựa`, `Ít nhất 6 tàu chiến, một máy bay`
                    row.kind = "count"
            if not row.kind and _COUNT_BEFORE.search(text, lo, i):
                m = _MOT_LIST_BACK.search(text, lo, i - 4 if prev == " và " else i - 2)
                if (
                    m
                    and m.group(2)[:1].islower()
                    and (prev == " và " or noun == m.group(2))  # `2 hồ, một hồ`
                    and any(r.start == m.start(1) and r.kind == "count" for r in rows)
                ):
                    row.kind = "count"
        if row.kind and noun in _COUNT_UNITS:
            row.unit = noun
    rows[:] = [row for row in rows if row.kind]
    if add:
        taken = {row.start for row in rows}
        rows.extend(row for row in add if row.start not in taken)
        rows.sort(key=_row_start)


def _row_start(row: _Row) -> int:
    return row.start


def _merge_ranges(text: str, rows: list[_Row]) -> None:
    """`từ 3 tuổi đến 8 tuổi`, `từ năm 2012 đến năm 2015`, `1,5% đến 2%`: one range row."""
    merged = False
    prev = rows[0]
    for row in rows[1:]:
        kind = prev.kind
        if (
            kind == "period"
            and row.kind == "count"
            and not row.unit
            and prev.value_max is None
            and len(prev.raw) <= 2
            and len(row.raw) <= 2
            and row.raw.isdigit()
            and prev.value < row.value <= 21
            and text[prev.end : row.start] in (" đến ", " tới ")
            and text.endswith(("thế kỷ ", "thế kỉ "), 0, prev.start)
        ):
            _span_to(text, prev, row)  # `thế kỷ 16 đến 18`: one span
            merged = True
            continue
        if (
            kind == "date"
            and row.kind == "date"
            and prev.day is None
            and row.day is None
            and prev.month is not None
            and row.month == prev.month % 12 + 1
            and text[prev.end : row.start] == " đầu tháng "  # (with a comma, two dates)
            and text.endswith(("cuối tháng ", "Cuối tháng "), 0, prev.start)
        ):
            _span_to(text, prev, row)  # `cuối tháng 6 đầu tháng 7`: one span across two months
            merged = True
            continue
        if (kind == "duration" or kind == "age") and _months_to_years(text, prev, row):
            # `phạt tù từ 6 tháng đến 3 năm`: one span, in months
            span_kind, months = row.kind, row.value * 12
            _span_to(text, prev, row)
            prev.kind, prev.value_max = span_kind, months
            if text[prev.q_start : prev.start].strip().lower() == "từ":
                prev.qualifier = ""  # (the range's opening word, not `at least`)
            merged = True
            continue
        if kind == "date" and _month_to_day(text, prev, row):
            _span_to(text, prev, row)  # `từ tháng 9/2015 đến ngày 6/1/2016`
            merged = True
            continue
        if kind == "year" and not prev.birth and _year_span_end(text, prev, row):
            end_year = row.year if row.kind == "date" else row.value
            _span_to(text, prev, row)  # `giữa năm 1996 và 2010`, `từ năm 2015 đến 8/6/2017`
            prev.value_max = float(end_year)
            merged = True
            continue
        if (
            kind == "year"
            and row.kind == "count"
            and not row.unit
            and not prev.birth
            and len(row.raw) == 4
            and row.raw.isdigit()
            and prev.value < row.value <= 2100
            and text[prev.end : row.start] in (" đến ", " tới ")
            and not _counted_noun_after(text, row.end)
        ):
            _span_to(text, prev, row)  # `từ năm 1510 đến 1513`: a span of years before 1900
            merged = True
            continue
        if (
            kind in _MERGE_KINDS
            and kind == row.kind
            # `10% - 15%/năm`: the rate written once, after the range
            and (prev.unit == row.unit or (prev.unit and row.unit.startswith(prev.unit + "/")))
            and (
                row.value > prev.value
                or row.value < prev.value < 0  # `-30 độ đến -40 độ`
                or (  # `tháng 12 năm 2017 đến tháng 11 năm 2020`
                    kind == "date"
                    and prev.year is not None
                    and row.year is not None
                    and prev.year < row.year
                )
            )
            and prev.value_max is None
            and row.value_max is None
            and (  # `từ 1 tháng đến dưới 6 tháng`: one range
                not row.qualifier
                or (row.qualifier == "less_than" and text.endswith("đến dưới ", 0, row.start))
            )
            # `25.000 – 40.000 – 70.000 đồng`: a series of tiers, not ranges
            and not _SERIES_PREV.search(text, prev.start - 4 if prev.start > 4 else 0, prev.start)
            and not _SERIES_NEXT.match(text, row.end)
            and _merge_pair(text, prev, row)
        ):
            row.kind = ""  # absorbed into `prev`
            merged = True
            continue
        prev = row
    if merged:
        rows[:] = [row for row in rows if row.kind]


def _months_to_years(text: str, prev: _Row, row: _Row) -> bool:
    """Whether `từ 6 tháng đến 3 năm` (`từ 24 tháng đến 5 tuổi`) runs from `prev`, in months,
    to `row`, in years: one range, in months."""
    return (
        prev.unit == "tháng"  # (the caller has checked that `prev` is a duration or an age)
        and row.kind == ("age" if row.unit == "tuổi" else "duration")
        and row.unit in ("năm", "tuổi")
        and prev.value_max is None
        and row.value_max is None
        and text[prev.subj_from : row.q_start] == " đến "
        and text.endswith(("từ ", "Từ "), 0, prev.start)
    )


_TO_DAY_OR_MONTH = frozenset(
    f" {to} {unit}".rstrip() + " " for to in ("đến", "tới") for unit in ("", "ngày", "tháng")
)


def _month_to_day(text: str, prev: _Row, row: _Row) -> bool:
    """Whether `từ tháng 9/2015 đến ngày 6/1/2016` runs from `prev`, a month of a year, to
    `row`, a later day: one period."""
    return (
        prev.kind == "date"
        and row.kind == "date"
        and prev.day is None
        and prev.year is not None
        and row.day is not None
        and row.year is not None
        and row.year >= prev.year
        and text[prev.end : row.start] in _TO_DAY_OR_MONTH
        and text.endswith(("từ tháng ", "Từ tháng "), 0, prev.start)
    )


def _year_span_end(text: str, prev: _Row, row: _Row) -> bool:
    """Whether `row` ends a span of years that `prev` opens: `giữa năm 1996 và (năm) 2010`,
    `từ năm 2015 đến (ngày) 8/6/2017`."""
    if row.kind == "year" and not row.birth and row.value > prev.value:
        return text[prev.end : row.start] in (" và ", " và năm ") and text.endswith(
            ("giữa năm ", "Giữa năm "), 0, prev.start
        )
    return (
        row.kind == "date"
        and row.year is not None
        and row.year > prev.value
        and text[prev.end : row.start] in _TO_DAY_OR_MONTH
        and text.endswith(("từ năm ", "Từ năm ", "từ ", "Từ "), 0, prev.start)
    )


def _span_to(text: str, prev: _Row, row: _Row) -> None:
    """Make `prev` one period running to `row`'s value, and drop `row`."""
    prev.kind, prev.value_max, prev.date_iso = "period", row.value, None
    prev.end, prev.subj_from = row.end, row.subj_from
    prev.raw = text[prev.start : prev.end]
    row.kind = ""


def _merge_pair(text: str, row: _Row, nxt: _Row) -> bool:
    """Absorb `nxt` into `row` when only `đến`/`tới`/`-` (and `năm`/`tháng`) stands between."""
    a = row.subj_from if row.unit else row.end
    if nxt.start - a > (17 if row.kind in ("year", "date", "period") else 12):
        return False
    gap = _RANGE_GAP.fullmatch(text, a, nxt.q_start if nxt.qualifier else nxt.start)
    if row.kind == "period" and (not gap or not gap.group(1)):
        return False  # only centuries: `cuối thế kỉ 8 - đầu thế kỉ 9`
    from_zero = (  # `tăng tốc từ 0 lên 97 km/h`: an acceleration's span
        row.value == 0 and row.unit in ("km/h", "mph", "m/s") and text[a : nxt.start] == " lên "
    )
    if not from_zero and (
        not gap or ("/" in row.unit and "đến" not in gap.group() and "tới" not in gap.group())
    ):
        return False  # `55,73 triệu đồng/lượng - 56,07 triệu đồng/lượng`: buy and sell
    if nxt.raw[0].isalpha() and row.raw[0].isdigit():
        return False  # `từ 5 đến triệu đồng`: a figure left out, not a range to a million
    if row.kind == "year":
        if row.birth or nxt.birth:
            return False
        row.kind = "period"
    elif row.kind == "date":
        if row.day is not None or nxt.day is not None or row.month is None:
            return False
        row.kind = "period"  # `tháng 2 đến tháng 3`
    row.value_max = nxt.value
    row.end = nxt.end
    row.unit = nxt.unit
    row.subj_from = nxt.subj_from
    if row.kind == "period":
        row.date_iso = None
    row.raw = text[row.start : row.end]
    return True


_BARE_SCALES = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
_THIS_YEAR = re.compile(r" năm (?:nay|ngoái)(?!\w)")
# Words that, in the clause before a bare `2 tỷ` / `14 triệu`, make it an amount of VND.
_MONEY_CUES = re.compile(
    r"(?<!\w)(?:giá|lương|thu nhập|thu về|thu lời|thu lãi|doanh thu|doanh số|lợi nhuận|lãi|lỗ"
    r"|vốn|chi phí|chi tiêu|chi|kinh phí|ngân sách|tiền|phạt|bồi thường|đền bù|trị giá"
    r"|giá trị|mua|bán|vay|nợ|đầu tư|thưởng|tài sản|quyên góp|ủng hộ|chiếm đoạt|thiệt hại"
    r"|nộp|học phí|cát-xê|cát xê|thù lao|góp|kiếm|lừa|tặng|hỗ trợ|thuê|cọc|tốn|trả|đóng"
    r"|giải thưởng|ngân hàng|thu|tham ô|biển thủ|hối lộ|rửa tiền|tham nhũng|mất|bỏ ra"
    r"|căn hộ|biệt thự|siêu xe|đưa|biếu|chu cấp|huy động|đòi)(?!\w)"  # `căn hộ 100 triệu`
)
# Words that may follow a money amount: the amount is not counting the noun after it.
_MONEY_FOLLOW = frozenset(
    "để và cho từ mỗi một thì nhưng trong vào rồi nữa thôi mà là đã sẽ khi do với của ra về "
    "tiền trở tới đến hoặc hay so sau trước nên bị được này đó ở tại cũng còn vẫn lên xuống "
    "hơn khiến làm nhé đấy ạ cơ chứ/ không chưa tôi họ vì cùng theo nếu đâu".split()
)
# Money nouns after a bare scaled amount: `giảm hơn 180,7 tỷ doanh thu` is an amount of money.
_MONEY_NOUN_AFTER = re.compile(r" (?:doanh thu|lợi nhuận|chi phí|vốn|nợ|lãi|thuế|tiền)(?!\w)")
_PRIZE_TIERS = frozenset("Nhất Nhì Ba Tư Năm Khuyến Đặc Phong".split())
_SENTENCE_BREAK = re.compile(r"[.!?;\n]\s|\n")
_MONEY_VERB_JUST_BEFORE = re.compile(
    r"(?<!\w)(?:(?<!làm )(?<!xuất )(?<!đạt )được|mất|tốn)"
    r"(?: (?:hơn|gần|khoảng|trên|tới|đến|chừng|ước|ít nhất|tổng cộng))? $"
)


_PEOPLE_WORDS = re.compile(r"dân|người|lượt|view|năm ánh sáng|sao|tế bào|vi khuẩn")
_TOTAL_OF_THINGS = re.compile(r"tổng số (?!tiền|vốn|nợ|lãi|thu|doanh|chi|tài sản)")
_MONEY_VERB_BEFORE = re.compile(r"(?<!\w)(?:chi|đòi|vay|trả|nộp|(?<!đánh )lừa|tiêu|chiếm đoạt) $")
_CHANGE_TO = re.compile(r" (?:xuống|lên|còn)(?: tròn| mức| chỉ)? ")


# per a unit of goods: `3.740.000/chỉ`, `50.000/kg` (not `3.000/ngày`, cases a day)
_PRICED = re.compile(
    r"/ ?(?:kg|chỉ|lượng|lít|tấn|tạ|hộp|chai|gói|suất|vé|m2|con|chiếc|cái|bộ|quả|trái|thỏi|lọ"
    r"|tuýp|hũ|đôi|phần|người|khách|đêm)(?!\w)"
)


def _bare_money(text: str, rows: list[_Row]) -> None:
    """`vay 100 triệu để`, `thu nhập 2400 tỷ:`: a bare scaled amount in a money clause is VND."""
    prev_money = -1  # end of the last money row, to carry a currency along one sentence
    merged = False
    for row in rows:
        if (
            row.kind == "count"
            and not row.unit
            and row.value >= 1000
            and _THOUSANDS.fullmatch(row.raw)
            and _PRICED.match(text, row.end)
        ):
            row.kind, row.unit = "money", "VND"  # `vàng SJC có giá 3.740.000/chỉ`
            _rate(text, row)
    for i, row in enumerate(rows):
        if (
            row.kind == "count"
            and not row.unit
            and row.value_max is None
            and i + 1 < len(rows)
            and rows[i + 1].kind == "money"
            and rows[i + 1].value_max is None
            and row.value < rows[i + 1].value
            and _THOUSANDS.fullmatch(row.raw)
            and _THOUSANDS.fullmatch(rows[i + 1].raw)
            and text[row.end : rows[i + 1].start] in _TO_WORDS
        ):  # `từ 200.000 đến 250.000/kg`: one price range
            nxt = rows[i + 1]
            row.kind, row.unit, row.value_max = "money", nxt.unit, nxt.value
            row.end, row.subj_from = nxt.end, nxt.subj_from
            row.raw = text[row.start : row.end]
            nxt.kind = ""
            merged = True
            continue
        if row.kind == "money":
            prev_money = row.end
            continue
        if row.kind != "count" or row.unit:
            continue
        if not row.raw.endswith(_BARE_SCALES):
            if row.value < 1e6 or not _THOUSANDS.fullmatch(row.raw):
                continue  # (but `giá bán là 4.671.700.000 và …`: read on, like `2 tỷ`)
        if (
            i + 1 < len(rows)
            and rows[i + 1].kind == "money"
            and _CHANGE_TO.fullmatch(text, row.end, rows[i + 1].start)
        ):
            row.kind, row.unit = "money", rows[i + 1].unit  # `giảm 2,2 triệu xuống 56 triệu đồng`
            continue
        if text.endswith(("số tiền ", "khoản tiền "), 0, row.q_start):
            row.kind, row.unit = "money", "VND"  # `số tiền 16.5 tỷ ông Mỹ cho`
            prev_money = row.end
            continue
        nxt = text[row.end : row.end + 1]
        clause_end = nxt == "" or nxt in ".,;)!?"
        if nxt == " ":
            word = _NEXT_WORD.match(text, row.end)
            if word is not None and word.start(1) == row.end + 1:
                w = word.group(1)
                clause_end = w in _MONEY_FOLLOW  # `đại án 9.000 tỉ của`: no noun counted
                if _MONEY_NOUN_AFTER.match(text, row.end):
                    row.kind, row.unit = "money", "VND"
                    prev_money = row.end
                    continue
                if (
                    w[:1].islower()
                    and w not in _MONEY_FOLLOW
                    and not (  # `chi 13 tỷ sắm bộ bàn ghế`: a verb, after a verb of money
                        _MONEY_VERB_BEFORE.search(text, max(0, row.q_start - 12), row.q_start)
                        and not _counted_noun_after(text, row.end)
                        and not _count_unit_after(text, row.end)
                    )
                ):
                    continue  # `2 triệu người`: a count of the noun after
                if not w[:1].islower() and not _sentence_opener(text, word):
                    continue  # `52 triệu Bảng`; but `đầu tư gần 11.850 tỷ Điểm đầu dự án`
        elif nxt.isalnum():
            continue
        elif nxt == "/" and _RATE.match(text, row.end):
            row.kind, row.unit = "money", "VND"  # `Cherry 90 ngàn/kg`: a price per unit
            _rate(text, row)
            prev_money = row.end
            continue
        lo = max(0, row.start - 70)
        window = text[lo : row.start]
        cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
        window = window[cut:].lower()
        carried = prev_money >= 0 and not _SENTENCE_BREAK.search(text, prev_money, row.start)
        cue = _MONEY_CUES.search(window) or _MONEY_VERB_JUST_BEFORE.search(window)
        if (
            cue is None
            and not carried
            and not (  # `năm 2017 tăng so với 2015 là 114.000 tỷ.`: billions that end a clause
                row.raw.endswith(("tỷ", "tỉ"))
                and clause_end
                and not _PEOPLE_WORDS.search(window)
            )
        ):
            continue
        if cue is not None and _TOTAL_OF_THINGS.search(window) and not carried:
            continue  # `nâng tổng số sim bị thu hồi lên tới hơn 18 triệu`: a count
        if cue is not None and cue.group() == "thu" and window.startswith(" hút", cue.end()):
            if not carried:
                continue
        row.kind, row.unit = "money", "VND"
        _rate(text, row)
        prev_money = row.end
    if merged:
        rows[:] = [row for row in rows if row.kind]


def _sentence_opener(text: str, word: re.Match[str]) -> bool:
    """Whether a capitalized word after a number opens the next sentence, its full stop lost
    (`Điểm đầu dự án`): a capital, then lower case, and a lower-case word after it."""
    w = word.group(1)
    if not (w[:1].isupper() and w[1:].islower()):
        return False
    after = _NEXT_WORD.match(text, word.end())
    if after is None:  # `lừa giáo sư hơn 17 tỷ Chiều 6/7/2016`: a date opens it
        return text[word.end() : word.end() + 2].strip()[:1].isdigit()
    return after.group(1).islower()


_first_item = itemgetter(0)


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


def _lineage_code(line: str, start: int) -> bool:
    """True when the digits at `start` follow one capital and a dot (`B.1.617`, `P.1`), or
    one capital alone (`B1.617`)."""
    at = start - 1 if line[start - 1 : start] == "." else start
    return (
        line[at - 1 : at].isupper()
        and not line[at - 2 : at - 1].isalnum()
        and (at < start or _GLUED_LINEAGE.match(line, start) is not None)
    )


# a race time to the thousandth (`1:33:05.154`) or a gap to the winner (`+0:19.783`)
_RACE_TIME = re.compile(r"\d{1,2}:\d{2}(:\d{2})?\.\d{3}(?!\d)")
_OUTLINE_ITEM = re.compile(r"\d{1,2}\.\d{1,2}")
_STANDARD_BEFORE = re.compile(r"(?:QCVN|TCVN|ISO|IEC|TCN)[ :]?[\w.-]*\d[\w.-]* ?:$")
_MASKED_DIGITS = (".xxx", "xxx", ".XXX", "XXX", ".***", "***")  # a phone number half hidden
_GLUED_LINEAGE = re.compile(r"\d{1,3}(?:\.\d+)+(?![\d,]| ?[-–/])")


def _digits_token(line: str, match: re.Match[str]) -> list[_Row]:
    """Rows for a digit cluster: a number, a range, a date, a fraction, a score, a name."""
    text = match.group()
    start, end = match.start(), match.end()
    if (text == "2" or text == "3") and line.endswith("/m ", 0, start):
        return []  # `4 triệu đồng/m 2`: the exponent of a per-square-metre price
    if (
        (text == "2" or text == "3")
        and line[start - 1 : start] == "m"
        and (
            not line[start - 2 : start - 1].isalpha()
            or line[start - 3 : start - 1] in ("km", "cm", "dm")
        )
    ):
        return []  # the exponent of `m2`, `km3`
    nxt = line[end : end + 1]
    if nxt.isalpha() and line[start - 1 : start] == "%":
        return []  # `cuô%3ḅc họp`: a percent-encoded byte left in the text
    if (
        nxt == "."
        and _OUTLINE_ITEM.fullmatch(text)
        and line[end + 1 : end + 2] == " "
        and line[end + 2 : end + 3].isupper()
        and line[start - 1 : start] == " "
        and line[:start].rstrip().endswith((":", ";", "."))
    ):  # `bao gồm: 1.1. Người làm việc …; 1.2. Người …`: an outline's numbered item
        return [_Row(start, end, text, float(text.partition(".")[0]), "ordinal")]
    if text == "1-0-2":
        return [_Row(start, end, text, 1.0, "identifier")]  # `có 1-0-2`: one of a kind (slang)
    if (
        len(text) == 4
        and line[start - 1 : start] == ":"
        and _STANDARD_BEFORE.search(line, max(0, start - 24), start)
    ):
        return []  # `QCVN 01:2009/BYT`, `ISO 9001:2015`: the standard's year, part of its code
    first = text[0]
    if (
        nxt == " "
        and line.startswith(" TS", end)
        and _BOAT_PREFIX.search(line, max(0, start - 8), start)
    ):
        # `tàu cá số hiệu QB - 116.19 TS`: a fishing boat's registration
        return [_Row(start, end, text, _first_number(text), "identifier")]
    if line[start - 1 : start] in ("/", "F", "f") and _aperture(line, start, text):
        row = _Row(start, end, text, parse_digits(text) or 0.0, "measure")
        row.unit = "f/"  # `ống kính 85mm f/1.8`, `FE 100mm F2.8`: a lens's aperture
        return [row]
    if line.endswith(("Mach ", "mach "), 0, start) and (speed := parse_digits(text)) is not None:
        row = _Row(start, end, text, speed, "measure")
        row.unit = "Mach"  # `tốc độ Mach 6`: times the speed of sound
        return [row]
    if first == "0" and line.startswith(_MASKED_DIGITS, end):
        return [_Row(start, end, text, _first_number(text), "identifier")]  # `0974.022.xxx`
    if (first == "0" or first == "1") and (
        len(text) >= 7 or ((nxt == " " or nxt == ".") and line[end + 1 : end + 2].isdigit())
    ):
        phone = _PHONE.match(line, start)
        if (
            phone
            and (phone.end() > end or len(text) >= 9)
            and not line[start - 1 : start].isalnum()
            and (
                9 <= sum(c.isdigit() for c in phone.group()) <= 12
                or (  # `Hotline: 1900 2163`, but not `năm 1900 2163 người`
                    text in ("1800", "1900")
                    and len(phone.group()) == 9
                    and not line.endswith(("năm ", "Năm "), 0, start)
                )
            )
        ):
            return [_Row(start, phone.end(), phone.group(), _first_number(text), "identifier")]
    if nxt == ")" and first == "0" and line[start - 1 : start] == "(":
        phone = _AREA_PHONE.match(line, start)
        if phone:  # `(024)3 793 11 38`: an area code, then the number
            return [_Row(start, phone.end(), phone.group(), _first_number(text), "identifier")]
    if nxt == ":" and (race := _RACE_TIME.match(line, start)):
        row = _Row(start, race.end(), race.group(), float(text), "duration")
        row.unit = "phút" if race.group(1) is None else "giờ"  # `1:33:05.154`, `+0:19.783`
        return [row]
    if nxt == "x" and (drive := _DRIVE.match(line, start)):
        return [_Row(start, drive.end(), drive.group(), float(text), "identifier")]  # `4x4`
    if (
        nxt == " "
        and line.endswith(("km ", "Km ", "KM "), 0, start)
        and (plus := _KM_PLUS.match(line, end))
    ):  # `tại km 851 + 200, đường Hồ Chí Minh`: a milestone, as `Km 15+500`
        return [_Row(start, plus.end(), line[start : plus.end()], float(text), "identifier")]
    if (
        nxt == " "
        and len(text) == 4
        and line.startswith((" GMT", " UTC"), end)
        and text.isdigit()
        and int(text[:2]) < 24
        and int(text[2:]) < 60
        and not line.endswith(("năm ", "Năm "), 0, start)
    ):  # `(2100 GMT ngày 8/5)`: a clock time written as hours and minutes
        return [_Row(start, end, text, float(text[:2]), "time")]
    if (
        nxt in ":,."
        and (ratio := _ASPECT_RATIO.match(line, start))
        and _ASPECT_BEFORE.search(line, max(0, start - 25), start)
    ):  # `màn hình 5,4 inch, tỷ lệ 18:9`: a screen's shape, named by its ratio
        value = float(ratio.group().partition(":")[0].replace(",", "."))  # (`18,5:9`)
        return [_Row(start, ratio.end(), ratio.group(), value, "identifier")]
    if nxt == ":" and _RATIO_BEFORE.search(line, max(0, start - 12), start):
        ratio = _RATIO.match(line, start)
        if ratio:  # `tỷ lệ 1:18`, `tỷ số 2:1`: two counts, like a score
            return [
                _Row(*ratio.span(i), ratio.group(i), parse_digits(ratio.group(i)) or 0.0)
                for i in (1, 2)
            ]
    if nxt in _CLOCK_NEXT and (
        nxt != " " or line.startswith(" giờ ", end) or line.startswith(" h", end)
    ):
        clock = _CLOCK.match(line, start)
        if clock and clock.end() > end and text.isdigit():
            if line[start - 1 : start] == "/" and clock.end() == end + 1:
                row = _Row(start, end + 1, line[start : end + 1], float(text), "duration")
                row.unit = "giờ"  # `mưa 40-100mm/24h`: the per-unit of a rate, a span
                return [row]
            return [_clock_token(line, clock)]
    if (
        (nxt == "x" or nxt == "×" or line[end : end + 2] in (" x", " ×"))
        and (res := _RESOLUTION.match(line, start))
        and ("phân giải" in line[max(0, start - 40) : start] or _PIXEL_AFTER.match(line, res.end()))
    ):  # `độ phân giải 2520x840`, `(1920x1080)`: a screen's pixels on each side
        rows = []
        for i in (1, 2):
            row = _Row(*res.span(i), res.group(i), parse_digits(res.group(i)) or 0.0, "measure")
            row.unit = "pixel"
            rows.append(row)
        return rows
    if (nxt == "x" or nxt == "×" or line[end : end + 2] in (" x", " ×")) and (
        dims := _DIMENSIONS.match(line, start)
    ):
        return _dimension_rows(dims)  # `kích thước 3x5cm`: one measure per side
    if (
        nxt == "x"
        and text.isdigit()
        and not line[end + 1 : end + 2].isalnum()
        and _FACTOR_BEFORE.search(line, max(0, start - 20), start)  # not `thế hệ 9x`
    ):
        row = _Row(start, end + 1, line[start : end + 1], float(text))
        row.unit = "x"  # `zoom quang học 3x`: a factor
        return [row]
    left = _Left(line, start)
    if (
        (
            left.kw_kind == "phone"
            and _phone_number(line, text, end)
        )
        or (line[start - 1 : start] == "+" and text.startswith("84"))
        or (  # `+974 4412 8480`, `+1 202 555 0147`: an international number
            line[start - 1 : start] == "+"
            and not line[start - 2 : start - 1].isalnum()
            and (phone := _INTL_PHONE.match(line, start))
            and 8 <= sum(c.isdigit() for c in phone.group()) <= 15
        )
        or (  # `các đầu số lạ như +224, +225`: a country's dialling code
            line[start - 1 : start] == "+"
            and not line[start - 2 : start - 1].isalnum()
            and _DIAL_CODE.fullmatch(text)
            and line[end : end + 1] not in ("%", "m")
            and _DIAL_CONTEXT.search(line, max(0, start - 70), start - 1)
        )
    ):
        run = _PHONE_RUN.match(line, start)
        stop = run.end() if run else end
        return [_Row(start, stop, line[start:stop], _first_number(text), "identifier")]
    plain = text.isdigit()
    if plain and (nxt == "," or nxt == ")") and left.before.endswith(("cụm ", "Cụm ")):
        return [_Row(start, end, text, float(text), "identifier")]  # `cụm 3, xã Phụng Thượng`
    if "." in text and _lineage_code(line, start):  # `biến chủng B.1.617`: by its first group
        return [_Row(start, end, text, float(text.partition(".")[0]), "identifier")]
    if (
        "." in text
        and (dm := _DOTTED_DM.fullmatch(text))
        and is_day_month(int(dm[1]), int(dm[2]))
        and (
            (  # `hôm qua (6.7, giờ địa phương)`: the day's date
                line[start - 1 : start] == "("
                and _DAY_WORD_BRACKET.search(line, start - 16 if start > 16 else 0, start)
            )
            # `đúng 9.8 Âm lịch`, `(18.6, tức 11.7 dương lịch)`
            or line.startswith((" âm lịch", " Âm lịch", " ÂL", " dương lịch", " Dương lịch"), end)
            or (  # `tính đến 31.12 ước đạt`, `đợi đến 04.03 mới`, `ngày mai 7.7,`
                (
                    (len(dm[2]) == 2 and left.words[-1:] in (["đến"], ["tới"], ["hết"]))
                    or left.words[-2:] in (["ngày", "mai"], ["hôm", "nay"], ["hôm", "qua"])
                    or left.before.endswith((" nay – ", " nay - "))  # `9h sáng nay – 6.2,`
                    or _CLOCK_BEFORE.search(left.before) is not None  # `lúc 18 giờ 11.2 trên`
                    # `diễn ra vào 17.6 tại Hà Nội và 18.6 tại TP.HCM`
                    or (left.words[-1:] in (["vào"], ["và"]) and line.startswith(" tại ", end))
                    or left.words[-1:] in (["khánh"], ["lễ"], ["dịp"])  # `Quốc khánh 2.9`
                    or left.words[-3:] == ["ngày", "giao", "dịch"]
                )
                and not line[end : end + 1].isalnum()
                and (
                    _THIS_YEAR.match(line, end) is not None
                    or (
                        _RIGHT.match(line, end) is None
                        and not _counted_noun_after(line, end)
                        and not _count_unit_after(line, end)
                    )
                )
            )
        )
    ):  # a day and month, dotted
        row = _Row(start, end, text, float(dm[1]), "date")
        row.day, row.month = int(dm[1]), int(dm[2])
        return [row]
    if (
        first == "1"
        and (duel := _ONE_ON_ONE.match(line, start))
        and ("chọi" in duel.group() or line.endswith(("cuộc đối đầu ", "pha đối đầu "), 0, start))
    ):
        return [_Row(start, duel.end(), duel.group(), 1.0, "identifier")]
    if (
        nxt == " "
        and len(text) == 1
        and line.startswith(" trong 1", end)
        and (in_one := _N_IN_ONE.match(line, end))
        and not line.endswith(("pixel ", "gộp "), 0, start)  # `gộp pixel 9 trong 1`: counts
    ):  # `dưỡng da 2 trong 1`, `công nghệ “4 trong 1”`: a kind of product, not counts
        one = in_one.end() - 1
        return [
            _Row(start, end, text, float(text), "identifier"),
            _Row(one, one + 1, "1", 1.0, "identifier"),
        ]
    if (
        text in _DECADE_AGES
        and line[start - 1 : start] == "U"
        and not line[start - 2 : start - 1].isalnum()
    ):
        row = _Row(start, end, text, float(text), "age")  # `ngôi sao U60`: nearly sixty
        row.unit, row.qualifier = "tuổi", "less_than"
        return [row]
    if (
        plain
        and line[start - 1 : start] == "+"
        and line.endswith(("GMT+", "UTC+", "K+", " T+", "(T+"), 0, start)
    ):
        return [_Row(start, end, text, float(text), "identifier")]  # `GMT+7`, `K+1`, `T+3`
    if (
        nxt in _MINUTE_MARKS
        and text in _HALF_ENDS
        and line[end + 1 : end + 2] == "+"
        and (plus := _PLUS_DIGITS.match(line, end + 1))
        and len(plus.group(1)) <= 2
    ):
        row = _Row(start, plus.end(), line[start : plus.end()], float(text), "time")
        row.unit = "phút"  # `90'+3`, `(Solanke 90"+3)`: a minute of stoppage time, like `90+5`
        return [row]
    if (
        plain
        and len(text) <= 2
        and line[end + 2 : end + 3] == "."
        and _JERSEY.match(line, end)
        and not _strong_unit(line, end)  # `15 W. Mẫu máy`: watts, not `16 J. O'Shea`
        and left.kw_kind != "ordinal"  # `vòng 11 K.League`: a round of a league
    ):
        return [_Row(start, end, text, float(text), "identifier")]  # `16 J. O'Shea`: a shirt
    if plain:
        # seven digits and more with no thousands dots: a code, a phone (`52510201`, `19006418`)
        if len(text) >= 7 or (first == "0" and (len(text) >= 3 or left.keyword == "số")):
            return [_Row(start, end, text, _first_number(text), "identifier")]
        if (
            nxt == "+"
            and not line[end + 1 : end + 2].isalnum()
            and (
                left.keyword in ("chương trình", "hệ")
                or (
                    left.words[-1:] in (["hệ"], ["tạo"], ["trình"], ["hình"])
                    and left.words[-2:-1] != ["thế"]  # `thế hệ 4++`: a generation
                )
            )
        ):  # `chương trình 9+`, `mô hình đào tạo 9+`, `học hệ 9+`: a programme after grade 9
            return [_Row(start, end, text, float(text), "identifier")]
        if nxt == "+" and (plus := _PLUS_DIGITS.match(line, end)):
            stop = plus.end()
            if text in _HALF_ENDS and len(plus.group(1)) <= 2:
                row = _Row(start, stop, line[start:stop], float(text), "time")
                row.unit = "phút"  # `(Willian 90+5)`: a minute of stoppage time
                return [row]
            if left.keyword == "km" or left.before[-2:].lower() == "km":
                tail = _CHAINAGE_DECIMALS.match(line, stop)  # `Km60+900`, `Km 23+585,26`
                stop = tail.end() if tail else stop
                return [_Row(start, stop, line[start:stop], float(text), "identifier")]
            if stop == end + 1 + len(plus.group(1)) and not line[stop : stop + 1].isalnum():
                # `Trường Sư phạm 10+3`: a name
                return [_Row(start, stop, line[start:stop], float(text), "identifier")]
        if text == "3" and (
            _THREE_ROUNDS_BODY.match(line, end) or line.endswith("số đo ", 0, start)
        ):
            return [_Row(start, end, text, 3.0, "identifier")]  # `số đo 3 vòng`: body measurements
        if nxt == "m" and len(text) == 1:
            height = _HEIGHT.match(line, end) or (
                left.words[-1:] in (["dài"], ["cao"], ["sâu"]) and _SHORT_M23.match(line, end)
            )  # (`mỗi vòng dài 1m2`: 1.2 metres, not an area)
            if height:  # `1m77`: a height
                row = _Row(
                    start,
                    height.end(),
                    line[start : height.end()],
                    float(f"{text}.{height.group(1)}"),
                    "measure",
                )
                row.unit = "m"
                return [_classify_tail(line, row, left)]
        if (
            nxt == " "
            and line.startswith(" tháng ", end)
            and (full := _DAY_MONTH_WORDS.match(line, start))
            and is_day_month(int(text), int(full.group(1)))
            and (
                full.group(2)  # (a day after `ngày` with no year is read where `ngày` is)
                or (left.kw_kind != "date" and left.words[-1:] not in (["kỳ"], ["đường"], ["phố"]))
            )
        ):  # `vào 30 tháng 9 năm 2014`, `ra mắt là 27 tháng 6`: a date, even with no `ngày`
            row = _Row(start, full.end(), full.group(), float(text), "date")
            row.day, row.month = int(text), int(full.group(1))
            if full.group(2):
                row.year = int(full.group(2))
                row.date_iso = iso_date(row.year, row.month, row.day)
            return [row]
        if (
            text == "11"
            and line.startswith(_METRES, end)
            and line.endswith(_PENALTY_BEFORE, 0, start)
        ):
            return [_Row(start, end, text, 11.0, "identifier")]  # `đá phạt 11 m`: the spot
        if (text == "10" or text == "6") and line.endswith(_GRADE_EXAM, 0, start):
            return [_Row(start, end, text, float(text), "identifier")]  # `thi vào 10`: grade 10
        if (
            nxt == " "
            and line.startswith(_LUNAR_STARTS, end)  # literal tests before the pattern
            and int(text) <= 30
            and (lunar := _LUNAR_DAYS.match(line, end))
        ):
            if lunar.group(1):  # `Từ ngày 27 đến 30 tháng Chạp`: lunar days
                row = _Row(start, lunar.end(1), line[start : lunar.end(1)], float(text), "period")
                row.value_max = float(lunar.group(1))
                return [row]
            row = _Row(start, end, text, float(text), "date")  # `27 tháng Chạp`: a lunar day
            row.day = int(text)
            return [row]
        if (
            nxt == " "
            and line.startswith((" Tết", " tết"), end)
            and int(text) <= 30
            and (int(text) >= 20 or (left.words and left.words[-1] in _TET_DAY_WORDS))
        ):
            row = _Row(start, end, text, float(text), "date")  # `30 Tết`: a day of the lunar year
            row.day = int(text)
            return [row]
        if nxt == " " and _MODEL_SUFFIX.match(line, end) and not left.qualifier:
            return [_Row(start, end, text, float(text), "identifier")]  # `iPhone 11 Pro`
        if text in ("2", "3", "4") and _numbered_class(line, end, left):
            return [_Row(start, end, text, float(text), "identifier")]  # `xe 2 bánh`: a class
        if nxt.isupper():
            plate = _PLATE.match(line, start)
            if plate and plate.end() > end + 2:
                return [_Row(start, plate.end(), plate.group(), float(text), "identifier")]
        if (
            (nxt == "." or nxt == ")")
            and end - start <= 2
            and _is_list_item(line, start, end, left)
        ):
            return [_Row(start, end, text, float(text), "ordinal")]
        row = _Row(start, end, text, float(text))
        return [_classify_single(line, row, left, plain=True)]
    if "/" in text or "-" in text or "–" in text:
        if _WAR_INVALID.fullmatch(text) and _WAR_INVALID_BEFORE.search(left.before):
            return [_Row(start, end, text, _first_number(text), "identifier")]
        if (
            line[start - 1 : start] == "Q"
            and not line[start - 2 : start - 1].isalnum()
            and _QUARTER_YEAR.fullmatch(text)
        ):  # `Q4/2016`: a quarter, as `quý 4/2016`
            row = _Row(start, end, text, float(text[0]), "period")
            row.year = int(text[2:])
            return [row]
        iso = _ISO_DATE.fullmatch(text)
        if iso and is_day_month(int(iso.group(3)), int(iso.group(2))):
            row = _Row(start, end, text, float(iso.group(1)), "date")  # `2017-05-13`
            row.year, row.month, row.day = (int(g) for g in iso.groups())
            row.date_iso = iso_date(row.year, row.month, row.day)
            return [row]
        return _compound_token(line, text, start, end, left)
    if text.startswith(("18", "19")) and _SERVICE_NUMBER.fullmatch(text):
        return [_Row(start, end, text, _first_number(text), "identifier")]  # `1800.6815`
    if (nxt == "," and line[end + 1 : end + 2] == " ") or line.startswith(" (mua", end):
        special = _quote_pair(line, text, start, end, left)
        if special is not None:
            return special
    special = _dotted_token(line, text, start, end, left)
    if special is not None:
        return special
    if (
        len(text) == 3
        and text.endswith(".0")
        and text[0] != "0"
        and not _RIGHT.match(line, end)
        and not _counted_noun_after(line, end)
        and not left.qualifier
        and not _TEST_SCORE_BEFORE.search(line, max(0, start - 60), start)  # `IELTS 8.0`
    ):  # (Vietnamese writes a decimal `4,0`: `4.0` with nothing after is a version)
        return [_Row(start, end, text, float(text[0]), "identifier")]  # `cách mạng 4.0`, `Web 2.0`
    value = parse_digits(text)
    if value is not None and (_MULT_NEXT.match(line, end) or line.startswith("%", end)):
        value = _scaled_decimal(text, value)  # `7,043 tỷ`, `99,982%`: decimals, not thousands
    if value is None:
        return [_Row(start, end, text, _first_number(text), "identifier")]
    row = _Row(start, end, text, value)
    return [_classify_single(line, row, left, plain=False)]


# keywords that name a thing by its number only when no unit or counted noun follows
_NUMBERED_UNLESS_COUNTED = frozenset({"trâu", "quán", "karaoke", "cà phê", "chương", "vỏ thép"})
_QUARTER_YEAR = re.compile(r"[1-4]/(?:19|20)\d\d")
# gold quotes: `niêm yết ở mốc 1.267, 56 USD/oz` (a decimal cut off by a stray space) and
# `ở mức 36,240 (mua vào) – 36,440 triệu đồng/lượng` (buying and selling price, one range)
_CUT_DECIMAL = re.compile(r", (\d{1,2}) (?=USD/(?:oz|ounce|ao)(?!\w))")
_QUOTE_NUMBER = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")
_BUY_SELL = re.compile(rf" \(mua(?: vào)?\) ?[–-] ?({_NUM}) (triệu|nghìn|ngàn)(?!\w)")


def _quote_pair(line: str, text: str, start: int, end: int, left: _Left) -> list[_Row] | None:
    """A price split in two by how a quote is written (`_CUT_DECIMAL`, `_BUY_SELL`), as one
    figure; None when the text is not such a quote."""
    if not _QUOTE_NUMBER.fullmatch(text):
        return None
    cut = _CUT_DECIMAL.match(line, end)
    if cut is not None and "." in text:
        value = round(float(text.replace(".", "")) + int(cut[1]) / 10 ** len(cut[1]), 2)
        row = _Row(start, cut.end(1), line[start : cut.end(1)], value)
        return [_classify_single(line, row, left, plain=False)]
    pair = _BUY_SELL.match(line, end)
    if pair is not None and "," in text and (high := parse_digits(pair[1])) is not None:
        factor = MULTIPLIERS[pair[2]]
        row = _Row(start, pair.end(), line[start : pair.end()], 0.0)
        row.value = round(float(text.replace(",", ".")) * factor, 6)
        row.value_max = round(_scaled_decimal(pair[1], high) * factor, 6)
        return [_classify_single(line, row, left, plain=False)]
    return None


# `thương binh hạng 2/4`, `bệnh binh 1/3`: a disabled veteran's grade, one code
_WAR_INVALID = re.compile(r"[1-4]/[34]")
_WAR_INVALID_BEFORE = re.compile(r"(?:thương|bệnh) binh (?:hạng )?$", re.IGNORECASE)
_DRIVE = re.compile(  # a drive layout: `4x4`, `4x2`, `8x8 bánh` (not `8x8 pixel`)
    r"[2468]x[2468](?![\w.,]| ?(?:pixel|px|điểm|cm|mm|m|inch|mét)(?!\w))"
)
_KM_PLUS = re.compile(r" ?\+ ?\d{1,3}(?![\d.,]\d)")
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2} ?(?:giờ|h)(?: \d{1,2} phút)? $")
_ASPECT_RATIO = re.compile(r"(?:1[6-9]|2[01]|32)(?:[.,]5)?:9(?![\d:])")
_ASPECT_BEFORE = re.compile(r"(?:t[ỷỉ] lệ|màn hình|khung hình|định dạng)(?!\w)", re.IGNORECASE)
# `30 tháng 9 năm 2014`, `27 tháng 6`; not `9 tháng 10 ngày`, `6 tháng 1 lần`: spans and rates
_DAY_MONTH_WORDS = re.compile(
    r"\d{1,2} tháng (\d{1,2})(?: năm ((?:1[89]|20)\d\d)(?!\d)|(?![\d/.,]?\d|\w| ?[-–]"
    r"| (?:ngày|lần|tuần|năm(?! (?:nay|ngoái|tới|trước)(?!\w))|tuổi|đêm|giờ|tiếng|phút|vụ|đợt"
    r"|kỳ|buổi|lứa)(?!\w)))"
)
# `1-chọi-1`, `tình huống 1 chọi 1`, `cuộc đối đầu 1-1`: a duel, one name (not a score)
_ONE_ON_ONE = re.compile(r"1(?: ?[-–] ?| )chọi(?: ?[-–] ?| )1(?!\d)|1 ?[-–] ?1(?![\d,.])")
_N_IN_ONE = re.compile(r" trong 1(?!\w|[.,/]\w| (?:ngày|tháng|năm|tuần|giờ|lần|người|phút))")
_DECADE_AGES = frozenset({"30", "40", "50", "60", "70", "80", "90"})  # `U60`, not `U23`
_FACTOR_BEFORE = re.compile(r"(?:[Zz]oom|quang học|kỹ thuật số|phóng đại|gấp) $")
_PENALTY_BEFORE = ("phạt ", "phạt đền ", "penalty ", "luân lưu ")
_METRES = ("m ", "m.", "m,", " m ", " m.", " m,", " mét")
_GRADE_EXAM = ("thi vào ", "tuyển sinh vào ", "tuyển vào ", "thi tuyển vào ", "chuẩn vào ")
_PIXEL_AFTER = re.compile(r" ?(?:pixel|px|điểm ảnh)(?!\w)")
_RESOLUTION = re.compile(rf"({_NUM}) ?[x×] ?({_NUM})(?![\d.,]\d)")
_DIMENSIONS = re.compile(
    rf"({_NUM}) ?[x×] ?({_NUM})(?: ?[x×] ?({_NUM}))? ?(cm|mm|m|km|inch|mét)(?!\w)"
)


def _dimension_rows(match: re.Match[str]) -> list[_Row]:
    """`3x5cm`, `4 x 5 x 2,5 m`: each side a measure in the unit written once at the end."""
    rows = []
    for i in (1, 2, 3):
        raw = match.group(i)
        if raw is None:
            continue
        row = _Row(match.start(i), match.end(i), raw, parse_digits(raw) or 0.0, "measure")
        row.unit = "m" if match.group(4) == "mét" else match.group(4)
        rows.append(row)
    rows[-1].subj_from = match.end()
    return rows


def _classify_tail(line: str, row: _Row, left: _Left) -> _Row:
    """Qualifier for a row whose kind is already known."""
    _qualify(line, row, left)
    return row


def _dotted_token(line: str, text: str, start: int, end: int, left: _Left) -> list[_Row] | None:
    """`tháng 5.1975`, `ngày 9.5`, `29.4.2021`, a GPS pair: dates and codes written with dots."""
    if left.kw_kind == "month":
        month_year = _MONTH_DOT_YEAR.fullmatch(text)
        if month_year and 1 <= int(month_year.group(1)) <= 12:
            row = _Row(start, end, text, float(month_year.group(1)), "date")
            row.month, row.year = int(month_year.group(1)), int(month_year.group(2))
            row.date_iso = iso_date(row.year, row.month)
            return [row]
    if (
        left.kw_kind == "date"
        or _DAYPART_BEFORE.search(left.before)
        or (line[start - 1 : start] == "(" and line[end : end + 1] == ")")  # `trước (24.5)`
    ):
        day_month = _DOTTED_DM.fullmatch(text)
        if day_month and is_day_month(int(day_month.group(1)), int(day_month.group(2))):
            row = _Row(start, end, text, float(day_month.group(1)), "date")  # `ngày 9.5`
            row.day, row.month = int(day_month.group(1)), int(day_month.group(2))
            return [_calendar_range(line, row)]
    dotted = _DOTTED_DATE.fullmatch(text)
    if dotted and is_day_month(int(dotted.group(1)), int(dotted.group(2))):
        row = _Row(start, end, text, float(dotted.group(1)), "date")
        row.day, row.month, row.year = (int(g) for g in dotted.groups())
        row.date_iso = iso_date(row.year, row.month, row.day)
        return [_calendar_range(line, row)]
    coords = _COORDINATES.fullmatch(text)
    if coords:
        second = start + coords.start(2)
        return [
            _Row(
                start,
                start + len(coords.group(1)),
                coords.group(1),
                float(coords.group(1)),
                "identifier",
            ),
            _Row(second, end, coords.group(2), float(coords.group(2)), "identifier"),
        ]
    return None


def _is_list_item(line: str, start: int, end: int, left: _Left) -> bool:
    """`1. Baby Shark`: a small number opening a line or sentence, then `.` or `)`."""
    glued = line[end : end + 1] == "." and line[end + 1 : end + 2].isupper()  # `1.Squat`
    if end - start > 2 or left.glued and left.before:
        return False
    if not _LIST_ITEM_AFTER.match(line, end):
        return glued and not left.before.strip()  # a heading run into its number opens a line
    head = left.before.rstrip()
    if line.startswith(('. "', ". “"), end) and end - start <= 2 and not left.qualifier:
        return True  # `(58,1 triệu USD) 2. "The Mummy"`: a ranked list run into one line
    return not head or head[-1] in ".!?:;\n" or head in ("-", "–", "+", "•", "*")


def _classify_single(line: str, row: _Row, left: _Left, *, plain: bool) -> _Row:
    """Kind, unit, qualifier and subject of a single number."""
    if (
        line[row.end : row.end + 1] == "s"
        and not line[row.end + 1 : row.end + 2].isalnum()
        and _SECONDS.fullmatch(row.raw)
    ):  # `nhanh hơn người đồng đội 0,154s`: seconds, as sports pages write them
        row.kind, row.unit = "duration", "giây"
        row.value = float(row.raw.replace(",", "."))
        row.end = row.subj_from = row.end + 1
        row.raw = line[row.start : row.end]
        _qualify(line, row, left)
        return row
    if (
        left.before.endswith(_PRICE_UNIT_ENDS)
        and (price := _PRICE_UNIT_BEFORE.search(left.before))
        and row.value >= 100
    ):
        row.kind = "money"  # `FOB (TP.HCM) USD/tấn 1.902`, `Đăk Lăk VND/kg 43.100`: a price table
        row.unit = _price_unit(price)
        return row
    if unit := _next_price_cell(left, row.value):
        row.kind, row.unit = "money", unit  # `USD/tấn 1.902 1.913`: the next cell of the row
        return row
    # 1. digits glued to letters are part of a name: Covid-19, Mazda3, U23, Top1
    if _glued_name(line, row, left):
        return row
    if (
        plain
        and line[row.start - 1 : row.start] in ('"', "“")
        and line[row.end : row.end + 1] in ('"', "”")
    ):
        row.kind = "identifier"  # `xe tăng "390"`, `con số "13"`: a number quoted as a name
        return row
    mark = line[row.start - 4 : row.start]
    if (
        mark == "iểm "
        and plain
        and row.value >= 10
        and line.endswith(("cao điểm ", "Cao điểm "), 0, row.start)
        and not line.endswith("giờ cao điểm ", 0, row.start)
        and not _counted_noun_after(line, row.end)
    ):
        row.kind = "identifier"  # `giành lại cao điểm 845`: a hill (`cao điểm 30/4`: a busy day)
        return row
    if (
        mark == "mốc "
        and plain
        and line.endswith(("cột mốc ", "Cột mốc "), 0, row.start)
        and (row.end == len(line) or line[row.end] in ",.;:)" or _MARKER_NEXT.match(line, row.end))
    ):
        row.kind = "identifier"  # `đến cột mốc 308,`: a border marker; `cột mốc 100 trận` counts
        return row
    if (
        row.raw in ("5", "7", "11")
        and left.words[-1:] in (["đá"], ["bóng"], ["sân"], ["tuyển"])
        and line.startswith(" người", row.end)
    ):
        row.kind = "identifier"  # `bóng đá 11 người`, `sân 7 người`: a game's format
        return row
    if (
        row.raw in _DECADE_AGES
        and line.endswith((" ngoài ", " Ngoài "), 0, row.start)
        and (row.end == len(line) or line[row.end] in ",.;)" or line.startswith(" hoặc", row.end))
    ):
        row.kind, row.unit, row.qualifier = "age", "tuổi", "more_than"  # `người ngoài 50,`
        return row
    if row.raw in _GOLD_PURITY and "vàng" in line[max(0, row.start - 40) : row.start].lower():
        row.kind = "identifier"  # `Vàng Phú Quý 9999`, `vàng 24K (999.9)`: a purity grade
        return row
    if plain and row.raw in _EMERGENCY and left.words and left.words[-1] in _EMERGENCY_PREV:
        row.kind = "identifier"  # `cảnh sát 113`: an emergency line, not a quantity
        return row
    keyword, kw_kind = left.keyword, left.kw_kind
    if plain and line[row.end : row.end + 1] == ":" and _ITEM_HEAD.search(left.before):
        row.kind = "ordinal"  # `Cách 1: Luộc khoai`, `Nhóm 2: Ngành tự động hóa`: an item
        return row
    if keyword == "bậc" and _LANGUAGE_LEVEL.search(left.before):
        row.kind = "identifier"  # `trình độ ngoại ngữ bậc 4`, `B2 (bậc 4)`: a named level
        return row
    if (
        keyword == "vòng"
        and row.value <= 3
        and row.raw.isdigit()
        and (
            _BODY_ROUND.match(line, row.end)
            or _BODY_ROUND_BEFORE.search(line, max(0, row.start - 16), row.start)
        )
    ):
        row.kind = "identifier"  # `vòng 1 căng đầy`, `vòng 3 sexy`: a body measure's name
        return row
    if (
        line.startswith(_BEFORE_CHRIST, row.end)
        and row.value == int(row.value)
        and kw_kind != "period"  # `thế kỷ thứ 3 trước Công nguyên`: a century
    ):
        row.kind = "year"  # `năm 350 trước Công nguyên`, `khoảng 3.200 năm trước Công nguyên`
        return row  # (no calendar year: it must not date the story's `12/10`)
    # 2. a strong keyword just before decides (`ngày 4 tháng 9` beats the time word), unless
    #    a physical unit, a currency or `%` follows (`cao tốc 2km`)
    if (
        kw_kind
        and (
            keyword not in _WEAK_KEYWORDS
            or (kw_kind == "date" and _DAY_MONTH_AFTER.match(line, row.end))
            # `học sinh lớp 12 trường …`, `bé gái lớp 7`, `học sinh cấp 3`: a pupil's grade
            or (keyword in ("lớp", "cấp") and left.words[-2:-1] and left.words[-2] in _PUPILS)
            # `điểm chuẩn vào lớp 10 năm 2017`: the grade, then the year
            or (keyword == "lớp" and _YEAR_NEXT.match(line, row.end))
        )
        and not (
            kw_kind in ("identifier", "ordinal")
            and keyword not in ("km", "chấm")
            and (
                _strong_unit(line, row.end)
                or _AGE_NEXT.match(line, row.end)
                or line.startswith(" làn ", row.end)
            )
        )  # `cao tốc 2km`, `bệnh nhân 84 tuổi`, `đường cao tốc 4 làn xe`
        and _apply_keyword(line, row, left)
    ):
        return row
    if (
        plain
        and row.value <= 24
        and line.startswith(" rưỡi", row.end)
        and _DAYPART_AFTER_GIO.match(line, row.end + len(" rưỡi"))
    ):
        row.kind, row.value = "time", row.value + 0.5  # `dậy từ 4 rưỡi sáng`: half past four
        row.end = row.subj_from = row.end + len(" rưỡi")
        row.raw = line[row.start : row.end]
        return row
    if (
        plain
        and row.value <= 31
        and line.startswith(_TO_WORDS, row.end)
        and (to := _DAY_TO_DAY_MONTH.match(line, row.end))
        and left.words[-1:] == ["từ"]
        and row.value < int(to.group(1))
        and is_day_month(int(to.group(1)), int(to.group(2)))
        and not _counted_noun_after(line, to.end())  # `từ 3 đến 5/10 người`: shares
    ):  # `diễn ra từ 19 đến 31/8`: days of one month, as `từ ngày 19 đến 31/8`
        row.kind, row.value_max, row.day = "period", float(to.group(1)), int(row.value)
        row.month = int(to.group(2))
        row.end = row.subj_from = to.end()
        row.raw = line[row.start : row.end]
        return row
    if plain and line.startswith(" năm ", row.end) and _edition_of_name(line, row, left):
        row.kind = "identifier"  # `SEA Games 22 năm 2003`: the edition, then its year
        return row
    # 3. what follows: multiplier, range, percent, currency, unit, time word
    if _after_number(line, row, left):
        _qualify(line, row, left)
        if len(row.raw) in (3, 4) and row.raw[1] == ",":
            _comma_pair(row, left)  # `ốm đến 2,3 lần`
        return row
    if (
        kw_kind
        and (
            not _counted_noun_after(line, row.end)
            or _RANK_SCOPE.match(line, row.end)
            or _DATED.match(line, row.end)  # `quyết định số 11 ngày 7/10/2020`
            or (  # `vòng 16 đội`: the round of sixteen
                keyword == "vòng"
                and row.raw in ("8", "16", "32")
                and line.startswith(" đội", row.end)
            )
            # `phút 77 trận đấu`, `phút 90 đội chủ nhà mới ghi bàn`
            or (keyword == "phút" and line.startswith((" trận", " đội", " bàn"), row.end))
            or (keyword == "hiệp" and line.startswith(" trận", row.end))  # `Hiệp 1 trận đấu`
            or (keyword == "đội" and _capitalised_keyword(left))  # `, Đội 4 phòng Cảnh sát`
        )
        and _apply_keyword(line, row, left)
    ):
        return row
    if plain and len(row.raw) == 4 and 1900 <= row.value <= 2100:
        if _CAN_CHI_BEFORE.search(left.before[-16:]) or left.before.endswith("UNCLOS "):
            _set_year(row)  # `Tết Đinh Dậu 2017`, `UNCLOS 1982`: the year a name is known by
            return row
        if (
            _pageant(left.before)
            or _CURRICULUM.search(left.before[-48:])
            or _LAW_NAME.search(left.before)
        ):
            # `Hoa hậu Thế giới 2021`, `Chương trình giáo dục phổ thông 2018`, `Bộ luật Lao
            # động 2019` (but `Luật Đất đai năm 2013`): a name
            row.kind, row.named = "identifier", True
            return row
    # 4. a player's minute (`Varane (Nacho 45)`); a capitalised name before (SEA Games 30)
    if _lineup_minute(line, row, left):
        row.kind, row.unit = "time", "phút"
        return row
    if (
        plain
        and (
            " ".join(left.words[-2:]) in _NUMBERED_UNITS
            or " ".join(left.words[-3:]) in _NUMBERED_SCHOOLS
        )
        and left.words[-3:-2] != ["trên"]  # `trên cơ sở 7 tiêu chí`: on the basis of
        and not left.qualifier
        and not _counted_noun_after(line, row.end)
        and not _count_unit_after(line, row.end)
    ):
        row.kind = "identifier"  # `Bệnh viện Quân y 103`, `Nhi đồng 1`: a numbered institution
        return row
    if left.words[-1:] and left.words[-1] in _TEST_SCORES:
        row.kind = "count"  # `chứng chỉ TOEIC 550 trở lên`: a test score
        _qualify(line, row, left)
        return row
    if (
        not left.qualifier
        and row.raw[-1:].isdigit()  # not `Gucci 19 triệu`: a scaled amount is never a name
        and row.value < 1e6  # nor `AT 606,000,000`: a price in a table after a trim
        and not row.raw.startswith("0,")  # nor `kém Nam Định 0,06`: a difference
        and (
            _after_name(left.before, line[row.end : row.end + 8])
            # `AFF cup 2016`, `World cup 2022`
            or ("cup " in left.before and _LOWER_CUP.search(left.before) is not None)
        )
        and not (  # `vụ Đông Xuân 2017`, `mùa Valentine 2017`: a season of the year, no name
            row.value >= 1900 and _SEASON_BEFORE.search(left.before) is not None
        )
        and (
            not _counted_noun_after(line, row.end)
            or (row.value < 1000 and left.before.endswith(_EVENT_NAMES))  # `SEA Games 28 đội`
        )
    ):
        row.named = True
        if not line.startswith((" học sinh", " học viên"), row.end):
            row.kind = "identifier"
            return row  # (but `Nghệ An 59 học sinh` counts, a tally by place: `_share_units`)
    if plain and line.startswith(_NAME_OR_QUOTE, row.end) and _name_number(line, row, left):
        row.kind = "identifier"
        return row
    if plain and _address_number(line, row, left):
        row.kind = "identifier"
        return row
    if (
        plain
        and not left.qualifier
        and _DOC_TITLE.search(left.before)
        and not _counted_noun_after(line, row.end)
    ):
        row.kind = "identifier"  # `thực hiện Quy định 01`: a document's number
        return row
    if (
        plain
        and not left.qualifier
        and "ông ty" in left.before
        and _company_name(left.before)
        and not _counted_noun_after(line, row.end)
    ):
        row.kind = "identifier"  # `Công ty TNHH Trang thiết bị y tế 736`: part of a name
        return row
    if (
        plain
        and row.value_max is None
        and len(row.raw) == 4
        and not _year_counts(line, row.end, left)
        and (
            1900 <= row.value <= 2100
            or (
                1000 <= row.value < 1900
                and line[row.start - 1 : row.start] == "("
                and line[row.end : row.end + 1] == ")"
            )
        )
    ):
        _set_year(row)  # `2020`, `năm Tân Sửu (1601)`
        return row
    if len(row.raw) == 1 and _set_phrase(line, row):
        row.kind = "identifier"
        return row
    _qualify(line, row, left)
    _count_unit(line, row)
    return row


_PACKAGES = frozenset({"thùng", "bao", "gói", "hộp", "kiện", "chai", "bình", "lon", "tấm"})


# words after `khoảng 2000` that leave it a year: `khoảng 2000 trở lại đây`, `đến 2005`
_NOT_COUNTED_AFTER_YEAR = frozenset(
    "trở đến tới thì khi và là đã sẽ khi trước sau rồi cho tại ở với của về mới".split()
)


def _year_counts(line: str, pos: int, left: _Left) -> bool:
    """`chứa 2020 thùng thuốc lá`: a year-like number before a counting word is a count (not
    after a name: `World Cup 2018 người hâm mộ`)."""
    if left.qualifier in ("more_than", "nearly") and line[pos : pos + 1] in (".", ",", ";", ""):
        return True  # `quy mô lớn nhất là hơn 2000.`
    word = _NEXT_WORD.match(line, pos)
    if word is None:
        return False
    if (  # `thu hút hơn 2000 đại biểu`: no year is "more than"; `có khoảng 2000 búp bê`
        left.qualifier in ("more_than", "nearly", "about")
        and word.start(1) == pos + 1
        and (word.group(1)[:1].islower() or word.group(1) in _FANS)  # `gần 2000 CĐV`
        and word.group(1) not in _TIME_NOUNS
        and (left.qualifier != "about" or word.group(1) not in _NOT_COUNTED_AFTER_YEAR)
    ):
        return True
    return (
        (word.group(1) in _COUNT_UNITS or word.group(1) in _PACKAGES or word.group(1) in _FANS)
        and not _after_name(left.before)
    )


_FANS = frozenset({"fan", "CĐV", "Madridista", "Madridistas", "Culé", "fans"})  # `2000 fan Real`


_NUMBERED_UNITS = frozenset(
    {"quân y", "quân đội", "lục quân", "nhi đồng", "hải quân", "không quân", "quân khu", "cơ sở"}
)
# `Trường mầm non 10, Q.11`: a numbered school (but `bậc học mầm non 294 người` counts)
_NUMBERED_SCHOOLS = frozenset({"trường mầm non", "trường tiểu học", "trường trung học"})
_ACRONYM_AFTER = re.compile(r" (?:CLB|DN|HS|SV|ĐH|DNNVV)(?!\w)")
_TEST_SCORES = frozenset({"toeic", "ielts", "toefl", "sat", "gpa", "hsk", "jlpt", "topik", "vstep"})
_TEST_SCORE_BEFORE = re.compile(rf"(?i:{'|'.join(sorted(_TEST_SCORES))})(?!\w)")


def _strong_unit(line: str, pos: int) -> bool:
    """True when `%`, a currency or a physical unit follows `pos`."""
    right = _RIGHT.match(line, pos)
    return right is not None and (right.lastgroup or " ")[0] in "pcum"


# a document named mid-sentence by its capitalised title (`thực hiện Quy định 01`), not the
# verb (`theo quy định 3 ngày`)
_DOC_TITLE = re.compile(
    r"(?<=[^\W\d_] )(?:Quy định|Hướng dẫn|Quy chế|Đề án|Tờ trình|Pháp lệnh|Quy trình)(?: số)? $"
)


_NUMBERED_PLACES = frozenset(
    {"tổ", "phường", "quận", "thôn", "xóm", "ấp", "khóm", "lô", "khu", "tiểu khu"}
)
_DAY_WORD_BRACKET = re.compile(r"(?:hôm|sáng|trưa|chiều|tối|đêm) (?:qua|nay|kia|mai) \($")
_SERIES_NEXT = re.compile(r" ?[-–] ?\d")
_SERIES_PREV = re.compile(r"\d ?[-–] ?$")
_SUNDAY_NEXT = re.compile(r",? (?:và |hoặc |hay )?[Cc]hủ [Nn]hật")
# `các ngày thứ 3, thứ 5 và thứ 7`: days of the week listed
_WEEKDAY_NEXT = re.compile(r",? (?:và |hoặc |hay )?thứ [2-7](?!\d)")
_WEEKDAY_LIST_BEFORE = re.compile(
    r"ngày thứ [2-7](?:,? (?:và |hoặc |hay )?thứ [2-7])*,? (?:và |hoặc |hay )?thứ $"
)
_RANK_SPAN = re.compile(r"(?:vị trí|hạng|xếp|đứng) thứ \d+ (?:đến|tới|và|-) thứ $")
_MONTH_NUMBER = re.compile(r"[Tt]háng \d{1,2} $")
_YEAR_NEXT = re.compile(r" năm (?:(?:19|20)\d\d(?!\d)|nay|ngoái|học|tới|sau)")
_DAY_MONTH_NEXT = re.compile(r" \d{1,2}[/-]\d")


def _counted_noun_after(line: str, pos: int) -> bool:
    """True when a common counted noun follows (`Atletico 2 điểm`, `Nam Định 1 bàn`)."""
    word = _NEXT_WORD.match(line, pos)
    if word is None:
        return False
    if word.group(1) == "mùa":  # `2 mùa liên tiếp`; but `vòng 24 mùa này`, `Ligue 1 mùa giải`
        return _THIS_SEASON.match(line, word.end()) is None
    if word.group(1) == "cấp":  # `hộp số 8 cấp`; not `lớp 12 cấp tỉnh`, `số CQ 486567 cấp ngày`
        return not _CAP_NOT_COUNTED.match(line, word.end())
    if word.group(1) == "chỉ":  # `Sigma 50 chỉ tiêu`; but `iPhone 12 chỉ có`
        return line.startswith(" tiêu", word.end())
    if word.group(1) == "ngày":  # `14 ngày`; but `Hỏa Tinh 14 ngày 4/7/2017`: a date follows
        return not _DAY_MONTH_NEXT.match(line, word.end())
    if word.group(1) == "lần":  # `5 lần liên tiếp`; but `ở Euro 2020 lần này`
        return not line.startswith((" này", " tới", " đầu"), word.end())  # `Nokia 9 lần đầu`
    if word.group(1) == "bộ":  # `Điều 240 bộ Luật Hình sự`: the code, not a set
        return not line.startswith((" luật", " Luật"), word.end())
    if word.group(1) == "tấn":  # `trâu số 18 tấn công`: attacks, not tonnes
        return not line.startswith(" công", word.end())
    tails = _TWO_SYLLABLE_NOUNS.get(word.group(1))
    if tails is not None:
        return line.startswith(tails, word.end()) and not _NOT_COUNTED_AFTER_NOUN.match(
            line, word.end()
        )
    return word.group(1) in _COUNTED_NOUNS


def _count_unit_after(line: str, pos: int) -> bool:
    """True when a counting word (`người`, `con`, `cá thể`) follows `pos`."""
    word = _NEXT_WORD.match(line, pos)
    return word is not None and word.start(1) == pos + 1 and word.group(1) in _COUNT_UNITS


_SUBSTITUTION = re.compile(r"\([A-ZĐ][\w.' -]{1,30} \d{1,3}(?:\+\d{1,2})? ?\)")  # `(Asensio 77)`
_CARD_HEADS = ("Thẻ đỏ:", "Thẻ vàng:")
_GOAL_NOTES = (" (pen)", " (penalty)", " (phạt đền)", " (p)", " (og)", " (phản lưới)")
_FORMATION = re.compile(r" ?\(\d-\d-\d(?:-\d)?\):")  # `Manchester City (4-3-3): Ederson, …`


def _lineup_minute(line: str, row: _Row, left: _Left) -> bool:
    """`Varane (Nacho 45)`, `Bàn thắng: Militao 76`: the minute of a player's event."""
    if row.value > 130 or not row.raw.isdigit() or left.glued:
        return False
    nxt = line[row.end : row.end + 1]
    if (nxt in ("'", "’") and not line[row.end + 1 : row.end + 2].isalpha()) or (
        nxt == '"' and line[row.end + 1 : row.end + 2] == ")" and line.count('")') >= 2
    ):
        return True  # `Chukwueze 26'`, `Calvert-Lewin (37"), Armstrong (52")`: match minutes
    spaced = line.startswith(" )", row.end)  # `(Zinchenko 61 )`
    if spaced:
        nxt = ")"
    if line.startswith(_GOAL_NOTES, row.end):
        nxt = ""  # `Bàn thắng: Pepe 73 (pen)`
    if nxt not in (")", ",", ";", "", "\n") and not line.startswith(" và ", row.end):
        return False
    name = left.before.rstrip().rstrip(",").rsplit(" ", 1)[-1].lstrip("(")
    if not name[:1].isupper() or not name[-1:].isalpha() or name.lower() in _LEFT_KEYWORDS:
        return False
    start = row.start
    line_start = line.rfind("\n", 0, start) + 1
    inside = line.rfind("(", line_start, start) > line.rfind(")", line_start, start)
    line_end = line.find("\n", start) % (len(line) + 1)
    if (
        inside
        and (nxt == ")" or (nxt == "," and line.rfind("(", 0, start) > start - len(name) - 3))
        and (
            _FORMATION.search(line, line_start, start) is not None
            or not spaced
            and (
                line.find(";", line_start, line_end) >= 0
                or len(_SUBSTITUTION.findall(line, line_start, line_end)) >= 3
            )
        )
    ):
        return True  # a line-up: players separated by `;`, `Carvajal (Odriozola 77), …`
    head = line[line_start:start]
    if "Bàn thắng" in head or "Ghi bàn" in head or "ghi bàn:" in head:
        return True
    # `Thẻ đỏ: Gueye 77`, but not the ratings in a later `ATLETICO: Moyá 5`
    return head.endswith(_CARD_HEADS, 0, head.rfind(":") + 1)


_EDITION_YEAR = re.compile(r" năm (?:1[89]|20)\d\d(?![\d,.]\d|-)")


def _edition_of_name(line: str, row: _Row, left: _Left) -> bool:
    """`SEA Games 22 năm 2003`: a number after a name of two capitalised words, then the
    year, is the edition's number, not a span of 22 years."""
    if left.keyword or left.qualifier or len(row.raw) > 2 or not _EDITION_YEAR.match(line, row.end):
        return False
    words = left.before.split()[-3:]
    return (
        len(words) == 3
        and words[-1][:1].isupper()
        and words[-2][:1].isupper()
        and words[-3][-1:].isalpha()  # not a sentence's first words
    )


def _name_number(line: str, row: _Row, left: _Left) -> bool:
    """`Liveshow 4 của Mỹ Tâm`, `đại đội pháo 37 đã`: a number closing a name, not a count."""
    if left.qualifier or left.keyword or row.value > 9999 or left.glued:
        return False
    if 1900 <= row.value <= 2100 and len(row.raw) == 4:
        return False  # `phiên họp cổ đông 2021 của`: a year
    if line[row.end : row.end + 1] in ("”", '"'):
        before = left.before
        q = before.rfind("“")
        if (
            q >= 0
            and len(before) - q <= 30
            and "”" not in before[q:]
            and before[q + 1 : q + 2].isupper()
            and " " in before[q:]
        ):
            return True  # `phim “Cột mốc 23”`: the number ends a quoted title
    if not line.startswith(_NAME_FOLLOW_WORDS, row.end) or not _NAME_FOLLOW.match(line, row.end):
        return False
    before = left.before
    if len(before) < 2 or before[-1] != " " or not before[-2].isalpha():
        return False  # `năm, 300 của`: a new phrase starts after punctuation
    words = left.words
    if not words:
        return False
    prev = words[-1]
    if not prev.isalpha() or prev in _NAME_NOT_PREV:
        return False
    return True


def _address_number(line: str, row: _Row, left: _Left) -> bool:
    """`trú 179 Ngô Mây`, `Address: 198 Tran Quang Khai`: a house number before a street."""
    if row.value < 1000 and _STREET_NAMED.match(line, row.end):
        return True  # `chung cư 23 phố Duy Tân`
    if (
        row.value > 9999
        or line[row.end : row.end + 1] != " "
        or not line[row.end + 1 : row.end + 2].isupper()
    ):
        return False
    words = line[row.end + 1 : row.end + 40].split(" ", 2)
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words[:2]):
        return False
    if words[0] == "Giải" and words[1].rstrip(",.(") in _PRIZE_TIERS:
        return False  # `…, 1 Giải Nhì (10.000 USD)`: a count of prizes, not a street
    if line.startswith(_OFFICE_TITLES, row.end + 1):
        return False  # `, 4 Phó Thủ tướng cùng trả lời`: a count of office holders
    prev = left.words[-1] if left.words else ""
    if (
        left.before[-1:] == "("
        and _ADDRESS_IN_BRACKETS.match(line, row.end)
        and not _counted_noun_after(line, row.end)  # `Federer (18 Grand Slam)`
    ):
        return True  # `nhà hàng X (29 Phạm Văn Đồng, TP Nha Trang)`
    return (
        prev in _ADDRESS_PREV
        or left.before.rstrip()[-1:] in (",", "-", ":", "–")
        or _ADDRESS_AFTER.match(line, row.end) is not None  # `đến 51 Hàng Bồ, Hà Nội`
    )


_CAN_CHI_BEFORE = re.compile(
    r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) "
    r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi),? \(?$"
)


_PAGEANT = re.compile(
    r"(?:Hoa hậu|Á hậu|Hoa khôi|Nam vương|Người đẹp|Miss|Mister)((?: \w+){0,4}) $"
)
_CURRICULUM = re.compile(r"(?:[Cc]hương trình|CT) (?:giáo dục |GD |GDPT )?phổ thông(?: mới)? $")
_LAW_NAME = re.compile(
    r"(?<!\w)(?:[Ll]uật|Pháp lệnh)"
    r"(?: (?!(?:năm|từ|đến|tới|vào|trong|sau|trước|cho|của|và|là|có)\b)[^\W\d_]+){1,5} $"
)
_PAGEANT_WORDS = frozenset("thế giới hoàn vũ quốc tế trái đất hòa bình du lịch áo dài".split())


def _pageant(before: str) -> bool:
    """`Hoa hậu Thế giới `, `Miss Grand Thái Lan `: a beauty contest's name before a year."""
    m = _PAGEANT.search(before[-60:])
    return m is not None and all(
        w[:1].isupper() or w in _PAGEANT_WORDS for w in m.group(1).split()
    )


def _set_year(row: _Row) -> None:
    row.kind = "year"
    row.year = int(row.value)
    row.date_iso = iso_date(row.year)


def _glued_name(line: str, row: _Row, left: _Left) -> bool:
    """Identifier (ordinal for `Top1`) when the digits are glued to letters; True if so."""
    start, end = row.start, row.end
    if left.glued:
        prev = line[start - 1]
        if prev == "#":
            row.kind = "identifier"  # `#22-02`
            return True
        if prev.islower() and _typo_glue(line, row, left):
            return False  # `ở mức là20,5 triệu đồng`: a missing space, not a name
        house = prev == "/" and line[start - 2 : start - 1].isupper()  # `số 189Q/16`
        if (
            prev.isalpha()
            or (house and line[start - 3 : start - 2].isdigit())
            or (
                prev in "-."
                and start >= 2
                and (
                    line[start - 2].isalpha()
                    or (
                        prev == "-"
                        and line[start - 2] == " "
                        and line[start - 3 : start - 2].isalpha()
                    )
                )
            )
        ):
            word = left.before.rsplit(None, 1)[-1].rstrip("-").lower()
            # `Top1`; `NV1`, `NV2`: first and second choices (nguyện vọng)
            ordinal = word in ("top", "tốp") or (word == "nv" and row.value < 10)
            row.kind = "ordinal" if ordinal else "identifier"
            _code_tail(line, row)
            return True
    nxt = line[end : end + 1]
    if nxt.isalpha():
        if left.before.endswith(_CURRENCY_SIGNS) and _SHORT_SCALE.match(line, end):
            return False  # `$1.2bn`, `£137m`: read with the currency (`_after_number`)
        if nxt in "tsnrkK" and _glued_suffix(line, row, left):
            return True
        if (nxt.islower() and not nxt.isascii()) or line[end : end + 2] in _GLUED_WORDS:
            return False  # `6cơ sở bị xử phạt`: a Vietnamese word run into the number
        if not _RIGHT.match(line, end):
            row.kind = "identifier"  # `5G`
            _code_tail(line, row)
            return True
        return False
    if nxt == "-" and line[end + 1 : end + 2].isalpha():
        right = _RIGHT.match(line, end + 1)
        if (
            right is not None
            and (right.lastgroup or " ")[0] == "u"
            and line[right.end() : right.end() + 1] != "/"  # `Thông báo số 203-TB/TU`
        ):
            return _apply_right(line, row, left, right)  # `màn hình 6,2-inch`: a measure
        row.kind = "identifier"  # `8-pin`
        return True
    return False


_GLUE_WORDS = frozenset("là mức có từ đạt khoảng gần hơn trên dưới với còn lên thêm gồm".split())


_LAST_LETTERS = re.compile(r"[^\W\d_]+$")


def _typo_glue(line: str, row: _Row, left: _Left) -> bool:
    """A Vietnamese word run into an amount (`là20,5 triệu`): a typo, when a multiplier, a
    currency or `%` follows (or a counted noun, after a word that leads numbers)."""
    glued = _LAST_LETTERS.search(left.before)  # `đồng,tăng5%`: the word after a comma
    word = glued.group().lower() if glued else ""
    right = _RIGHT.match(line, row.end)
    if word in _GLUE_WORDS and (right is not None or _lowercase_word_after(line, row.end)):
        return True  # `so với323 mã giảm`
    return (
        right is not None
        and (right.lastgroup in ("mult", "pct") or (right.lastgroup or " ")[0] == "c")
        and len(word) >= 2
        and not word.isascii()
        and word.isalpha()
    )


def _glued_suffix(line: str, row: _Row, left: _Left) -> bool:
    """`18th` (an English ordinal), `399k/sét` (thousands of dong), `7k người theo dõi`
    (thousands); True if so."""
    start, end = row.start, row.end
    if (
        line[end] == "s"
        and not line[end + 1 : end + 2].isalnum()
        and len(row.raw) == 4
        and row.raw.isdigit()
        and row.raw.endswith("0")
        and 1000 <= row.value <= 2090
    ):
        row.kind = "period"  # `những năm 1960s`: a decade
        return True
    if line[end + 2 : end + 3].isalpha() is False and line[end : end + 2] in (
        "th",
        "st",
        "nd",
        "rd",
    ):
        if row.raw.isdigit():
            row.kind = "ordinal"  # `18th Global Analyst Summit`
            return True
    if line[end] in "kK" and not line[end + 1 : end + 2].isalpha() and row.raw[:1].isdigit():
        window = line[start - 40 if start > 40 else 0 : start].lower()
        if row.value <= 24 and "vàng" in window:
            return False  # `vàng 999,9 (24k)`, `vàng 24k năm nay`: carats
        counted = (
            _count_unit_after(line, end + 1)
            or _counted_noun_after(line, end + 1)
            or _SOCIAL_AFTER.match(line, end + 1)
        )
        if (
            line[end] == "k"
            and not (counted and line[end + 1 : end + 2] == " ")  # `632k lượt yêu thích`
            and (
                line[end + 1 : end + 2] == "/"
                or _MONEY_CUES.search(window)
                or (  # `cạo vôi răng chỉ với 99k.`
                    left.words[-1:] in (["với"], ["chỉ"], ["còn"], ["tầm"], ["hết"])
                    and not line[end + 1 : end + 3].strip(" ")[:1].isalpha()
                )
                or (row.value >= 10 and not counted)  # `Còn 200k trong người`, `đòi 400k`
            )
        ):
            row.kind, row.unit = "money", "VND"  # `Chỉ 399k/sét`: thousands of dong
        elif counted:
            row.kind = "count"  # `hơn 7k người theo dõi`, `đạt 13k share và 30K like`
        else:
            return False
        row.value = round(row.value * 1000, 6)
        row.end = row.subj_from = end + 1
        row.raw = line[start : end + 1]
        _qualify(line, row, left)
        if row.kind == "count":
            _count_unit(line, row)
        else:
            _rate(line, row)
        return True
    return False


_MONTHS_OR_YEARS = re.compile(r" (?:tháng|năm|tuần)(?!\w)")
_PER_DAY_DOSE = re.compile(r" (?:lần|mũi|viên|bữa|cữ|liều|cốc|ly|gói|chai|lít)(?!\w)")


def _phone_number(line: str, raw: str, end: int) -> bool:
    """Whether digits after a phone label are the number (not `điện thoại 15 phút`, a quantity,
    nor `Bộ GD ĐT (15,5 điểm)`: a decimal is never a phone number)."""
    return not ((len(raw) <= 4 and _RIGHT.match(line, end)) or _DECIMAL.fullmatch(raw))


def _apply_keyword(line: str, row: _Row, left: _Left) -> bool:
    """Apply the context keyword found before the number; False when it does not fit."""
    keyword, kind, value = left.keyword, left.kw_kind, row.value
    plain = row.raw.isdigit()
    if keyword == "trang" and "trang " not in left.before[-14:]:
        return False  # `Thùy Trang (1997)`: a name, not a page
    if kind in ("identifier", "ordinal") and row.raw.endswith(_BARE_SCALES):
        return False  # `biệt thự 36 tỷ`, `giành giải 50 triệu`: a scaled amount is no name or rank
    if keyword in _NUMBERED_UNLESS_COUNTED and (
        _counted_noun_after(line, row.end)
        or _count_unit_after(line, row.end)
        or _RIGHT.match(line, row.end) is not None
        or line.startswith(" điều", row.end)  # `6 chương 63 điều`: a law's size
    ):
        return False  # `đàn trâu 50 con`, `ngồi quán 2 tiếng`: counted, not the one numbered
    if kind == "phone":
        if not _phone_number(line, row.raw, row.end):
            return False
        kind = "identifier"
    if kind == "year":
        if plain and 1000 <= value <= 2999:
            _set_year(row)
            row.birth = keyword in ("sinh năm", "sn")
            return True
        if keyword.endswith("năm") and plain and _ERA_AFTER.match(line, row.end):
            _set_year(row)  # `năm 975 sau Công nguyên`: a year of the first millennium
            return True
        if plain and (
            (keyword in ("sinh năm", "sn") and len(row.raw) == 2)  # `sinh năm 94`
            or (
                keyword in ("năm", "từ năm")
                and 10 <= value < 1000
                and (
                    row.end == len(line)
                    or line[row.end] in ",.;)"
                    or line.startswith((" đến năm ", " tới năm "), row.end)
                )
            )  # `Năm 262, người Goth đốt đền`, `từ năm 379 đến năm 395`
        ):
            row.kind = "year"  # (no calendar year: it must not date the story's `12/10`)
            return True
        if (
            keyword == "năm"
            and plain
            and 1 <= value <= 6
            and (not _NEXT_WORD.match(line, row.end) or left.words[-2:-1] in (["viên"], ["sv"]))
        ):
            row.kind = "ordinal"  # `sinh viên năm 1`, `SV năm 2 Đại học Duy Tân`
            return True
        return False
    if kind == "month":
        return _month(line, row)
    if kind == "date":
        if not (plain and 1 <= value <= 31):
            return False
        if keyword == "ngày" and _PER_DAY_DOSE.match(line, row.end):
            return False  # `chích ngày 2 mũi`, `uống ngày 3 viên`: a dose per day
        dm = _DAY_MONTH_AFTER.match(line, row.end)
        if (
            keyword not in ("ngày", "hôm", "mùng", "mồng")
            and not dm
            and not (keyword in _DAYPARTS and _DAY_ALONE_AFTER.match(line, row.end))
        ):
            return False
        to = None if dm else _DAY_TO_DAY_MONTH.match(line, row.end)
        if to and int(to.group(1)) > value and is_day_month(int(to.group(1)), int(to.group(2))):
            row.kind, row.value_max = "period", float(to.group(1))  # `ngày 27 đến 29/4`
            row.end = row.subj_from = to.end()
            row.raw = line[row.start : row.end]
            return True
        row.kind = "date"
        row.day = int(value)
        if dm and 1 <= int(dm.group(1)) <= 12:
            row.month = int(dm.group(1))
            row.end = row.subj_from = dm.end()
            row.raw = line[row.start : row.end]
            if dm.group(2):
                row.year = int(dm.group(2))
                row.date_iso = iso_date(row.year, row.month, row.day)
        return True
    if kind == "time":
        if (
            _AGE_NEXT.match(line, row.end)
            or _count_unit_after(line, row.end)
            or _MONTHS_OR_YEARS.match(line, row.end)
        ):
            return False  # `lúc 10 tuổi`, `trong lúc 14 người đang trôi`, `lúc 5 tháng`
        if keyword.startswith("phút") or value <= 24:
            row.kind = "time"
            if line.startswith(" rưỡi", row.end) and row.raw.isdigit():
                row.value += 0.5  # `lúc 7 rưỡi`: half past seven
                row.end = row.subj_from = row.end + len(" rưỡi")
                row.raw = line[row.start : row.end]
            elif line.startswith(" giờ", row.end) and (
                (hm := _HOUR_MINUTE.match(line, row.end + 4))
                and int(hm.group(1)) < 60
                and ("phút" in hm.group() or len(hm.group(1)) == 2)
            ):  # `lúc 22 giờ 5 phút`, `lúc 9 giờ 30`: one clock time
                row.end = row.subj_from = hm.end()
                row.raw = line[row.start : row.end]
            extra = _STOPPAGE.match(line, row.end)
            if extra and keyword.startswith("phút"):  # `phút 90+4`
                row.end = row.subj_from = extra.end()
                row.raw = line[row.start : row.end]
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
                row.raw = line[row.start : row.end]
            return True
        if keyword == "những năm" and plain and value >= 1000 and value % 10:
            _set_year(row)  # `những năm 2018 và 2019`: years, not a decade
            return True
        if keyword in _ERA_KEYWORDS:
            row.kind = "period"
            return True
        if plain and 1000 <= value <= 2100:
            _set_year(row)
            return True
        if keyword == "giai đoạn" and value <= 4 and "ung thư" in left.before.lower():
            row.kind = "identifier"  # `ung thư giai đoạn 4`: a cancer's stage, a class
            return True
        if keyword == "giai đoạn" and _TIME_UNIT_AFTER.match(line, row.end):
            return False  # `trong giai đoạn 5 năm tới`: a span of years
        if keyword == "giai đoạn" or (
            keyword == "nhiệm kỳ" and plain and value < 100 and not _RIGHT.match(line, row.end)
        ):
            row.kind = "ordinal"  # `giai đoạn 2`, `nhiệm kỳ 2 (2017 - 2022)`
            return True
        return False
    if kind == "identifier" and keyword in ("ca", "xã", "đội", "xe", "tàu") and value > 99:
        return False
    if keyword == "câu" and (
        not left.before.endswith(("câu ", "Câu ")) or not plain or value > 200
    ):  # `gồm 50 câu; (2) …`: the question number stands right after `câu`; `câu 10.000 like`
        return False
    if kind == "ordinal" and plain and len(row.raw) == 4 and 1900 <= value <= 2100:
        _set_year(row)  # `cùng kỳ 2015`
        return True
    if (
        kind == "ordinal"
        and (dm := _DOTTED_DM.fullmatch(row.raw))
        and is_day_month(int(dm[1]), int(dm[2]))
    ):
        row.kind, row.value = "date", float(dm[1])  # `giá cà phê phiên 14.5`: no 14.5th session
        row.day, row.month = int(dm[1]), int(dm[2])
        return True
    if keyword == "thứ" and plain and left.before.endswith("bù giờ thứ "):
        row.kind, row.unit = "time", "phút"  # `phút bù giờ thứ 2`: a minute of stoppage time
        return True
    if (
        keyword == "thứ"
        and 2 <= value <= 7
        and plain
        and not _RANK_SPAN.search(left.before)  # `vị trí thứ 3 đến thứ 6`: places, not Friday
        and left.words[-2:-1] not in (["tháng"], ["năm"], ["tuần"], ["lần"])  # `tháng thứ 6,`
        and (
            left.words[-2:-1]
            and left.words[-2] in _WEEKDAY_PREV
            or _DATE_AFTER_WEEKDAY.match(line, row.end)
            or line.startswith(" tuần", row.end)
            or _SUNDAY_NEXT.match(line, row.end)  # `những ngày thứ 7, Chủ nhật`: the weekend
            or (left.words[-2:-1] == ["ngày"] and _WEEKDAY_NEXT.match(line, row.end))
            or _WEEKDAY_LIST_BEFORE.search(left.before)  # `các ngày thứ 3, thứ 5, thứ 7`
            # `thứ 2 tới ông sẽ …`: next Monday (not `lần thứ 2 tới Việt Nam`)
            or (
                line.startswith((" tới ", " này "), row.end)
                and (left.before[:-4].rstrip().endswith(",") or left.words[-2:-1] == ["hẹn"])
            )
            or (  # `Thứ 2 (5/6)`; but `Thứ 2, Ronaldo …` after `thứ 5.` is a point made
                left.before.rstrip().endswith("Thứ")
                and not (
                    line.startswith(", ", row.end) and not _DATE_AFTER_WEEKDAY.match(line, row.end)
                )
            )
            or (line[row.end : row.end + 1] == ")" and _DATE_THEN_WEEKDAY.search(left.before))
        )
    ):
        row.kind = "date"  # `sáng thứ 2`, `ngày 20/4 (thứ 3)`: a weekday
        return True
    if (
        keyword == "số"
        and plain
        and (value <= 10 or left.words[-2:-1] == ["vợt"])  # `tay vợt số 153 thế giới`
        and left.words[-2:-1] != ["trong"]  # `trong số 10 nước ASEAN`: among ten
        and (
            _RANK_SCOPE.match(line, row.end)
            or (
                value <= 3
                and (
                    (left.words[-2:-1] and left.words[-2] in _RANK_HOLDERS)
                    # `mục tiêu chuyển nhượng số 1 của`, `thương hiệu điện tử số 1 Nhật Bản`
                    or (
                        _RANK_OF.match(line, row.end)
                        and _RANK_HOLDER_NEAR.search(left.before[-32:].lower())
                    )
                )
            )
        )
    ):
        row.kind = "ordinal"  # `nền kinh tế số 1 thế giới`: a rank
        return True
    if keyword == "số" and _STREET_AFTER.match(line, row.end):
        row.kind = "identifier"  # `nằm ở số 10 ngõ Trung Yên`: a house number
        return True
    if keyword == "số" and left.words[-2:-1] and left.words[-2] in _SO_COUNTING:
        return False  # `trong số 307 công dân`, `con số 50`
    if (
        keyword in _NOUN_MAKES_COUNT
        and (
            (
                (word := _NEXT_WORD.match(line, row.end))
                and line[row.end + 1 : row.end + 2].islower()
                and word.group(1) not in _FUNCTION_NEXT  # `U23 Việt Nam ở nhóm 2 nên …`
            )
            or _ACRONYM_AFTER.match(line, row.end)  # `nhóm 14 CLB`
        )
        and not _capitalised_keyword(left)
    ):
        return False  # `nhóm 10 nước`, `máy bay 13 ghế`; but `Đội 11 phụ trách` is a name
    row.kind = kind
    return True


def _aperture(line: str, start: int, text: str) -> bool:
    """`f/1.8`, `f/2.8`; `F2.8` after a focal length (`85mm F1.8`) or `khẩu độ f2.0`: a lens's
    aperture."""
    return (
        line.endswith((" f/", " F/", "(f/", "mm F", "mm f", "độ f", "độ F"), 0, start)
        and _APERTURE.fullmatch(text) is not None
    )


def _numbered_class(line: str, end: int, left: _Left) -> bool:
    """`xe 2 bánh`, `mô tô hai bánh`, `dẫn động (cầu sau hoặc) 4 bánh`: a class of vehicle or
    drive, not a count of wheels (`thu giữ 2 bánh heroin`); `bikini hai mảnh`, `sinh vật hai
    mảnh vỏ`: a kind of swimsuit or shell, not pieces (`vỡ thành 2 mảnh`)."""
    if not left.words:
        return False
    last = left.words[-1]
    if line.startswith(" bánh", end):
        return last in _WHEELED or (last == "hoặc" and "động" in left.words)
    return line.startswith(" mảnh", end) and (last in _SWIMWEAR or line.startswith(" mảnh vỏ", end))


def _capitalised_keyword(left: _Left) -> bool:
    """True when the one-word keyword is written capitalised inside a sentence (`Đội 11`)."""
    before = left.before.rstrip()
    head, _, word = before.rpartition(" ")
    head = head.rstrip()
    return (
        word[:1].isupper()
        and not word.isupper()
        and bool(head)
        and head[-1] not in _SENTENCE_OPENERS
    )


# `6 tháng ` before a number: a span of months, so `tháng 1` there is not January
_MONTHS_SPAN_BEFORE = re.compile(
    r"(?<!\w)(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy) tháng ([-–] |đến |tới )?$"
)


def _month(line: str, row: _Row) -> bool:
    """`tháng 10`, `tháng 10 năm 2019`: a date with no day (ISO `YYYY-MM`)."""
    if not (row.raw.isdigit() and 1 <= row.value <= 12):
        return False
    if line[max(0, row.start - 16) : row.start].lower().endswith("cách mạng tháng "):
        row.kind = "identifier"  # `đường Cách mạng Tháng 8`, `Cách mạng Tháng 10 Nga`: names
        return True
    span = _MONTHS_SPAN_BEFORE.search(line, max(0, row.start - 24), row.start)
    if span and line.startswith(
        (" lần", " ngày", " tuần") if not span.group(1) else (" lần", " năm"), row.end
    ):  # `6 tháng 1 lần`: once every six months; `6 tháng - 1 năm`, `2 tháng 10 ngày`: a span
        return False
    row.kind = "date"
    row.month = int(row.value)
    my = _MONTH_YEAR_AFTER.match(line, row.end)
    if my:
        row.year = int(my.group(1))
        row.end = row.subj_from = my.end()
        row.raw = line[row.start : row.end]
        row.date_iso = iso_date(row.year, row.month)
    return True


_FROM_HOUR = re.compile(r"(?<!\w)từ \d{1,2} giờ ?[-–] ?$")
_YEAR_TO_YEAR = re.compile(r"(?:1\d|20)\d\d (?:đến|tới) (?:năm )?(?:1\d|20)\d\d")
_OR_RANGE = re.compile(r" (?:hay|hoặc) (\d{1,2})(?= [^\W\d_])")


def _scale_factor(words: str) -> float:
    factor = 1.0
    for word in words.split():
        factor *= MULTIPLIERS[word.lower()]
    return factor


def _after_number(line: str, row: _Row, left: _Left) -> bool:
    """Read what follows the number (multiplier, range, unit); True when it decides the kind."""
    end = row.end
    right = _RIGHT.match(line, end)
    if right is not None and right.lastgroup == "mult":
        factor = _thousands_scale(line, end, row.value, _scale_factor(right.group("mult")))
        row.value = round(row.value * factor, 6)
        row.end = row.subj_from = right.end()
        _compound_scale(line, row, factor)
        row.raw = line[row.start : row.end]
    nxt = line[row.end : row.end + 2]
    if nxt in _RANGE_START or nxt[:1] in _RANGE_START:
        if _extend_range(line, row) and row.kind == "time":
            return True
    elif nxt == " h" and row.raw.isdigit() and not left.kw_kind:
        alternative = _OR_RANGE.match(line, row.end)
        if alternative and row.value < int(alternative.group(1)) <= row.value + 10:
            row.value_max = float(alternative.group(1))  # `thắng 4 hay 5 trận`: a small range
            row.end = row.subj_from = alternative.end()
            row.raw = line[row.start : row.end]
    if row.end != end:
        right = _RIGHT.match(line, row.end)
        if (
            right is None
            and row.value_max is not None
            and row.value < row.value_max
            and _YEAR_TO_YEAR.fullmatch(row.raw)
            and (  # `xây dựng từ 1898 đến 1902`; not `từ 1600 đến 1800 người`
                row.value >= 1900
                or (row.value_max - row.value <= 60 and not _counted_noun_after(line, row.end))
            )
        ):
            row.kind, row.year = "period", int(row.value)  # `từ 2011 đến 2014`: years
            return True
    if left.before.endswith(_CURRENCY_SIGNS) and (short := _SHORT_SCALE.match(line, row.end)):
        row.value = round(row.value * _SHORT_SCALES[short.group(1)], 6)  # `£137m`, `$1.2bn`
        row.end = row.subj_from = short.end()
        row.raw = line[row.start : row.end]
        right = None
    if right is None:
        if left.before.endswith(_CURRENCY_SIGNS):
            cur = _CURRENCY_BEFORE.search(left.before).group()
            row.kind = "money"
            row.unit = "EUR" if "€" in cur else ("GBP" if "£" in cur else "USD")
            _rate(line, row)
            return True
        return False
    return _apply_right(line, row, left, right)


_COMMA_GROUP = re.compile(r"(\d{1,3}),(\d{3})")
_PER_COMMODITY = re.compile(r"/ ?(?:thùng|tấn|oz|ounce|pound|lb|kg|gallon|lít|MMBtu|bushel)(?!\w)")


def _comma_decimal(line: str, row: _Row) -> None:
    """`6,044 gram`, `42,515 m3`: a comma before three digits that do not end in `00` marks
    decimals in a measure (the contract's comma), where `1,300km` groups thousands."""
    comma = _COMMA_GROUP.fullmatch(line, row.start, row.end)
    if comma and row.value_max is None and not comma.group(2).endswith("00"):
        row.value = float(f"{comma.group(1)}.{comma.group(2)}")


def _apply_right(line: str, row: _Row, left: _Left, right: re.Match[str]) -> bool:
    """Set kind and unit from the anchored match after the number."""
    group = right.lastgroup or ""
    end = right.end()
    if group == "pct":
        sign = right.group()
        row.kind = "percent"
        comma = _COMMA_THOUSANDS.fullmatch(line, row.start, right.start())
        if comma and row.value > 100 and row.value_max is None:
            row.value = float(f"{comma.group(1)}.{comma.group(2)}")  # `uptime 99,982%`
        row.unit = "‰" if ("‰" in sign or "%o" in sign) else ("điểm %" if "điểm" in sign else "%")
        if "%" in sign or "‰" in sign:
            row.end = end
            row.raw = line[row.start : end]
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
        if row.unit != "VND" and _PER_COMMODITY.match(line, end):
            _comma_decimal(line, row)  # `17,756USD/oz`: a commodity's price, to the cent
        row.subj_from = end
        _rate(line, row)
        _unit_range(line, row, group)
        return True
    if group[0] == "u":
        if row.value == 11 and left.words and left.words[-1] in ("quả", "chấm", "cú"):
            row.kind, row.subj_from = "identifier", end  # `quả 11m`: the penalty spot
            return True
        if _COORDINATE_AFTER.match(line, end):
            row.kind, row.subj_from = "identifier", end  # `17,0 độ vĩ Bắc`: a position
            return True
        row.kind = "measure"
        row.unit = _UNITS[int(group[1:])][1] or _squash(right.group(group))
        _comma_decimal(line, row)
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
    if word == "năm" and left.kw_kind == "ordinal" and _YEAR_NEXT.match(line, row.end):
        row.kind = "ordinal"  # `đợt 2 năm 2017`, `lần 2 năm ngoái`: a round of that year
        return True
    if (
        word == "năm"
        and row.raw[:1].isdigit()  # but `hàng ngàn năm nay`: thousands of years
        and row.raw.endswith(_BARE_SCALES)
        and _THIS_YEAR.match(line, right.start())
    ):
        return False  # `đạt 83 triệu năm nay`: a count this year, not millions of years
    if (
        word == "ngày"
        and _DATE_NEXT.match(line, end)
        and row.raw[:1].isdigit()  # `chuyến thăm hai ngày 13-14/7`: two days
        and left.words[-1:] not in (["trong"], ["suốt"])  # `trong 2 ngày 7-8/2`
    ):
        return False  # `Quyết định số 3591 ngày 21/4/2016`: `ngày` opens a date
    if word == "tháng" and line.startswith(" lương", end):
        row.kind, row.unit = "count", "tháng lương"  # `thưởng Tết tới 4 tháng lương`: pay
        row.subj_from = end
        return True
    if word == "đêm" and _SHOW_NIGHT.match(line, end):
        row.kind, row.unit = "count", "đêm"  # `5 đêm pháo hoa`: shows, not a span of nights
        row.subj_from = end
        return True
    if word == "giờ" and _MAN_HOURS.match(line, end):
        row.kind, row.unit = "count", "giờ công"  # `30 triệu giờ công an toàn`: man-hours
        row.subj_from = end
        return True
    row.unit = "giờ" if word == "tiếng" else word
    row.subj_from = end
    ruoi = _RUOI.match(line, end)
    if ruoi and row.value_max is None and (row.raw.isdigit() or row.raw.isalpha()):
        row.value += 0.5  # `4 năm rưỡi`, `một năm rưỡi`
        row.end = row.subj_from = end = ruoi.end()
        row.raw = line[row.start : end]
    minutes = _MINUTES_AFTER.match(line, end) if word == "tiếng" else None
    if minutes and row.value_max is None:
        row.end = row.subj_from = end = minutes.end()  # `3 tiếng 40 phút`: one span of time
        row.raw = line[row.start : end]
    if (
        word == "giờ"
        and row.value <= 24
        and row.value == int(row.value)
        and not line.startswith(" đồng hồ", end)
        and line[end : end + 1] != "/"  # `ngủ khoảng 5 giờ/1 ngày`: hours per day
        and (
            _DAYPART_AFTER_GIO.match(line, end)
            or (
                (
                    _CLOCK_AFTER_GIO.match(line, end)
                    or (
                        left.words[-1:]
                        and left.words[-1] in _CLOCK_PREV
                        # `vào khoảng 9 giờ` is a clock time, `sau khoảng 2 giờ` a span
                        and (left.words[-1] != "khoảng" or _about_a_clock_time(left.before))
                    )
                )
                and not (left.words and left.words[-1] in _DURATION_PREV)
                and left.words[-2:] != ["trong", "khoảng"]  # `trong khoảng 1 giờ`: a span
                and not line.startswith(" trở lên", end)  # `từ 6 giờ trở lên`: at least
                and not _hour_span(line, end, left)  # `khoảng 24 giờ trước khi`
            )
            or (line[end : end + 1] == "," and _OPENING.search(left.before))
            or line.startswith(" cùng ngày", end)  # `đến hơn 18 giờ cùng ngày`: that day's hour
            or _FROM_HOUR.search(left.before) is not None  # `từ 6 giờ - 22 giờ`: to a clock time
        )
    ):
        row.kind = "time"
        row.unit = ""
        hm = _HOUR_MINUTE.match(line, end)
        if hm and int(hm.group(1)) < 60:
            row.end = row.subj_from = hm.end()
            row.raw = line[row.start : row.end]
            _race_time(line, row)
        return True
    if word in ("tháng", "ngày", "tuần", "năm", "quý") and (
        _PERIOD_AFTER.match(line, end)
        or (
            word == "tháng"  # `doanh thu 9 tháng năm nay`: the year's first nine months
            and (
                _REPORT_BEFORE.search(left.before)
                or line.startswith(" năm nay", end)
                or (row.value <= 12 and _OF_YEAR.match(line, end) is not None)  # `9 tháng 2016`
            )
        )
    ):
        row.kind = "period"  # `9 tháng đầu năm`; `sơ kết công tác 9 tháng`: the year's first months
        return True
    if _LAN_AFTER.match(line, end):
        row.subj_from = end + 4  # `4 năm/lần`: once every four years, a duration
    else:
        _rate(line, row)  # `6 ngày/tuần`, `8 giờ/ngày`: time per unit, still a span of time
    row.kind = "duration"
    if (
        row.unit == "giây"
        and 1000 <= row.value < 60000
        and (comma := _COMMA_THOUSANDS.fullmatch(line, row.start, right.start()))
        and comma.group(2) != "000"
    ):
        row.value = float(f"{comma.group(1)}.{comma.group(2)}")  # `1 phút 32,627 giây`: a lap
    if row.unit == "giây" and (hundredths := _HUNDREDTHS.match(line, row.subj_from)):
        row.end = row.subj_from = hundredths.end()  # `52 giây 78`: a race time, one figure
        row.raw = line[row.start : row.end]
    return True


_PRICE_UNITS = ("tấn", "kg", "lít", "lượng", "chỉ", "thùng")
_PRICE_HEAD = rf"(?<!\w)(USD|VND|VNĐ|đồng)(/(?:{'|'.join(_PRICE_UNITS)}))"  # `VND/kg`
_PRICE_UNIT_BEFORE = re.compile(_PRICE_HEAD + " $")
_PRICE_UNIT_ENDS = tuple(f"/{unit} " for unit in _PRICE_UNITS)
_PRICE_CELL_BEFORE = re.compile(_PRICE_HEAD + r" (\d{1,3}(?:\.\d{3})+|\d+) $")  # a cell read


def _price_unit(price: re.Match[str]) -> str:
    """The unit of a price table's row (`VNĐ/kg` → `VND/kg`), from its currency and per-unit."""
    return price.group(1).replace("VNĐ", "VND").replace("đồng", "VND") + price.group(2)


def _next_price_cell(left: _Left, value: float) -> str:
    """The row's unit when `value` follows a price table's first cell (`VND/kg 45.200 45.100`)
    and is of its size (the next day's price); else an empty string."""
    if not left.before[-2:-1].isdigit():
        return ""
    price = _PRICE_CELL_BEFORE.search(left.before)
    first = parse_digits(price.group(3)) if price else None
    return _price_unit(price) if first and 0.5 <= value / first <= 2 else ""


_SECONDS = re.compile(r"\d{1,2},\d{1,3}")
_HUNDREDTHS = re.compile(r" \d\d(?!\d|[.,:/-]\d| ?(?!(?:ở|và|tại|của|trong) )[^\W\d_])")


_OF_YEAR = re.compile(r" (?:năm )?(?:19|20)\d\d(?![\d/.,]\d)")
_REPORT_BEFORE = re.compile(r"(?:sơ kết|tổng kết|họp báo|báo cáo)(?: công tác)? $", re.IGNORECASE)
_COORDINATE_AFTER = re.compile(
    r"(?<=độ) (?:[vV]ĩ|[kK]inh) (?:độ |tuyến )?(?:Bắc|Nam|Đông|Tây|bắc|nam|đông|tây)"
)
_LAN_AFTER = re.compile(r" ?/ ?lần(?!\w)")
# a sentence's start (`8 giờ, Quốc hội họp`, `Đúng 9 giờ, …`): the hour of what follows
_OPENING = re.compile(r"(?:^|[.!?:] )(?:Đúng )?$")
_CLOCK_PREV = frozenset(
    "lúc vào từ đến tới sáng chiều tối trưa đêm khuya khoảng hồi".split()
)
_CLOCK_BEFORE_ABOUT = _CLOCK_PREV | {"ra"}  # `xảy ra khoảng 9 giờ`


def _about_a_clock_time(before: str) -> bool:
    """Whether `khoảng` (the end of `before`) opens a clause or follows a clock word: then
    `khoảng 9 giờ` is a clock time (`vào khoảng 9 giờ`, `Ngày 5/6, khoảng 14 giờ,`), otherwise
    a span (`sau khoảng 3 giờ`)."""
    head = before.rstrip()[: -len("khoảng")].rstrip()
    if not head or head[-1] in ",;:.(":
        return True
    return head.rsplit(None, 1)[-1].lower() in _CLOCK_BEFORE_ABOUT
_DURATION_PREV = frozenset(
    {
        "trong",
        "vòng",
        "sau",
        "mất",
        "suốt",
        "dài",
        "hơn",
        "gần",
        "chỉ",
        "đủ",
        "tối đa",
        "ít nhất",
        "cả",
    }
)


def _compound_scale(line: str, row: _Row, factor: float) -> None:
    """`2 tỷ 500 triệu`: absorb smaller scale groups after a multiplier word."""
    while True:
        num = _NUM_RE.match(line, row.end + 1) if line[row.end : row.end + 1] == " " else None
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


def _scaled_decimal(raw: str, value: float) -> float:
    """`36,240 triệu`, `99,982%`: before a multiplier word or a percent sign a comma and three
    digits are decimals (the contract's comma), not thousands; `value` as read otherwise."""
    return float(raw.replace(",", ".")) if _COMMA_GROUP.fullmatch(raw) else value


def _extend_range(line: str, row: _Row) -> bool:
    """`45 đến 64`, `2 - 3 triệu`: absorb the upper bound of a range; True if one was found."""
    rng = _RANGE_WORD.match(line, row.end)
    if not rng:
        return False
    num = _NUM_RE.match(line, rng.end())
    high = parse_digits(num.group()) if num else None
    if high is None or line[num.end() : num.end() + 1] in ("/", "-"):
        return False
    end = num.end()
    low = row.value
    if (
        line[end : end + 1] == "h"
        and not line[end + 1 : end + 2].isalpha()
        and row.raw.isdigit()
        and num.group().isdigit()
        and low < high <= 24
    ):
        clock = _CLOCK.match(line, num.start())  # `từ 5 đến 22h`: a span of the day
        row.kind, row.value_max = "time", high
        row.end = row.subj_from = clock.end() if clock else end + 1
        row.raw = line[row.start : row.end]
        return True
    if (
        line.startswith(" tháng ", end)
        and row.raw.isdigit()
        and low < high
        and (days := _DAY_MONTH_WORDS.match(line, num.start()))
        and is_day_month(int(high), int(days.group(1)))
    ):  # `từ ngày 11 đến 20 tháng 2`: days of one month
        row.kind, row.value_max = "period", high
        row.day, row.month = int(low), int(days.group(1))
        row.end = row.subj_from = days.end()
        row.raw = line[row.start : row.end]
        return True
    right = _RIGHT.match(line, end)
    if right is not None and right.lastgroup == "mult":
        low, high = _scaled_decimal(row.raw, low), _scaled_decimal(num.group(), high)
        factor = _thousands_scale(line, end, high, _scale_factor(right.group("mult")))
        if row.raw.isdigit() or "," in row.raw or "." in row.raw:
            if (
                row.end == row.start + len(row.raw)
                and " " not in row.raw
                and low * factor < high * factor
            ):
                low = round(low * factor, 6)  # `4 - 6 triệu`: the word scales both ends
        high = round(high * factor, 6)
        end = right.end()
    if high <= low and not (high < low and _YEARS_AGO.match(line, end)):
        return False  # (but `từ 50.000 đến 26.000 năm trước`: back in time, as written)
    row.value, row.value_max = low, high
    row.end = row.subj_from = end
    row.raw = line[row.start : end]
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
    row.raw = line[row.start : row.end]
    row.subj_from = right.end()
    _rate(line, row) if "/" not in row.unit else None


def _rate(line: str, row: _Row) -> bool:
    """Append a per-unit (`/năm`, `/24 giờ`, `/kg`) to the unit; True when one follows."""
    rate = _RATE.match(line, row.subj_from)
    if not rate:
        return False
    per = _squash(rate.group(1))
    end = rate.end()
    if per.startswith("mỗi "):  # `/mỗi công trình`: take one more word of the noun
        word = _NEXT_WORD.match(line, end)
        if word and word.start(1) == end + 1 and word.group(1) not in _SUBJECT_STOP:
            per, end = f"{per} {word.group(1)}", word.end()
    row.unit = f"{row.unit}/{per}"
    row.subj_from = end
    return True


# seasons counted as time (`suốt 3 mùa gần đây`), not as titles (`vô địch 3 mùa liên tiếp`)
_SEASONS_SPAN = re.compile(
    r" mùa(?: giải| bóng)? (?:qua|tới|gần đây|gần nhất|vừa qua|trở lại đây)(?!\w)"
)
_POINTS_OF_RATE = re.compile(r" (?:xuống|lên)(?: còn| mức)? \d+(?:,\d+)? ?%")
_SEASONS_RUN = re.compile(r" mùa(?: giải)? liên tiếp(?!\w)")  # a run of titles, counted
# seasons named by their years or title (`đăng quang 4 mùa 1992/93`, `11 mùa Đêm hội`)
_SEASONS_NAMED = re.compile(r" mùa(?: giải| bóng)? (?:\d|[A-ZĐ])")
_SEASONS_SPORT = re.compile(r" mùa (?:giải|bóng)(?!\w)")


_LANGUAGE_LEVEL = re.compile(r"(?:ngoại ngữ|trình độ|[ABC][12] \() ?bậc $")
# the heading of an item in a list: `Cách 1:`, `Video 2:`, `Trận 3:`, at a sentence's start
_ITEM_HEAD = re.compile(
    r"(?:^|[.!?:;)\]] |\n)(?:Nhóm|Trận|Cách|Video|Clip|Mẹo|Câu|Bài|Chặng|Ngày|Ý) $"
)
_RATE_NOUN_AFTER = re.compile(r" [^\W\d_]+/")
_MAN_HOURS = re.compile(r" (?:công|làm việc an toàn)(?!\w)")


def _count_unit(line: str, row: _Row) -> None:
    """For a plain count, the counted noun when it is a counting word (`người`, `ca`)."""
    space = row.end
    word = _NEXT_WORD.match(line, space)
    if word is None:
        return
    head = word.group(1)
    if head == "điểm" and _POINTS_OF_RATE.match(line, word.end()):
        row.kind, row.unit = "percent", "%"  # `tỷ lệ thất nghiệp giảm 0,1 điểm xuống còn 2,6%`
        row.subj_from = word.end()
    elif head in _COUNT_UNITS:
        row.unit = head
        row.subj_from = word.end()
        if not _rate(line, row):
            row.subj_from = space
    elif head == "mùa" and (
        _SEASONS_SPAN.match(line, space)
        or not (
            _SEASONS_RUN.match(line, space)
            or _SEASONS_NAMED.match(line, space)
            or (row.value == 4 and not _SEASONS_SPORT.match(line, space))  # `hoa nở 4 mùa`
        )
    ):
        row.kind, row.unit = "duration", "mùa"  # `chơi 3 mùa`, `2 mùa qua`: seasons as time


def _qualify(line: str, row: _Row, left: _Left) -> None:
    """Set the qualifier from the words before the number (and `trở lên` after it)."""
    if left.qualifier:
        word = " ".join(left.words[-left.q_len :])
        ok = True
        if word == "từ":
            ok = row.value_max is None and not _FROM_BREAKS.match(line, row.subj_from)
        elif word == "trên":
            ok = not _PLACE_AFTER_TREN.match(line, row.subj_from)
        if ok:
            row.qualifier = left.qualifier
            row.q_start = row.start - len(left.before) + _phrase_start(left.before, left.q_len)
    if not row.qualifier and line.find(" trở ", row.subj_from, row.subj_from + 40) >= 0:
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


def _after_name(before: str, after: str = "") -> bool:
    """True when a capitalised word (not opening the sentence) stands right before."""
    if not before or before[-1] != " ":
        return False
    head, _, word = before[:-1].rpartition(" ")
    if word[:1] == "(":
        head, word = f"{head} (", word[1:]  # `(SOM 2)`: a name opening a bracket
    if (
        not word
        or not word[0].isupper()
        or not word[-1].isalnum()
        or word.lower() in _LEFT_KEYWORDS
    ):
        return False
    head = head.rstrip()
    if not head or head[-1] in _SENTENCE_OPENERS:  # `: KG 95`; `. Peugeot 3008 được`
        return (len(word) >= 2 and word.isupper() and word not in _NOT_NAMES) or (
            _foreign(word) and _MODEL_NEXT.match(after) is not None
        )
    return True


_SEASON_BEFORE = re.compile(
    r"(?:(?<!\w)(?:[Vv]ụ|(?<!hội )[Mm]ùa|[Đđ]ầu|[Cc]uối|dịp|[Mm]ùa lễ hội)"
    r" (?:Đông Xuân|Hè Thu|Thu Đông|Xuân Hè|Xuân|Hè|Thu|Đông|Valentine|Noel|Giáng [Ss]inh)"
    r"|(?<!\w)(?:HT|TĐ|ĐX)|[Mm]ùa Xuân/Hè|[Mm]ùa Thu/Đông) $"  # `vụ HT 2017`: Hè Thu
)
_NUMBER_WORD_BEFORE = re.compile(r"\d [^\W\d_]+ $")
_NUMBER_TO = re.compile(r"\d (?:đến|tới|-) $")
# after a model's number (`Nokia 6 trông`, `OnePlus 5 có`, `Fiat 500.`), not a count's noun
_MODEL_NEXT = re.compile(
    r"$|[\n.,:)!?]| ?['‘’\"“]|[ /(]?[A-ZĐ]| (?:và|hoặc|hay) [A-ZĐ]| [-–] (?!\d)"
    r"| (?:là|có|được|sẽ|đã|đang|vẫn|cũng|mới|chính|trông|sở hữu|hỗ trợ"
    r"|chạy|sử dụng|mang|ra mắt|đọ|trang bị|hiện|vừa|bán|giá|đạt|dùng|nhận|thuộc|gây|sau|trước"
    r"|với|còn|ở|tại|series|pro|plus|mini|lite|max)(?!\w)"
)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)


def _foreign(word: str) -> bool:
    """A capitalised word that is no Vietnamese syllable (`Peugeot`, `Nokia`, `X-Ride`): a name."""
    if "-" in word:
        parts = word.split("-")
        return all(p.isalpha() for p in parts) and any(map(_foreign, parts))
    if len(word) < 4 or not word.isalpha():
        return False
    bare = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return bare.isascii() and _SYLLABLE.fullmatch(bare) is None


_CELL_AND_CHANGE = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+) -(\d{1,3}(?:\.\d{3})+|\d+)")


def _price_cell_and_change(left: _Left, text: str, start: int) -> list[_Row] | None:
    """`VND/kg 45.200 45.100 -100`: a price table's last cell, then its change (a fall), in
    the unit of the row; `None` when `text` is not such a pair after a price cell."""
    pair = _CELL_AND_CHANGE.fullmatch(text)
    if pair is None:
        return None
    cell, change = parse_digits(pair.group(1)), parse_digits(pair.group(2))
    unit = _next_price_cell(left, cell) if cell is not None and change is not None else ""
    if not unit:
        return None
    rows = [
        _Row(start, start + pair.end(1), pair.group(1), cell, "money"),
        _Row(start + pair.start(2) - 1, start + pair.end(2), f"-{pair.group(2)}", -change, "money"),
    ]
    for row in rows:
        row.unit = unit
    return rows


def _compound_token(line: str, text: str, start: int, end: int, left: _Left) -> list[_Row]:
    """A cluster with `/` or `-`: date, month/year, fraction, date or number range, score."""
    keyword, kw_kind = left.keyword, left.kw_kind
    if left.glued and not line.endswith(("ngày", "Ngày"), 0, start):  # `ngày3/2/2021`: a typo
        prev = line[start - 1]
        if (
            prev.isalpha()
            or prev == "#"
            or (prev == "-" and start >= 2 and line[start - 2].isalpha())
        ):
            return [_Row(start, end, text, _first_number(text), "identifier")]
    if text.count("-") >= 4 and "/" not in text and "–" not in text:
        return _dash_series(line, text, start, end)
    if (cells := _price_cell_and_change(left, text, start)) is not None:
        return cells
    dash = "-" if "-" in text else "–" if "–" in text else ""
    if dash and len(text) <= 5 and _in_set_scores(line, start, end):
        a_raw, _, b_raw = text.partition(dash)  # `Federer 6-2, 6-7 (8-10), 4-6`: games, counts
        second = end - len(b_raw)
        return [
            _Row(start, start + len(a_raw), a_raw, float(a_raw)),
            _Row(second, end, b_raw, float(b_raw)),
        ]
    alternative = _ALTERNATIVE_UNIT.match(line, end) if "/" in text else None
    pair = _PAIR.fullmatch(text) if alternative else None
    if pair and pair.group(2) == "/":  # `RAM 3/4 GB`, `tốc độ 66/60km/h`: two measures
        rows = [
            _Row(start + pair.start(i), start + pair.end(i), pair.group(i), value, "measure")
            for i in (1, 3)
            if (value := parse_digits(pair.group(i))) is not None
        ]
        for row in rows:
            row.unit = alternative.group(1)
        rows[-1].subj_from = alternative.end()
        return rows  # `dãy số 07-13-16-30-37-44`: drawn numbers
    if (
        text.count("/") == 4
        and kw_kind != "identifier"
        and (span := _full_date_span(line, start, text))
    ):
        return [span]  # `(21/6/1925 - 21/6/2017)`: from one date to another
    if (
        (dm := _DM_DASH.fullmatch(text))
        and is_day_month(int(dm.group(1)), int(dm.group(2)))
        and (
            # `Tin thể thao HOT 14/6:`, `Chuyển nhượng MU 15/7:`: a headline's date
            (line[end : end + 1] == ":" and "/" in text)
            # `vào 18h ngày mai 7-2,`
            or left.words[-2:] in (["ngày", "mai"], ["hôm", "nay"], ["hôm", "qua"])
            or (
                (named_day := _NAMED_DAY.search(line, start - 50 if start > 50 else 0, start))
                and not _SCORE_WORDS.search(named_day.group())
            )
        )
    ):  # `Ngày Quốc tế thiếu nhi 1-6`, `Ngày Nhà giáo Việt Nam 20-11`: a day's date
        row = _Row(start, end, text, float(dm.group(1)), "date")
        row.day, row.month = int(dm.group(1)), int(dm.group(2))
        return [row]
    if (
        _ID_TAIL.match(line, end)
        or (
            kw_kind == "identifier"
            and keyword not in ("số", "km", "ca", "xã", "đội")
            and not _strong_unit(line, end)
        )
        or (text.count("/") > 2 and not _DATE_RANGE.fullmatch(text))  # `4/6-30/8/2017`
        or (
            _after_name(left.before)
            and ("/" in text or not _score_context(line, start, end))
            and not _year_span(text)  # `Premier League 2016/17`: a season
            and not _strong_unit(line, end)  # `các tỉnh Tây Bắc Bộ 28-30 độ C`
        )
        # `Mega 6/45`, `SAR 27-01`; `Chelsea 3-1 Arsenal` stays a score
    ):
        return [_code_tail(line, _Row(start, end, text, _first_number(text), "identifier"))]
    if keyword == "vòng" and text in ("1/4", "1/8", "1/16", "1/32", "1/64"):
        return [_Row(start, end, text, 1.0, "ordinal")]  # `vòng 1/8`: the round of 16
    if keyword == "quý":
        row = _Row(start, end, text, _first_number(text), "period")
        my = _MY.fullmatch(text)
        if my:
            row.year = int(my.group(2))
        return [row]
    m = _MY_SPAN.fullmatch(text)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(4)) <= 12:
        first, last = int(m.group(3)) * 12 + int(m.group(1)), int(m.group(5)) * 12 + int(m.group(4))
        if 1900 <= int(m.group(3)) <= 2100 and first < last:
            row = _Row(start, end, text, float(m.group(1)), "period")  # `tháng 1-2004 - 5-2010`
            row.value_max, row.year = float(m.group(4)), int(m.group(3))
            return [row]
    m = _DMY.fullmatch(text)
    if m and kw_kind == "month" and int(m.group(1)) < int(m.group(2)) <= 12 and "." not in text:
        row = _Row(start, end, text, float(m.group(1)), "period")  # `từ tháng 7-9/2021`
        row.value_max, row.year = float(m.group(2)), int(m.group(3))
        return [row]
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if is_day_month(day, month):
            row = _Row(start, end, text, float(day), "date")
            row.day, row.month, row.year = day, month, year
            row.date_iso = iso_date(year, month, day)
            return [_calendar_range(line, row)]
    m = _MY.fullmatch(text)
    if (
        m
        and 1 <= int(m.group(1)) <= 12
        and (
            1900 <= int(m.group(2)) <= 2100
            or (kw_kind == "month" and 1000 <= int(m.group(2)) < 1900)  # `tháng 3/1861`
        )
        and (
            "/" in text
            or kw_kind == "month"
            or _MONTH_AND.search(line, start - 16 if start > 16 else 0, start)
        )
    ):
        row = _Row(start, end, text, float(m.group(1)), "date")
        row.month, row.year = int(m.group(1)), int(m.group(2))
        row.date_iso = iso_date(row.year, row.month)
        return [_calendar_range(line, row)]
    m = _DM.fullmatch(text)
    if m and (
        _SLASH_SCORE_BEFORE.search(line, max(0, start - 12), start)
        or any(
            run.start() <= start and end <= run.end()
            for run in _SET_RUN.finditer(line, max(0, start - 24), end + 24)
        )
    ):  # `tỉ số 6/4`, `3/6; 6/2; 13/11`: games won in tennis sets, two counts each
        return [
            _Row(start + m.start(i), start + m.end(i), m.group(i), float(m.group(i)))
            for i in (1, 2)
        ]
    if m and left.keyword in ("thứ", "hạng") and int(m.group(1)) <= int(m.group(2)):
        # `xếp hạng 4/5 đội`, `vị trí thứ 6/10`: the rank, then how many are ranked
        second = _Row(start + m.start(2), end, m.group(2), float(m.group(2)))
        _count_unit(line, second)
        return [_Row(start, start + m.end(1), m.group(1), float(m.group(1)), "ordinal"), second]
    if m:
        row = _day_month_or_fraction(line, text, start, end, int(m.group(1)), int(m.group(2)), left)
        return [_calendar_range(line, row) if row.kind == "date" else row]
    m = _DAY_RANGE.fullmatch(text) or (keyword == "ngày" and _DAY_RANGE_DASHED.fullmatch(text))
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
                a_raw, b_raw = m.group(1), m.group(3)
                if _year_span(text):
                    row = _Row(start, end, text, a, "period")  # `mùa giải 2014/15`, `2016/2017`
                    row.value_max, row.year = a + 1, int(a)
                    return [row]
                if b in _RATE_BASES and a < b and ("," in a_raw or _RATE_NOUN.match(line, end)):
                    # `43,1/100.000 dân`: a rate, two counts (the base has its own row)
                    second = _Row(start + m.start(3), end, b_raw, b)
                    _count_unit(line, second)
                    return [_Row(start, start + m.end(1), a_raw, a), second]
                if a > b and not _strong_unit(line, end):
                    # a fraction's part never exceeds its whole: `lốp 100/80` is a size code
                    return [_Row(start, end, text, a, "identifier")]
                if keyword in ("thứ", "hạng") and a_raw.isdigit() and b_raw.isdigit():
                    # `xếp thứ 8/112 quốc gia`: the rank, then how many are ranked
                    second = _Row(start + m.start(3), end, b_raw, b)
                    _count_unit(line, second)
                    return [_Row(start, start + m.end(1), a_raw, a, "ordinal"), second]
                row = _Row(start, end, text, a, "fraction")
                row.total = b
                if keyword == "số":
                    row.kind = "identifier"
                    return [row]
                _qualify(line, row, left)
                _count_unit(line, row)
                return [row]
            return _dash_pair(line, m, start, end, a, b, left)
    if "/" not in text:
        return _dash_series(line, text, start, end)
    return [_Row(start, end, text, _first_number(text), "identifier")]


def _year_span(text: str) -> bool:
    """`2016/17`, `2016/2017`, `2019-2020`: a season or a span of years, never a name's number."""
    m = _YEAR_SPAN.fullmatch(text)
    if m is None:
        return False
    first, second = int(m.group(1)), m.group(3)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if m.group(2) == "/" or len(second) == 2:
        return last == first + 1
    return first < last <= first + 100


def _full_date_span(line: str, start: int, text: str) -> _Row | None:
    """`21/6/1925 - 21/6/2017`: a period from one full date to another (value: the days)."""
    m = _DATE_RANGE.fullmatch(text)
    if m is None or not m.group(3) or not m.group(6):
        return None
    if not (
        is_day_month(int(m.group(1)), int(m.group(2)))
        and is_day_month(int(m.group(4)), int(m.group(5)))
    ):
        return None
    row = _Row(start, start + len(text), text, float(m.group(1)), "period")
    row.value_max, row.year = float(m.group(4)), int(m.group(3))
    return row


def _code_tail(line: str, row: _Row) -> _Row:
    """An identifier runs on through a code's letters and digits: `2NE1`, `lớp 2C1`, `KG10A6S`
    (to its last digit), a document number's `/QH13`."""
    tail = (_DOC_TAIL if "/" in row.raw else _CODE_TAIL).match(line, row.end)
    if tail is not None:
        row.end = row.subj_from = tail.end()
        row.raw = line[row.start : row.end]
    return row


def _dash_series(line: str, text: str, start: int, end: int) -> list[_Row]:
    """`4-2-3-1` (a formation: one row), `07-13-16-30` (drawn numbers), `2 - 4 - 6 - 8 khách`."""
    parts = [(m.start(), m.end()) for m in _NUM_RE.finditer(text)]
    values = [parse_digits(text[a:b]) or 0.0 for a, b in parts]
    if 3 <= len(values) <= 4 and sum(values) == 10 and max(values) <= 6:
        return [_Row(start, end, text, values[0], "identifier")]
    if (
        len(values) == 3
        and (
            _BODY_MEASUREMENTS.search(line, max(0, start - 20), start)
            or (  # `số đo rất chuẩn: 85-56-92 cm`, `3 vòng hoàn mỹ là 92-62-95 (cm)`
                all(40 <= v <= 130 for v in values)
                and values[1] < min(values[0], values[2])
                and (
                    _BODY_WORDS.search(line, max(0, start - 50), start)
                    or _CM_AFTER.match(line, end)
                )
            )
        )
    ):
        rows = [
            _Row(start + a, start + b, text[a:b], v, "measure")
            for (a, b), v in zip(parts, values, strict=True)
        ]
        for row in rows:
            row.unit = "cm"  # `số đo ba vòng 84-61-88`: bust, waist, hips
        return rows
    right = _RIGHT.match(line, end)
    currency = right.lastgroup if right is not None and right.lastgroup else ""
    if currency[:1] == "c" and currency[1:].isdigit():  # `25.000 – 40.000 – 70.000 đồng`: tiers
        rows = [
            _Row(start + a, start + b, text[a:b], v, "money")
            for (a, b), v in zip(parts, values, strict=True)
        ]
        for row in rows:
            row.unit = _CURRENCIES[int(currency[1:])][1]
        return rows
    kind = (
        "count"
        if " " in text and line[end : end + 1] == " " and line[end + 1 : end + 2].islower()
        else "identifier"
    )
    return [
        _Row(start + a, start + b, text[a:b], v, kind)
        for (a, b), v in zip(parts, values, strict=True)
    ]


def _calendar_range(line: str, row: _Row) -> _Row:
    """`30/4 đến ngày 3/5`, `tháng 9/2016 đến tháng 12/2016`: one period row."""
    to = _DATE_TO.match(line, row.end)
    if to is None:
        return row
    first = int(to.group(1))
    # `3/5`, `10.2.2017`; `1.2` only after a dotted date (`từ ngày 26.1 đến 1.2`)
    month = to.group(2) or to.group(4) or (to.group(8) if "." in row.raw else None)
    if row.day is not None and month and is_day_month(first, int(month)):
        pass
    elif row.day is not None and month is None and "tháng" in to.group() and 1 <= first <= 12:
        pass  # `từ 24/4 tới hết tháng 10`
    elif (
        row.day is None
        and row.month is not None
        and month is None
        and 1 <= first <= 12
        and (to.group(3) or to.group(6) or to.group(7) or "tháng" in to.group())
    ):
        pass
    else:
        return row
    row.kind = "period"
    row.value_max = float(first)
    row.date_iso = None
    row.end = row.subj_from = to.end()
    row.raw = line[row.start : row.end]
    return row


_AMONG = re.compile(r" trong (?:số|chúng|những|các|tổng)(?!\w)")
_FRACTION_AND = re.compile(r" (?:và|hoặc|,) (\d)/(\d{1,2}) (?!tháng|năm)[^\W\d_A-ZĐ]")


_AS_MANY_AS = (["có"], ["lên"], ["thắng"], ["thua"], ["đạt"], ["giành"])


def _day_month_or_fraction(
    line: str, text: str, start: int, end: int, num: int, den: int, left: _Left
) -> _Row:
    """`12/10` is a date, `4/6 nhiệm vụ` a fraction: decide from the words around it."""
    row = _Row(start, end, text, float(num))
    if num == 24 and den in (7, 24):
        row.kind = "identifier"  # `24/7`, `24/24`: round the clock
        return row
    if is_day_month(num, den):
        word = _NEXT_WORD.match(line, end)
        nxt = word.group(1) if word else ""
        prev = left.words[-1] if left.words else ""
        share = (  # `tỉ lệ này chỉ là 1/3.`, `chiếm 2/3`: a share; `hôm nay là 1/3` a date
            num < den <= 10
            and left.kw_kind != "date"
            and prev not in _DATE_TRIGGERS
            and (
                (prev in ("là", "bằng", "chiếm") and not _DAY_IS.search(left.before))
                or nxt in ("thế", "của")  # `1/4 thế kỷ sau`, `khoảng 1/3 của năm 2019`
                or _AMONG.match(line, end)  # `khoảng 1/10 trong chúng ta`
                or (prev == "có" and line.startswith(" là ", end))  # `trong đó có 2/3 là`
                or _FRACTION_AND.match(line, end)  # `nhận 1/3 và 1/6 cổ phần`
            )
        )
        looks_fraction = share or (
            num <= den
            and line[end : end + 1] == " "
            and nxt[:1].islower()
            and nxt not in _DATE_FOLLOW
            and (
                prev not in _DATE_TRIGGERS
                or (prev in ("đến", "tới") and left.words[-2:-1] in _AS_MANY_AS)
            )  # `có đến 8/12 đội bóng`, `thắng đến 8/10 trận`: as many as
            and (
                not left.before.rstrip().endswith(("(", ",", "-", "–"))
                or nxt in _COUNTED_NOUNS
                or nxt in _MEASURE_NOUNS
                or nxt == "số"  # `dự đoán, 2/3 số sông băng`: a share of a number
            )
            and left.kw_kind not in ("date", "month")
            and not _date_then_and(left.before)  # `dịp 30/4 và 1/5 sắp tới`
        )
        if not looks_fraction:
            row.kind = "date"
            row.day, row.month = num, den
            year = _YEAR_WORD_AFTER.match(line, end)
            if year:  # `vụ tấn công 11/9 năm 2001`: one date
                row.year = int(year.group(1))
                row.end = row.subj_from = year.end()
                row.raw = line[start : row.end]
                row.date_iso = iso_date(row.year, den, num)
            return row
    row.kind = "fraction"
    row.total = float(den)
    _qualify(line, row, left)
    return row


# a tennis scoreline: two to five sets, tie-breaks in brackets
_SET_SCORES = re.compile(
    r"(?<![\d/.–-])[0-7]([-–])[0-7](?: ?\(\d{1,2}\1\d{1,2}\))?(?:, \d{1,2}\1\d{1,2}"
    r"(?: ?\(\d{1,2}\1\d{1,2}\))?){1,4}(?![\d/–-]|\.\d)"
)


def _in_set_scores(line: str, start: int, end: int) -> bool:
    """Whether `start:end` lies inside a tennis scoreline (`6-2, 6-7 (8-10), 4-6`)."""
    for score in _SET_SCORES.finditer(line, max(0, start - 40), end + 40):
        if score.start() <= start and end <= score.end():
            return True
    return False


_RATE_NOUN = re.compile(r" (?:dân|người|trẻ|phụ nữ|ca|hộ|học sinh|lao động|bệnh nhân)(?!\w)")
_RATE_BASES = frozenset({100.0, 1000.0, 10000.0, 100000.0, 1000000.0})
_DOT_CLOCK = re.compile(r"(\d{1,2})\.(\d{2})")
_HOURS_PREV = _DURATION_PREV | {"dành", "ngủ", "việc"}
_PER_DAY = re.compile(r" ?(?:/|một|mỗi) ?(?:ngày|tuần|hôm)(?!\w)")


def _dash_pair(
    line: str, m: re.Match[str], start: int, end: int, a: float, b: float, left: _Left
) -> list[_Row]:
    """`2017-2020` period, `2-0` score (two counts), `3-5%` range."""
    a_raw, b_raw = m.group(1), m.group(3)
    text = m.group()
    keyword, kw_kind = left.keyword, left.kw_kind
    if (
        a >= 1e6
        and text[len(a_raw)] == " "
        and line[start + m.start(3) - 1] in "-–"
        and _THOUSANDS.fullmatch(a_raw)
        and _THOUSANDS.fullmatch(b_raw)
    ):  # `7.680.000.000 7.540.000.000 -140.000.000`: a price, then its change, in a table
        sign = start + m.start(3) - 1
        first = _Row(start, start + len(a_raw), a_raw, a)
        second = _Row(sign, end, line[sign:end], -b)
        return [
            _classify_single(line, first, left, plain=False),
            _classify_single(line, second, _Left(line, sign), plain=False),
        ]
    if line.startswith(_BEFORE_CHRIST, end):
        row = _Row(start, end, text, a, "period")  # `(605-562 trước Công Nguyên)`: a reign
        row.value_max = b
        return [row]
    if (
        (dot_a := _DOT_CLOCK.fullmatch(a_raw))
        and (dot_b := _DOT_CLOCK.fullmatch(b_raw))
        and int(dot_a[1]) < int(dot_b[1]) <= 24
        and max(int(dot_a[2]), int(dot_b[2])) < 60
        and "00" in (dot_a[2], dot_b[2])
        and not _RIGHT.match(line, end)
    ):
        row = _Row(start, end, text, float(dot_a[1]), "time")  # `làm việc: 8.00 - 20.00`
        row.value_max = float(dot_b[1])
        return [row]
    if line[end : end + 1] == "h" and a_raw.isdigit() and a < b <= 24:
        clock = _CLOCK.match(line, start + m.start(3))
        if clock and (clock.group(3) or clock.group(1)):  # `giờ cao điểm 7-8h`, `8 - 17h30`
            row = _Row(start, clock.end(), line[start : clock.end()], a, "time")
            row.value_max = b
            if (left.words and left.words[-1] in _HOURS_PREV) or (
                _PER_DAY.match(line, row.end) and left.words[-1:] != ["từ"]
            ):
                row.kind, row.unit = "duration", "giờ"  # `trong 7-8h`, `dành 2-4h một ngày`
            return [row]
    if (
        a_raw.isdigit()
        and len(a_raw) == 4
        and 1000 <= a <= 2100
        and b_raw.isdigit()
        and ((len(b_raw) == 4 and a < b <= 2100) or (len(b_raw) == 2 and int(a_raw[2:]) < b))
        and (
            keyword in ("năm", "từ năm")  # `năm 2010-2012 tàu ngầm được …`: the years
            or not (_counted_noun_after(line, end) or _count_unit_after(line, end))
        )
    ):
        row = _Row(start, end, text, a, "period")
        row.value_max = b if b >= 1000 else float(int(a_raw[:2]) * 100 + b)
        row.year = int(a)
        return [row]
    if (
        not kw_kind
        and a_raw.isdigit()
        and "." in b_raw
        and b >= 10 * a
        and (name := left.before.rstrip().rpartition(" ")[2])[:1].isupper()
        and name.isalpha()
        and (price := _NUM_TOKEN.match(line, start + m.start(3)))
    ):  # `Fiat 500 - 15.990 USD`: a model's name, then its price
        name = _Row(start, start + len(a_raw), a_raw, a, "identifier")
        return [name, *_digits_token(line, price)]
    right = _RIGHT.match(line, end)
    in_brackets = line[start - 1 : start] == "(" and line[end : end + 1] == ")"
    prev = left.words[-1] if left.words else ""
    if kw_kind == "date" and right is None:
        first, last = _DOTTED_DM.fullmatch(a_raw), _DOTTED_DM.fullmatch(b_raw)
        if (
            first
            and last
            and is_day_month(int(first.group(1)), int(first.group(2)))
            and is_day_month(int(last.group(1)), int(last.group(2)))
        ):
            row = _Row(start, end, text, float(first.group(1)), "period")  # `ngày 9.5 - 10.5`
            row.value_max = float(last.group(1))
            return [row]
    if (
        (
            kw_kind == "date"
            or (in_brackets and not _MATCH_TITLE.search(line, max(0, start - 60), start))
            or (
                (prev in _DATE_TRIGGERS or left.words[-2:] == ["vào", "khoảng"])
                and not _noun_after(line, end)
                and not _SCORE_VERB_TO.search(left.before)  # `vùi dập tới 6-1`: a score
            )
            or (  # `dịp 30-4 và 2-9`, not `thắng 3-1 và 2-1`
                prev == "và"
                and _DATE_THEN_AND.search(left.before)
                and not _score_context(line, start, end)
            )
        )
        and a_raw.isdigit()
        and b_raw.isdigit()
        and is_day_month(int(a), int(b))
        and right is None
    ):
        row = _Row(start, end, text, a, "date")  # `Sáng 22-5`, `từ 30-4 đến 3-5`
        row.day, row.month = int(a), int(b)
        return [_calendar_range(line, row)]
    if (
        a_raw.isdigit()
        and b_raw.isdigit()
        and a <= 30
        and b <= 30
        and (right is None or _DATE_AFTER_SCORE.match(line, end) is not None)
        and (
            a >= b
            or _SCORE_RIGHT.match(line, end)
            or _SCORE_VERB_BEFORE.search(line, max(0, start - 20), start)  # `Thua đậm 0-5 phản ánh`
            or (
                _SCORE_LEFT.search(line[max(0, start - 30) : start].rpartition("\n")[2])
                and not _lowercase_word_after(line, end)
            )
            or _MATCH_PAIR.search(line[max(0, start - 60) : start].rpartition("\n")[2])
        )
    ):
        second = start + m.start(3)
        return [_Row(start, start + len(a_raw), a_raw, a), _Row(second, end, b_raw, b)]
    if (
        a_raw.isdigit()
        and b_raw.isdigit()
        and 30 < max(a, b) < 200
        and right is None
        # the loser's first
        and (a >= b or line.endswith(("thua ", "thất bại ", "bị dẫn "), 0, start))
        and _BIG_SCORE_LEFT.search(line, max(0, start - 30), start)
    ):  # `tỷ số chung cuộc 76-49`, `dẫn 91-89`: a basketball score, the winner first
        second = start + m.start(3)
        return [_Row(start, start + len(a_raw), a_raw, a), _Row(second, end, b_raw, b)]
    row = _Row(start, end, text, a)
    row.value_max = b
    if a_raw.isdigit() and "." in b_raw and a * 1000 <= b < a * 10000:
        row.value = a * 1000  # `500-600.000 đồng`: the thousands are written once
    if right is not None and right.lastgroup == "mult" and _COMMA_GROUP.fullmatch(a_raw):
        a, b = _scaled_decimal(a_raw, a), _scaled_decimal(b_raw, b)  # `3,485-3,53 triệu`
    if b <= a and right is not None and right.lastgroup == "mult":
        factor = _scale_factor(right.group("mult"))
        if factor / 1000 <= a < b * factor:
            return [_upper_scaled(line, row, left, right, b * factor)]  # `500.000 – 1 triệu`
    if b <= a:
        if right is not None and _apply_right(line, row, left, right):
            return [row]  # `13,9-8,2 lít/100 km`, written high to low
        row.value_max = None
        row.kind = "identifier"
        return [row]
    if kw_kind == "age":
        row.kind, row.unit = "age", "tuổi"
        return [row]
    if keyword in ("nhiệm kỳ", "giai đoạn") or (keyword in _CENTURIES_DECADES and b <= 100):
        row.kind = "period"  # `nhiệm kỳ 2016-2021`, `thế kỷ 17-18`, `thập niên 80-90`
        return [row]
    if kw_kind == "date" and b <= 31 and keyword in ("ngày", "mùng", "mồng"):
        row.kind = "period"
        row.day = int(a)
        dm = _DAY_MONTH_AFTER.match(line, end)
        if dm:
            row.month = int(dm.group(1))
            row.end = row.subj_from = dm.end()
            row.raw = line[start : row.end]
        return [row]
    if kw_kind == "month" and b <= 12:
        row.kind = "period"  # `tháng 5-6`
        my = _MONTH_YEAR_AFTER.match(line, end)
        if my:
            row.year = int(my.group(1))
            row.end = row.subj_from = my.end()
            row.raw = line[start : row.end]
        return [row]
    if right is not None and right.lastgroup == "mult":
        a, b = _scaled_decimal(a_raw, a), _scaled_decimal(b_raw, b)
        factor = _thousands_scale(line, end, b, _scale_factor(right.group("mult")))
        row.value, row.value_max = round(a * factor, 6), round(b * factor, 6)
        row.end = row.subj_from = right.end()
        row.raw = line[start : row.end]
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


def _upper_scaled(line: str, row: _Row, left: _Left, mult: re.Match[str], high: float) -> _Row:
    """A range whose multiplier word belongs to its upper end only: `500.000 – 1 triệu đồng`."""
    row.value_max = round(high, 6)
    row.end = row.subj_from = mult.end()
    row.raw = line[row.start : row.end]
    right = _RIGHT.match(line, row.end)
    if right is None or not _apply_right(line, row, left, right):
        _count_unit(line, row)
    _qualify(line, row, left)
    return row


def _company_name(before: str) -> bool:
    """True when the words before a number are a company's name (`Công ty TNHH Minh Phát`)."""
    match = _COMPANY_NAME.search(before)
    return match is not None and not _NAME_BREAKS.intersection(match.group(1).lower().split())


def _scale_of(raw: str) -> float:
    """The multiplier words a number (or range) ends with: `5 tỷ` → 1e9, `106 – 107,4 triệu`
    → 1e6, `2,5` → 1."""
    factor = 1.0
    for word in reversed(raw.split()[1:]):
        scale = MULTIPLIERS.get(word.lower())
        if scale is None:
            break
        factor *= scale
    return factor


def _score_context(line: str, start: int, end: int) -> bool:
    """True when a `2-0` reads as a match score (`thắng 2-0`, `Chelsea 3-1 Arsenal`)."""
    before = line[max(0, start - 60) : start].rpartition("\n")[2]
    return bool(
        _SCORE_RIGHT.match(line, end)
        or _SCORE_LEFT.search(before)
        or _MATCH_TITLE.search(before)  # `Việt Nam - Tajikistan (4-2)`
        or _MATCH_PAIR.search(before)  # `Bảng D: Serbia - xứ Wales 1-1, Ireland – Áo 1-1`
        or _BEAT_TEAM.search(before)  # `hạ U20 Uruguay 4-3`
    )


_DATE_AFTER_SCORE = re.compile(r" (?:ngày|hôm) \d{1,2}[/-]\d")  # `thắng 4-1 ngày 10/5`
# a team's name: capitalised words, maybe with a capital vowel (`Úc`, `Ấn Độ`, `Ý`)
_TEAM = r"[A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ][\w.]*"
_MATCH_TITLE = re.compile(rf"{_TEAM}(?: {_TEAM})* - {_TEAM}(?: {_TEAM})* \($")
_BEAT_TEAM = re.compile(rf"(?<!\w)hạ (?:{_TEAM} ){{1,4}}$")  # (`hạ` alone: `hạ tầng 2-3`)
_MATCH_PAIR = re.compile(  # (`Trực tiếp Juventus - Real Madrid 1-1`: also after a word)
    rf"(?:^|[:,;•] |(?<=[^\W\d_] )){_TEAM}(?: {_TEAM}){{0,3}} [-–] (?:xứ )?{_TEAM}"
    rf"(?: {_TEAM}){{0,3}} $"
)


def _noun_after(line: str, pos: int) -> bool:
    """True when a lower-case word that cannot follow a date comes next (`từ 7-8 người`)."""
    word = _NEXT_WORD.match(line, pos)
    return (
        word is not None
        and word.start(1) == pos + 1
        and word.group(1)[0].islower()
        and word.group(1) not in _DATE_FOLLOW
    )


def _lowercase_word_after(line: str, pos: int) -> bool:
    """True when a lower-case word that is not a preposition follows (`1-2 câu`)."""
    word = _NEXT_WORD.match(line, pos)
    return (
        word is not None
        and word.start(1) == pos + 1
        and word.group(1)[0].islower()
        and word.group(1) not in _SCORE_FOLLOW
    )


def _hour_span(line: str, end: int, left: _Left) -> bool:
    """`24 giờ trước khi`, `24h qua`: hours counted back or on, not a clock time (but
    `lúc 9h sau khi` is one)."""
    return _SPAN_AFTER.match(line, end) is not None and not (
        left.words and left.words[-1] in ("lúc", "vào", "đến", "tới", "từ")
    )


def _race_time(line: str, row: _Row) -> None:
    """`9 giờ 1 phút 45 giây`: hours, minutes and seconds make one span of time, not a clock."""
    seconds = _SECONDS_AFTER.match(line, row.end)
    if seconds is not None and "phút" in row.raw:
        row.kind, row.unit = "duration", "giờ"
        row.end = row.subj_from = seconds.end()
        row.raw = line[row.start : row.end]


_SECONDS_AFTER = re.compile(r" \d{1,2} giây(?!\w)")
_SPAN_OF_HOURS = re.compile(r"(?:kéo dài|thi đấu|[Đđ]ộ dài[^:]{0,10}:|thêm)(?: tới| đến)? $")
_MINUTES_AFTER = re.compile(r" \d{1,2} phút(?!\w)")


def _clock_token(line: str, clock: re.Match[str]) -> _Row:
    """`9h30`, `14 giờ 30`, `10h`, `14:30`: a clock time (or a duration, `trong 24h`)."""
    hour = int(clock.group(1) or clock.group(3) or clock.group(4))
    row = _Row(clock.start(), clock.end(), clock.group(), float(hour), "time")
    _race_time(line, row)
    if row.kind == "duration":
        return row
    left = _Left(line, clock.start())
    if (
        clock.group(3)
        and (
            hour > 24
            or (left.words and left.words[-1] in _DURATION_PREV)
            or _hour_span(line, clock.end(), left)  # `24h qua`: the past 24 hours
        )
        and not _DAYPART_AFTER.match(line, clock.end())
        and not line.startswith(" cùng ngày", clock.end())  # `hơn 20h cùng ngày`: that day's
    ):
        row.kind, row.unit = "duration", "giờ"
        _qualify(line, row, left)
    elif (
        clock.group(1)
        and row.raw.endswith("phút")
        and (
            (left.words and left.words[-1] in _DURATION_PREV)
            or _SPAN_OF_HOURS.search(left.before) is not None
            or "hời lượng" in left.before  # `Thời lượng pin đo được là 12 giờ 26 phút`
        )
        and not _DAYPART_AFTER.match(line, clock.end())
        and not line.startswith((" ngày", " cùng ngày", " hôm"), clock.end())
    ):  # `sau 1 giờ 21 phút`, `kéo dài tới 4 giờ 34 phút`: hours and minutes of a span
        row.kind, row.unit = "duration", "giờ"
        _qualify(line, row, left)
    elif clock.group(4) and (hour > 24 or int(clock.group(5)) > 59):
        row.kind = "count"
    else:
        dash = _DASH.match(line, row.end)
        upper = _CLOCK.match(line, dash.end()) if dash else None
        if upper:  # `9h15 - 11h00`: one time range
            row.value_max = float(upper.group(1) or upper.group(3) or upper.group(4))
            row.end = row.subj_from = upper.end()
            row.raw = line[row.start : row.end]
    return row


def _roman_keyword(before: str) -> str:
    """The kind the last words of `before` give a Roman numeral (`khóa`, `quý`), or ""."""
    words = [w.strip(_WORD_PUNCT) for w in before.lower().split()[-3:]]
    for k in (3, 2, 1):
        if len(words) >= k:
            kind = _ROMAN_KEYWORDS.get(" ".join(words[-k:]), "")
            if kind:
                return kind
    return ""


_ROMAN_LIST_TAIL = re.compile(r" (?:[IVXLC]+(?:/\d{4})?(?:, | và | hoặc ))+$")


# an office named by its number: `Cục quản lý đường bộ IV`, `Trung tâm Bảo trợ xã hội III`
_ORGAN_BEFORE = re.compile(
    r"(?<!\w)(?:Cục|Tổng cục|Chi cục|Trung tâm|Bệnh viện|Trường(?! hợp)|Sở|Vụ|Viện"
    r"|Quân khu|Quân đoàn|Sư đoàn|Ban)(?: [^\W\d_]+){1,6} $"
)


def _roman_token(line: str, match: re.Match[str]) -> list[_Row]:
    """A Roman numeral counts only after a keyword: `khóa XIV`, `quý IV/2020`, `thế kỷ XXI`."""
    text = match.group(1)
    numeral, _, year = text.replace("-", "/").partition("/")
    if not _ROMAN_VALID.fullmatch(numeral):
        return []
    value = parse_roman(numeral)
    if not value:
        return []
    start = match.start(1)
    before = line[max(0, start - 30) : start].rpartition("\n")[2]
    kind = _roman_keyword(before)
    if not kind and before.endswith((", ", " và ", " hoặc ")):
        wide = line[max(0, start - 60) : start].rpartition("\n")[2]
        if listed := _ROMAN_LIST_TAIL.search(wide):
            kind = _roman_keyword(wide[: listed.start()])  # `các quý I, II, III, IV`
    if not kind:
        if (
            len(numeral) < 2
            or numeral == "XL"  # `Ford Ranger XL`, `Keystone XL`: a trim or a name, not forty
            or not (_after_name(before) or _ORGAN_BEFORE.search(line, max(0, start - 50), start))
        ):
            return []
        kind = "identifier"
    row = _Row(start, match.end(), text, float(value), kind)
    if year:
        row.year = int(year)
        if kind == "ordinal":
            row.kind = "period"
    elif before.lower().endswith(("quý ", "quí ")) and (
        spelled := _YEAR_OF_PERIOD.match(line, row.end)
    ):
        row.year = int(spelled.group(1))  # `quý I năm 2017`: one period, as `quý I/2017`
        row.end = row.subj_from = spelled.end()
        row.raw = line[start : row.end]
    return [row]


# a photo credit just before: `Ảnh: Reuters `, `Ảnh: Thế Duyệt/TTXVN `
_PHOTO_CREDIT = re.compile(r"(?<!\w)Ảnh:? [^.!?:;]{1,30} $")


def _word_token(line: str, match: re.Match[str]) -> list[_Row]:
    """`hai người`, `mười lăm ngày`, `một nửa`, `hàng nghìn`: spelled numbers of quantity."""
    group = match.group(1)
    if group == "một":
        start = match.start(1) - 1
        if (
            line.endswith(("có ", "nhau "), 0, start)
            and not line.endswith(("muốn có ", "mong có ", "ước có "), 0, start)  # a wish
            and _MOT_CHILD.match(line, start + 3)
        ):
            row = _Row(start, start + 3, line[start : start + 3], 1.0)  # `có một con trai`
            row.unit = "con"
            return [row]
        if (
            (
                line[start - 4 : start] in (" và ", " có ")
                or line[start - 2 : start] == ", "
                or line.endswith(_AMONG_THEM, 0, start)
            )
            and not _MOT_AHEAD.match(line, start + 3)
            and not _CASUALTY.match(line, start + 3)
            and not _SPELLED_FRACTION.match(line, start + 3)  # `, một phần ba …`
            and not _spelled_points(line, start, start + 3, "một")  # `, một là …, hai là …`
            # `_ONLY_ONE` reads these
            and not line.endswith(("hỉ có ", "duy nhất có ", "ít nhất có "), 0, start)
        ):
            return [_Row(start, start + 3, "một", 1.0, _MOT_CANDIDATE)]  # see `_counted_mot`
    words = group.split()
    head = words[0].lower()
    if head in _BARE_SCALE_HEADS:
        return _bare_scale_token(line, match.start(1) - 1, words)
    if head == "nửa" and _DOZEN.match(line, match.start(1) + 2):
        start = match.start(1) - 1  # `hơn nửa tá bàn thắng`: half a dozen, one figure
        row = _dozen(line, start, start, start + 6, 6.0)
        _qualify(line, row, _Left(line, start))
        return [row]
    if head == "nửa" and line.endswith(("phân ", "Phân "), 0, match.start(1) - 1):
        start = match.start(1) - 6  # `phân nửa cổ phiếu`: one of two
        row = _Row(start, start + 8, line[start : start + 8], 1.0, "fraction")
        row.total = 2.0
        _qualify(line, row, _Left(line, start))
        return [row]
    if head not in _SPELLED_HEADS:
        if head in _PLACE_WORDS:  # `về nhì`, `hạng Nhất`, `hạng tư`: a place
            start = match.start(1) - 1  # (the match is in the text padded with a space)
            end = start + len(head)
            return [_Row(start, end, line[start:end], _PLACE_WORDS[head], "ordinal")]
        if head == "gấp":
            start = match.start(1) + 3  # (padded text) the word after `gấp `: a multiplier
            if words[1:] == ["rưỡi"]:
                row = _Row(start, start + 4, line[start : start + 4], 1.5)  # `tăng gấp rưỡi`
            elif len(words) == 1:
                row = _Row(start, start + 3, "đôi", 2.0)  # `gấp đôi`, like `gấp 2 lần`
            else:
                return []
            row.unit = "lần"
            return [row]
        return []
    start = match.start(1) - 1
    if head in ("hàng", "cả", "vài", "mấy", "nhiều", "tiền", "bạc"):
        if head == "mấy" and _NUMBER_BEFORE.search(line, max(0, start - 12), start):
            return []  # `mười mấy ngàn`, `2 mấy tỷ`: the number before leads
        return _order_token(line, start, words[0], words[1:])
    if head in ("thứ", "giải"):
        return _spelled_ordinal(line, start, words)
    fraction = _SPELLED_FRACTION.match(line, start + len(words[0]))
    if fraction and parse_spelled(head):
        row = _Row(start, fraction.end(), line[start : fraction.end()], parse_spelled(head))
        row.kind, row.total = "fraction", float(_SPELLED_PARTS[fraction.group(1)])
        _qualify(line, row, _Left(line, start))
        return [row]
    if words[1:2] == ["nửa"] and _idiom(line, start, words[0]):
        return []  # `một nửa yêu thương`: one's partner
    value = None
    while words:
        value = parse_spelled(" ".join(words))
        if value is not None:
            break
        words.pop()
    if value is None or not words:
        return []
    end = start + len(" ".join(words))
    single = len(words) == 1
    left = _Left(line, start)
    # the word before, within the clause (`Hằng năm, hai cơ quan`: not `năm hai`; but
    # `một, hai đứa con` is one phrase)
    prev = left.words[-1] if left.words else ""
    if (prev == "năm" or prev not in SPELLED_DIGITS) and left.before.rstrip()[-1:] in ",;:.!?":
        prev = ""
    if prev == "vòng" and single and (
        _BODY_ROUND.match(line, end) or left.words[-2:-1] == ["siêu"]
    ):
        return []  # `vòng hai săn chắc`: the waist, a body's measure named by its number
    if (
        (prev in _ORDINAL_PREV or left.words[-2:] == ["nguyện", "vọng"])  # `nguyện vọng hai`
        and single
        and (words[0].islower() or prev == "hạng")  # `hạng Hai`: the second division
        and head != "chín"  # `giai đoạn chín nhất`: ripest
        and not _TIME_UNIT_AFTER.match(line, end)  # `giai đoạn bảy ngày`: a span of days
        and left.words[-2:] != ["trong", "vòng"]  # `trong vòng ba thập kỷ`: within
        # `triệu tập năm người`, `bài tập`: the verb and the noun, not an episode
        and left.words[-2:-1] not in (["triệu"], ["luyện"], ["học"], ["bài"])
        and not line.startswith(" lần", end)  # `đổi bài tập một lần`: once
    ):
        return [_Row(start, end, line[start:end], value, "ordinal")]  # `vòng hai`, `lượt ba`
    if (
        prev == "số"
        and single
        and (head == "một" or (head in ("hai", "ba") and _RANK_SCOPE.match(line, end)))
        and left.words[-2:-1] not in (["con"], ["các"], ["những"], ["tổng"], ["trong"])
    ):  # `đội bóng số một Italy`, `vị trí số hai thế giới`: a rank
        return [_Row(start, end, line[start:end], value, "ordinal")]
    if (
        single
        and head == "một"
        and (
            (prev == "lớp" and left.words[-2:-1] != ["mỗi"])
            or (prev == "cấp" and left.words[-2:-1] in (["trường"], ["học"], ["tuổi"]))
        )
    ):
        return [_Row(start, end, line[start:end], value, "identifier")]  # `vào lớp một`
    if single and head == "ba" and line.startswith(" khía", end):
        return [_Row(start, end, line[start:end], value, "identifier")]  # `gỏi ba khía`: a crab
    if prev == "cấp" and single and left.words[-2:-1] and left.words[-2] in _SCHOOL_LEVEL_PREV:
        return [_Row(start, end, line[start:end], value, "identifier")]  # `nhà cấp bốn`
    if (
        single
        and words[0][0].isupper()
        and line.startswith(": ", end)
        and (not left.before.strip() or left.before.rstrip()[-1] in ".;")
    ):  # `… của TP. Hai: Không thu gom …; Bốn: Xả nước thải …`: points of a list
        return [_Row(start, end, line[start:end], value, "ordinal")]
    word = _NEXT_WORD.match(line, end) or _QUOTED_WORD.match(line, end)  # `hai “cao thủ”`
    if word is None:
        if words[-1] == "nửa" and len(words) == 2:  # `bằng một nửa, …`
            row = _Row(start, end, line[start:end], 1.0, "fraction")
            row.total = 2.0
            return [row]
        return []
    nxt = word.group(1)
    if single and head == "một" and nxt in ("đêm", "buổi") and _night_span(line, start, end):
        row = _Row(start, end, line[start:end], 1.0, "duration")
        row.unit, row.subj_from = nxt, word.end(1)
        return [row]
    if (
        single
        and nxt == "là"
        and (
            (
                words[0][0].isupper()
                and line.startswith((" là,", " là:"), end)
                and (not left.before.strip() or left.before.rstrip()[-1] in _SENTENCE_OPENERS)
            )
            or _spelled_points(line, start, end, head)
        )
    ):
        return [_Row(start, end, line[start:end], value, "ordinal")]  # `Một là, …; Hai là, …`
    if (
        nxt[0].isupper()
        and not nxt.isupper()
        and (
            words[0][0].isupper()
            or nxt in _NAME_AFTER_SPELLED
            or (single and head == "ba" and nxt not in _BODIES and prev != "bộ")  # `ba Angela`
        )
    ):
        return []  # Ba Đình, Hai Bà Trưng, Lầu Năm Góc; but `hai Đảng`, `hai Bộ` count
    if (
        single
        and nxt in ("đến", "tới", "hoặc", "hay")
        and (
            not words[0][0].isupper()
            or not left.before.strip()
            or left.before.rstrip()[-1] in _SENTENCE_OPENERS
        )
    ):
        upper = _SPELLED_UPPER.match(line, word.end())
        high = parse_spelled(upper.group(1)) if upper else None
        if high is not None and high > value and (nxt in ("đến", "tới") or high <= value + 2):
            # `hai đến ba lần`, `hai hoặc ba võ sư`
            row = _Row(start, upper.end(1), line[start : upper.end(1)], value)
            row.value_max = high
            if not _after_number(line, row, left):
                _count_unit(line, row)
            _qualify(line, row, left)
            return [row]
    among = (  # `ba trong số bốn`, `chỉ có một trong số chúng`
        nxt == "trong"
        and (value >= 2 or line.endswith(("hỉ có ", "hỉ "), 0, start))
        and _AMONG_COUNTED.match(line, end) is not None
    )
    if (
        single
        and not among
        and (
            (
                nxt in _SPELLED_SKIP_NEXT.get(head, ())
                # `bốn năm người`: four or five; but `trong bốn năm tới`: four years
                and not (nxt == "năm" and _YEARS_SPAN_AFTER.match(line, word.end(1)))
                and not (head == "ba" and _SIBLINGS.match(line, end))  # `ba anh em`: three
                and not (head == "ba" and line.startswith(" mẹ con", end))  # `ba mẹ con chị`
            )
            or (
                nxt in _SPELLED_STOP
                and not line.startswith(_STOP_NOUNS, word.start(1))
                and not (head == "một" and nxt == "hoặc")  # `một hoặc 2 giọt`
                and not (  # `hai chỉ vàng`; but `thịt ba chỉ` is pork belly
                    nxt == "chỉ"
                    and _GOLD_CHI.match(line, end)
                    and "vàng" in line[max(0, start - 60) : end + 60]
                )
            )
            # `mít chín ruột`: ripe, not nine (but `dài chín dặm`)
            or (head == "chín" and nxt not in _CLASSIFIERS and not _strong_unit(line, end))
        )
        and not (nxt == "bị" and _ACCUSED.match(line, word.end(1)))
    ):
        return []
    if (
        words[0][0].isupper()
        and left.before.strip()
        and left.before.rstrip()[-1] not in _SENTENCE_OPENERS
        and (
            not (  # `Ảnh minh họa Hai nhà ngoại giao …`: a caption run into the next sentence
                prev not in _CAPITAL_NUMBER_PREV
                and (
                    nxt in _CLASSIFIERS
                    or nxt in _COUNT_UNITS
                    or (nxt[0].islower() and _PHOTO_CREDIT.search(left.before) is not None)
                )  # `Ảnh: Reuters Hai nguồn tin cho biết`
            )
            or left.before.rstrip().rpartition(" ")[2] in _MIDDLE_NAMES  # `Phan Văn Sáu giải trình`
        )
    ):
        return []  # tháng Hai
    if single and value == 2 and nxt == "mảnh" and prev in ("bikini", "đồ", "áo", "váy"):
        return [_Row(start, end, line[start:end], value, "identifier")]  # `bikini hai mảnh`
    if (
        single
        and value in (2, 3, 4)
        and nxt in ("bánh", "mảnh")
        and _numbered_class(line, end, left)
    ):
        return [_Row(start, end, line[start:end], value, "identifier")]  # `dẫn động bốn bánh`
    only_one = (
        single
        and head == "một"
        and (
            prev == "chỉ"
            or left.words[-2:] in (["duy", "nhất"], ["ít", "nhất"], ["chỉ", "có"])
            or left.words[-3:] in (["duy", "nhất", "có"], ["ít", "nhất", "có"])
        )
    ) or (single and head == "một" and nxt == "lần" and _once(line, start))
    per = (
        single
        and head == "một"
        and _TIME_UNIT_AFTER.match(line, end) is not None
        and _MOT_PER.search(left.before) is not None
    )
    if (
        prev in _SPELLED_SKIP_PREV
        and not only_one
        and not per  # `5 ngày một tuần`, `3 lần một ngày`: a rate
        # `hai trong số ba cầu thủ`, `Trong số ba mẫu xe`
        and not (prev == "số" and left.before.endswith(("trong số ", "Trong số ")))
        and not (prev == "tháng" and nxt == "lần")
        and left.words[-2:] != ["ít", "nhất"]  # `ít nhất hai binh sĩ`: at least two
        and not (prev == "cả" and head == "nửa")  # `chứa cả nửa kg`: as much as half
        and not (nxt == "trai" and _SON_AND_DAUGHTER.match(line, start))  # `con - một trai`
    ):
        return []  # but `hàng tháng hai lần`: twice a month
    if head == "năm" and single and (prev in _EVERY_OR_PART or _MONTH_NUMBER.search(left.before)):
        return []  # `mọi năm người chen chúc`: every year; `tháng 9 năm dự tuyển`: the year
    if words[0] == "Năm" and single and nxt in _PERSONS and "tuổi" in line[end : end + 30]:
        return []  # `Năm ông Hường lên 13 tuổi`: the year when, not five
    if (
        single
        and head == "một"
        and (
            line.startswith((" năm mới", " ngày tháng"), end)
            or (nxt == "năm" and _YEAR_IS.search(left.before))
            or (nxt == "năm" and _YEAR_DIGITS_AFTER.match(line, word.end(1)))
        )
    ):
        return []  # `một năm mới`, `2020 là một năm khó khăn`, `một năm 2016 thành công`: "a"
    if single and head == "một" and prev == "vòng" and _ELECTION_ROUND.match(line, end):
        return [_Row(start, end, line[start:end], 1.0, "ordinal")]  # `vòng một cuộc bầu cử`
    if (
        single
        and head == "một"
        and not only_one
        and not (
            left.qualifier in _MOT_QUALIFIERS
            or _MOT_TIME_AFTER.match(line, end)
            or _CASUALTY.match(line, end)
            or per
            or (_MOT_SPAN_BEFORE.search(left.before) and _MOT_SPAN_UNIT.match(line, end))
            or (nxt == "con" and prev in ("mẹ", "bố"))  # `bà mẹ một con`
            or _SON_AND_DAUGHTER.search(line, max(0, start - 10), end + 16) is not None
            or (prev in _MOT_SCORE_PREV and _MOT_SCORE.match(line, end))
            or nxt in ("hoặc", "nhát")  # `một hoặc 2 giọt`, `đâm một nhát` (the token's
            # pattern checked the rest)
            or (nxt == "tuổi" and _YEAR_OF_AGE.match(line, end) is not None)  # `tròn một tuổi`
            or _MOT_COUNTED_AFTER.match(line, end)  # `một xe khách và hai xe máy`
        )
    ):
        if (
            line[start - 4 : start] in (" và ", " có ")
            or line[start - 2 : start] == ", "
            or line.endswith(_AMONG_THEM, 0, start)
        ):
            return [_Row(start, end, line[start:end], 1.0, _MOT_CANDIDATE)]  # see `_counted_mot`
        return []  # the indefinite article
    if words[0][0].isupper() and _quoted_title(line, start, end):
        return []  # `trong "Ba hồi trống"`: the title of a work
    if single and _idiom(line, start, words[0]):
        return []
    if words[-1].lower() == "nửa" and line.endswith(("liệt ", "Liệt "), 0, start):
        return []  # `liệt một nửa người`: hemiplegia, not half of anyone
    if head == "nửa" and line.endswith("lạng, người ", 0, start):
        return []  # `kẻ tám lạng, người nửa cân`: evenly matched, a saying
    row = _Row(start, end, line[start:end], value)
    if words[-1].lower() == "nửa" and not (
        single and (_HALF_TIME.match(line, end) or _HALF_MEASURE.match(line, end))
    ):  # (`sâu hơn nửa mét`: a measure of 0.5)
        row.kind, row.value, row.total = "fraction", 1.0, 2.0  # `một nửa`: one of two
        _qualify(line, row, left)
        return [row]
    if not _after_number(line, row, left):
        if single and _set_phrase(line, row):
            row.kind = "identifier"  # `san hô bốn chùm`
            return [row]
        _count_unit(line, row)
    _qualify(line, row, left)
    return [row]


def _night_span(line: str, start: int, end: int) -> bool:
    """`chỉ sau một đêm`, `ngâm trong một đêm,`: `một đêm`/`một buổi` as a span of time."""
    before = _NIGHT_BEFORE.search(line, max(0, start - 16), start)
    return before is not None and (before.group(1) is not None or _NIGHT_AFTER.match(line, end))


def _quoted_title(line: str, start: int, end: int) -> bool:
    """Whether a spelled number opens a short quotation (`“Ba đóa hoa”`): a title, not a count."""
    quote = line[start - 1 : start]
    if quote not in ("“", '"'):
        return False
    close = line.find("”" if quote == "“" else '"', end, end + 30)
    return close > 0 and not any(c in ".!?" for c in line[end:close])


def _spelled_points(line: str, start: int, end: int, head: str) -> bool:
    """`hai yêu cầu: một là …, hai là …`: points of a list written in words, one after the
    other in one paragraph."""
    if head == "một":
        return (
            _NEXT_POINT.search(line, end, end + 300) is not None
            or _POINTS_BEFORE.search(line, max(0, start - 70), start) is not None
        )
    if head == "hai":
        return _FIRST_POINT.search(line, max(0, start - 300), start) is not None
    return False


_FIRST_POINT_WORDS = re.compile(r"(?:[Tt]hứ nhất|[Đđ]ầu tiên|[Tt]rước hết|[Tt]rước tiên)(?!\w)")


def _spelled_ordinal(line: str, start: int, words: list[str]) -> list[_Row]:
    """`lần thứ ba`, `Bí thư thứ nhất`, `giải Nhì`; weekdays (`sáng thứ Hai`) are not figures."""
    word = " ".join(words[1:])
    value = _ORDINAL_WORDS.get(word.lower())
    if not value:
        return []
    if word == "tư" and _TU_COMPOUND.match(line, start + len(" ".join(words))):
        return []  # `những thứ tư liệu`: the word `tư liệu`, no fourth
    left = _Left(line, start)
    prev = left.words[-1] if left.words else ""
    after = start + len(" ".join(words))
    listed = (  # `Thứ nhất, Apple …; Thứ hai, nếu …`: points of an argument, not weekdays
        words[0] == "Thứ"
        and word.islower()
        and (
            line.startswith(",", after)
            # `Đầu tiên là màn hình … Thứ hai là …`
            or (
                line.startswith(" là ", after)
                and _FIRST_POINT_WORDS.search(line, max(0, start - 1500), start) is not None
            )
        )
    ) and not _DATE_AFTER_WEEKDAY.match(line, after)
    if (
        words[0].lower() == "thứ"
        and not listed
        and word.lower() not in ("nhất", "nhì")  # never a weekday: `Bí thư Thứ nhất`
        and (
            prev in _WEEKDAY_PREV
            or word[0].isupper()
            or words[0][0].isupper()
            or _DATE_AFTER_WEEKDAY.match(line, after)
            or _SPELLED_WEEKDAY_BEFORE.search(line, max(0, start - 60), start)
            or line.startswith((" hàng tuần", " mỗi tuần"), after)  # `21h thứ tư hàng tuần`
        )
    ):
        return []  # (`vào thứ ba, thứ tư, thứ sáu`: the days after the first, listed)
    begin = start + len(words[0]) + 1
    return [_Row(begin, begin + len(word), word, float(value), "ordinal")]


_TU_COMPOUND = re.compile(r" (?:liệu|nhân|duy|vấn|cách|pháp|tưởng|bản|thục|lợi)(?!\w)")
# a list of weekdays opened by a day word: `vào thứ ba, thứ tư, thứ sáu` (not `lần thứ năm
# và thứ sáu`, `vị trí thứ hai và thứ ba`: ranks)
_SPELLED_WEEKDAY_BEFORE = re.compile(
    r"(?:vào|các|ngày|sáng|chiều|tối|trưa|hôm|từ|đến) thứ (?:hai|ba|tư|năm|sáu|bảy)"
    r"(?:,? (?:và |hoặc |hay )?thứ (?:hai|ba|tư|năm|sáu|bảy))*,? (?:và |hoặc |hay )?$"
)
_ACCUSED = re.compile(r" (?:cáo|can|hại|đơn)(?!\w)")  # `hai bị cáo`: people, not `hai bị bắt`
_PLACE_WORDS = {"nhất": 1.0, "nhì": 2.0, "tư": 4.0}
_COMMA_PAIR = re.compile(r"(\d),(\d|10)")
_PAIR_UNITS = frozenset({"lần", "bữa", "năm", "tháng", "tuần", "ngày", "tuổi"})
_DECIMAL_PREV = frozenset("tăng gấp giảm vượt hơn là bằng đạt còn".split())


def _comma_pair(row: _Row, left: _Left) -> None:
    """`ốm đến 2,3 lần`, `khoảng 7,8 năm trước`: two next digits glued by a comma before a
    time word or `lần` say "two or three", a range; not a decimal (`tăng 2,3 lần`, `4,5 năm`)."""
    pair = _COMMA_PAIR.fullmatch(row.raw)
    if (
        pair
        and row.unit in _PAIR_UNITS
        and (int(pair[2]) == int(pair[1]) + 1 or pair[0] == "5,10")  # (`trong 5,10 năm tới`)
        and pair[2] != "5"
        and pair[1] != "0"
        and left.words
        and left.words[-1] not in _DECIMAL_PREV
    ):
        row.value, row.value_max = float(pair[1]), float(pair[2])


_HALF_MEASURE = re.compile(
    r" (?:mét|km|cây số|cân|kg|tấn|tạ|độ|milimét|mm|cm|lít|ml|lạng|ký|inch|gam)(?!\w)"
)
_HALF_TIME = re.compile(  # `nửa tháng`, `khoảng nửa phút`
    r" (?:tháng|năm|giờ|tiếng|phút|giây|thế kỷ|thập kỷ|ngày|tuần)(?!\w)"
)
_BARE_SCALE_HEADS = frozenset({"chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"})
_NUMBER_BEFORE = re.compile(r"(?:\d|mười|mươi|trăm) $")


def _scale_row(line: str, start: int, words: list[str], left: _Left) -> tuple[_Row, bool] | None:
    """The row of the scale words that open `words` (`chục nghìn`) at `start`, with the unit
    or currency after them; None when none opens it. True when what follows set the kind."""
    scales = list(itertools.takewhile(lambda word: word.lower() in MULTIPLIERS, words))
    if not scales:
        return None
    text = " ".join(scales)
    row = _Row(start, start + len(text), text, _scale_factor(text))
    right = _RIGHT.match(line, row.end)
    decided = right is not None and _apply_right(line, row, left, right)
    if not decided:
        _count_unit(line, row)
    return row, decided


def _bare_scale_token(line: str, start: int, words: list[str]) -> list[_Row]:
    """`hơn chục năm`, `chưa đầy ngàn tỉ đồng`: a round number written as scale words alone."""
    if start >= 2 and line[start - 2].isdigit():
        return []  # `5 trăm triệu`: the digits lead
    if line[start - 1 : start] == "(" or line.endswith(("vị: ", "Đơn vị ", "đơn vị "), 0, start):
        return []  # `Học phí (triệu đồng)`, `đơn vị: triệu USD`: a column's unit
    if words[0] == "triệu" and _NUMBER_TO.search(line, max(0, start - 12), start):
        return []  # `từ 5 đến triệu đồng`: a figure left out, not a million
    if words[0] == "triệu" and _NUMBER_WORD_BEFORE.search(line, max(0, start - 16), start):
        return []  # `tương 34,54 đương triệu đồng`: a garbled `34,54 triệu`, not a million
    left = _Left(line, start)
    found = _scale_row(line, start, words, left)
    if found is None:
        return []
    row = found[0]
    _qualify(line, row, left)
    return [row]


_DOZEN = re.compile(r" tá(?!\w)")


def _dozen(line: str, start: int, q_start: int, end: int, value: float) -> _Row:
    """The row of a dozen ending at `end`: `hàng tá kỷ lục`, `nửa tá bàn thắng`."""
    row = _Row(start, end, line[start:end], value)
    row.q_start = q_start
    _count_unit(line, row)
    return row


def _order_token(line: str, start: int, head: str, words: list[str]) -> list[_Row]:
    """`hàng nghìn người`, `cả chục ngày`: an order of magnitude, qualifier order_of."""
    begin = start + len(head) + 1
    if _DOZEN.match(line, begin - 1):  # `hàng tá scandal`: dozens
        row = _dozen(line, begin, start, begin + 2, 12.0)
        row.qualifier = "order_of"
        return [row]
    found = _scale_row(line, begin, words, _Left(line, begin))
    if found is None:
        return []
    row, decided = found
    if not decided and head.lower() in ("tiền", "bạc"):
        row.kind, row.unit = "money", "VND"  # `xe tiền tỷ`, `giá tiền triệu`, `bạc tỷ`
    row.qualifier = "order_of"
    row.q_start = start
    return [row]


_CHANGE_GAPS = frozenset(
    {"xuống", "xuống còn", "lên", "lên tới", "lên mức", "xuống mức", "đến", "tới"}
)


def _names_listed_before(line: str, rows: list[_Row], i: int) -> bool:
    """`đơn vị bầu cử số 1, 2, 3 và 4`, `quận 1, 4, 6, 7, 8`: row `i` goes on a comma list
    that an identifier or an ordinal opens."""
    while i and line[rows[i - 1].end : rows[i].start].strip() == ",":
        i -= 1
        if rows[i].kind in ("identifier", "ordinal"):
            return True
    return False


def _name_before(line: str, start: int) -> str:
    """The capitalised words just before `start` (`Triệu Sơn`, `Nokia`), brackets skipped."""
    words = line[max(0, start - 40) : start].rstrip(" (").split(" ")
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))
    return " ".join(reversed(name))


def _two_places(line: str, first: int, second: int) -> bool:
    """Whether the names before two numbers differ and are not both acronyms: `Nokia 5 và
    Nokia 6`, `Vĩnh Tân 3, Vĩnh Tân 4` (one name's models) and `SSAE 18, SOC 2` (standards)
    are no tally by place."""
    a, b = _name_before(line, first), _name_before(line, second)
    return a != b and not (a.isupper() and b.isupper())


def _share_units(line: str, rows: list[_Row]) -> None:
    """`3 và 5 tỷ đồng`, `20, 30%`: a bare number takes the unit of the next one."""
    tally = False
    for row, nxt in zip(rows, rows[1:], strict=False):
        if (
            row.kind == "age"
            and nxt.kind == "duration"
            and nxt.unit in ("tháng", "ngày")
            and line[row.subj_from : nxt.start].strip() == ","
        ):
            nxt.kind = "age"  # `17 tuổi, 5 tháng, 6 ngày`: one age in parts
        if (
            (row.named or (row.kind == "count" and not row.unit and line[row.end] == ")"))
            and nxt.named
            and (
                _NAME_LIST_GAP.fullmatch(line, row.end, nxt.start)
                or (tally and _TALLY_END.fullmatch(line, row.end, nxt.start))
            )
            and not line.endswith(_EVENT_NAMES, 0, row.start)
            and not line.endswith(_EVENT_NAMES, 0, nxt.start)
            and _two_places(line, row.start, nxt.start)
        ):
            row.kind = nxt.kind = "count"  # `Lý Nhân 337, Bình Lục 15`: a tally by place
            tally = True
        else:
            tally = False
    for i in range(len(rows) - 2, -1, -1):
        row, nxt = rows[i], rows[i + 1]
        if row.kind not in ("count", "date") or row.unit or row.total is not None:
            continue
        if (nxt.q_start if nxt.qualifier == "order_of" else nxt.start) - row.end > 8:
            if not (  # `hàng trăm, thậm chí hàng ngàn USD`
                row.qualifier == "order_of"
                and line[row.end : nxt.q_start].strip() == ", thậm chí"
                and nxt.kind == "money"
            ):
                continue  # no allowed gap (`, và`, `hoặc`) is longer
            gap = ","
        else:  # (`hàng chục, hàng trăm triệu`: the gap ends where `hàng` opens the next)
            gap = line[row.end : nxt.q_start if nxt.qualifier == "order_of" else nxt.start]
            gap = gap.strip()
        if gap not in ("", ",", "và", "hoặc", "hay", ", và", "-", "–") and not (
            gap in _CHANGE_GAPS
            and nxt.kind in ("percent", "money", "measure", "duration")
            and line.endswith("từ ", 0, row.start)
        ):  # `giảm từ 40 xuống 30%`, `từ 0 lên 100 km/h`: both ends have the unit
            continue
        if (
            gap == ","
            and row.kind == "count"
            # `1, 2 năm`, `như 25, 26 tuổi`, `5, 10 năm tới`
            and (nxt.value == row.value + 1 or (row.value, nxt.value) == (5, 10))
            and (row.value < 10 or nxt.kind == "age")
            and row.raw.isdigit()
            and nxt.raw.isdigit()
            and nxt.kind in ("duration", "count", "age")
            and nxt.value_max is None
            # `(điểm 6, 7)`, `điểm 7, 8, 9`: marks listed, not a range
            and not _MARKS_BEFORE.search(line, max(0, row.start - 24), row.start)
            and not _names_listed_before(line, rows, i)
            # `6-2, 3-6`: the scores of two sets
            and line[row.start - 1 : row.start] not in ("-", "–")
            and line[nxt.end : nxt.end + 1] not in ("-", "–")
        ):
            row.kind, row.unit, row.value_max = nxt.kind, nxt.unit, nxt.value  # `1, 2 năm`
            row.end, row.subj_from = nxt.end, nxt.subj_from
            row.raw = line[row.start : row.end]
            del rows[i + 1]
            continue
        if (
            nxt.kind == "date"
            and nxt.month is not None
            and nxt.day is not None
            and row.raw.isdigit()
            and is_day_month(int(row.value), nxt.month)
            and (row.kind == "date" or row.value_max is None)
        ):
            row.kind, row.day, row.month, row.year = "date", int(row.value), nxt.month, nxt.year
            row.date_iso = iso_date(row.year, row.month, row.day) if row.year else None
        elif row.kind == "count" and nxt.kind in ("percent", "money", "measure", "age", "duration"):
            row.kind, row.unit = nxt.kind, nxt.unit
        if row.kind == nxt.kind and gap not in ("", "-", "–") and _NUM_RE.fullmatch(row.raw):
            factor = _scale_of(nxt.raw)  # `3 và 5 tỷ đồng`, `45 và 49 triệu khách`
            if factor == 1 and _NUM_RE.fullmatch(nxt.raw) and (base := parse_digits(nxt.raw)):
                factor = nxt.value / base  # `10, 12, 14 triệu`: the scale `12` took already
            if factor > 1 and row.value < 1000 and row.value * factor <= nxt.value * 1000:
                row.value = round(row.value * factor, 6)
        elif (
            row.kind == nxt.kind
            and row.qualifier == "order_of"
            and row.raw in ("chục", "trăm")
            and (last := nxt.raw.rsplit(" ", 1)[-1].lower()) in _BIG_SCALES
            and " " in nxt.raw
        ):
            row.value *= MULTIPLIERS[last]  # `hàng chục, thậm chí hàng trăm nghìn USD`
    for prev, row in zip(rows, rows[1:], strict=False):
        if (row.kind != "count" and row.kind != "year") or row.start - prev.end > 8:
            continue  # every rule below turns a count (or a decade's year) after a short gap
        if (
            prev.kind in ("ordinal", "identifier", "age")
            and row.kind == "count"
            and not row.unit
            and row.raw.isdigit()
            and len(row.raw) <= 3
            and prev.raw.isdigit()
            and (
                line[prev.end : row.start].strip() in (",", "và", "&", "hay", "hoặc")
                or (  # `từ vị trí 91 lên 82`: the new rank
                    prev.kind == "ordinal"
                    and line[prev.end : row.start].strip() in ("lên", "xuống")
                    and "từ " in line[prev.start - 20 if prev.start > 20 else 0 : prev.start]
                )
            )
            and not _counted_noun_after(line, row.end)
            and not _RATE_NOUN_AFTER.match(line, row.end)  # `khổ A4, 13 trang/phút`
            and not line.startswith((" F0", " F1", " F2", " F3"), row.end)  # `32 F1, 200 F2`
        ):  # `tầng 4, 3, 2`, `Nhơn Trạch 3 & 4`, `tay vợt số 3 hay 4 thế giới`
            row.kind, row.unit = prev.kind, prev.unit
        if (
            prev.kind == "period"
            and row.raw.isdigit()
            and prev.raw.isdigit()
            and (
                (row.kind == "count" and row.value < 100 and prev.value < 100)
                or (row.kind == "year" and row.value % 10 == 0 and prev.value % 10 == 0)
            )
            and line[prev.end : row.start].strip() in (",", "và")
        ):
            row.kind = "period"  # `thập niên 80 và 90`, `những năm 1950 và 1960`
        if (
            prev.kind == "date"
            and prev.day is None
            and prev.month is not None
            and row.kind == "count"
            and row.raw.isdigit()
            and 1 <= row.value <= 12
            and line[prev.end : row.start].strip() in (",", "và", "hoặc")
            and not (prev.year is not None and "/" in prev.raw)  # `tháng 4/1943, 4 thiếu niên`
        ):
            row.kind, row.month, row.year = "date", int(row.value), prev.year  # `tháng 5, 6`
            row.date_iso = iso_date(row.year, row.month) if row.year else None
        elif (
            prev.kind == "date"
            and prev.day is not None
            and prev.month is None
            and row.kind == "count"
            and row.raw.isdigit()
            and 1 <= row.value <= 31
            and not row.unit
            and line[prev.end : row.start].strip() in (",", "và", "hoặc", "hay")
        ):
            row.kind, row.day = "date", int(row.value)  # `ngày 18 hay 20`


# ----------------------------------------------------------------------------------------------
# Sentence, subject and predicate
# ----------------------------------------------------------------------------------------------


def _sentence_starts(text: str, line_starts: list[int]) -> list[int]:
    """Start offsets of the sentences of a text; every line (at `line_starts`) starts one."""
    stops = _SENTENCE_START if "!" in text or "?" in text or "…" in text else _SENTENCE_START_DOT
    bounds = [m.end() for m in stops.finditer(text)]
    bounds += line_starts
    bounds.sort()
    return bounds


def _subject(line: str, pos: int, stop: int) -> str:
    """The noun phrase after a number: up to four words, cut at function words."""
    run = _SUBJECT_RUN.match(line, pos, stop)
    if not run:
        return ""
    phrase = run.group(1)  # at most four words
    lowered = phrase.lower().split(" ")
    if _SUBJECT_STOP.isdisjoint(lowered):
        return phrase
    for i, word in enumerate(lowered):
        if word in _SUBJECT_STOP:
            return " ".join(phrase.split(" ")[:i])
    return phrase


def _predicate(line: str, sent_start: int, pos: int) -> str:
    """The words before a number in its clause, from the verb on (`kết nạp được`)."""
    low = pos - 60
    clause = line[sent_start if sent_start > low else low : pos]
    n = _CLAUSE_BACK.match(clause[::-1]).end()
    if not n:
        return ""
    words = clause[-n:].split()[-6:]
    if _ASPECT.isdisjoint(words):
        return " ".join(words[-5:])
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _ASPECT:
            return " ".join(words[i + 1 :])
    return " ".join(words[-5:])
