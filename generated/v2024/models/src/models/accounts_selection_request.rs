#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsSelectionRequest {
    /// A list of Identity IDs for whom the Access is requested.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<String>,
    #[serde(
        rename = "requestType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub request_type: Option<Option<crate::AccessRequestType>>,
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<crate::AccessRequestItem>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities.
    #[serde(rename = "clientMetadata", default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountsSelectionRequest {
    /// Builds a `AccountsSelectionRequest` from its required fields; the others are unset.
    pub fn new(
        requested_for: impl Into<Vec<String>>,
        requested_items: impl Into<Vec<crate::AccessRequestItem>>,
    ) -> Self {
        Self {
            requested_for: requested_for.into(),
            request_type: None,
            requested_items: requested_items.into(),
            client_metadata: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `request_type`.
    pub fn request_type(mut self, value: impl Into<crate::AccessRequestType>) -> Self {
        self.request_type = Some(Some(value.into()));
        self
    }
    /// Sets `request_type` to an explicit `null`.
    pub fn request_type_null(mut self) -> Self {
        self.request_type = Some(None);
        self
    }
    /// Sets `client_metadata`.
    pub fn client_metadata(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.client_metadata = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccountsSelectionRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
