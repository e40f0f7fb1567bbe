/// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
#[derive(Debug, Clone, PartialEq)]
pub enum TriggerExampleOutput {
    AccessRequestDynamicApproverV2024(Option<crate::AccessRequestDynamicApproverV2024>),
    AccessRequestPreApprovalV2024(crate::AccessRequestPreApprovalV2024),
}
impl ::serde::Serialize for TriggerExampleOutput {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessRequestDynamicApproverV2024(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessRequestPreApprovalV2024(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for TriggerExampleOutput {
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
            crate::AccessRequestDynamicApproverV2024,
        > as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestDynamicApproverV2024(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestDynamicApproverV2024(value),
                );
            }
            Err(error) => errors.push(("AccessRequestDynamicApproverV2024", error)),
        }
        match <crate::AccessRequestPreApprovalV2024 as ::serde::Deserialize>::deserialize(
            &json,
        ) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestPreApprovalV2024(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestPreApprovalV2024(value),
                );
            }
            Err(error) => errors.push(("AccessRequestPreApprovalV2024", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("TriggerExampleOutput", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for TriggerExampleOutput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessRequestDynamicApproverV2024(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessRequestPreApprovalV2024(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
