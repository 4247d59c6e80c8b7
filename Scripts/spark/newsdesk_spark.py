"""Runs the newsdesk --jsonl pipeline over an archive of JSON Lines on Spark.

usage: spark-submit Scripts/spark/newsdesk_spark.py IN OUT [--partitions N]
                    [--newsdesk PATH] [--date YYYY-MM-DD]

IN is anything Spark's text input reads (a local path, hdfs://, s3a://, a directory or a glob
of JSON Lines files, gzip included); OUT a directory that must not exist yet, written as JSON
Lines part files (part-00000, part-00001, ... in input order). Each input record gives exactly
one output line, as `newsdesk --jsonl` writes it; blank lines hold no record and give none.

How it runs:
  * Every line is read with its byte offset in its file and numbered across the whole input
    before anything is piped, so an error line names the line of the original input: its
    "line" is the 1-based line number across the input (files in the order Spark lists them),
    its "offset" the byte offset of the line in its file, and its message begins
    "line N: ...", N that same global number. `sed -n Np in.jsonl` shows the record.
  * Each partition goes through one newsdesk process (`--jsonl - --jobs 1 --errors-ok
    --progress=60`: Spark already runs one task per core, a bad record is data, not a failed
    task, and a progress line a minute in the executor's log shows life) started with an
    explicit environment (PySpark's pipe otherwise gives the program an empty one)
    and with the exit status checked, so a crash fails the task instead of silently cutting
    the partition short. Outputs are paired with their inputs one for one; a count that
    does not match fails the job.
  * The binary: --newsdesk PATH, else $NEWSDESK_BIN, else `newsdesk` on the PATH. On a
    cluster, ship the tarball Scripts/package makes and point at it, e.g.
        spark-submit --archives newsdesk-0.1.0-linux-x86_64.tar.gz#nd \
            Scripts/spark/newsdesk_spark.py in.jsonl out/ \
            --newsdesk nd/newsdesk-0.1.0-linux-x86_64/newsdesk
    (archives are unpacked in each executor's working directory under the name after #).
  * At the end the job prints the counts: records, analysed, errors.

Needs pyspark 4.x (pip install 'pyspark>=4,<5') and Java 17.
"""

import argparse
import json
import math
import os
import shutil
import sys


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="newsdesk_spark.py",
        description="newsdesk --jsonl over JSON Lines on Spark, one newsdesk process per partition.")
    parser.add_argument("input", help="JSON Lines: path, hdfs:// or s3a:// URI, directory or glob")
    parser.add_argument("output", help="output directory (must not exist)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="split the input into about N partitions (default: Spark's default parallelism)")
    parser.add_argument("--newsdesk", default=None,
                        help="the newsdesk binary as executors see it (default: $NEWSDESK_BIN or newsdesk on PATH)")
    parser.add_argument("--date", default=None, help="reference date for records that carry none (newsdesk --date)")
    arguments = parser.parse_args(argv)
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions wants a whole number of at least 1")
    return arguments


def newsdesk_command(arguments):
    """The command each partition is piped through, and the environment it runs in."""
    binary = arguments.newsdesk or os.environ.get("NEWSDESK_BIN") or shutil.which("newsdesk") or "newsdesk"
    # --progress: a line a minute on the executor's stderr log, so a long partition shows life.
    command = [binary, "--jsonl", "-", "--jobs", "1", "--errors-ok", "--progress=60"]
    if arguments.date:
        command += ["--date", arguments.date]
    # PySpark starts the program with exactly this environment: give it a PATH, a UTF-8
    # locale, and newsdesk's own settings when the driver has them.
    environment = {"PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"), "LANG": "C.UTF-8"}
    for name in ("NEWSDESK_MAX_ARTICLE_MB", "NEWSDESK_TIMEOUT", "HOME", "TMPDIR"):
        if name in os.environ:
            environment[name] = os.environ[name]
    return command, environment


def input_bytes(spark_context, path):
    """Total size of the files `path` names (a file, a directory or a glob), via Hadoop."""
    jvm = spark_context._jvm
    configuration = spark_context._jsc.hadoopConfiguration()
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    filesystem = hadoop_path.getFileSystem(configuration)
    statuses = filesystem.globStatus(hadoop_path) or []
    return sum(filesystem.getContentSummary(status.getPath()).getLength() for status in statuses)


def is_blank(line):
    """newsdesk passes over lines of nothing but spaces, tabs and carriage returns."""
    return not line.strip(" \t\r")


def relabel(pair):
    """The output line for ((offset, line), index) and newsdesk's output for it, and whether it
    is an error line. Analyses pass through byte for byte; an error line gets the line's global
    number and byte offset in place of the ones counted within the partition."""
    ((offset, _), index), output = pair
    # Only error lines have "error" as their second key; analyses start {"id":…,"title":
    if '"error":' not in output:
        return output, False
    record = json.loads(output)
    if not (isinstance(record, dict) and list(record)[:2] == ["id", "error"]):
        return output, False
    line_number = index + 1
    message = record["error"]
    local_prefix = "line %d: " % record.get("line", 0)
    if isinstance(message, str) and message.startswith(local_prefix):
        message = "line %d: %s" % (line_number, message[len(local_prefix):])
    relabelled = {"id": record["id"], "error": message, "line": line_number, "offset": offset}
    return json.dumps(relabelled, separators=(",", ":")), True


def run(arguments):
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newsdesk").getOrCreate()
    context = spark.sparkContext
    command, environment = newsdesk_command(arguments)

    # Hadoop's text input gives each line with the byte offset where it starts in its file.
    partitions = arguments.partitions or context.defaultParallelism
    total = input_bytes(context, arguments.input)
    configuration = {
        "mapreduce.input.fileinputformat.split.maxsize": str(max(1, math.ceil(total / max(1, partitions)))),
    }
    lines = context.newAPIHadoopFile(
        arguments.input,
        "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
        "org.apache.hadoop.io.LongWritable",
        "org.apache.hadoop.io.Text",
        conf=configuration)
    # Numbered across the whole input before piping, blank lines counted as a file's lines are;
    # then blank lines are dropped, since newsdesk writes nothing for them.
    numbered = lines.zipWithIndex().filter(lambda pair: not is_blank(pair[0][1]))
    piped = numbered.map(lambda pair: pair[0][1]).pipe(" ".join(map(_quote, command)), env=environment,
                                                       checkCode=True)

    records = context.accumulator(0)
    errors = context.accumulator(0)

    def finish(pair):
        line, failed = relabel(pair)
        records.add(1)
        if failed:
            errors.add(1)
        return line

    # zip pairs the n-th output line of a partition with its n-th record (both sides come from
    # the same partitions); a partition whose counts differ fails the job. The counts are exact
    # unless a task is retried (Spark may then count its lines twice).
    numbered.zip(piped).map(finish).saveAsTextFile(arguments.output)

    print("newsdesk_spark: %d records, %d analysed, %d errors -> %s"
          % (records.value, records.value - errors.value, errors.value, arguments.output))
    if errors.value:
        print("newsdesk_spark: error lines carry \"error\" and the input's \"line\" and \"offset\": "
              "grep -hF '\"error\":' %s/part-*" % arguments.output)
    spark.stop()
    return 0


def _quote(word):
    """Quotes a word for the command string PySpark splits with shlex."""
    import shlex

    return shlex.quote(word)


if __name__ == "__main__":
    sys.exit(run(parse_arguments(sys.argv[1:])))
