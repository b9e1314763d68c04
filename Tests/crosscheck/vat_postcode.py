#!/usr/bin/env python3
"""VAT and postcode cross-check corpus: seeded inputs and python-stdnum's verdicts.

NL VAT (`stdnum.nl.btw`, with the scheme that passed: 11-test or mod 97-10), BE VAT
(`stdnum.be.vat`) and NL postcodes (`stdnum.nl.postcode`). Writes JSON to the path given (stdout
when none); the Swift test `CrossCheckTests` compares our normalizer with it.
"""
import json
import random
import sys

import stdnum
from stdnum.be import vat as be_vat
from stdnum.iso7064 import mod_97_10
from stdnum.nl import bsn, btw, postcode

SEED = 20261129
COUNT = 1200


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nl_classic(rng):
    while True:
        head = digits(rng, 8)
        total = sum((9 - i) * int(d) for i, d in enumerate(head))
        check = total % 11
        if check < 10 and int(head + str(check)) > 0:
            return head + str(check) + "B" + rng.choice(["01", "02", "03", "04", "12"])


def nl_2020(rng):
    while True:
        body = digits(rng, 9) + "B"
        check = 98 - int(mod_97_10._to_base10("NL" + body + "00")) % 97
        if 0 < check < 100:
            return body + "%02d" % check


def be_valid(rng):
    base = rng.choice("01") + digits(rng, 7)
    if int(base) == 0:
        base = "01234567"
    return base + "%02d" % (97 - int(base) % 97)


def mutate(rng, text):
    """A typo: a digit changed, two swapped, one dropped or one added."""
    chars = list(text)
    positions = [i for i, c in enumerate(chars) if c.isdigit()]
    if not positions:
        return text
    i = rng.choice(positions)
    kind = rng.randrange(4)
    if kind == 0:
        chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
    elif kind == 1 and i + 1 < len(chars) and chars[i + 1].isdigit():
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif kind == 2:
        del chars[i]
    else:
        chars.insert(i, rng.choice("0123456789"))
    return "".join(chars)


def dress(rng, text):
    """How people write them: separators, lower case, spaces."""
    style = rng.randrange(5)
    if style == 1:
        return " ".join(text[i:i + 4] for i in range(0, len(text), 4))
    if style == 2:
        return text.lower()
    if style == 3:
        return ".".join(text[i:i + 3] for i in range(0, len(text), 3))
    if style == 4:
        return text[:2] + "-" + text[2:]
    return text


def vat_case(rng):
    kind = rng.randrange(9)
    if kind == 0:
        return dress(rng, "NL" + nl_classic(rng)), "NL"
    if kind == 1:
        return dress(rng, "NL" + nl_2020(rng)), "NL"
    if kind == 2:
        return dress(rng, "BE" + be_valid(rng)), "BE"
    if kind == 3:
        return dress(rng, "NL" + mutate(rng, rng.choice([nl_classic, nl_2020])(rng))), "NL"
    if kind == 4:
        return dress(rng, "BE" + mutate(rng, be_valid(rng))), "BE"
    if kind == 5:
        return nl_classic(rng), "NL"
    if kind == 6:
        return "BE" + be_valid(rng)[1:], "BE"
    if kind == 7:
        return "NL" + digits(rng, rng.randrange(5, 12)) + rng.choice(["B", "", "X"]) + digits(rng, rng.randrange(0, 4)), "NL"
    return rng.choice(["NL", "BE", "NLB01", "NL000000000B00", "BE0000000000", "NL123456789B01", "BE(0)403170701",
                       "NL 8556.30.693.B.01", "NL855630693B1", "BE 0403 170 701"]), rng.choice(["NL", "BE"])


def expected_vat(text):
    compact = text.upper().replace(" ", "").replace("-", "").replace(".", "")
    if compact.startswith("BE"):
        valid = be_vat.is_valid(text)
        return {"valid": valid, "scheme": "be", "canonical": "BE" + be_vat.compact(text) if valid else None}
    valid = btw.is_valid(text)
    number = btw.compact(text)
    scheme = None
    if valid:
        scheme = "nl_classic" if bsn.is_valid(number[:9]) else "nl_2020"
    return {"valid": valid, "scheme": scheme, "canonical": "NL" + number if valid else None}


def postcode_case(rng):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    kind = rng.randrange(8)
    number = str(rng.randrange(1000, 10000))
    pair = rng.choice(letters) + rng.choice(letters)
    if kind == 0:
        pair = rng.choice(["SA", "SD", "SS", "SB", "AS", "DS"])
    if kind == 1:
        number = "0" + digits(rng, 3)
    if kind == 2:
        number = digits(rng, rng.choice([3, 5]))
    if kind == 3:
        pair = rng.choice(letters) * rng.choice([1, 3]) if rng.random() < 0.5 else rng.choice(letters) + rng.choice("0123456789")
    text = number + rng.choice(["", " ", "  ", "-"]) + pair
    if kind == 4:
        text = text.lower()
    if kind == 5:
        text = "NL" + rng.choice(["", "-", " "]) + text
    return text


def expected_postcode(text):
    valid = postcode.is_valid(text)
    return {"valid": valid, "display": postcode.validate(text) if valid else None}


def main():
    rng = random.Random(SEED)
    vat = []
    for _ in range(COUNT):
        text, country = vat_case(rng)
        vat.append({"input": text, "country": country, **expected_vat(text)})
    postcodes = []
    for _ in range(COUNT):
        text = postcode_case(rng)
        postcodes.append({"input": text, **expected_postcode(text)})
    document = {"library": "python-stdnum " + stdnum.__version__, "seed": SEED, "vat": vat, "postcodes": postcodes}
    output = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as handle:
            handle.write(output)
    else:
        sys.stdout.write(output)


if __name__ == "__main__":
    main()
