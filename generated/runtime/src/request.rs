//! A request as the generated clients describe it; the [`crate::Client`] sends it.

use bytes::Bytes;
use reqwest::header::{HeaderName, HeaderValue};
use reqwest::Method;
use serde::Serialize;

use std::time::Duration;

use crate::encode;
use crate::error::{Error, Result};
use crate::retry::RetryPolicy;

/// One API request: method, path (already encoded) below a version's base path, query pairs,
/// headers and body. Cheap to clone so that it can be sent again on retry.
#[derive(Debug, Clone)]
pub struct Request {
    pub(crate) method: Method,
    pub(crate) base_path: String,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) body: Body,
    pub(crate) authenticate: bool,
    pub(crate) product: Option<&'static str>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) retry_safe: bool,
    pub(crate) experimental: Option<&'static str>,
}

/// A request body.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum Body {
    /// No body.
    #[default]
    Empty,
    /// Bytes with a content type (JSON, JSON patch, text, binary...).
    Bytes {
        /// `Content-Type` header value.
        content_type: String,
        /// The encoded body.
        data: Bytes,
    },
    /// `application/x-www-form-urlencoded` pairs.
    Form(Vec<(String, String)>),
    /// `multipart/form-data` parts.
    Multipart(Multipart),
}

impl Request {
    /// A request for `path` (already encoded, starting with `/`) below `base_path` (the version
    /// path, e.g. `/v2025`).
    pub fn new(method: Method, base_path: impl Into<String>, path: impl Into<String>) -> Self {
        Request {
            method,
            base_path: base_path.into(),
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: Body::Empty,
            authenticate: true,
            product: None,
            timeout: None,
            retry: None,
            retry_safe: false,
            experimental: None,
        }
    }

    /// Marks the request as the experimental operation `operation` (its id), which the API
    /// opens with the header `name: value`. The [`crate::Client`] refuses to send it with
    /// [`Error::ExperimentalNotEnabled`] unless [`crate::Configuration::experimental`] is set.
    pub fn experimental(mut self, operation: &'static str, name: &str, value: &str) -> Result<Self> {
        self = self.header(name, value)?;
        self.experimental = Some(operation);
        Ok(self)
    }

    /// The id of the experimental operation this request is, if it is one.
    pub fn experimental_operation(&self) -> Option<&'static str> {
        self.experimental
    }

    /// Overrides [`crate::Configuration::timeout`] for this request (each attempt, and reading a
    /// whole body).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Overrides [`crate::Configuration::retry`] for this request.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Marks a request that changes nothing on the server (a `POST` search or count) as safe
    /// to send again after a transport error or a `502`/`503`/`504`, like a `GET`.
    pub fn retry_safe(mut self) -> Self {
        self.retry_safe = true;
        self
    }

    /// Whether the request may be sent again after a transport error: an idempotent method,
    /// or marked [`Request::retry_safe`].
    pub fn is_repeatable(&self) -> bool {
        self.retry_safe || crate::retry::is_idempotent(&self.method)
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path below the base path.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query pairs (not yet URL-encoded).
    pub fn query_pairs(&self) -> &[(String, String)] {
        &self.query
    }

    /// Product token of the calling crate for the `User-Agent` header (`name/version`).
    pub fn product(mut self, product: &'static str) -> Self {
        self.product = Some(product);
        self
    }

    /// Sends the request without an `Authorization` header.
    pub fn without_auth(mut self) -> Self {
        self.authenticate = false;
        self
    }

    /// Adds a query parameter following its style and explode flag (see
    /// [`encode::query_param`]).
    pub fn query<T: Serialize + ?Sized>(
        mut self,
        name: &str,
        value: &T,
        style: &str,
        explode: bool,
    ) -> Result<Self> {
        encode::query_param(&mut self.query, name, value, style, explode)?;
        Ok(self)
    }

    /// Adds a header; values with CR, LF or other control characters are refused.
    pub fn header(mut self, name: &str, value: &str) -> Result<Self> {
        encode::check_header_value(name, value)?;
        let n = HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| Error::InvalidRequest(format!("invalid header name {name:?}: {e}")))?;
        let v = HeaderValue::from_str(value)
            .map_err(|e| Error::InvalidRequest(format!("invalid value for header {name}: {e}")))?;
        self.headers.push((n, v));
        Ok(self)
    }

    /// Adds a header parameter value (see [`encode::header_param`]).
    pub fn header_param<T: Serialize + ?Sized>(self, name: &str, value: &T) -> Result<Self> {
        let text = encode::header_param(value)?;
        self.header(name, &text)
    }

    /// Adds a cookie parameter.
    pub fn cookie<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Result<Self> {
        let text = encode::header_param(value)?;
        encode::check_header_value(name, &text)?;
        if text.contains(';') {
            return Err(Error::InvalidRequest(format!(
                "the value of cookie {name} contains ';'"
            )));
        }
        self.cookies.push((name.to_string(), text));
        Ok(self)
    }

    /// Sets the `Accept` header.
    pub fn accept(self, content_types: &str) -> Result<Self> {
        self.header("accept", content_types)
    }

    /// A JSON body with content type `application/json`.
    pub fn json<T: Serialize + ?Sized>(self, body: &T) -> Result<Self> {
        self.json_as("application/json", body)
    }

    /// A JSON body with another JSON content type (e.g. `application/json-patch+json`).
    pub fn json_as<T: Serialize + ?Sized>(mut self, content_type: &str, body: &T) -> Result<Self> {
        let data = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidRequest(format!("cannot serialize the body: {e}")))?;
        self.body = Body::Bytes {
            content_type: content_type.to_string(),
            data: data.into(),
        };
        Ok(self)
    }

    /// A raw body (binary, text, CSV...).
    pub fn bytes(mut self, content_type: &str, data: impl Into<Bytes>) -> Self {
        self.body = Body::Bytes {
            content_type: content_type.to_string(),
            data: data.into(),
        };
        self
    }

    /// An `application/x-www-form-urlencoded` body from an object's fields.
    pub fn form<T: Serialize + ?Sized>(mut self, body: &T) -> Result<Self> {
        self.body = Body::Form(encode::form_pairs(body)?);
        Ok(self)
    }

    /// A `multipart/form-data` body.
    pub fn multipart(mut self, form: Multipart) -> Self {
        self.body = Body::Multipart(form);
        self
    }

    /// The body.
    pub fn body(&self) -> &Body {
        &self.body
    }
}

/// A `multipart/form-data` body that can be sent more than once (each attempt rebuilds it).
#[derive(Debug, Clone, Default)]
pub struct Multipart {
    parts: Vec<Part>,
}

#[derive(Debug, Clone)]
struct Part {
    name: String,
    data: Bytes,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl Multipart {
    /// An empty form.
    pub fn new() -> Self {
        Multipart::default()
    }

    /// A text part.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.parts.push(Part {
            name: name.to_string(),
            data: Bytes::from(value.into()),
            file_name: None,
            content_type: None,
        });
        self
    }

    /// A part holding any serializable value: strings as they are, other values as JSON text;
    /// `null` adds nothing.
    pub fn value<T: Serialize + ?Sized>(self, name: &str, value: &T) -> Result<Self> {
        let v = encode::to_value(value)?;
        Ok(match v {
            serde_json::Value::Null => self,
            v => self.text(name, encode::scalar(&v)),
        })
    }

    /// A part with a content type (e.g. a JSON part with `application/json`).
    pub fn typed_value<T: Serialize + ?Sized>(
        mut self,
        name: &str,
        value: &T,
        content_type: &str,
    ) -> Result<Self> {
        let v = encode::to_value(value)?;
        if v.is_null() {
            return Ok(self);
        }
        let text = if content_type.contains("json") {
            v.to_string()
        } else {
            encode::scalar(&v)
        };
        self.parts.push(Part {
            name: name.to_string(),
            data: Bytes::from(text),
            file_name: None,
            content_type: Some(content_type.to_string()),
        });
        Ok(self)
    }

    /// Adds every top-level field of a serialized object as a part (see [`Multipart::value`]),
    /// except those named in `skip` (the binary fields, added with [`Multipart::file`]).
    pub fn fields<T: Serialize + ?Sized>(mut self, value: &T, skip: &[&str]) -> Result<Self> {
        match encode::to_value(value)? {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    if !skip.contains(&k.as_str()) {
                        self = self.value(&k, &v)?;
                    }
                }
                Ok(self)
            }
            serde_json::Value::Null => Ok(self),
            other => Err(Error::InvalidRequest(format!(
                "a multipart body must be an object, not {other}"
            ))),
        }
    }

    /// A file part. `file_name` defaults to the part name, `content_type` to
    /// `application/octet-stream` (RFC 7578 4.4: file data should be labelled; some servers
    /// reject an unlabelled file part).
    pub fn file(
        mut self,
        name: &str,
        data: impl Into<Bytes>,
        file_name: Option<&str>,
        content_type: Option<&str>,
    ) -> Self {
        self.parts.push(Part {
            name: name.to_string(),
            data: data.into(),
            file_name: Some(file_name.unwrap_or(name).to_string()),
            content_type: Some(
                content_type
                    .unwrap_or("application/octet-stream")
                    .to_string(),
            ),
        });
        self
    }

    /// Names of the parts, in order.
    pub fn part_names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|p| p.name.as_str())
    }

    pub(crate) fn to_reqwest(&self) -> Result<reqwest::multipart::Form> {
        let mut form = reqwest::multipart::Form::new();
        for p in &self.parts {
            let mut part = reqwest::multipart::Part::bytes(p.data.to_vec());
            if let Some(f) = &p.file_name {
                part = part.file_name(f.clone());
            }
            if let Some(ct) = &p.content_type {
                part = part.mime_str(ct).map_err(|e| {
                    Error::InvalidRequest(format!("invalid content type {ct:?}: {e}"))
                })?;
            }
            form = form.part(p.name.clone(), part);
        }
        Ok(form)
    }
}
