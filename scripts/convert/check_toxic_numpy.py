#!/usr/bin/env python3
"""Check converted toxic-comment-classifier files against the Keras reference, with numpy only.

    python scripts/convert/check_toxic_numpy.py OUT_DIR \
        [crates/runtime/tests/fixtures/toxic_reference.json] [--tol 1e-5]

OUT_DIR is what scripts/convert/toxic_bilstm.py wrote (weights.safetensors,
tokenizer.json, labels.json). No TensorFlow, Keras or h5py: the safetensors
file is parsed by hand and the tokenizer and network are re-implemented here,
as the Rust runtime must do:

tokenizer (Keras legacy Tokenizer.texts_to_sequences, char_level=False, no analyzer):
    text.lower() if lower; each char in `filters` -> `split`; text.split(split);
    drop empty words; word -> word_index[word]; ids >= num_words and unknown
    words are dropped (oov_token is None here; if set they map to its id).
padding (pad_sequences(maxlen=100) defaults): keep the last 100 ids, left-pad
    with 0. No masking: all 100 steps, padding included, go through the net.
network:
    x = embedding[ids]                                   [100, 50]
    forward  = LSTM(x)                                   [100, 50]
    backward = reverse(LSTM_b(reverse(x)))               [100, 50]
    h = max over time of concat([forward, backward])     [100]
    y = sigmoid(relu(h @ W1 + b1) @ W2 + b2)             [6]
    LSTM step, Keras gate order i, f, c, o:
    z = x_t @ K + h @ R + b; i,f,o = sigmoid(.), g = tanh(.);
    c = f*c + i*g; h = o*tanh(c); h0 = c0 = 0.

Exits non-zero if any id sequence differs or any score differs by more than tol.
"""

import argparse
import json
import os
import struct
import sys

import numpy as np

DEFAULT_REF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                           "crates", "runtime", "tests", "fixtures", "toxic_reference.json")


def load_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32", (name, info["dtype"])
        a, b = info["data_offsets"]
        out[name] = np.frombuffer(data[base + a:base + b], dtype="<f4").reshape(info["shape"])
    return out, header.get("__metadata__", {})


class Tokenizer:
    def __init__(self, cfg):
        assert not cfg["char_level"] and cfg["analyzer"] is None
        self.word_index = cfg["word_index"]
        self.num_words = cfg["num_words"]
        self.oov_token = cfg["oov_token"]
        self.lower = cfg["lower"]
        self.split = cfg["split"]
        self.table = str.maketrans({c: cfg["split"] for c in cfg["filters"]})

    def ids(self, text):
        if self.lower:
            text = text.lower()
        words = [w for w in text.translate(self.table).split(self.split) if w]
        oov = self.word_index.get(self.oov_token) if self.oov_token is not None else None
        out = []
        for w in words:
            i = self.word_index.get(w)
            if i is not None and (not self.num_words or i < self.num_words):
                out.append(i)
            elif oov is not None:
                out.append(oov)
        return out


def pad_pre(ids, maxlen):
    ids = ids[-maxlen:]
    return [0] * (maxlen - len(ids)) + list(ids)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def lstm(x, k, r, b):
    units = r.shape[0]
    h = np.zeros(units, x.dtype)
    c = np.zeros(units, x.dtype)
    xs = x @ k + b
    out = np.empty((x.shape[0], units), x.dtype)
    for t in range(x.shape[0]):
        z = xs[t] + h @ r
        i = sigmoid(z[:units])
        f = sigmoid(z[units:2 * units])
        g = np.tanh(z[2 * units:3 * units])
        o = sigmoid(z[3 * units:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    return out


def forward(w, padded, dtype):
    w = {k: v.astype(dtype) for k, v in w.items()}
    x = w["embedding"][np.asarray(padded)]
    fw = lstm(x, w["lstm.forward.kernel"], w["lstm.forward.recurrent_kernel"], w["lstm.forward.bias"])
    bw = lstm(x[::-1], w["lstm.backward.kernel"], w["lstm.backward.recurrent_kernel"], w["lstm.backward.bias"])[::-1]
    pooled = np.concatenate([fw, bw], axis=1).max(axis=0)
    d1 = np.maximum(pooled @ w["dense1.kernel"] + w["dense1.bias"], 0)
    return sigmoid(d1 @ w["dense2.kernel"] + w["dense2.bias"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("converted_dir")
    ap.add_argument("reference", nargs="?", default=DEFAULT_REF)
    ap.add_argument("--tol", type=float, default=1e-5)
    args = ap.parse_args()

    weights, meta = load_safetensors(os.path.join(args.converted_dir, "weights.safetensors"))
    with open(os.path.join(args.converted_dir, "tokenizer.json"), encoding="utf-8") as f:
        tok = Tokenizer(json.load(f))
    with open(os.path.join(args.converted_dir, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    with open(args.reference, encoding="utf-8") as f:
        ref = json.load(f)
    assert labels["labels"] == ref["labels"], (labels["labels"], ref["labels"])
    assert labels["padding"] == labels["truncating"] == "pre"
    maxlen = labels["maxlen"]

    failures = 0
    worst = {"float32": 0.0, "float64": 0.0}
    for s in ref["sentences"]:
        ids = tok.ids(s["text"])
        if ids != s["ids"]:
            failures += 1
            print(f"FAIL ids {s['text']!r}: got {ids}, keras {s['ids']}")
            continue
        want = np.asarray(s["scores"], dtype=np.float64)
        for dtype in (np.float32, np.float64):
            got = forward(weights, pad_pre(ids, maxlen), dtype).astype(np.float64)
            diff = float(np.max(np.abs(got - want)))
            worst[np.dtype(dtype).name] = max(worst[np.dtype(dtype).name], diff)
            if diff > args.tol:
                failures += 1
                print(f"FAIL scores ({np.dtype(dtype).name}) {s['text'][:40]!r}: max diff {diff:.3g}")
    print(f"{len(ref['sentences'])} sentences; ids identical: "
          f"{failures == 0 or 'see failures'}; max |numpy - keras| float32={worst['float32']:.3g} "
          f"float64={worst['float64']:.3g} (tol {args.tol:g}); reference: {ref.get('tensorflow')} / "
          f"keras {ref.get('keras')}; gate order {meta.get('lstm_gate_order')}")
    if failures:
        print(f"{failures} failure(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
