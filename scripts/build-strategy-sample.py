#!/usr/bin/env python3
"""Builds the sample strategy and action plan (data/sample/strategy/) from seed 004.

Seed 004 (shared/seeds/004_c73903ac2fcace6f.txt, Dartford and Gravesham Community Safety Strategy 2016-19, 2017 refresh)
prints the strategy's three themes, each with "Why is this objective a priority?", "What are our challenges?", "How will
we measure our impact?" and "Key Delivery Groups", and an action plan of 37 rows (Ref, Action Plan, Coordinating
Delivery Group, Strategic Assessment priority) under the three themes. This script copies them, unchanged, with the
seed's line for every row:

- strategy.csv: theme,section,text,source. Theme 0 holds the strategy's own rows (title, period, refresh, priority,
  cross-cutting); themes 1-3 their title, why (each paragraph), fact (each paragraph of the challenges), measure and
  group (each list item, the trailing ';' or '.' removed).
- action-plan.csv: the seed's four columns, with Theme (the heading above the table) and Source.

The text is the seed's, byte for byte apart from the list markers and trailing punctuation removed. Deterministic.
Run from the repository root:  python3 scripts/build-strategy-sample.py [path/to/seed004.txt]
"""
import csv
import os
import sys

SEED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds", "004_c73903ac2fcace6f.txt")
OUT = os.path.join(os.path.dirname(__file__), "..", "data", "sample", "strategy")
THEMES = ["Protecting Vulnerable People from Harm", "Disrupting and Preventing Organised Acquisitive Crime", "Protecting and Strengthening Communities"]

lines = open(SEED, encoding="utf-8").read().split("\n")


def src(i):
    return f"seed 004 line {i + 1}"


def item(text):
    return text.strip()[2:].strip().rstrip(";").rstrip(".").replace("**", "").strip()


strategy = [
    (0, "title", "Dartford and Gravesham Community Safety Strategy", src(6)),
    (0, "period", "2016-19", src(2)),
    (0, "refresh", "2017", src(4)),
]
start = next(i for i, l in enumerate(lines) if l.startswith("Our Priorities for 2016-19"))
i = start + 1
while not lines[i].startswith("- "):
    i += 1
while lines[i].startswith("- "):
    strategy.append((0, "priority", item(lines[i]), src(i)))
    i += 1
# The 2017 refresh adds criminal damage as a priority in its own right (the paragraph after the list).
refresh = next(i for i, l in enumerate(lines) if l.startswith("The Strategic Assessment process carried out in December 2016"))
strategy.append((0, "priority", "Criminal Damage", src(refresh)))
hipe = next(i for i, l in enumerate(lines) if l.startswith("The intention is also to adhere to the HIPE model"))
for j in range(hipe + 1, hipe + 8):
    if lines[j].startswith("- "):
        strategy.append((0, "cross-cutting", item(lines[j]), src(j)))

first_theme_line = next(i for i, l in enumerate(lines) if l.strip() == THEMES[0] and lines[i + 2].startswith("Why is this"))
action_plan_line = next(i for i, l in enumerate(lines) if l.strip() == "Action Plan")
for number, title in enumerate(THEMES, start=1):
    at = next(i for i in range(first_theme_line, action_plan_line) if lines[i].strip() == title)
    strategy.append((number, "title", title, src(at)))
    section = None
    i = at + 1
    while i < action_plan_line and not (lines[i].strip() in THEMES and i != at):
        line = lines[i].strip()
        if line.startswith("Why is this objective"):
            section = "why"
        elif line.startswith("What are our challenges"):
            section = "fact"
        elif line.startswith("How will we measure"):
            section = "measure"
        elif line.startswith("Key Delivery Groups"):
            section = "group"
        elif line and section in ("why", "fact") and not line.startswith("- "):
            strategy.append((number, section, line, src(i)))
        elif line.startswith("- ") and section in ("measure", "group"):
            strategy.append((number, section, item(line), src(i)))
        i += 1

rows = []
theme = None
for i in range(action_plan_line, len(lines)):
    line = lines[i]
    if line.strip() in THEMES:
        theme = line.strip()
    parts = line.split("\t")
    if len(parts) == 4 and parts[0][:1].isdigit():
        rows.append((theme, parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip(), src(i)))

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "strategy.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["theme", "section", "text", "source"])
    w.writerows(strategy)
with open(os.path.join(OUT, "action-plan.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Theme", "Ref", "Action Plan", "Coordinating Delivery Group", "Strategic Assessment priority", "Source"])
    w.writerows(rows)
print(f"{len(strategy)} strategy rows, {len(rows)} action plan rows")
