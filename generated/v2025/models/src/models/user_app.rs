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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserApp {
    /// Builds a `UserApp` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserApp {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    has_multiple_accounts: optional::<bool>(has_multiple_accounts),
    use_for_password_management: optional::<bool>(use_for_password_management),
    provision_request_enabled: optional::<bool>(provision_request_enabled),
    app_center_enabled: optional::<bool>(app_center_enabled),
    source_app: optional::<crate::UserAppSourceApp>(source_app),
    source: optional::<crate::UserAppSource>(source),
    account: optional::<crate::UserAppAccount>(account),
    owner: optional::<crate::UserAppOwner>(owner),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserAppAccount {
    /// Builds a `UserAppAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserAppAccount {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserAppOwner {
    /// Builds a `UserAppOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserAppOwner {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
    alias: optional::<String>(alias),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserAppSource {
    /// Builds a `UserAppSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserAppSource {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserAppSourceApp {
    /// Builds a `UserAppSourceApp` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserAppSourceApp {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
});
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
