#!/usr/bin/env python3
"""Convert the `toxic-comment-classifier==0.3.0` model (PyPI, MIT) into plain files.

One-time helper. It turns the package's Keras weights and pickled tokenizer
into files that the Rust runtime can read without Python, pickle or Keras:

    weights.safetensors   every weight tensor, float32, little-endian
    tokenizer.json        the Keras Tokenizer's settings and vocabulary
    labels.json           output label order and the padding contract

Usage:

    pip install --require-hashes --only-binary=:all: -r scripts/convert/requirements.txt
    pip download --no-deps toxic-comment-classifier==0.3.0 -d /tmp/dl
    cd /tmp/dl && python -m zipfile -e toxic_comment_classifier-0.3.0-py3-none-any.whl tox
    python scripts/convert/toxic_bilstm.py /tmp/dl/tox/toxic_classifier/model OUT_DIR

The only dependencies are `h5py` and `numpy`. TensorFlow and Keras are NOT
imported, and the tokenizer pickle is read with a restricted unpickler
(`RestrictedUnpickler` below): `find_class` allows only
`collections.OrderedDict`, `collections.defaultdict` and `builtins.int`, and
maps the Keras `Tokenizer` class to `TokenizerStub`, which only stores the
pickled `__dict__`. Any other global in the pickle is refused with an error,
so no code from the pickle runs.

The network (see toxic_classifier/model.py in the wheel):

    Input(100) -> Embedding(20000, 50, mask_zero=False)
      -> Bidirectional(LSTM(50, return_sequences=True), merge_mode="concat")
      -> GlobalMaxPooling1D -> Dense(50, relu) -> Dropout(0.1)
      -> Dense(6, sigmoid)

Tensors written (names -> shape), all float32:

    embedding                       [20000, 50]   row = token id (row 0 = padding id)
    lstm.forward.kernel             [50, 200]     x_t @ kernel
    lstm.forward.recurrent_kernel   [50, 200]     h_{t-1} @ recurrent_kernel
    lstm.forward.bias               [200]
    lstm.backward.kernel            [50, 200]
    lstm.backward.recurrent_kernel  [50, 200]
    lstm.backward.bias              [200]
    dense1.kernel                   [100, 50]     y = x @ kernel + bias
    dense1.bias                     [50]
    dense2.kernel                   [50, 6]
    dense2.bias                     [6]

The LSTM matrices keep Keras's layout and gate order: the 200 columns are four
blocks of 50 in the order i, f, c, o (input gate, forget gate, cell candidate,
output gate). Keras LSTM semantics (Keras 3 defaults, which model.py does not
override): recurrent_activation = sigmoid (the exact logistic, not
hard_sigmoid), activation = tanh, use_bias = True, initial h = c = 0:

    z = x_t @ kernel + h_{t-1} @ recurrent_kernel + bias
    i = sigmoid(z[0:50]); f = sigmoid(z[50:100])
    g = tanh(z[100:150]); o = sigmoid(z[150:200])
    c_t = f * c_{t-1} + i * g;  h_t = o * tanh(c_t)

The backward LSTM runs over the time-reversed sequence; its outputs are
reversed back to input order and concatenated after the forward outputs
([forward(50), backward(50)] per time step) before the max pool over time.
The Embedding has mask_zero=False, so the zero padding is NOT masked: the
padding positions go through the LSTMs (with embedding row 0) and take part
in the max pool like any other time step.

Exit status is non-zero, with a message, if the inputs have any layout other
than the expected one (or, unless --allow-other-inputs is given, if their
sha256 differs from the published 0.3.0 files).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import pickle
import struct
import sys

try:
    import h5py
    import numpy as np
except ImportError as exc:  # pragma: no cover - environment problem
    sys.exit(f"error: {exc}; install scripts/convert/requirements.txt first")

PACKAGE = "toxic-comment-classifier==0.3.0"
WEIGHTS_FILE = "model.weights.h5"
TOKENIZER_FILE = "tokenizer.pickle"
KNOWN_SHA256 = {
    WEIGHTS_FILE: "03ed4c3f52be909821a8c3263de2dcd65b95908bfae6f569c9a9cec90538a4b3",
    TOKENIZER_FILE: "d8e998211d68c5264b84c6eb6753f08897194038e0345e91a592f97cd38c125c",
}

LABELS = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
MAXLEN = 100
VOCAB_SIZE = 20000
EMBEDDING_DIM = 50
LSTM_UNITS = 50
DENSE_UNITS = 50

# output name -> (h5 dataset path, expected shape); order = order in the file.
TENSORS = [
    ("embedding", "layers/embedding/vars/0", (VOCAB_SIZE, EMBEDDING_DIM)),
    ("lstm.forward.kernel", "layers/bidirectional/forward_layer/cell/vars/0", (EMBEDDING_DIM, 4 * LSTM_UNITS)),
    ("lstm.forward.recurrent_kernel", "layers/bidirectional/forward_layer/cell/vars/1", (LSTM_UNITS, 4 * LSTM_UNITS)),
    ("lstm.forward.bias", "layers/bidirectional/forward_layer/cell/vars/2", (4 * LSTM_UNITS,)),
    ("lstm.backward.kernel", "layers/bidirectional/backward_layer/cell/vars/0", (EMBEDDING_DIM, 4 * LSTM_UNITS)),
    ("lstm.backward.recurrent_kernel", "layers/bidirectional/backward_layer/cell/vars/1", (LSTM_UNITS, 4 * LSTM_UNITS)),
    ("lstm.backward.bias", "layers/bidirectional/backward_layer/cell/vars/2", (4 * LSTM_UNITS,)),
    ("dense1.kernel", "layers/dense/vars/0", (2 * LSTM_UNITS, DENSE_UNITS)),
    ("dense1.bias", "layers/dense/vars/1", (DENSE_UNITS,)),
    ("dense2.kernel", "layers/dense_1/vars/0", (DENSE_UNITS, len(LABELS))),
    ("dense2.bias", "layers/dense_1/vars/1", (len(LABELS),)),
]

# Module paths under which Keras versions have pickled their Tokenizer.
TOKENIZER_CLASSES = {
    ("keras.src.legacy.preprocessing.text", "Tokenizer"),  # Keras 3 (this file)
    ("keras.preprocessing.text", "Tokenizer"),
    ("keras_preprocessing.text", "Tokenizer"),
    ("tensorflow.keras.preprocessing.text", "Tokenizer"),
    ("keras.src.preprocessing.text", "Tokenizer"),
}
ALLOWED_GLOBALS = {
    ("collections", "OrderedDict"): collections.OrderedDict,
    ("collections", "defaultdict"): collections.defaultdict,
    ("builtins", "int"): int,  # default_factory of the defaultdict counters
}
# Tokenizer attributes we expect (Keras 2.x/3.x legacy Tokenizer).
TOKENIZER_KEYS = {
    "word_counts", "word_docs", "filters", "split", "lower", "num_words",
    "document_count", "char_level", "oov_token", "index_docs", "word_index",
    "index_word", "analyzer",
}


class ConversionError(Exception):
    pass


class TokenizerStub:
    """Stands in for keras...Tokenizer: keeps the pickled attributes, nothing else."""

    def __setstate__(self, state):
        if not isinstance(state, dict):
            raise pickle.UnpicklingError(f"Tokenizer state is {type(state).__name__}, not dict")
        self.__dict__.update(state)


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in TOKENIZER_CLASSES:
            return TokenizerStub
        if (module, name) in ALLOWED_GLOBALS:
            return ALLOWED_GLOBALS[(module, name)]
        raise pickle.UnpicklingError(f"global {module}.{name} is not on the allow-list; refusing to load")

    def persistent_load(self, pid):
        raise pickle.UnpicklingError("persistent ids are not allowed")


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ---------------------------------------------------------------- weights

def read_weights(path: str) -> dict:
    try:
        f = h5py.File(path, "r")
    except OSError as exc:
        raise ConversionError(f"{path}: cannot open as HDF5: {exc}")
    with f:
        datasets = {}
        f.visititems(lambda n, o: datasets.__setitem__(n, o) if isinstance(o, h5py.Dataset) else None)
        layer_sets = {n for n in datasets if n.startswith("layers/")}
        expected = {p for _, p, _ in TENSORS}
        missing = sorted(expected - layer_sets)
        extra = sorted(layer_sets - expected)
        if missing or extra:
            raise ConversionError(f"{path}: unexpected layer layout; missing={missing} extra={extra}")
        others = sorted(n for n in datasets if not n.startswith(("layers/", "optimizer/")))
        if others:
            raise ConversionError(f"{path}: unexpected datasets outside layers/ and optimizer/: {others}")
        out = {}
        for name, h5path, shape in TENSORS:
            ds = datasets[h5path]
            if tuple(ds.shape) != shape:
                raise ConversionError(f"{path}: {h5path} has shape {tuple(ds.shape)}, expected {shape}")
            if ds.dtype != np.dtype("<f4"):
                raise ConversionError(f"{path}: {h5path} has dtype {ds.dtype}, expected float32")
            arr = np.ascontiguousarray(ds[()], dtype="<f4")
            if not np.all(np.isfinite(arr)):
                raise ConversionError(f"{path}: {h5path} has non-finite values")
            out[name] = arr
    return out


def write_safetensors(path: str, tensors: dict, metadata: dict) -> None:
    """safetensors: u64 LE header length, JSON header, then raw tensor bytes."""
    header = {"__metadata__": {k: str(v) for k, v in metadata.items()}}
    offset = 0
    blobs = []
    for name, arr in tensors.items():
        data = arr.astype("<f4", copy=False).tobytes(order="C")
        header[name] = {"dtype": "F32", "shape": list(arr.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    hjson = json.dumps(header, separators=(",", ":"), ensure_ascii=True).encode("utf-8")
    hjson += b" " * (-len(hjson) % 8)  # pad so the data starts 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hjson)))
        f.write(hjson)
        for data in blobs:
            f.write(data)


# ---------------------------------------------------------------- tokenizer

def read_tokenizer(path: str) -> dict:
    with open(path, "rb") as f:
        try:
            obj = RestrictedUnpickler(f).load()
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as exc:
            raise ConversionError(f"{path}: {exc}")
    if not isinstance(obj, TokenizerStub):
        raise ConversionError(f"{path}: top-level object is {type(obj).__name__}, not a Keras Tokenizer")
    d = obj.__dict__
    if set(d) != TOKENIZER_KEYS:
        raise ConversionError(
            f"{path}: unexpected Tokenizer attributes; missing={sorted(TOKENIZER_KEYS - set(d))} "
            f"extra={sorted(set(d) - TOKENIZER_KEYS)}")

    def check(cond, what):
        if not cond:
            raise ConversionError(f"{path}: unexpected tokenizer setting: {what}")

    check(isinstance(d["filters"], str), f"filters={d['filters']!r}")
    check(isinstance(d["split"], str) and d["split"] != "", f"split={d['split']!r}")
    check(type(d["lower"]) is bool, f"lower={d['lower']!r}")
    check(type(d["char_level"]) is bool, f"char_level={d['char_level']!r}")
    check(d["analyzer"] is None, "a custom analyzer cannot be represented as JSON")
    check(d["num_words"] is None or type(d["num_words"]) is int, f"num_words={d['num_words']!r}")
    check(d["oov_token"] is None or isinstance(d["oov_token"], str), f"oov_token={d['oov_token']!r}")
    wi = d["word_index"]
    check(isinstance(wi, dict), "word_index is not a dict")
    check(all(isinstance(w, str) and type(i) is int for w, i in wi.items()), "word_index has non str->int entries")
    ids = sorted(wi.values())
    check(ids == list(range(1, len(ids) + 1)), "word_index ids are not exactly 1..N")
    iw = d["index_word"]
    check(isinstance(iw, dict) and len(iw) == len(wi) and all(iw.get(i) == w for w, i in wi.items()),
          "index_word is not the inverse of word_index")
    for w in wi:
        try:
            w.encode("utf-8")
        except UnicodeEncodeError:
            raise ConversionError(f"{path}: vocabulary word {w!r} is not valid UTF-8 text")
    # The model's embedding has VOCAB_SIZE rows: every id the tokenizer can emit must fit.
    check(d["num_words"] is not None and d["num_words"] <= VOCAB_SIZE,
          f"num_words={d['num_words']} does not bound ids below the embedding size {VOCAB_SIZE}")
    if d["oov_token"] is not None:
        check(d["oov_token"] in wi, "oov_token is set but missing from word_index")
    return d


def tokenizer_json(d: dict, full_vocab: bool) -> dict:
    num_words = d["num_words"]
    items = sorted(d["word_index"].items(), key=lambda kv: kv[1])
    if not full_vocab:
        # Ids >= num_words can never be emitted (they are dropped, or become the
        # oov id if oov_token is set, exactly as for unknown words), so these
        # entries are sufficient and texts_to_sequences gives identical output.
        items = [(w, i) for w, i in items if i < num_words]
    return {
        "class": "keras.src.legacy.preprocessing.text.Tokenizer",
        "source": PACKAGE,
        "num_words": num_words,
        "oov_token": d["oov_token"],
        "filters": d["filters"],
        "lower": d["lower"],
        "split": d["split"],
        "char_level": d["char_level"],
        "analyzer": None,
        "document_count": d["document_count"],
        "word_index_complete": full_vocab,
        "word_index_total_entries": len(d["word_index"]),
        "algorithm": (
            "texts_to_sequences(text): if lower: text = text.lower() (Python str.lower, full Unicode); "
            "replace every character of `filters` by `split`; split on `split` exactly (other whitespace "
            "such as \\r or U+00A0 is NOT a separator); drop empty pieces; for each word w: "
            "i = word_index.get(w); if i is not None: emit i if not num_words or i < num_words, "
            "else emit word_index[oov_token] if oov_token is set (else drop); if i is None: emit "
            "word_index[oov_token] if oov_token is set (else drop)."
        ),
        "word_index": dict(items),
    }


def labels_json() -> dict:
    return {
        "source": PACKAGE,
        "labels": LABELS,
        "output_activation": "sigmoid",
        "maxlen": MAXLEN,
        "padding": "pre",
        "truncating": "pre",
        "pad_value": 0,
        "mask_zero": False,
        "note": ("keras pad_sequences(seq, maxlen=100) defaults: keep the LAST 100 ids of a longer "
                 "sequence, left-pad a shorter one with 0; an empty sequence is 100 zeros. "
                 "Padding is not masked: all 100 steps go through the network."),
    }


def write_json(path: str, obj) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model_dir", help="the unpacked package's toxic_classifier/model/ directory")
    ap.add_argument("out_dir", help="directory to write weights.safetensors, tokenizer.json, labels.json")
    ap.add_argument("--full-vocab", action="store_true",
                    help="write all word_index entries, not only those with id < num_words")
    ap.add_argument("--allow-other-inputs", action="store_true",
                    help="do not fail when the inputs' sha256 differs from the published 0.3.0 files")
    args = ap.parse_args(argv)

    try:
        in_hashes = {}
        for fname, want in KNOWN_SHA256.items():
            p = os.path.join(args.model_dir, fname)
            if not os.path.isfile(p):
                raise ConversionError(f"{p}: not found (expected the package's toxic_classifier/model/ directory)")
            in_hashes[fname] = sha256_file(p)
            if in_hashes[fname] != want:
                msg = f"{p}: sha256 {in_hashes[fname]} differs from {PACKAGE}'s {want}"
                if not args.allow_other_inputs:
                    raise ConversionError(msg + " (use --allow-other-inputs to convert anyway)")
                print(f"warning: {msg}", file=sys.stderr)

        tensors = read_weights(os.path.join(args.model_dir, WEIGHTS_FILE))
        tok = read_tokenizer(os.path.join(args.model_dir, TOKENIZER_FILE))
    except ConversionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    os.makedirs(args.out_dir, exist_ok=True)
    metadata = {
        "source": PACKAGE,
        "source_weights_sha256": in_hashes[WEIGHTS_FILE],
        "lstm_gate_order": "i,f,c,o",
        "lstm_activation": "tanh",
        "lstm_recurrent_activation": "sigmoid",
        "lstm_layout": "z = x @ kernel + h @ recurrent_kernel + bias",
        "bidirectional_merge": "concat[forward, backward]",
        "dense_layout": "y = x @ kernel + bias",
    }
    outputs = [
        ("weights.safetensors", lambda p: write_safetensors(p, dict((n, tensors[n]) for n, _, _ in TENSORS), metadata)),
        ("tokenizer.json", lambda p: write_json(p, tokenizer_json(tok, args.full_vocab))),
        ("labels.json", lambda p: write_json(p, labels_json())),
    ]
    for fname, write in outputs:
        p = os.path.join(args.out_dir, fname)
        write(p)
        print(f"wrote {p}  {os.path.getsize(p)} bytes  sha256={sha256_file(p)}")
    for name, _, _ in TENSORS:
        print(f"  {name:32s} {list(tensors[name].shape)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
