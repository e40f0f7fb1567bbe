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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DependantAppConnections {
    /// Builds a `DependantAppConnections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DependantAppConnections {
    cloud_app_id: optional::<String>(cloud_app_id),
    description: optional::<String>(description),
    enabled: optional::<bool>(enabled),
    provision_request_enabled: optional::<bool>(provision_request_enabled),
    account_source: optional::<crate::DependantAppConnectionsAccountSource>(account_source),
    launcher_count: optional::<i64>(launcher_count),
    match_all_account: optional::<bool>(match_all_account),
    owner: optional::<Vec<crate::BaseReferenceDto>>(owner),
    app_center_enabled: optional::<bool>(app_center_enabled),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DependantAppConnectionsAccountSource {
    /// Builds a `DependantAppConnectionsAccountSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DependantAppConnectionsAccountSource {
    use_for_password_management: optional::<bool>(use_for_password_management),
    password_policies: optional::<Vec<crate::DependantAppConnectionsAccountSourcePasswordPoliciesItem>>(password_policies),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DependantAppConnectionsAccountSourcePasswordPoliciesItem {
    /// Builds a `DependantAppConnectionsAccountSourcePasswordPoliciesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DependantAppConnectionsAccountSourcePasswordPoliciesItem {
    r#type: optional::<String>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
