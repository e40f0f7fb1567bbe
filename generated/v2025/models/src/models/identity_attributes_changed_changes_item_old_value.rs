/// The value of the identity attribute before it changed.
#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemOldValue {
    String(String),
    Bool(bool),
    StringList(Vec<String>),
    IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(
        Option<
            ::indexmap::IndexMap<
                String,
                crate::IdentityAttributesChangedChangesItemOldValueVariant4Value,
            >,
        >,
    ),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemOldValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentityAttributesChangedChangesItemOldValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <Option<
            ::indexmap::IndexMap<
                String,
                crate::IdentityAttributesChangedChangesItemOldValueVariant4Value,
            >,
        > as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(
                        value,
                    ),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "IdentityAttributesChangedChangesItemOldValueVariant4ValueMap",
                        error,
                    ))
            }
        }
        match <Vec<String> as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
        }
        match <bool as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match <String as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "IdentityAttributesChangedChangesItemOldValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedChangesItemOldValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::StringList(_) => {}
            Self::IdentityAttributesChangedChangesItemOldValueVariant4ValueMap(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
