/// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
#[derive(Debug, Clone, PartialEq)]
pub enum TriggerExampleOutput {
    AccessRequestDynamicApproverBeta(Option<crate::AccessRequestDynamicApproverBeta>),
    AccessRequestPreApprovalBeta(crate::AccessRequestPreApprovalBeta),
}
impl ::serde::Serialize for TriggerExampleOutput {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessRequestDynamicApproverBeta(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessRequestPreApprovalBeta(value) => {
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
            crate::AccessRequestDynamicApproverBeta,
        > as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestDynamicApproverBeta(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestDynamicApproverBeta(value),
                );
            }
            Err(error) => errors.push(("AccessRequestDynamicApproverBeta", error)),
        }
        match <crate::AccessRequestPreApprovalBeta as ::serde::Deserialize>::deserialize(
            &json,
        ) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestPreApprovalBeta(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestPreApprovalBeta(value),
                );
            }
            Err(error) => errors.push(("AccessRequestPreApprovalBeta", error)),
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
            Self::AccessRequestDynamicApproverBeta(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessRequestPreApprovalBeta(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
