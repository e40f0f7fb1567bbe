/// An enumeration of the types of DTOs supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DtoType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ACCESS_REQUEST_APPROVAL`
    AccessRequestApproval,
    /// `ACCOUNT`
    Account,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// `CERTIFICATION`
    Certification,
    /// `CLUSTER`
    Cluster,
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// `ENTITLEMENT`
    Entitlement,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `IDENTITY_REQUEST`
    IdentityRequest,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// `ROLE`
    Role,
    /// `RULE`
    Rule,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// `TAG`
    Tag,
    /// `TAG_CATEGORY`
    TagCategory,
    /// `TASK_RESULT`
    TaskResult,
    /// `REPORT_RESULT`
    ReportResult,
    /// `SOD_VIOLATION`
    SodViolation,
    /// `ACCOUNT_ACTIVITY`
    AccountActivity,
    /// `WORKGROUP`
    Workgroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountCorrelationConfig => "ACCOUNT_CORRELATION_CONFIG",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::AccessRequestApproval => "ACCESS_REQUEST_APPROVAL",
            Self::Account => "ACCOUNT",
            Self::Application => "APPLICATION",
            Self::Campaign => "CAMPAIGN",
            Self::CampaignFilter => "CAMPAIGN_FILTER",
            Self::Certification => "CERTIFICATION",
            Self::Cluster => "CLUSTER",
            Self::ConnectorSchema => "CONNECTOR_SCHEMA",
            Self::Entitlement => "ENTITLEMENT",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::IdentityRequest => "IDENTITY_REQUEST",
            Self::MachineIdentity => "MACHINE_IDENTITY",
            Self::LifecycleState => "LIFECYCLE_STATE",
            Self::PasswordPolicy => "PASSWORD_POLICY",
            Self::Role => "ROLE",
            Self::Rule => "RULE",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Tag => "TAG",
            Self::TagCategory => "TAG_CATEGORY",
            Self::TaskResult => "TASK_RESULT",
            Self::ReportResult => "REPORT_RESULT",
            Self::SodViolation => "SOD_VIOLATION",
            Self::AccountActivity => "ACCOUNT_ACTIVITY",
            Self::Workgroup => "WORKGROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DtoType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => Self::AccountCorrelationConfig,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ACCESS_REQUEST_APPROVAL" => Self::AccessRequestApproval,
            "ACCOUNT" => Self::Account,
            "APPLICATION" => Self::Application,
            "CAMPAIGN" => Self::Campaign,
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
            "CERTIFICATION" => Self::Certification,
            "CLUSTER" => Self::Cluster,
            "CONNECTOR_SCHEMA" => Self::ConnectorSchema,
            "ENTITLEMENT" => Self::Entitlement,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "IDENTITY_REQUEST" => Self::IdentityRequest,
            "MACHINE_IDENTITY" => Self::MachineIdentity,
            "LIFECYCLE_STATE" => Self::LifecycleState,
            "PASSWORD_POLICY" => Self::PasswordPolicy,
            "ROLE" => Self::Role,
            "RULE" => Self::Rule,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            "TAG" => Self::Tag,
            "TAG_CATEGORY" => Self::TagCategory,
            "TASK_RESULT" => Self::TaskResult,
            "REPORT_RESULT" => Self::ReportResult,
            "SOD_VIOLATION" => Self::SodViolation,
            "ACCOUNT_ACTIVITY" => Self::AccountActivity,
            "WORKGROUP" => Self::Workgroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DtoType);
