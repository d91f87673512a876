"""Display: the blocks of an article report as HTML, with every piece of article text escaped."""

from __future__ import annotations

import datetime as dt
from html import escape

import pandas as pd
from IPython.display import HTML, SVG

from toolkit import __version__
from toolkit.charts import bar_counts, describe_counts, to_svg
from toolkit.formatting import QUALIFIER_WORDS, format_date, format_figure
from toolkit.narrative import STATISTICS, summary

SOURCE_NAMES = {"baolangson": "Báo Lạng Sơn", "dantri": "Dân trí", "baomoi": "Báo Mới"}
KIND_NAMES = {
    "count": "số lượng",
    "percent": "tỷ lệ",
    "money": "tiền",
    "measure": "đo lường",
    "fraction": "phân số",
    "date": "ngày",
    "year": "năm",
    "period": "giai đoạn",
    "duration": "thời lượng",
    "time": "giờ",
    "age": "tuổi",
    "ordinal": "thứ tự",
    "identifier": "tên, mã",
}


def source_name(article: pd.Series) -> str:
    """The outlet's name as readers know it, else its code, else the URL's host."""
    return SOURCE_NAMES.get(article["source"], article["source"] or article["url"] or "")


def headline(article: pd.Series) -> HTML:
    """Title, page date, outlet and byline."""
    meta = [
        f"Ngày đăng: {format_date(article['published'])}" if article["published"] else "",
        f"Nguồn: {source_name(article)}" if source_name(article) else "",
        f"Tác giả: {article['byline']}" if article["byline"] else "",
    ]
    line = " · ".join(escape(m) for m in meta if m)
    return HTML(f'<h1 class="headline">{escape(article["title"])}</h1><p class="meta">{line}</p>')


def statistics(figures: pd.DataFrame) -> pd.DataFrame:
    """The statistic figures in reading order (counts, percentages, money, measures, fractions)."""
    stats = figures[figures["kind"].isin(STATISTICS)]
    return stats.sort_values(["paragraph", "start"]).reset_index(drop=True)


def _number(row: pd.Series) -> str:
    text = format_figure(row["value"], row["kind"], row["unit"], row["value_max"], row["total"])
    word = QUALIFIER_WORDS.get(row["qualifier"], "")
    return f"{word} {text}" if word else text


def figures_table(figures: pd.DataFrame) -> HTML:
    """The table "Số liệu chính": number (Vietnamese format), what it counts, kind, action."""
    stats = statistics(figures)
    if stats.empty:
        return HTML("<p>Bài viết không có số liệu thống kê.</p>")
    table = pd.DataFrame(
        {
            "Số liệu": [_number(r) for _, r in stats.iterrows()],
            "Đối tượng": stats["subject"],
            "Hành động": stats["predicate"],
            "Loại": stats["kind"].map(KIND_NAMES),
        }
    )
    return HTML(table.to_html(index=False, escape=True, classes="figures", border=0))


def chart(figures: pd.DataFrame, article: pd.Series) -> SVG | HTML:
    """Bar chart of the article's count figures, with its source line."""
    published = format_date(article["published"]) if article["published"] else ""
    source = ", ".join(p for p in (source_name(article), published) if p)
    title = "Các số lượng trong bài"
    stats = statistics(figures)
    fig = bar_counts(stats, title, f"Nguồn: {source}")
    if fig is None:
        return HTML("<p>Bài viết không có số lượng nào để vẽ biểu đồ.</p>")
    return SVG(to_svg(fig), metadata={"alt": describe_counts(stats, title)})


def narrative(figures: pd.DataFrame) -> HTML:
    """The generated paragraph stating the main figures."""
    return HTML(f'<p class="narrative">{escape(summary(figures))}</p>')


def _marked(text: str, fig: pd.Series) -> str:
    """The figure's sentence, escaped, with the number itself (found by its offsets) marked."""
    sentence, start, end = fig["sentence"], int(fig["start"]), int(fig["end"])
    at = text.rfind(sentence, 0, start + 1)
    if at < 0 or end > at + len(sentence):
        return escape(sentence)
    before, number, after = (
        sentence[: start - at],
        sentence[start - at : end - at],
        sentence[end - at :],
    )
    return f"{escape(before)}<mark>{escape(number)}</mark>{escape(after)}"


def _where(paragraph: int) -> str:
    return "tiêu đề" if paragraph < 0 else f"đoạn {paragraph + 1}"


def provenance(figures: pd.DataFrame, article: pd.Series) -> HTML:
    """Each statistic with the sentence it came from, the number highlighted."""
    stats = statistics(figures)
    texts = {-1: article["title"]}
    items = [
        f"<li><strong>{escape(_number(r))}</strong> — "
        f"{_marked(texts.get(int(r['paragraph']), article['body']), r)}"
        f' <span class="where">({_where(int(r["paragraph"]))})</span></li>'
        for _, r in stats.iterrows()
    ]
    return HTML(f'<ol class="provenance">{"".join(items)}</ol>')


def footer(article: pd.Series, run_date: dt.date | None = None) -> HTML:
    """Source file, toolkit version and run date."""
    run_date = run_date or dt.date.today()
    return HTML(
        f'<p class="footer">Tệp nguồn: {escape(str(article["path"]))} · '
        f"toolkit {escape(__version__)} · chạy ngày {format_date(run_date)}</p>"
    )
