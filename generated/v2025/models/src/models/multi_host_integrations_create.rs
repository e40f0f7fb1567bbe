#[derive(Debug, Clone, PartialEq)]
pub struct MultiHostIntegrationsCreate {
    /// Multi-Host Integration's human-readable name.
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    pub description: String,
    /// Reference to identity object who owns the source.
    pub owner: crate::MultiHostIntegrationsCreateOwner,
    /// Reference to the source's associated cluster.
    pub cluster: Option<Option<crate::MultiHostIntegrationsCreateCluster>>,
    /// Connector script name.
    pub connector: String,
    /// Multi-Host Integration specific configuration. User can add any number of additional attributes. e.g. maxSourcesPerAggGroup, maxAllowedSources etc.
    pub connector_attributes: Option<::serde_json::Value>,
    /// Reference to management workgroup for the source.
    pub management_workgroup: Option<
        Option<crate::MultiHostIntegrationsCreateManagementWorkgroup>,
    >,
    /// Date-time when the source was created
    pub created: Option<crate::primitives::DateTime>,
    /// Date-time when the source was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsCreate {
    /// Builds a `MultiHostIntegrationsCreate` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: impl Into<crate::MultiHostIntegrationsCreateOwner>,
        connector: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            owner: owner.into(),
            cluster: None,
            connector: connector.into(),
            connector_attributes: None,
            management_workgroup: None,
            created: None,
            modified: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsCreate {
    cluster: nullable::<crate::MultiHostIntegrationsCreateCluster>(cluster, cluster_null),
    connector_attributes: optional::<::serde_json::Value>(connector_attributes),
    management_workgroup: nullable::<crate::MultiHostIntegrationsCreateManagementWorkgroup>(management_workgroup, management_workgroup_null),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsCreate {
    name: required("name"),
    description: required("description"),
    owner: required("owner"),
    cluster: nullable("cluster"),
    connector: required("connector"),
    connector_attributes: nullable("connectorAttributes"),
    management_workgroup: nullable("managementWorkgroup"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cluster, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.management_workgroup, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiHostIntegrationsCreateCluster {
    /// Type of object being referenced.
    pub r#type: crate::MultiHostIntegrationsCreateClusterType,
    /// Cluster ID.
    pub id: String,
    /// Cluster's human-readable display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsCreateCluster {
    /// Builds a `MultiHostIntegrationsCreateCluster` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::MultiHostIntegrationsCreateClusterType>,
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
crate::serde_helpers::serde_struct!(MultiHostIntegrationsCreateCluster {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreateCluster {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsCreateClusterType {
    /// `CLUSTER`
    Cluster,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsCreateClusterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "CLUSTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsCreateClusterType {
    fn from(value: &str) -> Self {
        match value {
            "CLUSTER" => Self::Cluster,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsCreateClusterType);
/// Reference to management workgroup for the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsCreateManagementWorkgroup {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsCreateManagementWorkgroupType>,
    /// Management workgroup ID.
    pub id: Option<String>,
    /// Management workgroup's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsCreateManagementWorkgroup {
    /// Builds a `MultiHostIntegrationsCreateManagementWorkgroup` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsCreateManagementWorkgroup {
    r#type: optional::<crate::MultiHostIntegrationsCreateManagementWorkgroupType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsCreateManagementWorkgroup {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreateManagementWorkgroup {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsCreateManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsCreateManagementWorkgroupType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsCreateManagementWorkgroupType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsCreateManagementWorkgroupType);
/// Reference to identity object who owns the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiHostIntegrationsCreateOwner {
    /// Type of object being referenced.
    pub r#type: Option<crate::MultiHostIntegrationsCreateOwnerType>,
    /// Owner identity's ID.
    pub id: Option<String>,
    /// Owner identity's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsCreateOwner {
    /// Builds a `MultiHostIntegrationsCreateOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsCreateOwner {
    r#type: optional::<crate::MultiHostIntegrationsCreateOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsCreateOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreateOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MultiHostIntegrationsCreateOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MultiHostIntegrationsCreateOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MultiHostIntegrationsCreateOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MultiHostIntegrationsCreateOwnerType);
