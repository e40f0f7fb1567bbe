#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tenant {
    /// The unique identifier for the Tenant
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Abbreviated name of the Tenant
    pub name: Option<String>,
    /// Human-readable name of the Tenant
    pub full_name: Option<String>,
    /// Deployment pod for the Tenant
    pub pod: Option<String>,
    /// Deployment region for the Tenant
    pub region: Option<String>,
    /// Description of the Tenant
    pub description: Option<String>,
    pub products: Option<Vec<crate::Product>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Tenant {
    /// Builds a `Tenant` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Tenant {
    id: optional::<String>(id),
    name: optional::<String>(name),
    full_name: optional::<String>(full_name),
    pod: optional::<String>(pod),
    region: optional::<String>(region),
    description: optional::<String>(description),
    products: optional::<Vec<crate::Product>>(products),
});
crate::serde_helpers::serde_struct!(Tenant {
    id: optional("id"),
    name: optional("name"),
    full_name: optional("fullName"),
    pod: optional("pod"),
    region: optional("region"),
    description: optional("description"),
    products: optional("products"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Tenant {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.products, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
