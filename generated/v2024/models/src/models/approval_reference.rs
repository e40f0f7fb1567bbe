/// Reference objects related to the approval
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalReference {
    /// Id of the reference object
    pub id: Option<String>,
    /// What reference object does this ID correspond to
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalReference {
    /// Builds a `ApprovalReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalReference {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(ApprovalReference {
    id: optional("id"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
