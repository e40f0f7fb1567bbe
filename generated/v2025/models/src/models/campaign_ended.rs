#[derive(Debug, Clone, PartialEq)]
pub struct CampaignEnded {
    /// Details about the certification campaign that ended.
    pub campaign: crate::CampaignEndedCampaign,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignEnded {
    /// Builds a `CampaignEnded` from its required fields; the others are unset.
    pub fn new(campaign: impl Into<crate::CampaignEndedCampaign>) -> Self {
        Self {
            campaign: campaign.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CampaignEnded {
    campaign: required("campaign"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignEnded {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the certification campaign that ended.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignEndedCampaign {
    /// Unique ID for the campaign.
    pub id: String,
    /// The human friendly name of the campaign.
    pub name: String,
    /// Extended description of the campaign.
    pub description: String,
    /// The date and time the campaign was created.
    pub created: crate::primitives::DateTime,
    /// The date and time the campaign was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// The date and time the campaign is due.
    pub deadline: crate::primitives::DateTime,
    /// The type of campaign.
    pub r#type: crate::CampaignEndedCampaignType,
    /// Details of the identity that owns the campaign.
    pub campaign_owner: crate::CampaignEndedCampaignCampaignOwner,
    /// The current status of the campaign.
    pub status: crate::CampaignEndedCampaignStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignEndedCampaign {
    /// Builds a `CampaignEndedCampaign` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        deadline: impl Into<crate::primitives::DateTime>,
        r#type: impl Into<crate::CampaignEndedCampaignType>,
        campaign_owner: impl Into<crate::CampaignEndedCampaignCampaignOwner>,
        status: impl Into<crate::CampaignEndedCampaignStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            created: created.into(),
            modified: None,
            deadline: deadline.into(),
            r#type: r#type.into(),
            campaign_owner: campaign_owner.into(),
            status: status.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignEndedCampaign {
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
});
crate::serde_helpers::serde_struct!(CampaignEndedCampaign {
    id: required("id"),
    name: required("name"),
    description: required("description"),
    created: required("created"),
    modified: nullable("modified"),
    deadline: required("deadline"),
    r#type: required("type"),
    campaign_owner: required("campaignOwner"),
    status: required("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignEndedCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details of the identity that owns the campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignEndedCampaignCampaignOwner {
    /// The unique ID of the identity.
    pub id: String,
    /// The human friendly name of the identity.
    pub display_name: String,
    /// The primary email address of the identity.
    pub email: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignEndedCampaignCampaignOwner {
    /// Builds a `CampaignEndedCampaignCampaignOwner` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        display_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            display_name: display_name.into(),
            email: email.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CampaignEndedCampaignCampaignOwner {
    id: required("id"),
    display_name: required("displayName"),
    email: required("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignEndedCampaignCampaignOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The current status of the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignEndedCampaignStatus {
    /// `COMPLETED`
    Completed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignEndedCampaignStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "COMPLETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignEndedCampaignStatus {
    fn from(value: &str) -> Self {
        match value {
            "COMPLETED" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignEndedCampaignStatus);
/// The type of campaign.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignEndedCampaignType {
    /// `MANAGER`
    Manager,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `SEARCH`
    Search,
    /// `ROLE_COMPOSITION`
    RoleComposition,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignEndedCampaignType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manager => "MANAGER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::Search => "SEARCH",
            Self::RoleComposition => "ROLE_COMPOSITION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignEndedCampaignType {
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => Self::Manager,
            "SOURCE_OWNER" => Self::SourceOwner,
            "SEARCH" => Self::Search,
            "ROLE_COMPOSITION" => Self::RoleComposition,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignEndedCampaignType);
