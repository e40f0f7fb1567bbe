//! The request of an operation: the encoded path and the steps after it (parameters, headers,
//! body encoding).

use anyhow::{Context, Result};

use super::{
    body_kind, is_binary, BodyEncoding, BodyKind, FilePart, MemberPlan, PathPart, Planner,
    RequestStep,
};
use crate::ir::{MediaType, Operation, ParamLocation, TypeKind, TypeRef};
use crate::naming::{keyword_safe_ident, unraw};
use crate::render::media;

/// The parts of the encoded path: literal text and path parameters (members share the
/// parameters' indices).
pub(super) fn path_parts(op: &Operation) -> Result<Vec<PathPart>> {
    let path = &op.path;
    let mut parts = Vec::new();
    let mut rest = path.as_str();
    while let Some(open) = rest.find('{') {
        let literal = &rest[..open];
        if !literal.is_empty() {
            parts.push(PathPart::Literal(literal.to_string()));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .with_context(|| format!("path {path:?} has an unclosed `{{`"))?;
        let name = &after[..close];
        let member = (op.parameters.iter())
            .position(|p| p.location == ParamLocation::Path && p.name == name)
            .with_context(|| {
                format!("path {path:?} uses {{{name}}} but no path parameter has that name")
            })?;
        let p = &op.parameters[member];
        let prefix = match p.style.as_str() {
            "label" => Some(".".to_string()),
            "matrix" => Some(format!(";{}=", p.name)),
            _ => None,
        };
        parts.push(PathPart::Parameter {
            member,
            prefix,
            explode: p.explode,
        });
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(PathPart::Literal(rest.to_string()));
    }
    Ok(parts)
}

impl Planner<'_> {
    /// Query, header and cookie parameters in spec order, the experimental mark, `Accept`,
    /// no auth, then the body.
    pub(super) fn request_steps(
        &self,
        op: &Operation,
        members: &[MemberPlan],
        accept: String,
    ) -> Vec<RequestStep> {
        let mut steps = Vec::new();
        for (member, p) in op.parameters.iter().enumerate() {
            let wire_name = p.name.clone();
            steps.push(match p.location {
                ParamLocation::Path => continue,
                ParamLocation::Query => RequestStep::Query {
                    member,
                    wire_name,
                    style: match p.style.is_empty() {
                        true => "form".to_string(),
                        false => p.style.clone(),
                    },
                    explode: p.explode,
                },
                ParamLocation::Header => RequestStep::Header { member, wire_name },
                ParamLocation::Cookie => RequestStep::Cookie { member, wire_name },
            });
        }
        if let Some(h) = &op.experimental {
            steps.push(RequestStep::Experimental {
                operation: op.id.clone(),
                name: h.name.clone(),
                value: h.value.clone(),
            });
        }
        if !accept.is_empty() {
            steps.push(RequestStep::Accept(accept));
        }
        if (op.security.as_ref()).is_some_and(|s| s.iter().all(|r| r.is_empty())) {
            steps.push(RequestStep::WithoutAuth);
        }
        let body = (op.request_body.as_ref())
            .filter(|rb| !rb.content.is_empty())
            .map(|rb| media::pick_request(&rb.content));
        if let (Some(media), Some(member)) = (body, members.len().checked_sub(1)) {
            let ct = &media.content_type;
            let encoding = match body_kind(media) {
                BodyKind::Json if media::is_plain_json(ct) => BodyEncoding::Json,
                BodyKind::Json => BodyEncoding::JsonAs(ct.clone()),
                BodyKind::Form => BodyEncoding::Form,
                BodyKind::Text | BodyKind::Bytes => BodyEncoding::Bytes(ct.clone()),
                BodyKind::Multipart => BodyEncoding::Multipart(self.file_parts(media)),
            };
            steps.push(RequestStep::Body { member, encoding });
        }
        steps
    }

    /// The binary fields of a multipart body's struct.
    fn file_parts(&self, media: &MediaType) -> Vec<FilePart> {
        let Some(TypeRef::Named(n)) = &media.schema else {
            return Vec::new();
        };
        let Some(TypeKind::Struct(s)) = self.types.get(n.as_str()).map(|t| &t.kind) else {
            return Vec::new();
        };
        crate::render::rust::struct_field_idents(s)
            .fields
            .into_iter()
            .filter(|(f, _)| is_binary(&f.ty))
            .map(|(f, id)| FilePart {
                wire_name: f.name.clone(),
                field: keyword_safe_ident(&unraw(&id)).to_string(),
                // Wrapped exactly like the models crate wraps the field (a binary value never
                // holds `null` itself).
                option_depth: f.option_depth(false),
                content_type: (media.encoding.get(&f.name))
                    .and_then(|c| media::part_content_type(c))
                    .map(str::to_string),
            })
            .collect()
    }
}
