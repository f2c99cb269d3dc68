"""TorchServe handler for the ad text policy model: the same MiniLM encoder and the same trained head
(deep MLP on the features its manifest's `head_input` names, wide hashed n-gram layer) that adscreen
serves, in PyTorch.

The baseline of bench/torchserve/run.sh. Precision and threads come from the environment:
ADSCREEN_TS_PRECISION (fp32 | bf16, BF16 by CPU autocast) and ADSCREEN_TS_THREADS.
"""

import json
import math
import os

import torch
from safetensors.numpy import load_file
from transformers import BertModel, PreTrainedTokenizerFast
from ts.torch_handler.base_handler import BaseHandler

MASK64 = (1 << 64) - 1


def fnv1a(tag, s):
    h = 0xCBF29CE484222325
    for b in bytes([tag]) + s.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & MASK64
    return h


def bucket_counts(text, buckets):
    """The hashed word and character n-grams of adscreen's ngrams.rs."""
    lower = text.lower()
    counts = {}

    def add(h):
        b = 1 + h % (buckets - 1)
        counts[b] = counts.get(b, 0) + 1

    words, cur = [], []
    for ch in lower + " ":
        if ch.isalnum():
            cur.append(ch)
        else:
            if len(cur) >= 2:
                words.append("".join(cur))
            cur = []
    for i, w in enumerate(words):
        add(fnv1a(ord("w"), w))
        if i + 1 < len(words):
            add(fnv1a(ord("b"), w + " " + words[i + 1]))
    for word in lower.split():
        padded = " " + word + " "
        for n in range(2, 6):
            if len(padded) < n:
                add(fnv1a(ord("c"), padded))
                break
            for start in range(0, len(padded) - n + 1):
                add(fnv1a(ord("c"), padded[start : start + n]))
    return counts


class AdTextPolicy(BaseHandler):
    def initialize(self, context):
        d = context.system_properties.get("model_dir")
        threads = int(os.environ.get("ADSCREEN_TS_THREADS", "1"))
        torch.set_num_threads(threads)
        self.bf16 = os.environ.get("ADSCREEN_TS_PRECISION", "fp32") == "bf16"
        self.tokenizer = PreTrainedTokenizerFast(tokenizer_file=os.path.join(d, "tokenizer.json"))
        self.tokenizer.pad_token = "[PAD]"
        self.max_length = 128  # adscreen's classifier window; the bench texts are shorter
        self.encoder = BertModel.from_pretrained(d, add_pooling_layer=False).eval()
        head = {k: torch.from_numpy(v) for k, v in load_file(os.path.join(d, "head.safetensors")).items()}
        self.w0, self.b0 = head["head.0.weight"], head["head.0.bias"]
        self.w1, self.b1 = head["head.1.weight"], head["head.1.bias"]
        self.wide = head["wide.weight"]
        self.idf = load_file(os.path.join(d, "ngram.safetensors"))["ngram.idf"]
        with open(os.path.join(d, "labels.json")) as f:
            self.labels = json.load(f)
        # "sentence", "token_max" or {"layer_mean": n}: what follows the sentence embedding.
        with open(os.path.join(d, "head_input.json")) as f:
            self.head_input = json.load(f)
        self.initialized = True

    def preprocess(self, data):
        texts = []
        for row in data:
            body = row.get("data") or row.get("body") or b""
            if isinstance(body, (bytes, bytearray)):
                body = body.decode("utf-8")
            if isinstance(body, dict):
                body = body.get("text", "")
            texts.append(str(body))
        return texts

    def ngrams(self, text):
        counts = bucket_counts(text, len(self.idf))
        ids = sorted(counts)
        weights = [(1.0 + math.log(counts[b])) * float(self.idf[b]) for b in ids]
        norm = max(math.sqrt(sum(w * w for w in weights)), 1e-12)
        return ids, [w / norm for w in weights]

    def inference(self, texts):
        enc = self.tokenizer(
            texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
        )
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            out = self.encoder(
                input_ids=enc["input_ids"], attention_mask=enc["attention_mask"], output_hidden_states=True
            )
        # hidden_states[0] is the embeddings' output, hidden_states[n] the states after layer n.
        states = [s.float() for s in out.hidden_states]
        mask = enc["attention_mask"].unsqueeze(-1).float()

        def normalized(v):
            return v / v.norm(dim=1, keepdim=True).clamp(min=1e-12)

        def mean_of(h):
            return normalized((h * mask).sum(1) / mask.sum(1).clamp(min=1e-9))

        blocks = [mean_of(states[-1])]
        if self.head_input == "token_max":
            blocks.append(normalized((states[-1] + (mask - 1.0) * 1e9).max(1).values))
        elif isinstance(self.head_input, dict) and "layer_mean" in self.head_input:
            blocks.append(mean_of(states[self.head_input["layer_mean"]]))
        x = torch.cat(blocks, dim=1)
        z = torch.relu(x @ self.w0 + self.b0) @ self.w1 + self.b1
        for i, t in enumerate(texts):
            ids, weights = self.ngrams(t)
            if ids:
                z[i] += (self.wide[ids] * torch.tensor(weights).unsqueeze(1)).sum(0)
        return torch.sigmoid(z)

    def postprocess(self, probs):
        return [dict(zip(self.labels, row.tolist())) for row in probs]
