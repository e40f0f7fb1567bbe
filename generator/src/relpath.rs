//! Relative file paths as `$ref`s write them, always with `/` separators and relative to the
//! specs directory. A leaf module: `load` and `resolve` use it, it uses neither.

/// Normalizes a relative path (`a/./b/../c` -> `a/c`); `None` when it climbs above its start.
pub fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split(['/', '\\']) {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// The file a relative reference `target` names, seen from file `from`.
pub fn join(from: &str, target: &str) -> Option<String> {
    if target.contains("://") || target.starts_with('/') {
        return None;
    }
    let dir = from.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    normalize(&format!("{dir}/{target}"))
}

/// Whether a reference names a document outside the specs directory by URL (`https://...`).
pub fn is_url(target: &str) -> bool {
    target.contains("://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_relative_paths() {
        assert_eq!(
            join("idn/sailpoint-api.v2025.yaml", "./v2025/paths/a.yaml").as_deref(),
            Some("idn/v2025/paths/a.yaml")
        );
        assert_eq!(
            join("idn/v2025/paths/a.yaml", "../../v3/schemas/B.yaml").as_deref(),
            Some("idn/v3/schemas/B.yaml")
        );
        assert_eq!(join("a.yaml", "../b.yaml"), None);
        assert_eq!(join("a.yaml", "https://x/b.yaml"), None);
        assert_eq!(normalize("a/./b/../c").as_deref(), Some("a/c"));
        assert!(is_url("https://x/b.yaml") && !is_url("./b.yaml"));
    }
}
