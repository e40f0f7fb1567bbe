#[derive(Debug, Clone, PartialEq)]
pub enum ListCompleteWorkflowLibraryResponseItem {
    WorkflowAction(crate::WorkflowAction),
    WorkflowTrigger(crate::WorkflowTrigger),
    WorkflowOperator(crate::WorkflowOperator),
}
impl ::serde::Serialize for ListCompleteWorkflowLibraryResponseItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::WorkflowAction(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::WorkflowTrigger(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::WorkflowOperator(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for ListCompleteWorkflowLibraryResponseItem {
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
        match crate::serde_helpers::try_variant::<crate::WorkflowAction>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::WorkflowAction(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::WorkflowAction(value),
                );
            }
            Err(error) => errors.push(("WorkflowAction", error)),
        }
        match crate::serde_helpers::try_variant::<crate::WorkflowTrigger>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::WorkflowTrigger(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::WorkflowTrigger(value),
                );
            }
            Err(error) => errors.push(("WorkflowTrigger", error)),
        }
        match crate::serde_helpers::try_variant::<crate::WorkflowOperator>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::WorkflowOperator(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::WorkflowOperator(value),
                );
            }
            Err(error) => errors.push(("WorkflowOperator", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::WorkflowAction as ::serde::Deserialize>::deserialize(json)
                    .map(Self::WorkflowAction)
            }
            1usize => {
                <crate::WorkflowTrigger as ::serde::Deserialize>::deserialize(json)
                    .map(Self::WorkflowTrigger)
            }
            2usize => {
                <crate::WorkflowOperator as ::serde::Deserialize>::deserialize(json)
                    .map(Self::WorkflowOperator)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 3usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "ListCompleteWorkflowLibraryResponseItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for ListCompleteWorkflowLibraryResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::WorkflowAction(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::WorkflowTrigger(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::WorkflowOperator(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
