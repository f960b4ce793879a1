"""How ``claimtrack conflicts`` shows a report to people: positions, reversals, revisions, sums.

Split from ``render`` (which it builds on) to keep each module readable; imports run one way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimtrack.errors import clean
from claimtrack.fields import PARAPHRASE, UNCHECKED
from claimtrack.render import (
    POSITION_STYLES,
    _quote,
    _range,
    out,
    plain_console,
    print_block,
    range_chart,
    t,
)
from claimtrack.wording import inline_figure, plural, quoted

if TYPE_CHECKING:
    from claimtrack.conflicts import Report


def _block_table(*columns: str) -> Table:
    table = Table(show_header=True, box=None, padding=(0, 1), expand=True)
    for name in columns:
        if name == "quote":
            table.add_column(name, ratio=3, overflow="fold")
        elif name == "who":
            table.add_column(name, ratio=2, overflow="fold")
        else:
            table.add_column(name, no_wrap=True)
    return table


# Claims listed per position (and per side of a disputed proposition) unless --full: a
# big subject's report stays readable and fast; the counts say what is not listed.
POSITION_CLAIMS = 5
REVERSAL_READ = 2  # x POSITION_CLAIMS: claims of a reversal read for its line of changes


def conflicts_report(
    subject: str,
    report: Report,
    records: dict[str, dict[str, Any]],
    limit: int | None = POSITION_CLAIMS,
    grades: Any = None,
    definitions: dict[str, str] | None = None,
    comparisons: list[Any] | None = None,
    withdrawn: list[dict[str, Any]] | None = None,
) -> None:
    """A subject's findings for people. ``limit``: claims listed per position (None: all);
    ``records`` must hold at least ``shown_ids(report, limit)``. Bounded (the default), a
    reversal is one line (its claims' positions and dates) instead of a table. ``grades``
    (an ``evidence.Assessment``) adds what stands behind each finding, ``definitions``
    (measure -> what it counts) each disputed measure's definition, ``comparisons``
    (``comparisons.Comparison``) a section "Different definitions"."""
    definitions = definitions or {}
    from claimtrack.conflicts import (
        FigureConflict,
        Reversal,
        Revision,
        StanceConflict,
        SumFinding,
        summary_line,
    )

    console = out()
    console.size = console.size  # read the terminal's size once, not on every line
    console.rule(t(f"claimtrack conflicts: {subject}", "bold"))
    # each forecast's row says so, but in a figure dispute, which holds forecasts only as a
    # dispute among them, whose heading says "forecasts of D" (time27)
    plain, records = records, with_forecasts(records, report)
    if not report.conflicts:
        console.print(t(summary_line(report)))
    sum_runs = _sum_runs(report) if limit is not None else {}
    from claimtrack.hints import by_finding, raised, terminal_line

    said_under = by_finding(raised(report, records))  # 0: said after the findings
    for n, c in enumerate(report.conflicts, 1):
        if isinstance(c, FigureConflict):
            _figure_block(
                console,
                n,
                c,
                plain,
                limit,
                c.measure in report.cumulative,
                c.measure in report.moments,
            )
            for h in said_under.get(n, ()):
                console.print(Padding(t(terminal_line(subject, h), "dim"), (0, 0, 0, 2)))
        elif isinstance(c, Revision):
            _revision_block(console, n, c, records)
        elif isinstance(c, SumFinding):
            if _sum_entry(console, n, report, records, sum_runs, grades):
                continue  # shown with the first of its group, or shown with its evidence
        elif isinstance(c, StanceConflict):
            _stance_block(console, n, c, records, limit)
        elif isinstance(c, Reversal):
            hints = [terminal_line(subject, h) for h in said_under.get(n, ())]
            _reversal_entry(console, n, report, records, limit, hints)
            if limit is not None:
                continue  # one claimant: one origin, in JSON; the line stays one line
        else:  # a kind the engine finds that this listing does not know: never left out
            _other_block(console, n, c, records)
        if grades is not None:
            _support_lines(
                console, c, grades.conflicts[n - 1], grades.bounds.get(n - 1),
                grades.timed.get(n - 1, ()), grades.both_sides.get(n - 1, ""),
            )  # fmt: skip
        measure = getattr(c, "measure", None)
        if measure in definitions:
            console.print(Padding(t(f"{measure}: {definitions[measure]}", "dim"), (0, 0, 0, 2)))
    _hints_after(console, subject, said_under.get(0, []))
    _checks(console, report, records, limit is None)
    _minor(console, report, records, limit, grades)
    _incomparable(console, report)
    _changes(console, report, records)
    _after(console, comparisons, withdrawn)
    if report.conflicts:
        console.print()
        console.print(t(summary_line(report), "bold"))


def no_conflicts(entries: list[dict[str, Any]]) -> None:
    """After `conflicts --all`'s findings, the subjects it checked and found no conflict in
    (``hints.no_conflict``): listed, never left out of sight."""
    from claimtrack.hints import no_conflict_line

    console = out()
    console.print()
    console.print(t(no_conflict_line(entries)))


def _after(
    console: Console, comparisons: list[Any] | None, withdrawn: list[dict[str, Any]] | None
) -> None:
    """What is said after the findings and before the summary: alternative measures side by
    side, then the claims their outlets withdrew."""
    if comparisons:
        _comparisons(console, comparisons)
    if withdrawn:
        _withdrawn(console, withdrawn)


def _withdrawn(console: Console, withdrawn: list[dict[str, Any]]) -> None:
    """The claims their outlets withdrew (evidence17, ``corrections.withdrawn_line``): never a
    finding, said so that no one publishes them as standing."""
    from claimtrack.corrections import WITHDRAWN_HEADING, withdrawn_line

    console.print()
    console.print(t(f"{WITHDRAWN_HEADING}:"))
    for r in withdrawn:
        console.print(Padding(t(withdrawn_line(r)), (0, 0, 0, 2)))


def _hints_after(console: Console, subject: str, hints: list[Any]) -> None:
    """The hints said after the findings (``hints.raised``): one paragraph each, then the sum
    relations not checked together, one line each."""
    from claimtrack.hints import terminal_line

    unchecked = [h for h in hints if h.hint == "sum-not-checked"]
    for h in hints:
        if h.hint != "sum-not-checked":
            console.print()
            console.print(t(terminal_line(subject, h), "dim"))
    if unchecked:
        console.print()
    for h in unchecked:
        console.print(t(terminal_line(subject, h), "dim"))


def _sum_entry(
    console: Console,
    n: int,
    report: Report,
    records: dict[str, dict[str, Any]],
    sum_runs: dict[int, list[int]],
    grades: Any,
) -> bool:
    """Finding ``n``, a sum that does not add up: alone, as the first of its group (the
    group's block, with the evidence of its worst check), or nothing (shown in its group).
    True when nothing more is to be shown for it."""
    run = sum_runs.get(n)
    if run is None:
        if any(n in ns for ns in sum_runs.values()):
            return True
        _sum_block(console, n, report.conflicts[n - 1], records)
        return False
    group = [report.conflicts[k - 1] for k in run]
    worst = _sum_group_block(console, run, group, records)
    if grades is not None:
        _support_lines(console, group[0], grades.conflicts[worst - 1], None)
    return True


def _sum_runs(report: Report) -> dict[int, list[int]]:
    """The sums that do not add up of one relation, claimant of the parts and time, shown as
    one block (its closest and worst checks) unless every claim is asked for (--full): the
    number of each group's first finding -> the numbers of the group (groups of two or more)."""
    from claimtrack.report import sum_groups

    numbers = {id(c): n for n, c in enumerate(report.conflicts, 1)}
    return {
        numbers[id(g[0])]: [numbers[id(c)] for c in g]
        for g in sum_groups(report.conflicts)
        if len(g) > 1
    }


def _support_lines(
    console: Console,
    c: Any,
    supports: Any,
    bounds: Any,
    timed: Any = (),
    both: str = "",
) -> None:
    """What stands behind a finding (issue #26): each position's or side's claims,
    independent origins and grade; a dispute resting on parties alone; a figure dispute's
    bounds."""
    from claimtrack.evidence import corroborated_text, party_only, support_text

    lines = []
    positions = getattr(c, "positions", None)
    if positions is None:
        lines = [f"evidence: {support_text(supports[0], graded=False)}"] if supports else []
    else:
        for i, (p, sup) in enumerate(zip(positions, supports, strict=True), 1):
            label = p.stance if hasattr(p, "stance") else f"position {i}"
            lines.append(f"{label}: {support_text(sup, who=p.claimants)}")
        if party_only(supports):
            lines.append("every position rests on parties to the events alone: context, not proof")
        if both:
            lines.append(both)
    if bounds is not None:
        dim = getattr(c, "dimension", "count")
        # "the sources span 0+" (from "50 or less" to "450+") says nothing: left out
        said = [f"the sources span {_range(bounds.low, bounds.high, dim)}"]
        said = said if bounds.spans_something else []
        said.append(
            corroborated_text(c, supports, bounds, lambda lo, hi: _range(lo, hi, dim), timed)
        )
        lines.append("; ".join(said))
    for line in lines:
        console.print(Padding(t(line, "dim"), (0, 0, 0, 2)))


def _comparisons(console: Console, comparisons: list[Any]) -> None:
    """Alternative measures (``relate --alternative-to``): two answers to one question under
    different definitions, side by side with the ratio between them; never a dispute."""
    from claimtrack.comparisons import ratio_text

    console.print()
    console.print(t("Different definitions (two answers to one question, not a dispute):", "bold"))
    for c in comparisons:
        for s in c.sides:
            span = _range(s.low, s.high, s.dimension or "count") if s.low is not None else "-"
            who = ", ".join(s.claimants) or "no active figure"
            n = len(s.claims)
            at = f" at {s.time}" if s.time else ""
            line = f"{s.measure}{at}: {span} ({n} claim{'s' if n != 1 else ''}: {who})"
            console.print(Padding(t(line), (0, 0, 0, 2)))
            what = s.defined_as or "no definition given (claimtrack measure ... --defined-as)"
            console.print(Padding(t(f"counts: {what}", "dim"), (0, 0, 0, 4)))
        console.print(Padding(t(ratio_text(c)), (0, 0, 0, 2)))


def shown_ids(report: Report, limit: int | None = POSITION_CLAIMS) -> set[str]:
    """The claim ids ``conflicts_report`` shows with this ``limit`` (the records to fetch):
    the claims it lists, and every claim of a disputed figure, whose lines under it (the dates
    its statements were made on, a claimant's own figures in two positions, the figures stated
    later, its hints) read them all, as the report and the sheet do (outputs9: read from the
    claims listed alone, a long dispute's "said on 17 dates" was 18)."""
    from claimtrack.conflicts import FigureConflict, Reversal, StanceConflict, finding_ids

    if limit is None:
        return finding_ids(report)
    ids: set[str] = set()
    for group in (report.conflicts, report.minor, report.checks):
        for c in group:
            if isinstance(c, FigureConflict) and group is report.conflicts:
                for position in c.positions:
                    ids.update(position.claims)
                for fall in c.falls:
                    ids.update(fall.claims)
            elif isinstance(c, FigureConflict | StanceConflict):
                for p in c.positions:
                    ids.update(p.claims[:limit])
                for fall in getattr(c, "falls", ()):
                    ids.update(fall.claims)
            elif isinstance(c, Reversal):
                ids.update(c.claims[: REVERSAL_READ * limit])
                ids.update(c.later)  # the figures its line says may describe a later moment
                for d in c.disputes:  # the disputes it tells: their lines read them all
                    for p in d.positions:
                        ids.update(p.claims)
            else:
                ids.update(c.claims)
    for ch in report.changes:  # their quotes may say a figure was superseded
        for point in ch.points:
            ids.update(point.claims)
    return ids


def stated(r: dict[str, Any]) -> str:
    """A figure claim as said and as read: 'some 250\n= 225–275', '3,500\n≈ 3,450–3,550';
    a figure not in its quote says so under its reading ('400\n≈ 380–420\nnot in its quote
    (imported unchecked)', '410\n≈ 405–415\nparaphrase': quotes31, ``Store.
    with_quote_checks``; a paraphrase's note under the table)."""
    from claimtrack.readings import reading_of

    checked = r.get("not_in_quote")
    if checked is not None:  # a paraphrase's note is said under the table (_paraphrases)
        said = _check_words(r) if checked == UNCHECKED else checked
        return f"{r.get('value')}\n{reading_of(r)}\n{said}"
    return f"{r.get('value')}\n{reading_of(r)}"


def _paraphrases(console: Console, shown: Iterable[dict[str, Any]]) -> None:
    """Under a table of figures, each marked paraphrase's note, in the words every output
    gives it (quotes31): "“US$2 billion” (Mexico City government): paraphrase: translated
    from the Spanish" (a note that says nothing after its mark: the table's word alone)."""
    for r in shown:
        if r.get("not_in_quote") != PARAPHRASE:
            continue
        words = _check_words(r)
        if words and words != PARAPHRASE:
            line = f"{quoted(str(r.get('value')))} ({r['claimant']}): {words}"
            console.print(Padding(t(line, "dim"), (0, 0, 0, 2)))


def _check_words(r: dict[str, Any]) -> str | None:
    """``quote_marks.quote_check_words`` of a record that holds its stored ``not_in_quote``."""
    from claimtrack.quote_marks import quote_check_words

    return quote_check_words(r.get("not_in_quote"), r.get("note"))


def with_forecasts(records: dict[str, dict[str, Any]], report: Report) -> dict[str, dict[str, Any]]:
    """``records`` with each forecast the engine read (``Report.forecasts``) a copy that
    says so (``forecast_of``: the moment it forecasts), for the lines that show the claim
    ("MENAFN, 2023-10, forecast of 2024"): the records themselves are not changed
    (``records`` itself when the engine read none)."""
    if not report.forecasts:
        return records
    out = dict(records)
    for cid, moment in report.forecasts:
        if cid in out:
            out[cid] = {**out[cid], "forecast_of": moment}
    return out


def _who(r: dict[str, Any], records: dict[str, dict[str, Any]] | None = None) -> Text:
    """Claimant (speaker) on one line, outlet and date dimmed on the next; an echo says
    whose claim it relays."""
    from claimtrack.wording import speaker_shown

    text = t(r["claimant"], "bold")
    speaker = speaker_shown(r["claimant"], r.get("speaker"))
    if speaker:
        text.append(t(f" ({speaker})"))
    if r.get("relays"):
        relayed = (records or {}).get(r["relays"])
        whose = relayed["claimant"] if relayed else r["relays"]
        text.append(t(f" (relaying {whose})", "italic"))
    from claimtrack.report import forecast_note

    forecast = r.get("forecast_of")
    source = ", ".join(
        p for p in (r.get("outlet"), _when(r), forecast and forecast_note(forecast)) if p
    )
    if source:
        text.append("\n")
        text.append(t(source, "dim"))
    return text


def _when(r: dict[str, Any]) -> str | None:
    """When a statement was made, saying which date it is: "2023-09-17", "reported 2023-09-14"
    (the engine's ``date_of`` rule: said_on, else reported_on)."""
    from claimtrack.conflicts import date_of

    date, basis = date_of(r.get("said_on"), r.get("reported_on"))
    return f"reported {date}" if basis == "reported_on" else date


def _gaps(c: Any) -> str:
    """A dispute's gaps between neighbouring positions, as ratios, or for a rate in points."""
    from claimtrack.report import gap_texts

    return ", ".join(gap_texts(c))


def _figure_block(
    console: Console,
    n: int,
    c: Any,
    records: dict[str, dict[str, Any]],
    limit: int | None,
    cumulative: bool = False,
    moment: bool = False,
) -> None:
    from claimtrack.report import figure_when, spread_text, time_lines

    sev = spread_text(c)
    console.print()
    head = f"{n}. Disputed figure: {figure_when(c)}: {len(c.positions)} positions, spread {sev}"
    console.print(t(head, "bold"))
    for line in time_lines(c, records, cumulative, moment):
        console.print(Padding(t(line, "dim"), (0, 0, 0, 2)))
    bounded = limit is not None and any(len(p.claims) > limit for p in c.positions)
    if bounded:
        _positions_summary(console, c, records, limit or 0)
        return
    table = _block_table("pos", "range", "figure", "who", "quote")
    chart_rows = []
    spans = _spans(c)
    for i, p in enumerate(c.positions, 1):
        style = POSITION_STYLES[(i - 1) % len(POSITION_STYLES)]
        echoes = {e for e, _ in p.relaying}  # a relay that changed its figure is no echo
        for j, cid in enumerate(p.claims):
            r = records[cid]
            first = j == 0
            table.add_row(
                t(f"{i}" if first else "", style),
                t(spans[i - 1] if first else "", style),
                t(stated(r)),
                _who(r, records),
                _quote(r),
            )
            if cid not in echoes:
                chart_rows.append((r["claimant"], *_base_bounds(r), i))
        if i < len(c.positions):
            table.add_row("", "", "", "", "")
    print_block(console, table)
    if c.not_in_quote:
        _paraphrases(console, (records[cid] for p in c.positions for cid in p.claims))
    gaps = _gaps(c)
    console.print(Padding(t(f"gaps between neighbouring positions: {gaps}", "dim"), (0, 0, 0, 2)))
    chart = range_chart(chart_rows, width=min(console.width - 34, 64), dimension=c.dimension)
    console.print(Padding(chart, (0, 0, 0, 2)))


def _spans(c: Any) -> list[str]:
    """The positions' ranges, never rounded into one another (``amounts.apart_texts``)."""
    from claimtrack.amounts import apart_texts

    return apart_texts([(p.low, p.high) for p in c.positions], c.dimension)


def _base_bounds(record: dict[str, Any]) -> tuple[Any, Any]:
    """A figure's stated bounds in its dimension's base unit, as its position's range is shown
    and the chart's axis counts ("3 miles" at 4,828 m, beside "10,000 m"); a count as stated."""
    from claimtrack.readings import figure_numbers

    numbers = figure_numbers(record)
    if numbers is None or numbers.dimension == "count":
        return record["low"], record["high"]
    return numbers.base_low, numbers.base_high


def _positions_summary(
    console: Console, c: Any, records: dict[str, dict[str, Any]], limit: int
) -> None:
    """A dispute too big to list claim by claim: one line per position (its range, how many
    claims and claimants, its first claims) and one chart strip per position."""
    width = max(console.width - 2, 40)
    spans = _spans(c)
    span_w = max(len("range"), *(len(x) for x in spans))
    lines = [f"{'pos':>3}  {'range':<{span_w}}  {'claims':>6}  {'claimants':>9}  first claims"]
    for i, (p, span) in enumerate(zip(c.positions, spans, strict=True), 1):
        first = " · ".join(_claim_brief(records[cid]) for cid in p.claims[:limit])
        if len(p.claims) > limit:
            first += f" · … {len(p.claims) - limit:,} more"
        line = f"{i:>3}  {span:<{span_w}}  {len(p.claims):>6,}  {len(p.claimants):>9,}  {first}"
        lines.append(_cut(line, width))
    _print_lines(console, lines)
    gaps = _gaps(c)
    console.print(Padding(t(f"gaps between neighbouring positions: {gaps}", "dim"), (0, 0, 0, 2)))
    strips = [
        (f"{i}: {_claims(len(p.claims))}", p.low, p.high, i) for i, p in enumerate(c.positions, 1)
    ]
    chart = range_chart(strips, width=min(console.width - 34, 64), dimension=c.dimension)
    _print_lines(console, [*chart.renderables, t("every claim: --full", "dim")])  # type: ignore[list-item]


def _print_lines(console: Console, lines: Sequence[Text | str], indent: int = 2) -> None:
    """Lines already cut to the console's width (a ``str`` is cleaned here, as ``t`` does),
    printed indented in one go, without wrapping: rich's word wrap costs about a millisecond
    a line. Where rich would print no style at all (not a terminal), the text is written
    as is, which is what rich prints for it, at a fraction of the cost."""
    texts = [clean(x) if isinstance(x, str) else x.plain for x in lines]
    pad = " " * indent
    if plain_console(console) and not any("\t" in x for x in texts):
        console.file.write("\n".join(pad + x for x in texts) + "\n")
        return
    styled = [t(x) if isinstance(x, str) else x for x in lines]
    console.print(Text("\n").join(Text(pad) + line for line in styled), soft_wrap=True)


def _cut(line: str, width: int) -> str:
    """One line of a table made of text, cut to ``width`` (spacing kept, unlike ``short``)."""
    line = " ".join(line.splitlines())
    return line if len(line) <= width else line[: width - 1] + "…"


def _wrapped(line: str, width: int) -> list[str]:
    """A finding's head in lines of ``width``, the later ones indented under its text: cut, it
    would lose what it is about (the measure or proposition comes last)."""
    from textwrap import wrap

    if len(line) <= width:
        return [line]
    return wrap(line, width, subsequent_indent="   ", break_on_hyphens=False) or [line]


def _claims(n: int) -> str:
    return plural(n, "claim")


def _claim_brief(r: dict[str, Any], position: bool = True) -> str:
    """'about 7 kilometres (Amnesty International, ID)'; without the position: 'AFP (ID)'."""
    said = (
        f"{inline_figure(r['value']) if r['kind'] == 'figure' else r['stance']} "
        if position
        else ""
    )
    return f"{said}({r['claimant']}, {r['id']})" if position else f"{r['claimant']} ({r['id']})"


def _stance_block(
    console: Console, n: int, c: Any, records: dict[str, dict[str, Any]], limit: int | None
) -> None:
    console.print()
    console.print(t(f"{n}. Disputed proposition: {c.proposition}", "bold"))
    if limit is not None and any(len(p.claims) > limit for p in c.positions):
        width = max(console.width - 2, 40)
        lines = []
        for p in c.positions:
            first = " · ".join(_claim_brief(records[cid], False) for cid in p.claims[:limit])
            if len(p.claims) > limit:
                first += f" · … {len(p.claims) - limit:,} more"
            count = f"{_claims(len(p.claims))}, {plural(len(p.claimants), 'claimant')}"
            lines.append(_cut(f"{p.stance:<8} {count}: {first}", width))
        _print_lines(console, lines)
        return
    table = _block_table("side", "who", "quote")
    for k, p in enumerate(c.positions):
        style = {"affirms": "green", "denies": "red"}.get(p.stance, "yellow")
        for j, cid in enumerate(p.claims):
            r = records[cid]
            table.add_row(t(p.stance if j == 0 else "", style), _who(r, records), _quote(r))
        if k < len(c.positions) - 1:
            table.add_row("", "", "")
    print_block(console, table)


def _dated_table(
    rows: list[tuple[str, dict[str, Any]]],
    records: dict[str, dict[str, Any]],
    direction: bool = False,
) -> Table:
    """A finding's claims in date order; ``direction``: its topic a measure's direction over
    a moment ("gdp went up (as of 2024)"), each figure said with the way it goes."""
    table = _block_table("date", "position", "who", "quote")
    for when, r in rows:
        position = stated(r) if r["kind"] == "figure" else r["stance"]
        if direction and r["kind"] == "figure":
            position = _with_direction(position, r)
        table.add_row(t(when), t(position), _who(r, records), _quote(r))
    return table


def _with_direction(position: str, r: dict[str, Any], inline: bool = False) -> str:
    """A change's figure with the way it goes, as the engine names its measure: "2.8 percent
    (rise)" against "2.8 percent (fall)" ("2.8 percent rise" in a line of steps), never the
    same words for growth and a contraction (outputs15); any other figure as it is."""
    from claimtrack.conflicts.model import CHANGE_SUFFIX

    suffix = CHANGE_SUFFIX.get(r.get("change") or "", "")
    if not suffix:
        return position
    if inline:
        return f"{position} {suffix.strip(' ()')}"
    first, sep, rest = position.partition("\n")
    return first + suffix + sep + rest


_BASIS = {"said_on": "said", "reported_on": "reported", "as_of": "as of", None: ""}


def _reversal_entry(
    console: Console,
    n: int,
    report: Report,
    records: dict[str, dict[str, Any]],
    limit: int | None,
    hints: list[str],
) -> None:
    """Finding ``n``, a reversal: in full (``limit`` None) or in brief, with its lines and the
    hints said under it (those of the disputes it tells, time21)."""
    from claimtrack.conflicts import Reversal
    from claimtrack.report import reversal_notes

    c = report.conflicts[n - 1]
    notes = reversal_notes(c, records, report.cumulative, report.moments)
    if limit is None:
        _reversal_block(console, n, c, records, notes)
    else:
        first = not isinstance(report.conflicts[n - 2], Reversal) if n > 1 else True
        _reversal_line(console, n, c, records, limit, first, notes)
    for line in hints:
        console.print(Padding(t(line, "dim"), (0, 0, 0, 2)))


def _reversal_block(
    console: Console, n: int, c: Any, records: dict[str, dict[str, Any]], notes: list[str]
) -> None:
    """A reversal in full: its heading, its lines (``report.reversal_notes``), its claims."""
    from claimtrack.conflicts import reversal_heading
    from claimtrack.report import passed_on

    console.print()
    console.print(t(f"{n}. {reversal_heading(c, passed_on=passed_on(c, records))}", "bold"))
    for line in notes:
        console.print(Padding(t(line, "dim"), (0, 0, 0, 2)))
    dates = c.dates or [(None, None)] * len(c.claims)
    rows = [
        (f"{_BASIS[basis]} {date}" if date else "undated", records[cid])
        for cid, (date, basis) in zip(c.claims, dates, strict=True)
    ]
    print_block(console, _dated_table(rows, records, c.topic_kind == "proposition"))
    _paraphrases(console, (r for _, r in rows))


def _reversal_line(
    console: Console,
    n: int,
    c: Any,
    records: dict[str, dict[str, Any]],
    limit: int,
    first: bool,
    notes: list[str],
) -> None:
    """A reversal in brief: its head, then one line of the claimant's changes of position in
    date order (a position repeated by the same voice is not listed again), each with who
    voiced it when that is not the claimant ("denies (said 2008-12-14, voiced by George
    Charamba)", as the table of --full names the speaker); every claim and quote: --full."""
    from claimtrack.conflicts import order_note, reversal_heading
    from claimtrack.conflicts.core import _before
    from claimtrack.report import forecast_note, passed_on
    from claimtrack.wording import speaker_shown

    dates = c.dates or [(None, None)] * len(c.claims)
    # the order note is cut off the end of a long line: its gist stays in the head
    relayed = passed_on(c, records)
    head = f"{n}. {reversal_heading(c, with_note=False, passed_on=relayed)}" + (
        "" if c.ordered else " (order not known)"
    )
    steps: list[str] = []
    last: object = None
    read = c.claims[: REVERSAL_READ * limit]
    arrows: list[str] = []  # before each step after the first
    previous: str | None = None
    unquoted: list[str] = []  # its figures shown that are not in their quotes
    for cid, (date, basis) in zip(read, dates, strict=False):
        r = records[cid]
        position = inline_figure(r["value"]) if r["kind"] == "figure" else r["stance"]
        if c.topic_kind == "proposition" and r["kind"] == "figure":
            position = _with_direction(position, r, inline=True)  # growth is no fall
        speaker = speaker_shown(r["claimant"], r.get("speaker"))
        if (position, speaker) == last:
            continue
        last = (position, speaker)
        when = f"{_BASIS[basis]} {date}" if date else "undated"
        if r.get("forecast_of"):  # the engine's forecast of that moment (rule 2)
            when += f", {forecast_note(r['forecast_of'])}"
        voiced = f", voiced by {speaker}" if speaker else ""
        # a claim passing on another's, as the table of --full says beside it (time25: Hassan
        # Diab's "only 500 tonnes" was the FBI's figure, not a count of his own)
        relayed_from = records.get(r["relays"]) if r.get("relays") else None
        if r.get("relays"):
            voiced += f", relaying {relayed_from['claimant'] if relayed_from else r['relays']}"
        if steps:  # an ordered reversal's statements of one day (figures that agree): no arrow
            after = c.ordered and (previous is None or date is None or _before(previous, date))
            arrows.append(" → " if after else " · ")
        previous = date
        steps.append(f"{position} ({when}{voiced})")
        if r.get("not_in_quote") and len(steps) <= limit:  # quotes31: said in full below
            unquoted.append(f"{position} ({r['claimant']}): {_check_words(r)}")
    arrow = " → " if c.ordered else " · "  # no arrow where the order is not known
    text = f"{_claims(len(c.claims))}: " + "".join(
        (arrows[k - 1] if k else "") + step for k, step in enumerate(steps[:limit])
    )
    if len(steps) > limit or len(read) < len(c.claims):
        text += arrow + "…"
    if first:
        console.print()
    width = console.width
    # the order note ends the line where it fits; else it has a line of its own, wrapped: a
    # caveat ("it may have been said on any day from 2014") is never cut, nor left to --full
    note = order_note(c) if not c.ordered else ""
    fits = not note or len(text) + len(note) + 3 <= width - 3
    if note and fits:
        text += f" ({note})"
    heads = [t(line, "bold") for line in _wrapped(head, width)]  # never cut: it names what
    _print_lines(console, [*heads, "   " + _cut(text, width - 3)], 0)
    for caveat in ("" if fits else note, *unquoted, *notes):
        if caveat:
            console.print(Padding(t(caveat, "dim"), (0, 0, 0, 3)))


def _other_block(console: Console, n: int, c: Any, records: dict[str, dict[str, Any]]) -> None:
    """A finding of a kind added to the engine after this listing was written: its heading
    (``report.finding_heading``) and its claims, each with its date."""
    from claimtrack.conflicts import date_of
    from claimtrack.report import finding_heading

    console.print()
    console.print(t(f"{n}. {finding_heading(c, records)}", "bold"))
    rows = []
    for cid in getattr(c, "claims", ()):
        if cid in records:
            date, basis = date_of(records[cid].get("said_on"), records[cid].get("reported_on"))
            rows.append((f"{_BASIS[basis]} {date}" if date else "undated", records[cid]))
    print_block(console, _dated_table(rows, records))


def _revision_block(console: Console, n: int, c: Any, records: dict[str, dict[str, Any]]) -> None:
    from claimtrack.conflicts import revision_heading, revision_note

    console.print()
    console.print(t(f"{n}. {revision_heading(c)}", "bold"))
    rows = [
        (f"{_BASIS[basis]} {date}", records[cid])
        for cid, (date, basis) in zip(c.claims, c.dates, strict=True)
    ]
    print_block(console, _dated_table(rows, records))
    _paraphrases(console, (r for _, r in rows))
    console.print(
        Padding(
            t(revision_note(c), "dim"),
            (0, 0, 0, 2),
        )
    )


def _sum_text(c: Any, records: dict[str, dict[str, Any]]) -> str:
    from claimtrack.report import sum_text

    return sum_text(c, records)


def _sum_block(console: Console, n: int, c: Any, records: dict[str, dict[str, Any]]) -> None:
    console.print()
    from claimtrack.report import sum_heading

    console.print(t(f"{n}. {sum_heading(c.total, c.parts, of=c.of)}", "bold"))
    console.print(Padding(t(_sum_text(c, records)), (0, 0, 0, 2)))
    table = _block_table("measure", "figure", "who", "quote")
    measures = [*c.parts, c.total] if len(c.claims) == len(c.parts) + 1 else []
    for k, cid in enumerate(c.claims):
        r = records[cid]
        table.add_row(
            t(measures[k] if measures else r.get("measure")),
            t(stated(r)),
            _who(r, records),
            _quote(r),
        )
    print_block(console, table)
    _paraphrases(console, (records[cid] for cid in c.claims))


def _sum_group_block(
    console: Console,
    numbers: list[int],
    group: list[Any],
    records: dict[str, dict[str, Any]],
) -> int:
    """Sums that do not add up, of one relation, claimant of the parts and time, in one block:
    how many combinations, the closest and the worst (with their claims). Returns the number
    of the worst finding (whose evidence is shown)."""
    from claimtrack.report import ranked_sums, sum_heading, sums_text

    first = group[0]
    console.print()
    consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    listed = f"{numbers[0]}–{numbers[-1]}" if consecutive else ", ".join(map(str, numbers))
    head = f"{listed}. {sum_heading(first.total, first.parts, many=True, of=first.of)}"
    console.print(t(head, "bold"))
    console.print(Padding(t(f"{first.total}: {sums_text(group, records)}"), (0, 0, 0, 2)))
    ranked = ranked_sums(group)
    shown = list(dict.fromkeys([*ranked[0].claims, *ranked[-1].claims]))
    table = _block_table("measure", "figure", "who", "quote")
    for cid in shown:
        r = records[cid]
        table.add_row(t(r.get("measure")), t(stated(r)), _who(r, records), _quote(r))
    print_block(console, table)
    _paraphrases(console, (records[cid] for cid in shown))
    console.print(Padding(t("every combination: --full, or --json", "dim"), (0, 0, 0, 2)))
    worst = ranked[-1]
    return next(n for n, c in zip(numbers, group, strict=True) if c is worst)


def _checks(
    console: Console, report: Report, records: dict[str, dict[str, Any]], full: bool = False
) -> None:
    """Sums that hold: one line per relation, claimant of the parts and time (how many
    combinations of their figures, the range of their sums, the totals they meet), each check
    on its own line with ``full``; a line says how many other combinations of theirs do not
    add up, so that a failing check never hides behind a holding one."""
    from claimtrack.report import failing_text, sum_groups, sums_text

    if not report.checks:
        return
    console.print()
    console.print(t("Sums that hold:", "bold"))
    if full:
        for c in report.checks:
            console.print(Padding(t(f"{c.total}: {_sum_text(c, records)}"), (0, 0, 0, 2)))
        return
    for group in sum_groups(report.checks):
        line = f"{group[0].total}: {sums_text(group, records)}{failing_text(group, report)}"
        console.print(Padding(t(line), (0, 0, 0, 2)))


def _minor(
    console: Console,
    report: Report,
    records: dict[str, dict[str, Any]],
    limit: int | None,
    grades: Any = None,
) -> None:
    from claimtrack.conflicts import FigureConflict

    if not report.minor:
        return
    from functools import partial

    from claimtrack.evidence import minor_evidence, minor_evidence_text

    console.print()
    console.print(t(f"Minor differences (closer than {report.min_gap:g}x: not disputes):", "bold"))
    # the sums of one relation, claimant and time in one line (each on its own with --full)
    from claimtrack.report import minor_line, sum_groups, sums_text

    grouped = {id(g[0]): g for g in sum_groups(report.minor) if limit is not None and len(g) > 1}
    folded = {id(c) for g in grouped.values() for c in g[1:]}
    for n, c in enumerate(report.minor):
        if id(c) in folded:
            continue
        if id(c) in grouped:
            group = grouped[id(c)]
            line = f"{group[0].total}: {sums_text(group, records)}"
        else:  # the line both reports give (report.minor_line)
            line = minor_line(c, report, records, limit)
        console.print(Padding(t(line), (0, 0, 0, 2)))
        # what stands behind its figures, where a position holds more than one claim (copies
        # of one story, or claimants joined into one origin, or two origins)
        supports = grades.minor[n] if grades is not None else ()
        if isinstance(c, FigureConflict) and id(c) not in grouped and minor_evidence(supports):
            line = minor_evidence_text(c, supports, partial(_range, dimension=c.dimension))
            console.print(Padding(t(line, "dim"), (0, 0, 0, 4)))


def _incomparable(console: Console, report: Report) -> None:
    from claimtrack.report import incomparable_text

    if not report.incomparable:
        return
    console.print()
    console.print(t("Not comparable (other currency or dimension):", "bold"))
    for inc in report.incomparable:
        console.print(Padding(t(incomparable_text(inc)), (0, 0, 0, 2)))


def _changes(console: Console, report: Report, records: dict[str, dict[str, Any]]) -> None:
    if not report.changes:
        return
    console.print()
    console.print(t("Changes over time (figures about different moments, not disputes):", "bold"))
    from claimtrack.conflicts import change_text

    for ch in report.changes:
        steps = change_text(ch, _range)
        console.print(Padding(t(f"{ch.measure}: {steps}"), (0, 0, 0, 2)))
    from claimtrack.report import disputed_in_changes, raised_in_changes, superseded_in_changes

    for line in (
        *disputed_in_changes(report),
        *superseded_in_changes(report, records),
        *raised_in_changes(report, records),
    ):
        console.print(Padding(t(line, "dim"), (0, 0, 0, 2)))
