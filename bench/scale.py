#!/usr/bin/env python3
"""Writes COPIES renamed copies of data/province-sweep into OUT (a CSV folder) for benchmarks.

Every id and every reference gets the prefix B<n>-, so the copies are distinct localities with
the same shape of activity. Standard library only; deterministic.
"""
import csv
import os
import sys

ID_COLUMNS = {
    "localities": ["code", "parent_code"],
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


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: scale.py SOURCE_DIR OUT_DIR COPIES")
    source, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    for table, columns in ID_COLUMNS.items():
        with open(os.path.join(source, table + ".csv"), newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        if not rows:
            continue
        with open(os.path.join(out, table + ".csv"), "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            writer.writeheader()
            for n in range(copies):
                prefix = "B%d-" % n
                for row in rows:
                    copy = dict(row)
                    for column in columns:
                        value = copy.get(column) or ""
                        if value:
                            copy[column] = ";".join(prefix + v for v in value.split(";"))
                    writer.writerow(copy)


if __name__ == "__main__":
    main()
