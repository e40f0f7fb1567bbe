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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ServiceDeskIntegrationDto {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    owner_ref: optional::<crate::OwnerDto>(owner_ref),
    cluster_ref: optional::<crate::SourceClusterDto>(cluster_ref),
    #[deprecated]
    cluster: nullable::<String>(cluster, cluster_null),
    #[deprecated]
    managed_sources: optional::<Vec<String>>(managed_sources),
    provisioning_config: optional::<crate::ProvisioningConfig>(provisioning_config),
    before_provisioning_rule: optional::<crate::BeforeProvisioningRuleDto>(before_provisioning_rule),
});
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
