//! Share links (contract section 5): `#case=<base64url of the UTF-8 case JSON, no padding>`.
//! Decoding also accepts padding and the standard alphabet. Pure text in, text out; the page
//! parses the JSON.
//!
//! Base64 (RFC 4648) is written out here rather than taken from a crate: it is a few lines, and a
//! general-purpose engine cost more than a kilobyte of the page's download.

/// The largest case JSON a link may carry, in bytes.
pub const MAX_JSON_BYTES: usize = 32 * 1024;
/// The fragment prefix.
pub const PREFIX: &str = "#case=";

const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

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

/// The 6-bit value of a base64 character, in either alphabet.
fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' | b'+' => 62,
        b'_' | b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes base64 in the URL-safe or standard alphabet, with or without padding.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let body = text
        .strip_suffix("==")
        .or_else(|| text.strip_suffix('='))
        .unwrap_or(text);
    if body.len() % 4 == 1 || (body.len() != text.len() && !text.len().is_multiple_of(4)) {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.bytes() {
        acc = (acc << 6) | sextet(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Encodes bytes as URL-safe base64 without padding.
fn encode_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(URL_SAFE[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
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
    let bytes = decode_base64(payload).ok_or(LinkError::NotBase64)?;
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
    Ok(format!("{PREFIX}{}", encode_base64(json.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Source: RFC 4648, section 10 (test vectors), with the URL-safe alphabet of section 5.
    #[test]
    fn rfc_4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in vectors {
            assert_eq!(encode_base64(plain.as_bytes()), coded);
            assert_eq!(decode_base64(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(
            decode_base64("Zm8=").as_deref(),
            Some(&b"fo"[..]),
            "padding accepted"
        );
        assert_eq!(decode_base64("Zg==").as_deref(), Some(&b"f"[..]));
    }

    #[test]
    fn both_alphabets_decode() {
        // Bytes fb ff: standard "+/8=", URL-safe "-_8".
        assert_eq!(encode_base64(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode_base64("+/8=").as_deref(), Some(&[0xfb, 0xff][..]));
        assert_eq!(decode_base64("-_8").as_deref(), Some(&[0xfb, 0xff][..]));
    }

    #[test]
    fn round_trip_with_accents() {
        let json = r#"{"title":"Maya ñandú ¿?>>"}"#;
        let frag = encode(json).expect("small");
        assert!(!frag.ends_with('='), "no padding");
        assert_eq!(
            decode(case_payload(&frag).expect("prefix")).as_deref(),
            Ok(json)
        );
    }

    #[test]
    fn bad_links_are_rejected() {
        assert_eq!(decode("%%%"), Err(LinkError::NotBase64));
        assert_eq!(
            decode("Zm9vY"),
            Err(LinkError::NotBase64),
            "a single trailing character"
        );
        assert_eq!(
            decode("Zm=9v"),
            Err(LinkError::NotBase64),
            "padding in the middle"
        );
        assert_eq!(
            decode("Zg="),
            Err(LinkError::NotBase64),
            "padding of the wrong length"
        );
        assert_eq!(
            decode(&encode_base64(&[0xff, 0xfe, 0x00])),
            Err(LinkError::NotText)
        );
        let big = "x".repeat(MAX_JSON_BYTES + 1);
        assert_eq!(encode(&big), Err(LinkError::TooLarge));
        assert_eq!(
            decode(&encode_base64(big.as_bytes())),
            Err(LinkError::TooLarge)
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            proptest::prop_assert_eq!(decode_base64(&encode_base64(&bytes)), Some(bytes));
        }
    }
}
