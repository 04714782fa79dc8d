#!/usr/bin/env python3
"""Builds the O*NET starter library that Tacit loads into an empty occupation library.

The product ships it so that the demo works offline and users can link roles to occupations
before an administrator uploads a newer O*NET release. Run once by a developer with the shared
data at hand; the output is committed:

    python3 config/onet/make-starter-library.py /work/shared/data ejb/src/main/resources/onet

Writes, into the target folder:
  onet-starter-library.tsv.gz   occupations and tasks of O*NET 27.0 (layout below)
  work-context-by-occupation.csv, basic-skills-by-occupation.csv
                                the reference tables the prefill reads, copied unchanged

Layout of the starter library: UTF-8, tab-separated, one record a line, no header; the first
field says what the line is. Tasks follow the occupation they belong to.

  R  release name                      e.g. "O*NET 27.0"
  O  O*NET-SOC code, title, job zone (blank when unknown), on-the-job training: the nine OJ
     category percentages joined by "," (blank when unknown), description
  T  task id, type (C core, S supplemental, blank n/a), expected occurrences per workday
     (blank when unrated), importance 1-5 (blank when unrated), statement, the ids of the
     detailed work activities O*NET links the task to (Tasks to DWAs.txt), sorted and joined
     by "," (blank when none); a DWA id starts with its work activity's element id
     (4.A.2.a.4.I09.D03 is filed under 4.A.2.a.4), which is all the product reads of it

See README.md beside this file for the attribution.
"""
import csv
import gzip
import shutil
import sys
from pathlib import Path

RELEASE = "O*NET 27.0"
REFERENCES = {
    "onet-work-context-by-occupation.csv": "work-context-by-occupation.csv",
    "onet-basic-skills-by-occupation.csv": "basic-skills-by-occupation.csv",
}


def official(path):
    """Rows of an official O*NET text file as dicts keyed by its header."""
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def clean(text):
    return " ".join(text.split())  # no tab or line break may reach the layout


def number(value, digits):
    return ("%." + str(digits) + "f") % float(value) if value not in ("", None) else ""


def main(data, target):
    release = data / "onet-27.0"
    job_zones = {r["O*NET-SOC Code"]: r["Job Zone"] for r in official(release / "Job Zones.txt")}
    training = {}
    for r in official(release / "Education, Training, and Experience.txt"):
        if r["Scale ID"] == "OJ":
            training.setdefault(r["O*NET-SOC Code"], {})[int(r["Category"])] = r["Data Value"]
    ratings = {}
    with open(data / "reference" / "onet-task-frequency-importance.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            ratings[(r["O*NET-SOC Code"], r["Task ID"])] = (r["freq_mean"], r["importance"])
    dwas = {}
    for r in official(release / "Tasks to DWAs.txt"):
        dwas.setdefault((r["O*NET-SOC Code"], r["Task ID"]), set()).add(r["DWA ID"])
    tasks = {}
    for r in official(release / "Task Statements.txt"):
        tasks.setdefault(r["O*NET-SOC Code"], []).append(r)

    target.mkdir(parents=True, exist_ok=True)
    lines = ["R\t" + RELEASE]
    for occupation in sorted(official(release / "Occupation Data.txt"), key=lambda r: r["O*NET-SOC Code"]):
        code = occupation["O*NET-SOC Code"]
        oj = training.get(code, {})
        distribution = ",".join(oj.get(c, "0") for c in range(1, 10)) if oj else ""
        lines.append("\t".join(["O", code, clean(occupation["Title"]), job_zones.get(code, ""),
                                distribution, clean(occupation["Description"])]))
        for task in sorted(tasks.get(code, []), key=lambda r: int(r["Task ID"])):
            kind = {"Core": "C", "Supplemental": "S"}.get(task["Task Type"], "")
            frequency, importance = ratings.get((code, task["Task ID"]), ("", ""))
            activities = ",".join(sorted(dwas.get((code, task["Task ID"]), ())))
            lines.append("\t".join(["T", task["Task ID"], kind, number(frequency, 6),
                                    number(importance, 2), clean(task["Task"]), activities]))
    # mtime 0 keeps the archive byte-identical from one run to the next
    with open(target / "onet-starter-library.tsv.gz", "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
            out.write(("\n".join(lines) + "\n").encode("utf-8"))
    for source, name in REFERENCES.items():
        shutil.copyfile(data / "reference" / source, target / name)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make-starter-library.py SHARED_DATA_DIR TARGET_DIR")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
