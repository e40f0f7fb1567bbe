/// The inner object representing the completed SOD Violation check
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SodViolationCheckResultV3 {
    /// If the request failed, this includes any error message that was generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<crate::ErrorMessageDtoV3>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    #[serde(
        rename = "clientMetadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    #[serde(
        rename = "violationContexts",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub violation_contexts: Option<Option<Vec<crate::SodViolationContextV3>>>,
    /// A list of the SOD policies that were violated.
    #[serde(
        rename = "violatedPolicies",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub violated_policies: Option<Option<Vec<crate::SodPolicyDtoV3>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodViolationCheckResultV3 {
    /// Builds a `SodViolationCheckResultV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<crate::ErrorMessageDtoV3>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `client_metadata`.
    pub fn client_metadata(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.client_metadata = Some(Some(value.into()));
        self
    }
    /// Sets `client_metadata` to an explicit `null`.
    pub fn client_metadata_null(mut self) -> Self {
        self.client_metadata = Some(None);
        self
    }
    /// Sets `violation_contexts`.
    pub fn violation_contexts(
        mut self,
        value: impl Into<Vec<crate::SodViolationContextV3>>,
    ) -> Self {
        self.violation_contexts = Some(Some(value.into()));
        self
    }
    /// Sets `violation_contexts` to an explicit `null`.
    pub fn violation_contexts_null(mut self) -> Self {
        self.violation_contexts = Some(None);
        self
    }
    /// Sets `violated_policies`.
    pub fn violated_policies(
        mut self,
        value: impl Into<Vec<crate::SodPolicyDtoV3>>,
    ) -> Self {
        self.violated_policies = Some(Some(value.into()));
        self
    }
    /// Sets `violated_policies` to an explicit `null`.
    pub fn violated_policies_null(mut self) -> Self {
        self.violated_policies = Some(None);
        self
    }
}
impl crate::serde_helpers::SchemaFit for SodViolationCheckResultV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.message, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_contexts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violated_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
