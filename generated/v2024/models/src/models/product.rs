#[derive(Debug, Clone, PartialEq, Default)]
pub struct Product {
    /// Name of the Product
    pub product_name: Option<String>,
    /// URL of the Product
    pub url: Option<String>,
    /// An identifier for a specific product-tenant combination
    pub product_tenant_id: Option<String>,
    /// Product region
    pub product_region: Option<String>,
    /// Right needed for the Product
    pub product_right: Option<String>,
    /// API URL of the Product
    pub api_url: Option<Option<String>>,
    pub licenses: Option<Vec<crate::License>>,
    /// Additional attributes for a product
    pub attributes: Option<::serde_json::Value>,
    /// Zone
    pub zone: Option<String>,
    /// Status of the product
    pub status: Option<String>,
    /// Status datetime
    pub status_date_time: Option<crate::primitives::DateTime>,
    /// If there's a tenant provisioning failure then reason will have the description of error
    pub reason: Option<String>,
    /// Product could have additional notes added during tenant provisioning.
    pub notes: Option<String>,
    /// Date when the product was created
    pub date_created: Option<Option<crate::primitives::DateTime>>,
    /// Date when the product was last updated
    pub last_updated: Option<Option<crate::primitives::DateTime>>,
    /// Type of org
    pub org_type: Option<Option<crate::ProductOrgType>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Product {
    /// Builds a `Product` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Product {
    product_name: optional::<String>(product_name),
    url: optional::<String>(url),
    product_tenant_id: optional::<String>(product_tenant_id),
    product_region: optional::<String>(product_region),
    product_right: optional::<String>(product_right),
    api_url: nullable::<String>(api_url, api_url_null),
    licenses: optional::<Vec<crate::License>>(licenses),
    attributes: optional::<::serde_json::Value>(attributes),
    zone: optional::<String>(zone),
    status: optional::<String>(status),
    status_date_time: optional::<crate::primitives::DateTime>(status_date_time),
    reason: optional::<String>(reason),
    notes: optional::<String>(notes),
    date_created: nullable::<crate::primitives::DateTime>(date_created, date_created_null),
    last_updated: nullable::<crate::primitives::DateTime>(last_updated, last_updated_null),
    org_type: nullable::<crate::ProductOrgType>(org_type, org_type_null),
});
crate::serde_helpers::serde_struct!(Product {
    product_name: optional("productName"),
    url: optional("url"),
    product_tenant_id: optional("productTenantId"),
    product_region: optional("productRegion"),
    product_right: optional("productRight"),
    api_url: nullable("apiUrl"),
    licenses: optional("licenses"),
    attributes: nullable("attributes"),
    zone: optional("zone"),
    status: optional("status"),
    status_date_time: optional("statusDateTime"),
    reason: optional("reason"),
    notes: optional("notes"),
    date_created: nullable("dateCreated"),
    last_updated: nullable("lastUpdated"),
    org_type: nullable("orgType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Product {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.licenses, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.org_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of org
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProductOrgType {
    /// `development`
    Development,
    /// `staging`
    Staging,
    /// `production`
    Production,
    /// `test`
    Test,
    /// `partner`
    Partner,
    /// `training`
    Training,
    /// `demonstration`
    Demonstration,
    /// `sandbox`
    Sandbox,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProductOrgType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Development => "development",
            Self::Staging => "staging",
            Self::Production => "production",
            Self::Test => "test",
            Self::Partner => "partner",
            Self::Training => "training",
            Self::Demonstration => "demonstration",
            Self::Sandbox => "sandbox",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProductOrgType {
    fn from(value: &str) -> Self {
        match value {
            "development" => Self::Development,
            "staging" => Self::Staging,
            "production" => Self::Production,
            "test" => Self::Test,
            "partner" => Self::Partner,
            "training" => Self::Training,
            "demonstration" => Self::Demonstration,
            "sandbox" => Self::Sandbox,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ProductOrgType);
