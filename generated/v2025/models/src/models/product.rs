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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Product {
    /// Builds a `Product` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `product_name`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets `product_tenant_id`.
    pub fn product_tenant_id(mut self, value: impl Into<String>) -> Self {
        self.product_tenant_id = Some(value.into());
        self
    }
    /// Sets `product_region`.
    pub fn product_region(mut self, value: impl Into<String>) -> Self {
        self.product_region = Some(value.into());
        self
    }
    /// Sets `product_right`.
    pub fn product_right(mut self, value: impl Into<String>) -> Self {
        self.product_right = Some(value.into());
        self
    }
    /// Sets `api_url`.
    pub fn api_url(mut self, value: impl Into<String>) -> Self {
        self.api_url = Some(Some(value.into()));
        self
    }
    /// Sets `api_url` to an explicit `null`.
    pub fn api_url_null(mut self) -> Self {
        self.api_url = Some(None);
        self
    }
    /// Sets `licenses`.
    pub fn licenses(mut self, value: impl Into<Vec<crate::License>>) -> Self {
        self.licenses = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `zone`.
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `status_date_time`.
    pub fn status_date_time(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.status_date_time = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `notes`.
    pub fn notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(value.into());
        self
    }
    /// Sets `date_created`.
    pub fn date_created(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.date_created = Some(Some(value.into()));
        self
    }
    /// Sets `date_created` to an explicit `null`.
    pub fn date_created_null(mut self) -> Self {
        self.date_created = Some(None);
        self
    }
    /// Sets `last_updated`.
    pub fn last_updated(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_updated = Some(Some(value.into()));
        self
    }
    /// Sets `last_updated` to an explicit `null`.
    pub fn last_updated_null(mut self) -> Self {
        self.last_updated = Some(None);
        self
    }
    /// Sets `org_type`.
    pub fn org_type(mut self, value: impl Into<crate::ProductOrgType>) -> Self {
        self.org_type = Some(Some(value.into()));
        self
    }
    /// Sets `org_type` to an explicit `null`.
    pub fn org_type_null(mut self) -> Self {
        self.org_type = Some(None);
        self
    }
}
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
