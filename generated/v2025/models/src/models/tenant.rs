#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tenant {
    /// The unique identifier for the Tenant
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Abbreviated name of the Tenant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Human-readable name of the Tenant
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Deployment pod for the Tenant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// Deployment region for the Tenant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Description of the Tenant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<crate::Product>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for Tenant {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.products, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
