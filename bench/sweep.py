#!/usr/bin/env python3
"""Writes a synthetic national sweep: COMMUNES communes in PROVINCES provinces (a CSV folder).

    bench/sweep.py COMMUNES PROVINCES OUT_DIR [--keep FRACTION] [--seed N]

Each commune is one of the five sample localities of data/province-sweep (in turn), renamed
(every id gets the prefix C<n>-), given to province P<k> (communes dealt to provinces in turn)
and made to differ from its template: a per-commune "diligence" turns some online meetings into
in-person ones, some electronic documents and digital dossiers into paper ones, and delays some
reports and weekly schedules, so the communes spread over the attainment bands. --keep keeps that
fraction of the meetings, documents, dossiers and feedback (and scales the baselines with it) to
make smaller data sets for tests. Standard library only; the same arguments write the same bytes.
"""
import argparse
import csv
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "data", "province-sweep")

ID_COLUMNS = {
    "units": ["unit_id", "locality_code"],
    "meetings": ["meeting_id", "unit_id"],
    "documents": ["doc_id", "unit_id"],
    "dossiers": ["dossier_id", "unit_id"],
    "reports": ["report_id", "unit_id", "recipient_unit_id"],
    "tasks": ["task_id", "lead_unit_id", "coordinating_unit_ids", "locality_code"],
    "feedback": ["feedback_id", "unit_id"],
    "schedules": ["locality_code"],
    "baselines": ["scope"],
}
SAMPLED = {"meetings", "documents", "dossiers", "feedback"}


def read(table):
    with open(os.path.join(TEMPLATE, table + ".csv"), newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def shift(iso, days):
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat() if iso else iso


def vary(table, row, rng, slack):
    """Makes a commune less diligent than its template: `slack` in [0, 0.6]."""
    if table == "meetings" and row["format"] == "online" and rng.random() < slack * 0.6:
        row["format"] = "in_person"
    elif table == "documents" and row["secret"] == "0":
        if row["electronic"] == "1" and rng.random() < slack * 0.15:
            row["electronic"] = "0"
        if row["digitized"] == "1" and rng.random() < slack * 0.4:
            row["digitized"] = "0"
    elif table == "dossiers" and row["digital_processing"] == "1" and rng.random() < slack * 0.2:
        row["digital_processing"] = "0"
    elif table == "reports" and rng.random() < slack * 0.3:
        row["submitted_date"] = shift(row["submitted_date"], rng.randint(1, 12))
    elif table == "schedules" and rng.random() < slack * 0.3:
        row["published_date"] = shift(row["published_date"], rng.randint(3, 6))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("communes", type=int)
    parser.add_argument("provinces", type=int)
    parser.add_argument("out")
    parser.add_argument("--keep", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=534)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    _, template_localities = read("localities")
    communes = [l for l in template_localities if l["pack"]]
    with open(os.path.join(args.out, "localities.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "name", "level", "parent_code", "pack"])
        for p in range(args.provinces):
            writer.writerow(["P%02d" % (p + 1), "Tỉnh Thử Nghiệm %d" % (p + 1), "province", "", ""])
        for n in range(args.communes):
            t = communes[n % len(communes)]
            name = "%s %d" % (t["name"], n + 1)
            writer.writerow(["C%04d-%s" % (n, t["code"]), name, t["level"],
                             "P%02d" % (n % args.provinces + 1), t["pack"]])

    for table, columns in ID_COLUMNS.items():
        fields, rows = read(table)
        by_locality = {}
        units = {}
        _, unit_rows = read("units")
        for u in unit_rows:
            units[u["unit_id"]] = u["locality_code"]
        for row in rows:
            code = row.get("locality_code") or units.get(row.get("unit_id") or "")
            if table == "baselines":
                code = row["scope"] if row["scope"] not in units else units[row["scope"]]
            if not code and table == "tasks":
                code = units.get((row.get("lead_unit_id") or "").split(";")[0])
            by_locality.setdefault(code, []).append(row)
        with open(os.path.join(args.out, table + ".csv"), "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            for n in range(args.communes):
                t = communes[n % len(communes)]
                rng = random.Random("%d/%s/%d" % (args.seed, table, n))
                slack = random.Random("%d/slack/%d" % (args.seed, n)).uniform(0.0, 0.6)
                prefix = "C%04d-" % n
                for row in by_locality.get(t["code"], []):
                    if table in SAMPLED and args.keep < 1.0 and rng.random() >= args.keep:
                        continue
                    copy = dict(row)
                    for column in columns:
                        value = copy.get(column) or ""
                        if value:
                            copy[column] = ";".join(prefix + v for v in value.split(";"))
                    if table == "baselines" and args.keep < 1.0:
                        copy["value"] = str(max(1, round(float(row["value"]) * args.keep *
                                                         rng.uniform(0.85, 1.25))))
                    vary(table, copy, rng, slack)
                    writer.writerow(copy)


if __name__ == "__main__":
    main()
