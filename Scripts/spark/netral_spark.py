#!/usr/bin/env python3
"""Run `netral audit` as a streaming filter under Apache Spark (RDD.pipe), sharded by account.

Usage:
  python3 netral_spark.py --netral /path/to/netral --input activities.jsonl --output verdicts/ \
      [--partitions 8] [--master local[2]] [--netral-args "audit --format jsonl -"]

Each input line is one interchange activity. Lines are keyed by `actor.id` and hash-partitioned,
so every activity of an account lands in the same shard, in input order. Each shard is piped
through one `netral audit --format jsonl -` process (stdin JSON Lines in, one verdict line per
input line out, same order). `netral` must be on every worker at the same path (or shipped with
`--files`/`SparkFiles`). A line that is not JSON still gets its own `error` verdict from netral;
here it is routed by its line number instead of an account. netral's exit statuses 1 (findings)
and 2 (unreadable records) are expected; completeness is enforced by zipping each shard's
verdicts against its input, which fails if a single line is missing.
"""
import argparse
import json
import shlex
import sys


def account_of(indexed):
    """(line, index) -> (account key, (index, line)); unreadable lines key on their index."""
    line, index = indexed
    try:
        actor = json.loads(line).get("actor") or {}
        account = actor.get("id")
    except (ValueError, AttributeError):
        account = None
    key = f"account:{account}" if account is not None else f"line:{index}"
    return key, (index, line)


def in_input_order(items):
    """Within a shard, restore input order (partitionBy shuffles)."""
    for _, line in sorted((value for _, value in items), key=lambda pair: pair[0]):
        yield line


def aligned(pair):
    """(input line, verdict line) -> verdict line, after checking they are about the same id."""
    line, verdict = pair
    try:
        expected = json.loads(line).get("id")
    except (ValueError, AttributeError):
        expected = None  # unreadable input: netral names it by position instead
    if expected is not None:
        got = json.loads(verdict).get("id")
        if str(got) != str(expected):
            raise RuntimeError(f"netral verdicts out of step: input id {expected!r}, verdict id {got!r}")
    return verdict


def build(sc, input_path, netral, netral_args, partitions):
    """The RDD of verdict lines for `input_path`."""
    lines = sc.textFile(input_path).filter(lambda line: line.strip() != "")
    sharded = lines.zipWithIndex().map(account_of).partitionBy(partitions)
    ordered = sharded.mapPartitions(in_input_order, preservesPartitioning=True)
    # netral exits 1 when it found violations and 2 when some records were unreadable; both are
    # normal for a filter (every line still got its verdict, which the zip in main() enforces).
    # Anything else (a crash, a signal) fails the task and Spark retries it.
    tolerant = '"$@"; status=$?; [ "$status" -le 2 ] && exit 0; exit "$status"'
    command = ["sh", "-c", tolerant, "netral-filter", netral] + shlex.split(netral_args)
    verdicts = ordered.pipe(shlex.join(command), checkCode=True)
    return ordered, verdicts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--netral", required=True, help="path to the netral binary")
    parser.add_argument("--input", required=True, help="JSON Lines activities (file or glob)")
    parser.add_argument("--output", required=True, help="output directory for verdict lines")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--netral-args", default="audit --format jsonl -")
    args = parser.parse_args(argv)

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("netral-audit").setMaster(args.master)
    conf.set("spark.ui.enabled", "false")
    conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        ordered, verdicts = build(sc, args.input, args.netral, args.netral_args, args.partitions)
        # One verdict per input line, per shard: zip fails if a shard's counts differ, and
        # `aligned` fails if a verdict does not belong to the line it is paired with.
        checked = ordered.zip(verdicts).map(aligned)
        checked.saveAsTextFile(args.output)
    finally:
        sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
