"""Display: the blocks of the reports as HTML, with every piece of article text escaped."""

from __future__ import annotations

import re
import textwrap
from html import escape
from typing import Any

import pandas as pd
from IPython.display import HTML

from toolkit import charts, corpus, indicator
from toolkit import narrative as nv
from toolkit.corpus import SOURCE_NAMES
from toolkit.formatting import format_date, format_number
from toolkit.narrative import number_phrase, statistics
from toolkit.provenance import Provenance
from toolkit.report import SCREEN_ONLY

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
WARNING_NAMES = {  # reason codes of toolkit.checks and of the date flags, most serious first
    "fraction_over_total": "phần lớn hơn tổng",
    "percent_over_100": "tỷ lệ trên 100%",
    "duplicate_article": "bài trùng với bài khác",
    "date_after_published": "ngày trong bài sau ngày đăng",
    "range_reversed": "khoảng số ngược chiều",
    "implausible_age": "tuổi khó tin",
    "implausible_year": "năm khó tin",
    "published_after_event": "ngày đăng sau ngày sự kiện",
    "event_after_published": "ngày sự kiện sau ngày đăng",
    "event_date_approximate": "ngày sự kiện chỉ ước đoán",
    "event_year_from_page": "năm của sự kiện suy từ ngày đăng",
    "title_figure_not_in_body": "số ở tiêu đề không có trong thân bài",
}
SHOWN_FILES = 8
TITLE_WIDTH = 110


def source_name(article: pd.Series) -> str:
    """The outlet's name as readers know it, else its code, else the URL's host."""
    return SOURCE_NAMES.get(article["source"], article["source"] or article["url"] or "")


def _table(frame: pd.DataFrame, classes: str = "figures", raw: tuple[str, ...] = ()) -> str:
    """An HTML table; every cell escaped except the columns in `raw` (already safe HTML)."""
    head = "".join(f"<th>{escape(str(c))}</th>" for c in frame.columns)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{v if c in raw else escape('' if v is None else str(v))}</td>"
            for c, v in zip(frame.columns, row, strict=True)
        )
        + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return f'<table class="{classes}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _note(number: int) -> str:
    return f'<sup class="note"><a href="#so-lieu-{number}">{number}</a></sup>'


def show(chart: charts.Chart | None, empty: str) -> Any:
    """A chart (SVG with its alt text), or a short sentence when there is nothing to draw."""
    return chart if chart is not None else HTML(f'<p class="empty">{escape(empty)}</p>')


# --- one article ---------------------------------------------------------------------------


def headline(article: pd.Series) -> HTML:
    """Title, page date, outlet and byline."""
    meta = [
        f"Ngày đăng: {format_date(article['published'])}" if article["published"] else "",
        f"Nguồn: {source_name(article)}" if source_name(article) else "",
        f"Tác giả: {article['byline']}" if article["byline"] else "",
    ]
    line = " · ".join(escape(m) for m in meta if m)
    return HTML(f'<h1 class="headline">{escape(article["title"])}</h1><p class="meta">{line}</p>')


def narrative(
    figures: pd.DataFrame, article: pd.Series | None = None, lang: str = "vi", limit: int = 5
) -> HTML:
    """The generated paragraph; each clause ends with a note linking to its source sentence."""
    parts = []
    for statement in nv.statements(figures, article, lang, limit):
        clauses = statement.sep.join(
            escape(c.text) + "".join(_note(n) for n in c.notes) for c in statement.clauses
        )
        parts.append(escape(statement.head) + clauses + escape(statement.tail))
    return HTML(f'<p class="narrative">{" ".join(parts)}</p>')



def figures_table(figures: pd.DataFrame) -> HTML:
    """The table "Số liệu chính": note number, number (Vietnamese format), what it counts,
    the action, the kind."""
    stats = statistics(figures)
    if stats.empty:
        return HTML("<p>Bài viết không có số liệu thống kê.</p>")
    table = pd.DataFrame(
        {
            "#": [f'<a href="#so-lieu-{i + 1}">{i + 1}</a>' for i in range(len(stats))],
            "Số liệu": [number_phrase(r) for _, r in stats.iterrows()],
            "Đối tượng": stats["subject"],
            "Hành động": stats["predicate"],
            "Loại": stats["kind"].map(KIND_NAMES),
        }
    )
    return HTML(_table(table, raw=("#",)))


def _article_source(article: pd.Series) -> str:
    return charts.source_line(source_name(article), article["event_date"] or article["published"])


def chart(figures: pd.DataFrame, article: pd.Series) -> Any:
    """Bar chart of the article's count figures, with its source line."""
    drawn = charts.bar_counts(
        statistics(figures),
        "Các số lượng trong bài",
        _article_source(article),
        subtitle="Mỗi thanh là một con số bài viết nêu, theo thứ tự trong bài",
    )
    return show(drawn, "Bài viết không có số lượng nào để vẽ biểu đồ.")


def fractions_chart(figures: pd.DataFrame, article: pd.Series) -> Any:
    """Part-of-whole bars for the article's fractions (`4/6 nhiệm vụ`); nothing if none."""
    drawn = charts.part_of_whole(
        statistics(figures), "Phần đã đạt trên tổng số", "Các phân số trong bài",
        _article_source(article),
    )
    return drawn if drawn is not None else HTML("")


def _marked(text: str, fig: pd.Series) -> str:
    """The figure's sentence, escaped, with the number itself marked: found by its offsets in
    `text` (the body), else by its raw text in the sentence."""
    sentence, start, end = fig["sentence"] or "", int(fig["start"]), int(fig["end"])
    at = text.rfind(sentence, 0, start + len(sentence)) if text and sentence else -1
    if at >= 0 and end <= at + len(sentence):
        local, stop = start - at, end - at
    else:
        local = sentence.find(fig["raw"] or "\0")
        stop = local + len(fig["raw"] or "")
    if local < 0:
        return escape(sentence)
    before, number, after = sentence[:local], sentence[local:stop], sentence[stop:]
    return f"{escape(before)}<mark>{escape(number)}</mark>{escape(after)}"


def _where(paragraph: int) -> str:
    return "tiêu đề" if paragraph < 0 else f"đoạn {paragraph + 1}"


def sources(figures: pd.DataFrame, article: pd.Series) -> HTML:
    """Each statistic with the sentence it came from, the number highlighted; numbered as the
    notes of the narrative and the table."""
    stats = statistics(figures)
    texts = {-1: article["title"]}
    items = [
        f'<li id="so-lieu-{i + 1}"><strong>{escape(number_phrase(r))}</strong> — '
        f"{_marked(texts.get(int(r['paragraph']), article['body']), r)}"
        f' <span class="where">({_where(int(r["paragraph"]))})</span></li>'
        for i, (_, r) in enumerate(stats.iterrows())
    ]
    return HTML(f'<ol class="provenance">{"".join(items)}</ol>')


# --- provenance ----------------------------------------------------------------------------


def _files(files: list, label: str, long_note: bool) -> str:
    rows = [
        f"<tr><td>{escape(f.path)}</td><td class='hash'>{escape(f.sha256 or 'không tìm thấy')}"
        "</td></tr>"
        for f in files
    ]
    head = f"<thead><tr><th>{escape(label)}</th><th>SHA-256</th></tr></thead>"
    if len(rows) <= SHOWN_FILES or not long_note:
        return f'<table class="files">{head}<tbody>{"".join(rows)}</tbody></table>'
    shown = "".join(rows[:SHOWN_FILES])
    rest = "".join(rows[SHOWN_FILES:])
    more = len(rows) - SHOWN_FILES
    return (
        f'<table class="files">{head}<tbody>{shown}</tbody></table>'
        f'<details class="files-rest"><summary>và {format_number(more)} tệp khác '
        f"(danh sách đầy đủ trong bản HTML)</summary>"
        f"{SCREEN_ONLY[0]}"
        f'<table class="files">{head}<tbody>{rest}</tbody></table>{SCREEN_ONLY[1]}</details>'
    )


def provenance(record: Provenance) -> HTML:
    """How to reproduce the report: input files with SHA-256, parameters, version, run date."""
    params = "".join(
        f"<tr><td><code>{escape(k)}</code></td><td><code>{escape(repr(v))}</code></td></tr>"
        for k, v in record.parameters.items()
    )
    run = record.run_at.strftime("%d/%m/%Y %H:%M UTC")
    sources_n = len(record.sources)
    digest = (
        f"<p>{format_number(sources_n)} tệp nguồn; SHA-256 của danh sách "
        f"(dòng <code>sha256  đường dẫn</code>, xếp theo đường dẫn): "
        f"<code class='hash'>{record.manifest_sha256}</code></p>"
        if sources_n > 1
        else ""
    )
    return HTML(
        '<section class="provenance-block">'
        "<h2>Nguồn gốc báo cáo</h2>"
        f"<p>Chạy ngày {escape(run)} với toolkit {escape(record.version)} "
        f"(Python {escape(record.python)}).</p>"
        f"{digest}{_files(record.sources, 'Tệp nguồn', True)}"
        f"{_files(record.tables, 'Bảng dữ liệu', False)}"
        f'<table class="files"><thead><tr><th>Tham số</th><th>Giá trị</th></tr></thead>'
        f"<tbody>{params}</tbody></table></section>"
    )


# --- a corpus ------------------------------------------------------------------------------


def corpus_headline(name: str, articles: pd.DataFrame) -> HTML:
    """The corpus report's title and its size."""
    outlets = sorted({source_name(a) for _, a in articles.head(5000).iterrows()} - {""})
    meta = f"{format_number(len(articles))} bài báo" + (
        f" · Nguồn: {', '.join(outlets)}" if outlets else ""
    )
    return HTML(
        f'<h1 class="headline">Kho bài báo: {escape(name)}</h1><p class="meta">{escape(meta)}</p>'
    )


def corpus_summary(
    articles: pd.DataFrame,
    figures: pd.DataFrame,
    processed_dir: str | None = None,
    lang: str = "vi",
) -> HTML:
    """A paragraph: how many articles over which dates, the main topic, how many warnings."""
    words = nv.templates(lang)
    when = corpus.dates(articles).dropna()
    topics = corpus.with_topics(articles)["topic"].value_counts()
    flagged = corpus.warnings(articles, figures, processed_dir)["article_id"].nunique()
    parts = [
        nv.fill(
            words["corpus"],
            articles=format_number(len(articles), lang=lang),
            first=format_date(when.min().date(), lang) if len(when) else "?",
            last=format_date(when.max().date(), lang) if len(when) else "?",
            statistics=format_number(len(statistics(figures)), lang=lang),
            figures=format_number(len(figures), lang=lang),
        )
    ]
    if len(topics):
        parts.append(nv.fill(words["corpus_topic"], topic=topics.index[0],
                                    articles=format_number(topics.iloc[0], lang=lang)))
    parts.append(
        nv.fill(words["corpus_flags"], flagged=format_number(flagged, lang=lang))
        if flagged else words["corpus_no_flags"]
    )
    return HTML(f'<p class="narrative">{escape(" ".join(parts))}</p>')


def articles_chart(articles: pd.DataFrame, name: str) -> Any:
    """Line chart of articles per month."""
    monthly = corpus.articles_over_time(articles)
    points = pd.DataFrame({"date": monthly["date"], "value": monthly["articles"]})
    title = "Số bài báo theo tháng"
    if len(monthly):
        peak = monthly.loc[monthly["articles"].idxmax()]
        title = (
            f"Tháng {peak['date']:%m/%Y} có nhiều bài nhất: "
            f"{format_number(peak['articles'])} bài"
        )
    drawn = charts.timeline(
        points, title, "Số bài báo mỗi tháng, theo ngày đăng", collection_source(articles, name),
        label_points=0,
    )
    return show(drawn, "Không bài nào có ngày đăng.")


def kinds_table(figures: pd.DataFrame, articles: pd.DataFrame) -> HTML:
    """Statistic figures by kind and topic."""
    table = corpus.figures_by_kind_topic(figures, articles)
    if table.empty:
        return HTML('<p class="empty">Không có số liệu thống kê.</p>')
    table.index = [KIND_NAMES.get(k, k) for k in table.index]
    shown = table.map(format_number).reset_index(names="Loại")
    return HTML(_table(shown, classes="figures numeric"))


def subjects_chart(figures: pd.DataFrame, articles: pd.DataFrame, name: str, n: int = 12) -> Any:
    """Bars of the subjects statistics most often count."""
    top = corpus.top_subjects(figures, n)
    if top.empty:
        return show(None, "Không có đối tượng nào.")
    drawn = charts.bars(
        top["subject"].tolist(),
        top["figures"].tolist(),
        f"“{top['subject'].iloc[0]}” là đối tượng được nêu nhiều nhất",
        f"Số con số thống kê về mỗi đối tượng, {len(top)} đối tượng đứng đầu",
        collection_source(articles, name),
    )
    return drawn


def busiest_articles(figures: pd.DataFrame, articles: pd.DataFrame, name: str, n: int = 6
                     ) -> Any:
    """Small multiples: the `n` articles with the most count figures that say what they count,
    each with its four largest."""
    counts = figures[(figures["kind"] == "count") & (figures["subject"].fillna("") != "")]
    top = counts["article_id"].value_counts().head(n).index
    titles = articles.set_index("article_id")["title"].to_dict()
    drawn = charts.small_multiples(
        counts,
        {a: titles.get(a, a) for a in top},
        f"{len(top)} bài nêu nhiều số lượng nhất",
        "Bốn số lượng lớn nhất của mỗi bài; mỗi ô một thang đo",
        collection_source(articles, name),
    )
    return show(drawn, "Không có số lượng nào.")


def _warning_name(code: str, detail: str) -> str:
    """`published_after_event`, `published_after_event:463d` → `ngày đăng sau ngày sự kiện 463
    ngày`."""
    name = WARNING_NAMES.get(code, code)
    days = re.fullmatch(r"[a-z_]+:(\d+)d", detail or "")
    return f"{name} {days.group(1)} ngày" if days else name


def _marked_raw(sentence: str, raw: str) -> str:
    """The sentence escaped, its first `raw` marked (no offsets needed)."""
    at = sentence.find(raw) if raw else -1
    if at < 0:
        return escape(sentence)
    end = at + len(raw)
    return f"{escape(sentence[:at])}<mark>{escape(raw)}</mark>{escape(sentence[end:])}"


def warnings_table(
    articles: pd.DataFrame,
    figures: pd.DataFrame,
    processed_dir: str | None = None,
    limit: int = 15,
) -> HTML:
    """Fact-check warnings and date flags: a count per kind, then the most serious ones with
    their article and sentence (the number marked)."""
    found = corpus.warnings(articles, figures, processed_dir)
    if found.empty:
        return HTML('<p class="empty">Không có cảnh báo nào.</p>')
    rank = {code: i for i, code in enumerate(WARNING_NAMES)}
    found = found.sort_values(
        "warning", key=lambda w: w.map(lambda c: rank.get(c, len(rank))), kind="stable"
    )
    counts = found.groupby("warning", sort=False).agg(
        n=("warning", "size"), articles=("article_id", "nunique")
    )
    summary = pd.DataFrame(
        {
            "Cảnh báo": [WARNING_NAMES.get(c, c) for c in counts.index],
            "Số lần": counts["n"].map(format_number).tolist(),
            "Số bài": counts["articles"].map(format_number).tolist(),
        }
    )
    shown = found.groupby("warning", sort=False).head(3).head(limit)  # a few of each kind
    table = pd.DataFrame(
        {
            "Bài": [escape(a) for a in shown["article_id"]],
            "Cảnh báo": [
                escape(_warning_name(c, d)) for c, d in zip(shown["warning"], shown["detail"],
                                                            strict=True)
            ],
            "Câu trong bài": [
                _marked_raw(textwrap.shorten(s or "", 400, placeholder=" …"), r)
                for s, r in zip(shown["sentence"], shown["raw"], strict=True)
            ],
        }
    )
    more = len(found) - len(shown)
    note = (
        f'<p class="more">… và {format_number(more)} cảnh báo khác (<code>toolkit check</code> '
        "liệt kê tất cả).</p>" if more > 0 else ""
    )
    return HTML(
        _table(summary, classes="figures numeric")
        + "<h3>Những cảnh báo cần xem trước</h3>"
        + _table(table, classes="figures warnings", raw=("Bài", "Cảnh báo", "Câu trong bài"))
        + note
    )


def largest_table(figures: pd.DataFrame, articles: pd.DataFrame, n: int = 10) -> HTML:
    """The largest count figures with their sentences, the number marked."""
    top = corpus.largest(figures, n)
    if top.empty:
        return HTML('<p class="empty">Không có số lượng nào.</p>')
    meta = articles.set_index("article_id")
    rows = []
    for _, r in top.iterrows():
        body = meta.at[r["article_id"], "body"] if r["article_id"] in meta.index else ""
        text = meta.at[r["article_id"], "title"] if int(r["paragraph"]) < 0 else body
        rows.append(
            {
                "Số liệu": escape(f"{number_phrase(r)} {r['subject'] or ''}".strip()),
                "Câu trong bài": _marked(text, r)
                + f' <span class="where">({escape(r["article_id"])})</span>',
            }
        )
    return HTML(_table(pd.DataFrame(rows), raw=("Số liệu", "Câu trong bài")))


# --- an indicator --------------------------------------------------------------------------


def indicator_headline(name: str, found: pd.DataFrame) -> HTML:
    """The indicator report's title."""
    articles = found["article_id"].nunique() if len(found) else 0
    meta = f"{format_number(len(found))} số liệu trong {format_number(articles)} bài báo"
    return HTML(
        f'<h1 class="headline">Theo dõi chỉ số: “{escape(name)}”</h1>'
        f'<p class="meta">{escape(meta)}</p>'
    )


def collection_source(table: pd.DataFrame, name: str) -> str:
    """`Nguồn: Dân trí (unc)`: the outlets of the articles in `table`, and the corpus name."""
    outlets = sorted({SOURCE_NAMES.get(s, s) for s in table["source"].dropna().unique()} - {""})
    named = ", ".join(outlets[:3]) + (" …" if len(outlets) > 3 else "")
    return f"Nguồn: {named} ({name})" if named else f"Nguồn: {name}"


def indicator_summary(found: pd.DataFrame, name: str, lang: str = "vi") -> HTML:
    """A paragraph: how many values over which dates, the highest and the latest, with notes."""
    words = nv.templates(lang)
    if found.empty:
        none = nv.fill(words["indicator_none"], indicator=name)
        return HTML(f'<p class="narrative">{escape(none)}</p>')

    def about(key: str, position: int) -> str:
        row = found.loc[position]
        sentence = nv.fill(
            words[key], qualifier="", number=number_phrase(row, lang), indicator=name,
            subject=row["subject"] or "",
            date=format_date(row["date"].date(), lang) if pd.notna(row["date"]) else "?",
        )
        return f"{escape(sentence)}{_note(position + 1)}"

    if len(found) == 1:
        return HTML(f'<p class="narrative">{about("indicator_one", 0)}</p>')
    dated = found.dropna(subset=["date"])
    first = format_date(dated["date"].min().date(), lang) if len(dated) else "?"
    last = format_date(dated["date"].max().date(), lang) if len(dated) else "?"
    text = escape(
        nv.fill(
            words["indicator"], first=first, last=last, indicator=name,
            articles=format_number(found["article_id"].nunique(), lang=lang),
            values=format_number(len(found), lang=lang),
        )
    )
    peak = int(found["value"].idxmax())
    latest = int(dated.index[-1]) if len(dated) else None
    if peak == latest:
        return HTML(f'<p class="narrative">{text} {about("indicator_peak_last", peak)}</p>')
    text += " " + about("indicator_peak", peak)
    if latest is not None:
        text += " " + about("indicator_last", latest)
    return HTML(f'<p class="narrative">{text}</p>')


def indicator_chart(found: pd.DataFrame, name: str, corpus_name: str) -> Any:
    """Line chart of the indicator's values, one line per exact subject (two values at least)."""
    if found.empty:
        return show(None, "Không có số liệu để vẽ.")
    if found["date"].nunique() < 2:
        return show(None, "Các số liệu cùng một ngày: không vẽ biểu đồ theo thời gian.")
    points = indicator.chart_points(found)
    shown = points["series"].nunique()
    drawn = charts.timeline(
        points, f"“{name}” qua các bài báo",
        f"{shown} cách gọi thường gặp nhất, mỗi cách một đường; ngày sự kiện hoặc ngày đăng",
        collection_source(found, corpus_name),
    )
    return show(drawn, "Không có số liệu để vẽ.")


def indicator_table(found: pd.DataFrame, articles: pd.DataFrame) -> HTML:
    """Each value with its date, article and source sentence (number marked), numbered."""
    if found.empty:
        return HTML('<p class="empty">Không có số liệu.</p>')
    meta = articles.set_index("article_id")
    rows = []
    for i, r in found.iterrows():
        body = meta.at[r["article_id"], "body"]
        text = r["title"] if int(r["paragraph"]) < 0 else body
        date = format_date(r["date"].date()) if pd.notna(r["date"]) else ""
        rows.append(
            {
                "#": f'<span id="so-lieu-{i + 1}">{i + 1}</span>',
                "Ngày": escape(date) + f'<br><span class="where">{escape(r["dated_by"])}</span>',
                "Số liệu": escape(f"{number_phrase(r)} {r['subject']}"),
                "Câu trong bài": _marked(text, r)
                + f' <span class="where">({escape(r["article_id"])})</span>',
            }
        )
    return HTML(
        _table(pd.DataFrame(rows), classes="figures values",
               raw=("#", "Ngày", "Số liệu", "Câu trong bài"))
    )
