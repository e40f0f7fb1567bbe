/// Identity attribute's new value after the change.
#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemNewValue {
    String(String),
    Bool(bool),
    StringList(Vec<String>),
    IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(
        Option<
            ::indexmap::IndexMap<
                String,
                crate::IdentityAttributesChangedChangesItemNewValueVariant4Value,
            >,
        >,
    ),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemNewValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentityAttributesChangedChangesItemNewValue {
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
                crate::IdentityAttributesChangedChangesItemNewValueVariant4Value,
            >,
        > as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(
                        value,
                    ),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "IdentityAttributesChangedChangesItemNewValueVariant4ValueMap",
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
                "IdentityAttributesChangedChangesItemNewValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedChangesItemNewValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::StringList(_) => {}
            Self::IdentityAttributesChangedChangesItemNewValueVariant4ValueMap(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
