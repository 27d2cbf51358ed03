"""Runs kubeplan on a scenario and loads its reports as typed pandas tables.

The notebooks of this folder call `run` (or `run` on a scenario made by `with_sweep`) and read the
tables of the returned `Report`. Every table has the join keys `scenario, point, exposure` and one
column per sweep key, as kubeplan's output contract fixes them, so tables merge on `Report.keys`.
A report that breaks that contract raises `ReportError` instead of yielding a half-typed table.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import tempfile
from functools import cached_property
from pathlib import Path

import pandas as pd
import yaml

KEYS = ("scenario", "point", "exposure")

_TEXT, _NUMBER, _COUNT, _FLAG = "text", "number", "count", "flag"

# Each CSV file's own columns (those after the keys and the sweep keys) and their types.
_TABLES = {
    "summary": ("summary.csv", {
        "type": _TEXT,
        "replications": _COUNT,
        "offered_rps": _NUMBER,
        "throughput_rps": _NUMBER,
        "error_rate": _NUMBER,
        "errors_rejected": _NUMBER,
        "errors_timeout": _NUMBER,
        "errors_unroutable": _NUMBER,
        "errors_dropped": _NUMBER,
        "latency_mean_ms": _NUMBER,
        "latency_mean_ci_ms": _NUMBER,
        "latency_p50_ms": _NUMBER,
        "latency_p90_ms": _NUMBER,
        "latency_p99_ms": _NUMBER,
        "latency_p999_ms": _NUMBER,
        "latency_max_ms": _NUMBER,
        "latency_p50_ci_ms": _NUMBER,
        "latency_p90_ci_ms": _NUMBER,
        "latency_p99_ci_ms": _NUMBER,
        "cost_per_hour_usd": _NUMBER,
        "cost_per_month_usd": _NUMBER,
        "cost_per_million_requests_usd": _NUMBER,
        "slo_met": _FLAG,
        "unstable": _FLAG,
    }),
    "differences": ("differences.csv", {
        "baseline": _TEXT,
        "metric": _TEXT,
        "difference": _NUMBER,
        "difference_ci": _NUMBER,
        "relative_difference": _NUMBER,
    }),
    "routes": ("routes.csv", {
        "route": _TEXT,
        "target_service": _TEXT,
        "requests_rps": _NUMBER,
        "error_rate": _NUMBER,
        "latency_mean_ms": _NUMBER,
        "latency_p50_ms": _NUMBER,
        "latency_p99_ms": _NUMBER,
    }),
    "components": ("components.csv", {
        "component": _TEXT,
        "kind": _TEXT,
        "zone": _TEXT,
        "node": _TEXT,
        "utilization": _NUMBER,
        "mean_queue_length": _NUMBER,
        "mean_wait_ms": _NUMBER,
        "throughput_rps": _NUMBER,
        "rejected_rps": _NUMBER,
    }),
    "hops": ("hops.csv", {
        "tier": _TEXT,
        "hop": _TEXT,
        "mean_ms": _NUMBER,
        "p99_ms": _NUMBER,
        "share": _NUMBER,
    }),
    "cost": ("cost.csv", {
        "item": _TEXT,
        "quantity": _NUMBER,
        "unit": _TEXT,
        "unit_price_usd": _NUMBER,
        "usd_per_month": _NUMBER,
    }),
    "latency_cdf": ("latency-cdf.csv", {
        "latency_ms": _NUMBER,
        "cumulative_fraction": _NUMBER,
    }),
}

# Temporary folders of derived scenarios, kept until the Python process ends.
_WORKSPACES: list[tempfile.TemporaryDirectory] = []

_POISSON_RATE = re.compile(
    r"^\s*poisson\(\s*rate\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*/(s|min|h)\s*\)\s*$")
_SECONDS_PER_RATE_UNIT = {"s": 1.0, "min": 60.0, "h": 3600.0}
_DURATION = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(ns|us|µs|ms|s|m|h)\s*$")
_MILLISECONDS_PER_UNIT = {
    "ns": 1e-6, "us": 1e-3, "µs": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3,
}


class ReportError(ValueError):
    """A report file is missing or breaks kubeplan's output contract (see the README's outputs)."""


class KubeplanRunError(RuntimeError):
    """`kubeplan run` exited with a non-zero status; the message holds what it printed."""


def repository_root() -> Path:
    """The kubeplan checkout holding this folder: the nearest parent with ./kubeplan and pom.xml."""
    here = Path(__file__).resolve().parent
    for folder in (here, *here.parents):
        if (folder / "kubeplan").is_file() and (folder / "pom.xml").is_file():
            return folder
    raise FileNotFoundError(
        f"no kubeplan checkout (a folder with ./kubeplan and pom.xml) above {here}")


def cores() -> int:
    """The cores this process may run on: the `--threads` that use the whole machine."""
    return len(os.sched_getaffinity(0))


def run(scenario: str | Path, *, replications: int | None = None, duration: str | None = None,
        seed: int | None = None) -> "Report":
    """Runs `./kubeplan run SCENARIO` into a fresh temporary folder and returns its report.

    A relative `scenario` is read from the repository root. `replications`, `duration` (e.g. "10s")
    and `seed` override the file's settings for a quicker look.
    """
    root = repository_root()
    scenario = (root / scenario).resolve()
    if not scenario.is_file():
        raise FileNotFoundError(f"scenario file {scenario} does not exist")
    workspace = tempfile.TemporaryDirectory(prefix="kubeplan-notebook-")
    out = Path(workspace.name) / "report"
    command = [str(root / "kubeplan"), "run", str(scenario), "--out", str(out),
               "--progress", "off", "--threads", str(cores())]
    for flag, value in (("--replications", replications), ("--duration", duration),
                        ("--seed", seed)):
        if value is not None:
            command += [flag, str(value)]
    finished = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise KubeplanRunError(
            f"{' '.join(command)} exited with status {finished.returncode}:\n"
            f"{finished.stderr}{finished.stdout}")
    return Report(out, workspace)


def with_sweep(scenario: str | Path, sweep: dict[str, list[str | int | float]]) -> Path:
    """A copy of `scenario` with a `sweep:` section added, in a fresh temporary folder.

    The copy sits beside links to every other file of the scenario's folder, so its relative
    paths (manifests, catalogues, traces) still resolve. The scenario must not have a sweep yet.
    The folder is removed when the Python process ends.
    """
    source = (repository_root() / scenario).resolve()
    text = source.read_text(encoding="utf-8")
    if "sweep" in yaml.safe_load(text):
        raise ValueError(f"{source} already has a sweep; edit that file instead of adding one")
    if not sweep or any(not values for values in sweep.values()):
        raise ValueError(f"a sweep needs at least one key with at least one value: {sweep}")
    workspace = tempfile.TemporaryDirectory(prefix="kubeplan-scenario-")
    _WORKSPACES.append(workspace)
    folder = Path(workspace.name)
    for sibling in source.parent.iterdir():
        if sibling != source:
            (folder / sibling.name).symlink_to(sibling)
    lines = [f"  {key}: [{', '.join(str(value) for value in values)}]"
             for key, values in sweep.items()]
    derived = folder / source.name
    derived.write_text(text.rstrip("\n") + "\nsweep:\n" + "\n".join(lines) + "\n",
                       encoding="utf-8")
    return derived


def load_scenario(scenario: str | Path) -> dict:
    """The scenario file as plain YAML data (a relative path is read from the repository root)."""
    return yaml.safe_load((repository_root() / scenario).read_text(encoding="utf-8"))


def slo(scenario: str | Path) -> dict[str, float]:
    """The SLO targets keyed by summary.csv column: latencies in ms, the error rate a fraction."""
    columns = {"latencyMean": "latency_mean_ms", "latencyP50": "latency_p50_ms",
               "latencyP90": "latency_p90_ms", "latencyP99": "latency_p99_ms",
               "latencyP999": "latency_p999_ms", "errorRate": "error_rate"}
    targets = load_scenario(scenario).get("slo") or {}
    return {columns[field]: _fraction(value) if field == "errorRate" else duration_ms(str(value))
            for field, value in targets.items() if field in columns}


def arrival_rate(scenario: str | Path) -> float:
    """The requests per second of the scenario's `poisson(rate=…)` arrivals."""
    arrivals = str(load_scenario(scenario)["workload"]["arrivals"])
    match = _POISSON_RATE.match(arrivals)
    if not match:
        raise ValueError(f"workload.arrivals '{arrivals}' is not poisson(rate=N/s|/min|/h)")
    return float(match.group(1)) / _SECONDS_PER_RATE_UNIT[match.group(2)]


def duration_ms(text: str) -> float:
    """A scenario duration such as "50ms" or "2s", in milliseconds."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"'{text}' is not a duration (a number and one of ns us µs ms s m h)")
    return float(match.group(1)) * _MILLISECONDS_PER_UNIT[match.group(2)]


def _fraction(value) -> float:
    text = str(value).strip()
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)


class Report:
    """One run's report folder; each CSV file is a typed DataFrame, read on first use."""

    def __init__(self, folder: Path, workspace: tempfile.TemporaryDirectory | None = None):
        self.folder = Path(folder)
        self._workspace = workspace
        if not (self.folder / "summary.csv").is_file():
            raise ReportError(f"{self.folder} holds no summary.csv: not a kubeplan report folder")

    @cached_property
    def sweep_keys(self) -> tuple[str, ...]:
        """The sweep keys as written in the scenario's `sweep:`, in order; empty without a sweep."""
        header = pd.read_csv(self.folder / "summary.csv", nrows=0).columns.tolist()
        first_metric = next(iter(_TABLES["summary"][1]))
        if header[:len(KEYS)] != list(KEYS) or first_metric not in header:
            raise ReportError(
                f"{self.folder / 'summary.csv'} has the columns {header}: it must start with "
                f"{', '.join(KEYS)}, then the sweep keys, then {first_metric}, …")
        return tuple(header[len(KEYS):header.index(first_metric)])

    @property
    def keys(self) -> list[str]:
        """The columns that identify a row's scenario, point and exposure: the join keys."""
        return [*KEYS, *self.sweep_keys]

    @cached_property
    def exposures(self) -> list[str]:
        """The exposures in the order the scenario lists them; the first is the baseline."""
        return list(dict.fromkeys(self.summary["exposure"]))

    @cached_property
    def run_record(self) -> dict:
        """run.json: version, command line, seed, settings, wall time and warnings."""
        return json.loads((self.folder / "run.json").read_text(encoding="utf-8"))

    @cached_property
    def summary(self) -> pd.DataFrame:
        return self._table("summary")

    @cached_property
    def differences(self) -> pd.DataFrame:
        return self._table("differences")

    @cached_property
    def routes(self) -> pd.DataFrame:
        return self._table("routes")

    @cached_property
    def components(self) -> pd.DataFrame:
        return self._table("components")

    @cached_property
    def hops(self) -> pd.DataFrame:
        return self._table("hops")

    @cached_property
    def cost(self) -> pd.DataFrame:
        return self._table("cost")

    @cached_property
    def latency_cdf(self) -> pd.DataFrame:
        return self._table("latency_cdf")

    def _table(self, name: str) -> pd.DataFrame:
        file_name, columns = _TABLES[name]
        path = self.folder / file_name
        if not path.is_file():
            raise ReportError(f"{path} is missing from the report")
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
        expected = [*self.keys, *columns]
        if raw.columns.tolist() != expected:
            raise ReportError(f"{path} has the columns {raw.columns.tolist()}, "
                              f"but kubeplan's output contract specifies {expected}")
        if raw.empty:
            raise ReportError(f"{path} has a header but no rows")
        table = pd.DataFrame(index=raw.index)
        table["scenario"] = raw["scenario"]
        table["point"] = _typed(raw["point"], _COUNT, path)
        table["exposure"] = raw["exposure"]
        for key in self.sweep_keys:
            table[key] = _sweep_value(raw[key])
        for column, kind in columns.items():
            table[column] = _typed(raw[column], kind, path)
        return table


def _typed(cells: pd.Series, kind: str, path: Path) -> pd.Series:
    where = f"{path.name} column {cells.name}"
    if kind == _TEXT:
        return cells.mask(cells == "")
    if kind == _FLAG:
        unknown = sorted(set(cells) - {"true", "false"})
        if unknown:
            raise ReportError(f"{where}: {unknown} are not true/false")
        return cells == "true"
    numbers = pd.to_numeric(cells.replace("", math.nan), errors="coerce")
    garbage = numbers.isna() & (cells != "")
    if garbage.any():
        raise ReportError(f"{where}: {sorted(set(cells[garbage]))} are not numbers")
    if kind == _COUNT:
        if numbers.isna().any() or (numbers != numbers.round()).any():
            raise ReportError(f"{where} must hold a whole number in every row")
        return numbers.astype("int64")
    return numbers.astype("float64")


def _sweep_value(cells: pd.Series) -> pd.Series:
    """A sweep key's values: numbers in their CSV base unit, or the text of an enum."""
    numbers = pd.to_numeric(cells, errors="coerce")
    return numbers if numbers.notna().all() else cells


def require(table: pd.DataFrame, columns: list[str], what: str) -> pd.DataFrame:
    """`table` unchanged, after checking it has rows and a value in each of `columns` in every row.

    Notebooks call it before drawing conclusions, so a missing figure stops them with a message
    naming it rather than turning into NaN in the prose.
    """
    if table.empty:
        raise ReportError(f"{what}: no rows")
    missing = table[columns].isna()
    if missing.any().any():
        rows = table.loc[missing.any(axis=1), [c for c in KEYS if c in table.columns]]
        raise ReportError(f"{what}: {', '.join(missing.columns[missing.any()])} missing "
                          f"in rows\n{rows.to_string(index=False)}")
    return table


def check_summary(summary: pd.DataFrame) -> pd.DataFrame:
    """`summary` unchanged, after checking that its figures make sense together.

    Fractions lie in [0, 1] and their causes add up to the error rate, no more requests succeed than
    arrive, percentiles grow with their level, and the monthly cost is 730 times the hourly one.
    """
    def fail(rule: str, rows: pd.Series) -> None:
        if rows.any():
            shown = summary.loc[rows, [c for c in KEYS if c in summary.columns]]
            raise ReportError(
                f"summary.csv: {rule} is broken in rows\n{shown.to_string(index=False)}")

    causes = ["errors_rejected", "errors_timeout", "errors_unroutable", "errors_dropped"]
    for column in ["error_rate", *causes]:
        fail(f"0 <= {column} <= 1", ~summary[column].between(0, 1))
    fail("the causes add up to error_rate",
         (summary[causes].sum(axis=1) - summary["error_rate"]).abs() > 1e-6)
    fail("replications >= 1", summary["replications"] < 1)
    fail("offered_rps > 0", ~(summary["offered_rps"] > 0))
    fail("0 <= throughput_rps <= offered_rps",
         ~summary["throughput_rps"].between(0, summary["offered_rps"] * (1 + 1e-9)))
    served = summary["throughput_rps"] > 0
    levels = ["latency_p50_ms", "latency_p90_ms", "latency_p99_ms", "latency_p999_ms",
              "latency_max_ms"]
    fail("latencies are present when requests succeed", served & summary[levels].isna().any(axis=1))
    fail("latency_mean_ms > 0", served & ~(summary["latency_mean_ms"] > 0))
    for lower, upper in zip(levels, levels[1:]):
        fail(f"{lower} <= {upper}", served & (summary[lower] > summary[upper]))
    cis = ["latency_mean_ci_ms", "latency_p50_ci_ms", "latency_p90_ci_ms", "latency_p99_ci_ms"]
    fail("confidence half-widths >= 0", (summary[cis] < 0).any(axis=1))
    fail("cost_per_hour_usd > 0", ~(summary["cost_per_hour_usd"] > 0))
    fail("cost_per_month_usd = 730 x cost_per_hour_usd",
         (summary["cost_per_month_usd"] - 730 * summary["cost_per_hour_usd"]).abs()
         > 1e-6 * summary["cost_per_month_usd"])
    return summary
