#[derive(Debug, Clone, PartialEq)]
pub enum SearchDocument {
    /// More complete representation of an access profile.
    AccessProfileDocument(crate::AccessProfileDocument),
    /// AccountActivity
    AccountActivitySearchedItem(crate::AccountActivitySearchedItem),
    /// Entitlement
    EntitlementDocument(crate::EntitlementDocument),
    /// Event
    Event(crate::Event),
    /// Identity
    IdentityDocument(crate::IdentityDocument),
    /// Role
    RoleDocument(crate::RoleDocument),
}
impl ::serde::Serialize for SearchDocument {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessProfileDocument(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountActivitySearchedItem(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::EntitlementDocument(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::Event(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityDocument(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::RoleDocument(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchDocument {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::AccessProfileDocument>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessProfileDocument(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessProfileDocument(value),
                );
            }
            Err(error) => errors.push(("AccessProfileDocument", error)),
        }
        match crate::serde_helpers::try_variant::<crate::EntitlementDocument>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EntitlementDocument(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EntitlementDocument(value),
                );
            }
            Err(error) => errors.push(("EntitlementDocument", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IdentityDocument>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityDocument(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityDocument(value),
                );
            }
            Err(error) => errors.push(("IdentityDocument", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RoleDocument>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RoleDocument(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RoleDocument(value),
                );
            }
            Err(error) => errors.push(("RoleDocument", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccountActivitySearchedItem,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountActivitySearchedItem(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountActivitySearchedItem(value),
                );
            }
            Err(error) => errors.push(("AccountActivitySearchedItem", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Event>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Event(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Event(value));
            }
            Err(error) => errors.push(("Event", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccessProfileDocument as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessProfileDocument)
            }
            1usize => {
                <crate::EntitlementDocument as ::serde::Deserialize>::deserialize(json)
                    .map(Self::EntitlementDocument)
            }
            2usize => {
                <crate::IdentityDocument as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentityDocument)
            }
            3usize => {
                <crate::RoleDocument as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RoleDocument)
            }
            4usize => {
                <crate::AccountActivitySearchedItem as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccountActivitySearchedItem)
            }
            5usize => {
                <crate::Event as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Event)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 6usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("SearchDocument", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for SearchDocument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessProfileDocument(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountActivitySearchedItem(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::EntitlementDocument(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Event(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::IdentityDocument(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::RoleDocument(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
