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

/// The accent colour from `accent=<6 hex digits>` (a leading `#` is tolerated): used only when
/// white text on it, and it as text on white, reach the 4.5:1 contrast of WCAG AA. Anything else
/// is ignored (the page keeps its own accent).
pub fn accent(raw: &str) -> Option<Rgb> {
    parse_rgb(raw).filter(|&colour| contrast(colour, WHITE) >= 4.5)
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

/// The `sandbox` of the embed snippet (contract section 6): scripts and its own storage, file
/// downloads, the print dialog, and links that open in a new tab outside the sandbox.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox";

/// The `id` of the frame in the snippet, which its height script looks up.
pub const FRAME_ID: &str = "due-process-calculator";

/// What a host chose on the "Get the embed code" page. Every value comes from a fixed list or
/// has been validated ([`accent`]), so the snippet never carries text a visitor typed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedChoices {
    /// `lang=`; `None` lets the family's browser choose.
    pub lang: Option<&'static str>,
    /// `jurisdiction=US-XX`; `None` lets the family choose.
    pub jurisdiction: Option<String>,
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// In a `sandbox` (recommended).
    pub sandboxed: bool,
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
        if let Some(theme) = self.theme.attribute() {
            query.push(format!("theme={theme}"));
        }
        if let Some(colour) = self.accent {
            query.push(format!("accent={}", &colour.css()[1..]));
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
fn escape_html(text: &str) -> String {
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
            accent: accent("005A9C"),
            sandboxed: true,
        };
        assert_eq!(
            chosen.frame_src(base),
            "https://example.org/tools/due-process/?embed=1&lang=es&jurisdiction=US-CA&theme=dark&accent=005a9c"
        );
        let code = chosen.snippet(base, "Calculadora \"de plazos\" <IDEA>");
        assert!(code.contains(
            r#"src="https://example.org/tools/due-process/?embed=1&amp;lang=es&amp;jurisdiction=US-CA&amp;theme=dark&amp;accent=005a9c""#
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
