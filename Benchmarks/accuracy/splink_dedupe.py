"""Splink 5 deduplication of a Customers API JSON file, set up the way Splink's tutorials teach
(DuckDB backend, comparison library, prior from deterministic rules, u by random sampling, m by EM
on two blocking rules, predict and cluster at 0.95). Shared by Benchmarks/accuracy and
Benchmarks/splink-speed so both measure the same Splink.

Usage: splink_dedupe.py CUSTOMERS_JSON OUT_DIR
Writes OUT_DIR/splink-pairs.csv (a,b: predicted pairs at >= 0.95) and OUT_DIR/splink-clusters.csv
(customer_id,cluster_id) and prints the time of each step. Reading the JSON counts in Splink's time.
"""
import csv
import os
import sys
import time

import duckdb
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

THRESHOLD = 0.95

# Only the fields the Customer JSON carries that Splink's comparisons use. Strings are trimmed,
# lower-cased and emptied to NULL (Splink treats NULL as "missing", an empty string as a value);
# phones keep only their digits, as Splink's docs ask for cleaned inputs.
LOAD_SQL = """
with raw as (
  select * from read_json('{path}', format = 'array', columns = {{
    customer_id: 'BIGINT', customer_reference: 'VARCHAR', first_name: 'VARCHAR', name: 'VARCHAR',
    street: 'VARCHAR', house_number: 'VARCHAR', house_number_postfix: 'VARCHAR',
    postcode: 'VARCHAR', city: 'VARCHAR', email: 'VARCHAR',
    phone_numbers: 'STRUCT(phone_number_id VARCHAR, phone_number VARCHAR)[]'}})
)
select
  customer_id as unique_id,
  nullif(lower(trim(first_name)), '') as first_name,
  nullif(lower(trim(name)), '') as surname,
  nullif(lower(trim(street)), '') as street,
  nullif(lower(trim(house_number || coalesce(house_number_postfix, ''))), '') as house_number,
  nullif(upper(replace(postcode, ' ', '')), '') as postcode,
  nullif(lower(trim(city)), '') as city,
  nullif(lower(trim(email)), '') as email,
  nullif(upper(trim(customer_reference)), '') as customer_reference,
  nullif(regexp_replace(list_filter(phone_numbers, lambda p: p.phone_number_id = 'mob')[1].phone_number,
                        '[^0-9]', '', 'g'), '') as mob,
  nullif(regexp_replace(list_filter(phone_numbers, lambda p: p.phone_number_id = 'tel')[1].phone_number,
                        '[^0-9]', '', 'g'), '') as tel
from raw
"""


def load(con, path):
    """Reads the file once into a table (a relation would be re-read by every query on it)."""
    con.execute("create or replace table customers as " + LOAD_SQL.format(path=path.replace("'", "''")))
    return con.table("customers")


def present_columns(rel):
    """Columns with at least one value: a comparison or rule on an always-empty column (FEBRL has
    no phones or emails) has nothing to learn from, and Splink warns about untrained levels."""
    counts = rel.aggregate(", ".join(f"count({c}) as {c}" for c in rel.columns if c != "unique_id")).fetchall()[0]
    return {c for c, n in zip([c for c in rel.columns if c != "unique_id"], counts) if n > 0}


def comparisons(cols):
    candidates = {
        "first_name": cl.NameComparison("first_name"),
        "surname": cl.NameComparison("surname"),
        "street": cl.JaroWinklerAtThresholds("street", [0.9, 0.8]),
        "house_number": cl.ExactMatch("house_number").configure(term_frequency_adjustments=True),
        "postcode": cl.LevenshteinAtThresholds("postcode", [1]).configure(term_frequency_adjustments=True),
        "city": cl.JaroWinklerAtThresholds("city", [0.9]).configure(term_frequency_adjustments=True),
        "customer_reference": cl.DamerauLevenshteinAtThresholds("customer_reference", [2]),
        "tel": cl.DamerauLevenshteinAtThresholds("tel", [1, 2]),
        "mob": cl.DamerauLevenshteinAtThresholds("mob", [1, 2]),
        "email": cl.EmailComparison("email"),
    }
    return [c for name, c in candidates.items() if name in cols]


def blocking_rules(cols):
    """Rules to generate predictions: each narrow enough to stay cheap at 200k customers; together
    they catch a pair that is wrong in any one or two fields."""
    rules = [
        ("customer_reference",),
        ("first_name", "surname"),
        ("postcode", "house_number"),
        ("surname", "postcode"),
        ("first_name", "postcode"),
        ("street", "house_number", "city"),
        ("substr(first_name,1,2)", "substr(surname,1,2)", "city"),
        ("tel",),
        ("mob",),
        ("email",),
    ]
    return [block_on(*r) for r in rules if all(c.split("(")[-1].split(",")[0] in cols for c in r)]


def train(linker, cols):
    # Prior: pairs these near-certain rules find, scaled by how many true pairs they are thought to catch.
    deterministic = [block_on("customer_reference", "surname"), block_on("first_name", "surname", "postcode")]
    if "email" in cols:
        deterministic.append(block_on("email", "surname"))
    linker.training.estimate_probability_two_random_records_match(deterministic, recall=0.7)
    # 2e6 pairs: between the tutorials' 1e6 and 1e7; 1e7 took minutes on two shared cores.
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    # m by EM on two blocking rules: each trains the comparisons the other one holds fixed. The
    # second is e-mail where the data has it: on an address block the generated data's households
    # outnumber the duplicates, and EM then learns "same household" (first names agreeing in 21%).
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_name", "surname"))
    second = block_on("email") if "email" in cols else block_on("postcode", "house_number")
    linker.training.estimate_parameters_using_expectation_maximisation(second)


def dedupe(path, out_dir, log=print):
    """Runs Splink on the customers at path; writes its pairs and clusters into out_dir."""
    steps, clock = [], time.perf_counter()

    def step(name):
        nonlocal clock
        now = time.perf_counter()
        steps.append((name, now - clock))
        clock = now

    con = duckdb.connect()
    db_api = DuckDBAPI(connection=con)
    rel = load(con, path)
    cols = present_columns(rel)
    records = db_api.register(rel)
    step("read")
    settings = SettingsCreator(
        unique_id_column_name="unique_id",
        link_type="dedupe_only",
        comparisons=comparisons(cols),
        blocking_rules_to_generate_predictions=blocking_rules(cols),
    )
    linker = Linker(records, settings, log_level=None)
    train(linker, cols)
    step("train")
    predictions = linker.inference.predict(threshold_match_probability=THRESHOLD)
    step("predict")
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=THRESHOLD)
    step("cluster")
    os.makedirs(out_dir, exist_ok=True)
    pairs = predictions.as_duckdbpyrelation().project("unique_id_l as a, unique_id_r as b").fetchall()
    write_csv(os.path.join(out_dir, "splink-pairs.csv"), ["a", "b"], (sorted(p) for p in pairs))
    members = clusters.as_duckdbpyrelation().project("unique_id, cluster_id").fetchall()
    write_csv(os.path.join(out_dir, "splink-clusters.csv"), ["customer_id", "cluster_id"], members)
    step("write")
    log("splink steps: " + ", ".join(f"{name} {secs:.1f}s" for name, secs in steps)
        + f"; {len(pairs)} pairs at >= {THRESHOLD}")
    return pairs


def write_csv(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def blocking_recall(path, truth_pairs_csv):
    """Share of the true pairs that at least one prediction blocking rule puts side by side:
    the ceiling on Splink's recall. Evaluated on the true pairs only, so it is cheap."""
    con = duckdb.connect()
    rel = load(con, path)
    rules = blocking_rules(present_columns(rel))
    sql_rules = " or ".join(f"coalesce(({r.get_blocking_rule('duckdb').blocking_rule_sql}), false)" for r in rules)
    truth = truth_pairs_csv.replace("'", "''")
    found, total = con.sql(f"""
        select count(*) filter (where {sql_rules}), count(*)
        from read_csv('{truth}', header = true, columns = {{'a': 'BIGINT', 'b': 'BIGINT'}}) t
        join customers l on l.unique_id = t.a join customers r on r.unique_id = t.b""").fetchall()[0]
    return found / total if total else float("nan")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dedupe(sys.argv[1], sys.argv[2])
