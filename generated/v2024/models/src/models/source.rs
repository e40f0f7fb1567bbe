#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Source ID.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Source's human-readable name.
    pub name: String,
    /// Source's human-readable description.
    pub description: Option<String>,
    /// Reference to identity object who owns the source.
    pub owner: Option<crate::SourceOwner>,
    /// Reference to the source's associated cluster.
    pub cluster: Option<Option<crate::SourceCluster>>,
    /// Reference to account correlation config object.
    pub account_correlation_config: Option<
        Option<crate::SourceAccountCorrelationConfig>,
    >,
    /// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
    pub account_correlation_rule: Option<Option<crate::SourceAccountCorrelationRule>>,
    pub manager_correlation_mapping: Option<Option<crate::ManagerCorrelationMapping>>,
    /// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
    pub manager_correlation_rule: Option<Option<crate::SourceManagerCorrelationRule>>,
    /// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
    pub before_provisioning_rule: Option<Option<crate::SourceBeforeProvisioningRule>>,
    /// List of references to schema objects.
    pub schemas: Option<Vec<crate::SourceSchemasItem>>,
    /// List of references to the associated PasswordPolicy objects.
    pub password_policies: Option<Option<Vec<crate::SourcePasswordPoliciesItem>>>,
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
    /// Specifies the type of system being managed e.g. Active Directory, Workday, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
    pub r#type: Option<String>,
    /// Connector script name.
    pub connector: String,
    /// Fully qualified name of the Java class that implements the connector interface.
    pub connector_class: Option<String>,
    /// Connector specific configuration. This configuration will differ from type to type.
    pub connector_attributes: Option<::serde_json::Value>,
    /// Number from 0 to 100 that specifies when to skip the delete phase.
    pub delete_threshold: Option<i32>,
    /// When this is true, it indicates that the source is referenced by an identity profile.
    pub authoritative: Option<bool>,
    /// Reference to management workgroup for the source.
    pub management_workgroup: Option<Option<crate::SourceManagementWorkgroup>>,
    /// When this is true, it indicates that the source is healthy.
    pub healthy: Option<bool>,
    /// Status identifier that gives specific information about why a source is or isn't healthy.
    pub status: Option<crate::SourceStatus>,
    /// Timestamp that shows when a source health check was last performed.
    pub since: Option<String>,
    /// Connector ID
    pub connector_id: Option<String>,
    /// Name of the connector that was chosen during source creation.
    pub connector_name: Option<String>,
    /// Type of connection (direct or file).
    pub connection_type: Option<String>,
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
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Source {
    /// Builds a `Source` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        owner: impl Into<Option<crate::SourceOwner>>,
        connector: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: None,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Source {
    id: optional::<String>(id),
    description: optional::<String>(description),
    cluster: nullable::<crate::SourceCluster>(cluster, cluster_null),
    account_correlation_config: nullable::<crate::SourceAccountCorrelationConfig>(account_correlation_config, account_correlation_config_null),
    account_correlation_rule: nullable::<crate::SourceAccountCorrelationRule>(account_correlation_rule, account_correlation_rule_null),
    manager_correlation_mapping: nullable::<crate::ManagerCorrelationMapping>(manager_correlation_mapping, manager_correlation_mapping_null),
    manager_correlation_rule: nullable::<crate::SourceManagerCorrelationRule>(manager_correlation_rule, manager_correlation_rule_null),
    before_provisioning_rule: nullable::<crate::SourceBeforeProvisioningRule>(before_provisioning_rule, before_provisioning_rule_null),
    schemas: optional::<Vec<crate::SourceSchemasItem>>(schemas),
    password_policies: nullable::<Vec<crate::SourcePasswordPoliciesItem>>(password_policies, password_policies_null),
    features: optional::<Vec<crate::SourceFeaturesItem>>(features),
    r#type: optional::<String>(r#type),
    connector_class: optional::<String>(connector_class),
    connector_attributes: optional::<::serde_json::Value>(connector_attributes),
    delete_threshold: optional::<i32>(delete_threshold),
    authoritative: optional::<bool>(authoritative),
    management_workgroup: nullable::<crate::SourceManagementWorkgroup>(management_workgroup, management_workgroup_null),
    healthy: optional::<bool>(healthy),
    status: optional::<crate::SourceStatus>(status),
    since: optional::<String>(since),
    connector_id: optional::<String>(connector_id),
    connector_name: optional::<String>(connector_name),
    connection_type: optional::<String>(connection_type),
    connector_implementation_id: optional::<String>(connector_implementation_id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    credential_provider_enabled: optional::<bool>(credential_provider_enabled),
    category: nullable::<String>(category, category_null),
});
crate::serde_helpers::serde_struct!(Source {
    id: optional("id"),
    name: required("name"),
    description: optional("description"),
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
    connector_attributes: nullable("connectorAttributes"),
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
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Source {
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
        fit.undeclared += self.additional_properties.len();
    }
}
/// Reference to account correlation config object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceAccountCorrelationConfig {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceAccountCorrelationConfigType>,
    /// Account correlation config ID.
    pub id: Option<String>,
    /// Account correlation config's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAccountCorrelationConfig {
    /// Builds a `SourceAccountCorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceAccountCorrelationConfig {
    r#type: optional::<crate::SourceAccountCorrelationConfigType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceAccountCorrelationConfig {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAccountCorrelationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceAccountCorrelationConfigType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceAccountCorrelationConfigType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountCorrelationConfig => "ACCOUNT_CORRELATION_CONFIG",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceAccountCorrelationConfigType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => Self::AccountCorrelationConfig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceAccountCorrelationConfigType);
/// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceAccountCorrelationRule {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceAccountCorrelationRuleType>,
    /// Rule ID.
    pub id: Option<String>,
    /// Rule's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAccountCorrelationRule {
    /// Builds a `SourceAccountCorrelationRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceAccountCorrelationRule {
    r#type: optional::<crate::SourceAccountCorrelationRuleType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceAccountCorrelationRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAccountCorrelationRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceAccountCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceAccountCorrelationRuleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceAccountCorrelationRuleType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceAccountCorrelationRuleType);
/// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceBeforeProvisioningRule {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceBeforeProvisioningRuleType>,
    /// Rule ID.
    pub id: Option<String>,
    /// Rule's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceBeforeProvisioningRule {
    /// Builds a `SourceBeforeProvisioningRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceBeforeProvisioningRule {
    r#type: optional::<crate::SourceBeforeProvisioningRuleType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceBeforeProvisioningRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceBeforeProvisioningRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceBeforeProvisioningRuleType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceBeforeProvisioningRuleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceBeforeProvisioningRuleType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceBeforeProvisioningRuleType);
/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCluster {
    /// Type of object being referenced.
    pub r#type: crate::SourceClusterType,
    /// Cluster ID.
    pub id: String,
    /// Cluster's human-readable display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceCluster {
    /// Builds a `SourceCluster` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SourceClusterType>,
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
crate::serde_helpers::serde_struct!(SourceCluster {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceCluster {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceClusterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "CLUSTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceClusterType {
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => Self::Cluster,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceClusterType);
/// Reference to management workgroup for the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceManagementWorkgroup {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceManagementWorkgroupType>,
    /// Management workgroup ID.
    pub id: Option<String>,
    /// Management workgroup's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceManagementWorkgroup {
    /// Builds a `SourceManagementWorkgroup` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceManagementWorkgroup {
    r#type: optional::<crate::SourceManagementWorkgroupType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceManagementWorkgroup {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceManagementWorkgroup {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceManagementWorkgroupType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceManagementWorkgroupType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceManagementWorkgroupType);
/// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceManagerCorrelationRule {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceManagerCorrelationRuleType>,
    /// Rule ID.
    pub id: Option<String>,
    /// Rule's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceManagerCorrelationRule {
    /// Builds a `SourceManagerCorrelationRule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceManagerCorrelationRule {
    r#type: optional::<crate::SourceManagerCorrelationRuleType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceManagerCorrelationRule {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceManagerCorrelationRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceManagerCorrelationRuleType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceManagerCorrelationRuleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceManagerCorrelationRuleType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceManagerCorrelationRuleType);
/// Reference to identity object who owns the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceOwner {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceOwnerType>,
    /// Owner identity's ID.
    pub id: Option<String>,
    /// Owner identity's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceOwner {
    /// Builds a `SourceOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceOwner {
    r#type: optional::<crate::SourceOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceOwnerType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourcePasswordPoliciesItem {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourcePasswordPoliciesItemType>,
    /// Policy ID.
    pub id: Option<String>,
    /// Policy's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourcePasswordPoliciesItem {
    /// Builds a `SourcePasswordPoliciesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourcePasswordPoliciesItem {
    r#type: optional::<crate::SourcePasswordPoliciesItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourcePasswordPoliciesItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourcePasswordPoliciesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourcePasswordPoliciesItemType {
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourcePasswordPoliciesItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PasswordPolicy => "PASSWORD_POLICY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourcePasswordPoliciesItemType {
    fn from(value: &str) -> Self {
        match value {
            "PASSWORD_POLICY" => Self::PasswordPolicy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourcePasswordPoliciesItemType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceSchemasItem {
    /// Type of object being referenced.
    pub r#type: Option<crate::SourceSchemasItemType>,
    /// Schema ID.
    pub id: Option<String>,
    /// Schema's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceSchemasItem {
    /// Builds a `SourceSchemasItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceSchemasItem {
    r#type: optional::<crate::SourceSchemasItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SourceSchemasItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceSchemasItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceSchemasItemType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceSchemasItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorSchema => "CONNECTOR_SCHEMA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceSchemasItemType {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => Self::ConnectorSchema,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceSchemasItemType);
/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceStatus {
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
impl SourceStatus {
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
impl From<&str> for SourceStatus {
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
crate::serde_helpers::string_enum!(SourceStatus);
