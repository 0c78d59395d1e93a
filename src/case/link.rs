//! Share links (contract section 5): `#case=<base64url of the UTF-8 case JSON, no padding>`.
//! Decoding also accepts padding and the standard alphabet. Pure text in, text out; the page
//! parses the JSON.

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// The largest case JSON a link may carry, in bytes.
pub const MAX_JSON_BYTES: usize = 32 * 1024;
/// The fragment prefix.
pub const PREFIX: &str = "#case=";

const LENIENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);
const STANDARD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
const ENCODE: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_encode_padding(false),
);

/// Why a link could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not base64 (truncated, or changed by hand).
    NotBase64,
    /// Decodes, but not to UTF-8 text.
    NotText,
    /// Carries more than [`MAX_JSON_BYTES`].
    TooLarge,
}

/// The case payload of a URL fragment, if the fragment is a case link.
pub fn case_payload(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix(PREFIX)
        .or_else(|| fragment.strip_prefix("case="))
}

/// Decodes a link payload to JSON text.
///
/// # Errors
/// [`LinkError`] for a payload that is not base64, not UTF-8, or too large.
pub fn decode(payload: &str) -> Result<String, LinkError> {
    let payload = payload.trim();
    // A base64 text of n characters carries about 3n/4 bytes: refuse oversize links before
    // decoding them.
    if payload.len() > MAX_JSON_BYTES / 3 * 4 + 8 {
        return Err(LinkError::TooLarge);
    }
    let bytes = URL_SAFE
        .decode(payload)
        .or_else(|_| STANDARD.decode(payload))
        .map_err(|_| LinkError::NotBase64)?;
    if bytes.len() > MAX_JSON_BYTES {
        return Err(LinkError::TooLarge);
    }
    String::from_utf8(bytes).map_err(|_| LinkError::NotText)
}

/// Encodes case JSON as a link fragment (`#case=...`).
///
/// # Errors
/// [`LinkError::TooLarge`] when the JSON exceeds [`MAX_JSON_BYTES`] (offer a file instead).
pub fn encode(json: &str) -> Result<String, LinkError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(LinkError::TooLarge);
    }
    Ok(format!("{PREFIX}{}", ENCODE.encode(json.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_accents_and_both_alphabets() {
        let json = r#"{"title":"Maya ñandú ¿?>>"}"#;
        let frag = encode(json).expect("small");
        assert!(!frag.contains('='.to_string().as_str().repeat(2).as_str()));
        assert_eq!(
            decode(case_payload(&frag).expect("prefix")).as_deref(),
            Ok(json)
        );
        let standard = base64::engine::general_purpose::STANDARD.encode(json);
        assert_eq!(decode(&standard).as_deref(), Ok(json));
    }

    #[test]
    fn bad_links_are_rejected() {
        assert_eq!(decode("%%%"), Err(LinkError::NotBase64));
        assert_eq!(
            decode(&ENCODE.encode([0xff, 0xfe, 0x00])),
            Err(LinkError::NotText)
        );
        let big = "x".repeat(MAX_JSON_BYTES + 1);
        assert_eq!(encode(&big), Err(LinkError::TooLarge));
        assert_eq!(
            decode(&ENCODE.encode(big.as_bytes())),
            Err(LinkError::TooLarge)
        );
    }
}
