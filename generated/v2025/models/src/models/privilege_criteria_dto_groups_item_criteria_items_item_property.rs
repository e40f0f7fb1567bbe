#[derive(Debug, Clone, PartialEq)]
pub enum PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
        crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1,
    ),
    Value(::serde_json::Value),
}
impl ::serde::Serialize for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                value,
            ) => ::serde::Serialize::serialize(value, serializer),
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1 as ::serde::Deserialize>::deserialize(
            &json,
        ) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                        value,
                    ),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1",
                        error,
                    ))
            }
        }
        match <::serde_json::Value as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemPropertyVariant1(
                value,
            ) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
        }
    }
}
