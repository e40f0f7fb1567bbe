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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityHistoryResponse {
    /// Builds a `IdentityHistoryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityHistoryResponse {
    id: optional::<String>(id),
    display_name: optional::<String>(display_name),
    snapshot: optional::<String>(snapshot),
    deleted_date: optional::<String>(deleted_date),
    access_item_count: optional::<::indexmap::IndexMap<String, i32>>(access_item_count),
    attributes: optional::<::serde_json::Value>(attributes),
});
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
