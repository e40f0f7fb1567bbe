//! IRs written as YAML files: the IR's own serialized form (`generator::ir`; a missing list or map
//! is empty, a missing flag `false`, a missing `Option` `None`, a missing origin empty).
//!
//! A test fixture names a file under `generator/tests/fixtures/` and gets the [`Api`] back, with
//! types, operations and webhooks sorted as lowering leaves them (so that a file can group them
//! by what they exercise). A file that cannot be read or is not an IR stops the test with the
//! file's path and the error's line and column.
#![allow(dead_code)]

use std::path::Path;

use generator::ir::Api;

/// `generator/tests/fixtures/{relative}` read as an IR; panics with the path and the error.
#[track_caller]
pub fn load(relative: &str) -> Api {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative);
    read(&path).unwrap_or_else(|error| panic!("{error}"))
}

/// The file at `path` read as an IR, or what is wrong with it (naming the file).
pub fn read(path: &Path) -> Result<Api, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read IR file {}: {e}", path.display()))?;
    parse(path, &text)
}

/// `text` (the contents of `path`) read as an IR, or the error with the file, line and column.
pub fn parse(path: &Path, text: &str) -> Result<Api, String> {
    // Enum variants are written as one-key maps (`ty: {named: Pet}`), as `serde_json` reads them,
    // rather than as YAML tags (`ty: !named Pet`).
    let yaml = serde_yaml_ng::Deserializer::from_str(text);
    let mut api: Api = serde_yaml_ng::with::singleton_map_recursive::deserialize(yaml)
        .map_err(|e| format!("{} is not an IR: {e}", path.display()))?;
    sort_as_lowered(&mut api);
    Ok(api)
}

/// Types by name, operations by id, webhooks by name: the order lowering leaves them in.
pub fn sort_as_lowered(api: &mut Api) {
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    api.operations.sort_by(|a, b| a.id.cmp(&b.id));
    api.webhooks.sort_by(|a, b| a.name.cmp(&b.name));
}
