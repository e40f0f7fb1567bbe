/// Origin of the form creation.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormSubmittedCreatedBy {
    /// Form creation origin's type.
    pub r#type: crate::FormSubmittedCreatedByType,
    /// Unique identifier of the origin of the form creation.
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormSubmittedCreatedBy {
    /// Builds a `FormSubmittedCreatedBy` from its required fields; the others are unset.
    pub fn new(r#type: crate::FormSubmittedCreatedByType, id: String) -> Self {
        Self {
            r#type,
            id,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormSubmittedCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
