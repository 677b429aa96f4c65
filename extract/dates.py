"""A paragraph's date expressions in text order, each resolved to a value with its precision.

The Date mentions (`ht_dates`: 2019年10月, 10月, 20世纪80年代 …) are joined by
the forms whose value only the paragraph gives, read here from
`rules/dates.toml` [relative]: 同年 / 次年 (the year last stated or resolved,
or the one after), 上半年 / 年底 (a part of that year), bare decades (80年代:
the century that puts them nearest the paragraph's last year, else the 20th) and centuries as time
points (进入21世纪之后: 2000, precision century). A month without a year takes
the paragraph's year; a range (1986一1987年) is dated by its first year; a
part of a year written against a date (2019年上半年, 同年10月) is one
expression with it. Nothing is resolved without a year to resolve it from.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .model import Mention

_CN_NUMBER = {"十九": 19, "二十": 20, "二十一": 21, "二十二": 22}
_CN_DIGIT = {d: k + 1 for k, d in enumerate("一二三四五六七八九")}


@dataclass(frozen=True)
class DateExpr:
    start: int  # document offsets of the expression as written
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day, month, year, decade, century
    year: int
    anchor: bool = True  # whether a later bare month or day may be of this year (not 到2025年, 相比2021年)


@dataclass(frozen=True)
class _Rules:
    relative: re.Pattern[str]  # 同年 / 次年 / 上半年 …: group names say which
    decade: re.Pattern[str]
    century: re.Pattern[str]
    range_start: re.Pattern[str]
    offsets: dict[str, int | None]  # word -> year offset (0, 1, -1), None for a part of a year
    part_after: tuple[str, ...]  # what may precede a part of a year written alone
    this_century: frozenset[str]
    not_anchor_before: re.Pattern[str]
    not_anchor_joiners: re.Pattern[str]
    not_anchor_after: re.Pattern[str]  # 2021年营业收入: a statistic's year
    range_joiner: re.Pattern[str]  # 1958年8月至1965年2月: what joins a range's first and last dates
    same_day: frozenset[str]  # 同日, 同一天: the date last resolved, at its precision
    next_day: frozenset[str]  # 次日, 翌日: the day after the day last resolved
    dateline_shift: dict[str, tuple[str, int]]  # 今年, 去年, 今日, 昨日 -> ("year" | "day", offset from the dateline)
    dateline_day: re.Pattern[str]  # 昨(28)日: a day of the dateline's month
    dateline_not_after: tuple[str, ...]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    r = lexicon.rules_toml("dates.toml")["relative"]
    offsets = {w: 0 for w in r["same_year"]} | {w: 1 for w in r["next_year"]} | {w: -1 for w in r["previous_year"]}
    offsets |= {w: None for w in r["part_of_year"]}
    shifts = {w: ("year", k) for w, k in r["dateline_years"].items()} | {w: ("day", k) for w, k in r["dateline_days"].items()}
    words = "|".join(sorted(map(re.escape, [*offsets, *r["same_day"], *r["next_day"], *shifts]), key=len, reverse=True))
    month_day = r"(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日)?)?"  # 同年10月, 次年3月5日
    return _Rules(
        re.compile(f"(?P<w>{words}){month_day}"), re.compile(r["decade"]), re.compile(r["century"]), re.compile(r["range_start"]),
        offsets, tuple(r["part_of_year_after"]), frozenset(r["this_century"]),
        re.compile(r["not_anchor_before"]), re.compile(r["not_anchor_joiners"]), re.compile(r["not_anchor_after"]), re.compile(r["range_joiner"]),
        frozenset(r["same_day"]), frozenset(r["next_day"]),
        shifts, re.compile(r["dateline_bracketed_day"]), tuple(r["dateline_not_after"]),
    )


def _number(text: str) -> int:
    """19, 十九 → 19; a decade's digits 80, 八十, 七八十 → 80, 80, 70."""
    if text.isdigit():
        return int(text)
    if text in _CN_NUMBER:
        return _CN_NUMBER[text]
    return 10 * _CN_DIGIT.get(text[0], 0)


def mention_expr(m: Mention, year: int | None) -> DateExpr | None:
    y, month, day = m.attr("year") or year, m.attr("month"), m.attr("day")
    if y is None:
        return None
    if m.attr("precision") == "decade":
        return DateExpr(m.start, m.end, f"{y:04d}", "decade", y)
    if day and month:
        return DateExpr(m.start, m.end, f"{y:04d}-{month:02d}-{day:02d}", "day", y)
    if month:
        return DateExpr(m.start, m.end, f"{y:04d}-{month:02d}", "month", y)
    return DateExpr(m.start, m.end, f"{y:04d}", "year", y)


def _relative(text: str, offset: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, re.Match]]:
    """(start, end, kind, match) of the relative forms in `text` that no mention covers."""
    rules = _rules()
    found = []
    text = lexicon.fold_digits(text)  # ９０年代: full-width digits are digits, one character for one
    for kind, pattern in (("decade", rules.decade), ("century", rules.century), ("bracketed_day", rules.dateline_day), ("relative", rules.relative)):
        for m in pattern.finditer(text):
            s, e = offset + m.start(), offset + m.end()
            if kind == "relative" and m.group("m") and any(a < e and s < b for a, b in taken):
                m = pattern.match(text, m.start(), m.end("w"))  # 同年 10月 where 10月 is a mention: the word alone
                e = offset + m.end()
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                found.append((s, e, kind, m))
    return found


def _from_dateline(item: re.Match, kind: str, start: int, end: int, dateline: DateExpr | None, rules: _Rules) -> DateExpr | None:
    """今年5月, 去年, 今日, 昨日, 昨(28)日: counted from the news item's dateline, or nothing without one; a year's
    report's year (某局2023年工作总结) is a dateline for 今年 and 去年 only."""
    if dateline is None:
        return None
    unit, shift = ("day", 0) if kind == "bracketed_day" else rules.dateline_shift[item.group("w")]
    if unit == "day" and dateline.precision != "day":
        return None  # a report's year (2023年工作总结) dates its 今年 and 去年, not its 今日
    if kind == "bracketed_day":
        day = date.fromisoformat(dateline.value)
        n = int(item.group("n"))
        month_start = day.replace(day=1)
        if item.group("w") == "昨" and n > day.day:
            month_start = (month_start - timedelta(days=1)).replace(day=1)  # 昨(31)日 written on the 1st
        try:
            value = month_start.replace(day=n)
        except ValueError:
            return None
        return DateExpr(start, end, value.isoformat(), "day", value.year)
    if unit == "day":
        value = date.fromisoformat(dateline.value) + timedelta(days=shift)
        return DateExpr(start, start + len(item.group("w")), value.isoformat(), "day", value.year)
    y, month, d = dateline.year + shift, item.group("m"), item.group("d")
    if month:
        return DateExpr(start, end, f"{y:04d}-{int(month):02d}" + (f"-{int(d):02d}" if d else ""), "day" if d else "month", y)
    return DateExpr(start, start + len(item.group("w")), f"{y:04d}", "year", y)


def paragraph_dates(text: str, offset: int, date_mentions: list[Mention], year: int | None = None, dateline: DateExpr | None = None) -> list[DateExpr]:
    """The date expressions of one paragraph (`text` at document offset `offset`), resolved in reading order.

    `date_mentions` are the paragraph's Date mentions; the year of each resolved
    expression becomes the paragraph's year for the ones after it. `year` is the year the
    section last stated before the paragraph (2021年7月，… ¶ 9月12日，…: a news item's
    later paragraphs date their months by it), or None; `dateline` the news item's own date, from which 今年,
    去年, 今日 and 昨日 count (none without it)."""
    rules = _rules()
    taken = [(m.start, m.end) for m in date_mentions]
    items: list[tuple[int, int, str, object]] = [(m.start, m.end, "mention", m) for m in date_mentions]
    items += _relative(text, offset, taken)
    items.sort(key=lambda item: item[0])
    out: list[DateExpr] = []
    century_hint: int | None = None  # the last century the paragraph names
    for start, end, kind, item in items:
        expr = None
        if kind == "mention":
            expr = mention_expr(item, year)
            if expr is not None and expr.precision == "decade":
                century_hint = expr.year // 100
            if expr is not None and item.attr("year") and item.attr("precision") == "year":
                before = rules.range_start.search(text[max(0, start - offset - 12) : start - offset])
                if before:  # 1986一1987年: the range's first year
                    first = int(before.group("y"))
                    expr = DateExpr(start - len(before.group(0)), end, f"{first:04d}", "year", first)
        elif kind == "decade":
            m = item
            if m.group("y4"):
                first = int(m.group("y4"))
            else:
                decade = _number(m.group("dd")) % 100
                if m.group("c"):
                    century = _number(m.group("c")) - 1
                elif m.group("rel"):
                    century = 20 if m.group("rel") in rules.this_century else 19
                elif century_hint is not None:
                    century = century_hint
                elif year is not None:  # the decade nearest the paragraph's last year, the earlier on a tie (90年代 after 1983: 1990)
                    century = min((year // 100 - 1, year // 100), key=lambda c: (abs(c * 100 + decade - year), c * 100 + decade > year))
                else:
                    century = 19
                first = century * 100 + decade
                if m.group("c") or m.group("rel"):
                    century_hint = century
            expr = DateExpr(start, end, f"{first:04d}", "decade", first)
        elif kind == "century":
            first = (_number(item.group("c")) - 1) * 100
            if first > 0:
                expr = DateExpr(start, end, f"{first:04d}", "century", first)
                century_hint = first // 100
        elif kind == "bracketed_day" or item.group("w") in rules.dateline_shift:
            if text.startswith(rules.dateline_not_after, end - offset):
                continue  # 今日头条: a name
            expr = _from_dateline(item, kind, start, end, dateline, rules)
        elif item.group("w") in rules.same_day or item.group("w") in rules.next_day:
            last = next((x for x in reversed(out) if x.anchor and x.precision in ("day", "month", "year")), None)
            if last is not None and item.group("w") in rules.same_day:  # 报告于2014年10月公布，同一天…: the date just resolved
                expr = DateExpr(start, start + len(item.group("w")), last.value, last.precision, last.year)
            elif last is not None and last.precision == "day":  # 2019年7月22日…。次日，…: the day after
                following = date.fromisoformat(last.value) + timedelta(days=1)
                expr = DateExpr(start, start + len(item.group("w")), following.isoformat(), "day", following.year)
        else:
            shift = rules.offsets[item.group("w")]
            previous = out[-1] if out and out[-1].end == start else None
            if previous is not None and shift is None:  # 2019年上半年: one expression
                out[-1] = DateExpr(previous.start, end, previous.value, previous.precision, previous.year)
                continue
            alone_ok = start == offset or text[: start - offset].endswith(rules.part_after)
            if year is not None and (shift is not None or alone_ok):
                y, month, day = year + (shift or 0), item.group("m"), item.group("d")
                if month and shift is not None:
                    value = f"{y:04d}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
                    expr = DateExpr(start, end, value, "day" if day else "month", y)
                else:
                    expr = DateExpr(start, start + len(item.group("w")), f"{y:04d}", "year", y)
        if expr is None:
            continue
        previous = out[-1] if out else None
        if previous is not None and not text[previous.end - offset : expr.start - offset].strip() and kind == "mention" and expr.precision in ("month", "day") and item.attr("year") is None:
            # 同年10月, 次年3月: the month of the year just resolved
            value = f"{previous.year:04d}" + expr.value[4:]
            out[-1] = DateExpr(previous.start, expr.end, value, expr.precision, previous.year)
            year = previous.year
            continue
        if kind == "mention" and item.attr("year") and previous is not None and previous.anchor and rules.range_joiner.match(text[previous.end - offset : expr.start - offset]):
            out[-1] = replace(previous, end=expr.end)  # 1958年8月至1965年2月: the range, dated by its first date
            continue
        if kind == "mention" and item.attr("year") and ((year is not None and text.endswith("年度", 0, expr.end - offset)) or _not_anchor(text, offset, expr, previous, rules)):
            out.append(replace(expr, anchor=False))
            continue  # 到2025年: a target, no year for what follows; 2019年1月8日，2018年度…: an award's or a budget's year after the calendar's
        out.append(expr)
        if expr.precision in ("day", "month", "year"):
            year = expr.year
    return out


def stated_as_target(text: str, start: int) -> bool:
    """Whether the year written at `start` is a target or a term of comparison (到2028年, 相比2021年: `not_anchor_before`)."""
    return _rules().not_anchor_before.search(text[max(0, start - 8) : start]) is not None


def _not_anchor(text: str, offset: int, expr: DateExpr, previous: DateExpr | None, rules: _Rules) -> bool:
    """Whether a stated year is a target or a term of comparison (`not_anchor_before` in dates.toml), a statistic's
    (`not_anchor_after`: 2021年营业收入), or joined to one (相比2021年和2020年)."""
    if stated_as_target(text, expr.start - offset):
        return True
    if expr.precision == "year" and rules.not_anchor_after.match(text, expr.end - offset):
        return True  # 有175家2021年营业收入同比增长: the year of a statistic, not of the news
    return previous is not None and not previous.anchor and bool(rules.not_anchor_joiners.match(text[previous.end - offset : expr.start - offset]))
