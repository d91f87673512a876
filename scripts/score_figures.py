#!/usr/bin/env python3
"""Score toolkit.figures.find_figures against the hand-labelled dev set (tests/devset/).

Usage:
    python scripts/score_figures.py [--set NAME] [--shared PATH] [--show-errors]

NAME is dev (default), dev2 to dev10 (tuning sets) or holdout.

The article list is re-derived from the corpora by the selection rule (see tests/devset/README.md)
and must equal the set's articles.txt. `--set holdout` scores the held-out set
(tests/devset/holdout/), which is only for reporting scores, never for tuning rules.
Corpus text is read at run time only; nothing from the articles is stored in the repository
except the `raw` strings of the labels.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import re
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
LABELS = DEVSET / "labels.jsonl"
ARTICLES = DEVSET / "articles.txt"
DEFAULT_SHARED = ROOT.parent / "shared"

UNC_TOPICS = (
    "news_business",
    "news_education",
    "news_entertainment",
    "news_health",
    "news_science",
    "news_society",
    "news_sport",
    "news_tech",
    "news_travel",
    "news_world",
)
UNC_PER_TOPIC = 3
BAOMOI_COUNT = 20
MIN_CHARS, MAX_CHARS = 1000, 5000
BAOMOI_TAR = "corpora/baomoi-35k.tar.gz"

HOLDOUT = DEVSET / "holdout"
DEV2 = DEVSET / "dev2"
DEV3 = DEVSET / "dev3"


@dataclass(frozen=True)
class LabelSet:
    """A labelled set: the sha1 ranks it takes (0-based, end exclusive) and its files."""

    name: str
    unc_ranks: tuple[int, int]  # per topic
    baomoi_ranks: tuple[int, int]
    articles: Path
    labels: Path


def _tuning_set(n: int) -> LabelSet:
    """Tuning set devN (N >= 4): 2 UNC articles per topic and 30 Baomoi articles after dev(N-1)."""
    folder = DEVSET / f"dev{n}"
    baomoi = 75 + 30 * (n - 4)
    return LabelSet(
        f"dev{n}", (2 * n, 2 * n + 2), (baomoi, baomoi + 30), folder / "articles.txt",
        folder / "labels.jsonl",
    )


LAST_SET = 406  # the newest tuning set, dev406
SETS = {
    "dev": LabelSet("dev", (0, UNC_PER_TOPIC), (0, BAOMOI_COUNT), ARTICLES, LABELS),
    # ranks 4-5 per UNC topic and 21-35 for Baomoi (1-based), disjoint from the dev set
    "holdout": LabelSet(
        "holdout", (3, 5), (20, 35), HOLDOUT / "articles.txt", HOLDOUT / "labels.jsonl"
    ),
    # second tuning set: rank 6 per UNC topic and 36-55 for Baomoi (1-based), disjoint from both
    "dev2": LabelSet("dev2", (5, 6), (35, 55), DEV2 / "articles.txt", DEV2 / "labels.jsonl"),
    # third tuning set: ranks 7-8 per UNC topic and 56-75 for Baomoi (1-based), disjoint from all
    "dev3": LabelSet("dev3", (6, 8), (55, 75), DEV3 / "articles.txt", DEV3 / "labels.jsonl"),
    # dev4, dev5, …: ranks 2N+1 and 2N+2 per UNC topic and the next 30 Baomoi ranks (1-based)
    **{f"dev{n}": _tuning_set(n) for n in range(4, LAST_SET + 1)},
}

STATISTIC = ("count", "percent", "money", "measure", "fraction")
CONTEXT = ("date", "year", "period", "duration", "time", "age", "ordinal", "identifier")
KINDS = STATISTIC + CONTEXT


# --------------------------------------------------------------------------- corpus access


def _sha1(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def unc_text(raw: str) -> str:
    """UNC file text after header lines (lines starting with '# '), NFC."""
    return "\n".join(ln for ln in _nfc(raw).split("\n") if not ln.startswith("# "))


def text_lines(text: str, *, unc: bool) -> list[str]:
    """The article's text lines: NFC, header lines removed (UNC), blank lines removed.

    Line 0 is the title; Baomoi line 1 is the sapo.
    """
    lines = []
    for ln in _nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if unc and ln.startswith("# "):
            continue
        if ln.strip():
            lines.append(ln.strip())
    return lines


def unc_date(raw: str) -> dt.date | None:
    for ln in _nfc(raw).split("\n"):
        if ln.startswith("# date ="):
            v = ln.split("=", 1)[1].strip()
            try:
                return dt.date(int(v[:4]), int(v[4:6]), int(v[6:8]))
            except (ValueError, IndexError):
                return None
    return None


def select_unc(shared: Path, ranks: tuple[int, int] = (0, UNC_PER_TOPIC)) -> list[str]:
    """Per topic, files whose post-header text is 1,000-5,000 chars, ranked by sha1(file name).

    `ranks` is the 0-based, end-exclusive slice of that ranking to take (dev: the first 3).
    """
    lo, hi = ranks
    out = []
    unc = shared / "corpora" / "unc"
    for topic in UNC_TOPICS:
        cands = []
        for p in sorted(unc.glob(f"{topic}_*.txt")):
            n = len(unc_text(p.read_text(encoding="utf-8", errors="replace")))
            if MIN_CHARS <= n <= MAX_CHARS:
                cands.append(p.name)
        cands.sort(key=_sha1)
        out += [f"unc/{name}" for name in cands[lo:hi]]
    return out


def _baomoi_members(shared: Path):
    with tarfile.open(shared / BAOMOI_TAR, "r:gz") as tar:
        for m in tar:
            if not m.isfile():
                continue
            f = tar.extractfile(m)
            if f is None:
                continue
            yield m.name, _nfc(f.read().decode("utf-8", errors="replace"))


def select_baomoi(
    shared: Path, ranks: tuple[int, int] = (0, BAOMOI_COUNT)
) -> tuple[list[str], dict[str, str]]:
    """Members of 1,000-5,000 chars (whole decoded NFC text), ranked by sha1(name).

    `ranks` is the 0-based, end-exclusive slice of that ranking to take (dev: the first 20).
    Returns the doc names (member names, e.g. 'baomoi/21395276.txt') and their texts.
    """
    lo, hi = ranks
    deepest = max(hi, *(spec.baomoi_ranks[1] for spec in SETS.values()))
    best = _baomoi_ranking(shared, deepest)[lo:hi]
    return [name for _, name, _ in best], {name: text for _, name, text in best}


@functools.lru_cache(maxsize=2)
def _baomoi_ranking(shared: Path, hi: int) -> tuple[tuple[str, str, str], ...]:
    """The first `hi` members of 1,000-5,000 chars by sha1(name), as (sha1, name, text): one
    pass over the archive serves every set (scoring them all, or the tests)."""
    best: list[tuple[str, str, str]] = []
    for name, text in _baomoi_members(shared):
        if MIN_CHARS <= len(text) <= MAX_CHARS:
            best.append((_sha1(name), name, text))
            if len(best) > 4 * hi:
                best.sort()
                del best[hi:]
    best.sort()
    return tuple(best[:hi])


@dataclass
class Article:
    doc: str
    lines: list[str]
    published: dt.date | None

    @property
    def title(self) -> str:
        return self.lines[0] if self.lines else ""

    @property
    def body(self) -> str:
        return "\n".join(self.lines[1:])


def load_articles(shared: Path, which: str = "dev") -> list[Article]:
    spec = SETS[which]
    arts = []
    for doc in select_unc(shared, spec.unc_ranks):
        raw = (shared / "corpora" / doc).read_text(encoding="utf-8", errors="replace")
        arts.append(Article(doc, text_lines(raw, unc=True), unc_date(raw)))
    names, texts = select_baomoi(shared, spec.baomoi_ranks)
    for name in names:
        arts.append(Article(name, text_lines(texts[name], unc=False), None))
    return arts


# --------------------------------------------------------------------------- labels


def read_article_list(path: Path = ARTICLES) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def read_labels(path: Path = LABELS) -> list[dict]:
    out = []
    for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if ln.strip():
            rec = json.loads(ln)
            rec["_lineno"] = i
            out.append(rec)
    return out


# --------------------------------------------------------------------------- matching


def _same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    d = abs(a - b)
    return d < 1e-6 or d <= 1e-9 * max(abs(a), abs(b))


def _match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching on equal value; same kind first, then same raw."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if _same_value(g["value"], p["value"]):
                rank = (
                    0 if g["kind"] == p["kind"] else 1,
                    0 if g["raw"] == p["raw"] else 1,
                    abs(gi - pi),
                )
                pairs.append((rank, gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _pred_record(doc: str, f) -> dict:
    return {
        "doc": doc,
        "line": int(getattr(f, "paragraph", 0)) + 1,
        "raw": str(getattr(f, "raw", "")),
        "value": getattr(f, "value", None),
        "value_max": getattr(f, "value_max", None),
        "total": getattr(f, "total", None),
        "kind": str(getattr(f, "kind", "")),
        "unit": getattr(f, "unit", ""),
        "qualifier": getattr(f, "qualifier", ""),
        "start": getattr(f, "start", None),
        "end": getattr(f, "end", None),
    }


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def score(
    shared: Path = DEFAULT_SHARED,
    which: str = "dev",
    *,
    articles_path: Path | None = None,
    labels_path: Path | None = None,
) -> dict:
    """Run find_figures on every article of the set `which` and compare with the gold labels."""
    from toolkit.figures import STATISTIC_KINDS, find_figures

    spec = SETS[which]
    articles_path = spec.articles if articles_path is None else articles_path
    labels_path = spec.labels if labels_path is None else labels_path
    stat_kinds = set(STATISTIC_KINDS)
    listed = read_article_list(articles_path)
    arts = load_articles(Path(shared), which)
    derived = [a.doc for a in arts]
    if derived != listed:
        raise RuntimeError(
            "article list re-derived by the rule differs from articles.txt: "
            f"missing={sorted(set(derived) - set(listed))} "
            f"extra={sorted(set(listed) - set(derived))}"
        )
    text_of = {a.doc: a.lines for a in arts}
    golds_in = read_labels(labels_path)
    _locate_gold(golds_in, text_of)
    gold_by: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for g in golds_in:
        gold_by[(g["doc"], int(g["line"]))].append(g)
    pred_by: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for a in arts:
        for f in find_figures(a.body, title=a.title, published=a.published):
            r = _pred_record(a.doc, f)
            pred_by[(a.doc, r["line"])].append(r)

    matched_pairs, misses, false_pos = [], [], []
    for key in sorted(set(gold_by) | set(pred_by)):
        golds, preds = gold_by.get(key, []), pred_by.get(key, [])
        pairs = _match(golds, preds)
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        matched_pairs += [(golds[gi], preds[pi]) for gi, pi in pairs]
        misses += [g for i, g in enumerate(golds) if i not in mg]
        false_pos += [p for i, p in enumerate(preds) if i not in mp]

    def corpus(doc: str) -> str:
        return doc.split("/", 1)[0]

    golds_all = [g for v in gold_by.values() for g in v]
    preds_all = [p for v in pred_by.values() for p in v]
    groups = {
        "all": lambda d: True,
        "unc": lambda d: corpus(d) == "unc",
        "baomoi": lambda d: corpus(d) == "baomoi",
    }
    summary = {}
    for name, keep in groups.items():
        gs = [g for g in golds_all if keep(g["doc"])]
        ps = [p for p in preds_all if keep(p["doc"])]
        mps = [(g, p) for g, p in matched_pairs if keep(g["doc"])]
        gold_stat = sum(g["kind"] in stat_kinds for g in gs)
        pred_stat = sum(p["kind"] in stat_kinds for p in ps)
        hit_stat = sum(g["kind"] in stat_kinds and p["kind"] in stat_kinds for g, p in mps)
        summary[name] = {
            "articles": len({a.doc for a in arts if keep(a.doc)}),
            "gold": len(gs),
            "predicted": len(ps),
            "matched": len(mps),
            "gold_statistics": gold_stat,
            "predicted_statistics": pred_stat,
            "statistic_hits": hit_stat,
            "statistic_recall": _ratio(hit_stat, gold_stat),
            "statistic_precision": _ratio(hit_stat, pred_stat),
            "kind_accuracy": _ratio(sum(g["kind"] == p["kind"] for g, p in mps), len(mps)),
            "coverage": _ratio(len(mps), len(gs)),
        }
    per_kind = {}
    for k in KINDS:
        gs = [g for g in golds_all if g["kind"] == k]
        mps = [(g, p) for g, p in matched_pairs if g["kind"] == k]
        per_kind[k] = {
            "gold": len(gs),
            "matched": len(mps),
            "same_kind": sum(p["kind"] == k for _, p in mps),
            "predicted": sum(p["kind"] == k for p in preds_all),
        }
    confusion = Counter((g["kind"], p["kind"]) for g, p in matched_pairs)
    result = dict(summary["all"])
    result.update(
        {
            "by_corpus": {k: summary[k] for k in ("unc", "baomoi")},
            "by_kind": per_kind,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
            "misses": misses,
            "false_positives": false_pos,
            "kind_errors": [(g, p) for g, p in matched_pairs if g["kind"] != p["kind"]],
            "_lines": text_of,
        }
    )
    return result


# --------------------------------------------------------------------------- report


def _fmt(x) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def _find(text: str, raw: str, start: int = 0) -> int:
    """Position of `raw` in `text` at or after `start` (else anywhere); -1 if absent.

    The occurrence must stand alone: not inside a longer number or date, not the exponent of
    m2/m3, and a spelled number must be a whole word not following a digit (`5,7 triệu`).
    """
    if not raw:
        return -1
    before = r"(?<!\d)(?<!\d[.,/])"
    after = r"(?!\d)(?![.,/]\d)"
    if raw in ("2", "3"):
        before += r"(?<!m)"
    if raw[:1].isalpha():
        before += r"(?<!\w)(?<!\d )"
    if raw[-1:].isalpha():
        after += r"(?!\w)"
    pat = re.compile(before + re.escape(raw) + after)
    m = pat.search(text, start) or pat.search(text)
    return m.start() if m else text.find(raw)


def _snippet(text: str, i: int, n: int, width: int = 60) -> str:
    a, b = max(0, i - width), min(len(text), i + n + width)
    return (
        ("…" if a else "")
        + text[a:i]
        + "⟦"
        + text[i : i + n]
        + "⟧"
        + text[i + n : b]
        + ("…" if b < len(text) else "")
    )


def _locate_gold(golds: list[dict], lines_of: dict[str, list[str]]) -> None:
    """Give each gold label its character position in its line (labels are in line order)."""
    cursor: dict[tuple[str, int], int] = {}
    for g in golds:
        key = (g["doc"], int(g["line"]))
        lines = lines_of.get(g["doc"], [])
        if not 0 <= key[1] < len(lines):
            g["_pos"] = -1
            continue
        i = _find(lines[key[1]], g["raw"], cursor.get(key, 0))
        g["_pos"] = i
        if i >= 0:
            cursor[key] = i + 1


def _context(lines: list[str], rec: dict, width: int = 60) -> str:
    line = int(rec["line"])
    if not (0 <= line < len(lines)):
        return "<line out of range>"
    text = lines[line]
    raw = str(rec.get("raw") or "")
    i = rec.get("_pos", -1)
    start, end = rec.get("start"), rec.get("end")
    if i is None or i < 0:
        # a prediction: use its body offsets when they fall inside this line
        if isinstance(start, int) and isinstance(end, int) and end > start and line >= 1:
            body_start = sum(len(x) + 1 for x in lines[1:line])
            if body_start <= start <= end <= body_start + len(text):
                return _snippet(text, start - body_start, end - start, width)
        i = _find(text, raw)
    if i < 0:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    return _snippet(text, i, len(raw), width)


def report(res: dict, show_errors: bool = False) -> str:
    out = []
    out.append(
        f"articles: {res['articles']}  gold: {res['gold']}  predicted: {res['predicted']}"
        f"  matched: {res['matched']}"
    )
    out.append(
        f"statistic recall    {_fmt(res['statistic_recall'])}  "
        f"({res['statistic_hits']}/{res['gold_statistics']})"
    )
    out.append(
        f"statistic precision {_fmt(res['statistic_precision'])}  "
        f"({res['statistic_hits']}/{res['predicted_statistics']})"
    )
    out.append(f"kind accuracy       {_fmt(res['kind_accuracy'])}")
    out.append(f"coverage            {_fmt(res['coverage'])}  ({res['matched']}/{res['gold']})")
    out.append("")
    out.append(
        f"{'corpus':8} {'arts':>5} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>7}"
        f" {'kindacc':>7} {'cover':>7}"
    )
    for name, s in res["by_corpus"].items():
        out.append(
            f"{name:8} {s['articles']:5d} {s['gold']:5d} {s['predicted']:5d} "
            f"{_fmt(s['statistic_recall']):>7} {_fmt(s['statistic_precision']):>7} "
            f"{_fmt(s['kind_accuracy']):>7} {_fmt(s['coverage']):>7}"
        )
    out.append("")
    out.append(f"{'kind':11} {'gold':>5} {'matched':>8} {'samekind':>8} {'predicted':>9}")
    for k, s in res["by_kind"].items():
        out.append(
            f"{k:11} {s['gold']:5d} {s['matched']:8d} {s['same_kind']:8d} {s['predicted']:9d}"
        )
    out.append("")
    out.append("confusion (gold -> predicted, matched values only):")
    kinds = [k for k in KINDS if res["by_kind"][k]["gold"] or res["by_kind"][k]["predicted"]]
    extra = sorted({c.split("->")[1] for c in res["confusion"]} - set(kinds))
    cols = kinds + extra
    out.append(" " * 11 + "".join(f"{c[:6]:>7}" for c in cols))
    for g in kinds:
        out.append(
            f"{g:11}" + "".join(f"{res['confusion'].get(f'{g}->{p}', 0) or '.':>7}" for p in cols)
        )
    if show_errors:
        lines = res["_lines"]
        out.append("")
        out.append(f"misses ({len(res['misses'])}):")
        for g in res["misses"]:
            out.append(
                f"  {g['doc']}:{g['line']} [{g['kind']}] {g['raw']!r} = {g['value']}  "
                f"{_context(lines.get(g['doc'], []), g)}"
            )
        out.append("")
        out.append(f"false positives ({len(res['false_positives'])}):")
        for p in res["false_positives"]:
            out.append(
                f"  {p['doc']}:{p['line']} [{p['kind']}] {p['raw']!r} = {p['value']}  "
                f"{_context(lines.get(p['doc'], []), p)}"
            )
        out.append("")
        out.append(f"kind errors ({len(res['kind_errors'])}):")
        for g, p in res["kind_errors"]:
            out.append(
                f"  {g['doc']}:{g['line']} {g['raw']!r} gold={g['kind']} "
                f"pred={p['kind']}  "
                f"{_context(lines.get(g['doc'], []), g)}"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help=f"shared folder holding corpora/ (default {DEFAULT_SHARED})",
    )
    ap.add_argument(
        "--set",
        dest="which",
        choices=[*SETS, "all"],
        default="dev",
        help=f"set to score: dev (default), dev2-dev{LAST_SET}, holdout (report only, never tune), "
        "or all (one line per set)",
    )
    ap.add_argument(
        "--show-errors",
        action="store_true",
        help="list misses, false positives and kind errors with context",
    )
    ap.add_argument(
        "--list",
        action="store_true",
        help="only print the article list derived by the selection rule",
    )
    args = ap.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        print(f"skipped: shared corpora folder not found at {args.shared / 'corpora'}")
        return 0
    if args.list and args.which != "all":
        for a in load_articles(args.shared, args.which):
            print(a.doc)
        return 0
    sys.path.insert(0, str(ROOT))
    names = list(SETS) if args.which == "all" else [args.which]
    if len(names) > 1:
        print(f"{'set':8} {'articles':>8} {'gold':>5}  {'recall':>6} {'prec':>6} {'kind':>6}")
    for name in names:
        if len(names) > 1 and not SETS[name].labels.exists():
            print(f"{name:8} (not labelled yet)")
            continue
        try:
            res = score(args.shared, name)
        except ImportError as exc:
            print(f"cannot score: toolkit.figures is not importable ({exc})", file=sys.stderr)
            return 1
        except RuntimeError as exc:
            print(f"cannot score {name}: {exc}", file=sys.stderr)
            return 1
        if len(names) == 1:
            print(report(res, args.show_errors))
        else:
            scores = [res[k] for k in ("statistic_recall", "statistic_precision", "kind_accuracy")]
            cells = " ".join(f"{x:>6.3f}" if x is not None else "     -" for x in scores)
            print(f"{name:8} {res['articles']:>8} {res['gold']:>5}  {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
