/// Campaign Reference
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    /// The unique ID of the campaign.
    pub id: String,
    /// The name of the campaign.
    pub name: String,
    /// The type of object that is being referenced.
    pub r#type: crate::CampaignType,
    /// The type of the campaign.
    pub campaign_type: crate::CampaignCampaignType,
    /// The description of the campaign set by the admin who created it.
    pub description: Option<String>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    pub correlated_status: crate::CampaignCorrelatedStatus,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    pub mandatory_comment_requirement: crate::CampaignMandatoryCommentRequirement,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Campaign {
    /// Builds a `Campaign` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::CampaignType>,
        campaign_type: impl Into<crate::CampaignCampaignType>,
        description: impl Into<Option<String>>,
        correlated_status: impl Into<crate::CampaignCorrelatedStatus>,
        mandatory_comment_requirement: impl Into<
            crate::CampaignMandatoryCommentRequirement,
        >,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            campaign_type: campaign_type.into(),
            description: description.into(),
            correlated_status: correlated_status.into(),
            mandatory_comment_requirement: mandatory_comment_requirement.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(Campaign {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    campaign_type: required("campaignType"),
    description: required("description"),
    correlated_status: required("correlatedStatus"),
    mandatory_comment_requirement: required("mandatoryCommentRequirement"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Campaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.correlated_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.mandatory_comment_requirement,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignCampaignType {
    /// `MANAGER`
    Manager,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `SEARCH`
    Search,
    /// `ROLE_COMPOSITION`
    RoleComposition,
    /// `MACHINE_ACCOUNT`
    MachineAccount,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignCampaignType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manager => "MANAGER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::Search => "SEARCH",
            Self::RoleComposition => "ROLE_COMPOSITION",
            Self::MachineAccount => "MACHINE_ACCOUNT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignCampaignType {
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => Self::Manager,
            "SOURCE_OWNER" => Self::SourceOwner,
            "SEARCH" => Self::Search,
            "ROLE_COMPOSITION" => Self::RoleComposition,
            "MACHINE_ACCOUNT" => Self::MachineAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignCampaignType);
/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignCorrelatedStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Correlated => "CORRELATED",
            Self::Uncorrelated => "UNCORRELATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignCorrelatedStatus {
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => Self::Correlated,
            "UNCORRELATED" => Self::Uncorrelated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignCorrelatedStatus);
/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignMandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignMandatoryCommentRequirement {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllDecisions => "ALL_DECISIONS",
            Self::RevokeOnlyDecisions => "REVOKE_ONLY_DECISIONS",
            Self::NoDecisions => "NO_DECISIONS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignMandatoryCommentRequirement {
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => Self::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => Self::RevokeOnlyDecisions,
            "NO_DECISIONS" => Self::NoDecisions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignMandatoryCommentRequirement);
/// The type of object that is being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignType {
    /// `CAMPAIGN`
    Campaign,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Campaign => "CAMPAIGN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignType {
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN" => Self::Campaign,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignType);
