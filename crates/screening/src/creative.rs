//! The screening request and the validated creative it becomes. Every refusal names the field.

use serde::Deserialize;

/// Kinds of non-text assets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AssetKind {
    Image,
    Animation,
    Video,
    Audio,
}

/// One non-text asset of the request: inline base64 data or a path the server may read.
#[derive(Clone, Debug, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AssetRequest {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: AssetKind,
    #[serde(default)]
    pub data_base64: Option<String>,
    #[serde(default)]
    pub path: Option<String>,
}

/// The body of `POST /v1/screen`, and each line of a JSONL file for `adscreen screen`.
#[derive(Clone, Debug, Default, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScreenRequest {
    #[serde(default)]
    pub creative_id: Option<String>,
    #[serde(default)]
    pub profile: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub assets: Vec<AssetRequest>,
}

/// Size limits on requests.
#[derive(Clone, Copy, Debug)]
pub struct RequestLimits {
    pub max_headline_chars: usize,
    pub max_body_chars: usize,
    pub max_id_chars: usize,
    pub max_assets: usize,
    /// Largest asset, in bytes once decoded (inline) or on disk (path).
    pub max_asset_bytes: usize,
}

impl Default for RequestLimits {
    fn default() -> Self {
        RequestLimits {
            max_headline_chars: 1_000,
            max_body_chars: 50_000,
            max_id_chars: 256,
            max_assets: 16,
            max_asset_bytes: 20 << 20,
        }
    }
}

/// Where an asset's bytes are.
#[derive(Clone, Debug, PartialEq)]
pub enum AssetSource {
    /// Decoded from `data_base64`.
    Inline(Vec<u8>),
    /// A path to read from one of the directories the screener may read (see `Screener::asset_roots`).
    Path(String),
}

/// A validated non-text asset.
#[derive(Clone, Debug, PartialEq)]
pub struct Asset {
    pub id: String,
    pub kind: AssetKind,
    pub source: AssetSource,
}

/// A refused request: the field and what is wrong with it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RequestError {
    pub field: String,
    pub message: String,
}

impl RequestError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        RequestError { field: field.into(), message: message.into() }
    }
}

/// One text of the creative (`headline` or `body`).
#[derive(Clone, Debug, PartialEq)]
pub struct TextAsset {
    pub id: &'static str,
    pub text: String,
}

/// A validated creative.
#[derive(Clone, Debug, PartialEq)]
pub struct Creative {
    pub creative_id: Option<String>,
    pub profile: Option<String>,
    pub texts: Vec<TextAsset>,
    pub assets: Vec<Asset>,
}

/// Parses a JSON request, naming the offending field on any error (wrong types, unknown fields,
/// invalid UTF-8 or JSON).
pub fn parse_request(bytes: &[u8]) -> Result<ScreenRequest, RequestError> {
    if std::str::from_utf8(bytes).is_err() {
        let at = std::str::from_utf8(bytes).err().map(|e| e.valid_up_to()).unwrap_or(0);
        return Err(RequestError::new("body", format!("the request is not valid UTF-8 (at byte {at})")));
    }
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(RequestError::new("body", "the request must be a JSON object"));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." || path.is_empty() { "body".to_string() } else { path };
        RequestError::new(field, e.inner().to_string())
    })
}

impl ScreenRequest {
    /// Checks sizes and presence and returns the creative to screen.
    pub fn validate(self, limits: &RequestLimits) -> Result<Creative, RequestError> {
        let mut texts = Vec::new();
        for (id, value, max) in [
            ("headline", self.headline, limits.max_headline_chars),
            ("body", self.body, limits.max_body_chars),
        ] {
            let Some(text) = value else { continue };
            let chars = text.chars().count();
            if chars > max {
                return Err(RequestError::new(id, format!("is {chars} characters long; the limit is {max}")));
            }
            if text.contains('\0') {
                return Err(RequestError::new(id, "contains a NUL character"));
            }
            if !text.trim().is_empty() {
                texts.push(TextAsset { id, text });
            }
        }
        if let Some(cid) = &self.creative_id
            && (cid.is_empty() || cid.chars().count() > limits.max_id_chars)
        {
            return Err(RequestError::new(
                "creative_id",
                format!("must be 1 to {} characters", limits.max_id_chars),
            ));
        }
        if self.assets.len() > limits.max_assets {
            return Err(RequestError::new(
                "assets",
                format!("has {} assets; the limit is {}", self.assets.len(), limits.max_assets),
            ));
        }
        for (i, a) in self.assets.iter().enumerate() {
            if a.id.is_empty() || a.id.len() > limits.max_id_chars || a.id == "headline" || a.id == "body" {
                return Err(RequestError::new(
                    format!("assets[{i}].id"),
                    "must be a non-empty id other than headline/body",
                ));
            }
            if a.data_base64.is_some() == a.path.is_some() {
                return Err(RequestError::new(
                    format!("assets[{i}]"),
                    "give exactly one of data_base64 or path",
                ));
            }
            if self.assets[..i].iter().any(|b| b.id == a.id) {
                return Err(RequestError::new(
                    format!("assets[{i}].id"),
                    format!("{:?} is used twice", a.id),
                ));
            }
        }
        if texts.is_empty() && self.assets.is_empty() {
            return Err(RequestError::new("body", "the ad is empty: give a headline, a body or assets"));
        }
        let mut assets = Vec::with_capacity(self.assets.len());
        for (i, a) in self.assets.into_iter().enumerate() {
            let source = match (a.data_base64, a.path) {
                (Some(data), _) => AssetSource::Inline(
                    decode_base64(&data, limits.max_asset_bytes)
                        .map_err(|m| RequestError::new(format!("assets[{i}].data_base64"), m))?,
                ),
                (None, Some(path)) => {
                    if path.is_empty() || path.contains('\0') {
                        return Err(RequestError::new(
                            format!("assets[{i}].path"),
                            "must be a non-empty path",
                        ));
                    }
                    AssetSource::Path(path)
                }
                (None, None) => unreachable!("checked above"),
            };
            assets.push(Asset { id: a.id, kind: a.kind, source });
        }
        Ok(Creative { creative_id: self.creative_id, profile: self.profile, texts, assets })
    }
}

/// Decodes standard base64 (padding optional, ASCII whitespace ignored, an optional `data:...;base64,`
/// prefix allowed), refusing anything that would decode to more than `max` bytes before decoding it.
fn decode_base64(data: &str, max: usize) -> Result<Vec<u8>, String> {
    use base64::Engine;
    let data = match data.strip_prefix("data:") {
        Some(rest) => {
            rest.split_once(";base64,").map(|(_, d)| d).ok_or("a data: URL must be base64 (`;base64,`)")?
        }
        None => data,
    };
    let compact: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let decoded_len = compact.len() / 4 * 3 + (compact.len() % 4).saturating_sub(1);
    if decoded_len > max {
        return Err(format!("decodes to about {decoded_len} bytes; the limit is {max}"));
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine.decode(compact.as_bytes()).map_err(|e| format!("is not valid base64: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &[u8]) -> RequestError {
        match parse_request(json) {
            Err(e) => e,
            Ok(r) => r.validate(&RequestLimits::default()).unwrap_err(),
        }
    }

    #[test]
    fn a_plain_text_ad_is_accepted() {
        let c = parse_request(br#"{"creative_id":"c1","headline":"Summer sale","body":"40% off sandals."}"#)
            .unwrap()
            .validate(&RequestLimits::default())
            .unwrap();
        assert_eq!(c.texts.len(), 2);
        assert_eq!(c.creative_id.as_deref(), Some("c1"));
    }

    #[test]
    fn each_bad_input_names_its_field() {
        assert_eq!(err(br#"{"headline": 5}"#).field, "headline");
        assert_eq!(err(br#"{"headline": "x", "colour": "red"}"#).field, "colour");
        assert!(err(br#"{"headline": "x", "colour": "red"}"#).message.contains("unknown field"));
        assert_eq!(
            err(br#"{"assets": [{"id": "a", "type": "hologram", "path": "x"}]}"#).field,
            "assets[0].type"
        );
        assert_eq!(err(b"{}").message, "the ad is empty: give a headline, a body or assets");
        assert_eq!(err(br#"{"headline": "   "}"#).field, "body");
        assert_eq!(err(b"{\"headline\": \"\xff\xfe\"}").field, "body");
        assert!(err(b"{\"headline\": \"\xff\xfe\"}").message.contains("UTF-8"));
        assert_eq!(err(b"[1,2]").field, "body");
        let long = format!(r#"{{"headline": "{}"}}"#, "a".repeat(1 << 20));
        let e = err(long.as_bytes());
        assert_eq!(e.field, "headline");
        assert!(e.message.contains("limit"), "{e}");
        assert_eq!(err(br#"{"headline": "x", "assets": [{"id": "i", "type": "image"}]}"#).field, "assets[0]");
    }

    #[test]
    fn inline_assets_are_decoded_and_bad_base64_names_the_field() {
        let ok = |json: &str| parse_request(json.as_bytes()).unwrap().validate(&RequestLimits::default());
        let c = ok(r#"{"assets": [{"id": "a", "type": "image", "data_base64": "aGVs bG8="}]}"#).unwrap();
        assert_eq!(c.assets[0].source, AssetSource::Inline(b"hello".to_vec()));
        let c = ok(
            r#"{"assets": [{"id": "a", "type": "image", "data_base64": "data:image/png;base64,aGVsbG8"}]}"#,
        )
        .unwrap();
        assert_eq!(c.assets[0].source, AssetSource::Inline(b"hello".to_vec()));
        let e = ok(r#"{"assets": [{"id": "a", "type": "image", "data_base64": "not*base64"}]}"#).unwrap_err();
        assert_eq!(e.field, "assets[0].data_base64");
        assert!(e.message.contains("not valid base64"), "{e}");
        let e = ok(r#"{"assets": [{"id": "a", "type": "image", "path": "x"}, {"id": "a", "type": "image", "path": "y"}]}"#)
            .unwrap_err();
        assert_eq!(e.field, "assets[1].id");
        let limits = RequestLimits { max_asset_bytes: 4, ..Default::default() };
        let e = parse_request(br#"{"assets": [{"id": "a", "type": "image", "data_base64": "aGVsbG8="}]}"#)
            .unwrap()
            .validate(&limits)
            .unwrap_err();
        assert!(e.message.contains("limit is 4"), "{e}");
    }
}
