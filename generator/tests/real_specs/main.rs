//! The generator on the vendored ISC specs (`specs/`, or the directory `SPECS_DIR` names).
//!
//! One test binary for every test over the vendored specs, so that each configured version is
//! loaded, lowered and rendered once and shared ([`vendored`]) instead of once per test:
//!
//! - [`figures`]: the versions lower with the expected figures and the documented defects
//!   reported;
//! - [`models`]: every version's models crate renders well-formed (building the rendered crates
//!   is a step of `cargo xtask test` over `generated/`);
//! - [`template_contract`]: the rendered code uses only template items `templates/` defines.

mod contract;
mod figures;
mod models;
mod template_contract;
mod vendored;
