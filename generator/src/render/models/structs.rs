//! A struct of the models crate from its type space entry: fields, `new()`, the flattened
//! parts' deserializers and `SchemaFit`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::type_space::{
    FitPlan, MemberEntry, MemberInit, MemberRole, SerdeAttrs, StructEntry, StructSerde, TypeEntry,
};
use super::{fit_impl, item_head, rust_ident};
use crate::render::docs::line_attrs;

pub(super) fn emit_struct(entry: &TypeEntry, s: &StructEntry) -> TokenStream {
    let ident = rust_ident(&entry.rust_name);
    let head = item_head(entry);
    let decls = s.members.iter().map(|m| {
        let doc = line_attrs(&m.docs);
        let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
        let serde = serde_attr(&m.serde);
        let name = rust_ident(&m.rust_name);
        let ty = m.rust_type.to_tokens();
        quote! {
            #doc
            #deprecated
            #serde
            pub #name: #ty,
        }
    });
    let arguments: Vec<&MemberEntry> = (s.members.iter())
        .filter(|m| matches!(m.init, MemberInit::Argument { .. }))
        .collect();
    let args = arguments.iter().filter_map(|m| {
        let name = rust_ident(&m.rust_name);
        let MemberInit::Argument { into } = &m.init else {
            return None;
        };
        let into = into.to_tokens();
        Some(quote!(#name: impl Into<#into>))
    });
    let inits = s.members.iter().map(|m| {
        let name = rust_ident(&m.rust_name);
        match &m.init {
            MemberInit::Argument { .. } => quote!(#name: #name.into()),
            MemberInit::Value(value) => {
                let value: TokenStream = value.parse().unwrap_or_default();
                quote!(#name: #value)
            }
        }
    });
    let part_fns = s.members.iter().filter_map(part_deserializer);
    let setters = setters_macro(&ident, s);
    let fit = fit_impl(
        &ident,
        s.members.iter().filter_map(measure_member).collect(),
    );
    let new_doc = if arguments.is_empty() {
        format!(" Builds a `{ident}` with every field unset.")
    } else {
        format!(" Builds a `{ident}` from its required fields; the others are unset.")
    };
    // With `Default` derived and nothing required, `new()` is that default.
    let serde_impls = serde_impls(&ident, s);
    let new_body = if s.derives_default && arguments.is_empty() {
        quote!(Self::default())
    } else {
        quote!(Self { #(#inits),* })
    };
    quote! {
        #head
        pub struct #ident {
            #(#decls)*
        }

        impl #ident {
            #[doc = #new_doc]
            pub fn new(#(#args),*) -> Self {
                #new_body
            }

            #(#part_fns)*
        }

        #setters

        #serde_impls

        #fit
    }
}

/// `serde_struct!` for a struct that reads and writes its own members; nothing for a derived one.
fn serde_impls(ident: &Ident, s: &StructEntry) -> TokenStream {
    if s.serde == StructSerde::Derived {
        return TokenStream::new();
    }
    let mut members: Vec<TokenStream> = Vec::new();
    let mut rest = None;
    for m in &s.members {
        let field = rust_ident(&m.rust_name);
        match &m.role {
            MemberRole::Field {
                wire_name, read, ..
            } => {
                let kind = Ident::new(read.helper(), Span::call_site());
                members.push(quote!(#field: #kind(#wire_name)));
            }
            MemberRole::AdditionalProperties | MemberRole::CatchAll => rest = Some(field),
            MemberRole::Part { .. } => {}
        }
    }
    members.extend(rest.map(|rest| quote!(..#rest)));
    quote! {
        crate::serde_helpers::serde_struct!(#ident { #(#members),* });
    }
}

/// `setters!` with the chainable setter of each optional field (and its null setter); nothing
/// for a struct without optional fields.
fn setters_macro(ident: &Ident, s: &StructEntry) -> TokenStream {
    let setters: Vec<TokenStream> = (s.members.iter())
        .filter_map(|m| {
            let setter = m.setter.as_ref()?;
            let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
            let name = rust_ident(&setter.name);
            let kind = Ident::new(setter.kind.macro_kind(), Span::call_site());
            let value_type = setter.value_type.to_tokens();
            let field = rust_ident(&m.rust_name);
            let null = setter.kind.null_setter().map(|null| {
                let null = rust_ident(null);
                quote!(, #null)
            });
            Some(quote!(#deprecated #name: #kind::<#value_type>(#field #null)))
        })
        .collect();
    if setters.is_empty() {
        return TokenStream::new();
    }
    quote! {
        crate::serde_helpers::setters!(#ident { #(#setters),* });
    }
}

/// `#[serde(..)]` with the member's arguments, nothing when it has none.
fn serde_attr(serde: &SerdeAttrs) -> TokenStream {
    let mut args: Vec<TokenStream> = Vec::new();
    if let Some(wire) = &serde.rename {
        args.push(quote!(rename = #wire));
    }
    if serde.flatten {
        args.push(quote!(flatten));
    }
    if serde.default {
        args.push(quote!(default));
    }
    if let Some(path) = &serde.skip_serializing_if {
        args.push(quote!(skip_serializing_if = #path));
    }
    if let Some(path) = &serde.deserialize_with {
        args.push(quote!(deserialize_with = #path));
    }
    if args.is_empty() {
        return TokenStream::new();
    }
    // A field's list ends with a comma, a flattened member's does not: prettyplease keeps a
    // trailing comma when it wraps a long attribute, and the output has always had this form.
    let trailing = (!serde.flatten).then(|| quote!(,));
    quote!(#[serde(#(#args),* #trailing)])
}

/// The private associated function that deserializes a flattened part from its own members
/// (associated, so that types sharing a file cannot clash).
fn part_deserializer(m: &MemberEntry) -> Option<TokenStream> {
    let MemberRole::Part {
        deserializer: Some(d),
    } = &m.role
    else {
        return None;
    };
    let func = rust_ident(&d.function);
    let ty = m.rust_type.to_tokens();
    let members = &d.members;
    let body = match &d.optional_inner {
        Some(inner) => {
            let inner = inner.to_tokens();
            quote!(crate::serde_helpers::deserialize_optional_part::<#inner, D>(deserializer, &[#(#members),*]))
        }
        None => {
            quote!(crate::serde_helpers::deserialize_part::<#ty, D>(deserializer, &[#(#members),*]))
        }
    };
    Some(quote! {
        fn #func<'de, D>(deserializer: D) -> Result<#ty, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            #body
        }
    })
}

/// The statement of `SchemaFit::add_fit` that measures the member, if it can stray.
fn measure_member(m: &MemberEntry) -> Option<TokenStream> {
    let id = rust_ident(&m.rust_name);
    match m.fit {
        FitPlan::None => None,
        FitPlan::Value => Some(quote!(crate::serde_helpers::SchemaFit::add_fit(&self.#id, fit);)),
        FitPlan::Values => Some(quote! {
            for value in self.#id.values() {
                crate::serde_helpers::SchemaFit::add_fit(value, fit);
            }
        }),
        FitPlan::Count => Some(quote!(fit.undeclared += self.#id.len();)),
    }
}
