#!/usr/bin/env python3
"""Assemble data/ads.jsonl from the hand-written batches in data/src/.

Deterministic: no wall-clock, no unseeded randomness.  Running it twice on the
same sources produces byte-identical output.

Source format (each data/src/*.py module defines a string ``DATA``):

    # comment
    @ vertical=restaurants lang=en tricky=0      <- block header (defaults)
    Headline | Body | labels                     <- one ad; labels = comma list
    ~Headline | Body | labels                    <- paraphrase: same group as previous ad
    !Headline | Body |                           <- tricky=true for this ad
    Headline | Body                              <- no labels = compliant

Labels may be written as full taxonomy codes or as the short aliases in
ALIASES below.  Group ids are "<module>:<block>:<n>"; a line starting with "~"
re-uses the previous group id, so paraphrases/template siblings stay together.

After the hand-written ads are parsed, a bounded obfuscation augmentation
creates at most one obfuscated variant for a hash-selected subset of
hand-written *violating* ads (never for compliant ads).  Variants keep the
source ad's labels, vertical, lang and group (so they land in the same split),
and are marked tricky.  The augmentation is capped at AUG_MAX_SHARE of the
final corpus.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep data/ free of __pycache__

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
OUT = ROOT / "ads.jsonl"
MANIFEST = ROOT / "build_manifest.json"

CODES = [
    "sexual.explicit", "sexual.suggestive", "sexual.minors",
    "violence.graphic", "violence.threat",
    "hate.speech", "harassment.insult", "self_harm", "language.profanity",
    "regulated.alcohol", "regulated.tobacco", "regulated.drugs", "regulated.pharma",
    "regulated.gambling", "regulated.weapons", "regulated.adult_products",
    "regulated.financial",
    "deception.health_claims", "deception.financial_claims", "deception.clickbait",
    "sensitive.political", "sensitive.tragedy",
]

ALIASES = {
    "sx": "sexual.explicit", "sug": "sexual.suggestive", "min": "sexual.minors",
    "gore": "violence.graphic", "thr": "violence.threat",
    "hate": "hate.speech", "ins": "harassment.insult", "sh": "self_harm",
    "prof": "language.profanity",
    "alc": "regulated.alcohol", "tob": "regulated.tobacco", "drg": "regulated.drugs",
    "rx": "regulated.pharma", "gam": "regulated.gambling", "wpn": "regulated.weapons",
    "adl": "regulated.adult_products", "fin": "regulated.financial",
    "hc": "deception.health_claims", "fc": "deception.financial_claims",
    "cb": "deception.clickbait", "pol": "sensitive.political", "trg": "sensitive.tragedy",
}

# ---- split -----------------------------------------------------------------
# Fixed seed.  Chosen once (see README) with `build.py --search-seed` as the
# first seed "adscreen-ads-v1-<k>" for which every authored category has >= 10
# positives in both validation and test and the split shares are within 2
# points of 70/15/15; it is hard-coded so the split never moves.
SPLIT_SEED = "adscreen-ads-v1-1394"
TRAIN_FRAC, VAL_FRAC = 0.70, 0.15


def split_of(group: str, seed: str = SPLIT_SEED) -> str:
    h = int(hashlib.sha256(f"{seed}|{group}".encode()).hexdigest()[:12], 16)
    u = h / float(16 ** 12)
    if u < TRAIN_FRAC:
        return "train"
    if u < TRAIN_FRAC + VAL_FRAC:
        return "validation"
    return "test"


# ---- augmentation ----------------------------------------------------------
AUG_SEED = "adscreen-obf-v1"
AUG_MAX_SHARE = 0.13          # hard ceiling 15% in the brief; stay below it
AUG_SELECT_PERMILLE = 360     # share of eligible violating ads that get a variant

# Trigger words that real evaders obfuscate.  Only ads containing one of these
# get a variant, so every variant obfuscates a signal word, never filler.
TRIGGERS = [
    # gambling
    "casino", "casinos", "slots", "slot", "poker", "jackpot", "betting", "bet", "bets",
    "roulette", "blackjack", "spins", "bonus", "odds", "wager", "lottery", "bingo",
    # pharma
    "viagra", "cialis", "pharmacy", "prescription", "pills", "pill", "xanax", "adderall",
    "oxycodone", "tramadol", "valium", "semaglutide", "ozempic", "meds", "antibiotics",
    # drugs
    "weed", "cannabis", "marijuana", "thc", "cbd", "kush", "edibles", "gummies", "shrooms",
    "mushrooms", "bong", "bongs", "kratom", "molly", "high", "stoned", "blunt", "delta-8",
    # tobacco
    "vape", "vapes", "vaping", "cigarettes", "cigarette", "cigs", "nicotine", "e-juice",
    "hookah", "cigars", "tobacco", "pods", "smoke",
    # alcohol
    "beer", "beers", "vodka", "whiskey", "whisky", "wine", "tequila", "rum", "gin",
    "shots", "booze", "liquor", "cocktails", "drunk", "brewery", "pints", "happy hour",
    # weapons
    "gun", "guns", "rifle", "rifles", "pistol", "pistols", "ammo", "ammunition", "taser",
    "tasers", "knife", "knives", "firearms", "firearm", "ar-15", "glock", "shotgun", "suppressor",
    # sexual / adult
    "sex", "sexy", "nude", "nudes", "naked", "xxx", "porn", "escort", "escorts", "hookup",
    "hookups", "singles", "milf", "vibrator", "toys", "adult", "horny", "webcam", "cam",
    "lingerie", "erotic", "kinky",
    # finance
    "crypto", "bitcoin", "btc", "forex", "loan", "loans", "cash", "money", "profit",
    "profits", "returns", "guaranteed", "trading", "invest", "income", "credit", "payday",
    # deception / clickbait
    "free", "winner", "won", "prize", "iphone", "virus", "infected", "warning", "alert",
    "cure", "cures", "diabetes", "weight", "fat", "miracle", "doctors", "click",
    # violence / hate / harassment / self-harm / profanity
    "kill", "killed", "dead", "blood", "bloody", "die", "suicide", "gore", "shoot",
    "hate", "vermin", "losers", "loser", "ugly", "stupid", "idiot", "idiots", "starve",
    "fuck", "fucking", "shit", "bitch", "damn", "ass", "crap", "bastard", "hell",
    "bullshit", "asshole", "assholes", "motherfucking", "shitty", "badass",
    "burn", "beat", "hurt", "bleed", "bats", "bat", "torch", "hunt", "armed", "revenge",
    "subhuman", "animals", "parasites", "diseased", "disgusting", "pathetic", "gross",
    "fatty", "moron", "morons", "dumb", "hideous", "whale",
    "starving", "starvation", "skinny", "thin", "thinspo", "purge", "purging", "fasting",
    "cuts", "scars", "anorexia", "pro-ana", "calorie", "calories",
    "brutal", "uncut", "uncensored", "wounds", "injuries", "graphic", "slaughter", "crash",
    # political / tragedy
    "vote", "election", "ballot", "senate", "congress", "candidate", "war", "hurricane",
    "pandemic", "earthquake", "tragedy", "shooting", "flood",
]

LEET = {"a": ["@", "4"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["$", "5"],
        "t": ["7"], "l": ["1"], "g": ["9"], "b": ["8"]}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "C": "\u0421", "P": "\u0420", "B": "\u0412", "T": "\u0422"}
EMOJI = {
    "casino": "🎰", "casinos": "🎰", "slots": "🎰", "slot": "🎰", "jackpot": "🎰💰",
    "poker": "🃏", "blackjack": "🃏", "roulette": "🎡", "bet": "🎲", "betting": "🎲",
    "pills": "💊", "pill": "💊", "meds": "💊", "viagra": "🍆💊",
    "weed": "🍃", "cannabis": "🌿", "marijuana": "🌿", "kush": "🍃", "shrooms": "🍄",
    "mushrooms": "🍄", "high": "🚀", "smoke": "💨",
    "vape": "💨", "vapes": "💨", "cigarettes": "🚬", "cigarette": "🚬", "cigs": "🚬",
    "beer": "🍺", "beers": "🍻", "wine": "🍷", "shots": "🥃", "whiskey": "🥃",
    "whisky": "🥃", "cocktails": "🍸", "booze": "🍾", "liquor": "🥃", "tequila": "🥃",
    "gun": "🔫", "guns": "🔫", "pistol": "🔫", "knife": "🔪", "knives": "🔪",
    "sexy": "🔥", "sex": "🍑", "nudes": "📸🍑", "naked": "🍑", "horny": "😈",
    "money": "💰", "cash": "💵", "profit": "📈", "profits": "📈", "bitcoin": "₿",
    "btc": "₿", "crypto": "🪙", "free": "🆓", "winner": "🏆", "prize": "🎁",
    "iphone": "📱", "warning": "⚠️", "alert": "🚨", "virus": "🦠", "infected": "🦠",
    "dead": "💀", "die": "💀", "kill": "🔪", "blood": "🩸", "bloody": "🩸",
    "fat": "🐷", "vote": "🗳️", "war": "⚔️", "hurricane": "🌀", "fire": "🔥",
}
MASK = {"fuck": "f*ck", "fucking": "f*cking", "shit": "sh*t", "bitch": "b*tch",
        "damn": "d*mn", "ass": "a$$", "crap": "cr@p", "bastard": "b@stard", "hell": "h3ll"}
STYLES = ["leet", "leet", "spaced", "homoglyph", "emoji", "misspell", "dotted", "zwsp",
          "leet", "mask"]


def _h(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def _leet(word: str, k: int) -> str:
    chars = list(word)
    idx = [i for i, c in enumerate(chars) if c.lower() in LEET]
    if not idx:
        return word
    n = 1 + (k % min(3, len(idx)))
    chosen = sorted(idx, key=lambda i: _h("leet", word, i, k))[:n]
    for i in chosen:
        opts = LEET[chars[i].lower()]
        chars[i] = opts[_h(word, i, k) % len(opts)]
    return "".join(chars)


def _homoglyph(word: str, k: int) -> str:
    chars = list(word)
    idx = [i for i, c in enumerate(chars) if c in HOMO]
    if not idx:
        return _leet(word, k)
    for i in idx[: 1 + k % 2]:
        chars[i] = HOMO[chars[i]]
    return "".join(chars)


def _misspell(word: str, k: int) -> str:
    if len(word) < 4:
        return _leet(word, k)
    vowels = [i for i, c in enumerate(word) if c.lower() in "aeiou"]
    mode = k % 3
    if mode == 0 and vowels:                 # double a vowel: casino -> caasino
        i = vowels[k % len(vowels)]
        return word[: i + 1] + word[i] + word[i + 1:]
    if mode == 1:                            # swap two inner letters: viagra -> vigara
        i = 1 + k % (len(word) - 2)
        if i + 1 < len(word):
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if vowels and len(vowels) > 1:           # drop a vowel: bitcoin -> btcoin
        i = vowels[k % len(vowels)]
        return word[:i] + word[i + 1:]
    return word + word[-1]


def obfuscate_word(word: str, style: str, k: int) -> str:
    low = word.lower()
    if style == "mask" and low in MASK:
        out = MASK[low]
        return out.upper() if word.isupper() else (out.capitalize() if word[0].isupper() else out)
    if style == "emoji" and low in EMOJI:
        return EMOJI[low]
    if style in ("mask", "emoji"):
        style = "leet"
    if style == "leet":
        return _leet(word, k)
    if style == "spaced":
        return " ".join(word)
    if style == "dotted":
        sep = [".", "-", "_", "*"][k % 4]
        return sep.join(word)
    if style == "homoglyph":
        return _homoglyph(word, k)
    if style == "misspell":
        return _misspell(word, k)
    if style == "zwsp":
        mid = max(1, len(word) // 2)
        return word[:mid] + "\u200b" + word[mid:]
    return word


_TRIG_RE = re.compile(
    r"(?<![\w@$])(" + "|".join(sorted((re.escape(t) for t in TRIGGERS), key=len, reverse=True))
    + r")(?![\w])", re.IGNORECASE)


def obfuscate_ad(ad: dict, k: int) -> dict | None:
    """Return an obfuscated copy of ad, or None if it contains no trigger word."""
    text_fields = ("headline", "body")
    hits = []
    for f in text_fields:
        for m in _TRIG_RE.finditer(ad[f]):
            hits.append((f, m.start(), m.end(), m.group(0)))
    if not hits:
        return None
    style = STYLES[k % len(STYLES)]
    # obfuscate every occurrence of up to two distinct trigger words, as evaders do
    words = []
    for _, _, _, w in sorted(hits, key=lambda t: _h("pick", t[3].lower(), k)):
        if w.lower() not in words:
            words.append(w.lower())
        if len(words) == 2:
            break
    new = dict(ad)
    for f in text_fields:
        def repl(m):
            w = m.group(0)
            if w.lower() in words:
                return obfuscate_word(w, style, k + words.index(w.lower()))
            return w
        new[f] = _TRIG_RE.sub(repl, ad[f])
    if new["headline"] == ad["headline"] and new["body"] == ad["body"]:
        return None
    new["tricky"] = True
    return new


# ---- parsing ---------------------------------------------------------------
def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"adsrc_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def parse_labels(field: str, where: str) -> list[str]:
    out = []
    for tok in (t.strip() for t in field.split(",")):
        if not tok:
            continue
        code = ALIASES.get(tok, tok)
        if code not in CODES:
            raise SystemExit(f"{where}: unknown label {tok!r}")
        if code not in out:
            out.append(code)
    return sorted(out, key=CODES.index)


def parse_source(path: Path) -> list[dict]:
    mod = load_module(path)
    data = getattr(mod, "DATA", None)
    if not isinstance(data, str):
        raise SystemExit(f"{path}: no DATA string")
    stem = path.stem
    ads = []
    header = None
    block = 0
    n = 0
    group = None
    for lineno, raw in enumerate(data.splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{lineno}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            header = {"vertical": None, "lang": "en", "tricky": "0"}
            for kv in line[1:].split():
                k, _, v = kv.partition("=")
                header[k] = v
            if not header["vertical"]:
                raise SystemExit(f"{where}: header without vertical")
            block += 1
            n = 0
            group = None
            continue
        if header is None:
            raise SystemExit(f"{where}: ad before any @ header")
        tricky = header["tricky"] == "1"
        same_group = False
        while line[:1] in ("~", "!"):
            if line[0] == "~":
                same_group = True
            else:
                tricky = True
            line = line[1:].lstrip()
        if line.endswith("|"):
            line = line[:-1].rstrip() + " | "
        parts = [p.strip() for p in (line + " ").split(" | ")]
        if len(parts) == 2:
            parts.append("")
        if len(parts) != 3:
            raise SystemExit(f"{where}: expected 'headline | body | labels', got {len(parts)} fields")
        headline, body, lab = parts
        if not headline:
            raise SystemExit(f"{where}: empty headline")
        labels = parse_labels(lab, where)
        if same_group and group is not None:
            g = group
        else:
            n += 1
            g = f"{stem}:{block}:{n}"
        group = g
        ads.append({
            "headline": headline, "body": body, "labels": labels,
            "vertical": header["vertical"], "group": g, "lang": header["lang"],
            "tricky": tricky, "_src": where,
        })
    return ads


def norm_key(ad: dict) -> str:
    return re.sub(r"\s+", " ", (ad["headline"] + " || " + ad["body"]).lower()).strip()


# ---- paraphrase grouping across batches ------------------------------------
# Hand-written batches sometimes contain the same idea in two places (e.g. a
# plain violation and its hand-obfuscated twin in another file).  To keep such
# paraphrases in one split, ads whose de-obfuscated text is near-identical are
# merged into one group (union-find; the group keeps the id of its first ad).
_DELEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                         "@": "a", "$": "s", "!": "i", "|": "i", "€": "e", "¥": "y"})
_UNHOMO = {v: k.lower() for k, v in HOMO.items()}
_STOP = set("""a an the and or of to in on for with your you our we is are it at by
from this that be as all up get now new no not just more only off per its it's
de la el en y los las del le les des et un une der die das und mit für von zu""".split())
MERGE_JACCARD = 0.6
MERGE_CONTAIN = 0.7     # overlap / smaller set, for short hand-obfuscated twins
MERGE_MIN_SHARED = 4
# A token that occurs in more than MERGE_MAX_DF ads is too common to be evidence
# of a paraphrase, so it does not propose candidate pairs.  Its document
# frequency is counted on the first batch only (source files starting with one
# of DF_REFERENCE_PREFIXES), so adding a later batch (x* files) cannot change
# which first-batch pairs get compared, and therefore cannot move an existing
# ad to another group or split.  With only first-batch files this is exactly
# the original rule (document frequency over the whole corpus).
MERGE_MAX_DF = 60
DF_REFERENCE_PREFIXES = ("c", "m", "t", "v")


def _canon_tokens(ad: dict) -> frozenset:
    t = (ad["headline"] + " " + ad["body"]).replace("\u200b", "")
    t = "".join(_UNHOMO.get(c, c) for c in t).lower()
    # collapse spaced / dotted single letters: "c a s i n o" -> "casino"
    t = re.sub(r"\b(?:\w[ ._*\-]){2,}\w\b", lambda m: re.sub(r"[ ._*\-]", "", m.group(0)), t)
    t = t.translate(_DELEET)
    toks = re.findall(r"[a-zà-ÿß]+", t)
    return frozenset(_stem(w) for w in toks if w not in _STOP and len(w) > 1)


def _stem(w: str) -> str:
    for suf in ("ing", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def merge_paraphrase_groups(ads: list[dict]) -> int:
    parent: dict[str, str] = {}

    def find(g):
        while parent.setdefault(g, g) != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    toks = [_canon_tokens(a) for a in ads]
    heads = [" ".join(sorted(_canon_tokens({"headline": a["headline"], "body": ""}))) for a in ads]
    index: dict[str, list[int]] = {}
    for i, ts in enumerate(toks):
        for w in ts:
            index.setdefault(w, []).append(i)
    ref_df: dict[str, int] = {}
    for ad, ts in zip(ads, toks):
        if ad["_src"].startswith(DF_REFERENCE_PREFIXES):
            for w in ts:
                ref_df[w] = ref_df.get(w, 0) + 1
    merges = 0
    for i, ts in enumerate(toks):
        cand: dict[int, int] = {}
        for w in ts:
            if ref_df.get(w, 0) > MERGE_MAX_DF:   # too common to be evidence
                continue
            post = index[w]
            for j in post:
                if j > i:
                    cand[j] = cand.get(j, 0) + 1
        for j in sorted(cand):
            if ads[i]["group"] == ads[j]["group"]:
                continue
            union = len(ts | toks[j])
            inter = len(ts & toks[j])
            small = min(len(ts), len(toks[j]))
            same_head = heads[i] and heads[i] == heads[j] and len(heads[i]) > 8
            if ((union and inter / union >= MERGE_JACCARD) or same_head
                    or (inter >= MERGE_MIN_SHARED and inter / small >= MERGE_CONTAIN)):
                a, b = find(ads[i]["group"]), find(ads[j]["group"])
                if a != b:
                    parent[b] = a
                    merges += 1
    for ad in ads:
        ad["group"] = find(ad["group"])
    return merges


def build() -> list[dict]:
    files = sorted(p for p in SRC.glob("*.py") if not p.name.startswith("_"))
    hand: list[dict] = []
    for p in files:
        hand.extend(parse_source(p))

    seen: dict[str, str] = {}
    for ad in hand:
        key = norm_key(ad)
        if key in seen:
            raise SystemExit(f"duplicate ad {ad['_src']} == {seen[key]}: {ad['headline']!r}")
        seen[key] = ad["_src"]

    merged = merge_paraphrase_groups(hand)
    print(f"paraphrase merging joined {merged} group pairs", file=sys.stderr)

    # bounded augmentation
    cap = int(AUG_MAX_SHARE * len(hand) / (1 - AUG_MAX_SHARE))
    variants: dict[int, dict] = {}
    eligible = [i for i, ad in enumerate(hand) if ad["labels"] and not ad["tricky"]]
    eligible.sort(key=lambda i: _h(AUG_SEED, "order", hand[i]["_src"]))
    for i in eligible:
        if len(variants) >= cap:
            break
        ad = hand[i]
        if _h(AUG_SEED, "select", ad["_src"]) % 1000 >= AUG_SELECT_PERMILLE:
            continue
        v = obfuscate_ad(ad, _h(AUG_SEED, "style", ad["_src"]) % 9973)
        if v is None:
            continue
        key = norm_key(v)
        if key in seen:
            continue
        seen[key] = ad["_src"] + "+obf"
        v["_src"] = ad["_src"] + "+obf"
        variants[i] = v

    ordered: list[dict] = []
    for i, ad in enumerate(hand):
        ordered.append(ad)
        if i in variants:
            ordered.append(variants[i])

    out = []
    for n, ad in enumerate(ordered, 1):
        out.append({
            "id": f"ad-{n:05d}",
            "headline": ad["headline"],
            "body": ad["body"],
            "labels": ad["labels"],
            "vertical": ad["vertical"],
            "split": split_of(ad["group"]),
            "group": ad["group"],
            "lang": ad["lang"],
            "tricky": bool(ad["tricky"]),
            "_src": ad["_src"],
        })
    return out


def search_split_seed(ads: list[dict], tries: int = 2000, min_pos: int = 10) -> str | None:
    """Return the first seed "adscreen-ads-v1-<k>" giving >= min_pos (10) positives of every
    authored category in validation and test and split shares within 2 points
    of 70/15/15.  Used once to pick SPLIT_SEED (run: build.py --search-seed)."""
    authored = {c for ad in ads for c in ad["labels"]}
    for k in range(tries):
        seed = f"adscreen-ads-v1-{k}"
        per = {c: {"validation": 0, "test": 0} for c in authored}
        sizes = {"train": 0, "validation": 0, "test": 0}
        for ad in ads:
            sp = split_of(ad["group"], seed)
            sizes[sp] += 1
            if sp != "train":
                for c in ad["labels"]:
                    per[c][sp] += 1
        n = len(ads)
        ok_sizes = (abs(sizes["train"] / n - 0.70) <= 0.02 and abs(sizes["validation"] / n - 0.15) <= 0.02
                    and abs(sizes["test"] / n - 0.15) <= 0.02)
        if ok_sizes and all(v >= min_pos for d in per.values() for v in d.values()):
            return seed
    return None


def main() -> int:
    ads = build()
    if "--search-seed" in sys.argv:
        print("first qualifying split seed:", search_split_seed(ads))
        return 0
    with OUT.open("w", encoding="utf-8") as fh:
        for ad in ads:
            rec = {k: v for k, v in ad.items() if not k.startswith("_")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    manifest = {
        "split_seed": SPLIT_SEED,
        "aug_seed": AUG_SEED,
        "hand_written": sum(1 for a in ads if not a["_src"].endswith("+obf")),
        "augmented_ids": [a["id"] for a in ads if a["_src"].endswith("+obf")],
        "sources": {a["id"]: a["_src"] for a in ads},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(ads)} ads to {OUT.relative_to(ROOT.parent)} "
          f"({manifest['hand_written']} hand-written, {len(manifest['augmented_ids'])} obfuscation variants)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
