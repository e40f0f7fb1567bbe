//! The models renderer on the vendored specs: every generated version renders, and the output
//! is well-formed. Building the rendered crates (clippy, rustdoc,
//! tests) is a step of `cargo xtask test` over `generated/`; `cargo xtask examples` round-trips
//! every example through them.

use std::collections::{BTreeMap, BTreeSet};

use generator::ir::Api;

use crate::vendored::rendered_all;

/// A crate's Rust files, each parsed once: path -> syntax tree.
type Parsed = BTreeMap<String, syn::File>;

/// The type items (struct, enum, union, alias) a file defines at its top level.
fn defined_types(file: &syn::File) -> Vec<String> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Union(u) => Some(u.ident.to_string()),
            syn::Item::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// `src/models.rs`: the modules it declares and, per re-exported name, its module.
fn models_index(index: &syn::File) -> (BTreeSet<String>, BTreeMap<String, Vec<String>>) {
    let mut modules = BTreeSet::new();
    let mut reexports: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in &index.items {
        match item {
            syn::Item::Mod(m) if m.content.is_none() => {
                modules.insert(m.ident.to_string());
            }
            // `pub use self::module::Name;` or `pub use self::module::{A, B};`
            syn::Item::Use(u) => {
                let syn::UseTree::Path(this) = &u.tree else {
                    continue;
                };
                let syn::UseTree::Path(module) = &*this.tree else {
                    continue;
                };
                let names: Vec<&syn::UseName> = match &*module.tree {
                    syn::UseTree::Name(name) => vec![name],
                    syn::UseTree::Group(group) => (group.items.iter())
                        .filter_map(|t| match t {
                            syn::UseTree::Name(name) => Some(name),
                            _ => None,
                        })
                        .collect(),
                    _ => continue,
                };
                for name in names {
                    reexports
                        .entry(name.ident.to_string())
                        .or_default()
                        .push(module.ident.to_string());
                }
            }
            _ => {}
        }
    }
    (modules, reexports)
}

/// Every IR type is defined exactly once, in the file of the module `src/models.rs` re-exports
/// it from; every declared module has its file; nothing else is re-exported or defined.
fn check_type_files(version: &str, files: &Parsed, api: &Api) {
    let parse = |path: &str| -> &syn::File {
        files
            .get(path)
            .unwrap_or_else(|| panic!("{version}: no {path}"))
    };
    let (modules, reexports) = models_index(parse("src/models.rs"));
    let type_files: BTreeSet<String> = files
        .keys()
        .filter_map(|p| p.strip_prefix("src/models/")?.strip_suffix(".rs"))
        .map(str::to_string)
        .collect();
    assert_eq!(modules, type_files, "{version}: one module per type file");

    let ir_names: BTreeSet<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        ir_names.len(),
        api.types.len(),
        "{version}: IR type names repeat"
    );
    let exported: BTreeSet<&str> = reexports.keys().map(String::as_str).collect();
    assert_eq!(
        exported, ir_names,
        "{version}: re-exports are the IR's types"
    );

    let mut definitions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for module in &modules {
        for name in defined_types(parse(&format!("src/models/{module}.rs"))) {
            definitions.entry(name).or_default().push(module.clone());
        }
    }
    for (name, from) in &reexports {
        assert_eq!(from.len(), 1, "{version}: {name} re-exported {from:?}");
        assert_eq!(
            definitions.get(name),
            Some(from),
            "{version}: {name} is defined once, in the file it is re-exported from"
        );
    }
    let defined: BTreeSet<&str> = definitions.keys().map(String::as_str).collect();
    assert_eq!(
        defined, ir_names,
        "{version}: the type files define only IR types"
    );
}

/// `src/webhooks.rs` aliases each trigger's payloads to IR types.
fn check_webhook_aliases(version: &str, files: &Parsed, api: &Api) {
    let file = files
        .get("src/webhooks.rs")
        .unwrap_or_else(|| panic!("{version}: no src/webhooks.rs"));
    let ir_names: BTreeSet<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    let mut aliases = 0;
    for item in &file.items {
        let syn::Item::Type(alias) = item else {
            continue;
        };
        aliases += 1;
        let name = alias.ident.to_string();
        assert!(
            api.webhooks.iter().any(|w| name.starts_with(&w.name)),
            "{version}: webhook alias {name} names no trigger"
        );
        let syn::Type::Path(target) = &*alias.ty else {
            panic!("{version}: {name} aliases no path");
        };
        let target = target.path.segments.last().expect("a path has a segment");
        assert!(
            ir_names.contains(target.ident.to_string().as_str()),
            "{version}: {name} aliases {}, not an IR type",
            target.ident
        );
    }
    assert!(
        aliases >= api.webhooks.len().min(1),
        "{version}: no webhook alias"
    );
}

#[test]
fn real_specs_render() {
    let versions = rendered_all();
    assert!(!versions.is_empty());
    for rendered in versions {
        let (name, files, api) = (
            &rendered.lowered.config.name,
            &rendered.models,
            &rendered.lowered.api,
        );
        let mut parsed = Parsed::new();
        for (path, text) in files {
            assert!(
                !text.contains("/work/"),
                "{name}/{path}: absolute path in output"
            );
            if path.ends_with(".rs") {
                let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{name}/{path}: {e}"));
                parsed.insert(path.clone(), file);
            }
        }
        check_type_files(name, &parsed, api);
        check_webhook_aliases(name, &parsed, api);
    }
}
