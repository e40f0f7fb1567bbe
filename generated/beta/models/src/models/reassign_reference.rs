#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReassignReference {
    /// The ID of item or identity being reassigned.
    pub id: String,
    /// The type of item or identity being reassigned.
    pub r#type: crate::ReassignReferenceType,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReassignReference {
    /// Builds a `ReassignReference` from its required fields; the others are unset.
    pub fn new(id: String, r#type: crate::ReassignReferenceType) -> Self {
        Self {
            id,
            r#type,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ReassignReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
