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
    /// `ResourceObjectCustomization`
    ResourceObjectCustomization,
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
            Self::SapBuildMap => "SAPBuildMap",
            Self::SapHrManagerRule => "SapHrManagerRule",
            Self::SapHrOperationProvisioning => "SapHrOperationProvisioning",
            Self::SapHrProvision => "SapHrProvision",
            Self::SuccessFactorsOperationProvisioning => {
                "SuccessFactorsOperationProvisioning"
            }
            Self::WebServiceAfterOperationRule => "WebServiceAfterOperationRule",
            Self::WebServiceBeforeOperationRule => "WebServiceBeforeOperationRule",
            Self::ResourceObjectCustomization => "ResourceObjectCustomization",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
            "SAPBuildMap" => Self::SapBuildMap,
            "SapHrManagerRule" => Self::SapHrManagerRule,
            "SapHrOperationProvisioning" => Self::SapHrOperationProvisioning,
            "SapHrProvision" => Self::SapHrProvision,
            "SuccessFactorsOperationProvisioning" => {
                Self::SuccessFactorsOperationProvisioning
            }
            "WebServiceAfterOperationRule" => Self::WebServiceAfterOperationRule,
            "WebServiceBeforeOperationRule" => Self::WebServiceBeforeOperationRule,
            "ResourceObjectCustomization" => Self::ResourceObjectCustomization,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ConnectorRuleCreateRequestType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ConnectorRuleCreateRequestType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ConnectorRuleCreateRequestType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ConnectorRuleCreateRequestType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ConnectorRuleCreateRequestType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorRuleCreateRequestType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
