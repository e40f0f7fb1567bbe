/// Details of the Entitlement criteria
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodExemptCriteria {
    /// If the entitlement already belonged to the user or not.
    pub existing: Option<bool>,
    pub r#type: Option<crate::DtoType>,
    /// Entitlement ID
    pub id: Option<String>,
    /// Entitlement name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodExemptCriteria {
    /// Builds a `SodExemptCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodExemptCriteria {
    existing: optional::<bool>(existing),
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SodExemptCriteria {
    existing: optional("existing"),
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodExemptCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
