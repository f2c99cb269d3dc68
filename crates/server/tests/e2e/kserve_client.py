"""Talks to adscreen with the official KServe v2 / Triton HTTP client (tritonclient[http]).

Run by the e2e test `the_official_kserve_client_gets_metadata_readiness_and_inference` against a server
that serves the `linear` test model (y = x W + b, W[i][j] = i + 10 j, b = [0.5, -1, 2]).
"""
import sys

import numpy as np
import tritonclient.http as httpclient

url = sys.argv[1]
client = httpclient.InferenceServerClient(url=url)

assert client.is_server_live(), "server not live"
assert client.is_server_ready(), "server not ready"
meta = client.get_server_metadata()
assert meta["name"] == "adscreen", meta
assert "binary_tensor_data" in meta["extensions"], meta

assert client.is_model_ready("linear"), "model not ready"
assert client.is_model_ready("linear", "1"), "model version not ready"
model = client.get_model_metadata("linear")
assert model["name"] == "linear", model
assert model["inputs"][0]["name"] == "x" and model["inputs"][0]["datatype"] == "FP32", model
assert model["outputs"][0]["name"] == "y" and model["outputs"][0]["shape"] == [-1, 3], model

x = np.array([[1, 2, 3, 4], [0, -1, 0.5, 2]], dtype=np.float32)
W = np.array([[i + 10 * j for j in range(3)] for i in range(4)], dtype=np.float32)
expected = x @ W + np.array([0.5, -1.0, 2.0], dtype=np.float32)

# Binary tensor data both ways (the client's default).
inp = httpclient.InferInput("x", list(x.shape), "FP32")
inp.set_data_from_numpy(x)
result = client.infer("linear", [inp], request_id="req-7")
got = result.as_numpy("y")
assert np.allclose(got, expected, atol=1e-4), (got, expected)
assert result.get_response()["id"] == "req-7"

# JSON tensors both ways.
inp = httpclient.InferInput("x", list(x.shape), "FP32")
inp.set_data_from_numpy(x, binary_data=False)
out = httpclient.InferRequestedOutput("y", binary_data=False)
result = client.infer("linear", [inp], model_version="1", outputs=[out])
assert np.allclose(result.as_numpy("y"), expected, atol=1e-4)

# Text through a BYTES input, on the built-in toxic-comment model.
texts = np.array([b"you are a complete idiot", b"lovely summer dresses"], dtype=np.object_)
inp = httpclient.InferInput("text", [2], "BYTES")
inp.set_data_from_numpy(texts)
probs = client.infer("toxic-bilstm", [inp]).as_numpy("probabilities")
assert probs.shape == (2, 6), probs.shape
assert probs[0][0] > 0.5 > probs[1][0], probs

# Errors come back as exceptions with the server's message.
try:
    client.infer("no-such-model", [inp])
    raise AssertionError("expected an error for an unknown model")
except httpclient.InferenceServerException as e:
    assert "not registered" in str(e), e

print("kserve client: all checks passed")
