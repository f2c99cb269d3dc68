#!/usr/bin/env bash
# adscreen side by side with TorchServe 0.12 + PyTorch on this machine, in one run: the same ad text
# policy model (MiniLM + trained head, handler.py), the same texts, the same load generator
# (`adscreen bench http`), and the same process-tree RSS sampler for both servers.
#
#   bash bench/torchserve/run.sh            # full run (15 s per point), prints the table of ratios
#   DURATION=5 bash bench/torchserve/run.sh # quicker
#
# Before the load, each server's FP32 scores of the texts are saved and compared (parity.py): the two
# must be serving the same model. Builds the baseline from PyPI (requirements.txt) into $ADSCREEN_HOME/tools/torchserve-venv and
# installs Java 17 from Debian when missing. Results: target/torchserve-bench/results.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
duration="${DURATION:-15}"
home="${ADSCREEN_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/adscreen}"
venv="$home/tools/torchserve-venv"
work="$root/target/torchserve-bench"
mkdir -p "$work"
results="$work/results.jsonl"
: > "$results"

echo "== adscreen (release build) and its models"
cargo build --release --quiet -p adscreen
adscreen="$root/target/release/adscreen"
"$adscreen" models fetch

stamp="$venv/.requirements-$(sha256sum bench/torchserve/requirements.txt | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    echo "== TorchServe baseline into $venv (torch is large: several GB with its CUDA dependencies)"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --disable-pip-version-check --only-binary=:all: -r bench/torchserve/requirements.txt
    touch "$stamp"
fi
if ! command -v java >/dev/null 2>&1; then
    echo "== Java 17 from Debian"
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    $apt_get update -qq
    DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends openjdk-17-jre-headless
fi

echo "== the model archive for TorchServe (.mar): encoder, head, n-gram table, tokenizer, labels"
policy="$home/models/ad-text-policy/1"
stage="$work/stage"
rm -rf "$stage" "$work/model-store"
mkdir -p "$stage" "$work/model-store"
cp "$home/packages/all-minilm-l6-v2/config.json" "$home/packages/all-minilm-l6-v2/model.safetensors" "$stage/"
cp "$policy/tokenizer.json" "$policy/ngram.safetensors" models/ad-text-policy/head.safetensors "$stage/"
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["labels"]))' \
    "$policy/manifest.json" > "$stage/labels.json"
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["extra"].get("head_input", "sentence")))' \
    "$policy/manifest.json" > "$stage/head_input.json"
"$venv/bin/torch-model-archiver" --model-name ad-text-policy --version 1 \
    --handler bench/torchserve/handler.py --export-path "$work/model-store" \
    --extra-files "$stage/config.json,$stage/model.safetensors,$stage/tokenizer.json,$stage/ngram.safetensors,$stage/head.safetensors,$stage/labels.json,$stage/head_input.json"

# Peak RSS (MB) of a process and all its descendants, sampled every 200 ms until the file $2 appears.
sample_rss() {
    local pid=$1 stop=$2 peak=0
    while [ ! -f "$stop" ]; do
        local total
        total=$(ps -e -o pid=,ppid=,rss= | awk -v root="$pid" '
            { parent[$1]=$2; rss[$1]=$3 }
            END { for (p in rss) { q=p; while (q != "" && q != 0) { if (q == root) { s += rss[p]; break } q = parent[q] } } print s+0 }')
        [ "$total" -gt "$peak" ] && peak=$total
        sleep 0.2
    done
    echo $((peak / 1024))
}

# Runs the load generator against $1 at the levels $2 and appends one JSON line per level to results,
# tagged with the label $3; the peak process-tree RSS of pid $4 over the run is added.
load() {
    local url=$1 levels=$2 label=$3 pid=$4 body=${5:-text}
    local stop="$work/.stop-$$"
    rm -f "$stop"
    sample_rss "$pid" "$stop" > "$work/.rss" &
    local sampler=$!
    "$adscreen" bench http --url "$url" --body "$body" --texts bench/torchserve/texts.txt \
        --concurrency "$levels" --duration "$duration" \
        --warmup 2 --json --metrics-url http://127.0.0.1:1/unused > "$work/.levels"
    touch "$stop"
    wait "$sampler"
    local rss
    rss=$(cat "$work/.rss")
    while read -r line; do
        echo "{\"server\": \"$label\", \"peak_tree_rss_mb\": $rss, \"level_report\": $line}" >> "$results"
        echo "$label: $line (peak tree RSS ${rss} MB)"
    done < "$work/.levels"
}

wait_for() {
    local url=$1
    for _ in $(seq 1 240); do
        if curl -fsS "$url" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    echo "server at $url did not come up" >&2
    return 1
}

torchserve_config() {
    local workers=$1
    cat > "$work/config.properties" <<EOF
inference_address=http://127.0.0.1:8090
management_address=http://127.0.0.1:8091
metrics_address=http://127.0.0.1:8092
model_store=$work/model-store
load_models=ad-text-policy.mar
disable_token_authorization=true
enable_envvars_config=false
install_py_dep_per_model=false
job_queue_size=1000
models={"ad-text-policy": {"1": {"defaultVersion": true, "marName": "ad-text-policy.mar", "minWorkers": $workers, "maxWorkers": $workers, "batchSize": 32, "maxBatchDelay": 5, "responseTimeout": 120}}}
EOF
}

run_torchserve() {
    local precision=$1 workers=$2 threads=$3
    local label="torchserve-$precision-${workers}x$threads"
    echo "== $label"
    torchserve_config "$workers"
    rm -rf "$work/logs"
    ADSCREEN_TS_PRECISION=$precision ADSCREEN_TS_THREADS=$threads OMP_NUM_THREADS=$threads \
        LOG_LOCATION="$work/logs" METRICS_LOCATION="$work/logs" \
        "$venv/bin/torchserve" --start --foreground --ncs --model-store "$work/model-store" \
        --ts-config "$work/config.properties" > "$work/$label.log" 2>&1 &
    local pid=$!
    wait_for http://127.0.0.1:8090/ping
    # Ready means the workers answer, not only the frontend.
    for _ in $(seq 1 240); do
        if curl -fsS -X POST --data "warm up" http://127.0.0.1:8090/predictions/ad-text-policy >/dev/null 2>&1; then break; fi
        sleep 0.5
    done
    python3 bench/torchserve/parity.py save http://127.0.0.1:8090/predictions/ad-text-policy "$work/$label.scores.json"
    load http://127.0.0.1:8090/predictions/ad-text-policy 1,64 "$label" "$pid"
    "$venv/bin/torchserve" --stop --foreground >/dev/null 2>&1 || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

run_adscreen() {
    local label=$1
    shift
    echo "== $label ($*)"
    rm -f "$work/decisions.db"*
    "$adscreen" serve --no-image-models --inference-addr 127.0.0.1:8080 --management-addr 127.0.0.1:8081 \
        --metrics-addr 127.0.0.1:8082 --store "$work/decisions.db" "$@" > "$work/$label.log" 2>&1 &
    local pid=$!
    wait_for http://127.0.0.1:8080/ping
    python3 bench/torchserve/parity.py save http://127.0.0.1:8080/predictions/ad-text-policy "$work/$label.scores.json"
    load http://127.0.0.1:8080/predictions/ad-text-policy 1,64 "$label" "$pid"
    load http://127.0.0.1:8080/v1/screen 64 "$label-screen" "$pid" screen
    kill -TERM "$pid"
    wait "$pid" || true
}

for precision in fp32 bf16; do
    run_torchserve "$precision" 2 1
    run_torchserve "$precision" 1 2
done
run_adscreen adscreen-auto --precision auto
run_adscreen adscreen-fp32 --precision fp32

echo "== the same model on both servers (FP32 scores of texts.txt)"
python3 bench/torchserve/parity.py compare "$work/torchserve-fp32-2x1.scores.json" "$work/adscreen-fp32.scores.json"
echo
python3 bench/torchserve/table.py "$results"
