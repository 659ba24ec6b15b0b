#!/usr/bin/env python3
"""Derives data/config/harm-weights.csv from the Cambridge Crime Harm Index 2020 (cchi2020_values_DERIVED.csv).

Each police.uk crime type is matched to the CCHI Home Office offence groups it covers; its weight is the median CCHI
score (days of imprisonment) of the offences in those groups. Usage: derive-harm-weights.py CCHI_CSV > harm-weights.csv
"""
import csv, statistics, sys

MAPPING = {
    "Violence and sexual offences": [("VIOLENCE AGAINST THE PERSON", None), ("SEXUAL OFFENCES", None)],
    "Robbery": [("ROBBERY", None)],
    "Burglary": [("BURGLARY", None)],
    "Vehicle crime": [("VEHICLE OFFENCES", None)],
    "Theft from the person": [("THEFT", "THEFT FROM THE PERSON")],
    "Bicycle theft": [("THEFT", "BICYCLE THEFT")],
    "Shoplifting": [("THEFT", "SHOPLIFTING")],
    "Other theft": [("THEFT", "OTHER THEFT")],
    "Criminal damage and arson": [("ARSON AND CRIMINAL DAMAGE", None)],
    "Drugs": [("DRUG OFFENCES", None)],
    "Possession of weapons": [("POSSESSION OF WEAPONS", None)],
    "Public order": [("PUBLIC ORDER OFFENCES", None)],
    "Other crime": [("MISCELLANEOUS CRIMES AGAINST SOCIETY", None), ("FRAUD AND FORGERY", None)],
}

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["Crime type", "Harm weight (CCHI days)", "CCHI offences", "CCHI groups"])
for crime_type, groups in MAPPING.items():
    scores = []
    for r in rows:
        for group, sub in groups:
            if r["GROUP"] == group and (sub is None or r["SUB_GROUP"] == sub):
                try:
                    scores.append(float(r["CCHI Score"]))
                except ValueError:
                    pass
    label = "; ".join(g if s is None else f"{g} / {s}" for g, s in groups)
    out.writerow([crime_type, f"{statistics.median(scores):g}", len(scores), label])
out.writerow(["Anti-social behaviour", "0", 0, "not a crime: no CCHI weight"])
