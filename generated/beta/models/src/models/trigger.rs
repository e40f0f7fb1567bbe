#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// Unique identifier of the trigger.
    pub id: String,
    /// Trigger Name.
    pub name: String,
    pub r#type: crate::TriggerType,
    /// Trigger Description.
    pub description: Option<String>,
    /// The JSON schema of the payload that will be sent by the trigger to the subscribed service.
    pub input_schema: String,
    /// An example of the JSON payload that will be sent by the trigger to the subscribed service.
    pub example_input: crate::TriggerExampleInput,
    /// The JSON schema of the response that will be sent by the subscribed service to the trigger in response to an event.  This only applies to a trigger type of `REQUEST_RESPONSE`.
    pub output_schema: Option<Option<String>>,
    /// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
    pub example_output: Option<crate::TriggerExampleOutput>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Trigger {
    /// Builds a `Trigger` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::TriggerType>,
        input_schema: impl Into<String>,
        example_input: impl Into<crate::TriggerExampleInput>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            description: None,
            input_schema: input_schema.into(),
            example_input: example_input.into(),
            output_schema: None,
            example_output: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Trigger {
    description: optional::<String>(description),
    output_schema: nullable::<String>(output_schema, output_schema_null),
    example_output: optional::<crate::TriggerExampleOutput>(example_output),
});
crate::serde_helpers::serde_struct!(Trigger {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    description: optional("description"),
    input_schema: required("inputSchema"),
    example_input: required("exampleInput"),
    output_schema: nullable("outputSchema"),
    example_output: nullable("exampleOutput"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Trigger {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.example_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.example_output, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// An example of the JSON payload that will be sent by the trigger to the subscribed service.
#[derive(Debug, Clone, PartialEq)]
pub enum TriggerExampleInput {
    AccessRequestDynamicApprover(crate::AccessRequestDynamicApprover),
    AccessRequestPostApproval(crate::AccessRequestPostApproval),
    AccessRequestPreApproval(crate::AccessRequestPreApproval),
    AccountAggregationCompleted(crate::AccountAggregationCompleted),
    AccountAttributesChanged(crate::AccountAttributesChanged),
    AccountCorrelated(crate::AccountCorrelated),
    AccountsCollectedForAggregation(crate::AccountsCollectedForAggregation),
    AccountUncorrelated(crate::AccountUncorrelated),
    CampaignActivated(crate::CampaignActivated),
    CampaignEnded(crate::CampaignEnded),
    CampaignGenerated(crate::CampaignGenerated),
    CertificationSignedOff(crate::CertificationSignedOff),
    IdentityAttributesChanged(crate::IdentityAttributesChanged),
    IdentityCreated(crate::IdentityCreated),
    IdentityDeleted(crate::IdentityDeleted),
    ProvisioningCompleted(crate::ProvisioningCompleted),
    SavedSearchComplete(crate::SavedSearchComplete),
    SourceAccountCreated(crate::SourceAccountCreated),
    SourceAccountDeleted(crate::SourceAccountDeleted),
    SourceAccountUpdated(crate::SourceAccountUpdated),
    SourceCreated(crate::SourceCreated),
    SourceDeleted(crate::SourceDeleted),
    SourceUpdated(crate::SourceUpdated),
    VaClusterStatusChangeEvent(crate::VaClusterStatusChangeEvent),
}
impl ::serde::Serialize for TriggerExampleInput {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessRequestDynamicApprover(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessRequestPostApproval(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessRequestPreApproval(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountAggregationCompleted(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountAttributesChanged(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountCorrelated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountsCollectedForAggregation(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountUncorrelated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::CampaignActivated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::CampaignEnded(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::CampaignGenerated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::CertificationSignedOff(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::IdentityAttributesChanged(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::IdentityCreated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::IdentityDeleted(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::ProvisioningCompleted(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SavedSearchComplete(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SourceAccountCreated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SourceAccountDeleted(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SourceAccountUpdated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SourceCreated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SourceDeleted(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SourceUpdated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::VaClusterStatusChangeEvent(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for TriggerExampleInput {
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
        match crate::serde_helpers::try_variant::<crate::SourceAccountCreated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SourceAccountCreated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SourceAccountCreated(value),
                );
            }
            Err(error) => errors.push(("SourceAccountCreated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SourceAccountDeleted>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SourceAccountDeleted(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SourceAccountDeleted(value),
                );
            }
            Err(error) => errors.push(("SourceAccountDeleted", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SourceAccountUpdated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SourceAccountUpdated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SourceAccountUpdated(value),
                );
            }
            Err(error) => errors.push(("SourceAccountUpdated", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccountAggregationCompleted,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(
                        &json,
                        &["errors", "warnings"],
                    );
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountAggregationCompleted(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountAggregationCompleted(value),
                );
            }
            Err(error) => errors.push(("AccountAggregationCompleted", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccountsCollectedForAggregation,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(
                        &json,
                        &["errors", "warnings"],
                    );
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountsCollectedForAggregation(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountsCollectedForAggregation(value),
                );
            }
            Err(error) => errors.push(("AccountsCollectedForAggregation", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SavedSearchComplete>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SavedSearchComplete(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SavedSearchComplete(value),
                );
            }
            Err(error) => errors.push(("SavedSearchComplete", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SourceCreated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SourceCreated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SourceCreated(value),
                );
            }
            Err(error) => errors.push(("SourceCreated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SourceDeleted>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SourceDeleted(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SourceDeleted(value),
                );
            }
            Err(error) => errors.push(("SourceDeleted", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SourceUpdated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SourceUpdated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SourceUpdated(value),
                );
            }
            Err(error) => errors.push(("SourceUpdated", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::VaClusterStatusChangeEvent,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::VaClusterStatusChangeEvent(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::VaClusterStatusChangeEvent(value),
                );
            }
            Err(error) => errors.push(("VaClusterStatusChangeEvent", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessRequestDynamicApprover,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestDynamicApprover(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestDynamicApprover(value),
                );
            }
            Err(error) => errors.push(("AccessRequestDynamicApprover", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessRequestPostApproval,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestPostApproval(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestPostApproval(value),
                );
            }
            Err(error) => errors.push(("AccessRequestPostApproval", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessRequestPreApproval,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequestPreApproval(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequestPreApproval(value),
                );
            }
            Err(error) => errors.push(("AccessRequestPreApproval", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccountAttributesChanged,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountAttributesChanged(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountAttributesChanged(value),
                );
            }
            Err(error) => errors.push(("AccountAttributesChanged", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccountCorrelated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountCorrelated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountCorrelated(value),
                );
            }
            Err(error) => errors.push(("AccountCorrelated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::ProvisioningCompleted>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ProvisioningCompleted(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ProvisioningCompleted(value),
                );
            }
            Err(error) => errors.push(("ProvisioningCompleted", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccountUncorrelated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountUncorrelated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountUncorrelated(value),
                );
            }
            Err(error) => errors.push(("AccountUncorrelated", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::IdentityAttributesChanged,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityAttributesChanged(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityAttributesChanged(value),
                );
            }
            Err(error) => errors.push(("IdentityAttributesChanged", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IdentityCreated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityCreated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityCreated(value),
                );
            }
            Err(error) => errors.push(("IdentityCreated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IdentityDeleted>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityDeleted(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityDeleted(value),
                );
            }
            Err(error) => errors.push(("IdentityDeleted", error)),
        }
        match crate::serde_helpers::try_variant::<crate::CampaignActivated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::CampaignActivated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::CampaignActivated(value),
                );
            }
            Err(error) => errors.push(("CampaignActivated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::CampaignEnded>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::CampaignEnded(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::CampaignEnded(value),
                );
            }
            Err(error) => errors.push(("CampaignEnded", error)),
        }
        match crate::serde_helpers::try_variant::<crate::CampaignGenerated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::CampaignGenerated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::CampaignGenerated(value),
                );
            }
            Err(error) => errors.push(("CampaignGenerated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::CertificationSignedOff>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::CertificationSignedOff(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::CertificationSignedOff(value),
                );
            }
            Err(error) => errors.push(("CertificationSignedOff", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::SourceAccountCreated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SourceAccountCreated)
            }
            1usize => {
                <crate::SourceAccountDeleted as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SourceAccountDeleted)
            }
            2usize => {
                <crate::SourceAccountUpdated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SourceAccountUpdated)
            }
            3usize => {
                <crate::AccountAggregationCompleted as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccountAggregationCompleted)
            }
            4usize => {
                <crate::AccountsCollectedForAggregation as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccountsCollectedForAggregation)
            }
            5usize => {
                <crate::SavedSearchComplete as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SavedSearchComplete)
            }
            6usize => {
                <crate::SourceCreated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SourceCreated)
            }
            7usize => {
                <crate::SourceDeleted as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SourceDeleted)
            }
            8usize => {
                <crate::SourceUpdated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SourceUpdated)
            }
            9usize => {
                <crate::VaClusterStatusChangeEvent as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::VaClusterStatusChangeEvent)
            }
            10usize => {
                <crate::AccessRequestDynamicApprover as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessRequestDynamicApprover)
            }
            11usize => {
                <crate::AccessRequestPostApproval as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessRequestPostApproval)
            }
            12usize => {
                <crate::AccessRequestPreApproval as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessRequestPreApproval)
            }
            13usize => {
                <crate::AccountAttributesChanged as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccountAttributesChanged)
            }
            14usize => {
                <crate::AccountCorrelated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccountCorrelated)
            }
            15usize => {
                <crate::ProvisioningCompleted as ::serde::Deserialize>::deserialize(json)
                    .map(Self::ProvisioningCompleted)
            }
            16usize => {
                <crate::AccountUncorrelated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccountUncorrelated)
            }
            17usize => {
                <crate::IdentityAttributesChanged as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::IdentityAttributesChanged)
            }
            18usize => {
                <crate::IdentityCreated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentityCreated)
            }
            19usize => {
                <crate::IdentityDeleted as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentityDeleted)
            }
            20usize => {
                <crate::CampaignActivated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::CampaignActivated)
            }
            21usize => {
                <crate::CampaignEnded as ::serde::Deserialize>::deserialize(json)
                    .map(Self::CampaignEnded)
            }
            22usize => {
                <crate::CampaignGenerated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::CampaignGenerated)
            }
            23usize => {
                <crate::CertificationSignedOff as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::CertificationSignedOff)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 24usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("TriggerExampleInput", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for TriggerExampleInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessRequestDynamicApprover(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessRequestPostApproval(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessRequestPreApproval(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountAggregationCompleted(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountAttributesChanged(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountCorrelated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountsCollectedForAggregation(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountUncorrelated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::CampaignActivated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::CampaignEnded(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::CampaignGenerated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::CertificationSignedOff(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::IdentityAttributesChanged(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::IdentityCreated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::IdentityDeleted(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::ProvisioningCompleted(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SavedSearchComplete(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SourceAccountCreated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SourceAccountDeleted(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SourceAccountUpdated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SourceCreated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SourceDeleted(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SourceUpdated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::VaClusterStatusChangeEvent(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
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
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<
            Option<crate::AccessRequestDynamicApproverBeta>,
        >(&json) {
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
        match crate::serde_helpers::try_variant::<
            crate::AccessRequestPreApprovalBeta,
        >(&json) {
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
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Option<
                    crate::AccessRequestDynamicApproverBeta,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessRequestDynamicApproverBeta)
            }
            1usize => {
                <crate::AccessRequestPreApprovalBeta as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessRequestPreApprovalBeta)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
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
