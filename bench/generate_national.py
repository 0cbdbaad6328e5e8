#!/usr/bin/env python3
"""Writes a synthetic national data set (CSV folder, data-model.md) for benchmarks.

  generate_national.py OUT_DIR [--scale S] [--volume V] [--seed N]

3,321 localities (communes, wards, special zones) in 34 provinces at --scale 1; --scale 0.01
keeps 33 of them. Each locality is a renamed copy of one of the five sample localities of
data/province-sweep (a mix of the five plans and their packs, with the defects those samples
carry), resized by a factor drawn between 0.6 and 1.4 (times --volume): records are dropped,
or repeated under new ids, so sizes differ from one locality to the next. The samples hold
about 7,800 records per locality: --volume 1 is roughly a quarter of a real year (22-26
million records nationally), --volume 4 a full year. Standard library only; deterministic
for a given seed.
"""
import argparse
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "data", "province-sweep")
LOCALITIES = 3321
PROVINCES = 34
# Columns holding ids that are renamed per copy (';'-separated lists allowed).
ID_COLUMNS = {
    "units": ["unit_id"],
    "meetings": ["meeting_id", "unit_id"],
    "documents": ["doc_id", "unit_id"],
    "dossiers": ["dossier_id", "unit_id"],
    "reports": ["report_id", "unit_id", "recipient_unit_id"],
    "tasks": ["task_id", "lead_unit_id", "coordinating_unit_ids"],
    "feedback": ["feedback_id", "unit_id"],
    "schedules": [],
    "baselines": ["scope"],
}
ACTIVITY = ["meetings", "documents", "dossiers", "reports", "feedback", "tasks"]
LEVELS = ["commune"] * 8 + ["ward"] * 2  # about the national share of wards


def read(table):
    with open(os.path.join(TEMPLATE, table + ".csv"), newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, list(reader)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--volume", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=534)
    args = parser.parse_args()
    count = max(1, round(LOCALITIES * args.scale))
    provinces = max(1, min(PROVINCES, round(PROVINCES * args.scale)))
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)

    loc_header, loc_rows = read("localities")
    templates = [r for r in loc_rows if r[2] != "province"]  # the five localities
    unit_header, unit_rows = read("units")
    unit_locality = {r[0]: r[1] for r in unit_rows}

    plan = []  # (code, province, template code, factor)
    for n in range(count):
        template = templates[n % len(templates)]
        factor = rng.uniform(0.6, 1.4) * args.volume
        plan.append(("%05d" % (n + 1), "%02d" % (n % provinces + 1), template, factor))

    with open(os.path.join(args.out, "localities.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(loc_header)
        for p in range(provinces):
            w.writerow(["%02d" % (p + 1), "Tỉnh số %d" % (p + 1), "province", "", ""])
        for code, province, template, _ in plan:
            level = LEVELS[int(code) % len(LEVELS)] if template[2] != "special_zone" else template[2]
            w.writerow([code, template[1] + " " + code, level, province, template[4]])

    def locality_of(table, header, row):
        if "locality_code" in header:
            return row[header.index("locality_code")]
        if table == "baselines":
            scope = row[0]
            return unit_locality.get(scope, scope)
        return unit_locality[row[header.index("unit_id")]]

    total = 0
    for table in ["units", "meetings", "documents", "dossiers", "reports", "tasks", "feedback",
                  "schedules", "baselines"]:
        header, rows = (unit_header, unit_rows) if table == "units" else read(table)
        by_locality = {}
        for row in rows:
            by_locality.setdefault(locality_of(table, header, row), []).append(row)
        id_columns = [header.index(c) for c in ID_COLUMNS[table] if c in header]
        key = id_columns[0] if table in ACTIVITY else None
        code_column = header.index("locality_code") if "locality_code" in header else None
        with open(os.path.join(args.out, table + ".csv"), "w", newline="",
                  encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for index, (code, _, template, factor) in enumerate(plan):
                prefix = "L" + code + "-"
                source = by_locality.get(template[0], [])
                local = random.Random(args.seed * 100003 + index * 13 + len(table))
                for row in source:
                    copies = 1
                    if table in ACTIVITY:
                        copies = int(factor) + (1 if local.random() < factor - int(factor) else 0)
                    for k in range(copies):
                        out = list(row)
                        for c in id_columns:
                            if out[c]:
                                out[c] = ";".join(prefix + v for v in out[c].split(";"))
                        if k > 0 and key is not None:
                            out[key] += "-%d" % k
                        if code_column is not None:
                            out[code_column] = code
                        if table == "baselines" and out[0] == prefix + template[0]:
                            out[0] = code
                        w.writerow(out)
                        total += 1
        print("%s: written" % table, file=sys.stderr)
    print("%d localities in %d provinces, %d records" % (count, provinces, total))


if __name__ == "__main__":
    main()
