#[derive(Debug, Clone, PartialEq, Default)]
pub struct DependantAppConnections {
    /// Id of the connected Application
    pub cloud_app_id: Option<String>,
    /// Description of the connected Application
    pub description: Option<String>,
    /// Is the Application enabled
    pub enabled: Option<bool>,
    /// Is Provisioning enabled for connected Application
    pub provision_request_enabled: Option<bool>,
    /// The Account Source of the connected Application
    pub account_source: Option<crate::DependantAppConnectionsAccountSource>,
    /// The amount of launchers for connected Application (long type)
    pub launcher_count: Option<i64>,
    /// Is Provisioning enabled for connected Application
    pub match_all_account: Option<bool>,
    /// The owner of the connected Application
    pub owner: Option<Vec<crate::BaseReferenceDto>>,
    /// Is App Center enabled for connected Application
    pub app_center_enabled: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DependantAppConnections {
    /// Builds a `DependantAppConnections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cloud_app_id`.
    pub fn cloud_app_id(mut self, value: impl Into<String>) -> Self {
        self.cloud_app_id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `provision_request_enabled`.
    pub fn provision_request_enabled(mut self, value: impl Into<bool>) -> Self {
        self.provision_request_enabled = Some(value.into());
        self
    }
    /// Sets `account_source`.
    pub fn account_source(
        mut self,
        value: impl Into<crate::DependantAppConnectionsAccountSource>,
    ) -> Self {
        self.account_source = Some(value.into());
        self
    }
    /// Sets `launcher_count`.
    pub fn launcher_count(mut self, value: impl Into<i64>) -> Self {
        self.launcher_count = Some(value.into());
        self
    }
    /// Sets `match_all_account`.
    pub fn match_all_account(mut self, value: impl Into<bool>) -> Self {
        self.match_all_account = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<Vec<crate::BaseReferenceDto>>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `app_center_enabled`.
    pub fn app_center_enabled(mut self, value: impl Into<bool>) -> Self {
        self.app_center_enabled = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(DependantAppConnections {
    cloud_app_id: optional("cloudAppId"),
    description: optional("description"),
    enabled: optional("enabled"),
    provision_request_enabled: optional("provisionRequestEnabled"),
    account_source: optional("accountSource"),
    launcher_count: optional("launcherCount"),
    match_all_account: optional("matchAllAccount"),
    owner: optional("owner"),
    app_center_enabled: optional("appCenterEnabled"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DependantAppConnections {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account_source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The Account Source of the connected Application
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DependantAppConnectionsAccountSource {
    /// Use this Account Source for password management
    pub use_for_password_management: Option<bool>,
    /// A list of Password Policies for this Account Source
    pub password_policies: Option<
        Vec<crate::DependantAppConnectionsAccountSourcePasswordPoliciesItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DependantAppConnectionsAccountSource {
    /// Builds a `DependantAppConnectionsAccountSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `use_for_password_management`.
    pub fn use_for_password_management(mut self, value: impl Into<bool>) -> Self {
        self.use_for_password_management = Some(value.into());
        self
    }
    /// Sets `password_policies`.
    pub fn password_policies(
        mut self,
        value: impl Into<
            Vec<crate::DependantAppConnectionsAccountSourcePasswordPoliciesItem>,
        >,
    ) -> Self {
        self.password_policies = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(DependantAppConnectionsAccountSource {
    use_for_password_management: optional("useForPasswordManagement"),
    password_policies: optional("passwordPolicies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DependantAppConnectionsAccountSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.password_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DependantAppConnectionsAccountSourcePasswordPoliciesItem {
    /// DTO type
    pub r#type: Option<String>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DependantAppConnectionsAccountSourcePasswordPoliciesItem {
    /// Builds a `DependantAppConnectionsAccountSourcePasswordPoliciesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
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
crate::serde_helpers::serde_struct!(DependantAppConnectionsAccountSourcePasswordPoliciesItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for DependantAppConnectionsAccountSourcePasswordPoliciesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
