#!/usr/bin/env python3
"""Transcribes seed 003's Priority 1 (Gravesham Community Safety Strategy 2024-28, "Tackling Anti-Social Behaviour")
into the strategy file format (theme,section,text,source), each row with the seed line it comes from, so that the
sample shows seed 003's shape: why, the facts, focus, what we will do in its four strands, what we want to achieve.

Usage: python3 scripts/build-seed003-strategy.py ../shared/seeds/003_d8d43a3fdc59466c.txt > data/sample/strategy/seed-003-strategy.csv
"""
import csv
import sys

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")


def line(n):
    text = lines[n - 1].strip()
    return text[2:] if text.startswith("- ") else text


rows = [
    (0, "title", "Gravesham Community Safety Strategy", "seed 003 lines 3 and 7"),
    (0, "period", "2024-28", "seed 003 line 3"),
    (0, "refresh", "2024", "seed 003 line 3"),
    (0, "priority", "Tackling Anti-Social Behaviour (ASB)", "seed 003 line 141"),
    (1, "title", line(141).split("– ", 1)[1], "seed 003 line 141"),
]
sections = [("why", [145, 147, 149]), ("fact", range(153, 159)), ("focus", range(162, 168)), ("do-prevention", range(173, 180)),
            ("do-early-identification", [183, 184]), ("do-supportive-intervention", [188, 189, 190]), ("do-enforcement", [194, 195]),
            ("outcome", range(199, 203))]
for section, numbers in sections:
    for n in numbers:
        rows.append((1, section, line(n), f"seed 003 line {n}"))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["theme", "section", "text", "source"])
out.writerows(rows)
