//! One operation's code, from its [`OperationPlan`]: the API struct's method, the request
//! builder (fields, setters, `request`, `decode`, paging), the error enum (through the runtime's
//! `operation_error!`) and, when successes differ by status, the response enum.

use anyhow::Result;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::plan::{
    BodyEncoding, ErrorVariant, FilePart, MemberPlan, OperationPlan, PathPart, RequestStep,
    StatusPattern, SuccessPlan, SuccessShape, OTHER_VARIANT, SHARED_ERRORS_MODULE,
    UNEXPECTED_VARIANT,
};
use super::{doc_attrs, doc_attrs_raw, paging, rust_ident, rust_type};
use crate::render::docs::doc_markdown;

/// The method on the API struct, and the items (builder, response enum) beside the struct.
pub(super) fn operation(o: &OperationPlan) -> Result<(TokenStream, TokenStream)> {
    let builder = rust_ident(&o.builder);
    let method_ident = rust_ident(&o.method_ident);
    let (success_ty, decode, response_enum) = success(o)?;
    let error_enum = error_enum(o)?;
    let error_ty = rust_ident(&o.errors.enum_name);
    let members = Members::of(o)?;
    let request = request(o)?;
    let paging = paging::methods(o)?;
    let method_doc = doc_attrs_raw(&o.doc);
    let deprecated = o.deprecated.then(|| quote!(#[deprecated]));
    let builder_doc = doc_attrs_raw(&o.builder_doc);
    let Members {
        fields,
        args,
        inits,
        setters,
    } = members;
    let method = quote! {
        #method_doc
        #deprecated
        pub fn #method_ident(&self, #(#args),*) -> #builder {
            #builder {
                client: self.client.clone(),
                #(#inits),*
            }
        }
    };
    let item = quote! {
        #builder_doc
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `.send().await`"]
        pub struct #builder {
            client: crate::Client,
            #(#fields),*
        }

        impl #builder {
            #(#setters)*

            fn request(&self) -> runtime::Result<runtime::Request> {
                #request
            }

            #decode

            #(#paging)*
        }

        runtime::send_methods!(#builder, #success_ty, #error_ty);

        #error_enum

        #response_enum
    };
    Ok((method, item))
}

/// The Rust type of a success shape.
pub(super) fn shape_type(shape: &SuccessShape) -> Result<TokenStream> {
    Ok(match shape {
        SuccessShape::Empty => quote!(()),
        SuccessShape::Json(ty) => rust_type(ty)?,
        SuccessShape::Text => quote!(String),
        SuccessShape::Bytes => quote!(runtime::bytes::Bytes),
    })
}

/// The future that reads a successful body of `shape`. With one success shape, `decode` returns
/// it as it is rather than being an `async fn`: a coroutine per operation was most of what
/// checking a client crate cost.
fn shape_decode(shape: &SuccessShape) -> TokenStream {
    match shape {
        SuccessShape::Empty => quote!(resp.empty()),
        SuccessShape::Json(_) => quote!(resp.json_with(crate::decode_body)),
        SuccessShape::Text => quote!(resp.text()),
        SuccessShape::Bytes => quote!(resp.bytes()),
    }
}

/// The success type, the builder's `decode` function, and the response enum when there is one.
fn success(o: &OperationPlan) -> Result<(TokenStream, TokenStream, TokenStream)> {
    let (enum_name, variants, fallback) = match &o.success {
        SuccessPlan::Single(shape) => {
            let ty = shape_type(shape)?;
            let future = shape_decode(shape);
            let decode = quote! {
                fn decode(
                    resp: runtime::Response,
                ) -> impl std::future::Future<Output = runtime::Result<#ty>> + Send + 'static {
                    #future
                }
            };
            return Ok((ty, decode, TokenStream::new()));
        }
        SuccessPlan::ByStatus {
            enum_name,
            variants,
            fallback,
        } => (enum_name, variants, fallback),
    };
    let en = rust_ident(enum_name);
    // The arm building variant `v` from the decoded body.
    let arm = |pat: TokenStream, v: &proc_macro2::Ident, shape: &SuccessShape| {
        let decode = shape_decode(shape);
        match shape {
            SuccessShape::Empty => quote!(#pat => { #decode.await?; #en::#v }),
            _ => quote!(#pat => #en::#v(#decode.await?)),
        }
    };
    let mut defs = Vec::new();
    let mut arms = Vec::new();
    for variant in variants {
        let v = format_ident!("{}", variant.variant);
        let doc = doc_attrs(&format!("HTTP {}.", variant.status));
        defs.push(match &variant.shape {
            SuccessShape::Empty => quote!(#doc #v),
            shape => {
                let t = shape_type(shape)?;
                quote!(#doc #v(#t))
            }
        });
        if let Some(pattern) = variant.pattern {
            arms.push(arm(status_tokens(pattern), &v, &variant.shape));
        }
    }
    // Undocumented 2XX statuses decode like the fallback (the first documented one).
    let catch_all = (fallback.and_then(|i| variants.get(i)))
        .map(|f| arm(quote!(_), &format_ident!("{}", f.variant), &f.shape))
        .unwrap_or_default();
    let doc = doc_attrs(&format!(
        "The successful answers of [`{}`], by status.",
        o.builder
    ));
    let response_enum = quote! {
        #doc
        #[derive(Debug, Clone)]
        pub enum #en {
            #(#defs,)*
        }
    };
    let decode = quote! {
        async fn decode(resp: runtime::Response) -> runtime::Result<#en> {
            Ok(match resp.status().as_u16() {
                #(#arms,)*
                #catch_all
            })
        }
    };
    Ok((quote!(#en), decode, response_enum))
}

/// The operation's error type: its own enum, or an alias of the shared one that lists what
/// each status means for this operation.
fn error_enum(o: &OperationPlan) -> Result<TokenStream> {
    let name = rust_ident(&o.errors.enum_name);
    let Some(shared) = &o.errors.shared else {
        let doc = format!(
            "The errors of [`{}`]: one variant per documented error status, {HOLDS_MODEL}; {}. \
             Converts into `runtime::Error` without losing anything.",
            o.builder,
            runtime_variants_doc()
        );
        return error_enum_items(&name, &doc, &o.errors.variants, TokenStream::new());
    };
    let mut doc = format!(
        "The errors of [`{}`]: [`crate::{SHARED_ERRORS_MODULE}::{shared}`], which every \
         operation with the same documented error statuses and models shares. One variant per \
         documented error status, {HOLDS_MODEL}; {}.",
        o.builder,
        runtime_variants_doc()
    );
    if !o.errors.variants.is_empty() {
        doc.push_str("\n\nWhat the statuses mean for this operation:\n");
        for v in &o.errors.variants {
            let text = doc_markdown(&v.doc).replace('\n', " ");
            doc.push_str(&format!("\n- `{}`: {text}", v.variant));
        }
    }
    let doc = doc_attrs_raw(&doc);
    let shared_module = format_ident!("{SHARED_ERRORS_MODULE}");
    let shared = rust_ident(shared);
    Ok(quote! {
        #doc
        pub type #name = crate::#shared_module::#shared;
    })
}

/// How error enums' docs describe a variant of a documented status.
pub(super) const HOLDS_MODEL: &str =
    "holding the decoded error model (dereference it to read its fields)";

/// How error enums' docs describe the two variants the runtime adds.
pub(super) fn runtime_variants_doc() -> String {
    format!(
        "`{UNEXPECTED_VARIANT}` for an answer the spec does not describe; `{OTHER_VARIANT}` when \
         there is no answer"
    )
}

/// An error enum `name` with `doc` (rustdoc-safe) and a variant per documented status, and its
/// `runtime::operation_error!` impls; `attrs` go on both.
pub(super) fn error_enum_items(
    name: &Ident,
    doc: &str,
    variants: &[ErrorVariant],
    attrs: TokenStream,
) -> Result<TokenStream> {
    let doc = doc_attrs_raw(doc);
    let mut defs = Vec::new();
    let mut arms = Vec::new();
    for v in variants {
        let doc = doc_attrs(&v.doc);
        let variant = format_ident!("{}", v.variant);
        let held = match &v.model {
            Some(ty) => {
                let ty = rust_type(ty)?;
                quote!(Box<runtime::TypedApiError<#ty>>)
            }
            None => quote!(Box<runtime::ApiError>),
        };
        defs.push(quote!(#doc #variant(#held)));
        let pat = status_tokens(v.pattern);
        arms.push(quote!(#pat => #variant));
    }
    let unexpected = format_ident!("{UNEXPECTED_VARIANT}");
    let other = format_ident!("{OTHER_VARIANT}");
    Ok(quote! {
        #doc
        #attrs
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum #name {
            #(#defs,)*
            /// An answer the spec does not describe: an undocumented status, or a body that
            /// does not decode as documented.
            #unexpected(Box<runtime::ApiError>),
            /// No answer to decode: transport, timeout, authentication, configuration, or a
            /// success body that does not decode.
            #other(runtime::Error),
        }

        #attrs
        runtime::operation_error!(#name { #(#arms),* });
    })
}

/// `200`, `400..=499` or `_`.
fn status_tokens(pattern: StatusPattern) -> TokenStream {
    match pattern {
        StatusPattern::Code(n) => {
            let lit = Literal::u16_unsuffixed(n);
            quote!(#lit)
        }
        StatusPattern::Range(lo, hi) => {
            let (lo, hi) = (Literal::u16_unsuffixed(lo), Literal::u16_unsuffixed(hi));
            quote!(#lo..=#hi)
        }
        StatusPattern::Any => quote!(_),
    }
}

/// The builder's fields, the method's arguments and how they fill the fields, the setters.
struct Members {
    fields: Vec<TokenStream>,
    args: Vec<TokenStream>,
    inits: Vec<TokenStream>,
    setters: Vec<TokenStream>,
}

impl Members {
    fn of(o: &OperationPlan) -> Result<Members> {
        let mut out = Members {
            fields: Vec::new(),
            args: Vec::new(),
            inits: Vec::new(),
            setters: Vec::new(),
        };
        for m in &o.members {
            out.add(m)?;
        }
        Ok(out)
    }

    fn add(&mut self, m: &MemberPlan) -> Result<()> {
        let id = rust_ident(&m.ident);
        let ty = rust_type(&m.rust_type)?;
        if m.required {
            self.fields.push(quote!(#id: #ty));
            if m.into_string {
                self.args.push(quote!(#id: impl Into<String>));
                self.inits.push(quote!(#id: #id.into()));
            } else {
                self.args.push(quote!(#id: #ty));
                self.inits.push(quote!(#id));
            }
            return Ok(());
        }
        self.fields.push(quote!(#id: Option<#ty>));
        self.inits.push(quote!(#id: None));
        let doc = doc_attrs_raw(&m.doc);
        let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
        let (arg_ty, value) = match m.into_string {
            true => (quote!(impl Into<String>), quote!(value.into())),
            false => (ty, quote!(value)),
        };
        self.setters.push(quote! {
            #doc
            #deprecated
            pub fn #id(mut self, value: #arg_ty) -> Self {
                self.#id = Some(#value);
                self
            }
        });
        Ok(())
    }
}

/// The body of `request`.
fn request(o: &OperationPlan) -> Result<TokenStream> {
    let path = path_expr(o);
    let http_method = format_ident!("{}", o.http_method.as_str());
    let unused_path = (o.unused_path_members.iter()).map(|&i| rust_ident(&o.members[i].ident));
    let steps = (o.steps.iter()).map(|step| request_step(o, step));
    let retry_safe = o.retry_safe.then(|| quote!(req = req.retry_safe();));
    Ok(quote! {
        let path = #path;
        #(let _ = &self.#unused_path;)*
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::#http_method, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        #(#steps)*
        #retry_safe
        Ok(req)
    })
}

/// The expression building the encoded path: literal parts and encoded parameters, concatenated.
fn path_expr(o: &OperationPlan) -> TokenStream {
    let mut parts = Vec::new();
    for part in &o.path_parts {
        match part {
            PathPart::Literal(text) => parts.push(quote!(#text)),
            PathPart::Parameter {
                member,
                prefix,
                explode,
            } => {
                let m = &o.members[*member];
                let id = rust_ident(&m.ident);
                let encoded = if m.required {
                    quote!(runtime::encode::path_param(&self.#id, #explode)?)
                } else {
                    // A path parameter is always required; an optional one is sent when set.
                    quote!(match &self.#id { Some(v) => runtime::encode::path_param(v, #explode)?, None => String::new() })
                };
                if let Some(prefix) = prefix {
                    parts.push(quote!(#prefix));
                }
                parts.push(quote!(&#encoded));
            }
        }
    }
    match o.path_parts.as_slice() {
        [] => quote!(String::new()),
        [PathPart::Literal(_)] => quote!(#(#parts)*.to_string()),
        _ => quote!([#(#parts),*].concat()),
    }
}

/// One request step; a member's step runs with `v` (or `body`) bound to its value, and only
/// when an optional member is set.
fn request_step(o: &OperationPlan, step: &RequestStep) -> TokenStream {
    let (member, binding, set) = match step {
        RequestStep::Query {
            member,
            wire_name,
            style,
            explode,
        } => (
            *member,
            quote!(v),
            quote!(req = req.query(#wire_name, v, #style, #explode)?;),
        ),
        RequestStep::Header { member, wire_name } => (
            *member,
            quote!(v),
            quote!(req = req.header_param(#wire_name, v)?;),
        ),
        RequestStep::Cookie { member, wire_name } => (
            *member,
            quote!(v),
            quote!(req = req.cookie(#wire_name, v)?;),
        ),
        RequestStep::Experimental {
            operation,
            name,
            value,
        } => return quote!(req = req.experimental(#operation, #name, #value)?;),
        RequestStep::Accept(accept) => return quote!(req = req.accept(#accept)?;),
        RequestStep::WithoutAuth => return quote!(req = req.without_auth();),
        RequestStep::Body { member, encoding } => (*member, quote!(body), body_step(encoding)),
    };
    let m = &o.members[member];
    let id = rust_ident(&m.ident);
    if m.required {
        quote! { { let #binding = &self.#id; #set } }
    } else {
        quote! { if let Some(#binding) = &self.#id { #set } }
    }
}

fn body_step(encoding: &BodyEncoding) -> TokenStream {
    match encoding {
        BodyEncoding::Json => quote!(req = req.json(body)?;),
        BodyEncoding::JsonAs(ct) => quote!(req = req.json_as(#ct, body)?;),
        BodyEncoding::Form => quote!(req = req.form(body)?;),
        BodyEncoding::Bytes(ct) => quote!(req = req.bytes(#ct, body.clone());),
        BodyEncoding::Multipart(files) => {
            let skip = files.iter().map(|f| f.wire_name.as_str());
            let parts = files.iter().map(file_part);
            quote! {
                #[allow(unused_mut)]
                let mut form = runtime::Multipart::new().fields(body, &[#(#skip),*])?;
                #(#parts)*
                req = req.multipart(form);
            }
        }
    }
}

fn file_part(f: &FilePart) -> TokenStream {
    let field = rust_ident(&f.field);
    let wire = &f.wire_name;
    let ct = match &f.content_type {
        Some(c) => quote!(Some(#c)),
        None => quote!(None),
    };
    match f.option_depth {
        0 => quote!(form = form.file(#wire, body.#field.clone(), None, #ct);),
        1 => quote! {
            if let Some(v) = &body.#field {
                form = form.file(#wire, v.clone(), None, #ct);
            }
        },
        _ => quote! {
            if let Some(Some(v)) = &body.#field {
                form = form.file(#wire, v.clone(), None, #ct);
            }
        },
    }
}
