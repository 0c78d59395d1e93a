//! Names each language file of `lang/` by a digest of its contents, for the address the page
//! fetches it from (`lang/es.json?v=<digest>`): a browser's cache never hands a new page the old
//! file, whose keys would not match (the page would then fall back to English).

/// The languages whose words the page fetches (English is built in).
const FETCHED: &[&str] = &["es"];

fn main() {
    for tag in FETCHED {
        let path = format!("lang/{tag}.json");
        println!("cargo:rerun-if-changed={path}");
        // A missing file gets the empty digest; the page then falls back to English and says so.
        let bytes = std::fs::read(&path).unwrap_or_default();
        // FNV-1a, 64 bits: enough to tell two versions of one file apart.
        let digest = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
        println!(
            "cargo:rustc-env=DP_LANG_{}_DIGEST={digest:016x}",
            tag.to_ascii_uppercase()
        );
    }
}
