//! Where the spec's schemas for a request body and a response are, from the IR's origins; which
//! response documents a status.

use generator::ir::{MediaType, Operation};
use generator::resolve::{Loc, Resolver};

/// The schema of the request body sent as `content_type`, where the spec has one.
pub fn body_schema_loc(resolver: &Resolver, op: &Operation, content_type: &str) -> Option<Loc> {
    let media = (op.request_body.iter())
        .flat_map(|b| &b.content)
        .find(|m| m.content_type == content_type)?;
    schema_of(resolver, media)
}

/// The schema of the documented response for `status` and the answer's content type (else the
/// response's first content type).
pub fn response_schema_loc(
    resolver: &Resolver,
    op: &Operation,
    status: u16,
    content_type: Option<&str>,
) -> Option<Loc> {
    let documented = documented(op, status)?;
    let response = op.responses.iter().find(|r| r.status == documented)?;
    let bare = content_type.map(|c| c.split(';').next().unwrap_or(c).trim());
    let media = (response.content.iter())
        .find(|m| bare.is_some_and(|b| m.content_type.eq_ignore_ascii_case(b)))
        .or_else(|| response.content.first())?;
    schema_of(resolver, media)
}

/// The `schema` of a media type, where the spec gives one.
fn schema_of(resolver: &Resolver, media: &MediaType) -> Option<Loc> {
    let loc = Loc::from(&media.origin).child("schema");
    resolver.get(&loc).map(|_| loc)
}

/// The response key of `op` that documents `status` (exact, then `2XX`, then `default`).
pub fn documented(op: &Operation, status: u16) -> Option<&str> {
    let exact = status.to_string();
    let range = format!("{}XX", status / 100);
    op.responses
        .iter()
        .find(|r| r.status == exact)
        .or_else(|| {
            op.responses
                .iter()
                .find(|r| r.status.eq_ignore_ascii_case(&range))
        })
        .or_else(|| op.responses.iter().find(|r| r.status == "default"))
        .map(|r| r.status.as_str())
}
#[cfg(test)]
mod tests {
    use std::path::Path;

    use generator::diag::Diagnostics;
    use generator::lower::parameter_schema;
    use serde_json::json;

    use super::*;

    fn op(statuses: &[&str]) -> Operation {
        serde_json::from_value(json!({
            "id": "getThing", "id_derived": false, "method": "get", "path": "/things/{id}",
            "tags": [], "summary": null, "description": null, "deprecated": false,
            "parameters": [], "request_body": null,
            "responses": statuses.iter().map(|s| json!({
                "status": s, "description": null, "content": [], "headers": []
            })).collect::<Vec<_>>(),
            "security": null, "experimental": null,
            "origin": {"file": "paths/things.yaml", "pointer": "/get"}
        }))
        .expect("an IR operation")
    }

    #[test]
    fn a_status_is_documented_exactly_then_by_range_then_by_default() {
        let o = op(&["200", "4XX", "default"]);
        assert_eq!(documented(&o, 200), Some("200"));
        assert_eq!(documented(&o, 404), Some("4XX"));
        assert_eq!(documented(&o, 500), Some("default"));
        assert_eq!(documented(&op(&["200", "400"]), 500), None);
        assert_eq!(documented(&op(&["2xx"]), 204), Some("2xx"));
    }

    /// The corpus' multi-file spec: operations given by `$ref` to other files, a path-item
    /// parameter by `$ref`, a media type and a content map by (non-standard) `$ref`.
    #[test]
    fn schemas_are_found_at_the_ir_origins() {
        let corpus =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../generator/tests/fixtures/corpus");
        let mut diags = Diagnostics::new();
        let spec =
            generator::load::load(&corpus, "multi-file/openapi.yaml", &mut diags).expect("loads");
        let api = generator::lower::lower(&spec, "notes", &Default::default(), &mut diags);
        let resolver = Resolver::new(&spec);
        let op = |id: &str| {
            api.operations
                .iter()
                .find(|o| o.id == id)
                .expect("operation")
        };
        let at = |l: Option<Loc>| l.map(|l| format!("{}#{}", l.file, l.pointer));
        let get = op("getNote");
        assert_eq!(get.raw_path, "/notes/{noteId}");
        assert_eq!(
            at(parameter_schema(
                &resolver,
                &Loc::from(&get.parameters[0].origin)
            ))
            .as_deref(),
            Some("multi-file/parameters.yaml#/NoteId/schema")
        );
        assert_eq!(
            at(response_schema_loc(
                &resolver,
                get,
                200,
                Some("application/json")
            ))
            .as_deref(),
            Some("multi-file/responses/note-media.yaml#/schema")
        );
        assert_eq!(
            at(response_schema_loc(&resolver, op("deleteNote"), 500, None)).as_deref(),
            Some("multi-file/responses/error-content.yaml#/application~1json/schema")
        );
        assert_eq!(
            at(response_schema_loc(&resolver, op("deleteNote"), 204, None)),
            None
        );
        assert_eq!(
            at(body_schema_loc(&resolver, op("createNote"), "application/json")).as_deref(),
            Some("multi-file/operations/create-note.yaml#/requestBody/content/application~1json/schema")
        );
        assert_eq!(
            at(body_schema_loc(&resolver, op("createNote"), "text/plain")),
            None
        );
    }
}
