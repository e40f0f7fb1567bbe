//! Which operations page, and how: `limit`/`offset` lists and `searchAfter` searches.

use serde::Serialize;

use super::{BodyKind, MemberPlan, MemberSource, Planner};
use crate::ir::{Operation, ParamLocation, Primitive, TypeKind, TypeRef};

/// The paging methods of a builder (`stream`, `stream_at_most`).
#[derive(Debug, Clone, Serialize)]
pub enum PagingPlan {
    /// `limit`/`offset` paging: both are optional integer query parameters and the success
    /// value is a JSON array.
    Offset {
        limit: usize,
        offset: usize,
        item_type: String,
        page_size: PageSize,
    },
    /// Search-after paging: the JSON body is a struct with `searchAfter` and `sort` fields, the
    /// success value is a JSON array, and there is an optional integer `limit` query parameter.
    SearchAfter {
        limit: usize,
        body: usize,
        body_required: bool,
        /// The `offset` member when the operation also pages by offset: never sent while
        /// searching after (it would skip that many results on every page).
        offset: Option<usize>,
        item_type: String,
        page_size: PageSize,
    },
}

/// The page size: the `limit` parameter's default (else 250) and its `maximum`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PageSize {
    pub default: u64,
    pub maximum: Option<u64>,
}

/// The paging of `op`, whose members are `members` and whose only success value, when JSON
/// with a schema, has type `single_json`.
pub(super) fn plan(
    planner: &Planner<'_>,
    op: &Operation,
    members: &[MemberPlan],
    single_json: Option<&TypeRef>,
) -> Option<PagingPlan> {
    let item = match planner.resolve(single_json?) {
        TypeRef::Array(item) => planner.rust_type(item),
        _ => return None,
    };
    let limit = paging_param(planner, op, "limit")?;
    let offset = paging_param(planner, op, "offset");
    let page_size = page_size(op, limit);
    if let Some((body, body_required)) = search_body(planner, op, members) {
        return Some(PagingPlan::SearchAfter {
            limit,
            body,
            body_required,
            offset,
            item_type: item,
            page_size,
        });
    }
    Some(PagingPlan::Offset {
        limit,
        offset: offset?,
        item_type: item,
        page_size,
    })
}

/// The optional integer query parameter `name` (`limit`, `offset`); members share the
/// parameters' indices.
fn paging_param(planner: &Planner<'_>, op: &Operation, name: &str) -> Option<usize> {
    op.parameters.iter().position(|p| {
        p.name == name
            && p.location == ParamLocation::Query
            && !p.required
            && matches!(planner.resolve(&p.ty), TypeRef::Primitive(prim) if is_integer(*prim))
    })
}

/// The body member (and whether it is required) when it is a JSON struct with `searchAfter`
/// and `sort` fields.
fn search_body(
    planner: &Planner<'_>,
    op: &Operation,
    members: &[MemberPlan],
) -> Option<(usize, bool)> {
    let index = members.len().checked_sub(1)?;
    let body = &members[index];
    let MemberSource::Body(b) = &body.source else {
        return None;
    };
    if b.kind != BodyKind::Json {
        return None;
    }
    let TypeRef::Named(n) = super::body_schema(op)? else {
        return None;
    };
    let TypeKind::Struct(s) = &planner.types.get(n.as_str())?.kind else {
        return None;
    };
    let has = |f: &str| s.fields.iter().any(|x| x.name == f);
    (has("searchAfter") && has("sort")).then_some((index, body.required))
}

/// The `limit` parameter's default when positive (else 250) and its `maximum`.
fn page_size(op: &Operation, limit: usize) -> PageSize {
    let limit = &op.parameters[limit];
    PageSize {
        default: (limit.default.as_ref())
            .and_then(|v| v.as_u64())
            .filter(|v| *v > 0)
            .unwrap_or(250),
        maximum: limit.maximum.as_ref().and_then(|v| v.as_u64()),
    }
}

fn is_integer(p: Primitive) -> bool {
    matches!(p, Primitive::Integer | Primitive::Int32 | Primitive::Int64)
}
