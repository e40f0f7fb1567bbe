/// Service Desk integration's specification.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDeskIntegrationDto {
    /// Unique identifier for the Service Desk integration
    pub id: Option<String>,
    /// Service Desk integration's name. The name must be unique.
    pub name: String,
    /// The date and time the Service Desk integration was created
    pub created: Option<crate::primitives::DateTime>,
    /// The date and time the Service Desk integration was last modified
    pub modified: Option<crate::primitives::DateTime>,
    /// Service Desk integration's description.
    pub description: String,
    /// Service Desk integration types:
    ///
    /// - ServiceNowSDIM
    /// - ServiceNow
    pub r#type: String,
    pub owner_ref: Option<crate::OwnerDto>,
    pub cluster_ref: Option<crate::SourceClusterDto>,
    /// Cluster ID for the Service Desk integration (replaced by clusterRef, retained for backward compatibility).
    #[deprecated]
    pub cluster: Option<Option<String>>,
    /// Source IDs for the Service Desk integration (replaced by provisioningConfig.managedSResourceRefs, but retained here for backward compatibility).
    #[deprecated]
    pub managed_sources: Option<Vec<String>>,
    /// The 'provisioningConfig' property specifies the configuration used to provision integrations.
    pub provisioning_config: Option<crate::ProvisioningConfig>,
    /// Service Desk integration's attributes. Validation constraints enforced by the implementation.
    pub attributes: ::serde_json::Value,
    pub before_provisioning_rule: Option<crate::BeforeProvisioningRuleDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ServiceDeskIntegrationDto {
    /// Builds a `ServiceDeskIntegrationDto` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<String>,
        attributes: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: description.into(),
            r#type: r#type.into(),
            owner_ref: None,
            cluster_ref: None,
            cluster: None,
            managed_sources: None,
            provisioning_config: None,
            attributes: attributes.into(),
            before_provisioning_rule: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `owner_ref`.
    pub fn owner_ref(mut self, value: impl Into<crate::OwnerDto>) -> Self {
        self.owner_ref = Some(value.into());
        self
    }
    /// Sets `cluster_ref`.
    pub fn cluster_ref(mut self, value: impl Into<crate::SourceClusterDto>) -> Self {
        self.cluster_ref = Some(value.into());
        self
    }
    /// Sets `cluster`.
    #[deprecated]
    pub fn cluster(mut self, value: impl Into<String>) -> Self {
        self.cluster = Some(Some(value.into()));
        self
    }
    /// Sets `cluster` to an explicit `null`.
    #[deprecated]
    pub fn cluster_null(mut self) -> Self {
        self.cluster = Some(None);
        self
    }
    /// Sets `managed_sources`.
    #[deprecated]
    pub fn managed_sources(mut self, value: impl Into<Vec<String>>) -> Self {
        self.managed_sources = Some(value.into());
        self
    }
    /// Sets `provisioning_config`.
    pub fn provisioning_config(
        mut self,
        value: impl Into<crate::ProvisioningConfig>,
    ) -> Self {
        self.provisioning_config = Some(value.into());
        self
    }
    /// Sets `before_provisioning_rule`.
    pub fn before_provisioning_rule(
        mut self,
        value: impl Into<crate::BeforeProvisioningRuleDto>,
    ) -> Self {
        self.before_provisioning_rule = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ServiceDeskIntegrationDto {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: required("description"),
    r#type: required("type"),
    owner_ref: optional("ownerRef"),
    cluster_ref: optional("clusterRef"),
    cluster: nullable("cluster"),
    managed_sources: optional("managedSources"),
    provisioning_config: optional("provisioningConfig"),
    attributes: required("attributes"),
    before_provisioning_rule: optional("beforeProvisioningRule"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ServiceDeskIntegrationDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.before_provisioning_rule, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
