//! Links typed by users or found in imported files: only http, https and mailto, decided by
//! parsing the scheme, never by matching a prefix (`JaVaScRiPt:`, `java\tscript:` and
//! `javascript://%0a...` must all fail).

/// A link that is safe to put in `href`: http, https or mailto, with no control characters
/// and no surrounding spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// The link, for `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Accepts `input` as a link only if it parses as http(s) with a host or mailto with an
/// address. Everything else (other schemes, relative links, hidden characters) is refused.
pub fn parse(input: &str) -> Option<SafeUrl> {
    // Browsers strip leading spaces and remove tabs and newlines anywhere before reading the
    // scheme; refusing them outright leaves no gap between what we check and what they run.
    if input.is_empty()
        || input.len() > 2_000
        || input.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let (scheme, rest) = input.split_once(':')?;
    let valid_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid_scheme {
        return None;
    }
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => {
            let after = rest.strip_prefix("//")?;
            let host = after.split(['/', '?', '#']).next().unwrap_or_default();
            let host = host.rsplit('@').next().unwrap_or_default();
            let ok = !host.is_empty()
                && !host.starts_with(':')
                && host
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
            ok.then(|| SafeUrl(input.to_owned()))
        }
        "mailto" => {
            let address = rest.split('?').next().unwrap_or_default();
            let (user, domain) = address.split_once('@')?;
            (!user.is_empty() && !domain.is_empty() && !domain.contains('@'))
                .then(|| SafeUrl(input.to_owned()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_and_mail_links_are_accepted() {
        for ok in [
            "https://example.uz/crm?x=1#top",
            "http://intranet.local:8080/plan",
            "HTTPS://Example.com",
            "mailto:dilnoza@bank.uz",
            "mailto:a@b.uz?subject=CRM",
            "https://[::1]/",
        ] {
            assert_eq!(
                parse(ok).map(|u| u.as_str().to_owned()),
                Some(ok.into()),
                "{ok}"
            );
        }
    }

    #[test]
    fn script_and_data_links_are_refused_however_written() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "javascript://%0aalert(1)",
            "javascript://example.com/%0aalert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            " https://example.com",
            "https://example.com ",
            "https:example.com",
            "https://",
            "https://<img src=x>/",
            "//example.com",
            "/relative/path",
            "example.com",
            "mailto:nobody",
            "\u{200b}https://example.com",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }
}
