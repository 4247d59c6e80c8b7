#!/usr/bin/env python3
"""Checks quotes.json (hand-annotated quotations of the 12 PolNeAR stories the set leaves
unmarked) against the stories' text: every span lies inside the text, no two spans overlap, a
quotation (and each of its segments) sits right between quotation marks, and a mention lies outside
every quotation. Reads the set from $NEWSDESK_SHARED/data/polnear-dev/quotes.jsonl, by default
../shared beside the repository. Exits 1 on any problem, 2 when the set is not there.

usage: python3 Fixtures/real/polnear-unmarked/check.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.environ.get("NEWSDESK_SHARED", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(SHARED, "data", "polnear-dev", "quotes.jsonl")
MARKS = ("''", '"', "\u201c", "\u201d")


def opens_at(text, i):
    """True when a quotation mark ends just before offset i."""
    return any(text[max(0, i - len(m)):i] == m for m in MARKS)


def closes_at(text, i):
    """True when a quotation mark starts at offset i."""
    return any(text.startswith(m, i) for m in MARKS)


def main():
    if not os.path.exists(DATA):
        print(f"check: {DATA} not found; nothing checked", file=sys.stderr)
        return 2
    stories = {}
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            stories[a["id"]] = a
    with open(os.path.join(HERE, "quotes.json"), encoding="utf-8") as f:
        gold = json.load(f)["articles"]
    problems = []
    unmarked = {i for i, a in stories.items() if not a["quotes"]}
    ids = [a["id"] for a in gold]
    if set(ids) != unmarked or len(ids) != len(unmarked):
        problems.append(f"stories differ from the set's unmarked ones: {sorted(set(ids) ^ unmarked)}")
    for a in gold:
        text = stories[a["id"]]["text"]
        spans = []
        for q in a["quotes"]:
            segs = q.get("segments", [[q["start"], q["end"]]])
            if segs[0][0] != q["start"] or segs[-1][1] != q["end"]:
                problems.append(f"{a['id']} {q['start']}: segments do not run from start to end")
            for s, e in segs:
                if not (0 < s < e < len(text)):
                    problems.append(f"{a['id']} {s}-{e}: outside the text")
                    continue
                if not opens_at(text, s) or not closes_at(text, e):
                    problems.append(f"{a['id']} {s}-{e}: not between quotation marks")
                spans.append((s, e))
            ms, me = q["mention_start"], q["mention_end"]
            if (ms is None) != (me is None):
                problems.append(f"{a['id']} {q['start']}: half a mention")
            elif ms is not None:
                if not (0 <= ms < me <= len(text)):
                    problems.append(f"{a['id']} {q['start']}: mention outside the text")
                elif any(ms < e and me > s for s, e in segs):
                    problems.append(f"{a['id']} {q['start']}: mention inside its quotation")
            if q["kind"] not in ("direct", "partial"):
                problems.append(f"{a['id']} {q['start']}: kind {q['kind']}")
        for x in a["excluded"]:
            s, e = x["start"], x["end"]
            if not (0 < s < e < len(text)) or not opens_at(text, s) or not closes_at(text, e):
                problems.append(f"{a['id']} excluded {s}-{e}: not a quoted span")
        # Excluded spans may nest inside an excluded span (quotes within an uncredited quote);
        # quotations may overlap nothing.
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                problems.append(f"{a['id']}: quotations {s1}-{e1} and {s2}-{e2} overlap")
        for x in a["excluded"]:
            if any(x["start"] < e and x["end"] > s for s, e in spans):
                problems.append(f"{a['id']}: excluded {x['start']}-{x['end']} overlaps a quotation")
    for p in problems:
        print(p)
    quotes = sum(len(a["quotes"]) for a in gold)
    excluded = sum(len(a["excluded"]) for a in gold)
    print(f"{len(gold)} stories, {quotes} quotations, {excluded} excluded, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
