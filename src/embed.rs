//! Embedding on another site (contract section 6): the `embed`, `theme` and `accent` parameters,
//! each validated here before anything reaches the page's markup or CSS, and the address a
//! share link made inside a frame should point at. Pure code.

/// A colour as three bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for CSS.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

const WHITE: Rgb = Rgb(255, 255, 255);

/// The accent colour from `accent=<6 hex digits>` (a leading `#` is tolerated): used only when
/// white text on it, and it as text on white, reach the 4.5:1 contrast of WCAG AA. Anything else
/// is ignored (the page keeps its own accent).
pub fn accent(raw: &str) -> Option<Rgb> {
    let hex = raw.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let colour = Rgb(byte(0)?, byte(2)?, byte(4)?);
    (contrast(colour, WHITE) >= 4.5).then_some(colour)
}

/// The built-in themes a host may choose with `theme=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the family's light or dark setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(raw: &str) -> Option<Theme> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The value of `data-theme` on `<html>` (none for `Auto`).
    pub const fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Whether `embed=` asks for the embedded page.
pub fn embedded(raw: Option<&str>) -> bool {
    matches!(raw.map(str::trim), Some("1" | "true" | "yes"))
}

/// The calculator's own address for a share link: the page's address without its fragment and
/// without the parameters that only dress the page for one host (`embed`, `theme`, `accent`).
pub fn share_base(href: &str) -> String {
    let without_fragment = href.split('#').next().unwrap_or_default();
    let (path, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let name = p.split('=').next().unwrap_or_default();
            !matches!(name, "embed" | "theme" | "accent")
        })
        .collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_are_checked_for_contrast() {
        assert_eq!(accent("1d4ed8"), Some(Rgb(0x1d, 0x4e, 0xd8)));
        assert_eq!(accent("#005A9C").map(Rgb::css).as_deref(), Some("#005a9c"));
        assert_eq!(accent("ffff00"), None, "yellow fails against white");
        assert_eq!(
            accent("767676").map(Rgb::css).as_deref(),
            Some("#767676"),
            "4.54:1 passes"
        );
        assert_eq!(accent("777777"), None, "4.48:1 fails");
        for bad in [
            "", "12345", "1234567", "gg0000", "red", "#12", "00000;x", "0000ff}",
        ] {
            assert_eq!(accent(bad), None, "{bad}");
        }
        assert!((contrast(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn themes_and_embed_flag() {
        assert_eq!(Theme::parse("Dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse("neon"), None);
        assert_eq!(Theme::Auto.attribute(), None);
        assert!(embedded(Some("1")) && !embedded(Some("0")) && !embedded(None));
    }

    #[test]
    fn share_links_point_at_the_calculator_itself() {
        assert_eq!(
            share_base(
                "https://tools.example.org/dp/?embed=1&lang=es&accent=1d4ed8&theme=dark#case=abc"
            ),
            "https://tools.example.org/dp/?lang=es"
        );
        assert_eq!(share_base("https://x.org/a/?embed=1"), "https://x.org/a/");
        assert_eq!(share_base("https://x.org/a/"), "https://x.org/a/");
    }
}
