//! The Markdown form of a report: compact enough for a pull-request description.

use std::fmt::Write as _;

use super::{ApiChanges, Bump, Change, ChangeKind, Scope};

/// Non-breaking groups list at most this many entries; breaking ones are never cut.
pub const GROUP_LIMIT: usize = 40;
/// The collapsed documentation list stops after this many entries.
pub const DOCS_LIMIT: usize = 60;

pub(super) fn render(r: &ApiChanges) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## `{}` API changes\n", r.name);
    let _ = writeln!(out, "{}\n", summary_line(r));
    if r.is_empty() {
        return out;
    }
    let (breaking, rest): (Vec<&Change>, Vec<&Change>) = r.changes.iter().partition(|c| c.breaking);
    let (docs, other): (Vec<&Change>, Vec<&Change>) = rest
        .into_iter()
        .partition(|c| c.kind == ChangeKind::Documentation);
    if !breaking.is_empty() {
        let _ = writeln!(out, "### Breaking changes ({})\n", breaking.len());
        groups(&mut out, &breaking, usize::MAX);
    }
    if !other.is_empty() {
        let _ = writeln!(out, "### Non-breaking changes ({})\n", other.len());
        groups(&mut out, &other, GROUP_LIMIT);
    }
    if !docs.is_empty() {
        let _ = writeln!(
            out,
            "<details><summary>Documentation only ({})</summary>\n",
            docs.len()
        );
        for c in docs.iter().take(DOCS_LIMIT) {
            let _ = writeln!(out, "- {}: {}", subject(c), c.note.as_deref().unwrap_or(""));
        }
        if docs.len() > DOCS_LIMIT {
            let _ = writeln!(out, "- … and {} more", docs.len() - DOCS_LIMIT);
        }
        let _ = writeln!(out, "\n</details>\n");
    }
    out
}

/// `**3 breaking**, 120 non-breaking changes (…); suggested bump: major`.
pub(super) fn summary_line(r: &ApiChanges) -> String {
    let c = &r.counts;
    let version = if r.old_version == r.new_version {
        format!("spec {}", r.new_version)
    } else {
        format!("spec {} → {}", r.old_version, r.new_version)
    };
    if r.is_empty() {
        return format!("No API changes ({version}).");
    }
    let breaking = if c.breaking > 0 {
        format!("**{} breaking**", c.breaking)
    } else {
        "no breaking".to_owned()
    };
    let mut parts: Vec<String> = Vec::new();
    let mut add = |label: &str, kinds: &[(ChangeKind, &str)]| {
        let counted: Vec<String> = kinds
            .iter()
            .filter_map(|(k, word)| match c.of_kind(*k) {
                0 => None,
                n => Some(format!("{n} {word}")),
            })
            .collect();
        if !counted.is_empty() {
            parts.push(format!("{label} {}", counted.join(", ")));
        }
    };
    use ChangeKind as K;
    add(
        "operations:",
        &[
            (K::OperationAdded, "added"),
            (K::OperationRemoved, "removed"),
            (K::OperationRenamed, "renamed"),
            (K::Deprecated, "deprecations"),
        ],
    );
    add(
        "types:",
        &[
            (K::TypeAdded, "added"),
            (K::TypeRemoved, "removed"),
            (K::TypeRenamed, "renamed"),
        ],
    );
    add(
        "fields:",
        &[
            (K::FieldAdded, "added"),
            (K::FieldRemoved, "removed"),
            (K::FieldTypeChanged, "retyped"),
        ],
    );
    add(
        "enum values:",
        &[
            (K::EnumValueAdded, "added"),
            (K::EnumValueRemoved, "removed"),
        ],
    );
    add("docs:", &[(K::Documentation, "changed")]);
    let bump = match r.bump {
        Bump::None => "none",
        Bump::Patch => "patch",
        Bump::Minor => "minor",
        Bump::Major => "major",
    };
    format!(
        "{breaking} and {} non-breaking changes ({version}; {}); suggested bump: **{bump}**.",
        c.non_breaking,
        parts.join("; ")
    )
}

/// One bold heading per kind, then its entries; `limit` caps the entries of each group.
fn groups(out: &mut String, changes: &[&Change], limit: usize) {
    let mut i = 0;
    while i < changes.len() {
        let kind = changes[i].kind;
        let end = i + changes[i..].iter().take_while(|c| c.kind == kind).count();
        let group = &changes[i..end];
        let _ = writeln!(out, "**{} ({})**", kind.title(), group.len());
        let lines = bullets(group);
        for l in lines.iter().take(limit) {
            let _ = writeln!(out, "- {l}");
        }
        if lines.len() > limit {
            let _ = writeln!(
                out,
                "- … and {} more (see the JSON report)",
                lines.len() - limit
            );
        }
        out.push('\n');
        i = end;
    }
}

/// Entries of one group: changes with no old/new value on the same subject share a line.
fn bullets(group: &[&Change]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut last_merge: Option<(Scope, &str)> = None;
    for c in group {
        let mergeable = c.member.is_some() && c.old.is_none() && c.new.is_none();
        if mergeable {
            let item = member_item(c);
            if last_merge == Some((c.scope, c.subject.as_str())) {
                if let Some(l) = lines.last_mut() {
                    let _ = write!(l, ", {item}");
                    continue;
                }
            }
            lines.push(format!("{}: {item}", subject(c)));
            last_merge = Some((c.scope, c.subject.as_str()));
            continue;
        }
        last_merge = None;
        lines.push(line(c));
    }
    lines
}

fn member_item(c: &Change) -> String {
    let m = code(c.member.as_deref().unwrap_or(""));
    match &c.note {
        Some(n) => format!("{m} ({n})"),
        None => m,
    }
}

fn line(c: &Change) -> String {
    let note = c
        .note
        .as_deref()
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    let change = match (&c.old, &c.new) {
        (Some(o), Some(n)) => format!("{} → {}", code(o), code(n)),
        _ => String::new(),
    };
    if matches!(
        c.kind,
        ChangeKind::OperationRenamed | ChangeKind::TypeRenamed
    ) {
        return format!("{change}{note}");
    }
    let mut s = subject(c);
    if let Some(m) = &c.member {
        let _ = write!(s, " {}", code(m));
    }
    if !change.is_empty() {
        let _ = write!(s, ": {change}");
    }
    s + &note
}

fn subject(c: &Change) -> String {
    match c.scope {
        Scope::Api => "API".to_owned(),
        Scope::Webhook => format!("webhook {}", code(&c.subject)),
        Scope::Operation | Scope::Type => code(&c.subject),
    }
}

/// Inline code that survives backticks inside.
fn code(s: &str) -> String {
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}
