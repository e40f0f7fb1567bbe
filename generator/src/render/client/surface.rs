//! How each operation is called through a generated client crate, as the conformance harness
//! (`cargo xtask conformance`) needs it: a view of the [`ClientPlan`], so that tools never
//! re-derive the renderer's choices.

use anyhow::Result;

use super::plan::{BodyKind, ClientPlan, MemberPlan, MemberSource};
use crate::config::VersionConfig;
use crate::ir::Api;

/// How one operation is called through a generated client crate, exactly as
/// [`super::render_client`] names and types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSurface {
    /// The operation's id in the IR.
    pub operation: String,
    /// The `Client` accessor of its tag (`access_requests`) and the cargo feature enabling it.
    pub accessor: String,
    pub feature: String,
    /// The method on the tag's API struct.
    pub method: String,
    /// Constructor arguments in order (required parameters, then a required body).
    pub args: Vec<CallArg>,
    /// Builder setters (optional parameters, an optional body).
    pub setters: Vec<CallArg>,
}

/// One value passed to a generated operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallArg {
    /// The argument or setter name, as Rust source (may be a raw identifier).
    pub ident: String,
    /// An owned Rust type the argument accepts, with paths relative to the client crate root
    /// (`models::X`, `runtime::bytes::Bytes`, `String` for `impl Into<String>`).
    pub rust_type: String,
    pub source: ArgSource,
}

/// Where a [`CallArg`]'s value goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgSource {
    /// `Operation::parameters[index]`.
    Parameter { index: usize },
    /// The request body, sent as `content_type`.
    Body {
        content_type: String,
        kind: BodyKind,
    },
}

/// Every operation's [`CallSurface`], in the order the client renders them.
pub fn call_surfaces(
    api: &Api,
    cfg: &VersionConfig,
    runtime_crate: &str,
) -> Result<Vec<CallSurface>> {
    Ok(ClientPlan::new(api, cfg, runtime_crate)?.call_surfaces())
}

impl ClientPlan {
    /// Every operation's [`CallSurface`], in plan order.
    pub fn call_surfaces(&self) -> Vec<CallSurface> {
        let mut out = Vec::new();
        for g in &self.groups {
            for o in &g.operations {
                out.push(CallSurface {
                    operation: o.id.clone(),
                    accessor: g.accessor_ident.clone(),
                    feature: g.feature.clone(),
                    method: o.method_ident.clone(),
                    args: o.arguments().map(call_arg).collect(),
                    setters: o.setters().map(call_arg).collect(),
                });
            }
        }
        out
    }
}

fn call_arg(m: &MemberPlan) -> CallArg {
    CallArg {
        ident: m.ident.clone(),
        rust_type: match m.into_string {
            true => "String".into(),
            false => m.rust_type.clone(),
        },
        source: match &m.source {
            MemberSource::Parameter { index, .. } => ArgSource::Parameter { index: *index },
            MemberSource::Body(b) => ArgSource::Body {
                content_type: b.content_type.clone(),
                kind: b.kind,
            },
        },
    }
}
