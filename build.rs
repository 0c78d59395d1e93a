//! Names each language file of `lang/` by a digest of its contents. The page fetches the file at
//! `lang/es.json?v=<digest>`, so a browser's cache never hands a new page an old file, and it
//! checks that the file it got is the one it was built and tested with before using it.

include!("src/i18n/digest.rs");

/// The language files the page fetches: the words of each language but English (which is built
/// in), and the citation notes of a language that has its own (fetched after the first timeline).
const FETCHED: &[&str] = &["es", "es-notes"];

fn main() {
    for tag in FETCHED {
        let path = format!("lang/{tag}.json");
        println!("cargo:rerun-if-changed={path}");
        // A missing file gets the empty file's digest; the page then falls back to English and
        // says so.
        let bytes = std::fs::read(&path).unwrap_or_default();
        println!(
            "cargo:rustc-env=DP_LANG_{}_DIGEST={}",
            tag.to_ascii_uppercase().replace('-', "_"),
            file_digest(&bytes)
        );
    }
}
