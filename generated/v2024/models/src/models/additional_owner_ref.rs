/// Reference to an additional owner (identity or governance group).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdditionalOwnerRef {
    /// Type of the additional owner; IDENTITY for an identity, GOVERNANCE_GROUP for a governance group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::AdditionalOwnerRefType>,
    /// ID of the identity or governance group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name. It may be left null or omitted on input. If set, it must match the current display name of the identity or governance group, otherwise a 400 Bad Request error may result.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AdditionalOwnerRef {
    /// Builds a `AdditionalOwnerRef` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            id: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AdditionalOwnerRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
