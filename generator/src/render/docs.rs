//! Spec descriptions as rustdoc: [`doc_attrs`] (`#[doc]` attributes) and [`doc_markdown`] (the
//! same escaped Markdown as plain text, e.g. for `//!` lines in a template).

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes, one per line, for a spec description (nothing for `None` or
/// blank text). The text goes through [`doc_markdown`] so that
/// `RUSTDOCFLAGS=-D warnings cargo doc` stays quiet and no description becomes a doctest.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    line_attrs(&doc_lines(text))
}

/// The lines of [`doc_attrs`] as text: each non-empty line with a leading space (as `///`
/// writes it), none for `None` or blank text.
pub fn doc_lines(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    doc_markdown(text)
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        })
        .collect()
}

/// One `#[doc = "..."]` attribute per line, the lines as they are.
pub fn line_attrs(lines: &[String]) -> TokenStream {
    quote!(#(#[doc = #lines])*)
}

/// Spec Markdown made safe for rustdoc, as plain text (lines separated by `\n`, no leading or
/// trailing blank lines; empty for blank input):
///
/// - bare `http(s)://` URLs are wrapped in `<...>` (the `bare_urls` lint);
/// - `[` and `]` are escaped, except in inline links to a URL (`[text](https://...)`), so that
///   nothing is read as an intra-doc link;
/// - `<` starts an HTML tag in Markdown: it is escaped as `&lt;` except in autolinks
///   (`<https://...>`); `>` is escaped as `&gt;` except where it marks a block quote;
/// - code fences are all marked ```` ```text ```` (rustdoc would compile an unmarked one as a
///   doctest), and an unclosed fence is closed; lines are never indented by four spaces or more
///   outside a fence (that would be an indented code block, also a doctest); tabs become spaces;
/// - an unmatched backtick is escaped; code spans are left as they are;
/// - control characters are dropped and line ends normalized.
pub fn doc_markdown(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut clean = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => clean.push_str("    "),
            '\n' => clean.push('\n'),
            c if c.is_control() => {}
            // Unicode line/paragraph separators confuse line-based tools.
            '\u{2028}' | '\u{2029}' => clean.push('\n'),
            c => clean.push(c),
        }
    }
    let text = clean;
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let start = lines.iter().position(|l| !l.is_empty());
    let Some(start) = start else {
        return String::new();
    };
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(start, |e| e + 1);
    let lines = &lines[start..end];
    let spaces = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| spaces(l))
        .min()
        .unwrap_or(0);

    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    // (fence character, fence length) while inside a fenced code block.
    let mut fence: Option<(char, usize)> = None;
    for raw in lines {
        // Only ASCII spaces count as indentation, so slicing stays on char boundaries.
        let line = &raw[spaces(raw).min(indent)..];
        let lead = spaces(line);
        let body = line.trim_start_matches(' ');
        if let Some((ch, len)) = fence {
            let run = body.chars().take_while(|&c| c == ch).count();
            if run >= len && body[run * ch.len_utf8()..].trim().is_empty() {
                out.push(format!(
                    "{}{}",
                    " ".repeat(lead.min(3)),
                    ch.to_string().repeat(len)
                ));
                fence = None;
            } else {
                out.push(line.to_string());
            }
            continue;
        }
        if let Some((ch, len)) = fence_open(body) {
            out.push(format!(
                "{}{}text",
                " ".repeat(lead.min(3)),
                ch.to_string().repeat(len)
            ));
            fence = Some((ch, len));
            continue;
        }
        if body.is_empty() {
            out.push(String::new());
            continue;
        }
        out.push(format!(
            "{}{}",
            " ".repeat(lead.min(3)),
            inline(body, false)
        ));
    }
    if let Some((ch, len)) = fence {
        out.push(ch.to_string().repeat(len));
    }
    // Blank runs collapse to one blank line.
    let mut joined = String::new();
    let mut blank = false;
    for l in out {
        if l.trim().is_empty() {
            blank = true;
            continue;
        }
        if !joined.is_empty() {
            joined.push('\n');
            if blank {
                joined.push('\n');
            }
        }
        blank = false;
        joined.push_str(&l);
    }
    joined
}

/// A fence opener (```` ``` ```` or `~~~`, three or more) at the start of `body`.
fn fence_open(body: &str) -> Option<(char, usize)> {
    for ch in ['`', '~'] {
        let run = body.chars().take_while(|&c| c == ch).count();
        if run >= 3 {
            // A backtick fence's info string cannot contain a backtick (else it is inline code).
            if ch == '`' && body[run..].contains('`') {
                return None;
            }
            return Some((ch, run));
        }
    }
    None
}

fn is_url_start(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

/// Escapes one line of Markdown outside code fences. `in_link` is set inside a link's text
/// (URLs there are not wrapped again).
fn inline(s: &str, in_link: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                // A Markdown escape: keep it with the escaped character.
                out.push('\\');
                if let Some(&next) = chars.get(i + 1) {
                    out.push(next);
                    i += 1;
                }
                i += 1;
            }
            '`' => {
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                if let Some(close) = find_backtick_run(&chars, i + run, run) {
                    out.extend(&chars[i..close + run]);
                    i = close + run;
                } else {
                    for _ in 0..run {
                        out.push_str("\\`");
                    }
                    i += run;
                }
            }
            '<' => {
                if let Some(end) = autolink_end(&chars, i) {
                    out.extend(&chars[i..=end]);
                    i = end + 1;
                } else {
                    out.push_str("&lt;");
                    i += 1;
                }
            }
            '>' => {
                if out.chars().all(|c| c == '>' || c == ' ') {
                    out.push('>');
                } else {
                    out.push_str("&gt;");
                }
                i += 1;
            }
            '[' => {
                if let Some((text_end, dest_end)) = link_at(&chars, i) {
                    let text: String = chars[i + 1..text_end].iter().collect();
                    let dest: String = chars[text_end + 2..dest_end].iter().collect();
                    let dest = dest.trim();
                    if !in_link && is_url_start(dest) && !dest.contains(char::is_whitespace) {
                        out.push('[');
                        out.push_str(&inline(&text, true));
                        out.push_str("](");
                        out.push_str(&dest.replace('<', "%3C").replace('>', "%3E"));
                        out.push(')');
                        i = dest_end + 1;
                        continue;
                    }
                }
                out.push_str("\\[");
                i += 1;
            }
            ']' => {
                out.push_str("\\]");
                i += 1;
            }
            'h' if !in_link
                && (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
                && is_url_start(&chars[i..chars.len().min(i + 8)].iter().collect::<String>()) =>
            {
                let mut end = i;
                while end < chars.len()
                    && !chars[end].is_whitespace()
                    && !matches!(
                        chars[end],
                        '<' | '>' | '"' | '`' | '[' | ']' | '{' | '}' | '|'
                    )
                {
                    end += 1;
                }
                // Trailing punctuation belongs to the sentence; a `)` only when unbalanced.
                while let Some(&last) = chars[i..end].last() {
                    let opens = chars[i..end].iter().filter(|&&c| c == '(').count();
                    let closes = chars[i..end].iter().filter(|&&c| c == ')').count();
                    if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '_')
                        || (last == ')' && closes > opens)
                    {
                        end -= 1;
                    } else {
                        break;
                    }
                }
                let url: String = chars[i..end].iter().collect();
                if url.len() > "https://".len() {
                    out.push('<');
                    out.push_str(&url);
                    out.push('>');
                } else {
                    out.push_str(&url);
                }
                i = end;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Index of the next run of exactly `len` backticks at or after `from`.
fn find_backtick_run(chars: &[char], from: usize, len: usize) -> Option<usize> {
    let mut j = from;
    while j < chars.len() {
        if chars[j] == '`' {
            let run = chars[j..].iter().take_while(|&&c| c == '`').count();
            if run == len {
                return Some(j);
            }
            j += run;
        } else {
            j += 1;
        }
    }
    None
}

/// `<scheme://...>` autolink starting at `i`: index of the closing `>`.
fn autolink_end(chars: &[char], i: usize) -> Option<usize> {
    let rest: String = chars[i + 1..].iter().take(8).collect();
    if !(is_url_start(&rest) || rest.starts_with("mailto:")) {
        return None;
    }
    let mut j = i + 1;
    while j < chars.len() {
        match chars[j] {
            '>' => return Some(j),
            '<' | ' ' => return None,
            c if c.is_whitespace() => return None,
            _ => j += 1,
        }
    }
    None
}

/// An inline link `[text](dest)` starting at `i`: (index of `]`, index of the closing `)`).
fn link_at(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    let mut j = i;
    let text_end = loop {
        match chars.get(j)? {
            '\\' => j += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break j;
                }
            }
            '`' => {
                let run = chars[j..].iter().take_while(|&&c| c == '`').count();
                if let Some(close) = find_backtick_run(chars, j + run, run) {
                    j = close + run - 1;
                }
            }
            _ => {}
        }
        j += 1;
    };
    if chars.get(text_end + 1) != Some(&'(') {
        return None;
    }
    let mut depth = 0i32;
    let mut k = text_end + 1;
    loop {
        match chars.get(k)? {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((text_end, k));
                }
            }
            _ => {}
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_wraps_bare_urls() {
        assert_eq!(
            doc_markdown("See https://example.com/a?b=c. And http://x.io/p_(1))"),
            "See <https://example.com/a?b=c>. And <http://x.io/p_(1)>)"
        );
        // Autolinks and links are kept.
        assert_eq!(doc_markdown("<https://a.b/c>"), "<https://a.b/c>");
        assert_eq!(
            doc_markdown("[the docs](https://a.b/c) and [x](#frag)"),
            "[the docs](https://a.b/c) and \\[x\\](#frag)"
        );
        assert_eq!(
            doc_markdown("[https://a.b](https://a.b)"),
            "[https://a.b](https://a.b)"
        );
    }

    #[test]
    fn doc_escapes_brackets_and_html() {
        assert_eq!(doc_markdown("a [b] c[0]"), "a \\[b\\] c\\[0\\]");
        assert_eq!(
            doc_markdown("<p>Hi<br/>there</p> a < b > c"),
            "&lt;p&gt;Hi&lt;br/&gt;there&lt;/p&gt; a &lt; b &gt; c"
        );
        assert_eq!(
            doc_markdown("<a href=\"https://x.y\">x</a>"),
            "&lt;a href=\"<https://x.y>\"&gt;x&lt;/a&gt;"
        );
        // Block quotes keep their marker.
        assert_eq!(doc_markdown(">**Note:** x > y"), ">**Note:** x &gt; y");
        assert_eq!(doc_markdown("Map<String, List>"), "Map&lt;String, List&gt;");
    }

    #[test]
    fn doc_leaves_code_spans_alone() {
        assert_eq!(
            doc_markdown("use `Vec<[u8]>` at https://x.y or ``a ` b``"),
            "use `Vec<[u8]>` at <https://x.y> or ``a ` b``"
        );
        // Unbalanced backticks are escaped.
        assert_eq!(doc_markdown("it's `open <b>"), "it's \\`open &lt;b&gt;");
    }

    #[test]
    fn doc_marks_fences_as_text() {
        let text = "Example:\n```\nlet x = [1];\n<b>\n```\nand\n~~~json\n{\"a\": 1}\n~~~";
        assert_eq!(
            doc_markdown(text),
            "Example:\n```text\nlet x = [1];\n<b>\n```\nand\n~~~text\n{\"a\": 1}\n~~~"
        );
        // An unclosed fence is closed.
        assert_eq!(
            doc_markdown("```rust\nfn x() {}"),
            "```text\nfn x() {}\n```"
        );
    }

    #[test]
    fn doc_never_indents_code_blocks() {
        let text = "  Intro\n\n        indented code?\n\tTabbed\n  - item\n      nested";
        assert_eq!(
            doc_markdown(text),
            "Intro\n\n   indented code?\n  Tabbed\n- item\n   nested"
        );
    }

    #[test]
    fn doc_normalizes_whitespace() {
        assert_eq!(doc_markdown("\n\n a\r\n\r\n\r\n b \u{7}\n\n"), "a\n\nb");
        assert_eq!(doc_markdown("   \n  "), "");
        assert!(doc_attrs(None).is_empty());
        assert!(doc_attrs(Some("  ")).is_empty());
        let attrs = doc_attrs(Some("a\n\nb \"q\"")).to_string();
        assert_eq!(
            attrs,
            "# [doc = \" a\"] # [doc = \"\"] # [doc = \" b \\\"q\\\"\"]"
        );
    }

    #[test]
    fn doc_markdown_never_panics_on_odd_text() {
        let pieces = [
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "`",
            "``",
            "```",
            "~~~",
            "\\",
            "https://",
            "http://x",
            "\n",
            "\r",
            "\t",
            "    ",
            "é",
            "\u{2028}",
            "*",
            "[a](",
            "[a](https://x",
            "<https://",
            "&",
            "#",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    let md = doc_markdown(&text);
                    assert!(!md.contains('\r'));
                    let _ = doc_attrs(Some(&text));
                }
            }
        }
    }
}
