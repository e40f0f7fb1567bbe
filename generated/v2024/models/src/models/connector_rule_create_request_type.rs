/// the type of rule
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConnectorRuleCreateRequestType {
    /// `BuildMap`
    BuildMap,
    /// `ConnectorAfterCreate`
    ConnectorAfterCreate,
    /// `ConnectorAfterDelete`
    ConnectorAfterDelete,
    /// `ConnectorAfterModify`
    ConnectorAfterModify,
    /// `ConnectorBeforeCreate`
    ConnectorBeforeCreate,
    /// `ConnectorBeforeDelete`
    ConnectorBeforeDelete,
    /// `ConnectorBeforeModify`
    ConnectorBeforeModify,
    /// `JDBCBuildMap`
    JdbcBuildMap,
    /// `JDBCOperationProvisioning`
    JdbcOperationProvisioning,
    /// `JDBCProvision`
    JdbcProvision,
    /// `PeopleSoftHRMSBuildMap`
    PeopleSoftHrmsBuildMap,
    /// `PeopleSoftHRMSOperationProvisioning`
    PeopleSoftHrmsOperationProvisioning,
    /// `PeopleSoftHRMSProvision`
    PeopleSoftHrmsProvision,
    /// `RACFPermissionCustomization`
    RacfPermissionCustomization,
    /// `ResourceObjectCustomization`
    ResourceObjectCustomization,
    /// `SAPBuildMap`
    SapBuildMap,
    /// `SapHrManagerRule`
    SapHrManagerRule,
    /// `SapHrOperationProvisioning`
    SapHrOperationProvisioning,
    /// `SapHrProvision`
    SapHrProvision,
    /// `SuccessFactorsOperationProvisioning`
    SuccessFactorsOperationProvisioning,
    /// `WebServiceAfterOperationRule`
    WebServiceAfterOperationRule,
    /// `WebServiceBeforeOperationRule`
    WebServiceBeforeOperationRule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConnectorRuleCreateRequestType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BuildMap => "BuildMap",
            Self::ConnectorAfterCreate => "ConnectorAfterCreate",
            Self::ConnectorAfterDelete => "ConnectorAfterDelete",
            Self::ConnectorAfterModify => "ConnectorAfterModify",
            Self::ConnectorBeforeCreate => "ConnectorBeforeCreate",
            Self::ConnectorBeforeDelete => "ConnectorBeforeDelete",
            Self::ConnectorBeforeModify => "ConnectorBeforeModify",
            Self::JdbcBuildMap => "JDBCBuildMap",
            Self::JdbcOperationProvisioning => "JDBCOperationProvisioning",
            Self::JdbcProvision => "JDBCProvision",
            Self::PeopleSoftHrmsBuildMap => "PeopleSoftHRMSBuildMap",
            Self::PeopleSoftHrmsOperationProvisioning => {
                "PeopleSoftHRMSOperationProvisioning"
            }
            Self::PeopleSoftHrmsProvision => "PeopleSoftHRMSProvision",
            Self::RacfPermissionCustomization => "RACFPermissionCustomization",
            Self::ResourceObjectCustomization => "ResourceObjectCustomization",
            Self::SapBuildMap => "SAPBuildMap",
            Self::SapHrManagerRule => "SapHrManagerRule",
            Self::SapHrOperationProvisioning => "SapHrOperationProvisioning",
            Self::SapHrProvision => "SapHrProvision",
            Self::SuccessFactorsOperationProvisioning => {
                "SuccessFactorsOperationProvisioning"
            }
            Self::WebServiceAfterOperationRule => "WebServiceAfterOperationRule",
            Self::WebServiceBeforeOperationRule => "WebServiceBeforeOperationRule",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConnectorRuleCreateRequestType {
    fn from(value: &str) -> Self {
        match value {
            "BuildMap" => Self::BuildMap,
            "ConnectorAfterCreate" => Self::ConnectorAfterCreate,
            "ConnectorAfterDelete" => Self::ConnectorAfterDelete,
            "ConnectorAfterModify" => Self::ConnectorAfterModify,
            "ConnectorBeforeCreate" => Self::ConnectorBeforeCreate,
            "ConnectorBeforeDelete" => Self::ConnectorBeforeDelete,
            "ConnectorBeforeModify" => Self::ConnectorBeforeModify,
            "JDBCBuildMap" => Self::JdbcBuildMap,
            "JDBCOperationProvisioning" => Self::JdbcOperationProvisioning,
            "JDBCProvision" => Self::JdbcProvision,
            "PeopleSoftHRMSBuildMap" => Self::PeopleSoftHrmsBuildMap,
            "PeopleSoftHRMSOperationProvisioning" => {
                Self::PeopleSoftHrmsOperationProvisioning
            }
            "PeopleSoftHRMSProvision" => Self::PeopleSoftHrmsProvision,
            "RACFPermissionCustomization" => Self::RacfPermissionCustomization,
            "ResourceObjectCustomization" => Self::ResourceObjectCustomization,
            "SAPBuildMap" => Self::SapBuildMap,
            "SapHrManagerRule" => Self::SapHrManagerRule,
            "SapHrOperationProvisioning" => Self::SapHrOperationProvisioning,
            "SapHrProvision" => Self::SapHrProvision,
            "SuccessFactorsOperationProvisioning" => {
                Self::SuccessFactorsOperationProvisioning
            }
            "WebServiceAfterOperationRule" => Self::WebServiceAfterOperationRule,
            "WebServiceBeforeOperationRule" => Self::WebServiceBeforeOperationRule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConnectorRuleCreateRequestType);
