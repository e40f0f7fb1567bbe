#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserApp {
    /// The user app id
    pub id: Option<String>,
    /// Time when the user app was created
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the user app was last modified
    pub modified: Option<crate::primitives::DateTime>,
    /// True if the owner has multiple accounts for the source
    pub has_multiple_accounts: Option<bool>,
    /// True if the source has password feature
    pub use_for_password_management: Option<bool>,
    /// True if the app allows access request
    pub provision_request_enabled: Option<bool>,
    /// True if the app is visible in the request center
    pub app_center_enabled: Option<bool>,
    pub source_app: Option<crate::UserAppSourceApp>,
    pub source: Option<crate::UserAppSource>,
    pub account: Option<crate::UserAppAccount>,
    pub owner: Option<crate::UserAppOwner>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserApp {
    /// Builds a `UserApp` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `has_multiple_accounts`.
    pub fn has_multiple_accounts(mut self, value: impl Into<bool>) -> Self {
        self.has_multiple_accounts = Some(value.into());
        self
    }
    /// Sets `use_for_password_management`.
    pub fn use_for_password_management(mut self, value: impl Into<bool>) -> Self {
        self.use_for_password_management = Some(value.into());
        self
    }
    /// Sets `provision_request_enabled`.
    pub fn provision_request_enabled(mut self, value: impl Into<bool>) -> Self {
        self.provision_request_enabled = Some(value.into());
        self
    }
    /// Sets `app_center_enabled`.
    pub fn app_center_enabled(mut self, value: impl Into<bool>) -> Self {
        self.app_center_enabled = Some(value.into());
        self
    }
    /// Sets `source_app`.
    pub fn source_app(mut self, value: impl Into<crate::UserAppSourceApp>) -> Self {
        self.source_app = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::UserAppSource>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `account`.
    pub fn account(mut self, value: impl Into<crate::UserAppAccount>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::UserAppOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(UserApp {
    id: optional("id"),
    created: optional("created"),
    modified: optional("modified"),
    has_multiple_accounts: optional("hasMultipleAccounts"),
    use_for_password_management: optional("useForPasswordManagement"),
    provision_request_enabled: optional("provisionRequestEnabled"),
    app_center_enabled: optional("appCenterEnabled"),
    source_app: optional("sourceApp"),
    source: optional("source"),
    account: optional("account"),
    owner: optional("owner"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserApp {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source_app, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAppAccount {
    /// the account ID
    pub id: Option<String>,
    /// It will always be "ACCOUNT"
    pub r#type: Option<String>,
    /// the account name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserAppAccount {
    /// Builds a `UserAppAccount` with every field unset.
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
}
crate::serde_helpers::serde_struct!(UserAppAccount {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserAppAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAppOwner {
    /// The identity ID
    pub id: Option<String>,
    /// It will always be "IDENTITY"
    pub r#type: Option<String>,
    /// The identity name
    pub name: Option<String>,
    /// The identity alias
    pub alias: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserAppOwner {
    /// Builds a `UserAppOwner` with every field unset.
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
    /// Sets `alias`.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(UserAppOwner {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    alias: optional("alias"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserAppOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAppSource {
    /// the source ID
    pub id: Option<String>,
    /// It will always be "SOURCE"
    pub r#type: Option<String>,
    /// the source name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserAppSource {
    /// Builds a `UserAppSource` with every field unset.
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
}
crate::serde_helpers::serde_struct!(UserAppSource {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserAppSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAppSourceApp {
    /// the source app ID
    pub id: Option<String>,
    /// It will always be "APPLICATION"
    pub r#type: Option<String>,
    /// the source app name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserAppSourceApp {
    /// Builds a `UserAppSourceApp` with every field unset.
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
}
crate::serde_helpers::serde_struct!(UserAppSourceApp {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserAppSourceApp {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
