//! Upper and lower case for the letters of the page's own languages: ASCII and the Latin-1
//! letters (á, é, í, ñ, ó, ú, ü and their capitals, and the rest of Western Europe's). Any other
//! character is left as it is.
//!
//! The standard `char::to_lowercase` and `to_uppercase` cover all of Unicode, and their tables
//! and code add about 7 KB gzipped to the page: a parent on a slow connection would download
//! them to lower-case "Resolution period" or capitalize "octubre". The page needs case only for
//! its own English and Spanish words, and for a file name made from the family's title (where a
//! letter of another script keeps its case, which is harmless).

/// `c` in lower case, for ASCII and Latin-1 capitals (À to Þ, except ×); any other character
/// unchanged.
pub fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => shift(c, 32),
        _ => c,
    }
}

/// `c` in upper case, for ASCII and Latin-1 small letters (à to þ, except ÷); any other
/// character unchanged (ß and ÿ too: their capitals are outside Latin-1 or are two letters).
pub fn upper(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='ö' | 'ø'..='þ' => shift(c, -32),
        _ => c,
    }
}

fn shift(c: char, by: i32) -> char {
    char::from_u32((c as i32 + by) as u32).unwrap_or(c)
}

/// `text` in lower case (see [`lower`]).
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// `phrase` with its first letter in upper case (see [`upper`]): phrases written to sit inside a
/// sentence, used at the start of one.
pub fn capitalized(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map(|c| std::iter::once(upper(c)).chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's single-letter mapping, as the reference.
    fn one(mut it: impl Iterator<Item = char>) -> Option<char> {
        let c = it.next()?;
        it.next().is_none().then_some(c)
    }

    #[test]
    fn agrees_with_the_standard_library_on_ascii_and_latin_1() {
        for c in (0u32..=0xFF).filter_map(char::from_u32) {
            let std_lower = one(c.to_lowercase()).unwrap_or(c);
            assert_eq!(lower(c), std_lower, "lower {c:?}");
            // The two Latin-1 letters whose capital is outside Latin-1 (or two letters) stay.
            let std_upper = one(c.to_uppercase())
                .filter(|u| (*u as u32) <= 0xFF)
                .unwrap_or(c);
            assert_eq!(upper(c), std_upper, "upper {c:?}");
        }
    }

    #[test]
    fn other_scripts_keep_their_case() {
        for c in ['Ā', 'Ж', 'ж', 'Ω', '한', 'ſ', 'ÿ', 'ß', '×', '÷'] {
            assert_eq!((lower(c), upper(c)), (c, c), "{c:?}");
        }
    }

    #[test]
    fn words_of_the_page() {
        assert_eq!(
            lowercase("Último día: RESOLUCIÓN"),
            "último día: resolución"
        );
        assert_eq!(capitalized("octubre"), "Octubre");
        assert_eq!(capitalized("ñandú"), "Ñandú");
        assert_eq!(capitalized("école"), "École");
        assert_eq!(capitalized(""), "");
    }
}
