/// Access reference with addition of boolean existing flag to indicate whether the access was extant
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExceptionCriteriaAccess {
    /// DTO type
    pub r#type: Option<crate::DtoTypeV3>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Whether the subject identity already had that access or not
    pub existing: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExceptionCriteriaAccess {
    /// Builds a `ExceptionCriteriaAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExceptionCriteriaAccess {
    r#type: optional::<crate::DtoTypeV3>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    existing: optional::<bool>(existing),
});
crate::serde_helpers::serde_struct!(ExceptionCriteriaAccess {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    existing: optional("existing"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExceptionCriteriaAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
