//! Shared Rust naming, doc-comment escaping and type mapping, used by both crate renderers.
//!
//! The API is deliberately small and stable:
//!
//! - identifiers: [`type_ident`], [`field_ident`], [`variant_ident`], [`module_ident`],
//!   [`unique_idents`] (deterministic collision resolution) and [`struct_field_idents`] (the
//!   field names of a model struct);
//! - documentation: [`doc_attrs`] (`#[doc]` attributes) and [`doc_markdown`] (the same escaped
//!   Markdown as plain text, e.g. for `//!` lines in a template);
//! - types: [`TypeCtx`] (what the mapping needs to know about the whole [`Api`]) and
//!   [`type_tokens`] (an IR [`TypeRef`] as a Rust type).
//!
//! # Type mapping
//!
//! | IR | Rust |
//! |---|---|
//! | `Named(T)` | `<models>::T`; `Box<..>` where a direct cycle needs it; `Option<..>` for a nullable enum |
//! | `Array(T)` | `Vec<T>` |
//! | `Map(T)` | `indexmap::IndexMap<String, T>` (keeps the wire order of keys) |
//! | `Nullable(T)` | `Option<T>` (nothing added when `T` already holds `null`) |
//! | `Any` | `serde_json::Value` |
//! | `String`, `Uuid`, `Byte` | `String` |
//! | `Date`, `DateTime` | `<models>::primitives::{Date, DateTime}` (the wire text, kept exactly) |
//! | `Binary` | `Vec<u8>` |
//! | `Integer`, `Int64` / `Int32` | `i64` / `i32` |
//! | `Number`, `Float`, `Double` | `f64` |
//! | `Boolean` | `bool` |
//!
//! Why these choices is explained at the top of [`super::models`].
//!
//! `<models>` is the path the caller gives [`TypeCtx::new`]: `crate` inside the models crate,
//! the models crate's name inside the client. Outside the models crate, `serde_json` and
//! `indexmap` are named through the models crate's re-exports (`<models>::serde_json`,
//! `<models>::indexmap`), so the client needs no direct dependency on them.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use anyhow::{Context, Result};
use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, Field, Primitive, Struct, TypeDef, TypeKind, TypeRef};

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/// Every keyword of Rust 2015-2024 (strict, reserved and the 2024 `gen`), lowercase.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "super", "crate", "Self", "_"];

/// Names from the std prelude (and `Self`) that generated code uses unqualified; a type with one
/// of these names would shadow it inside its own module.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Self",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Replaces every character that is not ASCII alphanumeric or `_` with a space, so that heck
/// treats it as a word boundary (and non-ASCII letters never reach an identifier).
fn ascii_words(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                ' '
            }
        })
        .collect()
}

/// UpperCamelCase that keeps digit groups apart (`1.0` -> `1_0`, not `10`).
fn camel(s: &str) -> String {
    let mut out = String::new();
    for word in ascii_words(s).split([' ', '_']).filter(|w| !w.is_empty()) {
        let part = word.to_upper_camel_case();
        if out.ends_with(|c: char| c.is_ascii_digit())
            && part.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push('_');
        }
        out.push_str(&part);
    }
    out
}

fn ident(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The identifier of a named IR type.
///
/// IR names are already UpperCamelCase, unique and valid identifiers, and never a keyword or a
/// prelude name (the lowering guarantees it); such names are returned unchanged. Defensively,
/// anything else is repaired: invalid characters become word boundaries, a leading digit gets a
/// `T` prefix, a lowercase start is capitalized, and `Self` or a prelude name (`String`,
/// `Option`, `Vec`, ...) gets a `_` suffix.
pub fn type_ident(name: &str) -> Ident {
    let mut s = if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        camel(name)
    };
    if s.is_empty() || s.chars().all(|c| c == '_') {
        s = "Unnamed".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'T');
    }
    if s.starts_with(|c: char| c.is_ascii_lowercase()) {
        s[..1].make_ascii_uppercase();
    }
    if RESERVED_TYPE_NAMES.contains(&s.as_str()) {
        s.push('_');
    }
    ident(&s)
}

/// A struct field (or function argument) for a wire name: snake_case; keywords become raw
/// identifiers (`r#type`) except `self`/`super`/`crate`, which get a `_` suffix; leading
/// underscores are kept (`_type` stays apart from `type`); a leading digit gets a `_` prefix;
/// symbols are word boundaries; an empty result is `value`.
pub fn field_ident(wire: &str) -> Ident {
    let underscores = wire.chars().take_while(|&c| c == '_').count();
    let mut s = ascii_words(&wire[underscores..]).to_snake_case();
    if s.is_empty() {
        s = "value".into();
    } else if underscores > 0 {
        s.insert_str(0, &"_".repeat(underscores));
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if NOT_RAW.contains(&s.as_str()) {
        s.push('_');
        return ident(&s);
    }
    if is_keyword(&s) {
        return Ident::new_raw(&s, Span::call_site());
    }
    ident(&s)
}

/// An enum variant for a wire value or a type name: UpperCamelCase, digit groups kept apart with
/// `_`; a value made only of symbols is spelled out (`*` -> `Asterisk`, `>=` -> `GtEq`); a
/// leading digit gets a `V` prefix; `Self` gets a `_` suffix; the empty string is `Empty`.
pub fn variant_ident(wire: &str) -> Ident {
    let mut s = camel(wire);
    if s.is_empty() {
        s = wire.chars().filter_map(symbol_name).collect();
    }
    if s.is_empty() {
        s = "Empty".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if s == "Self" {
        s.push('_');
    }
    ident(&s)
}

/// A word for a symbol, for enum values made only of symbols.
fn symbol_name(c: char) -> Option<&'static str> {
    Some(match c {
        '*' => "Asterisk",
        '+' => "Plus",
        '-' => "Minus",
        '/' => "Slash",
        '\\' => "Backslash",
        '.' => "Dot",
        ',' => "Comma",
        ':' => "Colon",
        ';' => "Semicolon",
        '!' => "Bang",
        '?' => "Question",
        '=' => "Eq",
        '<' => "Lt",
        '>' => "Gt",
        '&' => "Amp",
        '|' => "Pipe",
        '^' => "Caret",
        '~' => "Tilde",
        '%' => "Percent",
        '$' => "Dollar",
        '#' => "Hash",
        '@' => "At",
        '_' => "Underscore",
        '(' | ')' => "Paren",
        '[' | ']' => "Bracket",
        '{' | '}' => "Brace",
        '\'' | '"' | '`' => "Quote",
        ' ' => "Space",
        _ => return None,
    })
}

/// The module (and file) name for a type: snake_case, never raw (keywords get a `_` suffix, so
/// `Type` lives in `type_.rs`); a leading digit gets a `_` prefix.
pub fn module_ident(type_name: &str) -> Ident {
    let mut s = ascii_words(type_name).to_snake_case();
    if s.is_empty() {
        s = "unnamed".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if is_keyword(&s) || NOT_RAW.contains(&s.as_str()) {
        s.push('_');
    }
    ident(&s)
}

/// The Rust field names of a struct's fields, flattened parts and additional-properties map, as
/// the models crate declares them (the client uses them to reach into model structs).
#[derive(Debug, Clone)]
pub struct StructFieldIdents<'s> {
    /// The declared fields in spec order, each wire name once (the first wins; the IR never
    /// repeats one), with their Rust names.
    pub fields: Vec<(&'s Field, Ident)>,
    /// One per `Struct::flatten` part: the snake_case part type name, else `flattened`.
    pub flatten: Vec<Ident>,
    /// The flattened map of members the struct does not declare: `additional_properties`
    /// (suffixed if a field already has that name). It holds `Struct::additional_properties`
    /// when the schema types them, else it is the catch-all `IndexMap<String, Value>` that
    /// keeps undeclared members for writing a value back whole. The name is always reserved
    /// (it comes last, so it never changes another member's name); the models renderer leaves
    /// the catch-all out of a struct whose flattened part collects undeclared members itself.
    pub additional_properties: Ident,
}

/// Names every member of a struct ([`field_ident`], then [`unique_idents`] over fields,
/// flattened parts and the additional-properties map, in that order).
pub fn struct_field_idents(s: &Struct) -> StructFieldIdents<'_> {
    let mut seen = std::collections::HashSet::new();
    let fields: Vec<&Field> = s.fields.iter().filter(|f| seen.insert(&f.name)).collect();
    let mut names: Vec<Ident> = fields.iter().map(|f| field_ident(&f.name)).collect();
    names.extend(s.flatten.iter().map(|p| match p {
        TypeRef::Named(n) => field_ident(n),
        TypeRef::Nullable(inner) => match inner.as_ref() {
            TypeRef::Named(n) => field_ident(n),
            _ => field_ident("flattened"),
        },
        _ => field_ident("flattened"),
    }));
    names.push(field_ident("additional_properties"));
    let mut names = unique_idents(&names, &[]).into_iter();
    let fields = fields.into_iter().zip(names.by_ref()).collect();
    let flatten = names.by_ref().take(s.flatten.len()).collect();
    StructFieldIdents {
        fields,
        flatten,
        additional_properties: names
            .next()
            .unwrap_or_else(|| field_ident("additional_properties")),
    }
}

/// The identifier without a raw prefix (`r#type` -> `type`).
pub fn unraw(id: &Ident) -> String {
    let s = id.to_string();
    match s.strip_prefix("r#") {
        Some(rest) => rest.to_string(),
        None => s,
    }
}

/// Makes identifiers unique, deterministically: the first occurrence of a name keeps it, later
/// ones get the smallest free suffix `2`, `3`, ... (`_2`, `_3` after a trailing digit), in input
/// order. Names in `reserved` count as taken from the start (e.g. an enum's `Unknown` fallback),
/// as do all input names, so a suffixed name never takes a name that appears later.
pub fn unique_idents(idents: &[Ident], reserved: &[&str]) -> Vec<Ident> {
    let mut taken: BTreeSet<String> = reserved.iter().map(|s| s.to_string()).collect();
    taken.extend(idents.iter().map(unraw));
    let mut assigned: BTreeSet<String> = reserved.iter().map(|s| s.to_string()).collect();
    let mut out = Vec::with_capacity(idents.len());
    for id in idents {
        let name = unraw(id);
        if assigned.insert(name.clone()) {
            out.push(id.clone());
            continue;
        }
        let sep = if name.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut n = 2usize;
        let fresh = loop {
            let candidate = format!("{name}{sep}{n}");
            if !taken.contains(&candidate) && !assigned.contains(&candidate) {
                break candidate;
            }
            n += 1;
        };
        assigned.insert(fresh.clone());
        taken.insert(fresh.clone());
        out.push(ident(&fresh));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Documentation
// ---------------------------------------------------------------------------------------------

/// `#[doc = "..."]` attributes, one per line, for a spec description (nothing for `None` or
/// blank text). The text goes through [`doc_markdown`] so that
/// `RUSTDOCFLAGS=-D warnings cargo doc` stays quiet and no description becomes a doctest.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else {
        return TokenStream::new();
    };
    let md = doc_markdown(text);
    if md.is_empty() {
        return TokenStream::new();
    }
    let lines = md.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
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

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// What [`type_tokens`] needs to know about the whole API: where named types live, which
/// references must be boxed, which named types already hold `null`.
///
/// Build it once per [`Api`] with [`TypeCtx::new`] (the analysis is shared by every copy) and
/// narrow it with [`TypeCtx::within`] while rendering the fields or variants of one type. It is
/// `Send + Sync`, so types can be rendered in parallel.
#[derive(Debug, Clone)]
pub struct TypeCtx<'a> {
    api: &'a Api,
    index: Arc<Index>,
    /// `crate`, or the path of the models crate (`sailpoint_v2025_models`).
    models_path: String,
    /// The type whose fields/variants are being rendered (decides boxing).
    current: Option<usize>,
}

#[derive(Debug)]
struct Index {
    by_name: HashMap<String, usize>,
    /// Strongly connected component of each type in the graph of direct (by-value) references.
    scc: Vec<usize>,
    /// Aliases that sit on a cycle made of aliases only; Rust rejects recursive type aliases, so
    /// these are rendered as newtype structs.
    newtype_alias: Vec<bool>,
}

impl<'a> TypeCtx<'a> {
    /// Analyses `api` (recursion, nullability). `models_path` is how Rust code at the use site
    /// names the models crate: `crate` inside it, else its library name (e.g.
    /// `sailpoint_v2025_models` or `::sailpoint_v2025_models`).
    pub fn new(api: &'a Api, models_path: &str) -> Result<TypeCtx<'a>> {
        syn::parse_str::<syn::Path>(models_path)
            .with_context(|| format!("{models_path:?} is not a Rust path"))?;
        let by_name: HashMap<String, usize> = api
            .types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.clone(), i))
            .collect();
        let n = api.types.len();
        let resolve = |name: &str| by_name.get(name).copied();

        let mut direct: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut alias_edges: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, t) in api.types.iter().enumerate() {
            let mut refs = Vec::new();
            match &t.kind {
                TypeKind::Struct(s) => {
                    for f in &s.fields {
                        direct_refs(&f.ty, &mut refs);
                    }
                    for p in &s.flatten {
                        direct_refs(p, &mut refs);
                    }
                }
                TypeKind::Union(u) => {
                    for v in &u.variants {
                        direct_refs(v, &mut refs);
                    }
                }
                TypeKind::Alias(target) => {
                    direct_refs(target, &mut refs);
                    let mut all = Vec::new();
                    all_refs(target, &mut all);
                    alias_edges[i] = all
                        .iter()
                        .filter_map(|r| resolve(r))
                        .filter(|&j| matches!(api.types[j].kind, TypeKind::Alias(_)))
                        .collect();
                }
                TypeKind::Enum(_) => {}
            }
            direct[i] = refs.iter().filter_map(|r| resolve(r)).collect();
        }
        let scc = strongly_connected(&direct);
        let alias_scc = strongly_connected(&alias_edges);
        let mut sizes: HashMap<usize, usize> = HashMap::new();
        for &c in &alias_scc {
            *sizes.entry(c).or_default() += 1;
        }
        let newtype_alias = (0..n)
            .map(|i| {
                matches!(api.types[i].kind, TypeKind::Alias(_))
                    && (sizes[&alias_scc[i]] > 1 || alias_edges[i].contains(&i))
            })
            .collect();
        Ok(TypeCtx {
            api,
            index: Arc::new(Index {
                by_name,
                scc,
                newtype_alias,
            }),
            models_path: models_path.to_string(),
            current: None,
        })
    }

    /// The same context while rendering the fields or variants of `type_name`: references that
    /// close a cycle of by-value containment back to it are boxed.
    pub fn within(&self, type_name: &str) -> TypeCtx<'a> {
        TypeCtx {
            current: self.index.by_name.get(type_name).copied(),
            ..self.clone()
        }
    }

    pub fn api(&self) -> &'a Api {
        self.api
    }

    /// The named type, if the API has it.
    pub fn type_def(&self, name: &str) -> Option<&'a TypeDef> {
        self.index.by_name.get(name).map(|&i| &self.api.types[i])
    }

    /// The alias is on a cycle of aliases (e.g. `A = Vec<A>`), which Rust rejects: the models
    /// crate renders it as a newtype struct instead of `pub type`.
    pub fn is_newtype_alias(&self, name: &str) -> bool {
        self.index
            .by_name
            .get(name)
            .is_some_and(|&i| self.index.newtype_alias[i])
    }

    /// The Rust type of `ty` can already hold JSON `null`: `Nullable`, `Any` (`Value::Null`), a
    /// nullable enum (rendered `Option<E>`), a union with such a member, or an alias of one of
    /// these.
    pub fn holds_null(&self, ty: &TypeRef) -> bool {
        self.holds_null_depth(ty, 0)
    }

    fn holds_null_depth(&self, ty: &TypeRef, depth: usize) -> bool {
        match ty {
            TypeRef::Nullable(_) | TypeRef::Any => true,
            TypeRef::Named(n) => match self.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(e)) => e.nullable,
                // A union with a member that takes `null`.
                Some(TypeKind::Union(u)) if depth < 64 => u
                    .variants
                    .iter()
                    .any(|v| self.holds_null_depth(v, depth + 1)),
                Some(TypeKind::Alias(target)) if !self.is_newtype_alias(n) && depth < 64 => {
                    self.holds_null_depth(target, depth + 1)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `ty` is free-form JSON (`Any`, or an alias of it): `null` is `Value::Null`, not `None`.
    pub fn is_json_value(&self, ty: &TypeRef) -> bool {
        let mut ty = ty;
        for _ in 0..64 {
            match ty {
                TypeRef::Any => return true,
                TypeRef::Named(n) if !self.is_newtype_alias(n) => match self.type_def(n) {
                    Some(TypeDef {
                        kind: TypeKind::Alias(target),
                        ..
                    }) => ty = target,
                    _ => return false,
                },
                _ => return false,
            }
        }
        false
    }

    /// Path tokens of the models crate.
    pub fn models_path(&self) -> TokenStream {
        // Checked to parse in `new`.
        self.models_path.parse().unwrap_or_default()
    }

    /// Path to a crate the models crate depends on (`serde_json`, `indexmap`): the crate itself
    /// inside the models crate, the re-export elsewhere.
    fn dep(&self, name: &str) -> TokenStream {
        let id = ident(name);
        if self.models_path == "crate" {
            quote!(::#id)
        } else {
            let m = self.models_path();
            quote!(#m::#id)
        }
    }

    fn needs_box(&self, target: &str) -> bool {
        match (self.current, self.index.by_name.get(target)) {
            (Some(c), Some(&t)) => self.index.scc[c] == self.index.scc[t],
            _ => false,
        }
    }
}

/// Named types referenced by value (not behind `Vec`/map).
fn direct_refs<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    match ty {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Nullable(t) => direct_refs(t, out),
        TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Primitive(_) | TypeRef::Any => {}
    }
}

/// The type references a type's definition holds: fields, flattened parts, typed additional
/// properties, union members, an alias target.
pub(crate) fn member_types(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .map(|f| &f.ty)
            .chain(&s.flatten)
            .chain(&s.additional_properties)
            .collect(),
        TypeKind::Union(u) => u.variants.iter().collect(),
        TypeKind::Alias(target) => vec![target],
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Every named type referenced anywhere in `ty`.
pub(crate) fn all_refs<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    match ty {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Nullable(t) | TypeRef::Array(t) | TypeRef::Map(t) => all_refs(t, out),
        TypeRef::Primitive(_) | TypeRef::Any => {}
    }
}

/// Tarjan's algorithm, iterative: the component id of every node.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![UNSEEN; n];
    let mut next_index = 0;
    let mut next_comp = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut e)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*e) {
                *e += 1;
                if index[w] == UNSEEN {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = next_comp;
                    if w == v {
                        break;
                    }
                }
                next_comp += 1;
            }
        }
    }
    comp
}

/// The Rust type for an IR type reference (see the table at the top of this module).
///
/// `Named` references that close a by-value cycle back to the type given to
/// [`TypeCtx::within`] are boxed; references behind `Vec` or a map never are. A reference to a
/// nullable enum is `Option<E>`.
pub fn type_tokens(ty: &TypeRef, ctx: &TypeCtx) -> TokenStream {
    tokens(ty, ctx, true)
}

fn tokens(ty: &TypeRef, ctx: &TypeCtx, direct: bool) -> TokenStream {
    match ty {
        TypeRef::Named(n) => {
            let m = ctx.models_path();
            let id = type_ident(n);
            let mut t = quote!(#m::#id);
            if direct && ctx.needs_box(n) {
                t = quote!(Box<#t>);
            }
            if matches!(ctx.type_def(n).map(|d| &d.kind), Some(TypeKind::Enum(e)) if e.nullable) {
                t = quote!(Option<#t>);
            }
            t
        }
        TypeRef::Primitive(p) => primitive_tokens(*p, ctx),
        TypeRef::Array(item) => {
            let item = tokens(item, ctx, false);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = tokens(value, ctx, false);
            let indexmap = ctx.dep("indexmap");
            quote!(#indexmap::IndexMap<String, #value>)
        }
        TypeRef::Nullable(inner) => {
            let t = tokens(inner, ctx, direct);
            if ctx.holds_null(inner) {
                t
            } else {
                quote!(Option<#t>)
            }
        }
        TypeRef::Any => {
            let json = ctx.dep("serde_json");
            quote!(#json::Value)
        }
    }
}

fn primitive_tokens(p: Primitive, ctx: &TypeCtx) -> TokenStream {
    match p {
        Primitive::String | Primitive::Uuid | Primitive::Byte => quote!(String),
        Primitive::Date => {
            let m = ctx.models_path();
            quote!(#m::primitives::Date)
        }
        Primitive::DateTime => {
            let m = ctx.models_path();
            quote!(#m::primitives::DateTime)
        }
        Primitive::Binary => quote!(Vec<u8>),
        Primitive::Integer | Primitive::Int64 => quote!(i64),
        Primitive::Int32 => quote!(i32),
        Primitive::Number | Primitive::Float | Primitive::Double => quote!(f64),
        Primitive::Boolean => quote!(bool),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: Ident) -> String {
        id.to_string()
    }

    #[test]
    fn type_idents_keep_valid_names() {
        assert_eq!(s(type_ident("AccessProfile")), "AccessProfile");
        assert_eq!(s(type_ident("AccessProfileV2")), "AccessProfileV2");
        assert_eq!(s(type_ident("Dto_Old")), "Dto_Old");
    }

    #[test]
    fn type_idents_are_defensive() {
        assert_eq!(s(type_ident("String")), "String_");
        assert_eq!(s(type_ident("Option")), "Option_");
        assert_eq!(s(type_ident("Self")), "Self_");
        assert_eq!(s(type_ident("2fa-config")), "T2faConfig");
        assert_eq!(s(type_ident("access profile")), "AccessProfile");
        assert_eq!(s(type_ident("lower")), "Lower");
        assert_eq!(s(type_ident("")), "Unnamed");
        assert_eq!(s(type_ident("é")), "Unnamed");
    }

    #[test]
    fn field_idents() {
        assert_eq!(s(field_ident("fooBar")), "foo_bar");
        assert_eq!(s(field_ident("type")), "r#type");
        assert_eq!(s(field_ident("async")), "r#async");
        assert_eq!(s(field_ident("self")), "self_");
        assert_eq!(s(field_ident("Self")), "self_");
        assert_eq!(s(field_ident("super")), "super_");
        assert_eq!(s(field_ident("crate")), "crate_");
        assert_eq!(s(field_ident("123abc")), "_123abc");
        assert_eq!(s(field_ident("@odata.type")), "odata_type");
        assert_eq!(s(field_ident("$ref")), "r#ref");
        assert_eq!(s(field_ident("")), "value");
        assert_eq!(s(field_ident("***")), "value");
        assert_eq!(s(field_ident("_")), "value");
        assert_eq!(s(field_ident("_type")), "_type");
        assert_eq!(s(field_ident("__v")), "__v");
        assert_eq!(s(field_ident("_1")), "_1");
        assert_eq!(s(field_ident("x-api-key")), "x_api_key");
        assert_eq!(s(field_ident("café")), "caf");
    }

    #[test]
    fn variant_idents() {
        assert_eq!(s(variant_ident("ACTIVE")), "Active");
        assert_eq!(s(variant_ident("in-progress")), "InProgress");
        assert_eq!(s(variant_ident("1.0")), "V1_0");
        assert_eq!(s(variant_ident("10")), "V10");
        assert_eq!(s(variant_ident("Self")), "Self_");
        assert_eq!(s(variant_ident("self")), "Self_");
        assert_eq!(s(variant_ident("")), "Empty");
        assert_eq!(s(variant_ident("*")), "Asterisk");
        assert_eq!(s(variant_ident(">=")), "GtEq");
        assert_eq!(s(variant_ident("é")), "Empty");
        assert_eq!(s(variant_ident("SOURCE_OWNER")), "SourceOwner");
    }

    #[test]
    fn module_idents() {
        assert_eq!(s(module_ident("AccessProfile")), "access_profile");
        assert_eq!(s(module_ident("Type")), "type_");
        assert_eq!(s(module_ident("Self")), "self_");
        assert_eq!(s(module_ident("Crate")), "crate_");
        assert_eq!(s(module_ident("V1")), "v1");
    }

    #[test]
    fn unique_idents_append_counters_in_order() {
        let ids: Vec<Ident> = ["foo", "foo", "foo2", "foo", "v1", "v1"]
            .iter()
            .map(|s| ident(s))
            .collect();
        let out: Vec<String> = unique_idents(&ids, &[]).into_iter().map(s).collect();
        assert_eq!(out, ["foo", "foo3", "foo2", "foo4", "v1", "v1_2"]);
        let raw = vec![field_ident("type"), field_ident("Type")];
        let out: Vec<String> = unique_idents(&raw, &[]).into_iter().map(s).collect();
        assert_eq!(out, ["r#type", "type2"]);
        let out: Vec<String> = unique_idents(&[ident("Unknown")], &["Unknown"])
            .into_iter()
            .map(s)
            .collect();
        assert_eq!(out, ["Unknown2"]);
    }

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
    fn identifiers_never_panic_and_always_parse() {
        let pieces = [
            "",
            "_",
            "__",
            "1",
            "a",
            "A",
            "é",
            "ß",
            "self",
            "Self",
            "type",
            "r#x",
            "-",
            "*",
            " ",
            "\u{0}",
            "\n",
            "9z",
            "Option",
            "fooBar",
            "X_",
            "_1",
            "\u{1F600}",
            "crate",
            "gen",
        ];
        for a in pieces {
            for b in pieces {
                let text = format!("{a}{b}");
                for id in [
                    type_ident(&text),
                    field_ident(&text),
                    variant_ident(&text),
                    module_ident(&text),
                ] {
                    syn::parse_str::<syn::Ident>(&id.to_string())
                        .or_else(|_| syn::parse_str::<syn::Ident>(&unraw(&id)).map(|_| id.clone()))
                        .unwrap_or_else(|e| panic!("{text:?} -> {id}: {e}"));
                }
                let _ = doc_markdown(&text);
            }
        }
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

    #[test]
    fn strongly_connected_components() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 -> 0
        let edges = vec![vec![1], vec![2], vec![0], vec![3], vec![0]];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[3], c[0]);
        assert_ne!(c[4], c[0]);
        assert_ne!(c[4], c[3]);
    }

    #[test]
    fn struct_members_reserve_the_catch_all_name_last() {
        let field = |name: &str| Field {
            name: name.into(),
            ty: TypeRef::Any,
            required: false,
            nullable: false,
            description: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            default: None,
            example: None,
        };
        let plain = Struct {
            fields: vec![field("id")],
            flatten: vec![],
            all_of: vec![],
            additional_properties: None,
        };
        let names = struct_field_idents(&plain);
        assert_eq!(s(names.additional_properties), "additional_properties");
        let clash = Struct {
            fields: vec![
                field("additionalProperties"),
                field("additional_properties2"),
            ],
            flatten: vec![TypeRef::Named("AdditionalProperties".into())],
            ..plain
        };
        let names = struct_field_idents(&clash);
        let fields: Vec<String> = names.fields.iter().map(|(_, id)| s(id.clone())).collect();
        assert_eq!(fields, ["additional_properties", "additional_properties2"]);
        assert_eq!(s(names.flatten[0].clone()), "additional_properties3");
        assert_eq!(s(names.additional_properties), "additional_properties4");
    }
}
