"""Narrative: sentences stating an article's main figures, each clause tied to its source figure.

The wording lives in `templates/narrative/sentences.toml` (Vietnamese and English), so a
journalist can edit it without touching code. Sentences are plain text: escape before HTML.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from toolkit.formatting import format_figure, qualifier_word
from toolkit.kinds import STATISTICS

TEMPLATES = Path(__file__).parent / "templates" / "narrative" / "sentences.toml"
FRAME_WORDS = ("trong", "tính đến", "tính từ", "từ", "đến", "năm", "giai đoạn", "quý", "tháng",
               "sau", "hết", "cuối", "đầu")
ORDER_WORDS = {100: "trăm", 1_000: "nghìn", 1_000_000: "triệu", 1_000_000_000: "tỷ"}
ORDER_WORDS_EN = {100: "hundreds", 1_000: "thousands", 1_000_000: "millions",
                  1_000_000_000: "billions"}
_AGENT = re.compile(r"^(?:[^,;:]*,\s*)?([A-ZĐ][^,;:]{0,40}?\s+(?:đã|đang|sẽ|vừa))\s")
QUALIFIER_TRIGGERS = ("hơn", "trên", "dưới", "chưa đến", "từ", "ít nhất", "không quá", "tối đa",
                      "lên tới", "lên đến", "gần", "suýt", "khoảng", "chừng", "ước", "hàng")
_RECENT = re.compile(r"(\d+)\s+(tháng|năm|quý)\s+qua\b")


@dataclass(frozen=True)
class Clause:
    """One figure stated in words, with the figure's note number (its place in reading order)."""

    text: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class Statement:
    """A generated sentence: an optional opening `head`, then clauses, then the closing mark."""

    head: str
    clauses: list[Clause] = field(default_factory=list)
    sep: str = "; "
    tail: str = "."

    @property
    def text(self) -> str:
        """The sentence as plain text."""
        return self.head + self.sep.join(c.text for c in self.clauses) + self.tail


@cache
def templates(lang: str = "vi") -> dict[str, str]:
    """The sentence templates for `lang` (`vi` or `en`) from sentences.toml."""
    with TEMPLATES.open("rb") as handle:
        table = tomllib.load(handle)
    if lang not in table:
        raise ValueError(f"lang must be one of {', '.join(table)}, not {lang!r}")
    return table[lang]


def fill(template: str, **fields: object) -> str:
    """Fill a template; empty fields vanish with their quotes and brackets, spaces collapse."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    text = template.format(**{n: fields.get(n, "") for n in names})
    for empty in ("“ ”", "“”", "( )", "()"):
        text = text.replace(empty, "")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:)”])", r"\1", text).replace("“ ", "“").replace("( ", "(")


def frame_text(frame: str, lang: str = "vi") -> str:
    """The time phrase as the sentence shows it: Vietnamese as written; in English translated by
    the `frames` table of the templates when a pattern matches, else quoted."""
    if lang == "vi" or not frame:
        return frame
    for pattern, replacement in templates(lang).get("frames", {}).items():
        if re.match(pattern, frame):
            return re.sub(pattern, replacement, frame)
    return f"Under “{frame}”"


def capitalise(text: str) -> str:
    """First letter upper case, the rest untouched (`đảng bộ` → `Đảng bộ`)."""
    return text[:1].upper() + text[1:]


def statistics(figures: pd.DataFrame) -> pd.DataFrame:
    """The statistic figures (counts, percentages, money, measures, fractions) in reading order;
    the row's position + 1 is its note number in the report."""
    stats = figures[figures["kind"].isin(STATISTICS)]
    return stats.sort_values(["paragraph", "start"]).reset_index(drop=True)


def number_phrase(row: pd.Series, lang: str = "vi") -> str:
    """`hơn 1.000`, `4/6`, `hàng nghìn`: the figure with its qualifier, written for readers."""
    raw = str(row.get("raw") or "")
    if row.get("qualifier") == "order_of" and raw and not re.search(r"\d", raw) and lang == "vi":
        return f"hàng {raw}"  # `hàng nghìn tỷ`: the words as written
    if row.get("qualifier") == "order_of" and row["value"] in ORDER_WORDS:
        return ("hàng " + ORDER_WORDS[row["value"]]) if lang == "vi" else (
            ORDER_WORDS_EN[row["value"]] + " of")
    number = format_figure(
        row["value"], row["kind"], row["unit"], row["value_max"], row["total"], lang=lang
    )
    return f"{qualifier_word(row.get('qualifier'), lang)} {number}".strip()


def figure_phrase(row: pd.Series, lang: str = "vi") -> str:
    """`kết nạp được 99 đảng viên mới`: predicate, qualifier, number, subject."""
    return fill(
        templates(lang)["clause"],
        predicate=row["predicate"] or "",
        number=number_phrase(row, lang),
        subject=row["subject"] or "",
    )


def _sentence_offset(row: pd.Series, texts: dict[int, str]) -> int:
    text = texts.get(int(row["paragraph"]), "")
    if not text:
        return -1
    at = text.rfind(row["sentence"], 0, int(row["start"]) + len(row["sentence"]))
    return at if at >= 0 and int(row["end"]) <= at + len(row["sentence"]) else -1


def _agent(row: pd.Series, texts: dict[int, str]) -> str:
    """Who did it: the words before the predicate in the figure's clause (`Đảng bộ đã`), else
    the sentence's opening `X đã/đang/sẽ`, else empty."""
    sentence = row["sentence"] or ""
    at = _sentence_offset(row, texts)
    local = int(row["start"]) - at if at >= 0 else sentence.find(row["raw"])
    before = sentence[: max(local, 0)]
    clause = re.split(r"[,;:]", before)[-1].strip()
    if row.get("qualifier"):  # `hơn` belongs to the number, which says it again
        for word in QUALIFIER_TRIGGERS:
            if clause.lower() == word or clause.lower().endswith(" " + word):
                clause = clause[: len(clause) - len(word)].strip()
                break
    predicate = (row["predicate"] or "").strip()
    agent = ""
    if predicate and predicate in clause:
        agent = clause[: clause.rfind(predicate)].strip()
    elif not predicate:
        agent = clause
    if agent and len(agent.split()) <= 6 and not agent[0].isdigit():
        return agent
    found = _AGENT.match(sentence)
    return found.group(1) if found and found.end(1) <= local else ""


def frames(figures: pd.DataFrame) -> dict[tuple[int, str], str]:
    """Time phrases opening sentences (`Trong 9 tháng đầu năm 2020`), keyed by (paragraph,
    sentence); `N tháng qua` resolved against an earlier `N tháng đầu năm YYYY`."""
    found: dict[tuple[int, str], str] = {}
    seen: list[str] = []
    ordered = figures.sort_values(["paragraph", "start"])
    for (paragraph, sentence), _ in ordered.groupby(["paragraph", "sentence"], sort=False):
        opening = sentence.split(",", 1)[0].strip() if "," in sentence else ""
        low = opening.lower()
        if not opening or len(opening.split()) > 10 or not re.search(r"\d", opening):
            continue
        if not any(low == w or low.startswith(w + " ") for w in FRAME_WORDS):
            continue
        recent = _RECENT.search(opening)
        if recent:
            key = f"{recent.group(1)} {recent.group(2)}"
            earlier = [f for f in seen if key in f and re.search(r"\b(19|20)\d\d\b", f)]
            if earlier:
                opening = earlier[-1]
        found[(int(paragraph), sentence)] = opening
        seen.append(opening)
    return found


def _frame_for(row: pd.Series, found: dict[tuple[int, str], str], order: list) -> str:
    """The last frame at or before the figure's sentence, within its paragraph."""
    frame = ""
    for paragraph, sentence in order:
        if paragraph == int(row["paragraph"]) and (paragraph, sentence) in found:
            frame = found[(paragraph, sentence)]
        if (paragraph, sentence) == (int(row["paragraph"]), row["sentence"]):
            break
    return frame


def statements(
    figures: pd.DataFrame,
    article: pd.Series | None = None,
    lang: str = "vi",
    limit: int = 5,
) -> list[Statement]:
    """The summary of an article: how many statistics it gives, then the first `limit` of them,
    grouped under the time phrase they stand in, each clause carrying its note number."""
    words = templates(lang)
    stats = statistics(figures)
    if stats.empty:
        return [Statement(words["none"], tail="")]
    texts: dict[int, str] = {}
    if article is not None:
        texts = {-1: article.get("title", "")}
        body = article.get("body", "") or ""
        texts.update({p: body for p in stats["paragraph"].unique() if p >= 0})
    found = frames(figures)
    order = list(
        figures.sort_values(["paragraph", "start"])
        .drop_duplicates(["paragraph", "sentence"])[["paragraph", "sentence"]]
        .itertuples(index=False, name=None)
    )
    order = [(int(p), s) for p, s in order]
    groups: dict[str, list[tuple[str, str, int]]] = {}
    for note, row in stats.head(limit).iterrows():
        frame = _frame_for(row, found, order)
        groups.setdefault(frame, []).append((_agent(row, texts), row, note + 1))
    intro = words["intro_one"] if len(stats) == 1 and "intro_one" in words else words["intro"]
    result = [Statement(fill(intro, n=len(stats)), tail="")]
    for frame, items in groups.items():
        shape = words["framed"] if frame else words["unframed"]
        head, tail = shape.split("{clauses}")
        head = fill(head, frame=frame_text(frame, lang)) + (" " if head.endswith(" ") else "")
        runs: list[list[Clause]] = [[]]
        previous, last_sentence = None, None
        for agent, row, note in items:
            if runs[-1] and not frame and row["sentence"] != last_sentence:
                runs.append([])  # no shared time phrase: one sentence per source sentence
                previous = None
            last_sentence = row["sentence"]
            shown = "" if agent == previous else agent
            previous = agent or previous
            text = fill(
                words["clause"],
                agent=shown,
                predicate=row["predicate"] or "",
                qualifier="",
                number=number_phrase(row, lang),
                subject=row["subject"] or "",
            )
            clauses = runs[-1]
            if clauses and not shown and not (row["predicate"] or "").strip():
                last = clauses[-1]  # `9 tập thể, 2 cá nhân`: one clause, two notes
                clauses[-1] = Clause(f"{last.text}, {text}", (*last.notes, note))
                continue
            runs[-1].append(Clause(text, (note,)))
        for clauses in runs:
            opening = head if clauses is runs[0] else ""
            if not opening:
                clauses[0] = Clause(capitalise(clauses[0].text), clauses[0].notes)
            result.append(Statement(capitalise(opening), clauses, words["clause_sep"], tail))
    return result


def summary(figures: pd.DataFrame, article: pd.Series | None = None, lang: str = "vi",
            limit: int = 5) -> str:
    """The summary as one plain-text paragraph."""
    return " ".join(s.text for s in statements(figures, article, lang, limit))
