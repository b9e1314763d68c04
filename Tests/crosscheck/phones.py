#!/usr/bin/env python3
"""Phone cross-check corpus: seeded inputs and what libphonenumber's Python port makes of them.

Writes JSON ({"cases": [{"input", "region", "e164", "valid", "kind", "number_region"}]}) to the
path given (stdout when none). The Swift test `CrossCheckTests` compares our normalizer with the
committed `phones.json` always, and with a fresh run of this script when `phonenumbers` is present.
"""
import json
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberType as T

SEED = 20261129
COUNT = 1500

KINDS = {
    T.FIXED_LINE: "fixed_line", T.MOBILE: "mobile", T.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    T.TOLL_FREE: "toll_free", T.PREMIUM_RATE: "premium_rate", T.VOIP: "voip", T.UNKNOWN: "unknown",
}
NL_AREA = ["010", "020", "030", "040", "050", "070", "071", "073", "076", "0113", "0492", "0412", "0546", "085", "088", "0800", "0900", "097"]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def spaced(rng, text):
    """Formatting people type: spaces, dashes, dots, brackets."""
    style = rng.randrange(5)
    if style == 0:
        return text
    if style == 1:
        return " ".join(text[i:i + 2] for i in range(0, len(text), 2))
    if style == 2:
        cut = rng.randrange(1, max(2, len(text)))
        return text[:cut] + "-" + text[cut:]
    if style == 3:
        return ".".join(text[i:i + 3] for i in range(0, len(text), 3))
    return "(" + text[:3] + ") " + text[3:]


def case(rng):
    kind = rng.randrange(12)
    region = rng.choice(["NL"] * 6 + ["BE", "DE", "RS", "SR", "FR", "GB", "US", "AQ"])
    if kind <= 2:
        national = "06" + digits(rng, 8)
        form = rng.randrange(5)
        text = [national, "+31 6 " + national[2:], "0031" + national[1:], "+31 (0)6 " + national[2:], spaced(rng, national)][form]
        return text, "NL" if form == 0 else region
    if kind <= 4:
        area = rng.choice(NL_AREA)
        return spaced(rng, area + digits(rng, 10 - len(area))), "NL"
    if kind == 5:
        return spaced(rng, digits(rng, rng.randrange(1, 16))), region
    if kind == 6:
        cc = rng.choice(["32", "49", "381", "597", "33", "44", "1", "31", "90", "86", "7"])
        return "+" + cc + " " + spaced(rng, digits(rng, rng.randrange(6, 12))), region
    if kind == 7:
        cc = rng.choice(["32", "49", "381", "44"])
        return "00" + cc + digits(rng, rng.randrange(7, 11)), region
    if kind == 8:
        return rng.choice(["", "+", "00", "abc", "tel:0612345678", "06-12345678 ext 12", "0612345678#3", "1-800-FLOWERS",
                           "06 1234 5678 / 06 8765 4321", "+31 6 1234 567", "06123456789", "+", "++31612345678",
                           "0031-(0)6-12345678", "06–12345678", "０６１２３４５６７８", "٠٦١٢٣٤٥٦٧٨", "+381 60 2222222"]), region
    if kind == 9:
        # National numbers of the region as written there, with and without trunk prefix.
        meta = rng.choice(["0" + digits(rng, 9), digits(rng, 9), "0" + digits(rng, 10), digits(rng, 7)])
        return spaced(rng, meta), region
    if kind == 10:
        return "+31 " + spaced(rng, rng.choice(["6", "20", "10", "800", "900", "85", "97"]) + digits(rng, rng.randrange(5, 10))), region
    return spaced(rng, "0" + rng.choice(["6", "20", "10", "800", "900", "85", "97", "88"]) + digits(rng, rng.randrange(5, 10))), region


def expected(text, region):
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return {"e164": None, "valid": False, "kind": "unknown", "number_region": None}
    return {
        "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        "valid": phonenumbers.is_valid_number(number),
        "kind": KINDS.get(phonenumbers.number_type(number), "other"),
        "number_region": phonenumbers.region_code_for_number(number),
    }


def main():
    rng = random.Random(SEED)
    cases = []
    for _ in range(COUNT):
        text, region = case(rng)
        cases.append({"input": text, "region": region, **expected(text, region)})
    document = {"library": "phonenumbers " + phonenumbers.__version__, "seed": SEED, "cases": cases}
    output = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as handle:
            handle.write(output)
    else:
        sys.stdout.write(output)


if __name__ == "__main__":
    main()
