#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceApp {
    /// The source app id
    pub id: Option<String>,
    /// The deprecated source app id
    pub cloud_app_id: Option<String>,
    /// The source app name
    pub name: Option<String>,
    /// Time when the source app was created
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the source app was last modified
    pub modified: Option<crate::primitives::DateTime>,
    /// True if the source app is enabled
    pub enabled: Option<bool>,
    /// True if the app allows access request
    pub provision_request_enabled: Option<bool>,
    /// The description of the source app
    pub description: Option<String>,
    /// True if the source app match all accounts
    pub match_all_accounts: Option<bool>,
    /// True if the app is visible in the request center
    pub app_center_enabled: Option<bool>,
    pub account_source: Option<Option<crate::SourceAppAccountSource>>,
    /// The owner of source app
    pub owner: Option<Option<crate::BaseReferenceDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceApp {
    /// Builds a `SourceApp` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceApp {
    id: optional::<String>(id),
    cloud_app_id: optional::<String>(cloud_app_id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    enabled: optional::<bool>(enabled),
    provision_request_enabled: optional::<bool>(provision_request_enabled),
    description: optional::<String>(description),
    match_all_accounts: optional::<bool>(match_all_accounts),
    app_center_enabled: optional::<bool>(app_center_enabled),
    account_source: nullable::<crate::SourceAppAccountSource>(account_source, account_source_null),
    owner: nullable::<crate::BaseReferenceDto>(owner, owner_null),
});
crate::serde_helpers::serde_struct!(SourceApp {
    id: optional("id"),
    cloud_app_id: optional("cloudAppId"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    enabled: optional("enabled"),
    provision_request_enabled: optional("provisionRequestEnabled"),
    description: optional("description"),
    match_all_accounts: optional("matchAllAccounts"),
    app_center_enabled: optional("appCenterEnabled"),
    account_source: nullable("accountSource"),
    owner: nullable("owner"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceApp {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account_source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceAppAccountSource {
    /// The source ID
    pub id: Option<String>,
    /// The source type, will always be "SOURCE"
    pub r#type: Option<String>,
    /// The source name
    pub name: Option<String>,
    /// If the source is used for password management
    pub use_for_password_management: Option<bool>,
    /// The password policies for the source
    pub password_policies: Option<Option<Vec<crate::BaseReferenceDto>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAppAccountSource {
    /// Builds a `SourceAppAccountSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceAppAccountSource {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
    use_for_password_management: optional::<bool>(use_for_password_management),
    password_policies: nullable::<Vec<crate::BaseReferenceDto>>(password_policies, password_policies_null),
});
crate::serde_helpers::serde_struct!(SourceAppAccountSource {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    use_for_password_management: optional("useForPasswordManagement"),
    password_policies: nullable("passwordPolicies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAppAccountSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.password_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
