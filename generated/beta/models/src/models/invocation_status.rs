#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvocationStatus {
    /// Invocation ID
    pub id: String,
    /// Trigger ID
    #[serde(rename = "triggerId")]
    pub trigger_id: String,
    /// Subscription name
    #[serde(rename = "subscriptionName")]
    pub subscription_name: String,
    /// Subscription ID
    #[serde(rename = "subscriptionId")]
    pub subscription_id: String,
    pub r#type: crate::InvocationStatusType,
    /// Invocation created timestamp. ISO-8601 in UTC.
    pub created: crate::primitives::DateTime,
    /// Invocation completed timestamp; empty fields imply invocation is in-flight or not completed. ISO-8601 in UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<crate::primitives::DateTime>,
    /// Data related to start of trigger invocation.
    #[serde(rename = "startInvocationInput")]
    pub start_invocation_input: crate::StartInvocationInput,
    /// Data related to end of trigger invocation.
    #[serde(
        rename = "completeInvocationInput",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub complete_invocation_input: Option<crate::CompleteInvocationInput>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl InvocationStatus {
    /// Builds a `InvocationStatus` from its required fields; the others are unset.
    pub fn new(
        id: String,
        trigger_id: String,
        subscription_name: String,
        subscription_id: String,
        r#type: crate::InvocationStatusType,
        created: crate::primitives::DateTime,
        start_invocation_input: crate::StartInvocationInput,
    ) -> Self {
        Self {
            id,
            trigger_id,
            subscription_name,
            subscription_id,
            r#type,
            created,
            completed: None,
            start_invocation_input,
            complete_invocation_input: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for InvocationStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.start_invocation_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.complete_invocation_input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
