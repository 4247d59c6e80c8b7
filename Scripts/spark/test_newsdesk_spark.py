"""End-to-end test of newsdesk_spark.py: Spark local[2] against plain `newsdesk --jsonl`.

usage: python test_newsdesk_spark.py NEWSDESK_BINARY FIXTURES_DIR WORK_DIR

Makes 2,000 records from the openings of the fixture articles (ids, titles and dates varied) with 20 malformed
lines and two blank lines mixed in, runs plain `newsdesk --jsonl` over them and the Spark job
with local[2] and four partitions (so partition-relative line numbers differ from the global
ones), then checks that:
  * the job succeeds and reports 2,000 records and 20 errors;
  * the output has one line per record, in input order;
  * every analysis line is byte-identical to plain newsdesk's line for the same id;
  * each of the 20 error lines names the input line (1-based, blank lines counted) and byte
    offset of its malformed record, and its message begins "line N:" with that number.
Exits 0 when all hold, 1 with the failures listed otherwise. Runs spark-submit from the
Python that runs it (its bin directory).
"""

import glob
import json
import os
import random
import subprocess
import sys
import time

RECORDS = 2000
MALFORMED = 20


def make_input(fixtures, path):
    """Writes the input; returns its lines (without newlines) and the set of malformed indices."""
    articles = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(fixtures, "articles", "*")))]
    # Each record is the opening of a fixture, four to nine lines long: varied copy
    # that a debug build analyses quickly enough for the test suite.
    openings = []
    for article in articles:
        paragraphs = article.split("\n")
        openings.extend("\n".join(paragraphs[:count]) for count in range(4, 10))
    chooser = random.Random(19)
    malformed_at = set(chooser.sample(range(RECORDS), MALFORMED))
    broken_kinds = [
        lambda i: '{"id": "r%d", "text": "cut short' % i,                 # not JSON, id readable
        lambda i: '{"text": "a record without an id %d"}' % i,            # no id
        lambda i: '{"id": "r%d", "date": "13/03/2025", "text": "x"}' % i,  # bad date
        lambda i: '{"id": "r%d"}' % i,                                     # no text
        lambda i: 'not json at all %d' % i,                                # id unreadable
    ]
    lines = []
    for i in range(RECORDS):
        if i in malformed_at:
            lines.append(broken_kinds[len([m for m in malformed_at if m < i]) % len(broken_kinds)](i))
            continue
        record = {"id": "r%d" % i, "text": openings[i % len(openings)]}
        if i % 3 == 0:
            record["title"] = "Desk copy %d" % i
        if i % 4 == 0:
            record["date"] = "2025-%02d-%02d" % (i % 12 + 1, i % 28 + 1)
        lines.append(json.dumps(record, ensure_ascii=(i % 2 == 0)))
    # Two blank lines: no record, no output, but counted as lines of the file.
    lines.insert(700, "")
    lines.insert(1500, "   ")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return lines


def main(binary, fixtures, work):
    failures = []
    os.makedirs(work, exist_ok=True)
    input_path = os.path.join(work, "in.jsonl")
    output_dir = os.path.join(work, "out")
    subprocess.run(["rm", "-rf", output_dir], check=True)
    lines = make_input(fixtures, input_path)
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line.encode("utf-8")) + 1
    records = [(number, line) for number, line in enumerate(lines, start=1) if line.strip(" \t\r")]

    plain = subprocess.run([binary, "--jsonl", input_path, "--jobs", "2"], capture_output=True)
    plain_lines = plain.stdout.decode("utf-8").splitlines()
    if len(plain_lines) != len(records):
        failures.append("plain newsdesk wrote %d lines for %d records" % (len(plain_lines), len(records)))
    plain_by_id = {}
    for line in plain_lines:
        record = json.loads(line)
        if "error" not in record:
            plain_by_id[record["id"]] = line

    job = os.path.join(os.path.dirname(os.path.abspath(__file__)), "newsdesk_spark.py")
    spark_submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
    environment = dict(os.environ, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
    started = time.time()
    run = subprocess.run(
        [spark_submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false",
         "--driver-java-options", "-Dlog4j2.rootLogger.level=warn",
         job, input_path, output_dir, "--partitions", "4", "--newsdesk", binary],
        capture_output=True, env=environment)
    seconds = time.time() - started
    report = run.stdout.decode("utf-8", "replace")
    if run.returncode != 0:
        failures.append("the job failed with status %d:\n%s\n%s"
                        % (run.returncode, report, run.stderr.decode("utf-8", "replace")[-4000:]))
        return failures, seconds
    expected_report = "newsdesk_spark: %d records, %d analysed, %d errors" % (
        RECORDS, RECORDS - MALFORMED, MALFORMED)
    if expected_report not in report:
        failures.append("the job reported %r, not %r" % (report.strip(), expected_report))

    parts = sorted(glob.glob(os.path.join(output_dir, "part-*")))
    if len(parts) < 2:
        failures.append("expected several partitions, got %d part files" % len(parts))
    output = []
    for part in parts:
        with open(part, encoding="utf-8") as handle:
            output.extend(handle.read().splitlines())
    if len(output) != len(records):
        failures.append("%d output lines for %d records" % (len(output), len(records)))

    errors = 0
    for (number, source), line in zip(records, output):
        result = json.loads(line)
        if "error" in result:
            errors += 1
            if result.get("line") != number:
                failures.append("error line for input line %d names line %r: %s" % (number, result.get("line"), line))
            if result.get("offset") != offsets[number - 1]:
                failures.append("error line for input line %d gives offset %r, not %d"
                                % (number, result.get("offset"), offsets[number - 1]))
            if not str(result.get("error", "")).startswith("line %d: " % number):
                failures.append("error message does not start with 'line %d: ': %s" % (number, line))
            if lines[number - 1] != source:
                failures.append("line %d is not the malformed record" % number)
            continue
        expected = plain_by_id.get(result["id"])
        if expected is None:
            failures.append("id %r has an analysis from Spark but not from plain newsdesk" % result["id"])
        elif expected != line:
            failures.append("analysis for id %r differs from plain newsdesk" % result["id"])
        if json.loads(source)["id"] != result["id"]:
            failures.append("output out of order at input line %d" % number)
    if errors != MALFORMED:
        failures.append("%d error lines, expected %d" % (errors, MALFORMED))
    return failures, seconds


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    problems, took = main(*sys.argv[1:])
    for problem in problems[:30]:
        print("spark end-to-end: FAIL: " + problem)
    if problems:
        print("spark end-to-end: %d problems (job took %.0f s)" % (len(problems), took))
        sys.exit(1)
    print("spark end-to-end: OK: %d records with %d malformed, local[2], 4 partitions, job %.0f s"
          % (RECORDS, MALFORMED, took))
