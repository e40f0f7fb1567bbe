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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceApp {
    /// Builds a `SourceApp` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `cloud_app_id`.
    pub fn cloud_app_id(mut self, value: impl Into<String>) -> Self {
        self.cloud_app_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `match_all_accounts`.
    pub fn match_all_accounts(mut self, value: impl Into<bool>) -> Self {
        self.match_all_accounts = Some(value.into());
        self
    }
    /// Sets `app_center_enabled`.
    pub fn app_center_enabled(mut self, value: impl Into<bool>) -> Self {
        self.app_center_enabled = Some(value.into());
        self
    }
    /// Sets `account_source`.
    pub fn account_source(
        mut self,
        value: impl Into<crate::SourceAppAccountSource>,
    ) -> Self {
        self.account_source = Some(Some(value.into()));
        self
    }
    /// Sets `account_source` to an explicit `null`.
    pub fn account_source_null(mut self) -> Self {
        self.account_source = Some(None);
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.owner = Some(Some(value.into()));
        self
    }
    /// Sets `owner` to an explicit `null`.
    pub fn owner_null(mut self) -> Self {
        self.owner = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceAppAccountSource {
    /// Builds a `SourceAppAccountSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `use_for_password_management`.
    pub fn use_for_password_management(mut self, value: impl Into<bool>) -> Self {
        self.use_for_password_management = Some(value.into());
        self
    }
    /// Sets `password_policies`.
    pub fn password_policies(
        mut self,
        value: impl Into<Vec<crate::BaseReferenceDto>>,
    ) -> Self {
        self.password_policies = Some(Some(value.into()));
        self
    }
    /// Sets `password_policies` to an explicit `null`.
    pub fn password_policies_null(mut self) -> Self {
        self.password_policies = Some(None);
        self
    }
}
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
