#[derive(Debug, Clone, PartialEq)]
pub struct CampaignActivated {
    /// Details about the certification campaign that was activated.
    pub campaign: crate::CampaignActivatedCampaign,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignActivated {
    /// Builds a `CampaignActivated` from its required fields; the others are unset.
    pub fn new(campaign: impl Into<crate::CampaignActivatedCampaign>) -> Self {
        Self {
            campaign: campaign.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CampaignActivated {
    campaign: required("campaign"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignActivated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the certification campaign that was activated.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignActivatedCampaign {
    /// Campaign's unique ID.
    pub id: String,
    /// Campaign's name.
    pub name: String,
    /// Campaign's extended description.
    pub description: String,
    /// Date and time when the campaign was created.
    pub created: crate::primitives::DateTime,
    /// Date and time when the campaign was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Date and time when the campaign is due.
    pub deadline: crate::primitives::DateTime,
    /// Campaign's type.
    pub r#type: crate::CampaignActivatedCampaignType,
    /// Details of the identity who owns the campaign.
    pub campaign_owner: crate::CampaignActivatedCampaignCampaignOwner,
    /// Campaign's current status.
    pub status: crate::CampaignActivatedCampaignStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignActivatedCampaign {
    /// Builds a `CampaignActivatedCampaign` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        deadline: impl Into<crate::primitives::DateTime>,
        r#type: impl Into<crate::CampaignActivatedCampaignType>,
        campaign_owner: impl Into<crate::CampaignActivatedCampaignCampaignOwner>,
        status: impl Into<crate::CampaignActivatedCampaignStatus>,
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
crate::serde_helpers::setters!(CampaignActivatedCampaign {
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
});
crate::serde_helpers::serde_struct!(CampaignActivatedCampaign {
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
impl crate::serde_helpers::SchemaFit for CampaignActivatedCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details of the identity who owns the campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignActivatedCampaignCampaignOwner {
    /// Identity's unique ID.
    pub id: String,
    /// Identity's name.
    pub display_name: String,
    /// Identity's primary email address.
    pub email: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignActivatedCampaignCampaignOwner {
    /// Builds a `CampaignActivatedCampaignCampaignOwner` from its required fields; the others are unset.
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
crate::serde_helpers::serde_struct!(CampaignActivatedCampaignCampaignOwner {
    id: required("id"),
    display_name: required("displayName"),
    email: required("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignActivatedCampaignCampaignOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Campaign's current status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignActivatedCampaignStatus {
    /// `ACTIVE`
    Active,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignActivatedCampaignStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignActivatedCampaignStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignActivatedCampaignStatus);
/// Campaign's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignActivatedCampaignType {
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
impl CampaignActivatedCampaignType {
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
impl From<&str> for CampaignActivatedCampaignType {
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
crate::serde_helpers::string_enum!(CampaignActivatedCampaignType);
