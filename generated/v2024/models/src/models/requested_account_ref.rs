#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestedAccountRef {
    /// Display name of the account for the user
    pub name: Option<String>,
    /// The type of item
    pub r#type: Option<crate::DtoType>,
    /// The uuid for the account
    pub account_uuid: Option<Option<String>>,
    /// The native identity for the account
    pub account_id: Option<Option<String>>,
    /// Display name of the source for the account
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
    pub fn r#type(mut self, value: impl Into<crate::DtoType>) -> Self {
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
crate::serde_helpers::serde_struct!(RequestedAccountRef {
    name: optional("name"),
    r#type: optional("type"),
    account_uuid: nullable("accountUuid"),
    account_id: nullable("accountId"),
    source_name: optional("sourceName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedAccountRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
