//! The error type of each operation: one enum per operation, whose variants are the
//! operation's documented error statuses, implemented with [`crate::operation_error!`].
//!
//! Every such enum also has a variant for an answer the spec does not describe
//! (`Unexpected`, holding the [`ApiError`]) and one for everything that is not an answer
//! (`Other`, holding the crate-wide [`Error`]). It converts into [`Error`] without losing
//! anything, so `?` into [`Error`], `anyhow` or `Box<dyn std::error::Error>` keeps working.

use std::fmt;
use std::ops::Deref;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::details::ErrorDetails;
use crate::error::{excerpt, ApiError, Error, ErrorModel};

/// A documented error answer: its decoded model and the answer it came from.
///
/// Dereferences to the model, so `err.detail_code` reads a field of the model.
#[derive(Debug)]
pub struct TypedApiError<M> {
    /// The error model the spec documents for the status, decoded.
    pub model: M,
    /// Status, headers and body excerpt of the answer (its `model` is `None`: the model is
    /// [`Self::model`]).
    pub answer: ApiError,
}

impl<M> Deref for TypedApiError<M> {
    type Target = M;
    fn deref(&self) -> &M {
        &self.model
    }
}

impl<M> TypedApiError<M> {
    /// HTTP status.
    pub fn status(&self) -> StatusCode {
        self.answer.status
    }

    /// The API's standard error fields of the answer (see [`ErrorDetails`]).
    pub fn details(&self) -> ErrorDetails {
        self.answer.details()
    }
}

impl<M> fmt::Display for TypedApiError<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.answer, f)
    }
}

/// An error answer read whole, before the operation decodes it by status.
#[derive(Debug)]
pub struct ErrorAnswer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl ErrorAnswer {
    /// An answer with `status`, `headers` and `body`.
    pub fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        ErrorAnswer {
            status,
            headers,
            body,
        }
    }

    /// The HTTP status as a number, to `match` on.
    pub fn status_code(&self) -> u16 {
        self.status.as_u16()
    }

    /// The body decoded as the documented model `M`; the untyped answer when it does not
    /// decode.
    pub fn decode<M>(self) -> Result<Box<TypedApiError<M>>, Box<ApiError>>
    where
        M: DeserializeOwned,
    {
        match serde_json::from_slice::<M>(&self.body) {
            Ok(model) => Ok(Box::new(TypedApiError {
                model,
                answer: self.into_api_error(),
            })),
            Err(_) => Err(Box::new(self.into_api_error())),
        }
    }

    /// The answer without a typed model.
    pub fn untyped(self) -> Box<ApiError> {
        Box::new(self.into_api_error())
    }

    fn into_api_error(self) -> ApiError {
        ApiError {
            status: self.status,
            body_excerpt: excerpt(&self.body),
            headers: self.headers,
            model: None,
        }
    }
}

/// What a variant of an operation's error enum holding an answer is: built from the answer
/// (decoding the documented model, if any), and turned into the crate-wide error keeping it.
pub trait AnswerVariant: Sized {
    /// Builds the variant's value; the untyped answer when the body does not decode.
    fn from_answer(answer: ErrorAnswer) -> Result<Self, Box<ApiError>>;
    /// The answer (status, headers, body excerpt).
    fn api_error(&self) -> &ApiError;
    /// The crate-wide error, keeping the decoded model for [`Error::typed`].
    fn into_error(self) -> Error;
}

impl AnswerVariant for Box<ApiError> {
    fn from_answer(answer: ErrorAnswer) -> Result<Self, Box<ApiError>> {
        Ok(answer.untyped())
    }
    fn api_error(&self) -> &ApiError {
        self
    }
    fn into_error(self) -> Error {
        Error::Api(self)
    }
}

impl<M: ErrorModel + DeserializeOwned> AnswerVariant for Box<TypedApiError<M>> {
    fn from_answer(answer: ErrorAnswer) -> Result<Self, Box<ApiError>> {
        answer.decode()
    }
    fn api_error(&self) -> &ApiError {
        &self.answer
    }
    fn into_error(self) -> Error {
        let TypedApiError { model, mut answer } = *self;
        answer.model = Some(Box::new(model));
        Error::Api(Box::new(answer))
    }
}

/// The error type of an operation (see [`crate::operation_error!`]); the crate-wide [`Error`]
/// is one too, for hand-written operations.
pub trait OperationError: std::error::Error + Send + Sync + Sized + 'static {
    /// Decodes an error answer by the operation's documented statuses.
    fn from_answer(answer: ErrorAnswer) -> Self;
    /// Everything that is not an answer to decode: transport, timeout, configuration, a
    /// success body that does not decode.
    fn from_error(error: Error) -> Self;
    /// The crate-wide error, losing nothing.
    fn into_error(self) -> Error;
    /// The answer, when the error is one.
    fn api_error(&self) -> Option<&ApiError>;
    /// The error that is not an answer, if it is one.
    fn other(&self) -> Option<&Error>;

    /// The HTTP status of the answer this error comes from, if any.
    fn status_code(&self) -> Option<u16> {
        match self.other() {
            Some(e) => e.status(),
            None => self.api_error().map(|a| a.status.as_u16()),
        }
    }

    /// The API's standard error fields, when the error is an answer.
    fn error_details(&self) -> Option<ErrorDetails> {
        match self.other() {
            Some(e) => e.details(),
            None => self.api_error().map(ApiError::details),
        }
    }
}

impl OperationError for Error {
    fn from_answer(answer: ErrorAnswer) -> Self {
        Error::Api(answer.untyped())
    }
    fn from_error(error: Error) -> Self {
        error
    }
    fn into_error(self) -> Error {
        self
    }
    fn api_error(&self) -> Option<&ApiError> {
        Error::api_error(self)
    }
    fn other(&self) -> Option<&Error> {
        Some(self)
    }
}

/// `Display` of an operation's error: the answer, or the other error.
pub fn fmt_operation_error<E: OperationError>(e: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match (e.other(), e.api_error()) {
        (Some(other), _) => fmt::Display::fmt(other, f),
        (None, Some(answer)) => fmt::Display::fmt(answer, f),
        (None, None) => f.write_str("operation failed"),
    }
}

/// Implements an operation's error enum: [`OperationError`] (decoding an error answer by
/// status), `status`, `details` and `api_error`, `Display`, `std::error::Error`, and the
/// conversions from and into the crate-wide [`Error`].
///
/// The enum has one variant per documented status, holding `Box<TypedApiError<Model>>` (the
/// decoded model) or `Box<ApiError>` (no JSON body documented), plus
/// `Unexpected(Box<ApiError>)` (an undocumented status, or a body that does not decode) and
/// `Other(Error)` (no answer). The macro lists the statuses in matching order.
///
/// ```
/// use sailpoint_runtime::{ApiError, Error, TypedApiError};
/// # use serde::Deserialize;
/// #[derive(Debug, Deserialize)]
/// pub struct Problem { #[serde(rename = "detailCode")] pub detail_code: Option<String> }
///
/// #[derive(Debug)]
/// #[non_exhaustive]
/// pub enum GetThingError {
///     BadRequest(Box<TypedApiError<Problem>>),
///     NotFound(Box<ApiError>),
///     ServerError5xx(Box<TypedApiError<Problem>>),
///     Unexpected(Box<ApiError>),
///     Other(Error),
/// }
/// sailpoint_runtime::operation_error!(GetThingError {
///     400 => BadRequest,
///     404 => NotFound,
///     500..=599 => ServerError5xx,
/// });
///
/// fn explain(err: &GetThingError) -> String {
///     match err {
///         GetThingError::BadRequest(e) => format!("bad request: {:?}", e.detail_code),
///         GetThingError::NotFound(_) => "no such thing".into(),
///         other => other.to_string(),
///     }
/// }
/// # let _ = explain;
/// ```
#[macro_export]
macro_rules! operation_error {
    ($name:ident { $( $pat:pat => $variant:ident ),* $(,)? }) => {
        impl $crate::operation_error::OperationError for $name {
            fn from_answer(answer: $crate::operation_error::ErrorAnswer) -> Self {
                #[allow(unreachable_patterns)]
                match answer.status_code() {
                    // A `match` rather than `map_or_else(Self::Unexpected, Self::$variant)`:
                    // two function items per variant to infer cost a client crate ~10% of
                    // its check time.
                    $( $pat => match $crate::operation_error::AnswerVariant::from_answer(answer) {
                        Ok(variant) => Self::$variant(variant),
                        Err(answer) => Self::Unexpected(answer),
                    }, )*
                    _ => Self::Unexpected(answer.untyped()),
                }
            }
            fn from_error(error: $crate::Error) -> Self {
                Self::Other(error)
            }
            fn into_error(self) -> $crate::Error {
                match self {
                    $( Self::$variant(e) => $crate::operation_error::AnswerVariant::into_error(e), )*
                    Self::Unexpected(e) => $crate::Error::Api(e),
                    Self::Other(e) => e,
                }
            }
            fn api_error(&self) -> ::std::option::Option<&$crate::ApiError> {
                match self {
                    $( Self::$variant(e) => Some($crate::operation_error::AnswerVariant::api_error(e)), )*
                    Self::Unexpected(e) => Some(e),
                    Self::Other(_) => None,
                }
            }
            fn other(&self) -> ::std::option::Option<&$crate::Error> {
                match self {
                    Self::Other(e) => Some(e),
                    _ => None,
                }
            }
        }

        impl $name {
            /// The HTTP status of the answer this error comes from, if any.
            pub fn status(&self) -> ::std::option::Option<u16> {
                $crate::operation_error::OperationError::status_code(self)
            }

            /// The API's standard error fields (detail code, tracking id, messages,
            /// `Retry-After`), when the error is an answer.
            pub fn details(&self) -> ::std::option::Option<$crate::ErrorDetails> {
                $crate::operation_error::OperationError::error_details(self)
            }

            /// The answer (status, headers, body excerpt), when the error is one.
            pub fn api_error(&self) -> ::std::option::Option<&$crate::ApiError> {
                $crate::operation_error::OperationError::api_error(self)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::operation_error::fmt_operation_error(self, f)
            }
        }

        impl ::std::error::Error for $name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    Self::Other(e) => Some(e),
                    _ => None,
                }
            }
        }

        impl ::std::convert::From<$name> for $crate::Error {
            fn from(e: $name) -> $crate::Error {
                $crate::operation_error::OperationError::into_error(e)
            }
        }

        impl ::std::convert::From<$crate::Error> for $name {
            fn from(e: $crate::Error) -> $name {
                $name::Other(e)
            }
        }
    };
}
