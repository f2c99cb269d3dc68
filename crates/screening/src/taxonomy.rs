//! Taxonomy v1: the category codes findings use. Codes are never renamed; new ones are only added.

/// Version of the taxonomy reported in every decision.
pub const TAXONOMY_VERSION: &str = "v1";

/// Categories detected by models (text and/or image).
pub const MODEL_CATEGORIES: &[&str] = &[
    "sexual.explicit",
    "sexual.suggestive",
    "sexual.minors",
    "violence.graphic",
    "violence.threat",
    "hate.speech",
    "harassment.insult",
    "self_harm",
    "language.profanity",
    "regulated.alcohol",
    "regulated.tobacco",
    "regulated.drugs",
    "regulated.pharma",
    "regulated.gambling",
    "regulated.weapons",
    "regulated.adult_products",
    "regulated.financial",
    "deception.health_claims",
    "deception.financial_claims",
    "deception.clickbait",
    "sensitive.political",
    "sensitive.tragedy",
];

/// Categories measured by deterministic rules.
pub const RULE_CATEGORIES: &[&str] = &[
    "editorial.capitalization",
    "editorial.punctuation",
    "editorial.symbols",
    "editorial.spacing",
    "editorial.length",
    "editorial.repetition",
    "technical.flashing.general",
    "technical.flashing.red",
    "technical.animation.duration",
    "technical.animation.loops",
    "technical.animation.framerate",
    "technical.audio.loudness",
    "technical.audio.true_peak",
    "technical.image.resolution",
    "technical.image.text_ratio",
    "technical.file.size",
];

/// True for any code of taxonomy v1.
pub fn is_category(code: &str) -> bool {
    MODEL_CATEGORIES.contains(&code) || RULE_CATEGORIES.contains(&code)
}

/// True for a model-detected code.
pub fn is_model_category(code: &str) -> bool {
    MODEL_CATEGORIES.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut all: Vec<&str> = MODEL_CATEGORIES.iter().chain(RULE_CATEGORIES).copied().collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "duplicate codes");
        for code in all {
            assert!(code.contains('.') || code == "self_harm", "{code}");
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'), "{code}");
        }
        assert_eq!(MODEL_CATEGORIES.len(), 22);
    }
}
