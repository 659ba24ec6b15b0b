#!/usr/bin/env python3
"""Builds the sample consultation (data/sample/consultation/) from seed 001's published tables.

Seed 001 (shared/seeds/001_db4ec05eac61faa4.txt, Dartford and Gravesham Community Safety Plan 2013-14) publishes
only the counts of each answer to each question, not the responses. This script reconstructs 456 individual rows
whose tables reproduce every published count exactly: for each question it makes a list holding each option as many
times as the seed counts it, plus blanks for the respondents the seed says did not answer (456 minus the response
count), shuffles it with a fixed seed, and deals it out to the rows. Each question is shuffled on its own, so the
marginal counts are the seed's and the combinations across questions are arbitrary (not real).

The free-text comments are invented: the seed names only the top three themes of each free-text question, not their
counts, so the script writes short comments in the seed's own words, more of the first theme than the second and the
second than the third, and a few others, so that the themes come out in the seed's order.

Deterministic: the same output every run (Python's random.Random with a fixed seed; Mersenne Twister is stable across
versions for shuffle). Run from the repository root:  python3 scripts/build-consultation-sample.py
"""
import csv
import json
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "sample", "consultation")
RESPONSES = 456  # seed 001 line 185: "In total, 456 responses were received."

# Seed 001 lines 190-193: 440 answered; 408 yes, 16 no, 16 don't know.
AGREE = {"Yes": 408, "No": 16, "Don't know": 16}

# Seed 001 lines 199-262, "level of priority": High, Medium, Low (response count = their sum).
PRIORITY_ITEMS = [
    ("Reducing anti-social behaviour", 390, 56, 3),
    ("Reducing burglary", 365, 80, 3),
    ("Tackling theft and handling stolen goods", 298, 137, 9),
    ("Reducing drug and alcohol-related problems", 309, 123, 15),
    ("Tackling domestic abuse", 236, 174, 36),
    ("Working with offenders", 129, 246, 72),
    ("Improving road safety", 205, 195, 47),
    ("Supporting and engaging with local communities", 171, 217, 58),
]
PRIORITY_LEVELS = ["High", "Medium", "Low"]

# Seed 001 lines 276-548, "how much of a problem": very big, a problem, slight, not, don't know.
PROBLEM_ITEMS = [
    ("Burglaries/break-ins", 38, 165, 140, 35, 61),
    ("Violent crime", 26, 73, 117, 147, 78),
    ("Vehicle crime", 40, 106, 178, 61, 50),
    ("Teenagers hanging around", 81, 91, 139, 118, 15),
    ("Drunk or rowdy behaviour", 57, 66, 143, 153, 22),
    ("Vandalism/criminal damage", 64, 111, 159, 83, 23),
    ("Rubbish/litter lying around", 141, 145, 110, 42, 4),
    ("Noisy neighbours/loud parties", 31, 53, 110, 228, 19),
    ("People using/dealing drugs", 48, 60, 96, 137, 99),
    ("Abandoned/burnt out cars", 8, 26, 81, 278, 44),
    ("Speeding cars/road safety", 99, 121, 147, 74, 7),
]
PROBLEM_SCALE = ["A very big problem", "A problem", "A slight problem", "Not a problem", "Don't know"]

# Seed 001 lines 582-658, "details of the survey sample" (65/+ written 65+; no answer = 456 minus the rest).
AGE = {"Under 18": 1, "18-24": 5, "25-34": 18, "35-44": 54, "45-54": 92, "55-64": 123, "65+": 152}  # no answer 11
GENDER = {"Male": 204, "Female": 239}  # no answer 13
ETHNICITY = {
    "White British": 395, "White Irish": 6, "White other": 8, "White & Black Caribbean": 1, "White & Black African": 2,
    "White & Asian": 4, "Any other White mixed background": 1, "Indian": 15, "Pakistani": 1, "Bangladeshi": 0,
    "Chinese": 2, "Any other Asian background": 0, "Caribbean": 0, "African": 3, "Any other Black background": 0,
    "Polish": 0, "Lithuanian": 0, "Slovakian": 0, "Any other Eastern European background": 0, "Other": 4,
}  # no answer 14

# Invented comments in the seed's words (lines 266-274 and 550-562), in the seed's order of themes.
OTHER_PRIORITIES = (
    [("More visible policing", t) for t in ["More police on the beat", "More visible policing in the town centre", "More police patrols at night", "We never see a police officer or PCSO", "More police patrols on our estate"] * 7]
    + [("Road safety", t) for t in ["Irresponsible parking near the school", "Speeding on our road", "Nuisance bikes on the footpaths", "Cars parked on the pavement", "Speeding motorbikes late at night"] * 5]
    + [("Environment", t) for t in ["Littering and fly-tipping", "Graffiti on the underpass", "Dog fouling on the playing field", "Fly tipping in the alleyways"] * 4]
    + [(None, t) for t in ["Street lighting", "Somewhere for young people to go", "Better CCTV", "Cold callers", "Youth club funding"]]
)
OTHER_PROBLEMS = (
    [("Parking", t) for t in ["Irresponsible parking at school times", "Inconsiderate parking on footpaths", "Cars parked on double yellow lines", "Parking on the pavement outside the shops"] * 7]
    + [("Nuisance bikes", t) for t in ["Nuisance bikes on the green", "Motorbikes ridden on the footpath", "Mini motos and quad bikes at night"] * 7]
    + [("Dog fouling", t) for t in ["Dog fouling", "Dog mess on the pavements", "Owners who do not pick up after their dogs foul"] * 5]
    + [(None, t) for t in ["Fireworks", "Noise from the pub", "Bonfires in gardens", "Cold callers"]]
)


def deal(rng, counts):
    values = [option for option, n in counts.items() for _ in range(n)]
    values += [""] * (RESPONSES - len(values))
    assert len(values) == RESPONSES, counts
    rng.shuffle(values)
    return values


def main():
    rng = random.Random(20130401)
    columns = {"agree": deal(rng, AGREE)}
    for item, *counts in PRIORITY_ITEMS:
        columns[f"priority[{item}]"] = deal(rng, dict(zip(PRIORITY_LEVELS, counts)))
    for item, *counts in PROBLEM_ITEMS:
        columns[f"problem[{item}]"] = deal(rng, dict(zip(PROBLEM_SCALE, counts)))
    for name, comments in (("other-priorities", OTHER_PRIORITIES), ("other-problems", OTHER_PROBLEMS)):
        texts = [t for _, t in comments] + [""] * (RESPONSES - len(comments))
        rng.shuffle(texts)
        columns[name] = texts
    columns["age"] = deal(rng, AGE)
    columns["gender"] = deal(rng, GENDER)
    columns["ethnicity"] = deal(rng, ETHNICITY)
    columns["postcode"] = [""] * RESPONSES  # seed 001 lines 575-581: postcodes are not listed

    order = ["agree"] + [f"priority[{i[0]}]" for i in PRIORITY_ITEMS] + ["other-priorities"] \
        + [f"problem[{i[0]}]" for i in PROBLEM_ITEMS] + ["other-problems", "age", "gender", "ethnicity", "postcode"]
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "dg-csp-2013-responses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Response ID"] + order)
        for r in range(RESPONSES):
            w.writerow([f"DG2013-{r + 1:04d}"] + [columns[c][r] for c in order])

    survey = {
        "id": "dg-csp-2013",
        "title": "Dartford and Gravesham Community Safety Partnership: consultation on the priorities for 2013-14",
        # The seed gives no dates; these are assumed (the plan was consulted on after the Strategic Assessment).
        "opens": "2013-01-07",
        "closes": "2013-02-15",
        "introduction": "Residents and people who work in Dartford or Gravesham: tell us whether the priorities we recommend are the right ones, and what concerns you in your neighbourhood.",
        "questions": [
            {"id": "agree", "kind": "yes-no-dont-know", "required": True,
             "text": "Do you feel the priorities we have identified for 2013-14 are the right ones?"},
            {"id": "priority", "kind": "priority-grid", "required": True,
             "text": "What level of priority do you feel each of the following should be given?",
             "items": [i[0] for i in PRIORITY_ITEMS], "options": PRIORITY_LEVELS},
            {"id": "other-priorities", "kind": "free-text",
             "text": "Are there any other issues you feel should be a high priority?", "maxLength": 1000},
            {"id": "problem", "kind": "problem-scale", "required": True,
             "text": "How much of a problem, if at all, do you think each of the following is in your neighbourhood?",
             "items": [i[0] for i in PROBLEM_ITEMS], "options": PROBLEM_SCALE},
            {"id": "other-problems", "kind": "free-text",
             "text": "Are there any other issues that are a very big or big problem in your neighbourhood?", "maxLength": 1000},
            {"id": "age", "kind": "age-band", "text": "Your age", "options": list(AGE)},
            {"id": "gender", "kind": "sex", "text": "Your gender", "options": list(GENDER)},
            {"id": "ethnicity", "kind": "ethnicity", "text": "Your ethnic group", "options": list(ETHNICITY)},
            {"id": "postcode", "kind": "postcode", "text": "Your postcode",
             "hint": "Optional. We use it only to target our work; it is never published."},
        ],
    }
    with open(os.path.join(OUT, "dg-csp-2013-survey.json"), "w", encoding="utf-8") as f:
        json.dump(survey, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # Check what was written against the seed's counts before anyone relies on it.
    with open(os.path.join(OUT, "dg-csp-2013-responses.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == RESPONSES
    def count(column):
        out = {}
        for row in rows:
            if row[column]:
                out[row[column]] = out.get(row[column], 0) + 1
        return out
    assert count("agree") == AGREE
    for item, *counts in PRIORITY_ITEMS:
        assert count(f"priority[{item}]") == {k: v for k, v in zip(PRIORITY_LEVELS, counts) if v}
    for item, *counts in PROBLEM_ITEMS:
        assert count(f"problem[{item}]") == {k: v for k, v in zip(PROBLEM_SCALE, counts) if v}
    assert count("age") == AGE and count("gender") == GENDER
    assert count("ethnicity") == {k: v for k, v in ETHNICITY.items() if v}
    print(f"wrote {RESPONSES} responses and the survey to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
