//! SailPoint ISC SDK generator.
//!
//! The pipeline, one module per stage, each handing plain data to the next:
//!
//! ```text
//! load      specs dir + root path      -> Spec        (every reached file parsed once, in parallel)
//! resolve   Spec + $ref string         -> target node (relative files, JSON pointers, cycles)
//! lower     Spec                       -> ir::Api     (names, types, operations, webhooks, diagnostics)
//! render    ir::Api + templates        -> files::Files (path -> contents; models, client, runtime)
//! write     files::Files               -> generated/  (staged, atomic, only changed files touched)
//! ```
//!
//! [`pipeline`] strings the stages together behind a small builder; `xtask` is a thin command
//! over it.

pub mod config;
pub mod diag;
pub mod diff;
pub mod files;
pub mod http_status;
pub mod ir;
pub mod load;
pub mod lower;
pub mod naming;
pub mod pipeline;
pub mod pointer;
pub mod relpath;
pub mod render;
pub mod resolve;
pub mod settings;
pub mod write;
