#!/usr/bin/env python3
"""Reference outputs of `toxic-comment-classifier==0.3.0`, from its own Keras code.

Writes crates/runtime/tests/fixtures/toxic_reference.json: for each fixture
sentence, the token ids that the package's pickled Keras Tokenizer produces
(texts_to_sequences, before padding) and the six scores of
`ToxicCommentClassifier().classify(text)`.

This runs the package's real implementation (TensorFlow + its pickle), so it
is a one-time, offline-from-the-project step; the Rust runtime never needs it.
Set-up used (Python 3.11, CPU only):

    python3.11 -m venv /tmp/toxref/venv
    /tmp/toxref/venv/bin/pip install tensorflow-cpu==2.19.0 keras==3.15.1 numpy==2.1.3 h5py==3.16.0
    /tmp/toxref/venv/bin/pip install --no-deps toxic-comment-classifier==0.3.0
    /tmp/toxref/venv/bin/python scripts/reference/toxic_keras.py \
        crates/runtime/tests/fixtures/toxic_reference.json

(`--no-deps` because the package also requires pandas and scikit-learn, which
it never imports, and the full `tensorflow`, for which tensorflow-cpu
stands in.) Scores are the float32 outputs of model.predict widened to
float64, written with Python's shortest round-trip repr.
"""

import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

OUT_DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                           "crates", "runtime", "tests", "fixtures", "toxic_reference.json")

LONG_CLEAN = (
    "our store offers fresh bread baked every morning with local flour and we also sell coffee tea "
    "juice and cakes at fair prices for the whole family so come and visit us on the main street "
    "next to the library where you can park for free and enjoy the garden seating area which is "
    "open from early morning until late evening every day of the week including public holidays "
    "and we deliver orders to your home within the city limits at no extra cost when you spend "
    "more than twenty dollars and we accept all major credit cards as well as cash and mobile "
    "payments thank you for shopping with us"
)

SENTENCES = [
    # clean ad text
    "Buy one get one free on all running shoes this weekend only!",
    "Limited time offer: save 20% on home insurance. Call today and get a free quote.",
    # profanity / masked profanity
    "What the fuck is this shit, it's fucking terrible.",
    "What the f*ck is this sh*t",
    "shit shit shit shit",
    # insults
    "You are an idiot.",
    "You're stupid and ugly, nobody likes you, you pathetic moron.",
    "This article is a piece of garbage written by an idiot",
    # threats
    "I will kill you if you come near my house again.",
    "I am going to find where you live and hurt you.",
    # identity hate (mild)
    "Go back to your own country, you people are all the same.",
    "Gay people should not be allowed in this club.",
    # empty / empty-ish
    "",
    "!!!",
    # unknown words only
    "zxqvbl blorptastic snargleflax qwzzyx",
    # word indices >= num_words (smuggling=20029, airplanes=20022) are dropped
    "No smuggling of airplanes allowed",
    # punctuation-heavy
    "Great deal!!! (really) -- 50% off... #sale @store; limited-time: act now?!",
    # uppercase
    "THIS IS THE BEST PHONE CASE EVER, BUY IT NOW",
    "SHUT UP YOU MORON",
    # longer than 100 tokens: the insult at the start is truncated away ('pre')
    "you stupid idiot moron " + LONG_CLEAN,
    # longer than 100 tokens: the insult at the end is kept
    LONG_CLEAN + " you stupid idiot moron",
    # non-English
    "Dieses Angebot ist nur heute gültig, kaufen Sie jetzt!",
    "Ceci est une offre exceptionnelle pour toute la famille",
    "これは素晴らしい製品です",
    # non-ASCII lower-casing: 'İ'.lower() is 'i' + U+0307, 'É' -> 'é'
    "İstanbul hotels and CAFÉ deals",
    # digits
    "Call 1-800-555-0199 or text 12345 to win $1000",
    # whitespace: \t and \n are filters (-> separators); U+00A0 and \r are not
    "free\tshipping\nworldwide",
    "free\u00a0shipping and\r\nreturns",
    # apostrophes are kept inside words
    "don't you dare, you're a loser",
]


def main() -> int:
    out = sys.argv[1] if len(sys.argv) > 1 else OUT_DEFAULT
    import keras
    import tensorflow as tf
    from toxic_classifier import ToxicCommentClassifier
    from toxic_classifier.model import LIST_CLASSES

    clf = ToxicCommentClassifier()
    sentences = []
    for text in SENTENCES:
        ids = clf.tokenizer.texts_to_sequences([text])[0]
        scores = clf.classify(text)
        sentences.append({
            "text": text,
            "ids": [int(i) for i in ids],
            "scores": [float(scores[label]) for label in LIST_CLASSES],
        })
    doc = {
        "package": "toxic-comment-classifier==0.3.0",
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "method": (
            "ToxicCommentClassifier().classify(text) on CPU (tensorflow-cpu, default oneDNN setting "
            f"TF_ENABLE_ONEDNN_OPTS={os.environ.get('TF_ENABLE_ONEDNN_OPTS', 'unset')}); ids = "
            "clf.tokenizer.texts_to_sequences([text])[0] before pad_sequences(maxlen=100, "
            "padding='pre', truncating='pre'); scores in label order, float32 widened to float64; "
            "generated by scripts/reference/toxic_keras.py"
        ),
        "labels": list(LIST_CLASSES),
        "maxlen": 100,
        "sentences": sentences,
    }
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=True, indent=1)
        f.write("\n")
    print(f"wrote {out}: {len(sentences)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
