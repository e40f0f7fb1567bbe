/// The potential role created by details
#[derive(Debug, Clone, PartialEq)]
pub enum RoleMiningPotentialRoleSummaryCreatedBy {
    EntityCreatedByDto(crate::EntityCreatedByDto),
    String(Option<String>),
}
impl ::serde::Serialize for RoleMiningPotentialRoleSummaryCreatedBy {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::EntityCreatedByDto(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for RoleMiningPotentialRoleSummaryCreatedBy {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::EntityCreatedByDto as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EntityCreatedByDto(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EntityCreatedByDto(value),
                );
            }
            Err(error) => errors.push(("EntityCreatedByDto", error)),
        }
        match <Option<String> as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "RoleMiningPotentialRoleSummaryCreatedBy",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleSummaryCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::EntityCreatedByDto(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
        }
    }
}
