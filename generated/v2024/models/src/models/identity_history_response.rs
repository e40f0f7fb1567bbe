#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityHistoryResponse {
    /// the identity ID
    pub id: Option<String>,
    /// the display name of the identity
    pub display_name: Option<String>,
    /// the date when the identity record was created
    pub snapshot: Option<String>,
    /// the date when the identity was deleted
    pub deleted_date: Option<String>,
    /// A map containing the count of each access item
    pub access_item_count: Option<::indexmap::IndexMap<String, i32>>,
    /// A map containing the identity attributes
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityHistoryResponse {
    /// Builds a `IdentityHistoryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `snapshot`.
    pub fn snapshot(mut self, value: impl Into<String>) -> Self {
        self.snapshot = Some(value.into());
        self
    }
    /// Sets `deleted_date`.
    pub fn deleted_date(mut self, value: impl Into<String>) -> Self {
        self.deleted_date = Some(value.into());
        self
    }
    /// Sets `access_item_count`.
    pub fn access_item_count(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, i32>>,
    ) -> Self {
        self.access_item_count = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(IdentityHistoryResponse {
    id: optional("id"),
    display_name: optional("displayName"),
    snapshot: optional("snapshot"),
    deleted_date: optional("deletedDate"),
    access_item_count: optional("accessItemCount"),
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityHistoryResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_count, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
