#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ref {
    /// DTO type
    pub r#type: Option<crate::DtoType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Ref {
    /// Builds a `Ref` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Ref {
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(Ref {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Ref {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
