#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestedAccountRef {
    /// Display name of the account for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::DtoTypeV3>,
    /// The uuid for the account
    #[serde(
        rename = "accountUuid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account_uuid: Option<Option<String>>,
    /// The native identity for the account
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account_id: Option<Option<String>>,
    /// Display name of the source for the account
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RequestedAccountRef {
    /// Builds a `RequestedAccountRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoTypeV3>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `account_uuid`.
    pub fn account_uuid(mut self, value: impl Into<String>) -> Self {
        self.account_uuid = Some(Some(value.into()));
        self
    }
    /// Sets `account_uuid` to an explicit `null`.
    pub fn account_uuid_null(mut self) -> Self {
        self.account_uuid = Some(None);
        self
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(Some(value.into()));
        self
    }
    /// Sets `account_id` to an explicit `null`.
    pub fn account_id_null(mut self) -> Self {
        self.account_id = Some(None);
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for RequestedAccountRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
