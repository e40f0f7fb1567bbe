#[derive(Debug, Clone, PartialEq)]
pub struct CampaignReference {
    /// The unique ID of the campaign.
    pub id: String,
    /// The name of the campaign.
    pub name: String,
    /// The type of object that is being referenced.
    pub r#type: crate::CampaignReferenceType,
    /// The type of the campaign.
    pub campaign_type: crate::CampaignReferenceCampaignType,
    /// The description of the campaign set by the admin who created it.
    pub description: Option<String>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    pub correlated_status: crate::CampaignReferenceCorrelatedStatus,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    pub mandatory_comment_requirement: crate::CampaignReferenceMandatoryCommentRequirement,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignReference {
    /// Builds a `CampaignReference` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::CampaignReferenceType>,
        campaign_type: impl Into<crate::CampaignReferenceCampaignType>,
        description: impl Into<Option<String>>,
        correlated_status: impl Into<crate::CampaignReferenceCorrelatedStatus>,
        mandatory_comment_requirement: impl Into<
            crate::CampaignReferenceMandatoryCommentRequirement,
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
crate::serde_helpers::serde_struct!(CampaignReference {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    campaign_type: required("campaignType"),
    description: required("description"),
    correlated_status: required("correlatedStatus"),
    mandatory_comment_requirement: required("mandatoryCommentRequirement"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignReference {
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
pub enum CampaignReferenceCampaignType {
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
impl CampaignReferenceCampaignType {
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
impl From<&str> for CampaignReferenceCampaignType {
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
crate::serde_helpers::string_enum!(CampaignReferenceCampaignType);
/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignReferenceCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignReferenceCorrelatedStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Correlated => "CORRELATED",
            Self::Uncorrelated => "UNCORRELATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignReferenceCorrelatedStatus {
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => Self::Correlated,
            "UNCORRELATED" => Self::Uncorrelated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignReferenceCorrelatedStatus);
/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignReferenceMandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignReferenceMandatoryCommentRequirement {
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
impl From<&str> for CampaignReferenceMandatoryCommentRequirement {
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => Self::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => Self::RevokeOnlyDecisions,
            "NO_DECISIONS" => Self::NoDecisions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignReferenceMandatoryCommentRequirement);
/// The type of object that is being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignReferenceType {
    /// `CAMPAIGN`
    Campaign,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignReferenceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Campaign => "CAMPAIGN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignReferenceType {
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN" => Self::Campaign,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignReferenceType);
