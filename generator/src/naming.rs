//! One home for names: Rust keywords and the type names a generated type must not take, case
//! conversion, the identifier of every kind of generated item, and deterministic uniqueness.
//!
//! Lowering picks type names with [`type_name_candidate`], [`is_reserved_type_name`] and
//! [`first_free_numbered`]; both crate renderers name fields, variants, modules, methods and
//! builders with the functions below. Nothing here depends on another generator module.
//!
//! - keywords and reserved names: [`is_keyword`], [`is_reserved_type_name`];
//! - case conversion: [`upper_camel_digit_groups`], [`type_name_candidate`], [`upper_camel_or`],
//!   [`snake_or`];
//! - identifiers: [`type_ident`], [`field_ident`], [`variant_ident`], [`module_ident`],
//!   [`keyword_safe_ident`], [`crate_ident`], [`unraw`];
//! - uniqueness: [`unique_idents`], [`unique_name`], [`first_free_numbered`];
//! - the chainable setters of a model struct: [`setter_idents`].

use std::collections::BTreeSet;

use anyhow::{bail, Result};
use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};
use quote::format_ident;

// ---------------------------------------------------------------------------------------------
// Keywords, reserved names and case conversion
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

/// Names a generated type must not take: the std prelude (and `Self`), which generated code uses
/// unqualified, so a type of that name would shadow it inside its own module, and the std and
/// serde names every reader expects to mean the std or serde item (`Debug`, `HashMap`, `Value`,
/// `Serialize`, ...).
const RESERVED_TYPE_NAMES: &[&str] = &[
    "AsMut",
    "AsRef",
    "BTreeMap",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Deserialize",
    "Deserializer",
    "Display",
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
    "Hash",
    "HashMap",
    "IndexMap",
    "Into",
    "IntoIterator",
    "Iterator",
    "Map",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Self",
    "Send",
    "Serialize",
    "Serializer",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Value",
    "Vec",
];

/// Method names a model struct's setter must not take: its constructor `new`, and the methods of
/// the traits a model implements (derived, or added by the settings) or that every type has in
/// scope: an inherent method of the same name would win over the trait's in method-call syntax,
/// so `value.clone()` would call the setter.
const RESERVED_METHOD_NAMES: &[&str] = &[
    "add_fit",
    "borrow",
    "borrow_mut",
    "clone",
    "clone_from",
    "clone_into",
    "cmp",
    "default",
    "deserialize",
    "eq",
    "fmt",
    "from",
    "hash",
    "into",
    "ne",
    "new",
    "partial_cmp",
    "serialize",
    "to_owned",
    "to_string",
    "try_from",
    "try_into",
    "type_id",
];

/// A Rust keyword (strict, reserved or edition-dependent).
pub fn is_keyword(s: &str) -> bool {
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
pub fn upper_camel_digit_groups(s: &str) -> String {
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

/// UpperCamelCase made of ASCII letters and digits, never starting with a digit (a `Type`
/// prefix then): the candidates for a type name chosen by lowering.
pub fn type_name_candidate(s: &str) -> String {
    let mut out = ascii_words(s).to_upper_camel_case();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "Type");
    }
    out
}

/// Titles longer than this many words read as prose, not as a name.
const MAX_TITLE_WORDS: usize = 8;

/// A schema `title` that is a sentence, not a name: it ends with sentence punctuation (`.`, `!`,
/// `?`, `:`, `;`) or has more than [`MAX_TITLE_WORDS`] words. Such a title stays in the
/// documentation but does not name a type (`Error is the standard API error response type.`).
pub fn is_sentence_title(title: &str) -> bool {
    let title = title.trim();
    title.ends_with(['.', '!', '?', ':', ';']) || title.split_whitespace().count() > MAX_TITLE_WORDS
}

/// The type name is one a generated type must not take (see [`RESERVED_TYPE_NAMES`]).
pub fn is_reserved_type_name(name: &str) -> bool {
    RESERVED_TYPE_NAMES.contains(&name)
}

/// snake_case of a wire name, always a valid identifier body once passed through
/// [`keyword_safe_ident`]; `fallback` when nothing usable remains, `fallback_` before a leading
/// digit.
pub fn snake_or(name: &str, fallback: &str) -> String {
    let mut s = ascii_words(name).to_snake_case();
    if s.is_empty() {
        s = fallback.to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("{fallback}_{s}");
    }
    s
}

/// UpperCamelCase of a wire name for a generated item (builder, response enum, API struct);
/// `fallback` when nothing usable remains, as a prefix before a leading digit, and as a suffix
/// after `Self`.
pub fn upper_camel_or(name: &str, fallback: &str) -> String {
    let mut s = ascii_words(name).to_upper_camel_case();
    if s.is_empty() {
        s = fallback.to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("{fallback}{s}");
    }
    if s == "Self" {
        s = format!("{s}{fallback}");
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/// An identifier exactly as written (the caller has made it valid).
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
        upper_camel_digit_groups(name)
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
    keyword_safe_ident(&s)
}

/// An enum variant for a wire value or a type name: UpperCamelCase, digit groups kept apart with
/// `_`; a value made only of symbols is spelled out (`*` -> `Asterisk`, `>=` -> `GtEq`); a
/// leading digit gets a `V` prefix; `Self` gets a `_` suffix; the empty string is `Empty`.
pub fn variant_ident(wire: &str) -> Ident {
    let mut s = upper_camel_digit_groups(wire);
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

/// An identifier for a snake_case name: keywords become raw identifiers (`r#type`), and those
/// that cannot be raw (`self`, `Self`, `super`, `crate`, `_`) get a trailing underscore.
pub fn keyword_safe_ident(name: &str) -> Ident {
    if NOT_RAW.contains(&name) {
        return format_ident!("{}_", name);
    }
    if is_keyword(name) {
        return Ident::new_raw(name, Span::call_site());
    }
    ident(name)
}

/// The identifier of a crate (`sailpoint-v2025` -> `sailpoint_v2025`); an error for a name that
/// cannot be one.
pub fn crate_ident(name: &str) -> Result<Ident> {
    let s = name.replace('-', "_");
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        bail!("{name:?} is not a valid crate name");
    }
    Ok(format_ident!("{}", s))
}

// ---------------------------------------------------------------------------------------------
// Uniqueness
// ---------------------------------------------------------------------------------------------

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

/// `want`, or `want_2`, `want_3`... : the first not yet in `used` nor refused by `reserved`
/// (a reserved `want` is tried as `want_` first). The result is added to `used`.
pub fn unique_name(
    used: &mut BTreeSet<String>,
    want: &str,
    reserved: impl Fn(&str) -> bool,
) -> String {
    let mut candidate = want.to_string();
    if reserved(&candidate) {
        candidate = format!("{want}_");
    }
    let mut n = 2;
    while used.contains(&candidate) || reserved(&candidate) {
        candidate = format!("{want}_{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// `base2`, `base3`, ...: the first that `is_taken` refuses.
pub fn first_free_numbered(base: &str, is_taken: impl Fn(&str) -> bool) -> String {
    (2..)
        .map(|i| format!("{base}{i}"))
        .find(|c| !is_taken(c))
        .expect("an unused number exists")
}

/// The chainable setters of a model struct's optional fields. Each `(field, with_null)` gets a
/// setter named as the field (`r#type` for a keyword) and, with `with_null`, a setter of an
/// explicit `null` named `<field>_null`. A name that `taken` holds (the struct's other associated
/// functions) or that [`RESERVED_METHOD_NAMES`] holds gets a `_` suffix, then a number
/// ([`unique_name`]). Setters are named first, in field order, then the null setters: a field's
/// setter keeps its name whatever null setters other fields get.
/// Fields are given by their Rust names (`r#type` or `type`).
pub fn setter_idents(fields: &[(&str, bool)], taken: &[String]) -> Vec<(Ident, Option<Ident>)> {
    let mut used: BTreeSet<String> = taken.iter().cloned().collect();
    let reserved = |name: &str| RESERVED_METHOD_NAMES.contains(&name);
    let setters: Vec<String> = (fields.iter())
        .map(|(field, _)| unique_name(&mut used, unraw_name(field), reserved))
        .collect();
    let nulls: Vec<Option<String>> = (fields.iter())
        .map(|(field, with_null)| {
            with_null.then(|| {
                let want = format!("{}_null", unraw_name(field).trim_end_matches('_'));
                unique_name(&mut used, &want, reserved)
            })
        })
        .collect();
    (setters.into_iter().zip(nulls))
        .map(|(setter, null)| {
            (
                keyword_safe_ident(&setter),
                null.map(|n| keyword_safe_ident(&n)),
            )
        })
        .collect()
}

fn unraw_name(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
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
            }
        }
    }

    #[test]
    fn type_name_candidates() {
        assert_eq!(type_name_candidate("access-profile"), "AccessProfile");
        assert_eq!(type_name_candidate("2fa_config"), "Type2faConfig");
        assert_eq!(type_name_candidate("v3"), "V3");
        assert!(is_reserved_type_name("Value"));
        assert!(is_reserved_type_name("Unpin"));
        assert!(!is_reserved_type_name("AccessProfile"));
    }

    #[test]
    fn sentence_titles_are_not_names() {
        assert!(is_sentence_title(
            "Error is the standard API error response type."
        ));
        assert!(is_sentence_title("What is this?"));
        assert!(is_sentence_title(
            "one two three four five six seven eight nine"
        ));
        assert!(!is_sentence_title(
            "Access Request Recommendation Action Item Response Dto"
        ));
        assert!(!is_sentence_title("Json Patch Operation (Role Mining)"));
        assert!(!is_sentence_title("Config Import/Export Message"));
        assert!(!is_sentence_title("v1.0 "));
        assert!(is_sentence_title("v1.0."));
    }

    #[test]
    fn item_names_fall_back() {
        assert_eq!(snake_or("listAccounts", "operation"), "list_accounts");
        assert_eq!(snake_or("***", "tag"), "tag");
        assert_eq!(snake_or("2fa", "tag"), "tag_2fa");
        assert_eq!(upper_camel_or("list-accounts", "Operation"), "ListAccounts");
        assert_eq!(upper_camel_or("", "Tag"), "Tag");
        assert_eq!(upper_camel_or("9x", "Tag"), "Tag9x");
        assert_eq!(upper_camel_or("self", "Tag"), "SelfTag");
        assert_eq!(s(keyword_safe_ident("type")), "r#type");
        assert_eq!(s(keyword_safe_ident("Self")), "Self_");
        assert_eq!(s(keyword_safe_ident("accounts")), "accounts");
        assert_eq!(
            s(crate_ident("sailpoint-v2025").unwrap()),
            "sailpoint_v2025"
        );
        assert!(crate_ident("bad name").is_err());
    }

    #[test]
    fn unique_names_skip_used_and_reserved() {
        let mut used = BTreeSet::new();
        assert_eq!(unique_name(&mut used, "send", |n| n == "send"), "send_");
        assert_eq!(unique_name(&mut used, "send", |n| n == "send"), "send_2");
        assert_eq!(unique_name(&mut used, "limit", |_| false), "limit");
        assert_eq!(unique_name(&mut used, "limit", |_| false), "limit_2");
        assert_eq!(
            first_free_numbered("Account", |c| c == "Account2"),
            "Account3"
        );
    }

    #[test]
    fn setters_are_named_after_fields_without_clashes() {
        let ids = |names: &[&str]| names.iter().map(|n| field_ident(n)).collect::<Vec<_>>();
        let fields = ids(&[
            "type",
            "new",
            "clone",
            "name",
            "name_null",
            "self",
            "deserialize_part",
        ]);
        let nullable = [true, false, false, true, false, true, false];
        let names: Vec<String> = fields.iter().map(Ident::to_string).collect();
        let input: Vec<(&str, bool)> = names.iter().map(String::as_str).zip(nullable).collect();
        let named = setter_idents(&input, &["deserialize_part".to_string()]);
        let text: Vec<(String, Option<String>)> = (named.into_iter())
            .map(|(s, n)| (s.to_string(), n.map(|n| n.to_string())))
            .collect();
        let want = |s: &str, n: Option<&str>| (s.to_string(), n.map(str::to_string));
        assert_eq!(
            text,
            vec![
                // A keyword stays the field's (raw) name; its null setter is not a keyword.
                want("r#type", Some("type_null")),
                // The constructor and trait methods are never shadowed.
                want("new_", None),
                want("clone_", None),
                // A field's setter wins over another field's null setter.
                want("name", Some("name_null_2")),
                want("name_null", None),
                want("self_", Some("self_null")),
                // Another associated function keeps its name.
                want("deserialize_part_2", None),
            ]
        );
    }
}
