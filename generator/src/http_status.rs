//! HTTP status codes as words: the one table of reason phrases behind error variant names
//! (`BadRequest`), mock answer methods (`respond_bad_request`) and the type names of schemas
//! written inside a reusable response whose file or key is a bare status (`401.yaml` ->
//! `Unauthorized`).

/// The registered reason phrase of `code` in snake case (RFC 9110 and the other registered codes
/// an API documents; 413 and 422 as the `http` crate names them).
pub fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "continue",
        101 => "switching_protocols",
        102 => "processing",
        103 => "early_hints",
        200 => "ok",
        201 => "created",
        202 => "accepted",
        203 => "non_authoritative_information",
        204 => "no_content",
        205 => "reset_content",
        206 => "partial_content",
        207 => "multi_status",
        208 => "already_reported",
        300 => "multiple_choices",
        301 => "moved_permanently",
        302 => "found",
        303 => "see_other",
        304 => "not_modified",
        305 => "use_proxy",
        307 => "temporary_redirect",
        308 => "permanent_redirect",
        400 => "bad_request",
        401 => "unauthorized",
        402 => "payment_required",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        406 => "not_acceptable",
        407 => "proxy_authentication_required",
        408 => "request_timeout",
        409 => "conflict",
        410 => "gone",
        411 => "length_required",
        412 => "precondition_failed",
        413 => "payload_too_large",
        414 => "uri_too_long",
        415 => "unsupported_media_type",
        416 => "range_not_satisfiable",
        417 => "expectation_failed",
        418 => "im_a_teapot",
        421 => "misdirected_request",
        422 => "unprocessable_entity",
        423 => "locked",
        424 => "failed_dependency",
        425 => "too_early",
        426 => "upgrade_required",
        428 => "precondition_required",
        429 => "too_many_requests",
        431 => "request_header_fields_too_large",
        451 => "unavailable_for_legal_reasons",
        500 => "internal_server_error",
        501 => "not_implemented",
        502 => "bad_gateway",
        503 => "service_unavailable",
        504 => "gateway_timeout",
        505 => "http_version_not_supported",
        506 => "variant_also_negotiates",
        507 => "insufficient_storage",
        508 => "loop_detected",
        510 => "not_extended",
        511 => "network_authentication_required",
        _ => return None,
    })
}

/// A status as an OpenAPI response key writes it: a code (`404`) or a range (`4XX`, `4xx`);
/// `default` is not one.
pub fn is_status_key(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3
        && (b'1'..=b'5').contains(&b[0])
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_digit() || *c == b'X' || *c == b'x')
}

/// A status in UpperCamelCase: the reason phrase of a code (`404` is `NotFound`),
/// `Status{code}` for a code without one, the class of a range with its digit (`4XX` is
/// `ClientError4xx`), `Default` for `default`.
pub fn status_name(status: &str) -> String {
    if status == "default" {
        return "Default".into();
    }
    if let Ok(code) = status.parse::<u16>() {
        return match reason_phrase(code) {
            Some(words) => crate::naming::upper_camel_or(words, "Status"),
            None => format!("Status{code}"),
        };
    }
    let up = status.to_ascii_uppercase();
    if let Some(digit) = up.strip_suffix("XX").filter(|d| d.len() == 1) {
        let class = match digit {
            "1" => "Informational",
            "3" => "Redirection",
            "4" => "ClientError",
            "5" => "ServerError",
            _ => "Status",
        };
        return format!("{class}{digit}xx");
    }
    crate::naming::upper_camel_or(&format!("Status {status}"), "Status")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_named_by_reason_phrase_else_by_class() {
        assert_eq!(status_name("400"), "BadRequest");
        assert_eq!(status_name("401"), "Unauthorized");
        assert_eq!(status_name("429"), "TooManyRequests");
        assert_eq!(status_name("499"), "Status499");
        assert_eq!(status_name("4XX"), "ClientError4xx");
        assert_eq!(status_name("5xx"), "ServerError5xx");
        assert_eq!(status_name("default"), "Default");
    }

    #[test]
    fn status_keys_are_codes_and_ranges() {
        for yes in ["200", "401", "4XX", "5xx", "1X9"] {
            assert!(is_status_key(yes), "{yes}");
        }
        for no in ["default", "600", "40", "4000", "abc", "Unauthorized", ""] {
            assert!(!is_status_key(no), "{no}");
        }
    }
}
