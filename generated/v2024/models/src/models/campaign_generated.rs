#[derive(Debug, Clone, PartialEq)]
pub struct CampaignGenerated {
    /// Details about the campaign that was generated.
    pub campaign: crate::CampaignGeneratedCampaign,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignGenerated {
    /// Builds a `CampaignGenerated` from its required fields; the others are unset.
    pub fn new(campaign: impl Into<crate::CampaignGeneratedCampaign>) -> Self {
        Self {
            campaign: campaign.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CampaignGenerated {
    campaign: required("campaign"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignGenerated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the campaign that was generated.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignGeneratedCampaign {
    /// The unique ID of the campaign.
    pub id: String,
    /// Human friendly name of the campaign.
    pub name: String,
    /// Extended description of the campaign.
    pub description: String,
    /// The date and time the campaign was created.
    pub created: crate::primitives::DateTime,
    /// The date and time the campaign was last modified.
    pub modified: Option<Option<String>>,
    /// The date and time when the campaign must be finished by.
    pub deadline: Option<Option<String>>,
    /// The type of campaign that was generated.
    pub r#type: crate::CampaignGeneratedCampaignType,
    /// The identity that owns the campaign.
    pub campaign_owner: crate::CampaignGeneratedCampaignCampaignOwner,
    /// The current status of the campaign.
    pub status: crate::CampaignGeneratedCampaignStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignGeneratedCampaign {
    /// Builds a `CampaignGeneratedCampaign` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        r#type: impl Into<crate::CampaignGeneratedCampaignType>,
        campaign_owner: impl Into<crate::CampaignGeneratedCampaignCampaignOwner>,
        status: impl Into<crate::CampaignGeneratedCampaignStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            created: created.into(),
            modified: None,
            deadline: None,
            r#type: r#type.into(),
            campaign_owner: campaign_owner.into(),
            status: status.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignGeneratedCampaign {
    modified: nullable::<String>(modified, modified_null),
    deadline: nullable::<String>(deadline, deadline_null),
});
crate::serde_helpers::serde_struct!(CampaignGeneratedCampaign {
    id: required("id"),
    name: required("name"),
    description: required("description"),
    created: required("created"),
    modified: nullable("modified"),
    deadline: nullable("deadline"),
    r#type: required("type"),
    campaign_owner: required("campaignOwner"),
    status: required("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignGeneratedCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The identity that owns the campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignGeneratedCampaignCampaignOwner {
    /// The unique ID of the identity.
    pub id: String,
    /// The display name of the identity.
    pub display_name: String,
    /// The primary email address of the identity.
    pub email: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignGeneratedCampaignCampaignOwner {
    /// Builds a `CampaignGeneratedCampaignCampaignOwner` from its required fields; the others are unset.
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
crate::serde_helpers::serde_struct!(CampaignGeneratedCampaignCampaignOwner {
    id: required("id"),
    display_name: required("displayName"),
    email: required("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignGeneratedCampaignCampaignOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The current status of the campaign.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignGeneratedCampaignStatus {
    /// `STAGED`
    Staged,
    /// `ACTIVATING`
    Activating,
    /// `ACTIVE`
    Active,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignGeneratedCampaignStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Staged => "STAGED",
            Self::Activating => "ACTIVATING",
            Self::Active => "ACTIVE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignGeneratedCampaignStatus {
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => Self::Staged,
            "ACTIVATING" => Self::Activating,
            "ACTIVE" => Self::Active,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignGeneratedCampaignStatus);
/// The type of campaign that was generated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignGeneratedCampaignType {
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
impl CampaignGeneratedCampaignType {
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
impl From<&str> for CampaignGeneratedCampaignType {
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
crate::serde_helpers::string_enum!(CampaignGeneratedCampaignType);
