//! String and integer enums of the models crate from their type space entries. What is the same
//! for every enum comes from the `serde_helpers::string_enum!` / `integer_enum!` macros.

use proc_macro2::TokenStream;
use quote::quote;

use super::plan::UNKNOWN;
use super::type_space::{EnumVariant, TypeEntry};
use super::{item_head, rust_ident};
use crate::render::docs::line_attrs;

pub(super) fn emit_string_enum(entry: &TypeEntry, values: &[EnumVariant<String>]) -> TokenStream {
    let ident = rust_ident(&entry.rust_name);
    let head = item_head(entry);
    let unknown = rust_ident(UNKNOWN);
    let variants = values.iter().map(variant_decl);
    let as_str = values.iter().map(|v| {
        let (id, wire) = (rust_ident(&v.rust_name), &v.value);
        quote!(Self::#id => #wire,)
    });
    let from_str = if values.is_empty() {
        quote!(Self::#unknown(value.to_owned()))
    } else {
        let arms = values.iter().map(|v| {
            let (id, wire) = (rust_ident(&v.rust_name), &v.value);
            quote!(#wire => Self::#id,)
        });
        quote! {
            match value {
                #(#arms)*
                other => Self::#unknown(other.to_owned()),
            }
        }
    };
    quote! {
        #head
        pub enum #ident {
            #(#variants)*
            /// A value this version of the API does not list, kept as it is on the wire.
            #unknown(String),
        }

        impl #ident {
            /// The value as on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<&str> for #ident {
            fn from(value: &str) -> Self {
                #from_str
            }
        }

        crate::serde_helpers::string_enum!(#ident);
    }
}

pub(super) fn emit_integer_enum(entry: &TypeEntry, values: &[EnumVariant<i64>]) -> TokenStream {
    let ident = rust_ident(&entry.rust_name);
    let head = item_head(entry);
    let unknown = rust_ident(UNKNOWN);
    let variants = values.iter().map(variant_decl);
    let to_value = values.iter().map(|v| {
        let (id, n) = (rust_ident(&v.rust_name), v.value);
        quote!(Self::#id => #n,)
    });
    let from_value = if values.is_empty() {
        quote!(Self::#unknown(value))
    } else {
        let arms = values.iter().map(|v| {
            let (id, n) = (rust_ident(&v.rust_name), v.value);
            quote!(#n => Self::#id,)
        });
        quote! {
            match value {
                #(#arms)*
                other => Self::#unknown(other),
            }
        }
    };
    quote! {
        #head
        pub enum #ident {
            #(#variants)*
            /// A value this version of the API does not list, kept as it is on the wire.
            #unknown(i64),
        }

        impl #ident {
            /// The value as on the wire.
            pub fn value(&self) -> i64 {
                match *self {
                    #(#to_value)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<i64> for #ident {
            fn from(value: i64) -> Self {
                #from_value
            }
        }

        crate::serde_helpers::integer_enum!(#ident);
    }
}

fn variant_decl<V>(v: &EnumVariant<V>) -> TokenStream {
    let doc = line_attrs(&v.docs);
    let id = rust_ident(&v.rust_name);
    quote!(#doc #id,)
}
