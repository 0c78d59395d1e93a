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

/// White, the text colour on accent-coloured buttons.
pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Black, what a link colour is darkened toward on a light theme.
pub const BLACK: Rgb = Rgb(0, 0, 0);

/// The colours of one built-in theme that other colours are drawn on. They are the values of
/// `--dp-bg`, `--dp-surface`, `--dp-warn-bg` and `--dp-ok-bg` in `style/main.css`; a test reads
/// the stylesheet and fails if the two ever differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Which theme this is (`false`: light).
    pub dark: bool,
    /// The page's background (`--dp-bg`).
    pub bg: Rgb,
    /// The steps' background (`--dp-surface`).
    pub surface: Rgb,
    /// Warnings and notices (`--dp-warn-bg`).
    pub warn_bg: Rgb,
    /// "Act by" lines and good news (`--dp-ok-bg`).
    pub ok_bg: Rgb,
}

impl Palette {
    /// What the accent's marks (button borders, timeline dots, focus rings) sit on.
    pub const fn marks_on(&self) -> [Rgb; 2] {
        [self.bg, self.surface]
    }

    /// What text in the link colour sits on.
    pub const fn text_on(&self) -> [Rgb; 4] {
        [self.bg, self.surface, self.warn_bg, self.ok_bg]
    }
}

/// The light theme (`:root` in `style/main.css`).
pub const LIGHT: Palette = Palette {
    dark: false,
    bg: Rgb(0xff, 0xff, 0xff),
    surface: Rgb(0xf5, 0xf6, 0xf8),
    warn_bg: Rgb(0xff, 0xf4, 0xd6),
    ok_bg: Rgb(0xe7, 0xf5, 0xec),
};

/// The dark theme (`prefers-color-scheme: dark` and `[data-theme="dark"]` in `style/main.css`).
pub const DARK: Palette = Palette {
    dark: true,
    bg: Rgb(0x14, 0x16, 0x1a),
    surface: Rgb(0x1f, 0x23, 0x2a),
    warn_bg: Rgb(0x3a, 0x2e, 0x0c),
    ok_bg: Rgb(0x12, 0x33, 0x21),
};

/// Contrast white text needs on an accent-coloured button (WCAG 1.4.3, AA).
pub const TEXT_CONTRAST: f64 = 4.5;
/// Contrast the accent's marks need against what they sit on (WCAG 1.4.11).
pub const MARK_CONTRAST: f64 = 3.0;

/// Why an accent colour was turned down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AccentProblem {
    /// White text on it reaches only this contrast (4.5 is needed).
    WhiteText(f64),
    /// Against the background of the light (`dark == false`) or dark theme it reaches only this
    /// contrast (3 is needed).
    Background { dark: bool, ratio: f64 },
}

/// Checks a colour as the accent of a page that can show `theme`: white text on it must reach
/// 4.5:1, and it must reach 3:1 against the backgrounds of every theme the page can show.
///
/// # Errors
/// Every check the colour fails, in that order.
pub fn check_accent(colour: Rgb, theme: Theme) -> Result<Rgb, Vec<AccentProblem>> {
    let mut problems = Vec::new();
    let white = contrast(colour, WHITE);
    if white < TEXT_CONTRAST {
        problems.push(AccentProblem::WhiteText(white));
    }
    for palette in theme.palettes() {
        let ratio = palette
            .marks_on()
            .iter()
            .map(|&bg| contrast(colour, bg))
            .fold(f64::INFINITY, f64::min);
        if ratio < MARK_CONTRAST {
            problems.push(AccentProblem::Background {
                dark: palette.dark,
                ratio,
            });
        }
    }
    if problems.is_empty() {
        Ok(colour)
    } else {
        Err(problems)
    }
}

/// The accent colour from `accent=<6 hex digits>` (a leading `#` is tolerated) for a page that
/// can show `theme`, when it passes [`check_accent`]. Anything else is ignored (the page keeps
/// its own accent).
pub fn accent(raw: &str, theme: Theme) -> Option<Rgb> {
    parse_rgb(raw).and_then(|c| check_accent(c, theme).ok())
}

/// The accent's shade for text (links, outline-button labels) on `palette`: the accent itself
/// when it reaches 4.5:1 against everything text sits on there, else the accent mixed with black
/// (light theme) or white (dark theme), in steps of 5 percent, until it does.
pub fn readable_on(colour: Rgb, palette: &Palette) -> Rgb {
    let toward = if palette.dark { WHITE } else { BLACK };
    let reads = |c: Rgb| {
        palette
            .text_on()
            .iter()
            .all(|&bg| contrast(c, bg) >= TEXT_CONTRAST)
    };
    (0..=20u8)
        .map(|step| mix(colour, toward, f64::from(step) / 20.0))
        .find(|&c| reads(c))
        .unwrap_or(toward)
}

/// `a` mixed with `b`, `share` of `b` (0 to 1), channel by channel.
fn mix(a: Rgb, b: Rgb, share: f64) -> Rgb {
    let channel = |x: u8, y: u8| {
        (f64::from(x) * (1.0 - share) + f64::from(y) * share)
            .round()
            .clamp(0.0, 255.0) as u8
    };
    Rgb(channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2))
}

/// `rrggbb` or `#rrggbb` as a colour, whatever its contrast.
pub fn parse_rgb(raw: &str) -> Option<Rgb> {
    let hex = raw.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

/// The built-in themes a host may choose with `theme=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the family's light or dark setting (the standalone page's default).
    #[default]
    Auto,
    /// An embed's default.
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

    /// The theme of a page: the valid `theme=` parameter, else light in a frame (`embedded`), else
    /// the visitor's setting (contract section 6).
    pub fn for_page(raw: Option<&str>, embedded: bool) -> Theme {
        raw.and_then(Theme::parse)
            .unwrap_or(if embedded { Theme::Light } else { Theme::Auto })
    }

    /// The palettes a page with this theme can show.
    pub const fn palettes(self) -> &'static [Palette] {
        match self {
            Theme::Auto => &[LIGHT, DARK],
            Theme::Light => &[LIGHT],
            Theme::Dark => &[DARK],
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
/// without the parameters that only dress the page for one host (`embed`, `theme`, `accent`,
/// `report`).
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
            !matches!(name, "embed" | "theme" | "accent" | "report")
        })
        .collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// The `sandbox` of the embed snippet (contract section 6): scripts and its own storage, file
/// downloads, the print dialog, and links that open in a new tab outside the sandbox.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox";

/// The widths the embed-code page previews the calculator at, in CSS pixels.
pub const PREVIEW_WIDTHS: [u32; 4] = [320, 480, 768, 1024];

/// The `id` of the frame in the snippet, which its height script looks up.
pub const FRAME_ID: &str = "due-process-calculator";

/// What a host chose on the "Get the embed code" page. Every value comes from a fixed list or
/// has been validated ([`accent`], [`crate::report::destination`]), so the snippet never carries
/// text a visitor typed unchecked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedChoices {
    /// `lang=`; `None` lets the family's browser choose.
    pub lang: Option<&'static str>,
    /// `jurisdiction=US-XX`; `None` lets the family choose.
    pub jurisdiction: Option<String>,
    /// Light (an embed's default, no parameter), dark, or the visitor's setting.
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// `report=`: where "Report a wrong date" sends reports (a validated `mailto:` or `https:`).
    pub report: Option<String>,
    /// In a `sandbox` (recommended).
    pub sandboxed: bool,
}

impl Default for EmbedChoices {
    fn default() -> Self {
        EmbedChoices {
            lang: None,
            jurisdiction: None,
            theme: Theme::Light,
            accent: None,
            report: None,
            sandboxed: false,
        }
    }
}

impl EmbedChoices {
    /// The frame's address: the calculator at `base` with `embed=1` and the chosen parameters.
    pub fn frame_src(&self, base: &str) -> String {
        let mut query = vec!["embed=1".to_string()];
        if let Some(lang) = self.lang {
            query.push(format!("lang={lang}"));
        }
        if let Some(code) = &self.jurisdiction {
            query.push(format!("jurisdiction={code}"));
        }
        // Light is an embed's default.
        match self.theme {
            Theme::Light => {}
            Theme::Auto => query.push("theme=auto".to_string()),
            Theme::Dark => query.push("theme=dark".to_string()),
        }
        if let Some(colour) = self.accent {
            query.push(format!("accent={}", &colour.css()[1..]));
        }
        if let Some(to) = &self.report {
            query.push(format!("report={}", crate::report::percent_encode(to)));
        }
        format!("{}?{}", page_base(base), query.join("&"))
    }

    /// The HTML to paste into the host's page: the frame, with a `title` in the page's language,
    /// and the few lines of script that size it from the calculator's height messages.
    pub fn snippet(&self, base: &str, title: &str) -> String {
        let sandbox = if self.sandboxed {
            format!("\n        sandbox=\"{SANDBOX}\"")
        } else {
            String::new()
        };
        let origin = origin(base).unwrap_or_default();
        format!(
            r#"<iframe id="{FRAME_ID}"
        title="{title}"
        src="{src}"
        style="width: 100%; border: 0; min-height: 40rem"
        allow="clipboard-write"{sandbox}></iframe>
<script>
  // The calculator tells its height whenever it changes; the frame follows it.
  addEventListener("message", function (e) {{
    if (e.origin !== "{origin}") return;
    if (e.data && e.data.type === "due-process-calculator:height") {{
      document.getElementById("{FRAME_ID}").style.height = e.data.height + "px";
    }}
  }});
</script>
"#,
            title = escape_html(title),
            src = escape_html(&self.frame_src(base)),
            origin = escape_html(origin),
        )
    }
}

/// An address without its query and fragment.
pub fn page_base(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// The origin (`scheme://host[:port]`) of an absolute `http(s)` address.
pub fn origin(href: &str) -> Option<&str> {
    let rest = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))?;
    let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    (host_len > 0).then(|| &href[..href.len() - rest.len() + host_len])
}

/// Text made safe inside an HTML attribute or element.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_frames_the_calculator_with_the_choices() {
        let base = "https://example.org/tools/due-process/?lang=es#embed-code";
        let plain = EmbedChoices::default();
        assert_eq!(
            plain.frame_src(base),
            "https://example.org/tools/due-process/?embed=1"
        );
        let chosen = EmbedChoices {
            lang: Some("es"),
            jurisdiction: Some("US-CA".into()),
            theme: Theme::Dark,
            accent: accent("1F7A8C", Theme::Dark),
            report: Some("mailto:dates@example.org".into()),
            sandboxed: true,
        };
        assert_eq!(
            chosen.frame_src(base),
            "https://example.org/tools/due-process/?embed=1&lang=es&jurisdiction=US-CA&theme=dark&accent=1f7a8c&report=mailto%3Adates%40example.org"
        );
        let auto = EmbedChoices {
            theme: Theme::Auto,
            ..EmbedChoices::default()
        };
        assert!(auto.frame_src(base).ends_with("?embed=1&theme=auto"));
        let code = chosen.snippet(base, "Calculadora \"de plazos\" <IDEA>");
        assert!(code.contains(
            r#"src="https://example.org/tools/due-process/?embed=1&amp;lang=es&amp;jurisdiction=US-CA&amp;theme=dark&amp;accent=1f7a8c&amp;report=mailto%3Adates%40example.org""#
        ));
        assert!(code.contains(r#"title="Calculadora &quot;de plazos&quot; &lt;IDEA&gt;""#));
        assert!(code.contains(&format!(r#"sandbox="{SANDBOX}""#)));
        assert!(code.contains(r#"if (e.origin !== "https://example.org") return;"#));
        assert!(code.contains(r#"document.getElementById("due-process-calculator")"#));
        assert!(!plain.snippet(base, "t").contains("sandbox="));
    }

    #[test]
    fn origins_and_bases() {
        assert_eq!(
            origin("https://example.org/a/b?c#d"),
            Some("https://example.org")
        );
        assert_eq!(
            origin("http://127.0.0.1:8080/"),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(
            origin("http://127.0.0.1:8080"),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin("file:///home/x/index.html"), None);
        assert_eq!(origin("https:///nohost"), None);
        assert_eq!(page_base("https://x.org/a/?q=1#f"), "https://x.org/a/");
        assert_eq!(page_base("https://x.org/a/#f?x"), "https://x.org/a/");
        assert_eq!(page_base("https://x.org/a/"), "https://x.org/a/");
    }

    #[test]
    fn accents_are_checked_for_contrast() {
        let light = Theme::Light;
        assert_eq!(accent("1d4ed8", light), Some(Rgb(0x1d, 0x4e, 0xd8)));
        assert_eq!(
            accent("#005A9C", light).map(Rgb::css).as_deref(),
            Some("#005a9c")
        );
        assert_eq!(accent("ffff00", light), None, "yellow fails against white");
        assert_eq!(
            accent("767676", light).map(Rgb::css).as_deref(),
            Some("#767676"),
            "4.54:1 passes"
        );
        assert_eq!(accent("777777", light), None, "4.48:1 fails");
        for bad in [
            "", "12345", "1234567", "gg0000", "red", "#12", "00000;x", "0000ff}",
        ] {
            assert_eq!(accent(bad, light), None, "{bad}");
        }
        assert!((contrast(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
    }

    /// The issue's example: a dark accent vanishes on the dark theme. Light-only pages accept it;
    /// pages that can turn dark refuse it, and say which check failed.
    #[test]
    fn an_accent_must_stand_out_on_every_theme_the_page_can_show() {
        let plum = parse_rgb("7a1f5c").unwrap_or(WHITE);
        assert_eq!(check_accent(plum, Theme::Light), Ok(plum));
        for theme in [Theme::Auto, Theme::Dark] {
            let Err(problems) = check_accent(plum, theme) else {
                panic!("{theme:?} accepted #7a1f5c");
            };
            assert!(
                matches!(problems.as_slice(), [AccentProblem::Background { dark: true, ratio }] if *ratio < 2.0),
                "{problems:?}"
            );
        }
        let yellow = Rgb(0xff, 0xff, 0x00);
        let Err(problems) = check_accent(yellow, Theme::Auto) else {
            panic!("yellow accepted");
        };
        assert!(matches!(
            problems.as_slice(),
            [
                AccentProblem::WhiteText(_),
                AccentProblem::Background { dark: false, .. }
            ]
        ));
        // A middle shade passes everywhere.
        let teal = parse_rgb("1f7a8c").unwrap_or(WHITE);
        assert_eq!(check_accent(teal, Theme::Auto), Ok(teal));
    }

    /// The rule against every theme's backgrounds, for a sweep of greys and hues: whatever is
    /// accepted reaches 4.5:1 under white text and 3:1 against the page and step backgrounds of
    /// each theme the page can show, and whatever is refused fails one of those.
    #[test]
    fn the_accent_rule_holds_against_every_theme_background() {
        for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
            for r in (0..=255u16).step_by(17) {
                for g in (0..=255u16).step_by(17) {
                    for b in (0..=255u16).step_by(51) {
                        let c = Rgb(r as u8, g as u8, b as u8);
                        let fine = contrast(c, WHITE) >= 4.5
                            && theme
                                .palettes()
                                .iter()
                                .all(|p| contrast(c, p.bg) >= 3.0 && contrast(c, p.surface) >= 3.0);
                        assert_eq!(check_accent(c, theme).is_ok(), fine, "{theme:?} {c:?}");
                        if fine {
                            for p in theme.palettes() {
                                let link = readable_on(c, p);
                                for bg in p.text_on() {
                                    assert!(
                                        contrast(link, bg) >= 4.5,
                                        "{c:?} -> {link:?} on {bg:?}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
        // A link keeps the accent itself where it reads well enough.
        let navy = Rgb(0x1d, 0x4e, 0xd8);
        assert_eq!(readable_on(navy, &LIGHT), navy);
        assert_ne!(readable_on(navy, &DARK), navy);
    }

    /// The palettes above are the stylesheet's: a colour changed in one place and not the
    /// other fails here.
    #[test]
    fn palettes_match_the_stylesheet() {
        let css = include_str!("../style/main.css");
        let block = |selector: &str| -> &str {
            let start = css
                .find(selector)
                .unwrap_or_else(|| panic!("{selector} not in style/main.css"));
            let rest = &css[start..];
            let open = rest.find('{').unwrap_or(0);
            let close = rest.find('}').unwrap_or(rest.len());
            &rest[open..close]
        };
        let value = |block: &str, name: &str| -> Option<Rgb> {
            let at = block.find(&format!("{name}:"))?;
            let v = block[at + name.len() + 1..].split(';').next()?;
            parse_rgb(v)
        };
        for (selector, palette) in [
            (":root {", LIGHT),
            (":root:not([data-theme=\"light\"]) {", DARK),
            (":root[data-theme=\"dark\"] {", DARK),
        ] {
            let b = block(selector);
            for (name, expected) in [
                ("--dp-bg", palette.bg),
                ("--dp-surface", palette.surface),
                ("--dp-warn-bg", palette.warn_bg),
                ("--dp-ok-bg", palette.ok_bg),
            ] {
                assert_eq!(value(b, name), Some(expected), "{selector} {name}");
            }
        }
        // No other rule (a new theme) sets a background the palettes do not know.
        let backgrounds = css.matches("--dp-bg:").count();
        assert_eq!(
            backgrounds, 4,
            "three themes and the print rule set --dp-bg"
        );
    }

    #[test]
    fn themes_and_embed_flag() {
        assert_eq!(Theme::parse("Dark"), Some(Theme::Dark));
        // An embed is light unless the host asks; the standalone page follows the visitor.
        assert_eq!(Theme::for_page(None, true), Theme::Light);
        assert_eq!(Theme::for_page(Some("neon"), true), Theme::Light);
        assert_eq!(Theme::for_page(Some("auto"), true), Theme::Auto);
        assert_eq!(Theme::for_page(Some("dark"), true), Theme::Dark);
        assert_eq!(Theme::for_page(None, false), Theme::Auto);
        assert_eq!(Theme::parse("neon"), None);
        assert_eq!(Theme::Auto.attribute(), None);
        assert!(embedded(Some("1")) && !embedded(Some("0")) && !embedded(None));
    }

    #[test]
    fn share_links_point_at_the_calculator_itself() {
        assert_eq!(
            share_base(
                "https://tools.example.org/dp/?embed=1&lang=es&accent=1d4ed8&theme=dark&report=mailto%3Aa%40b.org#case=abc"
            ),
            "https://tools.example.org/dp/?lang=es"
        );
        assert_eq!(share_base("https://x.org/a/?embed=1"), "https://x.org/a/");
        assert_eq!(share_base("https://x.org/a/"), "https://x.org/a/");
    }
}
