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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Tenant {
    /// Builds a `Tenant` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `full_name`.
    pub fn full_name(mut self, value: impl Into<String>) -> Self {
        self.full_name = Some(value.into());
        self
    }
    /// Sets `pod`.
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn products(mut self, value: impl Into<Vec<crate::Product>>) -> Self {
        self.products = Some(value.into());
        self
    }
}
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
