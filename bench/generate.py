#!/usr/bin/env python3
"""A large workspace for benchmarks: N goal files and M journal entries (default 10,000 and 50,000).

   bench/generate.py /tmp/big [files] [entries]
"""
import os, random, sys

root = sys.argv[1]
files = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
entries = int(sys.argv[3]) if len(sys.argv) > 3 else 50_000
random.seed(7)
os.makedirs(os.path.join(root, "checkins"), exist_ok=True)
with open(os.path.join(root, "okr.yaml"), "w") as f:
    f.write("name: Big\n")
objectives = []
for i in range(files):
    team = f"team-{i % 50}"
    folder = os.path.join(root, "teams", team)
    os.makedirs(folder, exist_ok=True)
    oid = f"objective-{i}"
    objectives.append(oid)
    with open(os.path.join(folder, oid + ".yaml"), "w") as f:
        f.write(f"""kind: objective
id: {oid}
title: Objective number {i} for {team}
period: 2026-Q4
owner: owner-{i % 200}
team: {team}
type: {"committed" if i % 3 == 0 else "aspirational"}
level: tactical
key_results:
  - id: revenue
    title: Grow revenue from 100 to 150 k€
    baseline: 100
    target: 150
    unit: k€
  - id: churn
    title: Cut churn from 5% to 3%
    baseline: 5
    target: 3
    unit: "%"
  - id: launch
    title: Pricing page live
    type: milestone
""")
per_month = {}
for j in range(entries):
    month = 10 + j % 2
    day = 1 + j % 28
    oid = random.choice(objectives)
    kr = random.choice(["revenue", "churn"])
    per_month.setdefault(month, []).append(
        f"- at: 2026-{month:02d}-{day:02d}T12:00:00Z\n  by: owner-{j % 200}\n  kr: {oid}/{kr}\n  value: {random.randint(90, 160) if kr == 'revenue' else random.randint(2, 6)}\n  confidence: {random.randint(3, 9)}\n  progress: \"Check-in {j}\"\n")
# Journal months stay under the 1 MiB file limit: split each month into parts.
for month, lines in per_month.items():
    part, size, out = 0, 0, None
    for text in lines:
        if out is None or size > 900_000:
            part += 1
            out = open(os.path.join(root, "checkins", f"2026-{month:02d}-part{part}.yaml"), "w")
            size = 0
        out.write(text)
        size += len(text)
print(f"{files} goal files and {entries} journal entries in {root}")
