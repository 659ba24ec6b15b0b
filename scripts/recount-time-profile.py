#!/usr/bin/env python3
"""Independent recount of the time profile of a dated and timed incident file, for the test that checks
Csp.Core.Briefing.TimeProfile against it (tests/Csp.Ingest.Tests/Briefing/ChicagoTimeProfileTests.cs).

Written from the rules in src/Csp.Core/Briefing/README.md, not from the C# code:
- a date-time whose clock reads exactly 00:00:00 has no time (exports write midnight for "time not recorded");
- byHour: 24 counts of timed incidents by the hour of the clock, from 00:00;
- byWeekdayHour: 7 x 24, Monday first, by the day of the date and the hour;
- byMonth: 12 counts of all incidents (timed or not) by month of the date, January first;
- the window 19:00-01:00 holds clock times from 19:00 (included) to 01:00 (excluded), across midnight;
  its share is its count over the timed incidents.

Usage: scripts/recount-time-profile.py FILE.csv.gz > EXPECTED.json   (columns date, category)
"""
import csv, datetime, gzip, json, sys


def profile(rows):
    by_hour = [0] * 24
    by_weekday_hour = [[0] * 24 for _ in range(7)]
    by_month = [0] * 12
    unknown = 0
    window = 0
    for r in rows:
        text = r['date']  # e.g. 2012-01-01T19:30:00.000, Chicago local time, no offset
        day = datetime.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
        by_month[day.month - 1] += 1
        hh, mm, ss = int(text[11:13]), int(text[14:16]), int(text[17:19])
        if (hh, mm, ss) == (0, 0, 0):
            unknown += 1
            continue
        by_hour[hh] += 1
        by_weekday_hour[day.weekday()][hh] += 1
        minute = hh * 60 + mm
        if minute >= 19 * 60 or minute < 60:
            window += 1
    timed = len(rows) - unknown
    return {
        'total': len(rows), 'unknownTime': unknown, 'byHour': by_hour, 'byWeekdayHour': by_weekday_hour,
        'byMonth': by_month, 'window': {'from': '19:00', 'to': '01:00', 'count': window, 'share': window / timed},
    }


def main(path):
    with gzip.open(path, 'rt', newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    result = {'all': profile(rows)}
    for category in ('BATTERY', 'ROBBERY'):
        result[category] = profile([r for r in rows if r['category'] == category])
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
