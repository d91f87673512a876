"""`sheets.load_table`: a journalist's CSV / Excel table (title row, `;` and decimal commas,
N/A markers, notes, legacy encodings) → typed DataFrame plus a log; the file is not touched."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.encodings import cp1252_view, unicode_to_tcvn3
from toolkit.sheets import SheetError, load_table, parse_number

# Figures of the seed article (Báo Lạng Sơn, 18/01/2022), as a desk would tabulate them.
SHEET = """BẢNG 1. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG 9 THÁNG NĂM 2020

Nội dung;Mã;Số lượng;Tỷ lệ;Ngày báo cáo;Kinh phí
Kết nạp đảng viên mới;001;99;15,3%;12/10/2020;1.030.000
Kiểm tra, giám sát tổ chức và đảng viên;002;25;N/A;12/10/2020;2,5 triệu
  Thi hành   kỷ luật đảng viên ;003;-;9,4%;12/10/2020;-

Nguồn: Đảng ủy Khối các cơ quan tỉnh Lạng Sơn
"""


def check_seed_sheet(sheet):
    data = sheet.data
    assert list(data.columns) == ["Nội dung", "Mã", "Số lượng", "Tỷ lệ", "Ngày báo cáo",
                                  "Kinh phí"]  # fmt: skip
    assert data["Nội dung"].tolist()[2] == "Thi hành kỷ luật đảng viên"
    assert data["Mã"].tolist() == ["001", "002", "003"]
    assert data["Số lượng"].tolist()[:2] == [99, 25] and data["Số lượng"].isna().tolist()[2]
    assert data["Tỷ lệ"].dropna().tolist() == [15.3, 9.4]
    assert data["Ngày báo cáo"].tolist() == [dt.date(2020, 10, 12)] * 3
    assert data["Kinh phí"].dropna().tolist() == [1030000, 2500000]
    assert sheet.notes == ["Nguồn: Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"]
    actions = {(c.column, c.action) for c in sheet.log}
    assert ("*", "skipped title rows above the header") in actions
    assert ("Mã", "kept as text: codes with leading zeros") in actions
    assert ("Tỷ lệ", "dropped the % sign (values are percentages)") in actions
    assert ("Số lượng", "read missing-value markers (-, N/A, ...) as empty") in actions
    assert ("Ngày báo cáo", "read day-first dates") in actions


def test_csv_with_title_row_decimal_commas_and_notes(tmp_path):
    path = tmp_path / "bang1.csv"
    path.write_text(SHEET, encoding="utf-8")
    before = path.read_bytes()
    check_seed_sheet(load_table(path))
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (unicode_to_tcvn3, "tcvn3"),
        (lambda text: cp1252_view(unicode_to_tcvn3(text)).encode("utf-8"), "utf-8+tcvn3"),
        (lambda text: text.replace(";", "\t").encode("utf-16"), "utf-16"),
    ],
)
def test_legacy_and_excel_unicode_exports(tmp_path, encode, encoding):
    path = tmp_path / "bang1.csv"
    path.write_bytes(encode(SHEET))
    sheet = load_table(path)
    assert sheet.encoding == encoding
    assert ("*", f"decoded the file as {encoding}") in {(c.column, c.action) for c in sheet.log}
    check_seed_sheet(sheet)


def test_xlsx_with_numbers_dates_and_a_legacy_font_cell(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["SỐ LIỆU CÔNG TÁC ĐẢNG"])
    ws.append(["Nội dung", "Số lượng", "Ngày"])
    ws.append(["Kết nạp đảng viên mới", 99, dt.datetime(2020, 10, 12)])
    ws.append([cp1252_view(unicode_to_tcvn3("Khen thưởng điển hình")), "66", "12/10/2020"])
    path = tmp_path / "bang.xlsx"
    book.save(path)
    sheet = load_table(path)
    assert sheet.data["Nội dung"].tolist() == ["Kết nạp đảng viên mới", "Khen thưởng điển hình"]
    assert sheet.data["Số lượng"].tolist() == [99, 66]
    assert sheet.data["Ngày"].tolist() == [dt.date(2020, 10, 12)] * 2
    assert any("legacy font" in c.action for c in sheet.log)


def test_type_overrides_and_bad_input(tmp_path):
    path = tmp_path / "bang1.csv"
    path.write_text(SHEET, encoding="utf-8")
    assert load_table(path, types={"Mã": "number"}).data["Mã"].tolist() == [1, 2, 3]
    assert load_table(path, types={"Số lượng": "text"}).data["Số lượng"].dtype == "string"
    with pytest.raises(SheetError, match="no column named Ma"):
        load_table(path, types={"Ma": "number"})
    pdf = tmp_path / "bang1.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(SheetError, match="bang1.pdf: not a CSV"):
        load_table(pdf)
    fake = tmp_path / "bang1.xlsx"
    fake.write_text(SHEET, encoding="utf-8")
    with pytest.raises(SheetError, match="bang1.xlsx: not a readable Excel sheet"):
        load_table(fake)
    with pytest.raises(SheetError, match="no such file"):
        load_table(tmp_path / "missing.csv")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.030", 1030), ("99.321", 99321), ("9,4", 9.4), ("2,000", 2000), ("3.3", 3.3),
        ("1.234.567,8", 1234567.8), ("1,234,567.8", 1234567.8), ("15,3%", 15.3),
        ("(1.200)", -1200), ("-7", -7), ("2,5 tỷ", 2.5e9), ("9,4 triệu", 9.4e6),
        ("24.000 USD", 24000), ("12.34.5", None), ("Hà Nội", None), ("", None),
    ],
)  # fmt: skip
def test_parse_number(text, value):
    assert parse_number(text) == value
