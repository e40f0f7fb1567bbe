/// Reassign Reference
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReassignmentReference {
    /// The ID of item or identity being reassigned.
    pub id: String,
    /// The type of item or identity being reassigned.
    pub r#type: crate::ReassignmentReferenceType,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReassignmentReference {
    /// Builds a `ReassignmentReference` from its required fields; the others are unset.
    pub fn new(id: String, r#type: crate::ReassignmentReferenceType) -> Self {
        Self {
            id,
            r#type,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ReassignmentReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
