#[derive(Debug, Clone, PartialEq)]
pub struct MultiHostIntegrations {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub id: Option<String>,
    /// Multi-Host Integration's human-readable name.
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    pub description: String,
    /// Reference to identity object who owns the source.
    pub owner: crate::MultiHostIntegrationsOwner,
    /// Reference to the source's associated cluster.
    pub cluster: Option<Option<crate::MultiHostIntegrationsCluster>>,
    /// Reference to account correlation config object.
    pub account_correlation_config: Option<
        Option<crate::MultiHostIntegrationsAccountCorrelationConfig>,
    >,
    /// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
    pub account_correlation_rule: Option<
        Option<crate::MultiHostIntegrationsAccountCorrelationRule>,
    >,
    pub manager_correlation_mapping: Option<Option<crate::ManagerCorrelationMapping>>,
    /// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
    pub manager_correlation_rule: Option<
        Option<crate::MultiHostIntegrationsManagerCorrelationRule>,
    >,
    /// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
    pub before_provisioning_rule: Option<
        Option<crate::MultiHostIntegrationsBeforeProvisioningRule>,
    >,
    /// List of references to schema objects.
    pub schemas: Option<Vec<crate::MultiHostIntegrationsSchemasItem>>,
    /// List of references to the associated PasswordPolicy objects.
    pub password_policies: Option<
        Option<Vec<crate::MultiHostIntegrationsPasswordPoliciesItem>>,
    >,
    /// Optional features that can be supported by a source. Modifying the features array may cause source configuration errors that are unsupportable. It is recommended to not modify this array for SailPoint supported connectors.
    /// * AUTHENTICATE: The source supports pass-through authentication.
    /// * COMPOSITE: The source supports composite source creation.
    /// * DIRECT_PERMISSIONS: The source supports returning DirectPermissions.
    /// * DISCOVER_SCHEMA: The source supports discovering schemas for users and groups.
    /// * ENABLE The source supports reading if an account is enabled or disabled.
    /// * MANAGER_LOOKUP: The source supports looking up managers as they are encountered in a feed. This is the opposite of NO_RANDOM_ACCESS.
    /// * NO_RANDOM_ACCESS: The source does not support random access and the getObject() methods should not be called and expected to perform.
    /// * PROXY: The source can serve as a proxy for another source. When an source has a proxy, all connector calls made with that source are redirected through the connector for the proxy source.
    /// * SEARCH
    /// * TEMPLATE
    /// * UNLOCK: The source supports reading if an account is locked or unlocked.
    /// * UNSTRUCTURED_TARGETS: The source supports returning unstructured Targets.
    /// * SHAREPOINT_TARGET: The source supports returning unstructured Target data for SharePoint. It will be typically used by AD, LDAP sources.
    /// * PROVISIONING: The source can both read and write accounts. Having this feature implies that the provision() method is implemented. It also means that direct and target permissions can also be provisioned if they can be returned by aggregation.
    /// * GROUP_PROVISIONING: The source can both read and write groups. Having this feature implies that the provision() method is implemented.
    /// * SYNC_PROVISIONING: The source can provision accounts synchronously.
    /// * PASSWORD: The source can provision password changes. Since sources can never read passwords, this is should only be used in conjunction with the PROVISIONING feature.
    /// * CURRENT_PASSWORD: Some source types support verification of the current password
    /// * ACCOUNT_ONLY_REQUEST: The source supports requesting accounts without entitlements.
    /// * ADDITIONAL_ACCOUNT_REQUEST: The source supports requesting additional accounts.
    /// * NO_AGGREGATION: A source that does not support aggregation.
    /// * GROUPS_HAVE_MEMBERS: The source models group memberships with a member attribute on the group object rather than a groups attribute on the account object. This effects the implementation of delta account aggregation.
    /// * NO_PERMISSIONS_PROVISIONING: Indicates that the connector cannot provision direct or target permissions for accounts. When DIRECT_PERMISSIONS and PROVISIONING features are present, it is assumed that the connector can also provision direct permissions. This feature disables that assumption and causes permission request to be converted to work items for accounts.
    /// * NO_GROUP_PERMISSIONS_PROVISIONING: Indicates that the connector cannot provision direct or target permissions for groups. When DIRECT_PERMISSIONS and PROVISIONING features are present, it is assumed that the connector can also provision direct permissions. This feature disables that assumption and causes permission request to be converted to work items for groups.
    /// * NO_UNSTRUCTURED_TARGETS_PROVISIONING: This string will be replaced by NO_GROUP_PERMISSIONS_PROVISIONING and NO_PERMISSIONS_PROVISIONING.
    /// * NO_DIRECT_PERMISSIONS_PROVISIONING: This string will be replaced by NO_GROUP_PERMISSIONS_PROVISIONING and NO_PERMISSIONS_PROVISIONING.
    /// * USES_UUID: Connectivity 2.0 flag used to indicate that the connector supports a compound naming structure.
    /// * PREFER_UUID: Used in ISC Provisioning AND Aggregation to decide if it should prefer account.uuid to account.nativeIdentity when data is read in through aggregation OR pushed out through provisioning.
    /// * ARM_SECURITY_EXTRACT: Indicates the application supports Security extracts for ARM
    /// * ARM_UTILIZATION_EXTRACT: Indicates the application supports Utilization extracts for ARM
    /// * ARM_CHANGELOG_EXTRACT: Indicates the application supports Change-log extracts for ARM
    pub features: Option<Vec<crate::SourceFeaturesItem>>,
    /// Specifies the type of system being managed e.g. Workday, Multi-Host - Microsoft SQL Server, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
    pub r#type: Option<String>,
    /// Connector script name.
    pub connector: String,
    /// Fully qualified name of the Java class that implements the connector interface.
    pub connector_class: Option<String>,
    /// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
    pub connector_attributes: Option<crate::MultiHostIntegrationsConnectorAttributes>,
    /// Number from 0 to 100 that specifies when to skip the delete phase.
    pub delete_threshold: Option<i32>,
    /// When this is true, it indicates that the source is referenced by an identity profile.
    pub authoritative: Option<bool>,
    /// Reference to management workgroup for the source.
    pub management_workgroup: Option<
        Option<crate::MultiHostIntegrationsManagementWorkgroup>,
    >,
    /// When this is true, it indicates that the source is healthy.
    pub healthy: Option<bool>,
    /// Status identifier that gives specific information about why a source is or isn't healthy.
    pub status: Option<crate::MultiHostIntegrationsStatus>,
    /// Timestamp that shows when a source health check was last performed.
    pub since: Option<crate::primitives::DateTime>,
    /// Connector ID
    pub connector_id: Option<String>,
    /// Name of the connector that was chosen during source creation.
    pub connector_name: Option<String>,
    /// Type of connection (direct or file).
    pub connection_type: Option<crate::MultiHostIntegrationsConnectionType>,
    /// Connector implementation ID.
    pub connector_implementation_id: Option<String>,
    /// Date-time when the source was created
    pub created: Option<crate::primitives::DateTime>,
    /// Date-time when the source was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// If this is true, it enables a credential provider for the source. If credentialProvider is turned on,  then the source can use credential provider(s) to fetch credentials.
    pub credential_provider_enabled: Option<bool>,
    /// Source category (e.g. null, CredentialProvider).
    pub category: Option<Option<String>>,
    /// Reference to accounts file for the source.
    pub accounts_file: Option<Option<crate::MultiHostIntegrationsAccountsFile>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrations {
    /// Builds a `MultiHostIntegrations` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: impl Into<crate::MultiHostIntegrationsOwner>,
        connector: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: description.into(),
            owner: owner.into(),
            cluster: None,
            account_correlation_config: None,
            account_correlation_rule: None,
            manager_correlation_mapping: None,
            manager_correlation_rule: None,
            before_provisioning_rule: None,
            schemas: None,
            password_policies: None,
            features: None,
            r#type: None,
            connector: connector.into(),
            connector_class: None,
            connector_attributes: None,
            delete_threshold: None,
            authoritative: None,
            management_workgroup: None,
            healthy: None,
            status: None,
            since: None,
            connector_id: None,
            connector_name: None,
            connection_type: None,
            connector_implementation_id: None,
            created: None,
            modified: None,
            credential_provider_enabled: None,
            category: None,
            accounts_file: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MultiHostIntegrations {
    id: optional::<String>(id),
    cluster: nullable::<crate::MultiHostIntegrationsCluster>(cluster, cluster_null),
    account_correlation_config: nullable::<crate::MultiHostIntegrationsAccountCorrelationConfig>(account_correlation_config, account_correlation_config_null),
    account_correlation_rule: nullable::<crate::MultiHostIntegrationsAccountCorrelationRule>(account_correlation_rule, account_correlation_rule_null),
    manager_correlation_mapping: nullable::<crate::ManagerCorrelationMapping>(manager_correlation_mapping, manager_correlation_mapping_null),
    manager_correlation_rule: nullable::<crate::MultiHostIntegrationsManagerCorrelationRule>(manager_correlation_rule, manager_correlation_rule_null),
    before_provisioning_rule: nullable::<crate::MultiHostIntegrationsBeforeProvisioningRule>(before_provisioning_rule, before_provisioning_rule_null),
    schemas: optional::<Vec<crate::MultiHostIntegrationsSchemasItem>>(schemas),
    password_policies: nullable::<Vec<crate::MultiHostIntegrationsPasswordPoliciesItem>>(password_policies, password_policies_null),
    features: optional::<Vec<crate::SourceFeaturesItem>>(features),
    r#type: optional::<String>(r#type),
    connector_class: optional::<String>(connector_class),
    connector_attributes: optional::<crate::MultiHostIntegrationsConnectorAttributes>(connector_attributes),
    delete_threshold: optional::<i32>(delete_threshold),
    authoritative: optional::<bool>(authoritative),
    management_workgroup: nullable::<crate::MultiHostIntegrationsManagementWorkgroup>(management_workgroup, management_workgroup_null),
    healthy: optional::<bool>(healthy),
    status: optional::<crate::MultiHostIntegrationsStatus>(status),
    since: optional::<crate::primitives::DateTime>(since),
    connector_id: optional::<String>(connector_id),
    connector_name: optional::<String>(connector_name),
    connection_type: optional::<crate::MultiHostIntegrationsConnectionType>(connection_type),
    connector_implementation_id: optional::<String>(connector_implementation_id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    credential_provider_enabled: optional::<bool>(credential_provider_enabled),
    category: nullable::<String>(category, category_null),
    accounts_file: nullable::<crate::MultiHostIntegrationsAccountsFile>(accounts_file, accounts_file_null),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrations {
    id: optional("id"),
    name: required("name"),
    description: required("description"),
    owner: required("owner"),
    cluster: nullable("cluster"),
    account_correlation_config: nullable("accountCorrelationConfig"),
    account_correlation_rule: nullable("accountCorrelationRule"),
    manager_correlation_mapping: nullable("managerCorrelationMapping"),
    manager_correlation_rule: nullable("managerCorrelationRule"),
    before_provisioning_rule: nullable("beforeProvisioningRule"),
    schemas: optional("schemas"),
    password_policies: nullable("passwordPolicies"),
    features: optional("features"),
    r#type: optional("type"),
    connector: required("connector"),
    connector_class: optional("connectorClass"),
    connector_attributes: optional("connectorAttributes"),
    delete_threshold: optional("deleteThreshold"),
    authoritative: optional("authoritative"),
    management_workgroup: nullable("managementWorkgroup"),
    healthy: optional("healthy"),
    status: optional("status"),
    since: optional("since"),
    connector_id: optional("connectorId"),
    connector_name: optional("connectorName"),
    connection_type: optional("connectionType"),
    connector_implementation_id: optional("connectorImplementationId"),
    created: optional("created"),
    modified: optional("modified"),
    credential_provider_enabled: optional("credentialProviderEnabled"),
    category: nullable("category"),
    accounts_file: nullable("accountsFile"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_correlation_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_correlation_rule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manager_correlation_mapping, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manager_correlation_rule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.before_provisioning_rule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.schemas, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.password_policies, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.features, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.management_workgroup, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connection_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.accounts_file, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Reference to account correlation config object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsAccountCorrelationConfig {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsAccountCorrelationConfigType>,
    /// Account correlation config ID.
    pub id: Option<String>,
    /// Account correlation config's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsAccountCorrelationConfig {
    /// Builds a `MultiHostIntegrationsAccountCorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsAccountCorrelationConfig {
    r#type: optional::<crate::MultiHostIntegrationsAccountCorrelationConfigType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsAccountCorrelationConfig {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsAccountCorrelationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsAccountCorrelationConfigType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsAccountCorrelationConfigType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountCorrelationConfig => "ACCOUNT_CORRELATION_CONFIG",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsAccountCorrelationConfigType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => Self::AccountCorrelationConfig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsAccountCorrelationConfigType);
/// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsAccountCorrelationRule {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsAccountCorrelationRuleType>,
    /// Rule ID.
    pub id: Option<String>,
    /// Rule's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsAccountCorrelationRule {
    /// Builds a `MultiHostIntegrationsAccountCorrelationRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsAccountCorrelationRule {
    r#type: optional::<crate::MultiHostIntegrationsAccountCorrelationRuleType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsAccountCorrelationRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsAccountCorrelationRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsAccountCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsAccountCorrelationRuleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsAccountCorrelationRuleType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsAccountCorrelationRuleType);
/// Reference to accounts file for the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsAccountsFile {
    /// Name of the accounts file.
    pub name: Option<String>,
    /// The accounts file key.
    pub key: Option<String>,
    /// Date-time when the file was uploaded
    pub upload_time: Option<crate::primitives::DateTime>,
    /// Date-time when the accounts file expired.
    pub expiry: Option<crate::primitives::DateTime>,
    /// If this is true, it indicates that the accounts file has expired.
    pub expired: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsAccountsFile {
    /// Builds a `MultiHostIntegrationsAccountsFile` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsAccountsFile {
    name: optional::<String>(name),
    key: optional::<String>(key),
    upload_time: optional::<crate::primitives::DateTime>(upload_time),
    expiry: optional::<crate::primitives::DateTime>(expiry),
    expired: optional::<bool>(expired),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsAccountsFile {
    name: optional("name"),
    key: optional("key"),
    upload_time: optional("uploadTime"),
    expiry: optional("expiry"),
    expired: optional("expired"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsAccountsFile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsBeforeProvisioningRule {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsBeforeProvisioningRuleType>,
    /// Rule ID.
    pub id: Option<String>,
    /// Rule's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsBeforeProvisioningRule {
    /// Builds a `MultiHostIntegrationsBeforeProvisioningRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsBeforeProvisioningRule {
    r#type: optional::<crate::MultiHostIntegrationsBeforeProvisioningRuleType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsBeforeProvisioningRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsBeforeProvisioningRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsBeforeProvisioningRuleType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsBeforeProvisioningRuleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsBeforeProvisioningRuleType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsBeforeProvisioningRuleType);
/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiHostIntegrationsCluster {
    /// Type of object being referenced.
    pub r#type: crate::MultiHostIntegrationsClusterType,
    /// Cluster ID.
    pub id: String,
    /// Cluster's human-readable display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsCluster {
    /// Builds a `MultiHostIntegrationsCluster` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::MultiHostIntegrationsClusterType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MultiHostIntegrationsCluster {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCluster {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsClusterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "CLUSTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsClusterType {
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => Self::Cluster,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsClusterType);
/// Type of connection (direct or file).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsConnectionType {
    /// `direct`
    Direct,
    /// `file`
    File,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsConnectionType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "direct",
            Self::File => "file",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsConnectionType {
    fn from(value: &str) -> Self {
        match value {
            "direct" => Self::Direct,
            "file" => Self::File,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsConnectionType);
/// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsConnectorAttributes {
    /// Maximum sources allowed count of a Multi-Host Integration
    pub max_allowed_sources: Option<i32>,
    /// Last upload sources count of a Multi-Host Integration
    pub last_source_upload_count: Option<i32>,
    pub connector_file_upload_history: Option<
        crate::MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
    >,
    /// Multi-Host integration status.
    pub multihost_status: Option<
        crate::MultiHostIntegrationsConnectorAttributesMultihostStatus,
    >,
    /// Show account schema
    pub show_account_schema: Option<bool>,
    /// Show entitlement schema
    pub show_entitlement_schema: Option<bool>,
    /// Attributes of Multi-Host Integration
    pub multi_host_attributes: Option<
        crate::MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
    >,
    /// Properties not declared above, by name, in wire order.
    pub additional_properties: crate::primitives::CatchAll<String>,
}
impl MultiHostIntegrationsConnectorAttributes {
    /// Builds a `MultiHostIntegrationsConnectorAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsConnectorAttributes {
    max_allowed_sources: optional::<i32>(max_allowed_sources),
    last_source_upload_count: optional::<i32>(last_source_upload_count),
    connector_file_upload_history: optional::<crate::MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory>(connector_file_upload_history),
    multihost_status: optional::<crate::MultiHostIntegrationsConnectorAttributesMultihostStatus>(multihost_status),
    show_account_schema: optional::<bool>(show_account_schema),
    show_entitlement_schema: optional::<bool>(show_entitlement_schema),
    multi_host_attributes: optional::<crate::MultiHostIntegrationsConnectorAttributesMultiHostAttributes>(multi_host_attributes),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsConnectorAttributes {
    max_allowed_sources: optional("maxAllowedSources"),
    last_source_upload_count: optional("lastSourceUploadCount"),
    connector_file_upload_history: optional("connectorFileUploadHistory"),
    multihost_status: optional("multihost_status"),
    show_account_schema: optional("showAccountSchema"),
    show_entitlement_schema: optional("showEntitlementSchema"),
    multi_host_attributes: optional("multiHostAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsConnectorAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(
            &self.connector_file_upload_history,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.multihost_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.multi_host_attributes, fit);
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// File name of the connector JAR
    pub connector_file_name_uploaded_date: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// Builds a `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    connector_file_name_uploaded_date: optional::<String>(connector_file_name_uploaded_date),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    connector_file_name_uploaded_date: optional("connectorFileNameUploadedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Attributes of Multi-Host Integration
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Password.
    pub password: Option<String>,
    /// Connector file.
    pub connector_files: Option<String>,
    /// Authentication type.
    pub auth_type: Option<String>,
    /// Username.
    pub user: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Builds a `MultiHostIntegrationsConnectorAttributesMultiHostAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    password: optional::<String>(password),
    connector_files: optional::<String>(connector_files),
    auth_type: optional::<String>(auth_type),
    user: optional::<String>(user),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    password: optional("password"),
    connector_files: optional("connector_files"),
    auth_type: optional("authType"),
    user: optional("user"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Multi-Host integration status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsConnectorAttributesMultihostStatus {
    /// `ready`
    Ready,
    /// `processing`
    Processing,
    /// `fileUploadInProgress`
    FileUploadInProgress,
    /// `sourceCreationInProgress`
    SourceCreationInProgress,
    /// `aggregationGroupingInProgress`
    AggregationGroupingInProgress,
    /// `aggregationScheduleInProgress`
    AggregationScheduleInProgress,
    /// `deleteInProgress`
    DeleteInProgress,
    /// `deleteFailed`
    DeleteFailed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsConnectorAttributesMultihostStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ready => "ready",
            Self::Processing => "processing",
            Self::FileUploadInProgress => "fileUploadInProgress",
            Self::SourceCreationInProgress => "sourceCreationInProgress",
            Self::AggregationGroupingInProgress => "aggregationGroupingInProgress",
            Self::AggregationScheduleInProgress => "aggregationScheduleInProgress",
            Self::DeleteInProgress => "deleteInProgress",
            Self::DeleteFailed => "deleteFailed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    fn from(value: &str) -> Self {
        match value {
            "ready" => Self::Ready,
            "processing" => Self::Processing,
            "fileUploadInProgress" => Self::FileUploadInProgress,
            "sourceCreationInProgress" => Self::SourceCreationInProgress,
            "aggregationGroupingInProgress" => Self::AggregationGroupingInProgress,
            "aggregationScheduleInProgress" => Self::AggregationScheduleInProgress,
            "deleteInProgress" => Self::DeleteInProgress,
            "deleteFailed" => Self::DeleteFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    MultiHostIntegrationsConnectorAttributesMultihostStatus
);
/// Reference to management workgroup for the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsManagementWorkgroup {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsManagementWorkgroupType>,
    /// Management workgroup ID.
    pub id: Option<String>,
    /// Management workgroup's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsManagementWorkgroup {
    /// Builds a `MultiHostIntegrationsManagementWorkgroup` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsManagementWorkgroup {
    r#type: optional::<crate::MultiHostIntegrationsManagementWorkgroupType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsManagementWorkgroup {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsManagementWorkgroup {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsManagementWorkgroupType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsManagementWorkgroupType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsManagementWorkgroupType);
/// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsManagerCorrelationRule {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsManagerCorrelationRuleType>,
    /// Rule ID.
    pub id: Option<String>,
    /// Rule's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsManagerCorrelationRule {
    /// Builds a `MultiHostIntegrationsManagerCorrelationRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsManagerCorrelationRule {
    r#type: optional::<crate::MultiHostIntegrationsManagerCorrelationRuleType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsManagerCorrelationRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsManagerCorrelationRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsManagerCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsManagerCorrelationRuleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsManagerCorrelationRuleType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsManagerCorrelationRuleType);
/// Reference to identity object who owns the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsOwner {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsOwnerType>,
    /// Owner identity's ID.
    pub id: Option<String>,
    /// Owner identity's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsOwner {
    /// Builds a `MultiHostIntegrationsOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsOwner {
    r#type: optional::<crate::MultiHostIntegrationsOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsOwnerType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsPasswordPoliciesItem {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsPasswordPoliciesItemType>,
    /// Policy ID.
    pub id: Option<String>,
    /// Policy's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsPasswordPoliciesItem {
    /// Builds a `MultiHostIntegrationsPasswordPoliciesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsPasswordPoliciesItem {
    r#type: optional::<crate::MultiHostIntegrationsPasswordPoliciesItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsPasswordPoliciesItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsPasswordPoliciesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsPasswordPoliciesItemType {
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsPasswordPoliciesItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PasswordPolicy => "PASSWORD_POLICY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsPasswordPoliciesItemType {
    fn from(value: &str) -> Self {
        match value {
            "PASSWORD_POLICY" => Self::PasswordPolicy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsPasswordPoliciesItemType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsSchemasItem {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsSchemasItemType>,
    /// Schema ID.
    pub id: Option<String>,
    /// Schema's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsSchemasItem {
    /// Builds a `MultiHostIntegrationsSchemasItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsSchemasItem {
    r#type: optional::<crate::MultiHostIntegrationsSchemasItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsSchemasItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsSchemasItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsSchemasItemType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsSchemasItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorSchema => "CONNECTOR_SCHEMA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsSchemasItemType {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => Self::ConnectorSchema,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsSchemasItemType);
/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsStatus {
    /// `SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT`
    SourceStateErrorAccountFileImport,
    /// `SOURCE_STATE_ERROR_CLUSTER`
    SourceStateErrorCluster,
    /// `SOURCE_STATE_ERROR_SOURCE`
    SourceStateErrorSource,
    /// `SOURCE_STATE_ERROR_VA`
    SourceStateErrorVa,
    /// `SOURCE_STATE_FAILURE_CLUSTER`
    SourceStateFailureCluster,
    /// `SOURCE_STATE_FAILURE_SOURCE`
    SourceStateFailureSource,
    /// `SOURCE_STATE_HEALTHY`
    SourceStateHealthy,
    /// `SOURCE_STATE_UNCHECKED_CLUSTER`
    SourceStateUncheckedCluster,
    /// `SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES`
    SourceStateUncheckedClusterNoSources,
    /// `SOURCE_STATE_UNCHECKED_SOURCE`
    SourceStateUncheckedSource,
    /// `SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS`
    SourceStateUncheckedSourceNoAccounts,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            Self::SourceStateErrorCluster => "SOURCE_STATE_ERROR_CLUSTER",
            Self::SourceStateErrorSource => "SOURCE_STATE_ERROR_SOURCE",
            Self::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            Self::SourceStateFailureCluster => "SOURCE_STATE_FAILURE_CLUSTER",
            Self::SourceStateFailureSource => "SOURCE_STATE_FAILURE_SOURCE",
            Self::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            Self::SourceStateUncheckedCluster => "SOURCE_STATE_UNCHECKED_CLUSTER",
            Self::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            Self::SourceStateUncheckedSource => "SOURCE_STATE_UNCHECKED_SOURCE",
            Self::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsStatus {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                Self::SourceStateErrorAccountFileImport
            }
            "SOURCE_STATE_ERROR_CLUSTER" => Self::SourceStateErrorCluster,
            "SOURCE_STATE_ERROR_SOURCE" => Self::SourceStateErrorSource,
            "SOURCE_STATE_ERROR_VA" => Self::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => Self::SourceStateFailureCluster,
            "SOURCE_STATE_FAILURE_SOURCE" => Self::SourceStateFailureSource,
            "SOURCE_STATE_HEALTHY" => Self::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => Self::SourceStateUncheckedCluster,
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                Self::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => Self::SourceStateUncheckedSource,
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                Self::SourceStateUncheckedSourceNoAccounts
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsStatus);
