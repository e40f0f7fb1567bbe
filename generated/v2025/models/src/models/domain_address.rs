#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainAddress {
    /// A domain address
    pub domain: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DomainAddress {
    /// Builds a `DomainAddress` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DomainAddress {
    domain: optional::<String>(domain),
});
crate::serde_helpers::serde_struct!(DomainAddress {
    domain: optional("domain"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DomainAddress {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
