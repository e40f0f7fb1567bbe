/// Details of the Entitlement criteria
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodExemptCriteriaV3 {
    /// If the entitlement already belonged to the user or not.
    pub existing: Option<bool>,
    pub r#type: Option<crate::DtoTypeV3>,
    /// Entitlement ID
    pub id: Option<String>,
    /// Entitlement name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodExemptCriteriaV3 {
    /// Builds a `SodExemptCriteriaV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodExemptCriteriaV3 {
    existing: optional::<bool>(existing),
    r#type: optional::<crate::DtoTypeV3>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SodExemptCriteriaV3 {
    existing: optional("existing"),
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodExemptCriteriaV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
