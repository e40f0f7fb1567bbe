//! A union of the models crate from its type space entry: an enum with hand-written serde
//! impls. A known discriminator tag picks the variant; otherwise the members are tried in the
//! entry's try-order and the best fit wins (see the crate docs in `models`).

use proc_macro2::TokenStream;
use quote::quote;

use super::type_space::{TypeEntry, UnionEntry, UnionVariant};
use super::{fit_impl, item_head, rust_ident};
use crate::render::docs::line_attrs;

pub(super) fn emit_union(entry: &TypeEntry, u: &UnionEntry) -> TokenStream {
    let ident = rust_ident(&entry.rust_name);
    let head = item_head(entry);
    let variants = u.variants.iter().map(|v| {
        let doc = line_attrs(&v.docs);
        let (id, ty) = (rust_ident(&v.rust_name), v.rust_type.to_tokens());
        quote!(#doc #id(#ty),)
    });
    // Serialize: the member as it is; a discriminated member that does not carry its tag as a
    // required field gets it added.
    let ser_arms = u.variants.iter().map(|v| {
        let id = rust_ident(&v.rust_name);
        match (&u.discriminator, &v.adds_tag) {
            (Some(property), Some(tag)) => quote! {
                Self::#id(value) => crate::serde_helpers::serialize_tagged(value, #property, #tag, serializer),
            },
            _ => quote!(Self::#id(value) => ::serde::Serialize::serialize(value, serializer),),
        }
    });
    let tag_dispatch = tag_dispatch(u);
    // Best fit: every member that accepts the value is measured (`serde_helpers::Fit`: absent
    // required members, unlisted enum values, undeclared object members); an exact fit wins at
    // once, else the best one, the first tried among equals.
    let order: Vec<&UnionVariant> = (u.try_order.iter())
        .filter_map(|&i| u.variants.get(i))
        .collect();
    let attempts: Vec<TokenStream> = order.iter().map(|v| attempt(v)).collect();
    // In the tolerant pass, a value no member accepts strictly is read by the member that keeps
    // it with the fewest deviations (`decode::union_member`), in the same order.
    let tolerant_arms = order.iter().enumerate().map(|(i, v)| {
        let (id, ty) = (rust_ident(&v.rust_name), v.rust_type.to_tokens());
        quote!(#i => <#ty as ::serde::Deserialize>::deserialize(json).map(Self::#id),)
    });
    let members = order.len();
    let tolerant = (members > 0).then(|| {
        quote! {
            let member = |i: usize, json: &::serde_json::Value| match i {
                #(#tolerant_arms)*
                _ => Err(::serde::de::Error::custom("no such member")),
            };
            if let Some(value) = crate::decode::union_member(&json, #members, member) {
                return Ok(value);
            }
        }
    });
    let measured = (u.variants.iter()).any(|v| !v.absent_members.is_empty() || v.may_stray);
    let (best_decl, best_ret) = if measured {
        (
            quote!(let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;),
            quote! {
                if let Some((_, value)) = best {
                    return Ok(value);
                }
            },
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let fit_arms = u.variants.iter().map(|v| {
        let id = rust_ident(&v.rust_name);
        if v.may_stray {
            quote!(Self::#id(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),)
        } else {
            quote!(Self::#id(_) => {})
        }
    });
    let fit = if u.variants.iter().any(|v| v.may_stray) {
        fit_impl(&ident, vec![quote!(match self { #(#fit_arms)* })])
    } else {
        fit_impl(&ident, Vec::new())
    };
    let name = entry.ir_name.as_str();
    quote! {
        #head
        pub enum #ident {
            #(#variants)*
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
            where
                S: ::serde::Serializer,
            {
                match self {
                    #(#ser_arms)*
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                let _union = crate::decode::enter_union();
                let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                #tag_dispatch
                let mut errors = Vec::new();
                #best_decl
                #(#attempts)*
                #best_ret
                #tolerant
                Err(crate::serde_helpers::no_variant_matched(#name, &errors))
            }
        }

        #fit
    }
}

/// A known tag decides the variant (nothing without a discriminator or tags).
fn tag_dispatch(u: &UnionEntry) -> TokenStream {
    let Some(property) = &u.discriminator else {
        return TokenStream::new();
    };
    let arms: Vec<(TokenStream, TokenStream)> = (u.variants.iter())
        .filter(|v| !v.tags.is_empty())
        .map(|v| {
            let (id, ty, tags) = (rust_ident(&v.rust_name), v.rust_type.to_tokens(), &v.tags);
            (
                quote!(#(#tags)|*),
                quote! {
                    return <#ty as ::serde::Deserialize>::deserialize(&json)
                        .map(Self::#id)
                        .map_err(<D::Error as ::serde::de::Error>::custom)
                },
            )
        })
        .collect();
    match arms.as_slice() {
        [] => TokenStream::new(),
        [(pat, body)] => quote! {
            if let Some(#pat) = crate::serde_helpers::discriminator(&json, #property) {
                #body;
            }
        },
        _ => {
            let arms = arms
                .iter()
                .map(|(pat, body)| quote!(Some(#pat) => { #body; }));
            quote! {
                match crate::serde_helpers::discriminator(&json, #property) {
                    #(#arms)*
                    _ => {}
                }
            }
        }
    }
}

/// One member tried: an exact fit returns at once, else it competes for the best fit.
fn attempt(v: &UnionVariant) -> TokenStream {
    let (id, ty) = (rust_ident(&v.rust_name), v.rust_type.to_tokens());
    let label = v.rust_name.as_str();
    let absent = &v.absent_members;
    if absent.is_empty() && !v.may_stray {
        return quote! {
            match crate::serde_helpers::try_variant::<#ty>(&json) {
                Ok(value) => return Ok(Self::#id(value)),
                Err(error) => errors.push((#label, error)),
            }
        };
    }
    let count_absent = (!absent.is_empty()).then(
        || quote!(fit.absent += crate::serde_helpers::absent_members(&json, &[#(#absent),*]);),
    );
    let count_stray = v
        .may_stray
        .then(|| quote!(crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);));
    quote! {
        match crate::serde_helpers::try_variant::<#ty>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                #count_absent
                #count_stray
                if fit.is_exact() {
                    return Ok(Self::#id(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::#id(value));
            }
            Err(error) => errors.push((#label, error)),
        }
    }
}
