#!/usr/bin/env python3
"""Builds demo-organisation.csv, the believable mid-size company the run command loads.

Made from the O*NET 27.0 Database (task statements) and the O*NET task ratings (frequency and
importance, for the default time shares); see README.md beside this file for the attribution.
Run once by a developer with the O*NET text release at hand:

    python3 config/demo/make-demo-organisation.py ../shared/data > ejb/src/main/resources/demo/demo-organisation.csv

The output is committed; the product never reads the O*NET files at run time for the demo.
"""
import csv
import random
import sys
from pathlib import Path

DEPARTMENTS = [  # code, name, [(O*NET-SOC, role title, role code, FTE, annual cost per FTE)]
    ("FIN", "Finance", [
        ("13-2011.00", "Accountant", "FIN-ACC", 6, 78000),
        ("43-3031.00", "Bookkeeping clerk", "FIN-BOOK", 9, 47000),
        ("13-2051.00", "Financial analyst", "FIN-FA", 4, 92000),
        ("43-3051.00", "Payroll clerk", "FIN-PAY", 3, 49000),
        ("11-3031.01", "Financial controller", "FIN-CTRL", 1, 135000)]),
    ("HR", "People and HR", [
        ("13-1071.00", "HR specialist", "HR-SPEC", 5, 66000),
        ("11-3121.00", "HR manager", "HR-MGR", 1, 118000),
        ("13-1141.00", "Compensation and benefits specialist", "HR-COMP", 2, 72000),
        ("13-1151.00", "Learning and development specialist", "HR-LND", 2, 64000)]),
    ("OPS", "Operations", [
        ("11-3071.04", "Supply chain manager", "OPS-SCM", 2, 121000),
        ("43-5061.00", "Production planner", "OPS-PLAN", 6, 52000),
        ("53-7062.00", "Warehouse operative", "OPS-WH", 34, 36000),
        ("43-5071.00", "Shipping and receiving clerk", "OPS-SHIP", 8, 40000),
        ("13-1081.00", "Logistician", "OPS-LOG", 4, 79000)]),
    ("SALES", "Sales", [
        ("41-4012.00", "Account executive", "SAL-AE", 14, 74000),
        ("11-2022.00", "Sales manager", "SAL-MGR", 2, 132000),
        ("41-3091.00", "Services sales representative", "SAL-SRV", 6, 61000)]),
    ("CS", "Customer Service", [
        ("43-4051.00", "Customer service representative", "CS-REP", 22, 39000),
        ("43-4171.00", "Receptionist", "CS-REC", 3, 34000),
        ("43-6014.00", "Administrative assistant", "CS-ADM", 4, 42000)]),
    ("IT", "Information Technology", [
        ("15-1252.00", "Software developer", "IT-DEV", 12, 105000),
        ("15-1232.00", "IT support specialist", "IT-SUP", 5, 56000),
        ("15-1244.00", "Systems administrator", "IT-SYS", 3, 88000),
        ("15-1212.00", "Information security analyst", "IT-SEC", 2, 112000)]),
    ("LEGAL", "Legal and Compliance", [
        ("23-1011.00", "Corporate lawyer", "LEG-LAW", 2, 165000),
        ("23-2011.00", "Paralegal", "LEG-PARA", 2, 58000),
        ("13-1041.00", "Compliance officer", "LEG-COMP", 3, 81000)]),
    ("MKT", "Marketing", [
        ("11-2021.00", "Marketing manager", "MKT-MGR", 1, 128000),
        ("13-1161.00", "Marketing specialist", "MKT-SPEC", 4, 67000),
        ("27-3031.00", "Communications specialist", "MKT-PR", 2, 69000),
        ("27-1024.00", "Graphic designer", "MKT-DES", 2, 57000),
        ("11-3013.00", "Facilities manager", "MKT-FAC", 1, 95000)]),
]
MAX_TASKS = 12
FACTS = ["tacit_context", "novelty", "feedback_delay", "time_to_proficiency", "performance_spread",
         "relationship_trust", "digital_io", "verifiability", "documented_procedure", "repetition",
         "task_length_hours", "physical_presence", "error_cost"]
# Roles whose HR partner went through the rubric by hand: a profile per role, varied per task
CONFIRMED = {
    "FIN-BOOK": dict(tacit_context=2, novelty=1, feedback_delay=1, time_to_proficiency=2, performance_spread=2,
                     relationship_trust=1, digital_io=5, verifiability=4, documented_procedure=5, repetition=5,
                     task_length_hours=0.5, physical_presence=1, error_cost=3),
    "CS-REP": dict(tacit_context=3, novelty=2, feedback_delay=2, time_to_proficiency=2, performance_spread=3,
                   relationship_trust=3, digital_io=4, verifiability=3, documented_procedure=4, repetition=5,
                   task_length_hours=0.25, physical_presence=1, error_cost=2),
    "IT-DEV": dict(tacit_context=4, novelty=3, feedback_delay=3, time_to_proficiency=4, performance_spread=5,
                   relationship_trust=2, digital_io=5, verifiability=4, documented_procedure=3, repetition=2,
                   task_length_hours=4, physical_presence=1, error_cost=3),
    "OPS-WH": dict(tacit_context=2, novelty=1, feedback_delay=1, time_to_proficiency=1, performance_spread=2,
                   relationship_trust=1, digital_io=1, verifiability=4, documented_procedure=4, repetition=5,
                   task_length_hours=0.5, physical_presence=5, error_cost=2),
    "LEG-LAW": dict(tacit_context=5, novelty=4, feedback_delay=5, time_to_proficiency=5, performance_spread=5,
                    relationship_trust=5, digital_io=4, verifiability=1, documented_procedure=2, repetition=1,
                    task_length_hours=3, physical_presence=2, error_cost=5),
    "HR-MGR": dict(tacit_context=5, novelty=4, feedback_delay=4, time_to_proficiency=4, performance_spread=4,
                   relationship_trust=5, digital_io=3, verifiability=1, documented_procedure=2, repetition=2,
                   task_length_hours=1.5, physical_presence=3, error_cost=4),
}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main(data):
    tasks = read_tsv(data / "onet-27.0" / "Task Statements.txt")
    ratings = {}
    with open(data / "reference" / "onet-task-frequency-importance.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ratings[row["Task ID"]] = (float(row["freq_mean"] or 0), float(row["importance"] or 0))
    rng = random.Random(27)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["department", "department_code", "role", "role_code", "role_headcount", "role_annual_cost",
                  "onet_soc", "task", "task_time_share_pct"] + FACTS)
    for dept_code, dept_name, roles in DEPARTMENTS:
        for soc, title, role_code, fte, cost in roles:
            own = [t for t in tasks if t["O*NET-SOC Code"] == soc and t["Task Type"] in ("Core", "n/a")]
            own.sort(key=lambda t: -ratings.get(t["Task ID"], (0, 0))[1])
            own = own[:MAX_TASKS]
            weights = [max(ratings.get(t["Task ID"], (0.05, 3))[0], 0.02) * ratings.get(t["Task ID"], (0, 3))[1]
                       for t in own]
            shares = [round(100 * w / sum(weights), 1) for w in weights]
            shares[0] = round(shares[0] + 100 - sum(shares), 1)  # the rounding rest to the largest task
            for task, share in zip(own, shares):
                facts = [""] * len(FACTS)
                profile = CONFIRMED.get(role_code)
                if profile:
                    for i, fact in enumerate(FACTS):
                        value = profile[fact]
                        if fact != "task_length_hours" and rng.random() < 0.35:
                            value = min(5, max(1, value + rng.choice((-1, 1))))
                        facts[i] = str(value)
                out.writerow([dept_name, dept_code, title, role_code, fte, cost, soc, task["Task"], share] + facts)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
