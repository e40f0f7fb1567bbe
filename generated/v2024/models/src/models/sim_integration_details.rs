/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimIntegrationDetails {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// The description of the integration
    pub description: Option<String>,
    /// The integration type
    pub r#type: Option<String>,
    /// The attributes map containing the credentials used to configure the integration.
    pub attributes: Option<::serde_json::Value>,
    /// The list of sources (managed resources)
    pub sources: Option<Vec<String>>,
    /// The cluster/proxy
    pub cluster: Option<String>,
    /// Custom mapping between the integration result and the provisioning result
    pub status_map: Option<::serde_json::Value>,
    /// Request data to customize desc and body of the created ticket
    pub request: Option<::serde_json::Value>,
    /// Before provisioning rule of integration
    pub before_provisioning_rule: Option<
        crate::SimIntegrationDetailsBeforeProvisioningRule,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SimIntegrationDetails {
    /// Builds a `SimIntegrationDetails` from its required fields; the others are unset.
    pub fn new(name: impl Into<Option<String>>) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            r#type: None,
            attributes: None,
            sources: None,
            cluster: None,
            status_map: None,
            request: None,
            before_provisioning_rule: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SimIntegrationDetails {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    r#type: optional::<String>(r#type),
    attributes: nullable_json::<::serde_json::Value>(attributes, attributes_null),
    sources: optional::<Vec<String>>(sources),
    cluster: optional::<String>(cluster),
    status_map: optional::<::serde_json::Value>(status_map),
    request: optional::<::serde_json::Value>(request),
    before_provisioning_rule: optional::<crate::SimIntegrationDetailsBeforeProvisioningRule>(before_provisioning_rule),
});
crate::serde_helpers::serde_struct!(SimIntegrationDetails {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: optional("description"),
    r#type: optional("type"),
    attributes: nullable("attributes"),
    sources: optional("sources"),
    cluster: optional("cluster"),
    status_map: nullable("statusMap"),
    request: nullable("request"),
    before_provisioning_rule: optional("beforeProvisioningRule"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SimIntegrationDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status_map, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.before_provisioning_rule, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Before provisioning rule of integration
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimIntegrationDetailsBeforeProvisioningRule {
    pub r#type: Option<crate::DtoType>,
    /// ID of the rule
    pub id: Option<String>,
    /// Human-readable display name of the rule
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SimIntegrationDetailsBeforeProvisioningRule {
    /// Builds a `SimIntegrationDetailsBeforeProvisioningRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SimIntegrationDetailsBeforeProvisioningRule {
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SimIntegrationDetailsBeforeProvisioningRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SimIntegrationDetailsBeforeProvisioningRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
