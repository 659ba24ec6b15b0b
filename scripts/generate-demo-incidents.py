#!/usr/bin/env python3
"""GENERATED DEMO incidents for the sample area (Dartford E07000107 and Gravesham E07000109): not real data.

Deterministic (fixed seed): the same --today gives the same file byte for byte. Every row says "GENERATED DEMO" in
its `source` column, and the file name says so too. Shape, chosen to look like partner incident logs:
- categories with their own daily rates and clock: violence peaks in the night-time economy (Friday and Saturday
  19:00-01:00), ASB in the afternoon and evening, shoplifting in shop hours, theft from vehicles overnight;
- season: a rise from May to August, more violence in December, a quiet February; ASB and criminal damage two to
  three times as high on Halloween and Bonfire Night;
- places: incidents fall on addresses scattered around the ONS population-weighted LSOA centroids
  (data/sample/geography), each LSOA with its own weight and each address with a skewed chance, so some addresses
  and callers repeat; domestic abuse reuses a small pool of victims;
- near repeats: a residential burglary is followed by another within 200 m in 1-14 days one time in five;
- an emerging hot spot: in the 21 days before --today, about 1.5 ASB and 0.5 criminal damage incidents a day more
  around one spot (sd 75 m) in a Northfleet LSOA;
- about 5% of rows have no time (the time column empty).
Usage: scripts/generate-demo-incidents.py [--today YYYY-MM-DD] [--days 730] [--out data/sample/incidents/incidents-GENERATED-DEMO.csv.gz]
"""
import argparse, csv, datetime, gzip, io, math, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DISTRICTS = {'E07000107': 'Dartford', 'E07000109': 'Gravesham'}

# category: (per day over the area, hour weights 0..23, weekday weights Mon..Sun, domestic share, alcohol share)
CATEGORIES = {
    'Anti-social behaviour': (9.0, [2, 1, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 3, 4, 4, 5, 6, 8, 9, 9, 9, 9, 8, 6, 4, 3], [1, 1, 1, 1, 1.2, 1.3, 1.1], 0.0, 0.2),
    'Violence against the person': (6.0, [5.5, 4, 3, 2, 1, 1, 1, 1.5, 2.5, 3, 3.5, 4, 4.5, 4.5, 5, 5, 5.5, 5.5, 6, 6.5, 7, 7.5, 7.5, 7], [0.8, 0.8, 0.85, 0.9, 1.2, 1.5, 1.2], 0.3, 0.35),
    'Domestic abuse': (2.0, [4, 3, 2, 1, 0.5, 0.5, 1, 1.5, 2, 2, 2, 2, 2.5, 2.5, 3, 3, 3.5, 4, 5, 6, 7, 7, 6, 5], [1, 0.9, 0.9, 0.9, 1, 1.3, 1.4], 1.0, 0.4),
    'Burglary - residential': (1.3, [3, 3, 2, 2, 1.5, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 5, 4, 4, 3], [1, 1, 1, 1, 1, 1, 1], 0.0, 0.0),
    'Criminal damage': (3.0, [4, 3, 2, 1, 1, 0.5, 0.5, 1, 2, 2, 2, 2, 2, 2, 3, 4, 5, 6, 7, 7, 7, 6, 5, 4], [1, 1, 1, 1, 1.1, 1.3, 1.1], 0.0, 0.15),
    'Theft from a vehicle': (1.5, [6, 6, 6, 5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1.1, 1.1], 0.0, 0.0),
    'Shoplifting': (2.5, [0, 0, 0, 0, 0, 0, 0, 0.5, 2, 5, 7, 8, 9, 9, 9, 9, 8, 7, 5, 3, 1, 0.5, 0, 0], [1, 1, 1, 1, 1.1, 1.4, 1.0], 0.0, 0.05),
}
SEASON = [0.95, 0.85, 0.95, 1.0, 1.1, 1.15, 1.2, 1.2, 1.05, 1.0, 0.95, 1.0]  # January first
EVENT_BOOST = {(10, 31): {'Anti-social behaviour': 3.0, 'Criminal damage': 2.5}, (11, 5): {'Anti-social behaviour': 2.5, 'Criminal damage': 3.0},
               (12, 31): {'Violence against the person': 1.8}, (1, 1): {'Violence against the person': 1.8}}
SOURCE = 'GENERATED DEMO'


def poisson(rng, mean):
    if mean > 30:
        return max(0, int(round(rng.gauss(mean, math.sqrt(mean)))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def read_geography():
    wards, centroids = {}, {}
    with gzip.open(os.path.join(ROOT, 'data/sample/geography/lsoa_to_ward.csv.gz'), 'rt', encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            if r['LAD24CD'] in DISTRICTS:
                wards[r['LSOA21CD']] = (r['WD24NM'], r['LAD24CD'])
    with gzip.open(os.path.join(ROOT, 'data/sample/geography/lsoa21_pwc_DERIVED.csv.gz'), 'rt', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['LSOA21CD'] in wards:
                centroids[r['LSOA21CD']] = (float(r['x']), float(r['y']))
    return sorted(centroids), wards, centroids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--today', default='2026-12-04')
    ap.add_argument('--days', type=int, default=730)
    ap.add_argument('--out', default=os.path.join(ROOT, 'data/sample/incidents/incidents-GENERATED-DEMO.csv.gz'))
    a = ap.parse_args()
    today = datetime.date.fromisoformat(a.today)
    first = today - datetime.timedelta(days=a.days)
    rng = random.Random(20)
    lsoas, wards, centroids = read_geography()
    weight = {l: rng.lognormvariate(0, 0.6) for l in lsoas}
    # Addresses: 300 per LSOA scattered around its centroid (sd 250 m), chosen with a skewed (Zipf-like) chance.
    addresses = {l: [(centroids[l][0] + rng.gauss(0, 250), centroids[l][1] + rng.gauss(0, 250)) for _ in range(300)] for l in lsoas}
    address_weights = [1.0 / (i + 1) ** 0.8 for i in range(300)]
    shops = {l: rng.random() < 0.12 for l in lsoas}  # LSOAs with a shopping parade or town centre
    hotspot = next(l for l in lsoas if wards[l][0].startswith('Northfleet'))
    victims = {}  # domestic abuse: a pool of victims per LSOA
    rows = []

    def add(category, day, lsoa, where=None, hour_weights=None):
        base, hours, _, domestic, alcohol = CATEGORIES[category]
        i = rng.choices(range(300), address_weights)[0]
        x, y = where if where else addresses[lsoa][i]
        if where:
            key = 'DEMO-ADDR-%s-N%d' % (lsoa, len(rows))
        else:
            key = 'DEMO-ADDR-%s-%03d' % (lsoa, i)
        timed = rng.random() >= 0.05
        t = ''
        if timed:
            h = rng.choices(range(24), hour_weights or hours)[0]
            t = '%02d:%02d' % (h, rng.randrange(60))
        victim = ''
        if category == 'Domestic abuse':
            pool = victims.setdefault(lsoa, [])
            if pool and rng.random() < 0.45:
                victim = rng.choice(pool)
            else:
                victim = 'DEMO-V-%s-%d' % (lsoa[-4:], len(pool) + 1)
                pool.append(victim)
        elif category == 'Anti-social behaviour':
            victim = 'DEMO-C-%s-%03d' % (lsoa[-4:], min(299, int(rng.paretovariate(1.2))))  # callers: a few call often
        rows.append([day, t, category, x, y, key, victim, 'yes' if rng.random() < domestic else 'no',
                     'yes' if rng.random() < alcohol else 'no', lsoa, wards[lsoa][0]])
        return (x, y)

    day = first
    while day < today:
        season = SEASON[day.month - 1]
        for category, (base, hours, weekdays, _, _) in CATEGORIES.items():
            boost = EVENT_BOOST.get((day.month, day.day), {}).get(category, 1.0)
            if category == 'Violence against the person' and day.month == 12:
                boost *= 1.15
            n = poisson(rng, base * season * weekdays[day.weekday()] * boost)
            for _ in range(n):
                pick = {l: weight[l] * (4 if category == 'Shoplifting' and shops[l] else 1) for l in lsoas}
                lsoa = rng.choices(lsoas, [pick[l] for l in lsoas])[0]
                where = add(category, day, lsoa)
                if category == 'Burglary - residential' and rng.random() < 0.2:
                    later = day + datetime.timedelta(days=rng.randint(1, 14))
                    if later < today:
                        angle, dist = rng.random() * 2 * math.pi, rng.uniform(20, 200)
                        pending.append((later, lsoa, (where[0] + dist * math.cos(angle) / 1.4, where[1] + dist * math.sin(angle) / 1.4)))
        for later, lsoa, where in [p for p in pending if p[0] == day]:
            add('Burglary - residential', day, lsoa, where)
        pending[:] = [p for p in pending if p[0] != day]
        if (today - day).days <= 21:
            # The planted rise: about 1.5 ASB and 0.5 criminal damage a day around one spot (a park, a parade), within
            # about 150 m, on top of the usual.
            for category, extra in (('Anti-social behaviour', 1.5), ('Criminal damage', 0.5)):
                for _ in range(poisson(rng, extra)):
                    spot = addresses[hotspot][0]
                    add(category, day, hotspot, (spot[0] + rng.gauss(0, 75), spot[1] + rng.gauss(0, 75)))
        day += datetime.timedelta(days=1)

    rows.sort(key=lambda r: (r[0], r[1] or '00:00'))
    buffer = io.StringIO()
    w = csv.writer(buffer, lineterminator='\n')
    w.writerow(['id', 'date', 'time', 'category', 'easting', 'northing', 'location_key', 'victim_key', 'domestic', 'alcohol', 'lsoa', 'ward', 'source'])
    for n, r in enumerate(rows, 1):
        w.writerow(['DEMO-%06d' % n, r[0].isoformat(), r[1], r[2], '%.0f' % r[3], '%.0f' % r[4]] + r[5:] + [SOURCE])
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, 'wb') as f:
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(buffer.getvalue().encode('utf-8'))
    print('%d incidents, %s to %s, written to %s' % (len(rows), first, today - datetime.timedelta(days=1), a.out))


pending = []

if __name__ == '__main__':
    main()
