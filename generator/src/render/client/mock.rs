//! `src/mock/<tag>.rs`: the typed expectations of a tag's operations, from each operation's
//! [`MockPlan`]. Per operation only what is per operation: a marker type, the function that
//! starts its expectation (method and path template), and an impl on the generic `Mock<O>` of
//! `templates/client/src/mock/mod.rs` with one matcher per parameter and JSON body and one
//! answer per documented response. Everything else (`times`, `respond_json`, `matching`, the
//! encoding) is written once, in that template and in the runtime's `mock` module.

use anyhow::Result;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::plan::{AnswerBody, GroupPlan, MatcherKind, MockAnswer, MockMatcher, OperationPlan};
use super::{doc_attrs, doc_attrs_raw, inner_doc_attrs, rust_ident, rust_type};

/// `src/mock/<tag>.rs` for one tag group.
pub(super) fn tag_module(g: &GroupPlan) -> Result<TokenStream> {
    let module_doc = inner_doc_attrs(&format!(
        "Typed expectations of the operations tagged `{}`: `server.expect(mock::{}::<operation>()...)`.",
        g.tag.replace('`', "'"),
        g.module
    ));
    let mut items = Vec::new();
    for o in &g.operations {
        items.push(operation(g, o)?);
    }
    Ok(quote! {
        #module_doc

        #[allow(unused_imports)]
        use crate::{models, runtime};

        #(#items)*
    })
}

/// The marker, the starting function and the typed methods of one operation.
fn operation(g: &GroupPlan, o: &OperationPlan) -> Result<TokenStream> {
    let marker = rust_ident(&o.builder);
    let function = rust_ident(&o.method_ident);
    let method = format_ident!("{}", o.http_method.as_str());
    let template = &o.mock.path_template;
    let marker_doc = doc_attrs_raw(&format!(
        "The operation of [`{}()`], as `Mock<{}>`.",
        o.method, o.builder
    ));
    let function_doc = doc_attrs_raw(&format!(
        "Expects [`{api}::{m}`](crate::apis::{module}::{api}::{m}): `{} {}`.",
        o.http_method.as_str(),
        template.replace('`', "'"),
        api = g.api_struct,
        m = o.method,
        module = g.module,
    ));
    let mut methods = Vec::new();
    for m in &o.mock.matchers {
        methods.push(matcher(o, m)?);
    }
    for a in &o.mock.answers {
        methods.push(answer(a)?);
    }
    let impl_block = (!methods.is_empty()).then(|| {
        quote! {
            impl super::Mock<#marker> {
                #(#methods)*
            }
        }
    });
    Ok(quote! {
        #marker_doc
        pub enum #marker {}

        #function_doc
        pub fn #function() -> super::Mock<#marker> {
            super::Mock::new(runtime::Method::#method, #template)
        }

        #impl_block
    })
}

/// A matcher method taking the member's type, as the client's argument or setter does.
fn matcher(o: &OperationPlan, m: &MockMatcher) -> Result<TokenStream> {
    let member = &o.members[m.member];
    let id = rust_ident(&m.ident);
    let ty = rust_type(&member.rust_type)?;
    let (what, call) = match &m.kind {
        MatcherKind::Path { wire_name, explode } => (
            format!("path parameter `{wire_name}`"),
            quote!(self.path_param(#wire_name, &value, #explode)),
        ),
        MatcherKind::Query {
            wire_name,
            style,
            explode,
        } => (
            format!("query parameter `{wire_name}`"),
            quote!(self.query_param(#wire_name, &value, #style, #explode)),
        ),
        MatcherKind::Header { wire_name } => (
            format!("header `{wire_name}`"),
            quote!(self.header_param(#wire_name, &value)),
        ),
        MatcherKind::JsonBody => {
            return Ok(quote! {
                #[doc = " Requires a JSON body equal to `value`."]
                pub fn #id(self, value: &#ty) -> Self {
                    self.json_body(value)
                }
            })
        }
    };
    let doc = doc_attrs(&format!(
        "Requires {what} with `value`, encoded as the client does."
    ));
    Ok(match member.into_string {
        true => quote! {
            #doc
            pub fn #id(self, value: impl Into<String>) -> Self {
                let value: String = value.into();
                #call
            }
        },
        false => quote! {
            #doc
            pub fn #id(self, value: #ty) -> Self {
                #call
            }
        },
    })
}

/// An answer method (and, for a success with an example, `<method>_example`).
fn answer(a: &MockAnswer) -> Result<TokenStream> {
    let name = format_ident!("{}", a.method);
    let (status_param, status, said) = match a.code {
        Some(code) => {
            let lit = Literal::u16_unsuffixed(code);
            (TokenStream::new(), quote!(#lit), format!("`{code}`"))
        }
        None => (
            quote!(status: u16,),
            quote!(status),
            format!("`status` (documented as `{}`)", a.status),
        ),
    };
    let (params, call, with) = match &a.body {
        AnswerBody::Empty => (
            TokenStream::new(),
            quote!(self.respond_empty(#status)),
            "no body",
        ),
        AnswerBody::Json(ty) => {
            let ty = rust_type(ty)?;
            (
                quote!(body: &#ty),
                quote!(self.respond_json(#status, body)),
                "`body` as JSON",
            )
        }
        AnswerBody::Text(ct) => (
            quote!(body: &str),
            quote!(self.respond_text(#status, #ct, body)),
            "`body` as text",
        ),
        AnswerBody::Bytes(ct) => (
            quote!(body: &[u8]),
            quote!(self.respond_bytes(#status, #ct, body)),
            "`body`",
        ),
    };
    let doc = doc_attrs(&format!("Answers {said} with {with}."));
    let example = a.example.as_ref().map(|json| {
        let example_name = format_ident!("{}_example", a.method);
        let doc = doc_attrs(&format!("Answers {said} with the spec's example."));
        quote! {
            #doc
            pub fn #example_name(self) -> Self {
                self.respond_json_text(#status, #json)
            }
        }
    });
    Ok(quote! {
        #doc
        pub fn #name(self, #status_param #params) -> Self {
            #call
        }
        #example
    })
}
