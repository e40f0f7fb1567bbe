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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `attributes` to an explicit `null`.
    pub fn attributes_null(mut self) -> Self {
        self.attributes = Some(::serde_json::Value::Null);
        self
    }
    /// Sets `sources`.
    pub fn sources(mut self, value: impl Into<Vec<String>>) -> Self {
        self.sources = Some(value.into());
        self
    }
    /// Sets `cluster`.
    pub fn cluster(mut self, value: impl Into<String>) -> Self {
        self.cluster = Some(value.into());
        self
    }
    /// Sets `status_map`.
    pub fn status_map(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.status_map = Some(value.into());
        self
    }
    /// Sets `request`.
    pub fn request(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.request = Some(value.into());
        self
    }
    /// Sets `before_provisioning_rule`.
    pub fn before_provisioning_rule(
        mut self,
        value: impl Into<crate::SimIntegrationDetailsBeforeProvisioningRule>,
    ) -> Self {
        self.before_provisioning_rule = Some(value.into());
        self
    }
}
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
    pub r#type: Option<crate::DtoTypeV3>,
    /// ID of the rule
    pub id: Option<String>,
    /// Human-readable display name of the rule
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SimIntegrationDetailsBeforeProvisioningRule {
    /// Builds a `SimIntegrationDetailsBeforeProvisioningRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoTypeV3>) -> Self {
        self.r#type = Some(value.into());
        self
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
}
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
