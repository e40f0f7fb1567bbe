//! The hand-over between render and write: rendered output as data.

use std::collections::BTreeMap;

/// Rendered output: path (relative, `/` separators) -> contents. A BTreeMap so that iteration,
/// and therefore everything derived from it, is deterministic.
pub type Files = BTreeMap<String, String>;
