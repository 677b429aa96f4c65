"""Validate the hand-annotated gold files in tests/gold/.

Usage:  python tests/gold/check_gold.py [--db build/hardtech.db] [--uncovered] [FILE.json ...]

Checks, per file:
  (a) every span satisfies text[start:end] == span.text, start < end, and spans do not overlap;
  (b) every paragraph text exists verbatim in the database (table paragraphs), and is of kind
      'paragraph' or 'heading' (the stored paragraph_id is informative only; a mismatch is reported
      as a note, not an error);
  (c) prints the number of spans per type.
With --uncovered it also lists, for review, every occurrence of a string that is annotated
somewhere in the gold files but is not covered by a span at that position (many of these are
deliberate, e.g. a place inside an organisation name).
Exit status is non-zero if (a) or (b) fails.
"""
import argparse, collections, glob, json, os, sqlite3, sys

TYPES = {'City', 'Province', 'Country', 'Region', 'University', 'ResearchInstitute', 'StateKeyLab',
         'NationalLab', 'NationalEngineeringLab', 'EngineeringCenter', 'InternationalCooperationBase',
         'Company', 'GovernmentBody', 'Fund', 'Park', 'OtherOrganization', 'Policy', 'Technology',
         'Date', 'Person'}

HERE = os.path.dirname(os.path.abspath(__file__))


def check_file(path, con):
    errors, notes = [], []
    doc = json.load(open(path, encoding='utf-8'))
    counts = collections.Counter()
    by_text = {}
    for pid, kind, text in con.execute('select id, kind, text from paragraphs'):
        by_text.setdefault(text, []).append((pid, kind))
    for p in doc['paragraphs']:
        text, pid = p['text'], p.get('paragraph_id')
        hits = by_text.get(text)
        if not hits:
            errors.append(f'paragraph {pid}: text not found verbatim in db: {text[:30]!r}')
        else:
            if not any(k in ('paragraph', 'heading') for _, k in hits):
                errors.append(f'paragraph {pid}: db kind is {hits}')
            if pid not in [h[0] for h in hits]:
                notes.append(f'paragraph {pid}: text now has id(s) {[h[0] for h in hits]}')
        prev_end = -1
        for s in sorted(p['spans'], key=lambda s: (s['start'], s['end'])):
            if text[s['start']:s['end']] != s['text'] or s['start'] >= s['end']:
                errors.append(f"paragraph {pid}: bad offsets {s}")
            if s['start'] < prev_end:
                errors.append(f"paragraph {pid}: overlapping span {s}")
            if s['type'] not in TYPES:
                errors.append(f"paragraph {pid}: unknown type {s}")
            prev_end = max(prev_end, s['end'])
            counts[s['type']] += 1
    return doc, counts, errors, notes


def uncovered(docs):
    lex = {s['text'] for d in docs for p in d['paragraphs'] for s in p['spans']}
    for d in docs:
        for p in d['paragraphs']:
            t = p['text']
            cov = [(s['start'], s['end']) for s in p['spans']]
            for term in sorted(lex, key=len, reverse=True):
                i = t.find(term)
                while i >= 0:
                    j = i + len(term)
                    if not any(a <= i and j <= b for a, b in cov):
                        if not any(a < j and i < b for a, b in cov) or True:
                            yield p['paragraph_id'], term, t[max(0, i - 8):j + 8]
                    i = t.find(term, i + 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--db', default=os.path.join(HERE, '..', '..', 'build', 'hardtech.db'))
    ap.add_argument('--uncovered', action='store_true')
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(HERE, '*.json')))
    con = sqlite3.connect(a.db)
    bad, docs, total = False, [], collections.Counter()
    for f in files:
        doc, counts, errors, notes = check_file(f, con)
        docs.append(doc)
        total += counts
        n_sp = sum(counts.values())
        print(f'== {os.path.basename(f)}: {len(doc["paragraphs"])} paragraphs, {n_sp} spans, '
              f'{"OK" if not errors else str(len(errors)) + " ERRORS"}')
        for t, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            print(f'   {t:<28}{n:>5}')
        for e in errors:
            print('   ERROR', e)
        for n in notes:
            print('   note', n)
        bad |= bool(errors)
    print(f'== total: {sum(total.values())} spans')
    for t, n in sorted(total.items(), key=lambda x: (-x[1], x[0])):
        print(f'   {t:<28}{n:>5}')
    if a.uncovered:
        print('== occurrences of annotated strings not covered by a span (review; many deliberate):')
        for pid, term, ctx in uncovered(docs):
            print(f'   {pid}: {term!r} in …{ctx}…')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
