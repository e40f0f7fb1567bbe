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
    /// Specifies the type of system being managed e.g. Workday, Multi-Host - Microsoft SQL Server, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
    pub r#type: Option<String>,
    /// Connector script name.
    pub connector: String,
    /// Last successfully uploaded source count of given Multi-Host Integration.
    pub last_source_upload_success_count: Option<i32>,
    /// Maximum sources that can contain in a aggregation group of Multi-Host Integration.
    pub max_sources_per_agg_group: Option<i32>,
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
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            r#type: None,
            connector: connector.into(),
            last_source_upload_success_count: None,
            max_sources_per_agg_group: None,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `cluster`.
    pub fn cluster(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsCluster>,
    ) -> Self {
        self.cluster = Some(Some(value.into()));
        self
    }
    /// Sets `cluster` to an explicit `null`.
    pub fn cluster_null(mut self) -> Self {
        self.cluster = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `last_source_upload_success_count`.
    pub fn last_source_upload_success_count(mut self, value: impl Into<i32>) -> Self {
        self.last_source_upload_success_count = Some(value.into());
        self
    }
    /// Sets `max_sources_per_agg_group`.
    pub fn max_sources_per_agg_group(mut self, value: impl Into<i32>) -> Self {
        self.max_sources_per_agg_group = Some(value.into());
        self
    }
    /// Sets `connector_class`.
    pub fn connector_class(mut self, value: impl Into<String>) -> Self {
        self.connector_class = Some(value.into());
        self
    }
    /// Sets `connector_attributes`.
    pub fn connector_attributes(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsConnectorAttributes>,
    ) -> Self {
        self.connector_attributes = Some(value.into());
        self
    }
    /// Sets `delete_threshold`.
    pub fn delete_threshold(mut self, value: impl Into<i32>) -> Self {
        self.delete_threshold = Some(value.into());
        self
    }
    /// Sets `authoritative`.
    pub fn authoritative(mut self, value: impl Into<bool>) -> Self {
        self.authoritative = Some(value.into());
        self
    }
    /// Sets `management_workgroup`.
    pub fn management_workgroup(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsManagementWorkgroup>,
    ) -> Self {
        self.management_workgroup = Some(Some(value.into()));
        self
    }
    /// Sets `management_workgroup` to an explicit `null`.
    pub fn management_workgroup_null(mut self) -> Self {
        self.management_workgroup = Some(None);
        self
    }
    /// Sets `healthy`.
    pub fn healthy(mut self, value: impl Into<bool>) -> Self {
        self.healthy = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `since`.
    pub fn since(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Sets `connector_id`.
    pub fn connector_id(mut self, value: impl Into<String>) -> Self {
        self.connector_id = Some(value.into());
        self
    }
    /// Sets `connector_name`.
    pub fn connector_name(mut self, value: impl Into<String>) -> Self {
        self.connector_name = Some(value.into());
        self
    }
    /// Sets `connection_type`.
    pub fn connection_type(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsConnectionType>,
    ) -> Self {
        self.connection_type = Some(value.into());
        self
    }
    /// Sets `connector_implementation_id`.
    pub fn connector_implementation_id(mut self, value: impl Into<String>) -> Self {
        self.connector_implementation_id = Some(value.into());
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
    /// Sets `credential_provider_enabled`.
    pub fn credential_provider_enabled(mut self, value: impl Into<bool>) -> Self {
        self.credential_provider_enabled = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(Some(value.into()));
        self
    }
    /// Sets `category` to an explicit `null`.
    pub fn category_null(mut self) -> Self {
        self.category = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(MultiHostIntegrations {
    id: optional("id"),
    name: required("name"),
    description: required("description"),
    owner: required("owner"),
    cluster: nullable("cluster"),
    r#type: optional("type"),
    connector: required("connector"),
    last_source_upload_success_count: optional("lastSourceUploadSuccessCount"),
    max_sources_per_agg_group: optional("maxSourcesPerAggGroup"),
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
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.management_workgroup, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connection_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
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
    pub additional_properties: ::indexmap::IndexMap<String, String>,
}
impl MultiHostIntegrationsConnectorAttributes {
    /// Builds a `MultiHostIntegrationsConnectorAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `max_allowed_sources`.
    pub fn max_allowed_sources(mut self, value: impl Into<i32>) -> Self {
        self.max_allowed_sources = Some(value.into());
        self
    }
    /// Sets `last_source_upload_count`.
    pub fn last_source_upload_count(mut self, value: impl Into<i32>) -> Self {
        self.last_source_upload_count = Some(value.into());
        self
    }
    /// Sets `connector_file_upload_history`.
    pub fn connector_file_upload_history(
        mut self,
        value: impl Into<
            crate::MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
        >,
    ) -> Self {
        self.connector_file_upload_history = Some(value.into());
        self
    }
    /// Sets `multihost_status`.
    pub fn multihost_status(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsConnectorAttributesMultihostStatus>,
    ) -> Self {
        self.multihost_status = Some(value.into());
        self
    }
    /// Sets `show_account_schema`.
    pub fn show_account_schema(mut self, value: impl Into<bool>) -> Self {
        self.show_account_schema = Some(value.into());
        self
    }
    /// Sets `show_entitlement_schema`.
    pub fn show_entitlement_schema(mut self, value: impl Into<bool>) -> Self {
        self.show_entitlement_schema = Some(value.into());
        self
    }
    /// Sets `multi_host_attributes`.
    pub fn multi_host_attributes(
        mut self,
        value: impl Into<
            crate::MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
        >,
    ) -> Self {
        self.multi_host_attributes = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// Builds a `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `connector_file_name_uploaded_date`.
    pub fn connector_file_name_uploaded_date(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.connector_file_name_uploaded_date = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Builds a `MultiHostIntegrationsConnectorAttributesMultiHostAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `password`.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `connector_files`.
    pub fn connector_files(mut self, value: impl Into<String>) -> Self {
        self.connector_files = Some(value.into());
        self
    }
    /// Sets `auth_type`.
    pub fn auth_type(mut self, value: impl Into<String>) -> Self {
        self.auth_type = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsManagementWorkgroup {
    /// Builds a `MultiHostIntegrationsManagementWorkgroup` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsManagementWorkgroupType>,
    ) -> Self {
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsOwner {
    /// Builds a `MultiHostIntegrationsOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::MultiHostIntegrationsOwnerType>,
    ) -> Self {
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
