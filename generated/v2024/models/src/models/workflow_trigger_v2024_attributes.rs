/// Workflow Trigger Attributes.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkflowTriggerV2024Attributes {
    /// Attributes related to an IdentityNow ETS event
    EventTriggerAttributes(crate::EventTriggerAttributes),
    /// Attributes related to an external trigger
    ExternalTriggerAttributes(crate::ExternalTriggerAttributes),
    /// Attributes related to a scheduled trigger
    ScheduledTriggerAttributes(crate::ScheduledTriggerAttributes),
}
impl ::serde::Serialize for WorkflowTriggerV2024Attributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::EventTriggerAttributes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::ExternalTriggerAttributes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::ScheduledTriggerAttributes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for WorkflowTriggerV2024Attributes {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::EventTriggerAttributes as ::serde::Deserialize>::deserialize(
            &json,
        ) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent += crate::serde_helpers::absent_members(&json, &["id"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EventTriggerAttributes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EventTriggerAttributes(value),
                );
            }
            Err(error) => errors.push(("EventTriggerAttributes", error)),
        }
        match <crate::ScheduledTriggerAttributes as ::serde::Deserialize>::deserialize(
            &json,
        ) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["frequency"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ScheduledTriggerAttributes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ScheduledTriggerAttributes(value),
                );
            }
            Err(error) => errors.push(("ScheduledTriggerAttributes", error)),
        }
        match <crate::ExternalTriggerAttributes as ::serde::Deserialize>::deserialize(
            &json,
        ) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ExternalTriggerAttributes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ExternalTriggerAttributes(value),
                );
            }
            Err(error) => errors.push(("ExternalTriggerAttributes", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "WorkflowTriggerV2024Attributes",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for WorkflowTriggerV2024Attributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::EventTriggerAttributes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::ExternalTriggerAttributes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::ScheduledTriggerAttributes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
